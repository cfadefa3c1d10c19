// If this fails, the admin's day or time fields store something other than what the editor typed, or let a wrong value through.
import { describe, expect, test } from 'vitest';
import { clockTimeValue, dayParts, dayProblem, dayValue, digitsOnly, timeProblem, type DayParts } from '../../../src/cms/day-time-input';

const parts = (day: string, month: string, year: string): DayParts => ({ day, month, year });

describe('dayValue', () => {
  test.each<[DayParts, string]>([
    [parts('15', '03', '2027'), '2027-03-15'],
    [parts('1', '3', '2027'), '2027-03-01'],
    [parts('29', '2', '2028'), '2028-02-29'],
    [parts('', '', ''), ''],
    [parts('30', '2', '2027'), '2027-2-30'], // no such day: kept as typed
    [parts('15', '03', '27'), '27-03-15'], // two-digit year: kept as typed
    [parts('15', '', '2027'), '2027--15'], // unfinished
  ])('%j → %s', (input, expected) => {
    expect(dayValue(input)).toBe(expected);
  });

  test('a stored value shows back in the same boxes', () => {
    for (const input of [parts('15', '03', '2027'), parts('30', '2', '2027'), parts('', '4', '')]) {
      expect(dayValue(dayParts(dayValue(input)))).toBe(dayValue(input));
    }
  });
});

describe('dayParts', () => {
  test.each<[unknown, DayParts]>([
    ['2027-03-15', parts('15', '03', '2027')],
    ['2027--15', parts('15', '', '2027')],
    ['', parts('', '', '')],
    [undefined, parts('', '', '')],
    ['15/03/2027', parts('', '', '')],
  ])('%j', (value, expected) => {
    expect(dayParts(value)).toEqual(expected);
  });
});

describe('dayProblem', () => {
  test.each<[unknown, string | undefined]>([
    ['2027-03-15', undefined],
    ['', undefined],
    [undefined, undefined],
    ['2027--15', 'date incomplète : inscrire le jour, le mois et l’année'],
    ['27-03-15', 'année à quatre chiffres, par exemple 2027'],
    ['2027-2-30', 'cette date n’existe pas (jour ou mois invalide)'],
    ['2027-13-01', 'cette date n’existe pas (jour ou mois invalide)'],
  ])('%j → %s', (value, expected) => {
    expect(dayProblem(value)).toBe(expected);
  });
});

test.each<[string, number, string]>([
  ['15', 2, '15'],
  ['1a5', 2, '15'],
  ['20277', 4, '2027'],
])('digitsOnly(%j, %d) → %j', (text, length, expected) => {
  expect(digitsOnly(text, length)).toBe(expected);
});

describe('clockTimeValue', () => {
  test.each<[string, string]>([
    ['13:30', '13:30'],
    ['13 h 30', '13:30'],
    ['13h30', '13:30'],
    ['13 h', '13:00'],
    ['9', '09:00'],
    ['9.05', '09:05'],
    ['0930', '09:30'],
    ['23:59', '23:59'],
    ['', ''],
    ['  ', ''],
    ['24:00', '24:00'], // no such time: kept as typed
    ['1:30 PM', '1:30 PM'], // 12-hour clock: kept as typed, refused
    ['13:5', '13:5'],
  ])('%j → %j', (text, expected) => {
    expect(clockTimeValue(text)).toBe(expected);
  });
});

describe('timeProblem', () => {
  test.each<[unknown, string | undefined]>([
    ['13:30', undefined],
    ['', undefined],
    ['1:30 PM', 'heure sur 24 heures, par exemple 13:30 ou 13 h 30'],
    ['24:00', 'heure sur 24 heures, par exemple 13:30 ou 13 h 30'],
  ])('%j → %s', (value, expected) => {
    expect(timeProblem(value)).toBe(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { datetimeAttribute, dayInZone, formatDay, formatTime, formatWallClock, toInstant } from '../../../src/domain/dates';

describe('formatWallClock', () => {
  test.each([
    ['fr', { day: '2027-03-15', time: '23:59', timeZone: 'America/Toronto' }, '15 mars 2027 à 23\u00A0h\u00A059 (heure de l’Est)'],
    ['en', { day: '2027-03-15', time: '23:59', timeZone: 'America/Toronto' }, 'March 15, 2027, 11:59 p.m. ET'],
    ['fr', { day: '2027-01-11', time: '09:00', timeZone: 'America/Toronto' }, '11 janvier 2027 à 9\u00A0h (heure de l’Est)'],
    ['en', { day: '2027-01-11', time: '09:00', timeZone: 'America/Toronto' }, 'January 11, 2027, 9:00 a.m. ET'],
    ['fr', { day: '2027-03-01', time: undefined, timeZone: 'America/Toronto' }, '1er mars 2027'],
    ['en', { day: '2027-03-01', time: undefined, timeZone: 'America/Toronto' }, 'March 1, 2027'],
    ['fr', { day: '2027-07-01', time: '12:30', timeZone: 'America/Vancouver' }, '1er juillet 2027 à 12\u00A0h\u00A030 (heure du Pacifique)'],
    ['en', { day: '2027-07-01', time: '12:30', timeZone: 'America/Vancouver' }, 'July 1, 2027, 12:30 p.m. PT'],
  ] as const)('%s %o → %s', (lang, moment, expected) => {
    expect(formatWallClock(lang, moment)).toBe(expected);
  });
});

describe('formatDay and formatTime do not depend on the machine zone', () => {
  test.each([
    ['fr', '2026-12-31', '31 décembre 2026'],
    ['en', '2026-12-31', 'December 31, 2026'],
    ['fr', '2027-01-01', '1er janvier 2027'],
  ] as const)('formatDay(%s, %s) = %s', (lang, day, expected) => {
    expect(formatDay(lang, day)).toBe(expected);
  });
  test.each([
    ['fr', '00:00', '0\u00A0h'],
    ['fr', '23:59', '23\u00A0h\u00A059'],
    ['en', '00:00', '12:00 a.m.'],
    ['en', '12:05', '12:05 p.m.'],
  ] as const)('formatTime(%s, %s) = %s', (lang, time, expected) => {
    expect(formatTime(lang, time)).toBe(expected);
  });
  test('rejects malformed input with a message naming the value', () => {
    expect(() => formatDay('fr', '15/03/2027')).toThrow(/15\/03\/2027/);
    expect(() => formatTime('fr', '9h')).toThrow(/9h/);
  });
});

describe('toInstant', () => {
  test.each([
    // Winter (EST, UTC−5) and summer (EDT, UTC−4).
    [{ day: '2027-03-15', time: '23:59', timeZone: 'America/Toronto' }, 'start', '2027-03-16T03:59:00.000Z'],
    [{ day: '2027-01-11', time: '09:00', timeZone: 'America/Toronto' }, 'start', '2027-01-11T14:00:00.000Z'],
    [{ day: '2027-07-01', time: '09:00', timeZone: 'America/Toronto' }, 'start', '2027-07-01T13:00:00.000Z'],
    // DST starts 2027-03-14 at 02:00: 02:30 does not exist and moves forward like the clocks.
    [{ day: '2027-03-14', time: '02:30', timeZone: 'America/Toronto' }, 'start', '2027-03-14T07:30:00.000Z'],
    // DST ends 2027-11-07: 01:30 happens twice; the first (EDT) is meant.
    [{ day: '2027-11-07', time: '01:30', timeZone: 'America/Toronto' }, 'start', '2027-11-07T05:30:00.000Z'],
    // All-day dates: start and end of the day in the zone.
    [{ day: '2027-03-15', time: undefined, timeZone: 'America/Toronto' }, 'start', '2027-03-15T04:00:00.000Z'],
    [{ day: '2027-03-15', time: undefined, timeZone: 'America/Toronto' }, 'end', '2027-03-16T03:59:59.999Z'],
    [{ day: '2027-03-15', time: '23:59', timeZone: 'Europe/Paris' }, 'start', '2027-03-15T22:59:00.000Z'],
  ] as const)('%o (%s) = %s', (moment, allDay, expected) => {
    expect(toInstant(moment, allDay).toISOString()).toBe(expected);
  });
});

describe('dayInZone and datetimeAttribute', () => {
  test.each([
    ['2027-03-16T03:59:00Z', 'America/Toronto', '2027-03-15'],
    ['2027-03-16T05:00:00Z', 'America/Toronto', '2027-03-16'],
    ['2027-03-16T03:59:00Z', 'UTC', '2027-03-16'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(dayInZone(new Date(instant), zone)).toBe(expected);
  });
  test('timed dates give the instant, all-day dates the day', () => {
    expect(datetimeAttribute({ day: '2027-03-15', time: '23:59', timeZone: 'America/Toronto' })).toBe('2027-03-16T03:59:00.000Z');
    expect(datetimeAttribute({ day: '2027-03-15', timeZone: 'America/Toronto' })).toBe('2027-03-15');
  });
});

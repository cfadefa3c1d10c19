import { describe, expect, test } from 'vitest';
import type { ChangeNote } from '../../../src/content/fields/common';
import { anchorChanges, dateModified, lastMajorUpdate, publishedMajorChanges, sortChanges, versionAt, versionBefore } from '../../../src/domain/history';

const note = (date: string, impact: ChangeNote['impact'], text = `${impact} ${date}`): ChangeNote => ({ date, impact, note: { fr: text, en: text } });

describe('dateModified: the one rule for every page', () => {
  test.each([
    { label: 'nothing dated', sources: [], expected: undefined },
    { label: 'an entry’s own day', sources: [{ days: ['2026-11-16'] }], expected: '2026-11-16' },
    // The criteria page listed changes of 20 and 23 November under « 19 novembre »: minor notes count too.
    { label: 'minor notes count: no date older than a change the page lists', sources: [{ changes: [note('2026-11-19', 'major'), note('2026-11-20', 'minor'), note('2026-11-23', 'minor')], days: ['2026-11-16'] }], expected: '2026-11-23' },
    { label: 'an update day later than every note', sources: [{ changes: [note('2026-11-19', 'major')], days: ['2026-11-02', '2026-11-24'] }], expected: '2026-11-24' },
    { label: 'undefined days are skipped', sources: [{ days: [undefined, '2026-11-02'] }], expected: '2026-11-02' },
    { label: 'the latest of several entries', sources: [{ changes: [note('2026-11-24', 'major')] }, { changes: [note('2026-11-20', 'major')] }, { days: ['2026-11-25'] }], expected: '2026-11-25' },
  ])('$label → $expected', ({ sources, expected }) => {
    expect(dateModified(sources)).toBe(expected);
  });
});

describe('versionAt: the criteria version, derived from the notes', () => {
  test.each([
    { label: 'as published', changes: [], until: undefined, expected: '1.0' },
    { label: 'a minor change', changes: [note('2026-11-20', 'minor')], until: undefined, expected: '1.1' },
    { label: 'a major change', changes: [note('2026-11-19', 'major')], until: undefined, expected: '2.0' },
    { label: 'major then two minors (the sample criteria)', changes: [note('2026-11-23', 'minor'), note('2026-11-19', 'major'), note('2026-11-20', 'minor')], until: undefined, expected: '2.2' },
    { label: 'a major change resets the minor number', changes: [note('2026-11-20', 'minor'), note('2026-12-01', 'major')], until: undefined, expected: '2.0' },
    { label: 'up to a day, inclusive', changes: [note('2026-11-19', 'major'), note('2026-11-20', 'minor'), note('2026-11-23', 'minor')], until: '2026-11-20', expected: '2.1' },
  ])('$label → $expected', ({ changes, until, expected }) => {
    expect(versionAt(changes, until)).toBe(expected);
  });

  test.each([
    { day: '2026-11-19', expected: '1.0' },
    { day: '2026-11-20', expected: '2.0' },
    { day: '2026-12-31', expected: '2.1' },
  ])('the wording replaced on $day belonged to $expected', ({ day, expected }) => {
    expect(versionBefore([note('2026-11-19', 'major'), note('2026-11-20', 'minor')], day)).toBe(expected);
  });
});

describe('lastMajorUpdate', () => {
  test.each([
    { label: 'no changes', changes: [], expected: '2026-11-16' },
    { label: 'minor only', changes: [note('2027-01-10', 'minor')], expected: '2026-11-16' },
    { label: 'latest major wins', changes: [note('2027-01-10', 'major'), note('2027-02-01', 'major'), note('2027-03-01', 'minor')], expected: '2027-02-01' },
    { label: 'major older than fallback', changes: [note('2026-01-01', 'major')], expected: '2026-11-16' },
  ])('$label → $expected', ({ changes, expected }) => {
    expect(lastMajorUpdate(changes, '2026-11-16')).toBe(expected);
  });
});

describe('sortChanges', () => {
  test('newest first, same day in written order', () => {
    const changes = [note('2027-01-10', 'minor', 'a'), note('2027-02-01', 'major', 'b'), note('2027-01-10', 'major', 'c')];
    expect(sortChanges(changes).map((change) => change.note.fr)).toEqual(['b', 'a', 'c']);
  });
});

describe('anchorChanges', () => {
  test.each([
    { prefix: '', changes: [note('2027-01-10', 'minor')], expected: ['change-2027-01-10'] },
    { prefix: 'date-limite-', changes: [note('2027-01-10', 'minor')], expected: ['date-limite-change-2027-01-10'] },
    {
      prefix: '',
      changes: [note('2027-01-10', 'minor'), note('2027-02-01', 'major'), note('2027-01-10', 'major')],
      expected: ['change-2027-01-10', 'change-2027-02-01', 'change-2027-01-10-2'],
    },
  ])('$prefix $expected', ({ prefix, changes, expected }) => {
    expect(anchorChanges(changes, prefix).map((item) => item.anchor)).toEqual(expected);
  });
});

describe('publishedMajorChanges', () => {
  const changes = anchorChanges([note('2027-01-10', 'minor'), note('2027-02-01', 'major'), note('2027-03-01', 'major')]);
  test.each([
    { today: '2027-01-31', expected: [] },
    { today: '2027-02-01', expected: ['change-2027-02-01'] },
    { today: '2027-12-31', expected: ['change-2027-02-01', 'change-2027-03-01'] },
  ])('on $today', ({ today, expected }) => {
    expect(publishedMajorChanges(changes, today).map((item) => item.anchor)).toEqual(expected);
  });
});

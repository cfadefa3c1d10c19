import { describe, expect, test } from 'vitest';
import type { ChangeNote } from '../../../src/content/fields/common';
import { anchorChanges, lastMajorUpdate, publishedMajorChanges, sortChanges } from '../../../src/domain/history';

const note = (date: string, impact: ChangeNote['impact'], text = `${impact} ${date}`): ChangeNote => ({ date, impact, note: text });

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
    expect(sortChanges(changes).map((change) => change.note)).toEqual(['b', 'a', 'c']);
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

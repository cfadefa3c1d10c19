import { describe, expect, test } from 'vitest';
import { addDays, applicationWindowText, isPast, nextKeyDate, sortTimeline, statusTimeline, type KeyDateFields } from '../../../src/domain/key-dates';
import { formatWallClock } from '../../../src/domain/dates';
import { acceptsApplications, parseStatusTimeline, programStatus, statusMilestones, type ProgramStatus, type StatusTimeline } from '../../../src/domain/status';

const zone = 'America/Toronto';
const opens: KeyDateFields = { date: '2027-01-11', time: '09:00', timeZone: zone, state: 'confirmed', milestone: 'applications-open' };
const closes: KeyDateFields = { date: '2027-03-15', time: '23:59', timeZone: zone, state: 'confirmed', milestone: 'applications-close' };
const results: KeyDateFields = { date: '2027-06-01', time: '10:00', timeZone: zone, state: 'confirmed', milestone: 'results' };
const tba = (milestone: KeyDateFields['milestone']): KeyDateFields => ({ date: undefined, time: undefined, timeZone: zone, state: 'to-be-announced', milestone });

const full = statusTimeline([opens, closes, results], 7);

describe('programStatus over a full timeline (deadline 2027-03-15 23:59 ET, 7 days of "closing soon")', () => {
  test.each<[string, ProgramStatus]>([
    ['2026-11-26T12:00:00Z', 'upcoming'],
    ['2027-01-11T13:59:59.999Z', 'upcoming'], // 08:59:59 EST
    ['2027-01-11T14:00:00Z', 'open'], // 09:00 EST exactly
    ['2027-03-01T12:00:00Z', 'open'],
    // 7 calendar days before, same wall-clock time: 2027-03-08 23:59 EST = 04:59Z, before DST starts on the 14th.
    ['2027-03-09T04:58:59Z', 'open'],
    ['2027-03-09T04:59:00Z', 'closing-soon'],
    // After DST started the deadline is 23:59 EDT = 03:59Z.
    ['2027-03-16T03:58:59Z', 'closing-soon'],
    ['2027-03-16T03:59:00Z', 'closed'],
    ['2027-05-31T12:00:00Z', 'closed'],
    ['2027-06-01T14:00:00Z', 'results-announced'],
  ])('at %s → %s', (now, expected) => {
    expect(programStatus(full, Date.parse(now))).toBe(expected);
  });
});

describe('programStatus with dates to be announced', () => {
  test.each<[string, KeyDateFields[], string, ProgramStatus]>([
    ['nothing confirmed', [tba('applications-open'), tba('applications-close')], '2027-02-01T00:00:00Z', 'upcoming'],
    ['only the deadline confirmed', [tba('applications-open'), closes], '2027-02-01T00:00:00Z', 'upcoming'],
    ['open with the deadline to be announced', [opens, tba('applications-close')], '2027-12-01T00:00:00Z', 'open'],
    ['closed, results to be announced', [opens, closes, tba('results')], '2028-01-01T00:00:00Z', 'closed'],
  ])('%s', (_name, keyDates, now, expected) => {
    expect(programStatus(statusTimeline(keyDates, 7), Date.parse(now))).toBe(expected);
  });
  test('a deadline given as a day stays open until the end of that day in its zone', () => {
    const timeline = statusTimeline([opens, { ...closes, time: undefined }], 7);
    expect(programStatus(timeline, Date.parse('2027-03-16T03:59:59Z'))).toBe('closing-soon');
    expect(programStatus(timeline, Date.parse('2027-03-16T04:00:00Z'))).toBe('closed');
  });
  test('a deadline in another zone is read in that zone', () => {
    const timeline = statusTimeline([opens, { ...closes, timeZone: 'America/Vancouver' }], 7);
    expect(programStatus(timeline, Date.parse('2027-03-16T06:58:00Z'))).toBe('closing-soon');
    expect(programStatus(timeline, Date.parse('2027-03-16T06:59:00Z'))).toBe('closed');
  });
});

describe('acceptsApplications', () => {
  test.each<[ProgramStatus, boolean]>([
    ['upcoming', false],
    ['open', true],
    ['closing-soon', true],
    ['closed', false],
    ['results-announced', false],
  ])('%s → %s', (status, expected) => expect(acceptsApplications(status)).toBe(expected));
});

describe('timeline helpers', () => {
  test('sortTimeline puts known dates first in order, then dates to be announced in program order', () => {
    const sorted = sortTimeline([tba('results'), closes, tba('selection'), opens]);
    expect(sorted.map((keyDate) => keyDate.milestone)).toEqual(['applications-open', 'applications-close', 'selection', 'results']);
  });
  test.each([
    ['2027-03-15T12:00:00Z', false],
    ['2027-03-16T04:00:00Z', true],
  ])('isPast(deadline) at %s → %s', (now, expected) => {
    expect(isPast(closes, new Date(now))).toBe(expected);
  });
  test('nextKeyDate skips past dates and falls back to dates to be announced', () => {
    expect(nextKeyDate([opens, closes, tba('results')], new Date('2027-02-01T00:00:00Z'))).toBe(closes);
    expect(nextKeyDate([opens, closes, tba('results')], new Date('2027-04-01T00:00:00Z'))?.milestone).toBe('results');
  });
  test.each([
    ['2027-03-15', -7, '2027-03-08'],
    ['2027-03-01', -1, '2027-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
  ] as const)('addDays(%s, %i) = %s', (day, days, expected) => expect(addDays(day, days)).toBe(expected));
});

describe('parseStatusTimeline (the timeline a page embeds for the browser)', () => {
  test('reads back what the build wrote', () => {
    expect(parseStatusTimeline(JSON.stringify(full))).toEqual(full);
  });
  test.each<[string, string | undefined, StatusTimeline | null]>([
    ['no attribute', undefined, null],
    ['not JSON', '{opensAt:', null],
    ['not an object', '42', null],
    ['null', 'null', null],
    ['instants that are not numbers read as not confirmed', '{"opensAt":"2027-01-11","closesAt":1800000000000}', { opensAt: null, closingSoonAt: null, closesAt: 1800000000000, resultsAt: null }],
  ])('%s', (_name, json, expected) => {
    expect(parseStatusTimeline(json)).toEqual(expected);
  });
});

describe('applicationWindowText', () => {
  // The wording of a date is formatWallClock's (tested with dates); this picks which dates.
  const opening = formatWallClock('fr', { day: '2027-01-11', time: '09:00', timeZone: zone });
  const deadline = formatWallClock('fr', { day: '2027-03-15', time: '23:59', timeZone: zone });
  test.each<[string, readonly KeyDateFields[], { opening: string | undefined; deadline: string | undefined }]>([
    ['both confirmed', [opens, closes, results], { opening, deadline }],
    ['opening to be announced', [tba('applications-open'), closes], { opening: undefined, deadline }],
    ['a date to be announced before a confirmed one of the same milestone', [tba('applications-close'), closes], { opening: undefined, deadline }],
    ['nothing known', [tba('applications-open'), tba('applications-close')], { opening: undefined, deadline: undefined }],
  ])('%s', (_name, keyDates, expected) => {
    expect(applicationWindowText('fr', keyDates)).toEqual(expected);
  });
});

describe('statusMilestones', () => {
  test.each([
    ['upcoming', ['applications-open', 'applications-close']],
    ['open', ['applications-close']],
    ['closing-soon', ['applications-close']],
    ['closed', ['results']],
    ['results-announced', []],
  ] as const)('%s shows %o', (status, expected) => {
    expect(statusMilestones(status)).toEqual(expected);
  });
});

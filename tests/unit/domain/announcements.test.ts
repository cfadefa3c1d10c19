import { describe, expect, test } from 'vitest';
import { isPublic, pageItems, publicAnnouncements, releaseInstant, type AnnouncementLike } from '../../../src/domain/announcements';

/** An announcement fixture. */
function entry(id: string, data: Partial<AnnouncementLike['data']> = {}): AnnouncementLike {
  return { id, data: { published: '2027-03-01', draft: false, title: id, ...data } };
}

/** Embargoed until 10:00 Eastern (EDT, UTC−4) on 15 March 2027, i.e. 14:00 UTC. */
const embargoed = entry('fr/embargo', { published: '2027-03-15', publishAt: { date: '2027-03-15', time: '10:00', timeZone: 'America/Toronto' } });

describe('releaseInstant', () => {
  test.each([
    { publishAt: { date: '2027-03-15', time: '10:00', timeZone: 'America/Toronto' }, expected: '2027-03-15T14:00:00.000Z' },
    { publishAt: { date: '2027-01-15', time: '10:00', timeZone: 'America/Toronto' }, expected: '2027-01-15T15:00:00.000Z' },
    { publishAt: { date: '2027-01-15', timeZone: 'America/Toronto' }, expected: '2027-01-15T05:00:00.000Z' },
    { publishAt: { date: '2027-01-15', time: '10:00', timeZone: 'Europe/Paris' }, expected: '2027-01-15T09:00:00.000Z' },
  ])('$publishAt.date $publishAt.time $publishAt.timeZone → $expected', ({ publishAt, expected }) => {
    expect(releaseInstant(publishAt).toISOString()).toBe(expected);
  });
});

describe('isPublic: the embargo boundary', () => {
  test.each([
    { label: 'a day before', now: '2027-03-14T14:00:00.000Z', expected: false },
    { label: 'one millisecond before', now: '2027-03-15T13:59:59.999Z', expected: false },
    { label: 'at the instant', now: '2027-03-15T14:00:00.000Z', expected: true },
    { label: 'one millisecond after', now: '2027-03-15T14:00:00.001Z', expected: true },
    { label: '10:00 UTC is still 06:00 in Québec', now: '2027-03-15T10:00:00.000Z', expected: false },
  ])('$label → $expected', ({ now, expected }) => {
    expect(isPublic(embargoed, new Date(now))).toBe(expected);
  });

  test.each([
    { label: 'no schedule', item: entry('fr/a'), expected: true },
    { label: 'draft', item: entry('fr/a', { draft: true }), expected: false },
    { label: 'draft past its release', item: entry('fr/a', { draft: true, publishAt: { date: '2020-01-01', timeZone: 'America/Toronto' } }), expected: false },
  ])('$label → $expected', ({ item, expected }) => {
    expect(isPublic(item, new Date('2027-03-15T14:00:00Z'))).toBe(expected);
  });
});

describe('publicAnnouncements', () => {
  const entries = [
    entry('fr/ancienne', { published: '2026-11-02' }),
    embargoed,
    entry('fr/b-meme-jour', { published: '2027-03-01', title: 'B' }),
    entry('fr/a-meme-jour', { published: '2027-03-01', title: 'A' }),
    entry('fr/brouillon', { draft: true }),
    entry('en/english', { published: '2027-03-20' }),
  ];

  test.each([
    { now: '2027-03-15T13:59:00Z', expected: ['fr/a-meme-jour', 'fr/b-meme-jour', 'fr/ancienne'] },
    { now: '2027-03-15T14:00:00Z', expected: ['fr/embargo', 'fr/a-meme-jour', 'fr/b-meme-jour', 'fr/ancienne'] },
  ])('French at $now', ({ now, expected }) => {
    expect(publicAnnouncements(entries, 'fr', new Date(now)).map((item) => item.id)).toEqual(expected);
  });
});

describe('pageItems', () => {
  test.each([
    { page: 1, expected: [1, 2] },
    { page: 2, expected: [3, 4] },
    { page: 3, expected: [5] },
    { page: 4, expected: [] },
  ])('page $page', ({ page, expected }) => {
    expect(pageItems([1, 2, 3, 4, 5], page, 2)).toEqual(expected);
  });
});

import { describe, expect, test } from 'vitest';
import {
  cohortEditions,
  cohortReleaseInstant,
  earlyCohortMentions,
  groupByEdition,
  groupByField,
  isCohortMemberPublic,
  mentionedPaths,
  publicCohort,
  resultsInstant,
  type CohortMemberLike,
  type CohortSchedule,
} from '../../../src/domain/cohort';
import type { KeyDateFields } from '../../../src/domain/key-dates';

/** A startup fixture. */
function member(id: string, data: Partial<CohortMemberLike['data']> = {}): CohortMemberLike {
  return { id, data: { name: id.split('/')[1] ?? id, field: 'cybersecurity', edition: 2027, draft: false, ...data } };
}

/** 10:00 Eastern (EDT, UTC−4) on 10 June 2027. */
const results = Date.parse('2027-06-10T14:00:00Z');
const at = (iso: string) => new Date(iso);

describe('the visibility rule', () => {
  const schedule: CohortSchedule = { resultsAt: results, currentEdition: 2027 };
  const later = { date: '2027-06-12', time: '09:00', timeZone: 'America/Toronto' };
  const earlier = { date: '2027-06-01', timeZone: 'America/Toronto' };

  test.each([
    { label: 'current edition, a minute before the results', item: member('fr/a'), now: '2027-06-10T13:59:00Z', expected: false },
    { label: 'current edition, one millisecond before', item: member('fr/a'), now: '2027-06-10T13:59:59.999Z', expected: false },
    { label: 'current edition, at the results instant', item: member('fr/a'), now: '2027-06-10T14:00:00Z', expected: true },
    { label: '10:00 UTC is still 06:00 in Québec', item: member('fr/a'), now: '2027-06-10T10:00:00Z', expected: false },
    { label: 'own instant later than the results: results passed', item: member('fr/a', { publishAt: later }), now: '2027-06-11T00:00:00Z', expected: false },
    { label: 'own instant later than the results: reached', item: member('fr/a', { publishAt: later }), now: '2027-06-12T13:00:00Z', expected: true },
    { label: 'own instant earlier than the results never brings it forward', item: member('fr/a', { publishAt: earlier }), now: '2027-06-05T00:00:00Z', expected: false },
    { label: 'own instant earlier than the results, at the results', item: member('fr/a', { publishAt: earlier }), now: '2027-06-10T14:00:00Z', expected: true },
    { label: 'draft, long after', item: member('fr/a', { draft: true }), now: '2030-01-01T00:00:00Z', expected: false },
    { label: 'later edition (prepared in advance), long after', item: member('fr/a', { edition: 2028 }), now: '2030-01-01T00:00:00Z', expected: false },
    { label: 'earlier edition, before this year’s results', item: member('fr/a', { edition: 2026 }), now: '2027-01-01T00:00:00Z', expected: true },
    { label: 'earlier edition held by its own instant', item: member('fr/a', { edition: 2026, publishAt: later }), now: '2027-06-11T00:00:00Z', expected: false },
    { label: 'earlier draft', item: member('fr/a', { edition: 2026, draft: true }), now: '2027-01-01T00:00:00Z', expected: false },
  ])('$label → $expected', ({ item, now, expected }) => {
    expect(isCohortMemberPublic(item, schedule, at(now))).toBe(expected);
  });

  test.each([
    { label: 'results to be announced, current edition', schedule: { resultsAt: null, currentEdition: 2027 }, item: member('fr/a'), expected: null },
    { label: 'results to be announced, even with its own instant', schedule: { resultsAt: null, currentEdition: 2027 }, item: member('fr/a', { publishAt: earlier }), expected: null },
    { label: 'results to be announced, earlier edition', schedule: { resultsAt: null, currentEdition: 2027 }, item: member('fr/a', { edition: 2026 }), expected: Number.NEGATIVE_INFINITY },
    { label: 'no current edition: every entry waits for the results', schedule: { resultsAt: results }, item: member('fr/a', { edition: 2026 }), expected: results },
    { label: 'no current edition, no results date', schedule: { resultsAt: null }, item: member('fr/a', { edition: 2031 }), expected: null },
    { label: 'the later of the two instants', schedule: { resultsAt: results, currentEdition: 2027 }, item: member('fr/a', { publishAt: later }), expected: Date.parse('2027-06-12T13:00:00Z') },
  ])('release instant: $label', ({ schedule: given, item, expected }) => {
    expect(cohortReleaseInstant(item, given)).toBe(expected);
  });
});

describe('resultsInstant over every language', () => {
  const results2027 = (date: string | undefined, time?: string): KeyDateFields => ({
    date,
    time,
    timeZone: 'America/Toronto',
    state: date === undefined ? 'to-be-announced' : 'confirmed',
    milestone: 'results',
  });
  const deadline: KeyDateFields = { date: '2027-03-15', time: '23:59', timeZone: 'America/Toronto', state: 'confirmed', milestone: 'applications-close' };

  test.each([
    { label: 'same instant in both languages', languages: [[results2027('2027-06-10', '10:00'), deadline], [results2027('2027-06-10', '10:00')]], expected: '2027-06-10T14:00:00.000Z' },
    { label: 'a language typed earlier by mistake: the later wins', languages: [[results2027('2027-06-10', '10:00')], [results2027('2027-06-09', '10:00')]], expected: '2027-06-10T14:00:00.000Z' },
    { label: 'a whole day starts at midnight', languages: [[results2027('2027-06-10')]], expected: '2027-06-10T04:00:00.000Z' },
    { label: 'to be announced in one language', languages: [[results2027('2027-06-10', '10:00')], [results2027(undefined)]], expected: null },
    { label: 'no results date at all', languages: [[deadline], [deadline]], expected: null },
    { label: 'no language', languages: [], expected: null },
  ])('$label → $expected', ({ languages, expected }) => {
    const instant = resultsInstant(languages);
    expect(instant === null ? null : new Date(instant).toISOString()).toBe(expected);
  });
});

describe('order and groups', () => {
  const entries = [
    member('fr/zeta', { field: 'blockchain' }),
    member('fr/alpha', { field: 'blockchain' }),
    member('fr/ecole', { field: 'mixed-reality', name: 'École' }),
    member('fr/bravo', { field: 'cybersecurity' }),
    member('fr/ancienne', { field: 'mixed-reality', edition: 2026 }),
    member('en/english', { field: 'mixed-reality' }),
    member('fr/brouillon', { draft: true }),
  ];
  const schedule = { resultsAt: results, currentEdition: 2027 };
  const visible = publicCohort(entries, 'fr', schedule, at('2027-06-10T14:00:00Z'));

  test('public entries of one language: newest edition, then field in program order, then name (French collation)', () => {
    expect(visible.map((entry) => entry.id)).toEqual(['fr/ecole', 'fr/bravo', 'fr/alpha', 'fr/zeta', 'fr/ancienne']);
  });

  test('before the results only the earlier edition is public', () => {
    expect(publicCohort(entries, 'fr', schedule, at('2027-06-10T13:59:59Z')).map((entry) => entry.id)).toEqual(['fr/ancienne']);
  });

  test('grouped by field in program order, empty fields left out', () => {
    const current = visible.filter((entry) => entry.data.edition === 2027);
    expect(groupByField(current).map((group) => [group.field, group.members.map((entry) => entry.id)])).toEqual([
      ['mixed-reality', ['fr/ecole']],
      ['cybersecurity', ['fr/bravo']],
      ['blockchain', ['fr/alpha', 'fr/zeta']],
    ]);
    expect(groupByField([member('fr/seul', { field: 'blockchain' })]).map((group) => group.field)).toEqual(['blockchain']);
    expect(groupByField([])).toEqual([]);
  });

  test('grouped by edition, newest first', () => {
    expect(cohortEditions(visible)).toEqual([2027, 2026]);
    expect(groupByEdition(visible).map((group) => [group.edition, group.members.length])).toEqual([
      [2027, 4],
      [2026, 1],
    ]);
  });
});

describe('mentionedPaths', () => {
  const prefixes = ['/fr/cohorte/', '/en/cohort/'];
  test.each([
    { text: 'Voir [la cohorte](/fr/cohorte/).', expected: ['/fr/cohorte/'] },
    { text: 'Voir [Calqueo](/fr/cohorte/calqueo/#citation) et [la cohorte](/fr/cohorte/).', expected: ['/fr/cohorte/calqueo/', '/fr/cohorte/'] },
    { text: '[ref]: https://site.example/fr/cohorte/edition/2027 "Titre"', expected: ['/fr/cohorte/edition/2027/'] },
    { text: 'See <https://site.example/en/cohort/calqueo/>', expected: ['/en/cohort/calqueo/'] },
    { text: 'La cohorte sera dévoilée plus tard. [Dates](/fr/dates/)', expected: [] },
    { text: '/en/cohorts/ is another page', expected: [] },
  ])('$text → $expected', ({ text, expected }) => {
    expect(mentionedPaths(text, prefixes)).toEqual(expected);
  });
});

describe('earlyCohortMentions', () => {
  const prefixes = ['/fr/cohorte/', '/en/cohort/'];
  const body = 'Voir [la cohorte](/fr/cohorte/).';
  const at10 = { date: '2027-06-10', time: '10:00', timeZone: 'America/Toronto' };
  test.each([
    { label: 'scheduled at the results instant', item: { body, data: { draft: false, publishAt: at10 } }, resultsAt: results, expected: [] },
    { label: 'scheduled after', item: { body, data: { draft: false, publishAt: { ...at10, time: '11:00' } } }, resultsAt: results, expected: [] },
    { label: 'scheduled one minute before', item: { body, data: { draft: false, publishAt: { ...at10, time: '09:59' } } }, resultsAt: results, expected: ['/fr/cohorte/'] },
    { label: 'not scheduled', item: { body, data: { draft: false } }, resultsAt: results, expected: ['/fr/cohorte/'] },
    { label: 'results to be announced', item: { body, data: { draft: false, publishAt: at10 } }, resultsAt: null, expected: ['/fr/cohorte/'] },
    { label: 'a draft', item: { body, data: { draft: true } }, resultsAt: null, expected: [] },
    { label: 'no mention of the cohort', item: { body: 'Voir les [dates](/fr/dates/).', data: { draft: false } }, resultsAt: null, expected: [] },
  ])('$label → $expected', ({ item, resultsAt, expected }) => {
    expect(earlyCohortMentions(item, resultsAt, prefixes)).toEqual(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { loadPublished, publishedChangeIssues, type PublishedVersions } from '../../../src/cms/change-rule';
import type { OpenData } from '../../../src/outputs/open-data';

type KeyDate = OpenData['keyDates'][number];

/** The published session, as the open data gives it. */
const published: KeyDate = {
  id: 'seance-information', label: 'Séance', state: 'confirmed', milestone: 'other', kind: 'online-event', place: null, date: '2026-12-10', time: '12:00', timeZone: 'America/Toronto',
  start: '2026-12-10T12:00:00-05:00', end: '2026-12-10T13:00:00-05:00', description: null, sequence: 0, lastUpdated: null, dateModified: null, changes: [], url: 'https://example.ca/fr/dates/#seance-information', calendarUrl: null,
};
const criteria = {
  title: 'Critères', version: '1.0', effective: '2026-11-16', lastUpdated: '2026-11-16', dateModified: '2026-11-16', url: 'https://example.ca/fr/criteres/', changes: [],
  items: [{ id: 'jeune-entreprise', kind: 'eligibility' as const, title: 'Jeune entreprise', description: 'Trois ans.', url: 'u', previous: [] }],
};
const versions: PublishedVersions = { fr: { keyDates: [published], criteria }, en: { keyDates: [published], criteria } };

/** What Decap holds for the session in both languages after an edit. */
const edited = (fields: Record<string, unknown>) => {
  const data = { label: 'Séance', date: '2026-12-10', time: '12:00', timeZone: 'America/Toronto', state: 'confirmed', changes: [], ...fields };
  return { fr: data, en: data };
};
const note = (previous: Record<string, string>) => ({ date: '2026-11-25', note: { fr: 'Déplacée', en: 'Moved' }, impact: 'major', previous });

describe('publishedChangeIssues', () => {
  test.each([
    { label: 'unchanged', data: edited({}), fields: [] },
    { label: 'time moved without a note: refused once, on the time field', data: edited({ time: '13:30' }), fields: ['Heure (HH:MM, 24 h)'] },
    { label: 'cancelled without a note', data: edited({ state: 'cancelled' }), fields: ['État'] },
    { label: 'time moved with a note recording 12:00', data: edited({ time: '13:30', changes: [note({ date: '2026-12-10', time: '12:00', timeZone: 'America/Toronto' })] }), fields: [] },
    // Decap writes an untouched optional group half-empty.
    { label: 'time moved with a note left without its old value', data: edited({ time: '13:30', changes: [note({ date: '', time: '', timeZone: 'America/Toronto' })] }), fields: ['Historique des changements'] },
  ])('$label', ({ data, fields }) => {
    const issues = publishedChangeIssues('keyDates', 'seance-information', data, versions);
    expect(issues.map((issue) => issue.field)).toEqual(fields);
    for (const issue of issues) expect(issue.message).toMatch(/changement|ancienne valeur/);
  });

  test('the message is in French and says what to write', () => {
    const [issue] = publishedChangeIssues('keyDates', 'seance-information', edited({ time: '13:30' }), versions);
    expect(issue?.locale).toBe('fr');
    expect(issue?.message).toContain('la date publiée a changé (2026-12-10 12:00 (America/Toronto) → 2026-12-10 13:30 (America/Toronto))');
    expect(issue?.message).toContain('Historique des changements');
  });

  test.each([
    { label: 'a new key date (not published)', collection: 'keyDates', slug: 'nouvelle', data: edited({ time: '13:30' }) },
    { label: 'no published data could be read', collection: 'keyDates', slug: 'seance-information', data: edited({ time: '13:30' }), versions: {} },
    { label: 'another collection', collection: 'faq', slug: 'seance-information', data: edited({ time: '13:30' }) },
  ])('nothing to compare: $label', ({ collection, slug, data, versions: given }) => {
    expect(publishedChangeIssues(collection, slug, data, given ?? versions)).toEqual([]);
  });

  test('the published text is typeset by the site; the same text as typed is no change', () => {
    const typeset = { ...criteria, items: [{ ...criteria.items[0]!, description: 'Trois ans depuis l’inscription\u00a0: au plus.' }] };
    const item = { id: 'jeune-entreprise', kind: 'eligibility', title: 'Jeune entreprise', description: "Trois ans depuis l'inscription : au plus." };
    expect(publishedChangeIssues('criteria', 'criteres', { fr: { title: 'Critères', items: [item], changes: [] } }, { fr: { keyDates: [], criteria: typeset } })).toEqual([]);
  });

  test('a reworded criterion needs a note and its old wording', () => {
    const item = { id: 'jeune-entreprise', kind: 'eligibility', title: 'Jeune entreprise', description: 'Cinq ans.' };
    const issues = publishedChangeIssues('criteria', 'criteres', { fr: { title: 'Critères', items: [item], changes: [] } }, versions);
    expect(issues.map((issue) => issue.field)).toEqual(['Critères › 1 › Description', 'Critères › 1 › Versions précédentes']);
  });
});

describe('loadPublished', () => {
  test('reads each language’s open data from the site; a file that cannot be read is left out', async () => {
    const requested: string[] = [];
    const result = await loadPublished(async (path) => {
      requested.push(path);
      return path === '/fr/programme.json' ? new Response(JSON.stringify({ keyDates: [published], criteria })) : new Response('absent', { status: 404 });
    });
    expect(requested.sort()).toEqual(['/en/program.json', '/fr/programme.json']);
    expect(Object.keys(result)).toEqual(['fr']);
    expect(result.fr?.keyDates[0]?.id).toBe('seance-information');
  });

  test('a network failure means nothing to compare, not a crash', async () => {
    expect(await loadPublished(() => Promise.reject(new Error('offline')))).toEqual({});
  });
});

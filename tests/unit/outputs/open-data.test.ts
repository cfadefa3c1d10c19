import { describe, expect, test } from 'vitest';
import { buildOpenData, openDataJsonSchema, openDataKeyPaths, openDataSchema, type OpenDataInput } from '../../../src/outputs/open-data';

const input: OpenDataInput = {
  lang: 'fr',
  otherLang: 'en',
  site: 'https://example.ca',
  now: new Date('2026-11-20T17:00:00Z'),
  programTimeZone: 'America/Toronto',
  settings: {
    programName: 'Programme',
    shortName: 'Jeunes pousses',
    tagline: 'Dix jeunes pousses',
    organizer: 'Le CAMP',
    partner: 'Microsoft',
    region: 'Québec',
    figures: { startups: 10, supportPerStartup: 120_000, salesCountries: 120, durationMonths: 12 },
    generalContact: { name: 'Équipe', email: 'programme@example.ca' },
    mediaContact: { name: 'Médias', email: 'medias@example.ca', phone: '+1 418 555-0101' },
    sample: false,
  },
  fields: [{ id: 'cybersecurity', label: 'Cybersécurité' }],
  status: { code: 'upcoming', label: 'À venir' },
  keyDates: [
    {
      key: 'date-limite', slug: 'date-limite', label: 'Date limite', date: '2027-03-15', time: '23:59', timeZone: 'America/Toronto', state: 'changed', milestone: 'applications-close', kind: 'moment',
      changes: [
        { date: '2027-01-10', note: { fr: 'Reportée', en: 'Postponed' }, impact: 'major', previous: { date: '2027-03-08', time: '12:00', timeZone: 'America/Toronto' } },
        { date: '2027-01-12', note: { fr: 'Coquille', en: 'Typo' }, impact: 'minor' },
      ],
      sample: true,
    },
    { key: 'resultats', slug: 'resultats', label: 'Résultats', timeZone: 'America/Toronto', state: 'to-be-announced', milestone: 'results', kind: 'online-event', changes: [], sample: false },
  ],
  criteria: {
    title: 'Critères',
    effective: '2026-11-16',
    changes: [{ date: '2026-11-19', note: { fr: 'Trois ans devient cinq', en: 'Three years become five' }, impact: 'major' }],
    items: [{ id: 'entreprise', kind: 'eligibility', title: 'Entreprise', description: 'Cinq ans', previous: [{ date: '2026-11-19', title: 'Entreprise', description: 'Trois ans' }] }],
    sample: false,
  },
  announcements: [{ title: 'Entente', kind: 'press-release', published: '2026-11-02', path: '/fr/annonces/entente/' }],
  cohort: [
    {
      key: 'bastion', name: 'Bastion', field: 'cybersecurity', description: 'Surveille des réseaux.', city: 'Québec', website: 'https://bastion.example', edition: 2027,
      founders: ['Charlie Exemple'], quote: { text: 'Propos.', author: 'Charlie Exemple' }, path: '/fr/cohorte/bastion/',
      logo: { path: '/fr/medias/bastion-logo-web.png', width: 800, height: 800, alt: 'Logo de Bastion', credit: 'Bastion' }, sample: false,
    },
  ],
};

describe('buildOpenData', () => {
  const data = buildOpenData(input);

  test('validates against the documented schema', () => {
    expect(() => openDataSchema.parse(data)).not.toThrow();
  });

  test('an empty cohort (before the results) is valid and says nothing of it', () => {
    const before = buildOpenData({ ...input, cohort: [] });
    expect(openDataSchema.parse(before).cohort).toEqual([]);
    expect(JSON.stringify(before)).not.toContain('Bastion');
  });

  test('an illustrative startup marks the file as sample', () => {
    const plain = { ...input, keyDates: input.keyDates.map((keyDate) => ({ ...keyDate, sample: false })) };
    expect(buildOpenData(plain).sample).toBe(false);
    expect(buildOpenData({ ...plain, cohort: input.cohort.map((member) => ({ ...member, sample: true })) }).sample).toBe(true);
  });

  test.each([
    { path: 'generatedAt', value: data.generatedAt, expected: '2026-11-20T12:00:00-05:00' },
    { path: 'sample (from a key date)', value: data.sample, expected: true },
    { path: 'program.figures.totalSupportCad', value: data.program.figures.totalSupportCad, expected: 1_200_000 },
    { path: 'keyDates[0].start', value: data.keyDates[0]?.start, expected: '2027-03-15T23:59:00-04:00' },
    { path: 'keyDates[0].end (a deadline ends at the deadline)', value: data.keyDates[0]?.end, expected: '2027-03-15T23:59:00-04:00' },
    { path: 'keyDates[0].sequence', value: data.keyDates[0]?.sequence, expected: 1 },
    { path: 'keyDates[0].lastUpdated', value: data.keyDates[0]?.lastUpdated, expected: '2027-01-10' },
    { path: 'keyDates[0].dateModified', value: data.keyDates[0]?.dateModified, expected: '2027-01-12' },
    {
      path: 'keyDates[0].changes[0] (old and new value)',
      value: data.keyDates[0]?.changes[0],
      expected: {
        date: '2027-01-10',
        impact: 'major',
        note: 'Reportée',
        move: {
          before: { date: '2027-03-08', time: '12:00', timeZone: 'America/Toronto', start: '2027-03-08T12:00:00-05:00' },
          after: { date: '2027-03-15', time: '23:59', timeZone: 'America/Toronto', start: '2027-03-15T23:59:00-04:00' },
          cancelled: false,
        },
      },
    },
    { path: 'keyDates[0].changes[1].move (a wording fix)', value: data.keyDates[0]?.changes[1]?.move, expected: null },
    { path: 'criteria.version (derived)', value: data.criteria.version, expected: '2.0' },
    { path: 'criteria.items[0].previous', value: data.criteria.items[0]?.previous, expected: [{ date: '2026-11-19', version: '1.0', title: 'Entreprise', description: 'Trois ans', kind: 'eligibility' }] },
    { path: 'criteria.changes', value: data.criteria.changes, expected: [{ date: '2026-11-19', impact: 'major', note: 'Trois ans devient cinq', version: '2.0' }] },
    { path: 'keyDates[0].calendarUrl', value: data.keyDates[0]?.calendarUrl, expected: 'https://example.ca/fr/dates/date-limite.ics' },
    { path: 'keyDates[1].start (TBA)', value: data.keyDates[1]?.start, expected: null },
    { path: 'keyDates[1].calendarUrl (TBA)', value: data.keyDates[1]?.calendarUrl, expected: null },
    { path: 'criteria.items[0].url', value: data.criteria.items[0]?.url, expected: 'https://example.ca/fr/criteres/#entreprise' },
    { path: 'contacts.general.phone', value: data.contacts.general.phone, expected: null },
    { path: 'links.otherLanguage', value: data.links.otherLanguage, expected: 'https://example.ca/en/program.json' },
    { path: 'links.calendar', value: data.links.calendar, expected: 'https://example.ca/fr/dates.ics' },
    { path: 'cohort[0].url', value: data.cohort[0]?.url, expected: 'https://example.ca/fr/cohorte/bastion/' },
    { path: 'cohort[0].fieldLabel', value: data.cohort[0]?.fieldLabel, expected: 'Cybersécurité' },
    { path: 'cohort[0].quote.role (absent)', value: data.cohort[0]?.quote?.role, expected: null },
    { path: 'cohort[0].logo.url', value: data.cohort[0]?.logo.url, expected: 'https://example.ca/fr/medias/bastion-logo-web.png' },
  ])('$path', ({ value, expected }) => {
    expect(value).toEqual(expected);
  });

  test.each([
    { label: 'unknown key', mutate: (copy: Record<string, unknown>) => ({ ...copy, extra: 1 }) },
    { label: 'wrong version', mutate: (copy: Record<string, unknown>) => ({ ...copy, schemaVersion: '2.0.0' }) },
    { label: 'missing links', mutate: ({ links: _links, ...rest }: Record<string, unknown>) => rest },
    { label: 'startup website that is not a URL', mutate: (copy: Record<string, unknown>) => ({ ...copy, cohort: [{ ...data.cohort[0], website: 'not a url' }] }) },
    { label: 'startup in an unknown field', mutate: (copy: Record<string, unknown>) => ({ ...copy, cohort: [{ ...data.cohort[0], field: 'crypto' }] }) },
  ])('the schema rejects a file with a $label', ({ mutate }) => {
    expect(openDataSchema.safeParse(mutate({ ...data })).success).toBe(false);
  });
});

describe('openDataJsonSchema', () => {
  test('is a 2020-12 JSON Schema with an id and every top-level property required', () => {
    const schema = openDataJsonSchema('https://example.ca');
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe('https://example.ca/open-data/program-1.schema.json');
    expect(schema['required']).toEqual(expect.arrayContaining(['schemaVersion', 'program', 'status', 'keyDates', 'criteria', 'links']));
  });
});

describe('openDataKeyPaths', () => {
  test('walks objects, arrays and nullable fields', () => {
    const paths = openDataKeyPaths();
    expect(paths).toEqual(expect.arrayContaining(['schemaVersion', 'program.figures.startups', 'keyDates[].calendarUrl', 'contacts.media.phone', 'links.otherLanguage', 'cohort[].logo.credit', 'cohort[].quote.role']));
  });
});

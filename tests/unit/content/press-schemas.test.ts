import { describe, expect, test } from 'vitest';
import { pathImageContext } from '../../../src/content/image-paths';
import { announcementSchema } from '../../../src/content/schemas/announcements';
import { criteriaSchema } from '../../../src/content/schemas/criteria';
import { pageSchema } from '../../../src/content/schemas/pages';
import { pressKitSchema } from '../../../src/content/schemas/press-kit';

/** The schemas with a string standing in for Astro's `image()`. */
const announcement = announcementSchema(pathImageContext());
const pressKit = pressKitSchema(pathImageContext());

const base = { title: 'Titre', summary: 'Résumé', published: '2027-03-15', topics: ['program'] };

describe('announcement: publishAt (scheduled release)', () => {
  test.each([
    { label: 'absent', input: {}, expected: undefined },
    { label: 'Decap null', input: { publishAt: null }, expected: undefined },
    { label: 'Decap half-empty object, zone left at default', input: { publishAt: { date: '', time: '', timeZone: 'America/Toronto' } }, expected: undefined },
    { label: 'day only, default zone', input: { publishAt: { date: '2027-03-15' } }, expected: { date: '2027-03-15', timeZone: 'America/Toronto' } },
    { label: 'YAML date and unquoted time', input: { publishAt: { date: new Date('2027-03-15T00:00:00Z'), time: 600, timeZone: 'America/Toronto' } }, expected: { date: '2027-03-15', time: '10:00', timeZone: 'America/Toronto' } },
  ])('$label', ({ input, expected }) => {
    expect(announcement.parse({ ...base, ...input }).publishAt).toEqual(expected);
  });

  test.each([
    { label: 'a time without a day', publishAt: { date: '', time: '10:00' } },
    { label: 'an impossible day', publishAt: { date: '2027-02-30' } },
    { label: 'an unknown zone', publishAt: { date: '2027-03-15', timeZone: 'Quebec/Quebec' } },
  ])('rejects $label', ({ publishAt }) => {
    expect(announcement.safeParse({ ...base, publishAt }).success).toBe(false);
  });
});

describe('announcement: a press release is never silently rewritten', () => {
  test.each([
    { label: 'news updated without a note', input: { kind: 'news', updated: '2027-03-20' }, ok: true },
    { label: 'press release, never updated', input: { kind: 'press-release' }, ok: true },
    { label: 'press release updated without a note', input: { kind: 'press-release', updated: '2027-03-20' }, ok: false },
    { label: 'press release updated, note of another day', input: { kind: 'press-release', updated: '2027-03-20', corrections: [{ date: '2027-03-19', note: 'x' }] }, ok: false },
    { label: 'press release updated with its dated note', input: { kind: 'press-release', updated: '2027-03-20', corrections: [{ date: '2027-03-20', note: 'Chiffre corrigé.' }] }, ok: true },
  ])('$label → valid: $ok', ({ input, ok }) => {
    expect(announcement.safeParse({ ...base, ...input }).success).toBe(ok);
  });
});

describe('redirectFrom', () => {
  test.each([
    { input: undefined, expected: [] },
    { input: null, expected: [] },
    { input: ['ancienne-adresse'], expected: ['ancienne-adresse'] },
  ])('announcement and page accept $input', ({ input, expected }) => {
    expect(announcement.parse({ ...base, redirectFrom: input }).redirectFrom).toEqual(expected);
    expect(pageSchema.parse({ title: 'T', summary: 'S', redirectFrom: input }).redirectFrom).toEqual(expected);
  });

  test('rejects a slug with capitals or accents', () => {
    expect(pageSchema.safeParse({ title: 'T', summary: 'S', redirectFrom: ['À-propos'] }).success).toBe(false);
  });
});

describe('criteria: earlier wordings', () => {
  const criteria = (previous: unknown) => ({
    title: 'Critères',
    summary: 'S',
    effective: '2026-11-16',
    items: [{ id: 'domaine', title: 'Domaine', description: 'D', kind: 'eligibility', previous }],
  });

  test.each([
    { previous: undefined, expected: [] },
    { previous: null, expected: [] },
    { previous: [{ date: '2026-11-23', title: 'Ancien', description: 'Ancienne' }], expected: [{ date: '2026-11-23', title: 'Ancien', description: 'Ancienne' }] },
    { previous: [{ date: '2026-11-23', title: 'Ancien', description: 'Ancienne', kind: 'selection' }], expected: [{ date: '2026-11-23', title: 'Ancien', description: 'Ancienne', kind: 'selection' }] },
  ])('previous: $previous', ({ previous, expected }) => {
    expect(criteriaSchema.parse(criteria(previous)).items[0]?.previous).toEqual(expected);
  });

  test.each([
    { label: 'without its day and text', previous: [{ title: 'Ancien' }] },
    // The version is derived from the change notes, never typed.
    { label: 'with a typed version', previous: [{ version: '1.0', date: '2026-11-23', title: 'Ancien', description: 'Ancienne' }] },
  ])('an earlier wording $label is refused', ({ previous }) => {
    expect(criteriaSchema.safeParse(criteria(previous)).success).toBe(false);
  });
});

describe('press kit item', () => {
  const item = { title: 'Logo', kind: 'logo', file: '../../media/press-kit/logo.png', alt: 'Logo du programme', credit: 'Le CAMP', licence: 'Usage éditorial' };

  test('defaults', () => {
    expect(pressKit.parse(item)).toMatchObject({ order: 100, sample: false });
  });

  test.each([
    { label: 'missing alt text', input: { ...item, alt: ' ' } },
    { label: 'missing credit', input: { ...item, credit: undefined } },
    { label: 'missing licence', input: { ...item, licence: '' } },
    { label: 'unknown kind', input: { ...item, kind: 'video' } },
    { label: 'licence link over http', input: { ...item, licenceUrl: 'http://example.ca/licence' } },
  ])('rejects $label', ({ input }) => {
    expect(pressKit.safeParse(input).success).toBe(false);
  });
});

describe('Decap fields for the new schema fields', () => {
  test.each([
    { list: 'announcements', fields: ['publishAt', 'corrections', 'redirectFrom'] },
    { list: 'pages', fields: ['redirectFrom'] },
    { list: 'criteria items', fields: ['previous'] },
    { list: 'press kit', fields: ['title', 'kind', 'file', 'alt', 'credit', 'licence', 'licenceUrl', 'order'] },
  ])('$list: $fields', async ({ list, fields }) => {
    const { announcementCmsFields } = await import('../../../src/content/schemas/announcements');
    const { pageCmsFields } = await import('../../../src/content/schemas/pages');
    const { criteriaCmsFields } = await import('../../../src/content/schemas/criteria');
    const { pressKitCmsFields } = await import('../../../src/content/schemas/press-kit');
    const items = criteriaCmsFields.find((field) => field.name === 'items');
    const lists: Record<string, readonly { name: string }[]> = {
      announcements: announcementCmsFields,
      pages: pageCmsFields,
      'criteria items': items && 'fields' in items ? (items.fields ?? []) : [],
      'press kit': pressKitCmsFields,
    };
    expect((lists[list] ?? []).map((field) => field.name)).toEqual(expect.arrayContaining(fields));
  });
});

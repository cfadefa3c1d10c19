import { describe, expect, test } from 'vitest';
import { pathImageContext } from '../../../src/content/image-paths';
import { cohortSchema } from '../../../src/content/schemas/cohort';
import { settingsSchema } from '../../../src/content/schemas/settings';
import { frontmatter } from '../../support/content';

/** The schema with a string standing in for Astro's `image()`. */
const cohort = cohortSchema(pathImageContext());

const base = {
  name: 'Calqueo',
  field: 'mixed-reality',
  description: 'Une jeune pousse fictive.',
  city: 'Québec',
  website: 'https://calqueo.example',
  logo: { src: '../../media/logo-calqueo.png', alt: 'Logo de Calqueo' },
  edition: 2027,
};

/** The dotted paths of the issues a parse reports. */
const issuePaths = (input: Record<string, unknown>) => cohort.safeParse(input).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('a startup', () => {
  test('the minimum: defaults for everything optional', () => {
    const parsed = cohort.parse(base);
    expect(parsed).toMatchObject({ founders: [], draft: false, sample: false, translationPending: false, redirectFrom: [] });
    expect([parsed.quote, parsed.publishAt, parsed.slug, parsed.logo.credit]).toEqual([undefined, undefined, undefined, undefined]);
  });

  test.each([
    { label: 'a website over http', input: { ...base, website: 'http://calqueo.example' }, path: 'website' },
    { label: 'a website that is not a URL', input: { ...base, website: 'calqueo.example' }, path: 'website' },
    { label: 'a logo without alt text', input: { ...base, logo: { src: base.logo.src, alt: ' ' } }, path: 'logo.alt' },
    { label: 'no logo', input: { ...base, logo: undefined }, path: 'logo' },
    { label: 'a field outside the program', input: { ...base, field: 'cryptocurrency' }, path: 'field' },
    { label: 'an edition that is not a year', input: { ...base, edition: 27 }, path: 'edition' },
    { label: 'an edition written as text', input: { ...base, edition: '2027' }, path: 'edition' },
    { label: 'a quote without its author', input: { ...base, quote: { text: 'Propos.', author: '' } }, path: 'quote.author' },
    { label: 'an author without the quote', input: { ...base, quote: { text: '', author: 'Alex Exemple' } }, path: 'quote.text' },
    { label: 'a description over one paragraph’s length', input: { ...base, description: 'x'.repeat(601) }, path: 'description' },
    { label: 'an empty founder name', input: { ...base, founders: ['Alex', ''] }, path: 'founders.1' },
    { label: 'a bad slug', input: { ...base, slug: 'Calqueo Inc' }, path: 'slug' },
    { label: 'an unknown key', input: { ...base, sector: 'xr' }, path: '' },
  ])('rejects $label', ({ input, path }) => {
    expect(issuePaths(input)).toContain(path);
  });

  test.each([
    { label: 'Decap’s empty quote block', quote: { text: '', author: '', role: '' }, expected: undefined },
    { label: 'Decap null', quote: null, expected: undefined },
    { label: 'a quote with its author', quote: { text: 'Propos.', author: 'Alex Exemple', role: '' }, expected: { text: 'Propos.', author: 'Alex Exemple', role: undefined } },
  ])('quote: $label', ({ quote, expected }) => {
    expect(cohort.parse({ ...base, quote }).quote).toEqual(expected);
  });

  test('a later publication instant, as Decap writes it', () => {
    expect(cohort.parse({ ...base, publishAt: { date: '2027-06-11', time: '09:00', timeZone: 'America/Toronto' } }).publishAt).toEqual({ date: '2027-06-11', time: '09:00', timeZone: 'America/Toronto' });
    expect(cohort.parse({ ...base, publishAt: { date: '', time: '', timeZone: 'America/Toronto' } }).publishAt).toBeUndefined();
  });
});

describe('the settings’ current edition', () => {
  const settings = frontmatter('content/settings/fr/site.yml');
  test.each([
    { label: 'a year', edition: 2028, expected: 2028 },
    { label: 'left empty in Decap', edition: '', expected: undefined },
    { label: 'absent', edition: undefined, expected: undefined },
  ])('$label → $expected', ({ edition, expected }) => {
    expect(settingsSchema.parse({ ...settings, edition }).edition).toBe(expected);
  });

  test('rejects a year out of range', () => {
    expect(settingsSchema.safeParse({ ...settings, edition: 1999 }).success).toBe(false);
  });
});

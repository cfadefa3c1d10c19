// If this fails, adding a collection takes more than its schema module and one entry in the table:
// some consumer (Astro, the CMS, its pre-publish check, the editors' content check, the folder map) keeps its own list.
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { chooseCmsBackend } from '../../src/cms/backend';
import { cmsConfigOf } from '../../src/cms/config';
import { cmsSchemasOf, validateCmsEntry } from '../../src/cms/validation';
import { checkContent, formatProblem } from '../../src/content/check';
import { collection, collectionTable, foldersOf } from '../../src/content/collections';
import { cmsFields, markdownBodyField } from '../../src/content/fields/decap';
import { requiredText, httpsUrlSchema } from '../../src/content/fields/values';
import { astroCollectionConfigs, entryPatterns } from '../../src/content/loaders';

/** A collection a maintainer might add: partners, with a name, a website and a Markdown text. */
const partnerSchema = z.object({ name: requiredText(80), website: httpsUrlSchema }).strict();
const partners = collection({
  folder: 'partners',
  format: 'markdown',
  schema: () => partnerSchema,
  fields: cmsFields(partnerSchema, [
    { name: 'name', label: 'Nom', widget: 'string', i18n: true },
    { name: 'website', label: 'Site Web', widget: 'string', i18n: 'duplicate' },
  ]),
  body: markdownBodyField('Présentation'),
  entries: 'many',
  paired: true,
  cms: { label: 'Partenaires', label_singular: 'partenaire', description: 'Les partenaires du programme.', identifier_field: 'name', summary: '{{name}}' },
});

/** The site's table with the new collection added: the only change a maintainer makes. */
const table = { ...collectionTable, partners };

const options = chooseCmsBackend({});

describe('a collection added to the table reaches every consumer', () => {
  test('Astro: a loader over its language folders and its schema', () => {
    const config = astroCollectionConfigs(table).partners;
    expect(config.schema).toBe(partners.schema);
    expect(config.loader.name).toBe('content-model-glob');
    expect(entryPatterns(partners)).toEqual(['*/**/*.md', '!**/_*']);
  });

  test('the folder map', () => {
    expect(foldersOf(table).partners).toBe('partners');
  });

  test('the CMS: a bilingual folder collection with its fields, body last', () => {
    const decap = cmsConfigOf(options, table).collections.find((candidate) => candidate.name === 'partners');
    expect(decap).toMatchObject({ folder: 'content/partners', extension: 'md', format: 'site-partners', i18n: true, create: true, delete: true, label: 'Partenaires' });
    expect(decap?.fields.map((field) => field.name)).toEqual(['name', 'website', 'body']);
  });

  test('the admin’s pre-publish check: the English pane is checked against the same schema', () => {
    const decap = cmsConfigOf(options, table).collections.find((candidate) => candidate.name === 'partners');
    if (!decap) throw new Error('partners missing from the CMS');
    const issues = validateCmsEntry(decap, { fr: { name: 'Le CAMP', website: 'https://lecamp.ca', body: 'Texte' }, en: { name: '', website: 'http://lecamp.ca', body: 'Text' } }, cmsSchemasOf(table));
    expect(issues.map((issue) => `${issue.locale} ${issue.field}`)).toEqual(['en Nom', 'en Site Web']);
  });

  test('the editors’ content check: schema, labels and pairing', () => {
    const files = [
      { path: 'content/partners/fr/le-camp.md', text: '---\nname: Le CAMP\nwebsite: https://lecamp.ca\n---\nTexte\n' },
      { path: 'content/partners/en/le-camp.md', text: '---\nname: Le CAMP\nwebsite: ftp://lecamp.ca\n---\nText\n' },
      { path: 'content/partners/fr/seul.md', text: '---\nname: Seul\nwebsite: https://example.ca\n---\n' },
    ];
    const problems = checkContent(files, { exists: () => true, table }).map(formatProblem);
    // The invalid English file names its field; both French files then lack a valid English version.
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^content\/partners\/en\/le-camp\.md — Site Web \(website\) : /);
    expect(problems[1]).toMatch(/^content\/partners\/fr\/le-camp\.md : version anglaise manquante/);
    expect(problems[2]).toMatch(/^content\/partners\/fr\/seul\.md : version anglaise manquante/);
  });

  test('the site’s own table is unchanged by the fixture', () => {
    expect(Object.keys(collectionTable)).not.toContain('partners');
    expect(() => checkContent([{ path: 'content/partners/fr/le-camp.md', text: '---\nname: x\n---\n' }], { exists: () => true })).not.toThrow();
    expect(checkContent([{ path: 'content/partners/fr/le-camp.md', text: '---\nname: x\n---\n' }], { exists: () => true }).map(formatProblem)).toEqual([
      'content/partners/fr/le-camp.md : fichier hors d’une collection connue (file outside any known collection)',
    ]);
  });
});

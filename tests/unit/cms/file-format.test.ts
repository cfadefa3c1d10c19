// If this fails, the CMS writes files differently from what it read: keys moved, lines folded, quotes changed (the real content is round-tripped in tests/content/cms-format.test.ts).
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { keyOrderOf, orderedValue, parseEntry, serializeEntry } from '../../../src/cms/file-format';
import { cmsEntrySchemas } from '../../../src/cms/validation';

const schema = z
  .object({
    title: z.string(),
    date: z.string().optional(),
    image: z.preprocess((value) => value, z.object({ src: z.string(), alt: z.string() }).optional()),
    changes: z.array(z.object({ date: z.string(), note: z.string(), impact: z.enum(['major', 'minor']).default('minor') })).default([]),
    sample: z.boolean().default(false),
  })
  .strict();
const order = keyOrderOf(schema);

describe('keyOrderOf', () => {
  test('reads objects, lists of objects and wrapped schemas', () => {
    expect(order.keys).toEqual(['title', 'date', 'image', 'changes', 'sample']);
    expect(order.children['image']?.keys).toEqual(['src', 'alt']);
    expect(order.children['changes']?.items?.keys).toEqual(['date', 'note', 'impact']);
  });

  test('sees through the site’s refinements (superRefine) and preprocessing', () => {
    expect(keyOrderOf(cmsEntrySchemas.keyDates).keys.slice(0, 4)).toEqual(['label', 'date', 'time', 'endTime']);
    expect(keyOrderOf(cmsEntrySchemas.announcements).children['publishAt']?.keys).toEqual(['date', 'time', 'timeZone']);
    expect(keyOrderOf(cmsEntrySchemas.criteria).children['items']?.items?.children['previous']?.items?.keys).toEqual(['date', 'title', 'description', 'kind']);
  });
});

describe('orderedValue', () => {
  test.each<[string, unknown, unknown]>([
    ['keys in schema order', { sample: true, title: 'T', date: '2027-03-15' }, { title: 'T', date: '2027-03-15', sample: true }],
    ['nested objects too', { title: 'T', image: { alt: 'A', src: 'x.jpg' } }, { title: 'T', image: { src: 'x.jpg', alt: 'A' } }],
    ['list items too', { title: 'T', changes: [{ impact: 'major', note: 'N', date: 'D' }] }, { title: 'T', changes: [{ date: 'D', note: 'N', impact: 'major' }] }],
    ['unknown keys after, in their order', { zeta: 1, title: 'T', alpha: 2 }, { title: 'T', zeta: 1, alpha: 2 }],
    ['empty values left out', { title: 'T', date: '', image: { src: '', alt: null }, changes: [], sample: null }, { title: 'T' }],
    ['false and 0 kept', { title: 'T', sample: false, count: 0 }, { title: 'T', sample: false, count: 0 }],
  ])('%s', (_, input, expected) => {
    expect(orderedValue(input, order)).toEqual(expected);
  });

  test('the order written is the order of the keys, not only their set', () => {
    expect(Object.keys(orderedValue({ sample: true, title: 'T' }, order) as object)).toEqual(['title', 'sample']);
  });
});

describe('serializeEntry', () => {
  const longNote = `Une note de ${'très '.repeat(60)}longue phrase, qui ne doit jamais être repliée.`;

  test.each<[string, Record<string, unknown>, string]>([
    ['front matter in schema order, then the body after one blank line', { sample: true, title: 'Titre', body: '\n\nTexte.\n\n' }, '---\ntitle: Titre\nsample: true\n---\n\nTexte.\n'],
    ['no body: the file ends after the front matter', { title: 'Titre' }, '---\ntitle: Titre\n---\n'],
    ['a long line is never folded', { title: longNote }, `---\ntitle: ${longNote}\n---\n`],
    ['times and YAML 1.1 booleans are quoted', { title: 'yes', date: '23:59' }, '---\ntitle: "yes"\ndate: "23:59"\n---\n'],
    ['days stay plain', { title: 'T', date: '2027-03-15' }, '---\ntitle: T\ndate: 2027-03-15\n---\n'],
    ['French spaces stay as typed, quotes only for « : »', { title: 'Quand\u00a0?', date: 'Note\u00a0: oui' }, '---\ntitle: Quand\u00a0?\ndate: "Note\u00a0: oui"\n---\n'],
    ['multi-line text is a literal block', { title: 'un\ndeux' }, '---\ntitle: |-\n  un\n  deux\n---\n'],
    ['lists are indented under their key', { title: 'T', changes: [{ date: '2027-01-01', note: 'Note', impact: 'minor' }] }, '---\ntitle: T\nchanges:\n  - date: 2027-01-01\n    note: Note\n    impact: minor\n---\n'],
  ])('%s', (_, data, expected) => {
    expect(serializeEntry(data, order, 'frontmatter')).toBe(expected);
    expect(parseEntry(expected, 'frontmatter')).toEqual(orderedValue({ ...data, ...(typeof data['body'] === 'string' ? { body: '\nTexte.\n' } : {}) }, order));
  });

  test('a text holding the private-use character used while writing is refused, not written wrong', () => {
    expect(() => serializeEntry({ title: 'a\ue000b\u00a0c' }, order, 'frontmatter')).toThrow(/U\+E000/);
  });

  test('a YAML file has no delimiters and no body', () => {
    expect(serializeEntry({ sample: true, title: 'T' }, order, 'yaml')).toBe('title: T\nsample: true\n');
  });
});

describe('parseEntry', () => {
  test.each<[string, string, Record<string, unknown>]>([
    ['dates and times stay text', '---\ndate: 2027-03-15\ntime: "23:59"\nversion: "1.0"\n---\n', { date: '2027-03-15', time: '23:59', version: '1.0' }],
    ['numbers and booleans are values', '---\norder: 10\nsample: true\n---\n', { order: 10, sample: true }],
    ['a blank body is no body', '---\ntitle: T\n---\n\n  \n', { title: 'T' }],
    ['the body is kept as written', '---\ntitle: T\n---\n\nTexte **gras**.\n', { title: 'T', body: '\nTexte **gras**.\n' }],
    ['Windows line endings', '---\r\ntitle: T\r\n---\r\nTexte.\r\n', { title: 'T', body: 'Texte.\r\n' }],
  ])('%s', (_, text, expected) => {
    expect(parseEntry(text, 'frontmatter')).toEqual(expected);
  });

  test('invalid YAML is an error, not an empty entry', () => {
    expect(() => parseEntry('---\ntitle: [oops\n---\n', 'frontmatter')).toThrow();
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { writeSearchFiles } from '../../../src/integrations/search-files';
import { packSearchFiles, unpackSearchFiles, type SearchFile } from '../../../src/search/build/pack';

const files: SearchFile[] = [
  { path: 'fr/index.json', text: '{"v":2,"lang":"fr"}' },
  { path: 'fr/a1b2/d-0.json', text: '{"t":"Réalité mixte « MR »"}' },
  { path: 'en/c3d4/t-12-2.json', text: '"a passage with \\"quotes\\" and\\nnew lines"' },
];

describe('the search index pack', () => {
  test('gives back every file, byte for byte, in order', () => {
    expect(unpackSearchFiles(packSearchFiles(files), 'pack.json')).toEqual(files);
  });

  test.each([
    ['../outside.json', 'a path leaving /search/'],
    ['fr/../../etc.json', 'a parent segment inside'],
    ['/fr/index.json', 'an absolute path'],
    ['fr/./index.json', 'a dot segment'],
    ['fr/index.html', 'not a JSON file'],
    ['fr//index.json', 'an empty segment'],
    ['fr\\index.json', 'a backslash'],
  ])('refuses to pack %s (%s)', (path) => {
    expect(() => packSearchFiles([{ path, text: '{}' }])).toThrow(`"${path}" is not a plain relative JSON path`);
  });

  test('refuses two files at one path', () => {
    expect(() => packSearchFiles([files[0]!, files[0]!])).toThrow('two files at "fr/index.json"');
  });

  test.each([
    ['{"fr/index.json": ', 'is not JSON'],
    ['["fr/index.json"]', 'is not an object of files'],
    ['null', 'is not an object of files'],
    ['{"fr/index.json": {"v": 2}}', 'the body of "fr/index.json" is not text'],
    ['{"../x.json": "{}"}', 'file path "../x.json" is not a plain relative JSON path'],
  ])('an unpackable pack %s stops with an error naming the pack', (text, message) => {
    expect(() => unpackSearchFiles(text, 'dist/search/index-files.pack.json')).toThrow(`dist/search/index-files.pack.json: `);
    expect(() => unpackSearchFiles(text, 'dist/search/index-files.pack.json')).toThrow(message);
  });
});

describe('writing the unpacked files', () => {
  let folder = '';
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  test('writes each file at its path, folders made as needed, more files than one batch', async () => {
    folder = mkdtempSync(join(tmpdir(), 'search-files-'));
    const many = Array.from({ length: 150 }, (_, id): SearchFile => ({ path: `fr/h/d-${id}.json`, text: `{"id":${id}}` }));
    await writeSearchFiles(folder, [...files, ...many]);
    expect(readFileSync(join(folder, 'fr', 'a1b2', 'd-0.json'), 'utf8')).toBe(files[1]!.text);
    expect(readFileSync(join(folder, 'en', 'c3d4', 't-12-2.json'), 'utf8')).toBe(files[2]!.text);
    expect(readdirSync(join(folder, 'fr', 'h'))).toHaveLength(150);
    expect(readFileSync(join(folder, 'fr', 'h', 'd-149.json'), 'utf8')).toBe('{"id":149}');
  });
});

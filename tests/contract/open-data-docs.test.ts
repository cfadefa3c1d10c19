// If this fails, docs/open-data.md no longer documents every field of the published JSON: reusers would meet undocumented data.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { openDataKeyPaths, openDataSchemaPath, openDataVersion } from '../../src/outputs/open-data';

const docs = readFileSync(new URL('../../docs/open-data.md', import.meta.url), 'utf8');

describe('docs/open-data.md', () => {
  test.each(openDataKeyPaths())('documents `%s`', (path) => {
    expect(docs).toContain(`| \`${path}\` |`);
  });

  test('states the current version and schema URL', () => {
    expect(docs).toContain(`\`${openDataVersion}\``);
    expect(docs).toContain(openDataSchemaPath);
  });

  test('documents no field that does not exist', () => {
    const documented = [...docs.matchAll(/^\| `([a-zA-Z[\].]+)` \|/gm)].map((match) => match[1]);
    expect(documented.filter((path) => !openDataKeyPaths().includes(path ?? ''))).toEqual([]);
  });
});

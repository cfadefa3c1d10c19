// If this fails, a file of content/ is not written the way the CMS writes it, so the first save in the
// CMS would rewrite more than the editor changed. The expected text below is the file as the CMS would
// save it: keys in the schema's order, no folded lines, quotes only where YAML needs them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chooseCmsBackend } from '../../src/cms/backend';
import { buildCmsConfig } from '../../src/cms/config';
import { cmsFileFormatter, fileKindOf } from '../../src/cms/file-format';
import { cmsEntrySchemas } from '../../src/cms/validation';
import { localeCodes } from '../../src/i18n/locales';

const repoRoot = join(import.meta.dirname, '..', '..');
const config = buildCmsConfig(chooseCmsBackend({}));

/** Every content file with the formatter the admin registers for its collection. */
const contentFiles = config.collections.flatMap((collection) => {
  const formatter = cmsFileFormatter(cmsEntrySchemas[collection.name], fileKindOf(collection));
  return localeCodes.flatMap((lang) =>
    readdirSync(join(repoRoot, collection.folder, lang))
      .filter((file) => file.endsWith(`.${collection.extension}`))
      .map((file) => [`${collection.folder}/${lang}/${file}`, formatter] as const),
  );
});

describe('the admin’s save path', () => {
  test('covers every collection', () => {
    expect(new Set(contentFiles.map(([path]) => path.split('/')[1])).size).toBe(config.collections.length);
  });

  test.each(contentFiles)('%s reads and writes back byte for byte', (path, formatter) => {
    const text = readFileSync(join(repoRoot, path), 'utf8');
    expect(formatter.toFile(formatter.fromFile(text))).toBe(text);
  });

  test('every collection has its own format name, so each writes its own schema’s order', () => {
    expect(new Set(config.collections.map((collection) => collection.format)).size).toBe(config.collections.length);
  });
});

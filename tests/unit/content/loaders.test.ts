import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import { collectionLoader, contentModelDigest, entryPatterns } from '../../../src/content/loaders';

/** A project with a content model of one schema file. */
function project(schema: string): string {
  const root = mkdtempSync(join(tmpdir(), 'content-model-'));
  mkdirSync(join(root, 'src', 'content', 'schemas'), { recursive: true });
  mkdirSync(join(root, 'content', 'faq', 'fr'), { recursive: true });
  writeFileSync(join(root, 'src', 'content', 'schemas', 'faq.ts'), schema);
  return root;
}

describe('entry patterns', () => {
  test.each([
    [{ format: 'markdown', entries: 'many' }, ['*/**/*.md', '!**/_*']],
    [{ format: 'markdown', entries: { single: 'criteres' } }, ['*/criteres.md', '!**/_*']],
    [{ format: 'yaml', entries: { single: 'site' } }, ['*/site.yml', '!**/_*']],
  ] as const)('%j', (spec, expected) => expect(entryPatterns(spec)).toEqual(expected));
});

describe('entries parsed with an older content model are dropped', () => {
  test('the digest follows every file of src/content/', () => {
    const root = project('export const a = 1;');
    const before = contentModelDigest(root);
    expect(contentModelDigest(root)).toBe(before);
    writeFileSync(join(root, 'src', 'content', 'schemas', 'faq.ts'), 'export const a = 2;');
    expect(contentModelDigest(root)).not.toBe(before);
  });

  test('the loader clears the store when the model changed, keeps it otherwise', async () => {
    const root = project('export const a = 1;');
    const meta = new Map<string, string>();
    const clear = vi.fn();
    const context = {
      collection: 'faq',
      config: { root: pathToFileURL(`${root}/`) },
      meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value), has: (key: string) => meta.has(key), delete: (key: string) => meta.delete(key) },
      store: { clear, keys: () => [], entries: () => [], values: () => [], get: () => undefined, set: () => true, delete: () => undefined, has: () => false, addModuleImport: () => undefined },
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined, label: 'test', options: {}, fork: () => undefined },
      parseData: async (props: { data: Record<string, unknown> }) => props.data,
      generateDigest: () => 'x',
    };
    const loader = collectionLoader({ folder: 'faq', format: 'markdown', entries: 'many' });
    const load = (loader.load as (c: unknown) => Promise<void>).bind(loader);
    const run = () => load(context).catch(() => undefined); // the glob itself may fail on this bare context; the digest check runs first
    await run();
    expect(clear).toHaveBeenCalledTimes(1);
    await run();
    expect(clear).toHaveBeenCalledTimes(1);
    writeFileSync(join(root, 'src', 'content', 'schemas', 'faq.ts'), 'export const a = 2;');
    await run();
    expect(clear).toHaveBeenCalledTimes(2);
  });
});

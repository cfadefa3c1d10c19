// If these fail, a build may serve an admin bundled from older sources (a stale cache), bundle it again after every
// content edit, lose Decap's WebP encoder, or grow the admin past its budget with all of zod.
import { describe, expect, test } from 'vitest';
import * as rules from '../../../src/integrations/admin-bundle/cache-rules';
import type { AdminBundleRecord } from '../../../src/integrations/admin-bundle/cache-rules';

const root = '/work/site';

describe('projectInputs', () => {
  test.each([
    ['a project file', ['admin/cms.ts'], ['admin/cms.ts']],
    ['dependencies are fixed by the lockfile', ['node_modules/react/index.js', '../main/node_modules/decap-cms-app/dist/esm/index.js', 'admin/cms.ts'], ['admin/cms.ts']],
    ['esbuild stubs are no files', ['(disabled):fs', 'src/i18n/locales.ts'], ['src/i18n/locales.ts']],
    ['a plugin namespace and an absolute path', ['inline-css:/work/site/src/styles/global.css'], ['src/styles/global.css']],
    ['a plugin namespace and a relative path', ['inline-css:src/styles/global.css'], ['src/styles/global.css']],
    ['a dependency behind a namespace', ['file-beside:/work/main/node_modules/@jsquash/webp/codec/enc/webp_enc.wasm'], []],
    ['sorted, without repeats', ['src/b.ts', 'src/a.ts', 'src/b.ts'], ['src/a.ts', 'src/b.ts']],
  ])('%s', (_name, inputs, expected) => {
    expect(rules.projectInputs(inputs, root)).toEqual(expected);
  });
});

/** A record of a bundle built from two files. */
const record = (inputs: Record<string, string> = { 'admin/cms.ts': 'h1', 'src/cms/validation.ts': 'h2' }): AdminBundleRecord => {
  const base = { inputs, lockfile: 'lock', settings: 'settings' };
  return { ...base, key: rules.bundleKey(base), entry: 'cms.ABC.js', files: ['cms.ABC.js'] };
};

describe('isFresh', () => {
  const files: Record<string, string> = { 'admin/cms.ts': 'h1', 'src/cms/validation.ts': 'h2', 'content/announcements/fr/a.md': 'edited' };
  const current = { lockfile: 'lock', settings: 'settings', hashOf: (path: string) => files[path] };

  test.each([
    ['unchanged sources (a content edit is not an input)', record(), current, true],
    ['an admin source changed', record(), { ...current, hashOf: (path: string) => (path === 'admin/cms.ts' ? 'other' : files[path]) }, false],
    ['an input was deleted', record({ ...record().inputs, 'admin/gone.ts': 'h3' }), current, false],
    ['the lockfile changed (another Decap or React)', record(), { ...current, lockfile: 'lock2' }, false],
    ['the bundler settings changed', record(), { ...current, settings: 'settings2' }, false],
    ['a record without inputs proves nothing', record({}), current, false],
  ])('%s', (_name, cached, now, fresh) => {
    expect(rules.isFresh(cached, now)).toBe(fresh);
  });
});

describe('bundleKey', () => {
  test('depends on every input, whatever their order', () => {
    const a = { inputs: { 'a.ts': '1', 'b.ts': '2' }, lockfile: 'l', settings: 's' };
    expect(rules.bundleKey(a)).toBe(rules.bundleKey({ ...a, inputs: { 'b.ts': '2', 'a.ts': '1' } }));
    expect(rules.bundleKey(a)).not.toBe(rules.bundleKey({ ...a, inputs: { 'a.ts': '1', 'b.ts': '3' } }));
    expect(rules.bundleKey(a)).not.toBe(rules.bundleKey({ ...a, lockfile: 'l2' }));
    expect(rules.bundleKey(a)).toMatch(/^[0-9a-f]{16}$/);
  });

  test('sha256 is the standard digest', () => {
    expect(rules.sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('importZodMembers', () => {
  const zod = '/modules/zod/v4/index.js';
  test.each([
    ["import { z } from 'astro/zod';\nz.object({});", 'import * as z from "/modules/zod/v4/index.js";\nz.object({});'],
    ['import {z} from "astro/zod"\nz.string();', 'import * as z from "/modules/zod/v4/index.js";\nz.string();'],
    ["import type { z } from 'astro/zod';", "import type { z } from 'astro/zod';"],
    ["import { z, type ZodType } from 'astro/zod';", "import { z, type ZodType } from 'astro/zod';"],
    ["import { z } from 'zod';", "import { z } from 'zod';"],
  ])('%j', (source, expected) => {
    expect(rules.importZodMembers(source, zod)).toBe(expected);
  });
});

describe('files located beside a module', () => {
  // As @jsquash/webp's Emscripten glue writes it.
  const glue = 'var f;if(Module["locateFile"]){f="webp_enc.wasm"}else{f=new URL("webp_enc.wasm",import.meta.url).href}';

  test.each([
    ['Emscripten glue', glue, ['webp_enc.wasm']],
    ['explicit ./ and single quotes, twice', "new URL('./a.wasm', import.meta.url); new URL('./a.wasm', import.meta.url)", ['./a.wasm']],
    ['a sub-folder', 'new URL("codec/enc/x.wasm", import.meta.url)', ['codec/enc/x.wasm']],
    ['an absolute URL is not a file', 'new URL("https://example.org/x.wasm", import.meta.url)', []],
    ['a computed name is not known', 'new URL(name, import.meta.url)', []],
    ['the page address is not a module', 'new URL("x.wasm", location.href)', []],
  ])('%s', (_name, source, files) => {
    expect(rules.filesBesideModule(source)).toEqual(files);
  });

  test('the URL is built from an import the bundler emits; the other uses stay', () => {
    expect(rules.importFilesBesideModule(glue, ['webp_enc.wasm'])).toBe(
      'import __adminFile0 from "./webp_enc.wasm?file";\nvar f;if(Module["locateFile"]){f="webp_enc.wasm"}else{f=new URL(__adminFile0, import.meta.url).href}',
    );
  });

  test('a reference whose file is not listed (missing on disk) is left as written', () => {
    const two = 'new URL("a.wasm", import.meta.url); new URL("gone.wasm", import.meta.url)';
    expect(rules.importFilesBesideModule(two, ['a.wasm'])).toBe('import __adminFile0 from "./a.wasm?file";\nnew URL(__adminFile0, import.meta.url); new URL("gone.wasm", import.meta.url)');
    expect(rules.importFilesBesideModule(glue, [])).toBe(glue);
  });
});

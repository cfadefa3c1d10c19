// If this fails, `astro build` bundles the admin again after a content edit, serves an admin bundled from
// older sources, or ships an admin without the files its code fetches (Decap's WebP encoder).
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ensureAdminBundle, type AdminBundle } from '../../../src/integrations/admin-bundle/bundler';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
let root: string;

/** A small project: an admin entry importing a site module (with zod), inline CSS and an Emscripten-style module fetching a file beside itself. */
const files: Record<string, string> = {
  'package-lock.json': '{"lockfileVersion":3}',
  'admin/entry.ts': "import { schema } from '../src/schema';\nimport css from '../src/site.css?inline';\nimport { wasmUrl } from '../src/codec/glue.js';\nconsole.log(schema.parse({ title: 'x' }), css, wasmUrl);\n",
  'src/schema.ts': "import { z } from 'astro/zod';\nexport const schema = z.object({ title: z.string() });\n",
  'src/site.css': "@import './more.css';\nbody { color: rgb(255, 0, 0); }\n",
  'src/more.css': 'main { margin: 0 auto; }\n',
  'src/codec/glue.js': 'export const wasmUrl = new URL("codec.wasm", import.meta.url).href;\n',
  'src/codec/codec.wasm': '\0asm\u0001\0\0\0',
  'content/announcements/fr/a.md': '---\ntitle: A\n---\n',
};

const bundleOf = () => ensureAdminBundle({ root, cacheDir: join(root, '.cache', 'astro', 'admin'), entry: 'admin/entry.ts' });
const read = (bundle: AdminBundle, file: string) => readFileSync(join(bundle.dir, file), 'utf8');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'admin-bundle-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

test('bundles once, then reuses the bundle until an admin source changes', { timeout: 60_000 }, async () => {
  const first = await bundleOf();
  expect(first.built).toBe(true);
  const entry = read(first, first.entry);
  // Inline CSS: bundled (@import followed) and minified, as Vite's `?inline` gave it.
  expect(entry.includes('main{margin:0 auto}') && entry.includes('body{color:red}'), 'inline CSS').toBe(true);
  // The file beside the glue is emitted under a hashed name, and the URL points to it.
  const wasm = first.files.find((file) => /^codec\.[A-Z0-9]+\.wasm$/.test(file));
  expect(wasm).toBeDefined();
  expect(entry.includes(`"./${wasm ?? ''}"`) && entry.includes('import.meta.url'), 'URL of the emitted file').toBe(true);
  // zod reached through its members only: none of its 40-odd locales.
  expect(/Nieprawidłowe|Ungültige Eingabe/.test(entry), 'zod locales in the bundle').toBe(false);

  // A content edit is not an input.
  appendFileSync(join(root, 'content/announcements/fr/a.md'), 'Edited.\n');
  const afterContentEdit = await bundleOf();
  expect(afterContentEdit).toMatchObject({ built: false, key: first.key, entry: first.entry });

  // A site module the admin imports is.
  appendFileSync(join(root, 'src/schema.ts'), "export const other = z.number();\n");
  const afterSourceEdit = await bundleOf();
  expect(afterSourceEdit.built).toBe(true);
  expect(afterSourceEdit.key).not.toBe(first.key);

  // So is CSS pulled in by @import, which esbuild's own record of inputs would miss.
  appendFileSync(join(root, 'src/more.css'), 'p { margin: 0; }\n');
  const afterImportedCss = await bundleOf();
  expect(afterImportedCss.built).toBe(true);
  expect(read(afterImportedCss, afterImportedCss.entry).includes('p{margin:0}'), 'CSS after the edit').toBe(true);

  // And the lockfile: another version of a dependency.
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
  expect((await bundleOf()).built).toBe(true);
  expect((await bundleOf()).built).toBe(false);
});

/**
 * The pure rules of the admin bundle's cache and of the two source rewrites
 * esbuild needs to give the bundle Vite gave: which files a bundle depends
 * on, when a cached bundle is still the bundle its sources would give, zod
 * imported so esbuild can drop what the admin does not use, and files that
 * code locates with `new URL('…', import.meta.url)` (Decap's WebP encoder)
 * emitted beside the bundle. No I/O: `bundler.ts` reads and writes.
 */
import { createHash } from 'node:crypto';

/** What a cached bundle was built from, and what it is. Stored as `manifest.json` in the cache. */
export interface AdminBundleRecord {
  /** Hash of everything below that decides the output: the cache key, and the bundle's folder name. */
  readonly key: string;
  /** The entry script's file name in the bundle's folder (`cms.ABC123.js`). */
  readonly entry: string;
  /** Every file of the bundle (entry, chunks, assets), relative to its folder. */
  readonly files: readonly string[];
  /** SHA-256 of each project file the bundle read (admin/, src/ and anything else outside node_modules), by path relative to the project. */
  readonly inputs: Readonly<Record<string, string>>;
  /** SHA-256 of package-lock.json: every file read from node_modules is fixed by it. */
  readonly lockfile: string;
  /** SHA-256 of the bundler's settings and version. */
  readonly settings: string;
}

/** SHA-256 of a text or bytes, hex. */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * The project files among esbuild's metafile inputs, as paths relative to the
 * project: not dependencies (the lockfile fixes them), not esbuild's
 * `(disabled):` stubs; a plugin namespace prefix (`inline-css:/abs/path`) is
 * dropped and an absolute path made relative to `root`.
 */
export function projectInputs(metafileInputs: readonly string[], root: string): string[] {
  const base = root.endsWith('/') ? root : `${root}/`;
  const paths = metafileInputs
    .filter((input) => !input.startsWith('(disabled):'))
    .map((input) => input.replace(/^[a-z][a-z-]+:/, ''))
    .map((input) => (input.startsWith(base) ? input.slice(base.length) : input))
    .filter((input) => !/(^|\/)node_modules\//.test(input));
  return [...new Set(paths)].sort();
}

/** The cache key of a bundle: its settings, the lockfile and every project input with its hash. */
export function bundleKey(record: Pick<AdminBundleRecord, 'inputs' | 'lockfile' | 'settings'>): string {
  const inputs = Object.entries(record.inputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256(JSON.stringify([record.settings, record.lockfile, inputs])).slice(0, 16);
}

/** What the current checkout holds, to compare with a record. */
export interface CurrentSources {
  readonly lockfile: string;
  readonly settings: string;
  /** SHA-256 of a project file, `undefined` when it no longer exists. */
  readonly hashOf: (path: string) => string | undefined;
}

/**
 * True when `record` is the bundle the current sources would give: same
 * settings, same lockfile, and every file it read unchanged. A file the
 * bundle would newly import can only be reached through a file it already
 * read, which then changed; so the record's own inputs are enough to check.
 */
export function isFresh(record: AdminBundleRecord, current: CurrentSources): boolean {
  if (record.settings !== current.settings || record.lockfile !== current.lockfile) return false;
  const inputs = Object.entries(record.inputs);
  return inputs.length > 0 && inputs.every(([path, hash]) => current.hashOf(path) === hash);
}

/**
 * `import { z } from 'astro/zod'` becomes `import * as z from '<zodModule>'`.
 * `astro/zod` hands zod over as one namespace object (also its default
 * export); esbuild then keeps every member, JSON Schema and 40 locales
 * included (about 300 KB of the admin bundle). Read as a direct namespace
 * import, `z.object(…)` is a plain reference and the rest is dropped
 * (https://esbuild.github.io/api/#tree-shaking). The members are the same
 * functions: `zodModule` is the module `astro/zod` re-exports (`zod/v4`,
 * resolved from Astro's folder). Other import forms are left as written.
 */
export function importZodMembers(source: string, zodModule: string): string {
  return source.replace(/import\s*\{\s*z\s*\}\s*from\s*(['"])astro\/zod\1[ \t]*;?/g, `import * as z from ${JSON.stringify(zodModule)};`);
}

/** `new URL('<relative file>', import.meta.url)`: a file the code fetches beside itself. */
const fileBesideModule = /new URL\(\s*(['"])((?:\.\/)?[\w@.-]+(?:\/[\w@.-]+)*\.\w+)\1\s*,\s*import\.meta\.url\s*\)/g;

/** The relative files a module locates with `new URL('…', import.meta.url)`, in order, without repeats. */
export function filesBesideModule(source: string): string[] {
  return [...new Set([...source.matchAll(fileBesideModule)].map((match) => match[2] ?? ''))];
}

/** Suffix of the imports `importFilesBesideModule` writes: the bundler plugin emits these files as they are. */
export const fileImportSuffix = '?file';

/**
 * Rewrites each `new URL('<file>', import.meta.url)` whose file is in `files`
 * into a URL built from an imported binding (`import f from './x.wasm?file'`),
 * so the bundler emits the file (with a hashed name) and the URL points to
 * it, as Vite does. Returns the source unchanged when none applies.
 */
export function importFilesBesideModule(source: string, files: readonly string[]): string {
  if (files.length === 0) return source;
  const binding = (file: string) => `__adminFile${files.indexOf(file)}`;
  const body = source.replace(fileBesideModule, (whole, _quote: string, file: string) => (files.includes(file) ? `new URL(${binding(file)}, import.meta.url)` : whole));
  const imports = files.map((file) => `import ${binding(file)} from ${JSON.stringify(`${file.startsWith('.') ? file : `./${file}`}${fileImportSuffix}`)};`);
  return `${imports.join('\n')}\n${body}`;
}

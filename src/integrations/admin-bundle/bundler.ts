/**
 * Bundles the admin (`admin/cms.ts`: Decap CMS, React, the previews and the
 * site modules they import) with esbuild, apart from `astro build`, and keeps
 * the result in a cache folder keyed by what it was built from: the lockfile,
 * the bundler's settings and every project file the bundle read. A build
 * whose admin sources did not change (a content edit) copies the cached
 * bundle instead of bundling 3,000 modules again.
 *
 * esbuild, not Vite: for about the same CPU time it needs less than half the
 * memory (Vite takes a gigabyte on its own, too much beside Astro on a 1 GB
 * host), and with zod imported by members its bundle is the smaller one
 * (docs/benchmarks.md, « CMS bundlers compared »). Two plugins give the bundle
 * what Vite's defaults gave: `?inline` CSS as a string, and files located with
 * `new URL('…', import.meta.url)` emitted beside the bundle.
 */
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { build, version as esbuildVersion, type BuildOptions, type Plugin } from 'esbuild';
import {
  bundleKey,
  fileImportSuffix,
  filesBesideModule,
  importFilesBesideModule,
  importZodMembers,
  isFresh,
  projectInputs,
  sha256,
  type AdminBundleRecord,
} from './cache-rules.ts';

/** A bundle ready to serve or copy. */
export interface AdminBundle {
  /** Folder holding the bundle's files. */
  readonly dir: string;
  /** The entry script's file name in `dir`. */
  readonly entry: string;
  readonly files: readonly string[];
  readonly key: string;
  /** True when this call bundled; false when the cache held it. */
  readonly built: boolean;
  /** Seconds this call took (bundling, or checking the cache). */
  readonly seconds: number;
}

/** Where and what to bundle. */
export interface AdminBundleOptions {
  /** The project's root folder. */
  readonly root: string;
  /** The cache folder the bundles live in (`<Astro cacheDir>/admin/`). */
  readonly cacheDir: string;
  /** The entry module, relative to `root`. */
  readonly entry: string;
}

/**
 * The bundler's settings. Targets are Vite's default for client code
 * (`baseline-widely-available`), so the admin runs where it ran before.
 */
const settings = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  minify: true,
  charset: 'utf8',
  legalComments: 'none',
  target: ['chrome111', 'edge111', 'firefox114', 'safari16.4'],
  define: { 'process.env.NODE_ENV': '"production"' },
  entryNames: '[name].[hash]',
  chunkNames: '[name].[hash]',
  assetNames: '[name].[hash]',
  logLevel: 'silent',
} as const satisfies BuildOptions;

/** Changes whenever the settings, esbuild, or this module's rewrites change what a bundle holds. */
const settingsHash = sha256(JSON.stringify({ settings, esbuildVersion, rules: 2 }));

const manifestName = 'manifest.json';

/** The record of the last bundle, or `undefined` when there is none or it cannot be read. */
function readRecord(cacheDir: string): AdminBundleRecord | undefined {
  try {
    return JSON.parse(readFileSync(join(cacheDir, manifestName), 'utf8')) as AdminBundleRecord;
  } catch {
    return undefined;
  }
}

/** SHA-256 of a project file, `undefined` when it is gone. */
function hashFile(root: string, path: string): string | undefined {
  try {
    return sha256(readFileSync(join(root, path)));
  } catch {
    return undefined;
  }
}

/** The lockfile's hash (package.json's when there is no lockfile). */
function lockfileHash(root: string): string {
  return hashFile(root, 'package-lock.json') ?? hashFile(root, 'package.json') ?? '';
}

/**
 * The plugins giving the bundle what Vite gave, recording the project files
 * they read that esbuild's metafile would not list (CSS pulled in by
 * `@import`).
 */
function vitePlugins(root: string, extraInputs: Set<string>): Plugin {
  return {
    name: 'admin-like-vite',
    setup(plugin) {
      let zodModule = '';
      plugin.onStart(async () => {
        // The very module `astro/zod` re-exports, wherever the package manager put it.
        const astroZod = await plugin.resolve('astro/zod', { kind: 'import-statement', resolveDir: root });
        zodModule = (await plugin.resolve('zod/v4', { kind: 'import-statement', resolveDir: dirname(astroZod.path) })).path;
      });
      // Decap's English phrases only, not its thirty locales (admin/decap-locales.ts).
      plugin.onResolve({ filter: /^decap-cms-locales$/ }, () => ({ path: join(root, 'admin', 'decap-locales.ts') }));
      // `import css from './x.css?inline'`: the stylesheet, bundled and minified, as a string.
      // Namespaced paths are relative to the project, so the bundle's file names do not depend on where it is checked out.
      const within = (resolveDir: string, path: string) => relative(root, join(resolveDir, path));
      plugin.onResolve({ filter: /\?inline$/ }, (args) => ({ path: within(args.resolveDir, args.path.replace(/\?inline$/, '')), namespace: 'inline-css' }));
      plugin.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
        const css = await build({ absWorkingDir: root, entryPoints: [args.path], bundle: true, minify: true, write: false, metafile: true, logLevel: 'silent', target: settings.target });
        for (const input of Object.keys(css.metafile.inputs)) extraInputs.add(input);
        return { contents: css.outputFiles[0]?.text ?? '', loader: 'text' };
      });
      // `import f from './x.wasm?file'` (written by `importFilesBesideModule`): the file as is, under a hashed name.
      plugin.onResolve({ filter: /\?file$/ }, (args) => ({ path: within(args.resolveDir, args.path.slice(0, -fileImportSuffix.length)), namespace: 'file-beside' }));
      plugin.onLoad({ filter: /.*/, namespace: 'file-beside' }, async (args) => ({ contents: await readFile(join(root, args.path)), loader: 'file' }));
      plugin.onLoad({ filter: /\.(?:[cm]?js|[cm]?ts|tsx|jsx)$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        const ours = !args.path.includes('/node_modules/');
        const zodRewritten = ours ? importZodMembers(text, zodModule) : text;
        const beside = text.includes('import.meta.url') ? filesBesideModule(text).filter((file) => existsSync(join(dirname(args.path), file))) : [];
        if (zodRewritten === text && beside.length === 0) return undefined;
        const loader = /\.tsx$/.test(args.path) ? 'tsx' : /\.[cm]?ts$/.test(args.path) ? 'ts' : /\.jsx$/.test(args.path) ? 'jsx' : 'js';
        return { contents: importFilesBesideModule(zodRewritten, beside), loader };
      });
    },
  };
}

/** Removes bundle folders other than `keep` (and unfinished ones of other runs, once an hour old). */
function prune(cacheDir: string, keep: string): void {
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (name === keep || name === manifestName || !statSync(path).isDirectory()) continue;
    if (name.startsWith('tmp-') && Date.now() - statSync(path).mtimeMs < 3_600_000) continue;
    rmSync(path, { recursive: true, force: true });
  }
}

/** Bundles the admin into a new folder of the cache and records it. */
async function bundle(options: AdminBundleOptions): Promise<Omit<AdminBundle, 'built' | 'seconds'>> {
  const { root, cacheDir, entry } = options;
  const lockfile = lockfileHash(root);
  const staging = join(cacheDir, `tmp-${process.pid}-${Date.now()}`);
  const extraInputs = new Set<string>();
  const result = await build({ ...settings, absWorkingDir: root, entryPoints: [entry], outdir: staging, metafile: true, write: true, plugins: [vitePlugins(root, extraInputs)] });
  const inputs = Object.fromEntries(projectInputs([...Object.keys(result.metafile.inputs), ...extraInputs], root).map((path) => [path, hashFile(root, path) ?? '']));
  const key = bundleKey({ inputs, lockfile, settings: settingsHash });
  const output = Object.entries(result.metafile.outputs).find(([, meta]) => meta.entryPoint === entry)?.[0];
  if (!output) throw new Error(`admin bundle: esbuild wrote no output for ${entry}`);
  const files = readdirSync(staging, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(staging, file)).isFile()).sort();
  const record: AdminBundleRecord = { key, entry: relative(staging, join(root, output)), files, inputs, lockfile, settings: settingsHash };
  const dir = join(cacheDir, key);
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  // Written last and whole, so a reader never sees a record whose folder is not complete.
  const manifest = join(cacheDir, `${manifestName}.${process.pid}`);
  writeFileSync(manifest, JSON.stringify(record, null, 2));
  renameSync(manifest, join(cacheDir, manifestName));
  prune(cacheDir, key);
  return { dir, entry: record.entry, files, key };
}

/**
 * The admin bundle for the current sources: the cached one when its record
 * is fresh (`isFresh`) and its files are all there, otherwise a new bundle.
 */
export async function ensureAdminBundle(options: AdminBundleOptions): Promise<AdminBundle> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const record = readRecord(options.cacheDir);
  const current = { lockfile: lockfileHash(options.root), settings: settingsHash, hashOf: (path: string) => hashFile(options.root, path) };
  if (record && isFresh(record, current) && record.files.every((file) => existsSync(join(options.cacheDir, record.key, file)))) {
    return { dir: join(options.cacheDir, record.key), entry: record.entry, files: record.files, key: record.key, built: false, seconds: elapsed() };
  }
  const made = await bundle(options);
  return { ...made, built: true, seconds: elapsed() };
}

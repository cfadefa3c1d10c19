// If this fails, a module imports from a layer above its own: the layers in the README map stop being true,
// and pure code starts to depend on Astro, the build or the browser.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** The layers, lowest first: a module may import its own layer and those below, never above. */
const layers: readonly (readonly string[])[] = [
  ['src/i18n'],
  ['src/content'],
  ['src/domain', 'src/markdown'],
  ['src/data'],
  ['src/routes'],
  ['src/outputs', 'src/search', 'src/cms'],
  ['src/integrations', 'src/scripts', 'src/components', 'src/layouts', 'src/pages', 'src/content.config.ts', 'admin'],
];

/** Folders anything may import from: static assets and styles hold no code that could depend back. */
const leaves = ['src/assets', 'src/styles'];

/** The layer of a repository path, or `undefined` for a leaf or a file outside the layers. */
function layerOf(path: string): number | undefined {
  if (leaves.some((leaf) => path.startsWith(`${leaf}/`))) return undefined;
  const index = layers.findIndex((folders) => folders.some((folder) => path === folder || path.startsWith(`${folder}/`)));
  return index === -1 ? undefined : index;
}

/** Every TypeScript and Astro file under `folder`. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|astro)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => `${folder}/${file.split('\\').join('/')}`);
}

/** The code of a file: an Astro component's frontmatter and `<script>` blocks, or the whole module. */
function codeOf(path: string): string {
  const text = readFileSync(join(root, path), 'utf8');
  if (!path.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  return [frontmatter, ...scripts].join('\n');
}

/** The relative imports of a file (static, dynamic and type-only), as repository paths without extension, read by TypeScript's own pre-processor. */
function relativeImports(path: string): string[] {
  return ts
    .preProcessFile(codeOf(path), true, true)
    .importedFiles.map((entry) => entry.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(root, resolve(dirname(join(root, path)), specifier.split('?')[0] ?? '')).split('\\').join('/'));
}

test('no module imports from a layer above its own', () => {
  const violations: string[] = [];
  for (const file of [...sourceFiles('src'), ...sourceFiles('admin')]) {
    const own = layerOf(file);
    if (own === undefined) continue;
    for (const target of relativeImports(file)) {
      const theirs = layerOf(target);
      if (theirs !== undefined && theirs > own) violations.push(`${file} → ${target}`);
    }
  }
  expect(violations).toEqual([]);
});

test('code shipped to the browser (search runtime, page scripts) never imports the build side', () => {
  const browserSide = [...sourceFiles('src/search/runtime'), ...sourceFiles('src/scripts')];
  const buildOnly = ['src/search/build', 'src/data', 'src/outputs', 'src/routes/route-table', 'src/content/read-from-disk'];
  const violations = browserSide.flatMap((file) => relativeImports(file).filter((target) => buildOnly.some((folder) => target.startsWith(folder))).map((target) => `${file} → ${target}`));
  expect(violations).toEqual([]);
});

test('the layer check sees imports (it would catch a violation)', () => {
  expect(relativeImports('src/content/collections.ts')).toContain('src/content/schemas/announcements');
  expect(relativeImports('src/components/pages/HomePage.astro').some((target) => target.startsWith('src/data/'))).toBe(true);
  expect(layerOf('src/domain/dates.ts')).toBeLessThan(layerOf('src/routes/urls.ts') ?? 0);
});

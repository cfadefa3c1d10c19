/**
 * Reads a `content/` folder from disk without Astro, through the one reader
 * (`reader.ts`) and the collections table: the editors' content check walks
 * the whole tree; tests and the search quality set read a collection's
 * entries, shaped like Astro's (`id`, `body`, `data`). Node only: never
 * imported by the admin or the browser.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import type { ContentFile } from './check';
import { collectionTable, fileExtension, type CollectionName } from './collections';
import { pathImageContext } from './image-paths';
import { contentRoot } from './paths';
import { readContentText, readRawText, type YamlDates } from './reader';
import type { Locale } from '../i18n/locales';

/** Every file below `root/content`, as bytes, keyed by path relative to `root` with `/` separators. */
export function readContentTree(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (directory: string) => {
    for (const name of readdirSync(directory).sort()) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path).split('\\').join('/'), readFileSync(path));
    }
  };
  const content = join(root, contentRoot);
  if (existsSync(content)) walk(content);
  return files;
}

/** The files of a tree as the content check reads them, decoded as UTF-8 (images are skipped by the check). */
export function asContentFiles(tree: ReadonlyMap<string, Buffer>): ContentFile[] {
  return [...tree].map(([path, bytes]) => ({ path, text: bytes.toString('utf8') }));
}

/** An entry read from disk, shaped like Astro's. */
export interface DiskEntry<Data> {
  /** `<lang>/<file name without extension>`, as in `astro:content`. */
  readonly id: string;
  /** The Markdown body (empty for YAML). */
  readonly body: string;
  /** The frontmatter after the collection's schema (images stay paths). */
  readonly data: Data;
}

/** The data type of a collection's entries read from disk. */
export type DiskData<Name extends CollectionName> = z.output<ReturnType<(typeof collectionTable)[Name]['schema']>>;

/**
 * The entries of collection `name` in `lang` under `root/content`, validated
 * by the table's schema, sorted by file name; files starting with `_` are
 * skipped. Throws, naming the file and the problem, on a file that does not read.
 */
export function readCollection<Name extends CollectionName>(root: string, name: Name, lang: Locale): DiskEntry<DiskData<Name>>[] {
  const spec = collectionTable[name];
  const directory = join(root, contentRoot, spec.folder, lang);
  if (!existsSync(directory)) return [];
  const extension = `.${fileExtension(spec)}`;
  const schema: z.ZodType = spec.schema(pathImageContext());
  return readdirSync(directory)
    .filter((file) => file.endsWith(extension) && !file.startsWith('_'))
    .sort()
    .map((file) => {
      const path = join(directory, file);
      const read = readContentText(readFileSync(path, 'utf8'), spec.format);
      if (!read.ok) throw new Error(`${path} : ${read.message}`);
      return { id: `${lang}/${file.slice(0, -extension.length)}`, body: read.body, data: schema.parse(read.data) as DiskData<Name> };
    });
}

/** The data (before any schema) and body of the Markdown or YAML file at `path`, for tests reading files as written. */
export function readRawFile(path: string, dates: YamlDates = 'text'): { data: Record<string, unknown>; body: string } {
  return readRawText(readFileSync(path, 'utf8'), path.endsWith('.md') ? 'markdown' : 'yaml', path, dates);
}

/**
 * The search index's files travel through `astro build` as one pack. Astro
 * writes every route's file through its page pipeline (a request, the
 * middleware, a response, a log line, a folder and a file), about half a
 * millisecond each; the index has thousands of small files (about 4,000 per
 * language at 1,000 announcements per language, 18,500 at 5,000), most of
 * the files a build rendered (docs/benchmarks.md, « Build scaling »). So the
 * build renders one file, the pack, and `src/integrations/search-files.ts`
 * writes its files in one pass at the end. Pure: files in, text out, and back.
 */

/** One file of the index: its path under `/search/` (`fr/index.json`) and its body, serialised. */
export interface SearchFile {
  readonly path: string;
  readonly text: string;
}

/**
 * Where the pack is built, under `/search/`, without `.json` (the route's
 * name adds it). The integration removes it once unpacked: it is never
 * published.
 */
export const searchPackName = 'index-files.pack';

/** A path the pack may hold: relative, below `/search/`, a JSON file, no `.` or `..` segment. */
const safePath = /^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[\w.-]+(?:\/[\w.-]+)*\.json$/;

/** The pack's text: an object from each file's path to its serialised body. */
export function packSearchFiles(files: readonly SearchFile[]): string {
  const pack: Record<string, string> = {};
  for (const { path, text } of files) {
    if (!safePath.test(path)) throw new Error(`search index: file path "${path}" is not a plain relative JSON path`);
    if (Object.hasOwn(pack, path)) throw new Error(`search index: two files at "${path}"`);
    pack[path] = text;
  }
  return JSON.stringify(pack);
}

/**
 * The files of a pack's text. `source` names the pack in errors: a pack that
 * is not one (a truncated file, a path leaving `/search/`) stops the build
 * rather than publishing part of an index.
 */
export function unpackSearchFiles(packText: string, source: string): SearchFile[] {
  let pack: unknown;
  try {
    pack = JSON.parse(packText);
  } catch (error) {
    throw new Error(`${source}: the search index pack is not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (typeof pack !== 'object' || pack === null || Array.isArray(pack)) throw new Error(`${source}: the search index pack is not an object of files`);
  return Object.entries(pack).map(([path, text]) => {
    if (!safePath.test(path)) throw new Error(`${source}: file path "${path}" is not a plain relative JSON path`);
    if (typeof text !== 'string') throw new Error(`${source}: the body of "${path}" is not text`);
    return { path, text };
  });
}

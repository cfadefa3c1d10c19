/**
 * Opens a language's index over HTTP. Imported dynamically by the search
 * page, so neither this module, the engine nor the synonyms are downloaded
 * before the reader searches.
 */
// Named imports: the editors' comment in the file stays out of the bundle.
import { groups, types } from '../synonyms.json';
import type { Locale } from '../../i18n/locales';
import { SearchEngine } from './engine';
import { indexPaths } from '../format';
import { compileSynonyms } from './query';

export { highlight } from './highlight';
export type { SearchEngine, SearchResponse } from './engine';

/** Fetches and parses the JSON file at `path` under `base`. */
export async function fetchIndexFile(base: string, path: string): Promise<unknown> {
  const response = await fetch(new URL(path, new URL(base, location.href)));
  if (!response.ok) throw new Error(`${response.status} ${path}`);
  return response.json();
}

/**
 * The engine for the index at `base` (`/search/fr/`). `manifest` may be the
 * manifest already being fetched (the page starts it alongside the import of
 * this module, saving a round trip).
 */
export function openSearch(base: string, lang: Locale, manifest?: Promise<unknown>): Promise<SearchEngine> {
  return SearchEngine.open(
    { read: (path) => (path === indexPaths.manifest && manifest ? manifest : fetchIndexFile(base, path)) },
    compileSynonyms({ groups, types }, lang),
  );
}

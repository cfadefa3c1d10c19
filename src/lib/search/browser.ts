/**
 * Opens a language's index over HTTP. Imported dynamically by the search
 * page, so neither this module, fuse.js nor the synonyms are downloaded
 * before the reader searches.
 */
import synonyms from '../../data/search-synonyms.json';
import type { Locale } from '../../i18n/locales';
import { SearchEngine } from './engine';
import { compileSynonyms } from './query';

export { highlight } from './highlight';
export type { SearchEngine, SearchResponse } from './engine';

/** The engine for the index at `base` (`/search/fr/`). */
export function openSearch(base: string, lang: Locale): Promise<SearchEngine> {
  return SearchEngine.open(
    {
      read: async (path) => {
        const response = await fetch(new URL(path, new URL(base, location.href)));
        if (!response.ok) throw new Error(`${response.status} ${path}`);
        return response.json();
      },
    },
    compileSynonyms(synonyms.groups, lang),
  );
}

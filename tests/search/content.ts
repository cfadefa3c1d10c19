/**
 * Reads `content/` for the search tests without Astro: the same folders and
 * schemas, the same publication filter (`publicAnnouncements`), then the
 * same document extraction and index build the site uses.
 */
import type { Locale } from '../../src/i18n/locales';
import { readCollection } from '../../src/content/read-from-disk';
import { publicAnnouncements } from '../../src/domain/announcements';
import { searchDocuments, searchLabels, sectionDocuments } from '../../src/search/build/documents';
import { buildIndex, type BuiltIndex } from '../../src/search/build/index-build';
import type { SearchDocument } from '../../src/search/format';
import { SearchEngine } from '../../src/search/runtime/engine';
import type { IndexSource } from '../../src/search/runtime/index-reader';
import { compileSynonyms } from '../../src/search/runtime/query';
import synonyms from '../../src/search/synonyms.json';

/** The search documents of `lang` from the content folder under `root` (the repository or a copy). */
export function documentsFromContent(root: string, lang: Locale): SearchDocument[] {
  const [settings] = readCollection(root, 'settings', lang);
  if (!settings) throw new Error(`${root}: settings of ${lang} missing`);
  return searchDocuments({
    lang,
    announcements: publicAnnouncements(readCollection(root, 'announcements', lang), lang, new Date()),
    faq: readCollection(root, 'faq', lang),
    criteria: readCollection(root, 'criteria', lang)[0],
    keyDates: readCollection(root, 'keyDates', lang),
    pages: readCollection(root, 'pages', lang),
    sections: sectionDocuments(lang, settings.data),
    labels: searchLabels(lang),
  });
}

/** An index source backed by a built index in memory. */
export function memorySource(index: BuiltIndex): IndexSource {
  return {
    read: (path) => {
      const file = index.files.get(path);
      return file === undefined ? Promise.reject(new Error(`missing ${path}`)) : Promise.resolve(structuredClone(file));
    },
  };
}

/** A ready engine over `documents`. */
export async function engineFor(documents: readonly SearchDocument[], lang: Locale, options?: Parameters<typeof buildIndex>[2]): Promise<SearchEngine> {
  const index = buildIndex(documents, lang, options);
  return SearchEngine.open(memorySource(index), compileSynonyms(synonyms, lang));
}

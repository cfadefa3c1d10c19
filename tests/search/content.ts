/**
 * Reads `content/` for the search tests without Astro: the same folders and
 * schemas, the same publication filter (`publicAnnouncements`), then the
 * same document extraction and index build the site uses.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { Locale } from '../../src/i18n/locales';
import { announcementSchema } from '../../src/content/schemas/announcements';
import { criteriaSchema } from '../../src/content/schemas/criteria';
import { faqSchema } from '../../src/content/schemas/faq';
import { keyDateSchema } from '../../src/content/schemas/key-dates';
import { pageSchema } from '../../src/content/schemas/pages';
import { settingsSchema } from '../../src/content/schemas/settings';
import { contentFolders } from '../../src/content/paths';
import { publicAnnouncements } from '../../src/domain/announcements';
import { searchDocuments, searchLabels, sectionDocuments } from '../../src/search/build/documents';
import { buildIndex, type BuiltIndex } from '../../src/search/build/index-build';
import type { SearchDocument } from '../../src/search/format';
import { SearchEngine } from '../../src/search/runtime/engine';
import type { IndexSource } from '../../src/search/runtime/index-reader';
import { compileSynonyms } from '../../src/search/runtime/query';
import synonyms from '../../src/search/synonyms.json';

/** An entry read from disk, shaped like Astro's. */
interface DiskEntry<T> {
  id: string;
  body: string;
  data: T;
}

/** Reads and validates the Markdown entries of `folder` in `lang` (files starting with `_` skipped). */
export function readEntries<S extends z.ZodType>(root: string, folder: string, lang: Locale, schema: S): DiskEntry<z.output<S>>[] {
  const directory = join(root, folder, lang);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(directory, name), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      const data = schema.parse(parse(match?.[1] ?? '') ?? {});
      return { id: `${lang}/${name.replace(/\.md$/, '')}`, body: match?.[2] ?? '', data };
    });
}

/** The search documents of `lang` from the content folder at `root`. */
export function documentsFromContent(root: string, lang: Locale): SearchDocument[] {
  const announcements = readEntries(root, contentFolders.announcements, lang, announcementSchema({ image: () => z.string() }));
  const settings = settingsSchema.parse(parse(readFileSync(join(root, contentFolders.settings, lang, 'site.yml'), 'utf8')));
  return searchDocuments({
    lang,
    announcements: publicAnnouncements(announcements, lang, new Date()),
    faq: readEntries(root, contentFolders.faq, lang, faqSchema),
    criteria: readEntries(root, contentFolders.criteria, lang, criteriaSchema)[0],
    keyDates: readEntries(root, contentFolders.keyDates, lang, keyDateSchema),
    pages: readEntries(root, contentFolders.pages, lang, pageSchema),
    sections: sectionDocuments(lang, settings),
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
  return SearchEngine.open(memorySource(index), compileSynonyms(synonyms.groups, lang));
}

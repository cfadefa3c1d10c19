/**
 * The search index of each language, built from the same queries the pages
 * use (`getAnnouncements`, `getCohort` and friends), so whatever rule keeps an
 * entry off the site (drafts, embargo, the cohort's results instant) keeps it
 * out of search too.
 */
import { localeCodes, type Locale } from '../../i18n/locales';
import { buildIndex, type BuiltIndex } from './index-build';
import { cohortSectionDocuments, searchDocuments, searchLabels, sectionDocuments } from './documents';
import type { SearchDocument } from '../format';
import { getAnnouncements, getCohort, getCriteria, getFaqByCategory, getKeyDates, getPages, getSettings } from '../../data/queries';

/** The search documents of `lang`. */
export async function getSearchDocuments(lang: Locale): Promise<SearchDocument[]> {
  const cohort = await getCohort(lang);
  return searchDocuments({
    lang,
    announcements: await getAnnouncements(lang),
    faq: (await getFaqByCategory(lang)).flatMap((group) => group.entries),
    criteria: await getCriteria(lang),
    keyDates: await getKeyDates(lang),
    pages: await getPages(lang),
    cohort,
    sections: [...sectionDocuments(lang, await getSettings(lang)), ...cohortSectionDocuments(lang, cohort)],
    labels: searchLabels(lang),
  });
}

const built = new Map<Locale, Promise<BuiltIndex>>();

/** The built index of `lang`, computed once per build. */
export function getSearchIndex(lang: Locale): Promise<BuiltIndex> {
  let index = built.get(lang);
  if (!index) {
    index = getSearchDocuments(lang).then((documents) => buildIndex(documents, lang));
    built.set(lang, index);
  }
  return index;
}

/** Every index file of every language, as `<lang>/<path>`. */
export async function getAllSearchFiles(): Promise<{ path: string; body: unknown }[]> {
  const files: { path: string; body: unknown }[] = [];
  for (const lang of localeCodes) {
    const index = await getSearchIndex(lang);
    for (const [path, body] of index.files) files.push({ path: `${lang}/${path}`, body });
  }
  return files;
}

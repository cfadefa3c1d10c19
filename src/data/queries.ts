/**
 * Reads the content collections for pages. The decisions (what is public, in
 * which order, what pairs with what) are pure functions in `src/domain/`; this
 * module only fetches and hands entries to them, and turns missing required
 * content into an error that names the file an editor must create. The
 * queries asked by many pages are answered once per build (`oncePerBuild`).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { isPublic, publicAnnouncements } from '../domain/announcements';
import { buildNow } from './now';
import { faqCategories } from '../content/schemas/faq';
import { entryLang, withSharedHistory } from '../content/translations';
import { sortTimeline } from '../domain/key-dates';
import { publicCohort, resultsInstant, type CohortSchedule } from '../domain/cohort';
import { defaultLocale, localeCodes } from '../i18n/locales';
import { oncePerBuild } from './once-per-build';
import { collectionTable, type CollectionName } from '../content/collections';

/** Settings of `lang`; the site cannot render without them. */
export function getSettings(lang: Locale): Promise<CollectionEntry<'settings'>['data']> {
  return oncePerBuild(`settings:${lang}`, async () => {
    const entry = await getEntry('settings', `${lang}/site`);
    if (!entry) throw new Error(`content/settings/${lang}/site.yml est introuvable (settings file missing)`);
    return entry.data;
  });
}

/**
 * Public announcements of `lang` at the build's "now", newest first. Every
 * consumer (pages, lists, feeds, sitemap, search, JSON) goes through this or
 * `getAllPublicAnnouncements`, so drafts and embargoed entries appear nowhere.
 */
export function getAnnouncements(lang: Locale): Promise<CollectionEntry<'announcements'>[]> {
  return oncePerBuild(`announcements:${lang}`, async () => publicAnnouncements(await getCollection('announcements'), lang, buildNow()));
}

/** Every public announcement at the build's "now", both languages (for pairing translations). */
export function getAllPublicAnnouncements(): Promise<CollectionEntry<'announcements'>[]> {
  return oncePerBuild('announcements:all', async () => {
    const now = buildNow();
    return (await getCollection('announcements')).filter((entry) => isPublic(entry, now));
  });
}

/** The criteria document of `lang`. */
export async function getCriteria(lang: Locale): Promise<CollectionEntry<'criteria'>> {
  const all = await getCollection('criteria');
  const entries = withSharedHistory(all.filter((entry) => entryLang(entry) === lang), all);
  const [entry] = entries;
  if (!entry) throw new Error(`content/criteria/${lang}/criteres.md est introuvable (criteria file missing)`);
  return entry;
}

/** Key dates of `lang`, in timeline order, each with its history (written in the default language's file). */
export function getKeyDates(lang: Locale): Promise<CollectionEntry<'keyDates'>[]> {
  return oncePerBuild(`key-dates:${lang}`, async () => {
    const all = await getCollection('keyDates');
    const entries = withSharedHistory(all.filter((entry) => entryLang(entry) === lang), all);
    return sortTimeline(entries.map((entry) => ({ ...entry.data, entry }))).map((item) => item.entry);
  });
}

/** FAQ of `lang`, grouped by category in display order, each group by `order` then question. */
export function getFaqByCategory(lang: Locale): Promise<{ category: (typeof faqCategories)[number]; entries: CollectionEntry<'faq'>[] }[]> {
  return oncePerBuild(`faq:${lang}`, async () => {
    const entries = (await getCollection('faq')).filter((entry) => entryLang(entry) === lang);
    return faqCategories
      .map((category) => ({
        category,
        entries: entries
          .filter((entry) => entry.data.category === category)
          .sort((a, b) => a.data.order - b.data.order || a.data.question.localeCompare(b.data.question, lang)),
      }))
      .filter((group) => group.entries.length > 0);
  });
}

/** Standing pages of `lang`, each with its history (written in the default language's file). */
export async function getPages(lang: Locale): Promise<CollectionEntry<'pages'>[]> {
  return (await getAllPages()).filter((entry) => entryLang(entry) === lang);
}


/** Every page entry, both languages (for pairing translations), each with its history. */
export async function getAllPages(): Promise<CollectionEntry<'pages'>[]> {
  const all = await getCollection('pages');
  return withSharedHistory(all, all);
}

/**
 * What decides when the cohort is public: the results instant over every
 * language's key dates, and the edition under way (default language's settings).
 */
export async function getCohortSchedule(): Promise<CohortSchedule> {
  const keyDates = await getCollection('keyDates');
  return {
    resultsAt: resultsInstant(localeCodes.map((lang) => keyDates.filter((entry) => entryLang(entry) === lang).map((entry) => entry.data))),
    currentEdition: (await getSettings(defaultLocale)).edition,
  };
}

/**
 * Public startups of `lang` at the build's "now": newest edition first, then
 * by field and name. Every consumer (pages, home, media page, search, JSON,
 * sitemap, redirects) goes through this or `getAllPublicCohort`, so nothing
 * of the cohort appears before the results are announced.
 */
export async function getCohort(lang: Locale): Promise<CollectionEntry<'cohort'>[]> {
  const entries = await getCollection('cohort');
  // No startup, nothing to decide (and no settings needed, as in tests that mock a few collections).
  if (entries.length === 0) return [];
  return publicCohort(entries, lang, await getCohortSchedule(), buildNow());
}

/** Every public startup at the build's "now", both languages (for pairing translations). */
export async function getAllPublicCohort(): Promise<CollectionEntry<'cohort'>[]> {
  return (await Promise.all(localeCodes.map((lang) => getCohort(lang)))).flat();
}

/**
 * Every entry of the collections besides announcements, as collection, id and
 * digest: the site-wide content every page may show (settings in the layout,
 * the press kit's logo in structured data…), for pages' cache keys.
 */
export function getSiteWideEntries(): Promise<{ collection: string; id: string; digest?: string | number | undefined }[]> {
  return oncePerBuild('site-wide-entries', async () => {
    const names = (Object.keys(collectionTable) as CollectionName[]).filter((name) => name !== 'announcements');
    const collections = await Promise.all(names.map(async (name) => (await getCollection(name)).map((entry) => ({ collection: name, id: entry.id, digest: entry.digest }))));
    return collections.flat();
  });
}

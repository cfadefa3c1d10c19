/**
 * Which announcements are public and in what order. Pure: the caller passes
 * the entries (from `astro:content`, or fixtures in tests).
 */
import type { Locale } from '../i18n/locales';
import { entryLang, type Translatable } from './translations';

/** The fields this module reads. */
export interface AnnouncementLike extends Translatable {
  readonly data: { readonly published: string; readonly draft: boolean; readonly title: string };
}

/** True when an entry may appear anywhere public: drafts never do. */
export function isPublic(entry: AnnouncementLike): boolean {
  return !entry.data.draft;
}

/**
 * Public announcements of `lang`, newest first; same-day entries by title so
 * the order is stable from one build to the next.
 */
export function publicAnnouncements<T extends AnnouncementLike>(entries: readonly T[], lang: Locale): T[] {
  return entries
    .filter((entry) => entryLang(entry) === lang && isPublic(entry))
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.data.title.localeCompare(b.data.title, lang));
}

/** The items of list page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, perPage: number): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

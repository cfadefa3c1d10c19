/**
 * Which announcements are public and in what order. Pure: the caller passes
 * the entries (from `astro:content`, or fixtures in tests) and the instant to
 * judge them at (the build's "now", `src/data/now.ts`).
 */
import type { Locale } from '../i18n/locales';
import { toInstant } from './dates';
import { entryLang, type Translatable } from '../content/translations';

/** A scheduled release as stored: day, optional `HH:mm`, zone. */
export interface ScheduledRelease {
  readonly date: string;
  readonly time?: string | undefined;
  readonly timeZone: string;
}

/** The fields this module reads. */
export interface AnnouncementLike extends Translatable {
  readonly data: {
    readonly published: string;
    readonly draft: boolean;
    readonly title: string;
    readonly publishAt?: ScheduledRelease | undefined;
  };
}

/** The instant a scheduled announcement becomes public; a day without a time means 00:00 that day in its zone. */
export function releaseInstant(publishAt: ScheduledRelease): Date {
  return toInstant({ day: publishAt.date, time: publishAt.time, timeZone: publishAt.timeZone }, 'start');
}

/**
 * True when an entry may appear anywhere public at `now`: drafts never do,
 * and a scheduled entry only from its release instant on (inclusive).
 */
export function isPublic(entry: AnnouncementLike, now: Date): boolean {
  if (entry.data.draft) return false;
  if (entry.data.publishAt === undefined) return true;
  return releaseInstant(entry.data.publishAt).getTime() <= now.getTime();
}

/**
 * Public announcements of `lang` at `now`, newest first; same-day entries by
 * title so the order is stable from one build to the next.
 */
export function publicAnnouncements<T extends AnnouncementLike>(entries: readonly T[], lang: Locale, now: Date): T[] {
  return entries
    .filter((entry) => entryLang(entry) === lang && isPublic(entry, now))
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.data.title.localeCompare(b.data.title, lang));
}

/** The items of list page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, perPage: number): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

/**
 * The day an announcement last changed in substance: its `updated` day or its
 * latest correction, whichever is later; `undefined` when it never changed.
 */
export function lastEditDay(data: { readonly updated?: string | undefined; readonly corrections: readonly { readonly date: string }[] }): string | undefined {
  return [data.updated, ...data.corrections.map((correction) => correction.date)].filter((day): day is string => day !== undefined).sort().at(-1);
}

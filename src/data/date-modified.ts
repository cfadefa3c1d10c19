/**
 * The dated content each kind of page is built from, for the one rule of
 * « Date de modification » (`dateModified` in `src/domain/history.ts`). Pages
 * that gather the whole program (home, FAQ, search, media) take the latest
 * date of what they are built from: the announcements, the key dates, the
 * criteria and the standing pages of their language.
 */
import type { CollectionEntry } from 'astro:content';
import { lastEditDay } from '../domain/announcements';
import type { ModificationSource } from '../domain/history';
import type { Locale } from '../i18n/locales';
import { getAnnouncements, getCriteria, getKeyDates, getPages } from './queries';

/** An announcement's own days: published, updated, corrections. */
export function announcementSource(entry: CollectionEntry<'announcements'>): ModificationSource {
  return { days: [entry.data.published, lastEditDay(entry.data)] };
}

/** Every dated content of `lang`: what the pages that gather the program are built from. */
export async function siteSources(lang: Locale): Promise<ModificationSource[]> {
  const criteria = await getCriteria(lang);
  return [
    ...(await getAnnouncements(lang)).map(announcementSource),
    ...(await getKeyDates(lang)).map((entry) => ({ changes: entry.data.changes })),
    { changes: criteria.data.changes, days: [criteria.data.effective] },
    ...(await getPages(lang)).map((entry) => ({ changes: entry.data.changes })),
  ];
}

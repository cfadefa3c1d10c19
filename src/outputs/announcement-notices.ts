/**
 * The notices at the top of old announcements that name a key date's old day
 * or time (« Mise à jour : nouvelle date pour « Séance d’information en
 * ligne » : le 10 décembre 2026 à 13 h 30 … »), computed at build from the
 * key dates' change notes. The announcement's own text is never edited.
 */
import type { CollectionEntry } from 'astro:content';
import { staleNoticeText } from '../domain/change-text';
import { lastEditDay } from '../domain/announcements';
import { currentValue } from '../domain/key-date-changes';
import { staleMentions } from '../domain/stale-mentions';
import { slugOf } from '../content/translations';
import { getKeyDates } from '../data/queries';
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/translate';
import { anchorPath } from '../routes/urls';

/** One notice: its sentence and the link to the key date. */
export interface AnnouncementNotice {
  readonly text: string;
  readonly href: string;
}

/** The text the matcher reads: title, summary and Markdown body. */
export function announcementText(entry: Pick<CollectionEntry<'announcements'>, 'data' | 'body'>): string {
  return [entry.data.title, entry.data.summary, entry.body ?? ''].join('\n');
}

/** The notices an announcement of `lang` needs, one per key date it names at an old value. */
export async function announcementNotices(lang: Locale, entry: CollectionEntry<'announcements'>): Promise<AnnouncementNotice[]> {
  const t = useTranslations(lang);
  const keyDates = (await getKeyDates(lang)).map((keyDate) => ({ ...keyDate.data, slug: slugOf({ id: keyDate.id }) }));
  const mentions = staleMentions({ lang, text: announcementText(entry), lastEdit: lastEditDay(entry.data) ?? entry.data.published }, keyDates);
  return mentions.map(({ keyDate, move }) => ({
    text: staleNoticeText(lang, t, keyDate.label, move, currentValue(keyDate)),
    href: anchorPath(lang, 'dates', keyDate.slug),
  }));
}

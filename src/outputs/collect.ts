/**
 * Gathers content for the machine-readable outputs journalists subscribe to:
 * the feeds, the calendars and the open data. The decisions live in
 * `src/outputs/` and `src/domain/` (feeds, calendar, open data, history); this module only reads
 * the collections and hands them over, so every output sees exactly the
 * public entries the pages see.
 */
import type { CollectionEntry } from 'astro:content';
import { programFields } from '../content/fields/program-fields';
import { programTimeZone } from '../content/fields/values';
import { otherLocale, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/translate';
import { keyDateEvent, type CalendarEvent } from './calendar';
import type { ChangeSource, FeedAnnouncement } from './feeds';
import { anchorChanges, publishedMajorChanges } from '../domain/history';
import { dayInZone } from '../domain/dates';
import { statusTimeline } from '../domain/key-dates';
import { keyDateMoves, latestMove } from '../domain/key-date-changes';
import { moveSentence } from '../domain/change-text';
import { buildOpenData, type OpenData } from './open-data';
import { programStatus } from '../domain/status';
import { slugOf, translationKeyOf } from '../content/translations';
import { absoluteUrl, anchorPath, entryPath, sectionPath } from '../routes/urls';
import { buildNow } from '../data/now';
import { getAnnouncements, getCohort, getCriteria, getKeyDates, getPages, getSettings } from '../data/queries';
import { cohortFacts } from './cohort';

/** Public announcements of `lang` as feed items read them, newest first. */
export async function feedAnnouncements(lang: Locale): Promise<FeedAnnouncement[]> {
  const t = useTranslations(lang);
  return (await getAnnouncements(lang)).map((entry) => ({
    title: entry.data.title,
    summary: entry.data.summary,
    published: entry.data.published,
    publishAt: entry.data.publishAt,
    categories: [t(`kind.${entry.data.kind}`), ...entry.data.topics.map((topic) => t(`topic.${topic}`))],
    path: entryPath('announcement', entry),
  }));
}

/** The anchor prefix of a key date's history on the dates page (`date-limite-`). */
export function keyDateAnchorPrefix(entry: CollectionEntry<'keyDates'>): string {
  return `${slugOf({ id: entry.id })}-`;
}

/**
 * Everything with a change history in `lang`: the criteria, each key date,
 * each standing page, with their major changes in effect at the build's now.
 */
export async function changeSources(lang: Locale): Promise<ChangeSource[]> {
  const t = useTranslations(lang);
  const today = dayInZone(buildNow(), programTimeZone);
  const criteria = await getCriteria(lang);
  const sources: ChangeSource[] = [
    { title: criteria.data.title, path: sectionPath(lang, 'criteria'), changes: publishedMajorChanges(anchorChanges(criteria.data.changes), today) },
    ...(await getKeyDates(lang)).map((entry) => {
      const moves = keyDateMoves(entry.data);
      return {
        title: entry.data.label,
        path: sectionPath(lang, 'dates'),
        changes: publishedMajorChanges(anchorChanges(entry.data.changes, keyDateAnchorPrefix(entry)), today).map((anchored) => {
          const move = moves.find((candidate) => candidate.change === anchored.change);
          return { ...anchored, detail: move ? moveSentence(lang, t, move) : undefined };
        }),
      };
    }),
    ...(await getPages(lang)).map((entry) => ({
      title: entry.data.title,
      path: entryPath('page', entry),
      changes: publishedMajorChanges(anchorChanges(entry.data.changes), today),
    })),
  ];
  return sources.filter((source) => source.changes.length > 0);
}

/** The calendar event of a key date in `lang` (undefined while to be announced). */
export function keyDateCalendarEvent(lang: Locale, entry: CollectionEntry<'keyDates'>, site: URL | string): CalendarEvent | undefined {
  const t = useTranslations(lang);
  const url = absoluteUrl(anchorPath(lang, 'dates', slugOf({ id: entry.id })), site);
  const move = latestMove(entry.data);
  return keyDateEvent({ ...entry.data, key: translationKeyOf({ id: entry.id, translationKey: entry.data.translationKey }) }, lang, url, {
    moreInfo: t('calendar.moreInfo'),
    change: move ? moveSentence(lang, t, move) : undefined,
  });
}

/** The open data file of `lang`. */
export async function openData(lang: Locale, site: URL | string): Promise<OpenData> {
  const t = useTranslations(lang);
  const now = buildNow();
  const settings = await getSettings(lang);
  const keyDates = await getKeyDates(lang);
  const criteria = await getCriteria(lang);
  const code = programStatus(statusTimeline(keyDates.map((entry) => entry.data), settings.closingSoonDays), now.getTime());
  return buildOpenData({
    lang,
    otherLang: otherLocale(lang),
    site,
    now,
    programTimeZone,
    settings,
    fields: programFields.map((topic) => ({ id: topic, label: t(`topic.${topic}`) })),
    status: { code, label: t(`status.badge.${code}`) },
    keyDates: keyDates.map((entry) => ({
      ...entry.data,
      key: translationKeyOf({ id: entry.id, translationKey: entry.data.translationKey }),
      slug: slugOf({ id: entry.id }),
    })),
    criteria: criteria.data,
    announcements: (await getAnnouncements(lang)).map((entry) => ({ title: entry.data.title, kind: entry.data.kind, published: entry.data.published, path: entryPath('announcement', entry) })),
    cohort: await cohortFacts(await getCohort(lang), lang),
  });
}

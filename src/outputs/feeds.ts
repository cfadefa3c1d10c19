/**
 * RSS feeds, as data for `@astrojs/rss`: one feed of announcements and one of
 * major changes (criteria, key dates, pages) per language. Pure: the caller
 * passes entries, labels and the site address; the library writes the XML.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { Locale } from '../i18n/locales';
import { locales } from '../i18n/locales';
import { releaseInstant, type ScheduledRelease } from '../domain/announcements';
import { formatDay, toInstant } from '../domain/dates';
import type { AnchoredChange } from '../domain/history';
import { absoluteUrl } from '../routes/urls';

/** The fields of an announcement a feed item reads. */
export interface FeedAnnouncement {
  readonly title: string;
  readonly summary: string;
  readonly published: string;
  readonly publishAt?: ScheduledRelease | undefined;
  /** Category labels, already translated (kind, then topics). */
  readonly categories: readonly string[];
  /** Path of the announcement page. */
  readonly path: string;
}

/**
 * When an announcement was published: its scheduled release instant, or the
 * start of its publication day in the program's zone.
 */
export function publicationInstant(announcement: Pick<FeedAnnouncement, 'published' | 'publishAt'>, timeZone: string): Date {
  return announcement.publishAt ? releaseInstant(announcement.publishAt) : toInstant({ day: announcement.published, timeZone }, 'start');
}

/** Feed items for announcements, in the order given (newest first). */
export function announcementFeedItems(announcements: readonly FeedAnnouncement[], site: URL | string, timeZone: string): RSSFeedItem[] {
  return announcements.map((announcement) => ({
    title: announcement.title,
    link: absoluteUrl(announcement.path, site),
    description: announcement.summary,
    pubDate: publicationInstant(announcement, timeZone),
    categories: [...announcement.categories],
  }));
}

/** A change as its feed item reads it: the note, its anchor and, for a moved key date, the move in words. */
export interface FeedChange extends AnchoredChange {
  /** « Date modifiée le … : auparavant … ; désormais … », when the note records a move. */
  readonly detail?: string | undefined;
}

/** A document with a change history: the criteria, a key date, a page. */
export interface ChangeSource {
  /** Title of what changed ("Critères d’admissibilité et de sélection", a key date's label). */
  readonly title: string;
  /** Path of the page showing the history. */
  readonly path: string;
  /** Its major changes now in effect, with their anchors on that page. */
  readonly changes: readonly FeedChange[];
}

/**
 * Feed items for major changes, newest first. Each links to its own note on
 * the page (so the link, which is also the item's guid, is unique and stable),
 * says what changed in the feed's language (and, for a moved date, what it was
 * and what it is now) and is dated at the start of the change's day in the
 * program's zone.
 */
export function changeFeedItems(sources: readonly ChangeSource[], lang: Locale, site: URL | string, timeZone: string): RSSFeedItem[] {
  return sources
    .flatMap((source) =>
      source.changes.map(({ change, anchor, detail }) => ({
        sortKey: change.date,
        item: {
          title: `${source.title} — ${formatDay(lang, change.date)}`,
          link: absoluteUrl(`${source.path}#${anchor}`, site),
          description: [change.note[lang], detail].filter(Boolean).join(' '),
          pubDate: toInstant({ day: change.date, timeZone }, 'start'),
        } satisfies RSSFeedItem,
      })),
    )
    .sort((a, b) => b.sortKey.localeCompare(a.sortKey) || a.item.link.localeCompare(b.item.link))
    .map(({ item }) => item);
}

/** Escapes text for an XML attribute or element (for the channel's `customData`). */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (character) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[character]};`);
}

/** What a channel needs besides its items. */
export interface ChannelInput {
  readonly lang: Locale;
  readonly title: string;
  readonly description: string;
  /** The language's home page, the channel's `<link>`. */
  readonly homePath: string;
  /** The feed's own path, for `atom:link rel="self"`. */
  readonly feedPath: string;
  readonly site: URL | string;
}

/**
 * Channel options: title, description, home link, the language (`fr-ca`) and
 * a self link, as feed validators recommend.
 */
export function channelOptions(input: ChannelInput): Omit<RSSOptions, 'items'> {
  const self = absoluteUrl(input.feedPath, input.site);
  return {
    title: input.title,
    description: input.description,
    site: absoluteUrl(input.homePath, input.site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${locales[input.lang].htmlLang.toLowerCase()}</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
  };
}

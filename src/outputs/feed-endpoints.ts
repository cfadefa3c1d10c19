/**
 * The two RSS feeds of each language as endpoints: the channel (title,
 * description, links, language) is set up once here for both, from the UI
 * strings and the settings; `feeds.ts` turns content into items.
 */
import rss from '@astrojs/rss';
import type { RSSFeedItem } from '@astrojs/rss';
import { programTimeZone } from '../content/fields/values';
import { getSettings } from '../data/queries';
import type { Locale } from '../i18n/locales';
import { translate, type UiKey } from '../i18n/translate';
import { languageFilePath, sectionPath } from '../routes/urls';
import { changeSources, feedAnnouncements } from './collect';
import { announcementFeedItems, changeFeedItems, channelOptions } from './feeds';

/** A feed of the site: the announcements, or the major changes. */
export type FeedFile = 'announcementsFeed' | 'changesFeed';

/** What differs between the two feeds: the strings naming them and what they list. */
const feeds: Readonly<Record<FeedFile, { readonly title: UiKey; readonly description: UiKey; readonly items: (lang: Locale, site: URL) => Promise<RSSFeedItem[]> }>> = {
  announcementsFeed: {
    title: 'feeds.announcements.title',
    description: 'announcements.intro',
    items: async (lang, site) => announcementFeedItems(await feedAnnouncements(lang), site, programTimeZone),
  },
  changesFeed: {
    title: 'feeds.changes.title',
    description: 'feeds.changes.description',
    items: async (lang, site) => changeFeedItems(await changeSources(lang), lang, site, programTimeZone),
  },
};

/** The RSS document of `feed` in `lang`. */
export async function feedResponse(lang: Locale, feed: FeedFile, site: URL): Promise<Response> {
  const settings = await getSettings(lang);
  const { title, description, items } = feeds[feed];
  return rss({
    // Browsers that open the feed show it through this stylesheet; feed readers ignore it.
    stylesheet: languageFilePath(lang, 'feedStylesheet'),
    ...channelOptions({
      lang,
      title: translate(lang, title, { site: settings.shortName }),
      description: translate(lang, description),
      homePath: sectionPath(lang, 'home'),
      feedPath: languageFilePath(lang, feed),
      site,
    }),
    items: await items(lang, site),
  });
}

/** `/fr/rss.xml`, `/en/rss.xml`: public announcements of the language, newest first (RSS 2.0 via `@astrojs/rss`). */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { programTimeZone } from '../../content/fields/values';
import { feedAnnouncements } from '../../outputs/collect';
import { getSettings } from '../../data/queries';
import { localeCodes, type Locale } from '../../i18n/locales';
import { translate } from '../../i18n/translate';
import { announcementFeedItems, channelOptions } from '../../outputs/feeds';
import { languageFilePath, sectionPath } from '../../routes/urls';

export const getStaticPaths = (() => localeCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Locale;
  const base = site ?? new URL('http://127.0.0.1/');
  const settings = await getSettings(lang);
  return rss({
    ...channelOptions({
      lang,
      title: translate(lang, 'feeds.announcements.title', { site: settings.shortName }),
      description: translate(lang, 'announcements.intro'),
      homePath: sectionPath(lang, 'home'),
      feedPath: languageFilePath(lang, 'announcementsFeed'),
      site: base,
    }),
    items: announcementFeedItems(await feedAnnouncements(lang), base, programTimeZone),
  });
};

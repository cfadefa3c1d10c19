/**
 * `/fr/changements.xml`, `/en/changes.xml`: major changes to the criteria,
 * key dates and pages (RSS 2.0 via `@astrojs/rss`). Minor changes (typos,
 * wording) stay on the pages' histories only.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { programTimeZone } from '../../content/fields/values';
import { changeSources } from '../../outputs/collect';
import { getSettings } from '../../data/queries';
import { localeCodes, type Locale } from '../../i18n/locales';
import { translate } from '../../i18n/translate';
import { changeFeedItems, channelOptions } from '../../outputs/feeds';
import { languageFilePath, languageFiles, sectionPath } from '../../routes/urls';

export const getStaticPaths = (() =>
  localeCodes.map((lang) => ({ params: { lang, feed: languageFiles.changesFeed[lang].replace(/\.xml$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Locale;
  const base = site ?? new URL('http://127.0.0.1/');
  const settings = await getSettings(lang);
  return rss({
    ...channelOptions({
      lang,
      title: translate(lang, 'feeds.changes.title', { site: settings.shortName }),
      description: translate(lang, 'feeds.changes.description'),
      homePath: sectionPath(lang, 'home'),
      feedPath: languageFilePath(lang, 'changesFeed'),
      site: base,
    }),
    items: changeFeedItems(await changeSources(lang), lang, base, programTimeZone),
  });
};

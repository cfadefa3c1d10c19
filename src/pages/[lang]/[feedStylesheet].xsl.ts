/** `/fr/flux.xsl`, `/en/feed.xsl`: how the language's feeds look in a browser (`src/outputs/feed-stylesheet.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes, locales, type Locale } from '../../i18n/locales';
import { translate } from '../../i18n/translate';
import { feedStylesheet } from '../../outputs/feed-stylesheet';
import { languageFiles, sectionPath } from '../../routes/urls';

export const getStaticPaths = (() =>
  localeCodes.map((lang) => ({ params: { lang, feedStylesheet: languageFiles.feedStylesheet[lang].replace(/\.xsl$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const lang = params['lang'] as Locale;
  const body = feedStylesheet({
    htmlLang: locales[lang].htmlLang,
    about: translate(lang, 'feeds.stylesheet.about'),
    addressLabel: translate(lang, 'feeds.stylesheet.address'),
    itemsHeading: translate(lang, 'feeds.stylesheet.items'),
    homeLabel: translate(lang, 'feeds.stylesheet.home'),
    homePath: sectionPath(lang, 'home'),
    cssPath: '/feed.css',
  });
  return new Response(body, { headers: { 'Content-Type': 'application/xslt+xml; charset=utf-8' } });
};

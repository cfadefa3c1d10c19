/**
 * `/fr/changements.xml`, `/en/changes.xml`: major changes to the criteria,
 * key dates and pages (RSS 2.0, see `src/outputs/feed-endpoints.ts`). Minor
 * changes (typos, wording) stay on the pages' histories only.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes, type Locale } from '../../i18n/locales';
import { feedResponse } from '../../outputs/feed-endpoints';
import { languageFiles, requireSite } from '../../routes/urls';

export const getStaticPaths = (() =>
  localeCodes.map((lang) => ({ params: { lang, changesFeed: languageFiles.changesFeed[lang].replace(/\.xml$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => feedResponse(params['lang'] as Locale, 'changesFeed', requireSite(site));

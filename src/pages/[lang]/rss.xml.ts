/** `/fr/rss.xml`, `/en/rss.xml`: public announcements of the language, newest first (RSS 2.0, see `src/outputs/feed-endpoints.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes, type Locale } from '../../i18n/locales';
import { feedResponse } from '../../outputs/feed-endpoints';
import { requireSite } from '../../routes/urls';

export const getStaticPaths = (() => localeCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => feedResponse(params['lang'] as Locale, 'announcementsFeed', requireSite(site));

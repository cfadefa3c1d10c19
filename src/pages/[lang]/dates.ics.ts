/** `/fr/dates.ics`, `/en/dates.ics`: every dated key date of the language (iCalendar via `ical-generator`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyDateCalendarEvent } from '../../outputs/collect';
import { buildNow } from '../../data/now';
import { getKeyDates, getSettings } from '../../data/queries';
import { localeCodes, type Locale } from '../../i18n/locales';
import { translate } from '../../i18n/translate';
import { renderCalendar } from '../../outputs/calendar';
import { absoluteUrl, languageFilePath, requireSite } from '../../routes/urls';

export const getStaticPaths = (() => localeCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Locale;
  const base = requireSite(site);
  const settings = await getSettings(lang);
  const events = (await getKeyDates(lang)).flatMap((entry) => keyDateCalendarEvent(lang, entry, base) ?? []);
  const body = renderCalendar({
    name: translate(lang, 'calendar.name', { site: settings.shortName }),
    description: translate(lang, 'calendar.description'),
    url: absoluteUrl(languageFilePath(lang, 'calendar'), base),
    language: lang,
    stamp: buildNow(),
    events,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

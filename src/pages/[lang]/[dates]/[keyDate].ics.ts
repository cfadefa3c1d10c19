/**
 * "Add to calendar": one iCalendar file per dated key date, beside the dates
 * page (`/fr/dates/date-limite.ics`), with the same UID and SEQUENCE as in the
 * full calendar, so adding both never duplicates the event.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { keyDateCalendarEvent } from '../../../outputs/collect';
import { buildNow } from '../../../data/now';
import { getKeyDates } from '../../../data/queries';
import { localeCodes, type Locale } from '../../../i18n/locales';
import { translate } from '../../../i18n/translate';
import { renderCalendar, type CalendarEvent } from '../../../outputs/calendar';
import { isDated } from '../../../domain/key-dates';
import { slugOf } from '../../../content/translations';
import { absoluteUrl, keyDateCalendarPath, requireSite, sectionSegments } from '../../../routes/urls';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of localeCodes) {
    for (const entry of await getKeyDates(lang)) {
      if (isDated(entry.data)) paths.push({ params: { lang, dates: sectionSegments.dates[lang], keyDate: slugOf({ id: entry.id }) }, props: { entry } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'keyDates'> }> = ({ params, props, site }) => {
  const lang = params['lang'] as Locale;
  const base = requireSite(site);
  // Only dated key dates get a path (above), so the event exists.
  const event = keyDateCalendarEvent(lang, props.entry, base) as CalendarEvent;
  const body = renderCalendar({
    name: props.entry.data.label,
    description: translate(lang, 'calendar.description'),
    url: absoluteUrl(keyDateCalendarPath(lang, slugOf({ id: props.entry.id })), base),
    language: lang,
    stamp: buildNow(),
    events: [event],
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

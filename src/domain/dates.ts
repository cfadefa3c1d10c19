/**
 * Dates and times as the public reads them, in Québec style, and the instants
 * the program status is computed from. Content stores a day (`YYYY-MM-DD`), an
 * optional wall-clock time (`HH:mm`) and an IANA zone; nothing here depends on
 * the machine's own time zone.
 */
import { TZDate } from '@date-fns/tz';
import { locales, type Locale } from '../i18n/locales';
import { typeset } from '../i18n/typography';

/** A moment as editors enter it: a day, an optional time, and the zone both are in. */
export interface WallClock {
  /** Calendar day, `YYYY-MM-DD`. */
  readonly day: string;
  /** Wall-clock time `HH:mm`; absent for an all-day date. */
  readonly time?: string | undefined;
  /** IANA zone (`America/Toronto`). */
  readonly timeZone: string;
}

/** Splits `YYYY-MM-DD` into numbers; throws on anything else. */
function dayParts(day: string): [year: number, month: number, dayOfMonth: number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`date invalide « ${day} » (expected YYYY-MM-DD)`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Splits `HH:mm` into numbers; throws on anything else. */
function timeParts(time: string): [hours: number, minutes: number] {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`heure invalide « ${time} » (expected HH:mm)`);
  return [Number(match[1]), Number(match[2])];
}

/**
 * The instant a wall-clock moment designates in its zone.
 * An all-day date is its start (00:00) or, with `allDay: 'end'`, its last
 * millisecond, so a deadline given as a day stays open the whole day.
 * Times in a DST gap move forward, as clocks do.
 */
export function toInstant(moment: WallClock, allDay: 'start' | 'end' = 'start'): Date {
  const [year, month, dayOfMonth] = dayParts(moment.day);
  if (moment.time !== undefined) {
    const [hours, minutes] = timeParts(moment.time);
    return new Date(new TZDate(year, month - 1, dayOfMonth, hours, minutes, moment.timeZone).getTime());
  }
  if (allDay === 'end') {
    return new Date(new TZDate(year, month - 1, dayOfMonth, 23, 59, 59, 999, moment.timeZone).getTime());
  }
  return new Date(new TZDate(year, month - 1, dayOfMonth, 0, 0, moment.timeZone).getTime());
}

/**
 * One `Intl.DateTimeFormat` per locale and options, reused: building one costs
 * far more than formatting with it, and a large site formats a day on every
 * page, list item, feed entry and search document.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The shared formatter for `locale` and `options` (created on first use). */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (cached === undefined) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** Formats a calendar day: `15 mars 2027`, `1er mars 2027`, `March 15, 2027`. */
export function formatDay(lang: Locale, day: string): string {
  const [year, month, dayOfMonth] = dayParts(day);
  // Format at noon UTC in UTC: the calendar day cannot move whatever the runtime's zone.
  const text = formatter(locales[lang].intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, dayOfMonth, 12)),
  );
  // Québec usage writes the first of the month as an ordinal: « 1er mars ».
  return lang === 'fr' && dayOfMonth === 1 ? text.replace(/^1 /, '1er ') : text;
}

/** Formats a wall-clock time: `23 h 59`, `9 h` (no-break spaces) / `11:59 p.m.`, `9:00 a.m.`. */
export function formatTime(lang: Locale, time: string): string {
  const [hours, minutes] = timeParts(time);
  const text = formatter(locales[lang].intlLocale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, 0, 1, hours, minutes)),
  );
  // Québec usage (OQLF) drops zero minutes: « 9 h », not « 9 h 00 ».
  return typeset(lang, lang === 'fr' && minutes === 0 ? text.replace(/\s00$/, '') : text);
}

/** Zones whose readers say « heure de l’Est » / "ET": the program's zone and its aliases. */
const easternZones = new Set(['America/Toronto', 'America/Montreal', 'America/New_York', 'America/Nipigon', 'America/Thunder_Bay', 'EST5EDT']);

/**
 * The zone as a reader names it: `heure de l’Est` / `ET` for the program's
 * zone, otherwise the runtime's generic name for the zone at that moment.
 */
export function zoneLabel(lang: Locale, timeZone: string, at: Date): string {
  if (easternZones.has(timeZone)) return lang === 'fr' ? 'heure de l’Est' : 'ET';
  const part = formatter(locales[lang].intlLocale, {
    timeZone,
    timeZoneName: lang === 'fr' ? 'longGeneric' : 'shortGeneric',
  })
    .formatToParts(at)
    .find((candidate) => candidate.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/**
 * A key date as the public reads it:
 * `15 mars 2027 à 23 h 59 (heure de l’Est)` / `March 15, 2027, 11:59 p.m. ET`,
 * typeset (no-break spaces in the time); all-day dates are just the day.
 */
export function formatWallClock(lang: Locale, moment: WallClock): string {
  const day = formatDay(lang, moment.day);
  if (moment.time === undefined) return day;
  const time = formatTime(lang, moment.time);
  const zone = zoneLabel(lang, moment.timeZone, toInstant(moment));
  return typeset(lang, lang === 'fr' ? `${day} à ${time} (${zone})` : `${day}, ${time} ${zone}`);
}

/** `YYYY-MM-DD` of an instant as seen in `timeZone` (today's date for the program). */
export function dayInZone(instant: Date, timeZone: string): string {
  const parts = formatter('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Machine-readable value for `<time datetime>`: ISO instant with offset when timed, the day otherwise. */
export function datetimeAttribute(moment: WallClock): string {
  return moment.time === undefined ? moment.day : toInstant(moment).toISOString();
}

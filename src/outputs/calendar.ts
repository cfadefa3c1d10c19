/**
 * iCalendar files for key dates: one calendar per language with every dated
 * key date, and one file per date ("add to calendar"). Events are written by
 * `ical-generator`; this module decides what goes in them (RFC 5545). The
 * choices are explained in `docs/calendars.md`.
 *
 * - UID: the translation key, the language and a fixed domain
 *   (`date-cle-date-limite.fr@…`): the French and the English calendars can be
 *   imported into one calendar without one replacing the other's events, and
 *   a re-import updates the event instead of duplicating it.
 * - SEQUENCE: one more for every recorded change to the event's time (a move
 *   or a cancellation, from the change notes), so clients apply the update.
 * - DTSTAMP and LAST-MODIFIED: the start of the day of the latest change note
 *   (the build's time for a date never changed).
 * - Times: timed dates are written as UTC instants computed from the
 *   editor's day, time and zone (unambiguous in every client, no VTIMEZONE
 *   needed), with an end (`keyDateSpan`); whole-day dates as `VALUE=DATE`,
 *   ending the next day.
 * - A cancelled date stays, with `STATUS:CANCELLED`, so clients remove it;
 *   dates still "to be announced" are left out.
 * - Lines end with CRLF, the last one included.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Locale } from '../i18n/locales';
import { toInstant } from '../domain/dates';
import { dateModified } from '../domain/history';
import { eventSequence, keyDateSpan, type KeyDateTimeFields } from '../domain/key-date-changes';

/**
 * Right-hand side of every UID. Never change it, even if the site moves to
 * another address: calendars that imported the dates would duplicate them.
 */
export const calendarUidDomain = 'programme-startups.example.ca';

/** A key date as the calendar reads it. */
export interface CalendarKeyDate extends KeyDateTimeFields {
  /** Translation key, shared by both languages. */
  readonly key: string;
  readonly label: string;
  readonly description?: string | undefined;
}

/** One calendar event, before it is written. */
export interface CalendarEvent {
  readonly uid: string;
  readonly sequence: number;
  readonly summary: string;
  readonly description: string;
  /** Page with the date (absolute URL). */
  readonly url: string;
  readonly allDay: boolean;
  /** Start: the instant, or UTC midnight of the day for a whole-day event. */
  readonly start: Date;
  /** End: the instant, or UTC midnight of the next day (exclusive) for a whole-day event. */
  readonly end: Date;
  readonly cancelled: boolean;
  /** Start of the day of the latest change note, if any: DTSTAMP and LAST-MODIFIED. */
  readonly lastModified?: Date | undefined;
}

/** UID of a key date's event in one language's calendar. Slugs hold no dot, so `key.lang` cannot collide. */
export function eventUid(key: string, lang: Locale): string {
  return `date-cle-${key}.${lang}@${calendarUidDomain}`;
}

/** UTC midnight of a `YYYY-MM-DD` day, the form `ical-generator` writes as `VALUE=DATE`. */
function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** What an event's description says besides the key date's own description. */
export interface EventTexts {
  /** « Détails : » followed by the page URL. */
  readonly moreInfo: string;
  /** The latest move in words (« Date modifiée le … : auparavant … »), when the date moved. */
  readonly change?: string | undefined;
}

/** The event of a key date in `lang`, or `undefined` while it is to be announced. */
export function keyDateEvent(keyDate: CalendarKeyDate, lang: Locale, url: string, texts: EventTexts): CalendarEvent | undefined {
  const span = keyDateSpan(keyDate);
  if (span === undefined) return undefined;
  const latestChange = dateModified([{ changes: keyDate.changes }]);
  return {
    uid: eventUid(keyDate.key, lang),
    sequence: eventSequence(keyDate),
    summary: keyDate.label,
    description: [texts.change, keyDate.description, `${texts.moreInfo} ${url}`].filter(Boolean).join('\n\n'),
    url,
    allDay: span.allDay,
    start: span.allDay ? utcDay(span.startDay) : span.start,
    end: span.allDay ? utcDay(span.endDay) : span.end,
    cancelled: keyDate.state === 'cancelled',
    lastModified: latestChange === undefined ? undefined : toInstant({ day: latestChange, timeZone: keyDate.timeZone }),
  };
}

/** What a calendar file needs besides its events. */
export interface CalendarInput {
  /** Calendar name shown by clients (`X-WR-CALNAME`). */
  readonly name: string;
  readonly description: string;
  /** Where the calendar is published (absolute URL). */
  readonly url: string;
  /** Two-letter language of the product id (`FR`). */
  readonly language: string;
  /** DTSTAMP of events never changed: the build's now. */
  readonly stamp: Date;
  readonly events: readonly CalendarEvent[];
}

/** Writes an iCalendar file (`METHOD:PUBLISH`), every line ending with CRLF. */
export function renderCalendar(input: CalendarInput): string {
  const calendar = ical({
    name: input.name,
    description: input.description,
    url: input.url,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'Le CAMP', product: 'Programme jeunes pousses', language: input.language.toUpperCase() },
    ttl: 60 * 60 * 6,
  });
  for (const event of input.events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp: event.lastModified ?? input.stamp,
      start: event.start,
      end: event.end,
      allDay: event.allDay,
      summary: event.summary,
      description: event.description,
      url: event.url,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      lastModified: event.lastModified ?? null,
    });
  }
  // ical-generator ends lines with CRLF but leaves the last one bare; RFC 5545 §3.1 ends every line.
  return `${calendar.toString().replace(/\r?\n/g, '\r\n')}\r\n`;
}

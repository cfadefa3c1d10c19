/**
 * iCalendar files for key dates: one calendar per language with every dated
 * key date, and one file per date ("add to calendar"). Events are written by
 * `ical-generator`; this module decides what goes in them.
 *
 * - UID: from the translation key and a fixed domain, so the French and
 *   English files describe the same event and a re-import updates it.
 * - SEQUENCE: the number of notes in the date's change history, so it grows
 *   each time an editor records a change (RFC 5545 §3.8.7.4).
 * - Times: timed dates are written as UTC instants computed from the
 *   editor's day, time and zone (unambiguous in every client, no VTIMEZONE
 *   needed); whole-day dates as `VALUE=DATE`, ending the next day.
 * - Dates still "to be announced" are left out.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { ChangeNote } from '../content/fields/common';
import { addDays, isDated, type KeyDateFields } from '../domain/key-dates';
import { toInstant } from '../domain/dates';

/**
 * Right-hand side of every UID. Never change it, even if the site moves to
 * another address: calendars that imported the dates would duplicate them.
 */
export const calendarUidDomain = 'programme-startups.example.ca';

/** A key date as the calendar reads it. */
export interface CalendarKeyDate extends KeyDateFields {
  /** Translation key, shared by both languages. */
  readonly key: string;
  readonly label: string;
  readonly description?: string | undefined;
  readonly changes: readonly ChangeNote[];
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
  /** End of a whole-day event (the next day, exclusive); timed events have none. */
  readonly end?: Date | undefined;
  /** Day of the latest change note, if any. */
  readonly lastModified?: Date | undefined;
}

/** UID of a key date's event. */
export function eventUid(key: string): string {
  return `date-cle-${key}@${calendarUidDomain}`;
}

/** SEQUENCE of a key date's event: one more for every recorded change. */
export function eventSequence(changes: readonly ChangeNote[]): number {
  return changes.length;
}

/** UTC midnight of a `YYYY-MM-DD` day, the form `ical-generator` writes as `VALUE=DATE`. */
function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** The event of a key date, or `undefined` while it is to be announced. */
export function keyDateEvent(keyDate: CalendarKeyDate, url: string, moreInfo: string): CalendarEvent | undefined {
  if (!isDated(keyDate)) return undefined;
  const latestChange = keyDate.changes.reduce<string | undefined>((latest, change) => (latest === undefined || change.date > latest ? change.date : latest), undefined);
  const allDay = keyDate.time === undefined;
  return {
    uid: eventUid(keyDate.key),
    sequence: eventSequence(keyDate.changes),
    summary: keyDate.label,
    description: [keyDate.description, `${moreInfo} ${url}`].filter(Boolean).join('\n\n'),
    url,
    allDay,
    start: allDay ? utcDay(keyDate.date) : toInstant({ day: keyDate.date, time: keyDate.time, timeZone: keyDate.timeZone }),
    end: allDay ? utcDay(addDays(keyDate.date, 1)) : undefined,
    lastModified: latestChange === undefined ? undefined : utcDay(latestChange),
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
  /** DTSTAMP of every event: the build's now. */
  readonly stamp: Date;
  readonly events: readonly CalendarEvent[];
}

/** Writes an iCalendar file (`METHOD:PUBLISH`). */
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
      stamp: input.stamp,
      start: event.start,
      end: event.end ?? null,
      allDay: event.allDay,
      summary: event.summary,
      description: event.description,
      url: event.url,
      status: ICalEventStatus.CONFIRMED,
      lastModified: event.lastModified ?? null,
    });
  }
  return calendar.toString();
}

/**
 * Reads an iCalendar file with two independent parsers, ical.js (Mozilla's)
 * and ts-ics, and returns each one's view of the events in one plain shape,
 * so tests can check the file says the same thing to both, the way two
 * calendar clients would read it.
 */
import ICAL from 'ical.js';
import { convertIcsCalendar } from 'ts-ics';

/** An event as a calendar client sees it. */
export interface ReadEvent {
  readonly uid: string;
  readonly sequence: number;
  readonly summary: string;
  /** ISO instant for a timed event, `YYYY-MM-DD` for a whole day. */
  readonly start: string;
  /** Same form as `start`; `undefined` when the file gives no end. */
  readonly end: string | undefined;
  readonly allDay: boolean;
  readonly status: string | undefined;
  readonly stamp: string;
  readonly lastModified: string | undefined;
  readonly url: string | undefined;
  readonly description: string | undefined;
}

/** The events as ical.js reads them. */
export function readWithIcalJs(text: string): ReadEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const when = (time: ICAL.Time | undefined) => (time === undefined ? undefined : time.isDate ? time.toString() : time.toJSDate().toISOString());
    const property = (name: string) => {
      const value = vevent.getFirstPropertyValue(name);
      return value === null ? undefined : value;
    };
    const hasEnd = vevent.hasProperty('dtend') || vevent.hasProperty('duration');
    const lastModified = property('last-modified');
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      start: when(event.startDate) ?? '',
      end: hasEnd ? when(event.endDate) : undefined,
      allDay: event.startDate.isDate,
      status: property('status') === undefined ? undefined : String(property('status')),
      stamp: (property('dtstamp') as ICAL.Time).toJSDate().toISOString(),
      lastModified: lastModified === undefined ? undefined : (lastModified as ICAL.Time).toJSDate().toISOString(),
      url: property('url') === undefined ? undefined : String(property('url')),
      description: event.description ?? undefined,
    };
  });
}

/** The events as ts-ics reads them. */
export function readWithTsIcs(text: string): ReadEvent[] {
  const calendar = convertIcsCalendar(undefined, text);
  return (calendar.events ?? []).map((event) => {
    const allDay = event.start.type === 'DATE';
    const when = (date: Date) => (allDay ? date.toISOString().slice(0, 10) : date.toISOString());
    return {
      uid: event.uid,
      sequence: event.sequence ?? 0,
      summary: event.summary,
      start: when(event.start.date),
      end: event.end ? when(event.end.date) : undefined,
      allDay,
      status: event.status,
      stamp: event.stamp.date.toISOString(),
      lastModified: event.lastModified?.date.toISOString(),
      url: event.url,
      description: event.description,
    };
  });
}

/** The events, read by both parsers; throws when they disagree, so a test never trusts one reader alone. */
export function readCalendar(text: string): ReadEvent[] {
  const first = readWithIcalJs(text);
  const second = readWithTsIcs(text);
  const normalise = (events: readonly ReadEvent[]) => JSON.stringify(events.map((event) => ({ ...event, description: event.description?.replace(/\s+/g, ' ') })));
  if (normalise(first) !== normalise(second)) throw new Error(`ical.js and ts-ics disagree:\n${JSON.stringify(first, null, 1)}\n${JSON.stringify(second, null, 1)}`);
  return first;
}

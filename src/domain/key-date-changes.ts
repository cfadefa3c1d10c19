/**
 * What a key date's history says about its time: each move (from the value a
 * note records as `previous` to the value that followed), the revision number
 * calendars need (`SEQUENCE`), and how long a timed date lasts. Every output
 * (page, calendars, JSON-LD, open data, feed, announcement notices) reads a
 * change through these functions, so they all say the same "was, now".
 */
import type { KeyDateChangeNote, KeyDateData } from '../content/schemas/key-dates';
import { toInstant, type WallClock } from './dates';
import { addDays, isDated } from './key-dates';

/** The fields of a key date this module reads. */
export type KeyDateTimeFields = Pick<KeyDateData, 'date' | 'time' | 'endTime' | 'duration' | 'timeZone' | 'state' | 'milestone'> & {
  readonly changes: readonly KeyDateChangeNote[];
};

/** What a key date is at some point of its history: a moment, or no moment (to be announced, cancelled). */
export interface KeyDateValue {
  /** The day, time and zone; `undefined` while to be announced. */
  readonly when: WallClock | undefined;
  /** True when the date will not happen. */
  readonly cancelled: boolean;
}

/** One recorded move of a key date. */
export interface KeyDateMove {
  /** The note that records it. */
  readonly change: KeyDateChangeNote;
  /** The value before the change (from the note). */
  readonly before: WallClock;
  /** The value after it: the next move's previous value, or the current value. */
  readonly after: KeyDateValue;
}

/** The current value of a key date. */
export function currentValue(keyDate: KeyDateTimeFields): KeyDateValue {
  const when = keyDate.date !== undefined && keyDate.state !== 'to-be-announced' ? { day: keyDate.date, time: keyDate.time, timeZone: keyDate.timeZone } : undefined;
  return { when, cancelled: keyDate.state === 'cancelled' };
}

/** The moves a key date's notes record, oldest first (same-day notes in written order). */
export function keyDateMoves(keyDate: KeyDateTimeFields): KeyDateMove[] {
  const recorded = keyDate.changes
    .map((change, index) => ({ change, index }))
    .filter(({ change }) => change.previous !== undefined)
    .sort((a, b) => a.change.date.localeCompare(b.change.date) || a.index - b.index)
    .map(({ change }) => change);
  return recorded.map((change, index) => {
    const next = recorded[index + 1]?.previous;
    const previous = change.previous as NonNullable<KeyDateChangeNote['previous']>;
    return {
      change,
      before: { day: previous.date, time: previous.time, timeZone: previous.timeZone },
      after: next ? { when: { day: next.date, time: next.time, timeZone: next.timeZone }, cancelled: false } : currentValue(keyDate),
    };
  });
}

/** The latest move, if the date ever moved: what JSON-LD's `previousStartDate` and the pages' « auparavant » show. */
export function latestMove(keyDate: KeyDateTimeFields): KeyDateMove | undefined {
  return keyDateMoves(keyDate).at(-1);
}

/**
 * The calendar revision number (RFC 5545 `SEQUENCE`): one more for every
 * recorded change to the event's time (a move or a cancellation); wording
 * fixes leave it alone, as the RFC asks.
 */
export function eventSequence(keyDate: KeyDateTimeFields): number {
  return keyDateMoves(keyDate).length;
}

/** How long a timed date lasts in calendars when editors give neither an end time nor a duration. */
export const defaultEventMinutes = 30;

/** The span of a dated key date: a timed interval, or whole days (`endDay` exclusive). */
export type KeyDateSpan =
  | { readonly allDay: false; readonly start: Date; readonly end: Date }
  | { readonly allDay: true; readonly startDay: string; readonly endDay: string };

/**
 * When a dated key date starts and ends, for calendars and JSON-LD. A whole
 * day is that day. A timed date ends at its end time, or after its duration;
 * a deadline is a short event that ends at the deadline (never past it, never
 * past midnight); other timed dates without an end last `defaultEventMinutes`.
 * `undefined` while the date is to be announced.
 */
export function keyDateSpan(keyDate: KeyDateTimeFields): KeyDateSpan | undefined {
  if (!isDated(keyDate)) return undefined;
  if (keyDate.time === undefined) return { allDay: true, startDay: keyDate.date, endDay: addDays(keyDate.date, 1) };
  const at = toInstant({ day: keyDate.date, time: keyDate.time, timeZone: keyDate.timeZone });
  const minutes = (keyDate.duration ?? defaultEventMinutes) * 60_000;
  if (keyDate.milestone === 'applications-close') return { allDay: false, start: new Date(at.getTime() - minutes), end: at };
  const end = keyDate.endTime !== undefined ? toInstant({ day: keyDate.date, time: keyDate.endTime, timeZone: keyDate.timeZone }) : new Date(at.getTime() + minutes);
  return { allDay: false, start: at, end };
}

/**
 * Key dates as a timeline: ordering, past and upcoming, the next date to show
 * on the home page, and the status timeline computed from the milestones.
 */
import type { KeyDateData, Milestone } from '../content/schemas/key-dates';
import { formatWallClock, toInstant } from './dates';
import type { Locale } from '../i18n/locales';
import type { StatusTimeline } from './status';

/** The fields of a key date this module reads. */
export type KeyDateFields = Pick<KeyDateData, 'date' | 'time' | 'timeZone' | 'state' | 'milestone'>;

/** A key date whose day is known (confirmed or changed). */
export type DatedKeyDate<T extends KeyDateFields> = T & { readonly date: string };

/** True when the date has a day: confirmed, changed or cancelled (calendars keep a cancelled date, marked so). */
export function isDated<T extends KeyDateFields>(keyDate: T): keyDate is DatedKeyDate<T> {
  return keyDate.state !== 'to-be-announced' && keyDate.date !== undefined;
}

/** True when the date has a day and will happen: it may drive the status, the call to action and "next date". */
export function isScheduled<T extends KeyDateFields>(keyDate: T): keyDate is DatedKeyDate<T> {
  return isDated(keyDate) && keyDate.state !== 'cancelled';
}

/** The instant a key date designates; a deadline given as a day lasts the whole day. */
export function keyDateInstant(keyDate: DatedKeyDate<KeyDateFields>): Date {
  return toInstant(
    { day: keyDate.date, time: keyDate.time, timeZone: keyDate.timeZone },
    keyDate.milestone === 'applications-close' ? 'end' : 'start',
  );
}

/** Milestones in program order, to place dates that are still to be announced. */
const milestoneOrder: Record<Milestone, number> = {
  'applications-open': 0,
  'applications-close': 1,
  selection: 2,
  results: 3,
  other: 4,
};

/** Sorts a timeline: known dates chronologically, then dates to be announced in program order. */
export function sortTimeline<T extends KeyDateFields>(keyDates: readonly T[]): T[] {
  return [...keyDates].sort((a, b) => {
    const aTime = isDated(a) ? keyDateInstant(a).getTime() : Number.POSITIVE_INFINITY;
    const bTime = isDated(b) ? keyDateInstant(b).getTime() : Number.POSITIVE_INFINITY;
    if (aTime !== bTime) return aTime - bTime;
    return milestoneOrder[a.milestone] - milestoneOrder[b.milestone];
  });
}

/** True when a dated key date is over at `now` (an all-day date is over after its day). */
export function isPast(keyDate: KeyDateFields, now: Date): boolean {
  if (!isDated(keyDate)) return false;
  const end = toInstant({ day: keyDate.date, time: keyDate.time, timeZone: keyDate.timeZone }, keyDate.time === undefined ? 'end' : 'start');
  return end.getTime() < now.getTime();
}

/** The first key date not yet past, or the first one still to be announced. */
export function nextKeyDate<T extends KeyDateFields>(keyDates: readonly T[], now: Date): T | undefined {
  const sorted = sortTimeline(keyDates);
  return sorted.find((keyDate) => isScheduled(keyDate) && !isPast(keyDate, now)) ?? sorted.find((keyDate) => !isDated(keyDate));
}

/** Adds whole calendar days to `YYYY-MM-DD`. */
export function addDays(day: string, days: number): string {
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, dayOfMonth + days)).toISOString().slice(0, 10);
}

/**
 * The instants the program status turns on. Only confirmed or changed dates
 * count (not cancelled ones); when several dates share a milestone the earliest wins. "Closing
 * soon" starts `closingSoonDays` calendar days before the deadline, at the
 * same wall-clock time in the deadline's zone (so DST does not shift it).
 */
export function statusTimeline(keyDates: readonly KeyDateFields[], closingSoonDays: number): StatusTimeline {
  const first = (milestone: Milestone) =>
    sortTimeline(keyDates.filter((keyDate) => keyDate.milestone === milestone)).find(isScheduled);
  const opens = first('applications-open');
  const closes = first('applications-close');
  const results = first('results');
  const closesAt = closes ? keyDateInstant(closes).getTime() : null;
  const closingSoonAt = closes
    ? toInstant(
        { day: addDays(closes.date, -closingSoonDays), time: closes.time ?? '00:00', timeZone: closes.timeZone },
      ).getTime()
    : null;
  return {
    opensAt: opens ? keyDateInstant(opens).getTime() : null,
    closingSoonAt,
    closesAt,
    resultsAt: results ? keyDateInstant(results).getTime() : null,
  };
}

/** The application window as readers see it: opening and deadline, each written out, or `undefined` while not confirmed. */
export interface ApplicationWindowText {
  readonly opening: string | undefined;
  readonly deadline: string | undefined;
}

/**
 * The confirmed opening and deadline of the application period, written out in
 * `lang` (« 15 mars 2027 à 23 h 59 (heure de l’Est) »): what the status block
 * and the self-check's next step say. When several dates share a milestone,
 * the first in the list given wins.
 */
export function applicationWindowText(lang: Locale, keyDates: readonly KeyDateFields[]): ApplicationWindowText {
  return { opening: milestoneText(lang, keyDates, 'applications-open'), deadline: milestoneText(lang, keyDates, 'applications-close') };
}

/**
 * When a milestone happens, written out in `lang` (« 15 mars 2027 à 23 h 59
 * (heure de l’Est) »): the first scheduled key date marking it; `undefined`
 * while it is to be announced or cancelled.
 */
export function milestoneText(lang: Locale, keyDates: readonly KeyDateFields[], milestone: Milestone): string | undefined {
  const keyDate = keyDates.find((candidate) => candidate.milestone === milestone && isScheduled(candidate));
  return keyDate?.date ? formatWallClock(lang, { day: keyDate.date, time: keyDate.time, timeZone: keyDate.timeZone }) : undefined;
}

/**
 * Old announcements that name a key date's old day or time: the build shows a
 * notice at their top (the text of an old release is never edited: journalists
 * cite it), and the content check lists them for editors. The matcher reads
 * the way people write dates in each language: « jeudi 10 décembre 2026,
 * de 12 h à 13 h », « 1er mars », "December 10, 2026, 12:00 p.m.", "noon",
 * and ISO days.
 */
import type { Locale } from '../i18n/locales';
import type { WallClock } from './dates';
import { keyDateMoves, type KeyDateMove, type KeyDateTimeFields } from './key-date-changes';

/** Spaces as typed or as typography writes them (no-break, narrow no-break). */
const space = '[\\s\\u00a0\\u202f]';

const frenchMonths = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const frenchAbbreviations = ['janv', 'févr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'sept', 'oct', 'nov', 'déc'];
const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `YYYY-MM-DD` as numbers. */
function parts(day: string): { year: string; month: number; dayOfMonth: number } {
  const [year = '', month = '', dayOfMonth = ''] = day.split('-');
  return { year, month: Number(month), dayOfMonth: Number(dayOfMonth) };
}

/**
 * A pattern matching `day` as written in `lang`, with or without its year (a
 * different year does not match), or in ISO form.
 */
export function dayPattern(lang: Locale, day: string): RegExp {
  const { year, month, dayOfMonth } = parts(day);
  const iso = `(?<!\\d)${day}(?!\\d)`;
  const otherYear = `(?!,?${space}*\\d{4})`;
  if (lang === 'fr') {
    const number = dayOfMonth === 1 ? '(?:1er|0?1)' : `0?${dayOfMonth}`;
    const monthName = `(?:${frenchMonths[month - 1]}(?!\\p{L})|${frenchAbbreviations[month - 1]}\\.?(?!\\p{L}))`;
    return new RegExp(`(?<!\\d)${number}${space}+${monthName}(?:${space}+${year}(?!\\d))?${otherYear}|${iso}`, 'iu');
  }
  const name = englishMonths[month - 1] ?? '';
  const monthName = `(?:${name}(?!\\p{L})|${name.slice(0, 3)}\\.?(?!\\p{L}))`;
  const number = `0?${dayOfMonth}(?:st|nd|rd|th)?`;
  return new RegExp(`${monthName}${space}+${number}(?!\\d)(?:,?${space}+${year}(?!\\d))?${otherYear}|(?<!\\d)${number}${space}+${monthName}(?:,?${space}+${year}(?!\\d))?${otherYear}|${iso}`, 'iu');
}

/** A pattern matching the wall-clock `time` (`HH:mm`) as written in `lang`: « 12 h », « 13 h 30 », « midi »; "12:00 p.m.", "1:30 pm", "noon", "13:30". */
export function timePattern(lang: Locale, time: string): RegExp {
  const [hoursText = '', minutes = ''] = time.split(':');
  const hours = Number(hoursText);
  const optionalZeros = minutes === '00';
  const twentyFour = `(?<![\\d:])0?${hours}:${minutes}(?!\\d)(?!${space}*[ap]\\.?${space}?m)`;
  if (lang === 'fr') {
    const french = `(?<![\\d:])0?${hours}${space}*h${optionalZeros ? `(?:${space}*00)?(?!${space}*\\d)` : `${space}*${minutes}(?!\\d)`}`;
    const words = hours === 12 && optionalZeros ? '|\\bmidi\\b' : hours === 0 && optionalZeros ? '|\\bminuit\\b' : '';
    return new RegExp(`${french}|${twentyFour}${words}`, 'iu');
  }
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  const meridiem = hours < 12 ? `a\\.?${space}?m\\.?` : `p\\.?${space}?m\\.?`;
  const clock = `(?<![\\d:])${twelve}${optionalZeros ? `(?::00)?` : `:${minutes}`}${space}*${meridiem}`;
  const words = hours === 12 && optionalZeros ? '|\\bnoon\\b' : hours === 0 && optionalZeros ? '|\\bmidnight\\b' : '';
  return new RegExp(`${clock}|${twentyFour}${words}`, 'iu');
}

/**
 * True when `text` still names the moment a move left behind: its old day
 * anywhere when the day changed (or the date was cancelled); the old day and
 * the old time on one line when only the time or the zone changed.
 */
export function mentionsOldMoment(text: string, lang: Locale, move: Pick<KeyDateMove, 'before' | 'after'>): boolean {
  const { before, after } = move;
  const day = dayPattern(lang, before.day);
  const lines = text.split(/\r?\n/);
  const sameDay = !after.cancelled && after.when?.day === before.day;
  if (!sameDay) return lines.some((line) => day.test(line));
  if (before.time === undefined) return false;
  const time = timePattern(lang, before.time);
  return lines.some((line) => day.test(line) && time.test(line));
}

/** An announcement as the matcher reads it. */
export interface AnnouncementText {
  readonly lang: Locale;
  /** Title, summary and Markdown body. */
  readonly text: string;
  /** The last day the announcement was written or edited (`published`, `updated`, corrections). */
  readonly lastEdit: string;
}

/** A key date as the matcher reads it. */
export interface MatchedKeyDate extends KeyDateTimeFields {
  /** Anchor of the date on the dates page (`seance-information`). */
  readonly slug: string;
  readonly label: string;
}

/** A key date an announcement names at its old value. */
export interface StaleMention<K extends MatchedKeyDate = MatchedKeyDate> {
  readonly keyDate: K;
  /** The oldest move made after the announcement whose old value it names. */
  readonly move: KeyDateMove;
  /** The old value it names. */
  readonly before: WallClock;
}

/**
 * The key dates `announcement` names at a value that changed after it was
 * last edited, one per key date, in the order given.
 */
export function staleMentions<K extends MatchedKeyDate>(announcement: AnnouncementText, keyDates: readonly K[]): StaleMention<K>[] {
  return keyDates.flatMap((keyDate) => {
    const move = keyDateMoves(keyDate).find((candidate) => candidate.change.date > announcement.lastEdit && mentionsOldMoment(announcement.text, announcement.lang, candidate));
    return move ? [{ keyDate, move, before: move.before }] : [];
  });
}

/**
 * What the admin's day and time fields store for what editors type. Browsers
 * show `<input type="date">` and `type="time"` in their own locale (`03/15/2027`,
 * `11:59 PM` in an English Chrome), whatever the site's language, so the
 * admin has its own fields: a day typed as day, month, year (the GOV.UK
 * pattern) and a time typed on the 24-hour clock. They store exactly
 * `YYYY-MM-DD` and `HH:MM`, the values the schemas read (`fields/values.ts`);
 * something unfinished is stored as typed, so the schema refuses it and the
 * editor sees why on the field. Pure: the widgets in `admin/widgets/` call these.
 */
import { isRealCalendarDay } from '../content/fields/values';

/** A day as its three boxes hold it, digits as typed. */
export interface DayParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/** Three empty boxes. */
export const emptyDay: DayParts = { day: '', month: '', year: '' };

/** Digits only, at most `length` of them: what a day box accepts. */
export function digitsOnly(text: string, length: number): string {
  return text.replace(/\D/g, '').slice(0, length);
}

/**
 * The value stored for three boxes: `''` when all are empty, `YYYY-MM-DD`
 * for a real day, otherwise the boxes as typed (`2027-2-30`), which the
 * schema rejects.
 */
export function dayValue(parts: DayParts): string {
  const { day, month, year } = parts;
  if (day === '' && month === '' && year === '') return '';
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (/^\d{4}$/.test(year) && /^\d{1,2}$/.test(month) && /^\d{1,2}$/.test(day) && isRealCalendarDay(iso)) return iso;
  return `${year}-${month}-${day}`;
}

/** The boxes for a stored value (`2027-03-15` → 15, 03, 2027); anything else shows empty boxes. */
export function dayParts(value: unknown): DayParts {
  const match = typeof value === 'string' ? /^(\d*)-(\d*)-(\d*)$/.exec(value) : null;
  return match ? { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' } : emptyDay;
}

/** Why a stored day is not usable, in French, or `undefined` when it is empty or a real day. */
export function dayProblem(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealCalendarDay(value)) return undefined;
  const { day, month, year } = dayParts(value);
  if (day === '' || month === '' || year === '') return 'date incomplète : inscrire le jour, le mois et l’année';
  if (!/^\d{4}$/.test(year)) return 'année à quatre chiffres, par exemple 2027';
  return 'cette date n’existe pas (jour ou mois invalide)';
}

/**
 * The value stored for a typed time: `HH:MM` when it reads as a 24-hour time
 * (`13:30`, `13 h 30`, `13h`, `9.05`, `1330`), otherwise the text as typed.
 */
export function clockTimeValue(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const match = /^(\d{1,2})\s*(?:[:hH.]\s*(\d{2})?)?$/.exec(trimmed) ?? /^(\d{2})(\d{2})$/.exec(trimmed);
  if (!match) return trimmed;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return trimmed;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Why a stored time is not usable, in French, or `undefined` when it is empty or a 24-hour `HH:MM`. */
export function timeProblem(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value)) return undefined;
  return 'heure sur 24 heures, par exemple 13:30 ou 13 h 30';
}

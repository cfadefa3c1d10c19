/**
 * Value schemas shared by every collection: how dates, times, zones, URLs,
 * slugs, flags and empty optional values are read. The Decap side of fields
 * is in `decap.ts`; fields used by several collections, with both halves, in
 * `common.ts`.
 *
 * Decap writes `null` or `""` for an optional field the editor left empty, and
 * YAML turns an unquoted `2027-03-15` into a `Date`. Both are normalised here,
 * once, so every collection accepts files written by hand and by the CMS alike.
 */
import { z } from 'astro/zod';

/** Turns Decap's "empty" (`null`, `""`, whitespace) into `undefined` so `.optional()` applies. */
export function emptyToUndefined(value: unknown): unknown {
  if (value === null) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

/** An optional field that also accepts Decap's `null` / `""` for "not filled in". */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(emptyToUndefined, schema.optional());
}

/** Formats a YAML `Date` (always UTC midnight for a bare date) back to `YYYY-MM-DD`. */
function dateToIsoDay(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return value;
}

/** True when `YYYY-MM-DD` names a real calendar day (rejects `2027-02-30`). */
export function isRealCalendarDay(isoDay: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/**
 * A calendar day, `YYYY-MM-DD`, with no time and no zone: what the editor typed.
 * Kept as a string (not a `Date`) so no time zone can shift it.
 */
export const isoDaySchema = z.preprocess(
  dateToIsoDay,
  z
    .string({ error: 'date attendue au format AAAA-MM-JJ (expected a date, YYYY-MM-DD)' })
    .refine(isRealCalendarDay, { error: 'date invalide, format AAAA-MM-JJ (invalid date, expected YYYY-MM-DD)' }),
);

/** A wall-clock time `HH:mm` (24 h), as typed in the CMS. */
export const clockTimeSchema = z.preprocess(
  // YAML 1.1 readers may turn `23:59` into a number of minutes; Decap always quotes it, hand-written files may not.
  (value) => (typeof value === 'number' ? `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}` : value),
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'heure attendue au format HH:MM, 24 h (expected a time, HH:MM)' }),
);

/** True when the runtime knows `zone` as an IANA time zone (`America/Toronto`). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

/** The zone the program runs in; every date defaults to it. */
export const programTimeZone = 'America/Toronto';

/** An IANA time zone name, defaulting to the program's zone. */
export const timeZoneSchema = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .refine(isKnownTimeZone, { error: 'fuseau horaire inconnu, p. ex. America/Toronto (unknown time zone)' })
    .default(programTimeZone),
);

/** An absolute `https://` URL: applicants must never be sent to an unencrypted form. */
export const httpsUrlSchema = z
  .url({ error: 'adresse Web invalide (invalid URL)' })
  .refine((value) => value.startsWith('https://'), {
    error: 'l’adresse doit commencer par https:// (the URL must start with https://)',
  });

/** What a slug may hold: lowercase ASCII letters, digits and single hyphens. The one copy of the rule (schema, CMS field, checks). */
export const slugPattern = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** A slug usable in a URL or as an anchor. */
export const slugSchema = z.string().regex(new RegExp(slugPattern), {
  error: 'lettres minuscules sans accents, chiffres et traits d’union seulement (lowercase letters, digits and hyphens only)',
});

/** A yes/no field that is off unless set; Decap writes `null` for an untouched checkbox. */
export function flag() {
  return z.preprocess((value) => value ?? undefined, z.boolean().default(false));
}

/** A list field that is empty unless filled; Decap writes `null` for an empty list. */
export function list<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => value ?? undefined, z.array(item).default([]));
}

/** A required line of text: not empty once trimmed, and short enough for a title. */
export function requiredText(maxLength: number) {
  return z
    .string({ error: 'champ obligatoire (required field)' })
    .trim()
    .min(1, { error: 'champ obligatoire, ne peut pas être vide (required, cannot be empty)' })
    .max(maxLength, { error: `au plus ${maxLength} caractères (at most ${maxLength} characters)` });
}

/**
 * An optional group of fields (an object) that Decap may write half-empty: when
 * none of `meaningfulKeys` holds a value (a zone left at its default does not
 * count), the whole object is treated as absent.
 */
export function optionalGroup<T extends z.ZodType>(schema: T, meaningfulKeys: readonly string[]) {
  return z.preprocess((value) => {
    const empty = emptyToUndefined(value);
    if (empty === undefined || typeof empty !== 'object' || Array.isArray(empty)) return empty;
    const record = empty as Record<string, unknown>;
    return meaningfulKeys.some((key) => emptyToUndefined(record[key]) !== undefined) ? value : undefined;
  }, schema.optional());
}

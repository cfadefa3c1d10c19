/**
 * Building blocks shared by every collection schema: how dates, times, zones,
 * URLs and empty optional values are read, and the typed shape of Decap CMS
 * field lists that sit beside each schema.
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

/** A slug usable in a URL: lowercase ASCII letters, digits and single hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'lettres minuscules sans accents, chiffres et traits d’union seulement (lowercase letters, digits and hyphens only)',
  });

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

/**
 * Old slugs of an entry whose public slug was changed after publication. Each
 * one is published as a redirect page to the current URL, so links in
 * articles and feeds keep working. Never remove an old slug.
 */
export const redirectFromSchema = z.preprocess((value) => value ?? undefined, z.array(slugSchema).default([]));

/** Decap field for `redirectFrom`: a list of old slugs in this language. */
export const redirectFromCmsField = {
  name: 'redirectFrom',
  label: 'Anciennes adresses (slugs) à rediriger',
  label_singular: 'ancienne adresse',
  widget: 'list',
  required: false,
  i18n: true,
  collapsed: true,
  hint: 'Quand l’adresse d’un contenu publié a changé, inscrire ici l’ancienne : elle continuera de mener au contenu. Ne jamais en retirer.',
  field: { name: 'slug', label: 'Ancienne adresse', widget: 'string', pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', 'Lettres minuscules sans accents, chiffres et traits d’union seulement.'] },
} as const satisfies DecapField<'redirectFrom'>;

/** Whether a change is worth telling the public about: only major changes move "last updated". */
export const changeImpacts = ['major', 'minor'] as const;

/** One dated note in a change history, entered by editors in the CMS. */
export const changeNoteSchema = z
  .object({
    /** Day the change took effect. */
    date: isoDaySchema,
    /** What changed, in a sentence the public understands. */
    note: requiredText(500),
    /** `major` moves the visible "last updated" date; `minor` (typo, wording) does not. */
    impact: z.enum(changeImpacts).default('minor'),
  })
  .strict();

/** A change note as stored in the content. */
export type ChangeNote = z.infer<typeof changeNoteSchema>;

// ---------------------------------------------------------------------------
// Decap CMS field lists, typed against the schema they describe.
// ---------------------------------------------------------------------------

/**
 * How a field behaves across languages in Decap: `true`/`translate` means one
 * value per language, `duplicate` means entered once and copied (dates, URLs,
 * amounts), `none`/`false` means only the default language file holds it.
 */
export type DecapI18n = boolean | 'translate' | 'duplicate' | 'none';

/** Properties every Decap field has. `Name` is constrained to the schema's keys. */
interface DecapFieldBase<Name extends string> {
  /** Key written to the file: must be a key of the Zod schema (checked by the type). */
  readonly name: Name;
  /** Label shown to editors, in French. */
  readonly label: string;
  /** Help text under the field, in French. */
  readonly hint?: string;
  /** Decap's own required flag; the contract test keeps it equal to the schema's. */
  readonly required?: boolean;
  /** Per-field i18n behaviour. */
  readonly i18n?: DecapI18n;
  /** Value a new entry starts with. */
  readonly default?: unknown;
  /** Regex the value must match, and the French message shown otherwise. */
  readonly pattern?: readonly [string, string];
}

/** A Decap select option. */
export interface DecapOption {
  readonly label: string;
  readonly value: string;
}

/** A Decap field of any supported widget, with its name constrained to `Name`. */
export type DecapField<Name extends string = string> = DecapFieldBase<Name> &
  (
    | { readonly widget: 'string' | 'text' | 'boolean' | 'hidden' }
    | { readonly widget: 'number'; readonly value_type?: 'int' | 'float'; readonly min?: number; readonly max?: number }
    | {
        readonly widget: 'datetime';
        readonly format: string;
        readonly date_format: string | boolean;
        readonly time_format: string | boolean;
        readonly picker_utc?: boolean;
      }
    | { readonly widget: 'select'; readonly options: readonly DecapOption[]; readonly multiple?: boolean; readonly min?: number; readonly max?: number }
    | { readonly widget: 'markdown'; readonly sanitize_preview: true; readonly buttons?: readonly string[]; readonly editor_components?: readonly string[] }
    | { readonly widget: 'image' | 'file'; readonly choose_url?: boolean }
    | {
        readonly widget: 'list';
        /** Sub-fields of each item (a list of objects)… */
        readonly fields?: readonly DecapField[];
        /** …or the single widget of each item (a list of strings). */
        readonly field?: DecapField;
        readonly summary?: string;
        readonly label_singular?: string;
        readonly min?: number;
        readonly max?: number;
        readonly collapsed?: boolean;
      }
    | { readonly widget: 'object'; readonly fields: readonly DecapField[]; readonly summary?: string; readonly collapsed?: boolean }
  );

/** The keys of a Zod object's input: what a content file may contain. */
export type SchemaKeys<S extends z.ZodObject> = keyof z.input<S> & string;

/**
 * Declares the Decap field list for `schema`. The type rejects any field whose
 * `name` is not a key of the schema, so renaming a schema key fails `npm run check`.
 */
export function cmsFields<S extends z.ZodObject>(_schema: S, fields: readonly DecapField<SchemaKeys<S>>[]): readonly DecapField[] {
  return fields;
}

/** Date-only Decap widget that stores exactly `YYYY-MM-DD` (no zone, no UTC shift). */
export const decapDayWidget = {
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'YYYY-MM-DD',
  time_format: false,
  picker_utc: false,
} as const;

/** Time-only Decap widget that stores exactly `HH:mm` as typed. */
export const decapTimeWidget = {
  widget: 'datetime',
  format: 'HH:mm',
  date_format: false,
  time_format: 'HH:mm',
  picker_utc: false,
} as const;

/**
 * The Decap field list for a change history, reused by criteria, key dates and
 * pages. The list field itself needs `default: []`: otherwise Decap starts a
 * new entry with one change note holding only `impact`'s default, which then
 * fails validation (`createEmptyDraftData` in decap-cms-core).
 */
export const changeNoteCmsFields = cmsFields(changeNoteSchema, [
  { name: 'date', label: 'Date du changement', ...decapDayWidget },
  { name: 'note', label: 'Ce qui a changé', widget: 'text', hint: 'Une phrase claire pour le public.' },
  {
    name: 'impact',
    label: 'Importance',
    widget: 'select',
    options: [
      { label: 'Majeur (met à jour la date « Dernière mise à jour »)', value: 'major' },
      { label: 'Mineur (correction, reformulation)', value: 'minor' },
    ],
    default: 'minor',
  },
]);

/**
 * The Decap field for a Markdown file's body (not a frontmatter key, so it is
 * declared apart from the typed field list). Previews are sanitized
 * (CVE-2025-57520).
 */
export function markdownBodyField(label: string, hint?: string): DecapField<'body'> {
  return { name: 'body', label, widget: 'markdown', sanitize_preview: true, i18n: true, ...(hint ? { hint } : {}) };
}

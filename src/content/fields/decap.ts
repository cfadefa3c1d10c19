/**
 * The Decap CMS side of fields: the typed shape of the field lists that sit
 * beside each collection's Zod schema, the widgets that store dates and times
 * exactly as typed, and how a field path reads as editors' labels.
 */
import type { z } from 'astro/zod';

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
  /**
   * Optional for Decap (`required: false`) but required by the schema once
   * another field is filled (the alt text of a chosen image, the day of a
   * scheduled release): the admin then does not label it « facultatif », and
   * the hint says when it is required.
   */
  readonly conditionallyRequired?: true;
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
    | { readonly widget: 'day' | 'time' }
    | { readonly widget: 'select'; readonly options: readonly DecapOption[]; readonly multiple?: boolean; readonly min?: number; readonly max?: number }
    | { readonly widget: 'markdown'; readonly sanitize_preview: true; readonly buttons?: readonly string[]; readonly editor_components?: readonly string[] }
    | { readonly widget: 'image' | 'file'; readonly choose_url?: boolean }
    | {
        /** A reference to an entry of another collection, stored as text (`value_field`). */
        readonly widget: 'relation';
        /** The collection whose entries are offered. */
        readonly collection: string;
        /** What is stored: `{{slug}}` is the entry's file name. */
        readonly value_field: string;
        /** Fields the editor's search looks in. */
        readonly search_fields: readonly string[];
        /** Fields shown for each entry in the list. */
        readonly display_fields?: readonly string[];
      }
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

/**
 * The admin's day field (`admin/widgets/day.ts`): typed as day, month, year
 * whatever the browser's language, stored exactly `YYYY-MM-DD` (no zone, no
 * UTC shift). Decap's datetime widget shows the browser's format instead.
 */
export const decapDayWidget = { widget: 'day' } as const;

/** The admin's time field (`admin/widgets/time.ts`): 24-hour clock, stored exactly `HH:MM` as typed. */
export const decapTimeWidget = { widget: 'time' } as const;

/**
 * The Decap field for a Markdown file's body (not a frontmatter key, so it is
 * declared apart from the typed field list); required unless `required` is
 * false. Previews are sanitized (CVE-2025-57520).
 */
export function markdownBodyField(label: string, hint?: string, required = true): DecapField<'body'> {
  return { name: 'body', label, widget: 'markdown', sanitize_preview: true, i18n: true, hint: hint ? `${hint} ${markdownBodyHint}` : markdownBodyHint, ...(required ? {} : { required: false }) };
}

/**
 * What every Markdown body's hint tells editors (Decap shows hints as text
 * with bold, italics and links): how to mark a passage in the other language
 * (the allowlist keeps `lang`, `src/markdown/sanitize.ts`; quotations in « »
 * are marked automatically, `src/markdown/language-parts.ts`) and how to give
 * a table its caption (`src/markdown/table-captions.ts`). Typography (spaces
 * before « : », apostrophes) is done by the site: plain spaces and straight
 * quotes are fine.
 */
export const markdownBodyHint =
  'Un passage dans l’autre langue (une citation en anglais, par exemple) s’écrit entre `<span lang="en">` et `</span>` (`<span lang="fr">` dans un texte anglais) ; les citations « … » en français dans un texte anglais sont reconnues d’elles-mêmes. Un tableau prend pour titre une ligne en **gras** écrite juste au-dessus. Les espaces insécables et les apostrophes sont mis par le site.';

/**
 * Labels along `path` in a Decap field list, as editors see them
 * (`Image › Texte de remplacement`); list items are numbered from 1. Segments
 * the list does not know stay as they are.
 */
export function fieldLabelPath(fields: readonly DecapField[], path: readonly PropertyKey[]): string {
  const labels: string[] = [];
  let current: readonly DecapField[] | undefined = fields;
  let single: DecapField | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') {
      labels.push(String(segment + 1));
      continue;
    }
    const field: DecapField | undefined = current?.find((candidate) => candidate.name === segment) ?? (single?.name === segment ? single : undefined);
    if (!field) {
      labels.push(String(segment));
      current = undefined;
      single = undefined;
      continue;
    }
    labels.push(field.label);
    current = field.widget === 'list' || field.widget === 'object' ? field.fields : undefined;
    single = field.widget === 'list' ? field.field : undefined;
  }
  return labels.join(' › ');
}

/** How a collection appears in the CMS: labels, the line per entry, sorting and filters. */
export interface CmsCollectionSettings {
  /** Name of the collection in the CMS menu (`Annonces`). */
  readonly label: string;
  /** Name of one entry (`annonce`), used in « Nouvelle annonce ». */
  readonly label_singular: string;
  /** One or two sentences shown above the list of entries. */
  readonly description: string;
  /** Field new entries' file names are made from (`{{slug}}`). */
  readonly identifier_field?: string;
  /** Line shown for each entry in the list (`{{published}} — {{title}}`). */
  readonly summary?: string;
  /** Fields editors may sort the list by; one may be the default. */
  readonly sortable_fields?: readonly (string | { readonly field: string; readonly default_sort: 'asc' | 'desc' })[];
  /** Ready-made filters of the list. */
  readonly view_filters?: readonly { readonly label: string; readonly field: string; readonly pattern: string | boolean }[];
}

/**
 * The last check before the CMS publishes: every language of an entry is run
 * through the same Zod schema the build uses, so an editor cannot publish a
 * file that would break the site (drafts in the editorial workflow may stay
 * unfinished). Decap validates only the default language's
 * fields (decaporg/decap-cms#5653, #5112) and cannot express "required when the
 * optional object is filled" (#7748); this closes both gaps.
 *
 * Pure: the admin (`admin/cms.ts`) passes plain data, one object per language.
 */
import { z } from 'astro/zod';
import { collectionTable, type CollectionSpec, type CollectionTable } from '../content/collections';
import { fieldLabelPath } from '../content/fields/decap';
import { pathImageContext } from '../content/image-paths';
import { localeCodes, type Locale } from '../i18n/locales';
import type { DecapCollection } from './config';

/** An image field must name a file; the build resolves it (the CMS only offers files it has). */
const imageInCms = pathImageContext(z.string().min(1, { error: 'image manquante (missing image)' }));

/**
 * Zod's own messages (a number too small, a list too short) in Québec French:
 * the site's schemas word their custom messages themselves.
 */
const frenchZodMessages = z.locales.frCA().localeError;

/** The schema each of `table`'s collections must satisfy in the CMS, images as paths. */
export function cmsSchemasOf<Table extends CollectionTable>(table: Table): { readonly [Name in keyof Table]: ReturnType<Table[Name]['schema']> } {
  return Object.fromEntries(Object.entries(table).map(([name, spec]: [string, CollectionSpec]) => [name, spec.schema(imageInCms)])) as {
    readonly [Name in keyof Table]: ReturnType<Table[Name]['schema']>;
  };
}

/** The site's schemas as the CMS applies them, built once when the admin loads. */
export const cmsEntrySchemas = cmsSchemasOf(collectionTable);

/** One reason an entry cannot be saved. */
export interface CmsEntryIssue {
  /** Language file the problem is in. */
  readonly locale: Locale;
  /** Field labels from the top, as editors see them (`Image › Texte de remplacement`). */
  readonly field: string;
  /** What is wrong, from the schema. */
  readonly message: string;
}

/** The data Decap holds for an entry, by language; a language may be absent. */
export type CmsEntryData = Partial<Record<Locale, Readonly<Record<string, unknown>> | undefined>>;

/** True when a Markdown body has no text. */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Every problem that would stop the build, for every language of the entry.
 * A language with no data at all is reported too: Decap always writes a file
 * per language, and a half-empty translation would fail the build.
 */
export function validateCmsEntry(
  collection: Pick<DecapCollection, 'name' | 'extension' | 'fields'>,
  data: CmsEntryData,
  schemas: Readonly<Record<string, z.ZodType>> = cmsEntrySchemas,
): CmsEntryIssue[] {
  const schema = schemas[collection.name];
  if (!schema) throw new Error(`collection inconnue du CMS : ${collection.name} (unknown collection)`);
  const bodyField = collection.fields.find((field) => field.name === 'body');
  const issues: CmsEntryIssue[] = [];
  for (const locale of localeCodes) {
    const entry = data[locale] ?? {};
    // The Markdown body is the file's content, not a frontmatter key.
    const { body, ...frontmatter } = entry;
    const values = collection.extension === 'md' ? frontmatter : entry;
    const result = schema.safeParse(values, { error: frenchZodMessages });
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ locale, field: fieldLabelPath(collection.fields, issue.path), message: issue.message });
      }
    }
    if (collection.extension === 'md' && bodyField && bodyField.required !== false && isBlank(body)) {
      issues.push({ locale, field: bodyField.label, message: 'champ obligatoire (required field)' });
    }
  }
  return issues;
}

/** Language names as the French admin writes them (« anglais »). */
const languageNames = new Intl.DisplayNames(['fr-CA'], { type: 'language' });

/** The message shown to the editor when publishing is refused: every problem, in French. */
export function formatCmsIssues(issues: readonly CmsEntryIssue[]): string {
  const lines = issues.map((issue) => `${languageNames.of(issue.locale) ?? issue.locale} — ${issue.field} : ${editorMessage(issue.message)}`);
  return `publication refusée, contenu incomplet ou invalide. ${lines.join(' ; ')}`;
}

/**
 * An issue's message as shown to editors on the field: the French part only.
 * The schemas' messages end with their English version in parentheses for
 * the build's log (`champ obligatoire (required field)`); the admin is French.
 */
export function editorMessage(message: string): string {
  const english = /\s*\(([^()]*)\)\s*$/.exec(message);
  // An English aside has no accented letter; a French one (« (à venir) ») stays.
  if (!english || /[À-ÿ«»’]/.test(english[1] ?? '')) return message;
  const french = message.slice(0, english.index).trim();
  return french === '' ? message : french;
}

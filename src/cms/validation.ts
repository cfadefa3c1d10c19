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
import { announcementSchema } from '../content/schemas/announcements';
import { criteriaSchema } from '../content/schemas/criteria';
import { faqSchema } from '../content/schemas/faq';
import { keyDateSchema } from '../content/schemas/key-dates';
import { pageSchema } from '../content/schemas/pages';
import { pressKitSchema } from '../content/schemas/press-kit';
import { settingsSchema } from '../content/schemas/settings';
import type { DecapField } from '../content/schemas/shared';
import { localeCodes, locales, type Locale } from '../i18n/locales';
import type { DecapCollection } from './config';
import type { CollectionName } from '../content/paths';

/** The schema each collection's files must satisfy. Images are paths here; the build resolves them. */
export const cmsEntrySchemas = {
  announcements: announcementSchema({ image: () => z.string().min(1, { error: 'image manquante (missing image)' }) }),
  criteria: criteriaSchema,
  keyDates: keyDateSchema,
  faq: faqSchema,
  pages: pageSchema,
  pressKit: pressKitSchema({ image: () => z.string().min(1, { error: 'image manquante (missing image)' }) }),
  settings: settingsSchema,
} as const satisfies Readonly<Record<CollectionName, z.ZodObject>>;

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

/** Labels along `path` in a Decap field list; list items are numbered from 1. */
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

/** True when a Markdown body has no text. */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Every problem that would stop the build, for every language of the entry.
 * A language with no data at all is reported too: Decap always writes a file
 * per language, and a half-empty translation would fail the build.
 */
export function validateCmsEntry(collection: Pick<DecapCollection, 'name' | 'format' | 'fields'>, data: CmsEntryData): CmsEntryIssue[] {
  const schema: z.ZodType = cmsEntrySchemas[collection.name];
  const bodyField = collection.fields.find((field) => field.name === 'body');
  const issues: CmsEntryIssue[] = [];
  for (const locale of localeCodes) {
    const entry = data[locale] ?? {};
    // The Markdown body is the file's content, not a frontmatter key.
    const { body, ...frontmatter } = entry;
    const values = collection.format === 'frontmatter' ? frontmatter : entry;
    const result = schema.safeParse(values);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ locale, field: fieldLabelPath(collection.fields, issue.path), message: issue.message });
      }
    }
    if (collection.format === 'frontmatter' && bodyField && bodyField.required !== false && isBlank(body)) {
      issues.push({ locale, field: bodyField.label, message: 'champ obligatoire (required field)' });
    }
  }
  return issues;
}

/** The message shown to the editor when publishing is refused: every problem, in French. */
export function formatCmsIssues(issues: readonly CmsEntryIssue[]): string {
  const lines = issues.map((issue) => `${locales[issue.locale].nativeName} — ${issue.field} : ${issue.message}`);
  return `publication refusée, contenu incomplet ou invalide. ${lines.join(' ; ')}`;
}

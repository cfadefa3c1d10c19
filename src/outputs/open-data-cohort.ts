/**
 * The cohort in the open data (`cohort[]` of `/fr/programme.json`): its
 * documented shape and its builder. Only startups public at build time are
 * handed in (`getCohort`), so the list is empty until the results are
 * announced. Documented in docs/open-data.md.
 */
import { z } from 'astro/zod';
import { programFields } from '../content/fields/program-fields';
import { absoluteUrl } from '../routes/urls';
import type { CohortFacts } from './cohort';

/** One startup as published. */
export const cohortItemSchema = z
  .object({
    id: z.string().describe('Stable identifier (translation key), shared by both languages.'),
    name: z.string(),
    field: z.enum(programFields).describe('Program field it was selected in.'),
    fieldLabel: z.string().describe('The field in the file’s language.'),
    description: z.string(),
    city: z.string(),
    website: z.url(),
    edition: z.number().int().describe('Program edition (year of the results).'),
    founders: z.array(z.string()).describe('Founders’ names; may be empty.'),
    quote: z
      .object({ text: z.string(), author: z.string(), role: z.string().nullable() })
      .strict()
      .nullable()
      .describe('An attributed quote, or null.'),
    url: z.url().describe('The startup’s page on this site.'),
    logo: z
      .object({
        url: z.url().describe('Web version of the logo (PNG).'),
        width: z.number().int(),
        height: z.number().int(),
        alt: z.string().describe('Text alternative.'),
        credit: z.string().describe('Credit to print with the logo.'),
      })
      .strict(),
    sample: z.boolean().describe('True for an illustrative startup (not a real company).'),
  })
  .strict();

/** One startup in the open data. */
export type CohortItem = z.infer<typeof cohortItemSchema>;

/** The cohort list of the open data: `members` in the order given (newest edition first, by field, by name). */
export function buildCohortOpenData(members: readonly CohortFacts[], fieldLabel: (field: CohortFacts['field']) => string, site: URL | string): CohortItem[] {
  return members.map((member) => ({
    id: member.key,
    name: member.name,
    field: member.field,
    fieldLabel: fieldLabel(member.field),
    description: member.description,
    city: member.city,
    website: member.website,
    edition: member.edition,
    founders: [...member.founders],
    quote: member.quote ? { text: member.quote.text, author: member.quote.author, role: member.quote.role ?? null } : null,
    url: absoluteUrl(member.path, site),
    logo: { url: absoluteUrl(member.logo.path, site), width: member.logo.width, height: member.logo.height, alt: member.logo.alt, credit: member.logo.credit },
    sample: member.sample,
  }));
}

/**
 * Fields several collections share, each with both halves side by side: the
 * Zod schema that reads it and the Decap field that edits it. A collection
 * uses the pair, so the rule, the label and the hint are written once.
 */
import { z } from 'astro/zod';
import { cmsFields, decapDayWidget, type DecapField } from './decap';
import { emptyToUndefined, flag, isoDaySchema, list, optional, requiredText, slugPattern, slugSchema } from './values';

/** The slug rule as a Decap `pattern`: the regular expression and the French message shown when it fails. */
export const slugCmsPattern = [slugPattern, 'Lettres minuscules sans accents, chiffres et traits d’union seulement.'] as const;

/** A localized URL slug or anchor; empty means the file name. */
export const localizedSlugSchema = optional(slugSchema);

/** Decap field for `slug`, with the hint that fits the collection (changing a published slug needs a redirect). */
export function localizedSlugCmsField(hint: string): DecapField<'slug'> {
  return { name: 'slug', label: 'Adresse (slug) dans cette langue', widget: 'string', required: false, i18n: true, hint, pattern: slugCmsPattern };
}

/** Key pairing the French and English files; empty means the file name (shared by both languages). */
export const translationKeySchema = optional(slugSchema);

/**
 * Old slugs of an entry whose public slug was changed after publication. Each
 * one is published as a redirect page to the current URL, so links in
 * articles and feeds keep working. Never remove an old slug.
 */
export const redirectFromSchema = list(slugSchema);

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
  field: { name: 'slug', label: 'Ancienne adresse', widget: 'string', pattern: slugCmsPattern },
} as const satisfies DecapField<'redirectFrom'>;

/** The other language's version is being written: the page shows a notice instead of failing the content check. */
export const translationPendingSchema = flag();

/** Decap field for `translationPending`. */
export const translationPendingCmsField = {
  name: 'translationPending',
  label: 'Traduction à venir',
  widget: 'boolean',
  default: false,
  required: false,
  i18n: 'duplicate',
  hint: 'Cocher dans la langue publiée seule, le temps de rédiger l’autre version : la page affiche un avis au lieu de bloquer la publication.',
} as const satisfies DecapField<'translationPending'>;

/** Marks demonstration content written for this site, not taken from the source article; the page says so. */
export const sampleSchema = flag();

/**
 * The fields that give an entry its addresses and pair it across languages,
 * for a collection to spread into its schema: its localized slug, its old
 * slugs, the key pairing its translations, « Traduction à venir » and the
 * sample flag.
 */
export const pairedEntryFields = {
  /** Localized URL slug; defaults to the file name. */
  slug: localizedSlugSchema,
  /** Old slugs in this language, each kept as a redirect to the current URL. */
  redirectFrom: redirectFromSchema,
  /** Key pairing FR and EN; defaults to the file name (shared by both languages). */
  translationKey: translationKeySchema,
  /** The other language's version is being written: the page shows a notice instead of failing the content check. */
  translationPending: translationPendingSchema,
  /** Marks demonstration content written for this site, not taken from the source article; the page says « exemple ». */
  sample: sampleSchema,
};

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

/** A change history: dated notes, in any order (pages sort them). */
export const changesSchema = list(changeNoteSchema);

/**
 * The Decap field for a change history, shared by criteria, key dates and
 * pages. The list needs `default: []`: otherwise Decap starts a new entry with
 * one change note holding only `impact`'s default, which then fails
 * validation (`createEmptyDraftData` in decap-cms-core).
 */
export const changesCmsField = {
  name: 'changes',
  label: 'Historique des changements',
  label_singular: 'changement',
  widget: 'list',
  summary: '{{fields.date}} — {{fields.note}}',
  i18n: true,
  required: false,
  default: [],
  fields: cmsFields(changeNoteSchema, [
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
  ]),
} as const satisfies DecapField<'changes'>;

/** Position among siblings, smaller first; default 100 so new entries go last without renumbering. */
export const orderSchema = z.preprocess(emptyToUndefined, z.number().int().min(0).max(999).default(100));

/** Decap field for `order`, labelled for where the entry is listed. */
export function orderCmsField(label: string): DecapField<'order'> {
  return { name: 'order', label, widget: 'number', value_type: 'int', min: 0, max: 999, default: 100, required: false, i18n: 'duplicate' };
}

/** The https rule as a Decap `pattern` (the schema's `httpsUrlSchema` is the authority). */
export const httpsUrlCmsPattern = ['^https://[^\\s]+$', 'L’adresse doit commencer par https://'] as const;

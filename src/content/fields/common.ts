/**
 * Fields several collections share, each with both halves side by side: the
 * Zod schema that reads it and the Decap field that edits it. A collection
 * uses the pair, so the rule, the label and the hint are written once.
 */
import { z } from 'astro/zod';
import { cmsFields, decapDayWidget, decapTimeWidget, type DecapField } from './decap';
import { clockTimeSchema, emptyToUndefined, flag, isoDaySchema, list, optional, programTimeZone, requiredText, slugPattern, slugSchema, timeZoneSchema } from './values';
import { localeCodes, type Locale } from '../../i18n/locales';

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

/**
 * How much a change matters: a `major` change enters the change feed and
 * raises the criteria's major version; a `minor` one (typo, wording) raises
 * the minor version. Both move the page's « Date de modification ».
 */
export const changeImpacts = ['major', 'minor'] as const;

/** A sentence in every language of the site, so a note reads the same in both language files. */
const noteText = requiredText(500);

/** The text of a change note, one sentence per language (`{ fr, en }`). */
export const noteTextSchema = z.object(Object.fromEntries(localeCodes.map((code) => [code, noteText])) as Record<Locale, typeof noteText>).strict();

/**
 * The fields of every change note. The list of notes is written once, in the
 * French file (the CMS shows it in the French pane only): the text is written
 * in each language inside each note, and everything else (day, impact, the
 * previous value) exists once. The other languages' pages read that list
 * (`withSharedHistory` in `translations.ts`).
 */
export const changeNoteFields = {
  /** Day the change took effect. */
  date: isoDaySchema,
  /** What changed, in a sentence the public understands, in each language. */
  note: noteTextSchema,
  /** `major` enters the change feed and raises the major version; `minor` (typo, wording) does not. */
  impact: z.enum(changeImpacts).default('minor'),
};

/** One dated note in a change history, entered by editors in the CMS. */
export const changeNoteSchema = z.object(changeNoteFields).strict();

/** A change note as stored in the content. */
export type ChangeNote = z.infer<typeof changeNoteSchema>;

/** A change history: dated notes, in any order (pages sort them). */
export const changesSchema = list(changeNoteSchema);

/** Decap fields of a change note: the day, the text in each language, the impact. */
export const changeNoteCmsFields = cmsFields(changeNoteSchema, [
  { name: 'date', label: 'Date du changement', ...decapDayWidget },
  {
    name: 'note',
    label: 'Ce qui a changé',
    widget: 'object',
    hint: 'Une phrase claire pour le public, dans chaque langue.',
    fields: localeCodes.map((code) => ({ name: code, label: `En ${code === 'fr' ? 'français' : 'anglais'}`, widget: 'text' as const })),
  },
  {
    name: 'impact',
    label: 'Importance',
    widget: 'select',
    options: [
      { label: 'Majeur (annoncé dans le fil des changements)', value: 'major' },
      { label: 'Mineur (correction, reformulation)', value: 'minor' },
    ],
    default: 'minor',
  },
]);

/**
 * The Decap field for a change history, built from a note's fields (key dates
 * add the previous value). The list is written in the French file only
 * (`i18n: false`): Decap's configuration allows no `duplicate` on a list
 * (its list widget schema wants a boolean), and one list cannot disagree with
 * itself. It needs `default: []`:
 * otherwise Decap starts a new entry with one change note holding only
 * `impact`'s default, which then fails validation (`createEmptyDraftData` in
 * decap-cms-core).
 */
export function changesCmsFieldWith(fields: readonly DecapField[], hint: string): DecapField<'changes'> {
  return {
    name: 'changes',
    label: 'Historique des changements',
    label_singular: 'changement',
    widget: 'list',
    summary: '{{fields.date}} — {{fields.note.fr}}',
    i18n: false,
    required: false,
    default: [],
    hint,
    fields,
  };
}

/** The Decap field for a change history without a previous value (pages). */
export const changesCmsField = changesCmsFieldWith(
  changeNoteCmsFields,
  'Tout changement de fond s’inscrit ici, avec sa date et une phrase en français et en anglais. L’historique se tient dans la version française seulement ; la page anglaise le reprend.',
);

/**
 * A moment as editors type it: a day, an optional wall-clock time and the zone
 * they are in, never a UTC instant the CMS could shift (an embargo, the value
 * a key date had before it moved).
 */
export const wallClockSchema = z
  .object({
    /** Day, `YYYY-MM-DD`. */
    date: isoDaySchema,
    /** Wall-clock time `HH:mm` in `timeZone`; empty means the day (or its start). */
    time: optional(clockTimeSchema),
    /** IANA zone of the time; default `America/Toronto`. */
    timeZone: timeZoneSchema,
  })
  .strict();

/** A wall-clock moment after validation. */
export type WallClockData = z.infer<typeof wallClockSchema>;

/**
 * Decap fields of a wall-clock moment, labelled for its use. Optional in Decap
 * because the whole block is optional (decaporg/decap-cms#7748); the schema,
 * run by the admin before publishing, requires the day once the block is used.
 */
export function wallClockCmsFields(labels: { readonly date: string; readonly dateHint?: string; readonly time: string; readonly timeHint?: string; readonly timeZone: string }): readonly DecapField[] {
  return cmsFields(wallClockSchema, [
    { name: 'date', label: labels.date, ...decapDayWidget, required: false, conditionallyRequired: true, ...(labels.dateHint ? { hint: labels.dateHint } : {}) },
    { name: 'time', label: labels.time, ...decapTimeWidget, required: false, ...(labels.timeHint ? { hint: labels.timeHint } : {}) },
    { name: 'timeZone', label: labels.timeZone, widget: 'string', default: programTimeZone, required: false, hint: 'America/Toronto = heure de l’Est (Québec).' },
  ]);
}

/** Position among siblings, smaller first; default 100 so new entries go last without renumbering. */
export const orderSchema = z.preprocess(emptyToUndefined, z.number().int().min(0).max(999).default(100));

/** Decap field for `order`, labelled for where the entry is listed. */
export function orderCmsField(label: string): DecapField<'order'> {
  return { name: 'order', label, widget: 'number', value_type: 'int', min: 0, max: 999, default: 100, required: false, i18n: 'duplicate' };
}

/** The https rule as a Decap `pattern` (the schema's `httpsUrlSchema` is the authority). */
export const httpsUrlCmsPattern = ['^https://[^\\s]+$', 'L’adresse doit commencer par https://'] as const;

/**
 * FAQ: one Markdown file per question and language, `content/faq/<lang>/<file>.md`.
 * The answer is the file's body. The anchor (`/fr/faq/#<id>`) is the file name
 * or the localized `slug`, and never changes once published.
 */
import { z } from 'astro/zod';
import { cmsFields, emptyToUndefined, markdownBodyField, optional, requiredText, slugSchema } from './shared';

/** FAQ categories, in display order. */
export const faqCategories = ['program', 'eligibility', 'application', 'selection', 'support'] as const;

/** A FAQ category. */
export type FaqCategory = (typeof faqCategories)[number];

/** A FAQ entry's frontmatter. */
export const faqSchema = z
  .object({
    /** The question, as an applicant would ask it. */
    question: requiredText(200),
    /** Category the question is listed under. */
    category: z.enum(faqCategories),
    /** Position within its category (smaller first). */
    order: z.preprocess(emptyToUndefined, z.number().int().min(0).max(999).default(100)),
    /** Localized anchor; defaults to the file name. */
    slug: optional(slugSchema),
    /** Key pairing FR and EN; defaults to the file name. */
    translationKey: optional(slugSchema),
    /** The other language's version is being written: the page shows a notice instead of failing the content check. */
    translationPending: z.preprocess((value) => value ?? undefined, z.boolean().default(false)),
    /** Marks an answer written for the demonstration, beyond the source article. */
    sample: z.preprocess((value) => value ?? undefined, z.boolean().default(false)),
  })
  .strict();

/** A FAQ entry after validation. */
export type FaqData = z.infer<typeof faqSchema>;

/** Decap fields for the FAQ, typed against the schema's keys. */
export const faqCmsFields = cmsFields(faqSchema, [
  { name: 'question', label: 'Question', widget: 'string', i18n: true },
  {
    name: 'category',
    label: 'Catégorie',
    widget: 'select',
    i18n: 'duplicate',
    options: [
      { label: 'Le programme', value: 'program' },
      { label: 'Admissibilité', value: 'eligibility' },
      { label: 'Candidature', value: 'application' },
      { label: 'Sélection', value: 'selection' },
      { label: 'Accompagnement', value: 'support' },
    ],
  },
  { name: 'order', label: 'Ordre dans la catégorie', widget: 'number', value_type: 'int', min: 0, max: 999, default: 100, required: false, i18n: 'duplicate' },
  { name: 'translationPending', label: 'Traduction à venir', widget: 'boolean', default: false, required: false, i18n: 'duplicate', hint: 'Cocher dans la langue publiée seule, le temps de rédiger l’autre version : la page affiche un avis au lieu de bloquer la publication.' },
]);

/** The answer, edited as the file's Markdown body. */
export const faqCmsBody = markdownBodyField('Réponse');

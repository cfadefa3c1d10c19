/**
 * FAQ: one Markdown file per question and language, `content/faq/<lang>/<file>.md`.
 * The answer is the file's body. The anchor (`/fr/faq/#<id>`) is the file name
 * or the localized `slug`, and never changes once published.
 */
import { z } from 'astro/zod';
import { localizedSlugSchema, orderCmsField, orderSchema, sampleSchema, translationKeySchema, translationPendingCmsField, translationPendingSchema } from '../fields/common';
import { cmsFields, markdownBodyField } from '../fields/decap';
import { requiredText } from '../fields/values';

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
    order: orderSchema,
    /** Localized anchor; defaults to the file name. */
    slug: localizedSlugSchema,
    /** Key pairing FR and EN; defaults to the file name. */
    translationKey: translationKeySchema,
    /** The other language's version is being written: the page shows a notice instead of failing the content check. */
    translationPending: translationPendingSchema,
    /** Marks an answer written for the demonstration, beyond the source article. */
    sample: sampleSchema,
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
  orderCmsField('Ordre dans la catégorie'),
  translationPendingCmsField,
]);

/** The answer, edited as the file's Markdown body. */
export const faqCmsBody = markdownBodyField('Réponse');

/**
 * Announcements: news and press releases, one Markdown file per language at
 * `content/announcements/<lang>/<file>.md`. The file name is shared by both
 * languages (that is how Decap pairs translations); the public URL slug is the
 * file name unless a localized `slug` is set.
 */
import type { SchemaContext } from 'astro/content/config';
import { z } from 'astro/zod';
import {
  localizedSlugCmsField,
  localizedSlugSchema,
  redirectFromCmsField,
  redirectFromSchema,
  sampleSchema,
  translationKeySchema,
  translationPendingCmsField,
  translationPendingSchema,
} from '../fields/common';
import { cmsFields, decapDayWidget, markdownBodyField, type DecapOption } from '../fields/decap';
import { optionalPublishAtSchema, publishAtCmsField } from '../fields/publish-at';
import { programFieldCmsOptions, programFields } from '../fields/program-fields';
import { pathImageContext } from '../image-paths';
import { emptyToUndefined, flag, isoDaySchema, list, optional, requiredText } from '../fields/values';

/** What an announcement is: journalists filter press releases apart. */
export const announcementKinds = ['news', 'press-release'] as const;

/** The program's fields, plus `program` for announcements about the program itself. */
export const announcementTopics = [...programFields, 'program'] as const;

/** A dated correction: a published announcement is never silently rewritten. */
export const correctionSchema = z
  .object({
    /** Day the correction was made. */
    date: isoDaySchema,
    /** What was wrong and what it now says, for the public. */
    note: requiredText(500),
  })
  .strict();

/** A correction note after validation. */
export type Correction = z.infer<typeof correctionSchema>;

/**
 * When an editor removes the image in the CMS, Decap keeps the object with an
 * empty file (`image: { src: "", alt: "…" }`): no file means no image.
 */
export function withoutFileIsNoImage(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && 'src' in value && emptyToUndefined(value.src) === undefined) return undefined;
  return value;
}

/*
 * Astro calls a collection's schema function once per entry (its `image()`
 * helper resolves paths relative to that entry), so everything that does not
 * depend on `image()` is built once here: rebuilding every field per entry was
 * a tenth of the content sync at 1,000 announcements per language.
 */

/** Fields before the image, in the order editors see them. */
const leadingFields = {
  /** Headline, also the page `<h1>` and the feed item title. */
  title: requiredText(140),
  /** One or two sentences for lists, feeds and the meta description. */
  summary: requiredText(300),
  /** Day of publication (`YYYY-MM-DD`); lists sort on it, newest first. */
  published: isoDaySchema,
  /** Day of the last meaningful edit, shown as "Mis à jour le…". */
  updated: optional(isoDaySchema),
  /** `news` or `press-release` (press releases also appear on the media page). */
  kind: z.enum(announcementKinds).default('news'),
  /** Fields the announcement is about; at least one. */
  topics: z.array(z.enum(announcementTopics)).min(1, { error: 'choisir au moins un domaine (choose at least one topic)' }),
};

/** Fields after the image. */
const trailingFields = {
  /** Localized URL slug; defaults to the file name. */
  slug: localizedSlugSchema,
  /** Old slugs in this language, each kept as a redirect to the current URL. */
  redirectFrom: redirectFromSchema,
  /** Key pairing FR and EN versions; defaults to the file name (shared by both languages). */
  translationKey: translationKeySchema,
  /**
   * Scheduled release (embargo): absent from every page, list, feed,
   * sitemap, search index and JSON until this instant. Empty: public as
   * soon as built. The site must be rebuilt at that time (docs/deploy.md).
   */
  publishAt: optionalPublishAtSchema,
  /** Dated corrections, shown on the page; required to explain an `updated` press release. */
  corrections: list(correctionSchema),
  /** A draft is published nowhere: no page, list, feed or search entry. */
  draft: flag(),
  /** The other language's version is being written: the page shows a notice instead of failing the content check. */
  translationPending: translationPendingSchema,
  /** Marks demonstration content written for this site, not taken from the source article. */
  sample: sampleSchema,
};

/** Rules across fields. */
function refineAnnouncement(data: { kind: (typeof announcementKinds)[number]; updated?: string | undefined; corrections: readonly Correction[] }, context: z.RefinementCtx): void {
  // A press release is a public record: a later edit must say what changed, with a date.
  if (data.kind === 'press-release' && data.updated !== undefined && !data.corrections.some((correction) => correction.date === data.updated)) {
    context.addIssue({
      code: 'custom',
      path: ['corrections'],
      message: `un communiqué mis à jour le ${data.updated} doit avoir une note de correction à cette date (an updated press release needs a correction note dated ${data.updated})`,
    });
  }
}

/** Builds the announcement schema; `image` comes from Astro's schema context (a path check outside Astro, see `schemaForFiles`). */
export function announcementSchema({ image }: SchemaContext) {
  return z
    .object({
      ...leadingFields,
      /** Optional illustration; alt text is required whenever an image is set. */
      image: z.preprocess(
        withoutFileIsNoImage,
        optional(
          z
            .object({
              /** Path relative to this file, into `content/media/`. */
              src: image(),
              /** Text alternative read by screen readers; required. */
              alt: requiredText(250),
            })
            .strict(),
        ),
      ),
      ...trailingFields,
    })
    .strict()
    .superRefine(refineAnnouncement);
}

/** An announcement's frontmatter after validation. */
export type AnnouncementData = z.infer<ReturnType<typeof announcementSchema>>;

/** Decap select options for kinds, labelled in French. */
const kindOptions: readonly DecapOption[] = [
  { label: 'Nouvelle', value: 'news' },
  { label: 'Communiqué de presse', value: 'press-release' },
];

/** Decap select options for topics, labelled in French. */
const topicOptions: readonly DecapOption[] = [...programFieldCmsOptions, { label: 'Programme', value: 'program' }];

/** Decap fields of a correction note. */
const correctionCmsFields = cmsFields(correctionSchema, [
  { name: 'date', label: 'Date de la correction', ...decapDayWidget },
  { name: 'note', label: 'Ce qui a été corrigé', widget: 'text', hint: 'Une phrase claire : ce qui était inexact et ce qui est maintenant indiqué.' },
]);

/** The Decap fields for announcements, typed against the schema's keys. */
export const announcementCmsFields = cmsFields(announcementSchema(pathImageContext()), [
  { name: 'title', label: 'Titre', widget: 'string', i18n: true, hint: '140 caractères au plus.' },
  { name: 'summary', label: 'Résumé', widget: 'text', i18n: true, hint: 'Une ou deux phrases, reprises dans les listes, les fils et les moteurs de recherche (300 caractères au plus).' },
  { name: 'published', label: 'Date de publication', ...decapDayWidget, i18n: 'duplicate' },
  { name: 'updated', label: 'Date de mise à jour', ...decapDayWidget, i18n: 'duplicate', required: false },
  { name: 'kind', label: 'Type', widget: 'select', options: kindOptions, default: 'news', i18n: 'duplicate' },
  { name: 'topics', label: 'Domaines', widget: 'select', multiple: true, min: 1, options: topicOptions, i18n: 'duplicate' },
  {
    name: 'image',
    label: 'Image',
    widget: 'object',
    required: false,
    i18n: true,
    collapsed: true,
    // Decap requires the children of an optional object even when it is left empty
    // (decaporg/decap-cms#7748), so both are optional here; the schema, which the admin
    // runs before publishing (src/cms/validation.ts), still requires the alt text
    // whenever an image is set.
    fields: [
      { name: 'src', label: 'Fichier image', widget: 'image', choose_url: false, required: false, i18n: 'duplicate' },
      { name: 'alt', label: 'Texte de remplacement', widget: 'string', required: false, conditionallyRequired: true, i18n: true, hint: 'Obligatoire dès qu’une image est choisie : décrire l’image pour les personnes qui ne la voient pas.' },
    ],
  },
  localizedSlugCmsField('Facultatif. Laisser vide pour garder l’adresse actuelle. Si vous la modifiez après publication, inscrivez l’ancienne dans « Anciennes adresses ».'),
  redirectFromCmsField,
  publishAtCmsField(
    'Publication programmée (embargo)',
    'Facultatif. L’annonce n’apparaîtra nulle part avant ce moment (pages, listes, fils, recherche). Pour un communiqué, c’est l’embargo affiché.',
  ),
  {
    name: 'corrections',
    label: 'Corrections',
    label_singular: 'correction',
    widget: 'list',
    required: false,
    i18n: true,
    summary: '{{fields.date}} — {{fields.note}}',
    hint: 'Un communiqué publié n’est jamais réécrit en silence : toute modification de fond s’accompagne d’une note datée.',
    fields: correctionCmsFields,
  },
  { name: 'draft', label: 'Brouillon (non publié)', widget: 'boolean', default: false, required: false, i18n: 'duplicate' },
  translationPendingCmsField,
]);

/** The Markdown body of an announcement, edited as the file's content. */
export const announcementCmsBody = markdownBodyField('Texte');

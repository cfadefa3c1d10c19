/**
 * Announcements: news and press releases, one Markdown file per language at
 * `content/announcements/<lang>/<file>.md`. The file name is shared by both
 * languages (that is how Decap pairs translations); the public URL slug is the
 * file name unless a localized `slug` is set.
 */
import { z } from 'astro/zod';
import { cmsFields, markdownBodyField, decapDayWidget, emptyToUndefined, isoDaySchema, optional, requiredText, slugSchema, type DecapOption } from './shared';

/** What an announcement is: journalists filter press releases apart. */
export const announcementKinds = ['news', 'press-release'] as const;

/** The program's fields, plus `program` for announcements about the program itself. */
export const announcementTopics = ['mixed-reality', 'cybersecurity', 'blockchain', 'program'] as const;

/** Astro's `image()` helper, or a stand-in (`() => z.string()`) in unit tests. */
export interface ImageContext<Image extends z.ZodType> {
  /** Resolves a path relative to the entry into a sharp-processed image. */
  readonly image: () => Image;
}

/**
 * When an editor removes the image in the CMS, Decap keeps the object with an
 * empty file (`image: { src: "", alt: "…" }`): no file means no image.
 */
export function withoutFileIsNoImage(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && 'src' in value && emptyToUndefined(value.src) === undefined) return undefined;
  return value;
}

/** Builds the announcement schema; `image` comes from Astro's schema context. */
export function announcementSchema<Image extends z.ZodType>({ image }: ImageContext<Image>) {
  return z
    .object({
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
      /** Localized URL slug; defaults to the file name. */
      slug: optional(slugSchema),
      /** Key pairing FR and EN versions; defaults to the file name (shared by both languages). */
      translationKey: optional(slugSchema),
      /** A draft is published nowhere: no page, list, feed or search entry. */
      draft: z.preprocess((value) => value ?? undefined, z.boolean().default(false)),
      /** Marks demonstration content written for this site, not taken from the source article. */
      sample: z.preprocess((value) => value ?? undefined, z.boolean().default(false)),
    })
    .strict();
}

/** An announcement's frontmatter after validation. */
export type AnnouncementData = z.infer<ReturnType<typeof announcementSchema>>;

/** Decap select options for kinds, labelled in French. */
const kindOptions: readonly DecapOption[] = [
  { label: 'Nouvelle', value: 'news' },
  { label: 'Communiqué de presse', value: 'press-release' },
];

/** Decap select options for topics, labelled in French. */
const topicOptions: readonly DecapOption[] = [
  { label: 'Réalité mixte', value: 'mixed-reality' },
  { label: 'Cybersécurité', value: 'cybersecurity' },
  { label: 'Chaînes de blocs', value: 'blockchain' },
  { label: 'Programme', value: 'program' },
];

/** The Decap fields for announcements, typed against the schema's keys. */
export const announcementCmsFields = cmsFields(announcementSchema({ image: () => z.string() }), [
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
    // runs before publishing (src/lib/cms-validation.ts), still requires the alt text
    // whenever an image is set.
    fields: [
      { name: 'src', label: 'Fichier image', widget: 'image', choose_url: false, required: false, i18n: 'duplicate' },
      { name: 'alt', label: 'Texte de remplacement', widget: 'string', required: false, i18n: true, hint: 'Obligatoire dès qu’une image est choisie : décrire l’image pour les personnes qui ne la voient pas.' },
    ],
  },
  { name: 'slug', label: 'Adresse (slug) dans cette langue', widget: 'string', required: false, i18n: true, hint: 'Facultatif. Laisser vide pour garder l’adresse actuelle. Ne pas modifier après publication.', pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', 'Lettres minuscules sans accents, chiffres et traits d’union seulement.'] },
  { name: 'draft', label: 'Brouillon (non publié)', widget: 'boolean', default: false, required: false, i18n: 'duplicate' },
]);

/** The Markdown body of an announcement, edited as the file's content. */
export const announcementCmsBody = markdownBodyField('Texte');

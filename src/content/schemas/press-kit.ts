/**
 * Press kit: logos, photos and illustrations journalists may reuse, one
 * Markdown file per item and language, `content/press-kit/<lang>/<file>.md`.
 * The image itself lives in `content/media/`; the media page shows a
 * sharp-processed thumbnail and offers a web-size and the original download,
 * with file type and size, alt text, credit and licence.
 */
import type { SchemaContext } from 'astro/content/config';
import { z } from 'astro/zod';
import { httpsUrlCmsPattern, orderCmsField, orderSchema, sampleSchema, translationKeySchema } from '../fields/common';
import { cmsFields, markdownBodyField, type DecapOption } from '../fields/decap';
import { httpsUrlSchema, optional, requiredText } from '../fields/values';
import { pathImageContext } from '../image-paths';

/** What an item is; the media page groups items by kind, in this order. */
export const pressKitKinds = ['logo', 'photo', 'illustration'] as const;

/** A press kit item's kind. */
export type PressKitKind = (typeof pressKitKinds)[number];

/** Builds the press kit schema; `image` comes from Astro's schema context. */
export function pressKitSchema({ image }: SchemaContext) {
  return z
    .object({
      /** Name of the item as journalists see it ("Logo du programme, couleur"). */
      title: requiredText(120),
      /** `logo`, `photo` or `illustration`. */
      kind: z.enum(pressKitKinds),
      /** The original file, relative to this entry, into `content/media/` (PNG, JPEG or WebP). */
      file: image(),
      /** Text alternative of the image, read by screen readers; required. */
      alt: requiredText(250),
      /** Who must be credited ("Photo : Le CAMP"). */
      credit: requiredText(200),
      /** Terms of reuse, in plain words ("Usage éditorial libre, mention obligatoire"). */
      licence: requiredText(300),
      /** Optional link to the licence text (https). */
      licenceUrl: optional(httpsUrlSchema),
      /** Position within its kind (smaller first); default 100. */
      order: orderSchema,
      /** Key pairing FR and EN; defaults to the file name. It also names the download files. */
      translationKey: translationKeySchema,
      /** Marks an item made for the demonstration (not an official image). */
      sample: sampleSchema,
    })
    .strict();
}

/** A press kit item's frontmatter after validation. */
export type PressKitData = z.infer<ReturnType<typeof pressKitSchema>>;

/** Decap select options for kinds, labelled in French. */
const kindOptions: readonly DecapOption[] = [
  { label: 'Logo', value: 'logo' },
  { label: 'Photo', value: 'photo' },
  { label: 'Illustration', value: 'illustration' },
];

/** The Decap fields for the press kit, typed against the schema's keys. */
export const pressKitCmsFields = cmsFields(pressKitSchema(pathImageContext()), [
  { name: 'title', label: 'Titre', widget: 'string', i18n: true, hint: '120 caractères au plus.' },
  { name: 'kind', label: 'Type', widget: 'select', options: kindOptions, i18n: 'duplicate' },
  { name: 'file', label: 'Fichier original', widget: 'image', choose_url: false, i18n: 'duplicate', hint: 'PNG, JPEG ou WebP, dans sa meilleure qualité : le site crée lui-même la version Web et la vignette.' },
  { name: 'alt', label: 'Texte de remplacement', widget: 'string', i18n: true, hint: 'Décrire l’image pour les personnes qui ne la voient pas. Obligatoire.' },
  { name: 'credit', label: 'Mention de source (crédit)', widget: 'string', i18n: true, hint: 'Par exemple « Photo : Le CAMP ».' },
  { name: 'licence', label: 'Licence ou conditions d’utilisation', widget: 'string', i18n: true, hint: 'Par exemple « Usage éditorial libre, mention de source obligatoire ».' },
  { name: 'licenceUrl', label: 'Lien vers le texte de la licence', widget: 'string', required: false, i18n: 'duplicate', hint: 'Facultatif. Doit commencer par https://', pattern: httpsUrlCmsPattern },
  orderCmsField('Ordre dans le type'),
]);

/** Optional usage notes or caption, edited as the file's Markdown body. */
export const pressKitCmsBody = markdownBodyField('Légende ou notes d’utilisation', 'Quelques mots affichés sous la vignette : ce que montre l’image, comment l’utiliser.', false);

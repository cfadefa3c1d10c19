/**
 * Standing pages (about, contact, accessibility statement, privacy): one
 * Markdown file per page and language, `content/pages/<lang>/<file>.md`,
 * published at `/<lang>/<slug>/`.
 */
import { z } from 'astro/zod';
import {
  changesCmsField,
  changesSchema,
  localizedSlugCmsField,
  localizedSlugSchema,
  redirectFromCmsField,
  redirectFromSchema,
  sampleSchema,
  translationKeySchema,
  translationPendingCmsField,
  translationPendingSchema,
} from '../fields/common';
import { cmsFields, markdownBodyField } from '../fields/decap';
import { requiredText } from '../fields/values';

/** The role a page plays; the footer and the contact blocks link pages by role. */
export const pageRoles = ['about', 'contact', 'accessibility', 'privacy', 'other'] as const;

/** A page role. */
export type PageRole = (typeof pageRoles)[number];

/** A page's frontmatter. */
export const pageSchema = z
  .object({
    /** Page title and `<h1>`. */
    title: requiredText(140),
    /** One-sentence summary for the meta description and search results. */
    summary: requiredText(300),
    /** What the page is for; `other` pages are linked from nowhere automatically. */
    role: z.enum(pageRoles).default('other'),
    /** Localized URL slug; defaults to the file name. */
    slug: localizedSlugSchema,
    /** Old slugs in this language, each kept as a redirect to the current URL. */
    redirectFrom: redirectFromSchema,
    /** Key pairing FR and EN; defaults to the file name. */
    translationKey: translationKeySchema,
    /** Dated change notes; major ones move the visible "last updated" date. */
    changes: changesSchema,
    /** The other language's version is being written: the page shows a notice instead of failing the content check. */
    translationPending: translationPendingSchema,
    /** Marks demonstration content. */
    sample: sampleSchema,
  })
  .strict();

/** A page after validation. */
export type PageData = z.infer<typeof pageSchema>;

/** Decap fields for pages, typed against the schema's keys. */
export const pageCmsFields = cmsFields(pageSchema, [
  { name: 'title', label: 'Titre', widget: 'string', i18n: true },
  { name: 'summary', label: 'Résumé', widget: 'text', i18n: true },
  localizedSlugCmsField('Éviter de la modifier après publication ; sinon, inscrire l’ancienne dans « Anciennes adresses ».'),
  redirectFromCmsField,
  {
    name: 'role',
    label: 'Rôle de la page',
    widget: 'select',
    i18n: 'duplicate',
    default: 'other',
    options: [
      { label: 'À propos', value: 'about' },
      { label: 'Nous joindre', value: 'contact' },
      { label: 'Accessibilité', value: 'accessibility' },
      { label: 'Confidentialité', value: 'privacy' },
      { label: 'Autre', value: 'other' },
    ],
  },
  changesCmsField,
  translationPendingCmsField,
]);

/** The page's text, edited as the file's Markdown body. */
export const pageCmsBody = markdownBodyField('Contenu');

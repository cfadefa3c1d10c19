/**
 * The cohort: the startups selected by the program, one Markdown file per
 * startup and language at `content/cohort/<lang>/<file>.md`, paired by file
 * name like announcements. Nothing of an entry is published before the
 * results are announced: the instant of the results key date, or the entry's
 * own `publishAt` if later (the rule is `src/domain/cohort.ts`). Entries of a
 * later edition than the current one (settings) stay unpublished.
 */
import type { SchemaContext } from 'astro/content/config';
import { z } from 'astro/zod';
import { httpsUrlCmsPattern, localizedSlugCmsField, pairedEntryFields, redirectFromCmsField, translationPendingCmsField } from '../fields/common';
import { cmsFields } from '../fields/decap';
import { editionCmsField, editionSchema, programFieldCmsOptions, programFields } from '../fields/program-fields';
import { optionalPublishAtSchema, publishAtCmsField } from '../fields/publish-at';
import { flag, httpsUrlSchema, list, optional, optionalGroup, requiredText } from '../fields/values';
import { pathImageContext } from '../image-paths';

/**
 * A quote attributed to a named person of the startup. Never invent one:
 * only words the person said or wrote and agreed to publish.
 */
export const cohortQuoteSchema = z
  .object({
    /** The words, without quotation marks (the page adds « »). */
    text: requiredText(400),
    /** Who said it ("Marie Tremblay"). */
    author: requiredText(120),
    /** Their role ("cofondatrice et présidente"). */
    role: optional(requiredText(120)),
  })
  .strict();

/** Fields that do not depend on Astro's `image()`, built once (Astro calls the schema per entry). */
const textFields = {
  /** The startup's name, as it writes it; the page `<h1>`. */
  name: requiredText(120),
  /** The program field it was selected in. */
  field: z.enum(programFields, { error: 'domaine inconnu : réalité mixte, cybersécurité ou chaînes de blocs (unknown field)' }),
  /** One paragraph: what the startup does, for lists, search and the meta description. */
  description: requiredText(600),
  /** Where it is based ("Québec", "Lévis"). */
  city: requiredText(80),
  /** Its website; `https://` only. */
  website: httpsUrlSchema,
};

/** Fields after the logo. */
const trailingFields = {
  /** Founders' names as they write them, in the order they choose; optional. */
  founders: list(requiredText(120)),
  /** An optional quote, attributed (see `cohortQuoteSchema`). */
  quote: optionalGroup(cohortQuoteSchema, ['text', 'author', 'role']),
  /** The program edition the startup belongs to (`2027`); earlier editions stay in an archive. */
  edition: editionSchema,
  /**
   * Publication later than the results announcement (a startup announced
   * separately). Empty: published with the results, never before them.
   */
  publishAt: optionalPublishAtSchema,
  /** A draft is published nowhere. */
  draft: flag(),
  /** Slug, old slugs, translation key, « Traduction à venir », and `sample` for an illustrative startup. */
  ...pairedEntryFields,
};

/** Builds the cohort schema; `image` comes from Astro's schema context (a path check outside Astro). */
export function cohortSchema({ image }: SchemaContext) {
  return z
    .object({
      ...textFields,
      /** The startup's logo (PNG, JPEG or WebP; sharp makes the sizes), its text alternative and credit. */
      logo: z
        .object({
          /** Path relative to this file, into `content/media/`. */
          src: image(),
          /** Text alternative read by screen readers; required. */
          alt: requiredText(250),
          /** Credit shown with the downloadable logo; default: the startup's name. */
          credit: optional(requiredText(200)),
        })
        .strict(),
      ...trailingFields,
    })
    .strict();
}

/** A cohort entry's frontmatter after validation. */
export type CohortData = z.infer<ReturnType<typeof cohortSchema>>;

/** The Decap fields for the cohort, typed against the schema's keys. */
export const cohortCmsFields = cmsFields(cohortSchema(pathImageContext()), [
  { name: 'name', label: 'Nom de l’entreprise', widget: 'string', i18n: true, hint: 'Tel que l’entreprise l’écrit. 120 caractères au plus.' },
  { name: 'field', label: 'Domaine', widget: 'select', options: programFieldCmsOptions, i18n: 'duplicate' },
  { name: 'description', label: 'Description', widget: 'text', i18n: true, hint: 'Un paragraphe : ce que fait l’entreprise (600 caractères au plus). Repris dans les listes et les résultats de recherche.' },
  { name: 'city', label: 'Ville', widget: 'string', i18n: true },
  { name: 'website', label: 'Site Web', widget: 'string', i18n: 'duplicate', hint: 'Doit commencer par https://', pattern: httpsUrlCmsPattern },
  {
    name: 'logo',
    label: 'Logo',
    widget: 'object',
    i18n: true,
    fields: [
      { name: 'src', label: 'Fichier du logo', widget: 'image', choose_url: false, i18n: 'duplicate', hint: 'PNG, JPEG ou WebP, dans sa meilleure qualité : le site crée lui-même les autres tailles.' },
      { name: 'alt', label: 'Texte de remplacement', widget: 'string', i18n: true, hint: 'Obligatoire. Par exemple « Logo de (nom de l’entreprise) ».' },
      { name: 'credit', label: 'Mention de source (crédit)', widget: 'string', required: false, i18n: true, hint: 'Facultatif. Vide : le nom de l’entreprise.' },
    ],
  },
  { name: 'founders', label: 'Fondatrices et fondateurs', label_singular: 'nom', widget: 'list', required: false, i18n: true, field: { name: 'name', label: 'Nom', widget: 'string' } },
  {
    name: 'quote',
    label: 'Citation',
    widget: 'object',
    required: false,
    i18n: true,
    collapsed: true,
    hint: 'Facultatif. Uniquement des propos réellement tenus par la personne nommée, avec son accord.',
    // Decap requires the children of an optional object even when it is left empty (decaporg/decap-cms#7748);
    // the schema, run before publishing (src/cms/validation.ts), requires the text and the author once one is filled.
    fields: [
      { name: 'text', label: 'Propos (sans guillemets)', widget: 'text', required: false, conditionallyRequired: true, i18n: true, hint: 'Obligatoire dès qu’une citation est donnée.' },
      { name: 'author', label: 'Personne citée', widget: 'string', required: false, conditionallyRequired: true, i18n: true, hint: 'Obligatoire dès qu’une citation est donnée.' },
      { name: 'role', label: 'Fonction', widget: 'string', required: false, i18n: true },
    ],
  },
  editionCmsField('edition', 'Édition (année)', 'L’année de l’annonce des résultats, p. ex. 2027.', true),
  localizedSlugCmsField('Facultatif. Laisser vide pour garder l’adresse actuelle. Si vous la modifiez après publication, inscrivez l’ancienne dans « Anciennes adresses ».'),
  redirectFromCmsField,
  publishAtCmsField(
    'Publication après l’annonce des résultats',
    'Facultatif. La jeune pousse n’apparaît jamais avant l’annonce des résultats (date clé « Annonce des résultats ») ; ce champ la retient plus tard encore.',
  ),
  { name: 'draft', label: 'Brouillon (non publié)', widget: 'boolean', default: false, required: false, i18n: 'duplicate' },
  translationPendingCmsField,
]);

/**
 * The collections table: every collection declared once, with its folder,
 * file format, Zod schema, Decap fields and CMS settings. Everything else is
 * derived from it: Astro's collections (`src/content.config.ts` via
 * `loaders.ts`), the Decap configuration (`src/cms/config.ts`), the admin's
 * pre-publish check (`src/cms/validation.ts`), the editors' content check
 * (`check.ts`) and the folder map below. Adding a collection means writing its
 * schema module and adding one entry here (see docs/content-model.md).
 */
import type { SchemaContext } from 'astro/content/config';
import type { z } from 'astro/zod';
import type { CmsCollectionSettings, DecapField } from './fields/decap';
import { programFieldCmsOptions } from './fields/program-fields';
import { announcementCmsBody, announcementCmsFields, announcementSchema } from './schemas/announcements';
import { cohortCmsFields, cohortSchema } from './schemas/cohort';
import { criteriaCmsBody, criteriaCmsFields, criteriaSchema } from './schemas/criteria';
import { faqCmsBody, faqCmsFields, faqSchema } from './schemas/faq';
import { keyDateCmsFields, keyDateSchema } from './schemas/key-dates';
import { pageCmsBody, pageCmsFields, pageSchema } from './schemas/pages';
import { pressKitCmsBody, pressKitCmsFields, pressKitSchema } from './schemas/press-kit';
import { settingsCmsFields, settingsSchema } from './schemas/settings';

/** Everything a consumer needs to know about one collection. */
export interface CollectionSpec<Schema extends z.ZodType = z.ZodType> {
  /** Folder under `content/`; entries are `<folder>/<lang>/<file>.<md|yml>`. */
  readonly folder: string;
  /** `markdown`: YAML frontmatter and a Markdown body (`.md`); `yaml`: data only (`.yml`). */
  readonly format: 'markdown' | 'yaml';
  /**
   * Builds the schema. Astro passes its `image()` helper (paths resolved and
   * processed by sharp); outside a build, `pathImageContext` stands in.
   */
  readonly schema: (context: SchemaContext) => Schema;
  /** The Decap fields of the frontmatter (or of the YAML file), typed against the schema. */
  readonly fields: readonly DecapField[];
  /** The Decap field of the Markdown body; absent when the body is unused. */
  readonly body?: DecapField<'body'> | undefined;
  /**
   * `many`: editors create and delete entries, one file each. `{ single }`:
   * one document per language, in the file named `single` (Decap's i18n file
   * collections only support one file for all languages, decaporg/decap-cms#5280).
   */
  readonly entries: 'many' | { readonly single: string };
  /** Whether every entry must exist in every language (paired by file name or translation key). */
  readonly paired: boolean;
  /** Labels and list settings editors see in the CMS. */
  readonly cms: CmsCollectionSettings;
}

/** Declares a collection, keeping its schema's type for `astro:content`. */
export function collection<Schema extends z.ZodType>(spec: CollectionSpec<Schema>): CollectionSpec<Schema> {
  return spec;
}

/** Every collection, in the order editors see them in the CMS. */
export const collectionTable = {
  announcements: collection({
    folder: 'announcements',
    format: 'markdown',
    schema: announcementSchema,
    fields: announcementCmsFields,
    body: announcementCmsBody,
    entries: 'many',
    paired: true,
    cms: {
      label: 'Annonces',
      label_singular: 'annonce',
      description: 'Nouvelles et communiqués de presse. Le français à gauche, l’anglais à droite : les deux sont nécessaires pour publier (« Fill in from another locale » recopie le français).',
      identifier_field: 'title',
      summary: '{{published}} — {{title}}',
      sortable_fields: [{ field: 'published', default_sort: 'desc' }, 'title'],
      view_filters: [
        { label: 'Communiqués de presse', field: 'kind', pattern: 'press-release' },
        { label: 'Brouillons', field: 'draft', pattern: true },
      ],
    },
  }),
  criteria: collection({
    folder: 'criteria',
    format: 'markdown',
    schema: () => criteriaSchema,
    fields: criteriaCmsFields,
    body: criteriaCmsBody,
    entries: { single: 'criteres' },
    paired: true,
    cms: {
      label: 'Critères',
      label_singular: 'critères',
      description: 'Les critères d’admissibilité et de sélection, avec leur historique des changements.',
      summary: '{{title}}',
    },
  }),
  keyDates: collection({
    folder: 'key-dates',
    format: 'markdown',
    schema: () => keyDateSchema,
    fields: keyDateCmsFields,
    entries: 'many',
    paired: true,
    cms: {
      label: 'Dates clés',
      label_singular: 'date clé',
      description: 'Dates et heures du programme, telles qu’elles doivent s’afficher (heure de l’Est par défaut).',
      identifier_field: 'label',
      summary: '{{date}} {{time}} — {{label}}',
      sortable_fields: [{ field: 'date', default_sort: 'asc' }, 'label'],
    },
  }),
  faq: collection({
    folder: 'faq',
    format: 'markdown',
    schema: () => faqSchema,
    fields: faqCmsFields,
    body: faqCmsBody,
    entries: 'many',
    paired: true,
    cms: {
      label: 'FAQ',
      label_singular: 'question',
      description: 'Une question et sa réponse par fiche, classées par catégorie.',
      identifier_field: 'question',
      summary: '{{question}}',
      sortable_fields: ['question', 'category'],
    },
  }),
  pages: collection({
    folder: 'pages',
    format: 'markdown',
    schema: () => pageSchema,
    fields: pageCmsFields,
    body: pageCmsBody,
    entries: 'many',
    paired: true,
    cms: {
      label: 'Pages',
      label_singular: 'page',
      description: 'Pages permanentes : à propos, nous joindre, accessibilité, confidentialité.',
      identifier_field: 'title',
      summary: '{{title}}',
      sortable_fields: ['title'],
    },
  }),
  pressKit: collection({
    folder: 'press-kit',
    format: 'markdown',
    schema: pressKitSchema,
    fields: pressKitCmsFields,
    body: pressKitCmsBody,
    entries: 'many',
    paired: true,
    cms: {
      label: 'Trousse média',
      label_singular: 'élément de la trousse média',
      description: 'Logos et photos offerts aux médias, avec texte de remplacement, crédit et licence.',
      identifier_field: 'title',
      summary: '{{title}}',
      sortable_fields: ['title'],
    },
  }),
  cohort: collection({
    folder: 'cohort',
    format: 'markdown',
    schema: cohortSchema,
    fields: cohortCmsFields,
    entries: 'many',
    paired: true,
    cms: {
      label: 'Cohorte',
      label_singular: 'jeune pousse retenue',
      description: 'Les jeunes pousses retenues, une fiche par entreprise. Elles n’apparaissent nulle part sur le site avant l’annonce des résultats (date clé « Annonce des résultats ») : on peut les préparer à l’avance.',
      identifier_field: 'name',
      summary: '{{edition}} — {{name}}',
      sortable_fields: [{ field: 'edition', default_sort: 'desc' }, 'name', 'field'],
      view_filters: programFieldCmsOptions.map((option) => ({ label: option.label, field: 'field', pattern: option.value })),
    },
  }),
  settings: collection({
    folder: 'settings',
    format: 'yaml',
    schema: () => settingsSchema,
    fields: settingsCmsFields,
    entries: { single: 'site' },
    paired: true,
    cms: {
      label: 'Réglages du site',
      label_singular: 'réglages',
      description: 'Nom du programme, chiffres clés, adresse du formulaire de candidature et coordonnées.',
      summary: '{{programName}}',
    },
  }),
};

/** The collections table's type; functions deriving from a table accept any table of this shape (tests pass fixture tables). */
export type CollectionTable = Readonly<Record<string, CollectionSpec>>;

/** A collection's name, as used by `astro:content` and Decap. */
export type CollectionName = keyof typeof collectionTable;

/** The table's collections as `[name, spec]` pairs, in table order. */
export function collectionEntries<Table extends CollectionTable>(table: Table): [keyof Table & string, CollectionSpec][] {
  return Object.entries(table) as [keyof Table & string, CollectionSpec][];
}

/** Folder of each collection of `table` under `content/` (`keyDates` → `key-dates`). */
export function foldersOf<Table extends CollectionTable>(table: Table): Readonly<Record<keyof Table & string, string>> {
  return Object.fromEntries(collectionEntries(table).map(([name, spec]) => [name, spec.folder])) as Record<keyof Table & string, string>;
}

/** Folder of each of the site's collections under `content/`. */
export const contentFolders = foldersOf(collectionTable);

/** The file extension of a collection's entries, without the dot. */
export function fileExtension(spec: Pick<CollectionSpec, 'format'>): 'md' | 'yml' {
  return spec.format === 'markdown' ? 'md' : 'yml';
}

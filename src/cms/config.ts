/**
 * The Decap CMS configuration, assembled from the same modules the site is
 * built from: field lists from `src/content/schemas/`, folders from
 * `content-paths.ts`, locales from `src/i18n/locales.ts`. There is no
 * hand-kept `config.yml`; the admin page serialises `buildCmsConfig()` at
 * build time and `admin/cms.ts` hands it to `CMS.init`.
 *
 * Pure: every input is an argument, so the contract test can build the exact
 * configuration the admin uses.
 */
import { announcementCmsBody, announcementCmsFields } from '../content/schemas/announcements';
import { criteriaCmsBody, criteriaCmsFields } from '../content/schemas/criteria';
import { faqCmsBody, faqCmsFields } from '../content/schemas/faq';
import { keyDateCmsFields } from '../content/schemas/key-dates';
import { pageCmsBody, pageCmsFields } from '../content/schemas/pages';
import { pressKitCmsBody, pressKitCmsFields } from '../content/schemas/press-kit';
import { settingsCmsFields } from '../content/schemas/settings';
import type { DecapField } from '../content/schemas/shared';
import { defaultLocale, localeCodes } from '../i18n/locales';
import type { CmsPublishMode, DecapBackend } from './backend';
import { contentFolders, type CollectionName } from '../content/paths';

/** Port `decap-server` listens on when none is given (Decap's own default). */
export const defaultCmsProxyPort = 8081;

/** Where uploads are stored, relative to the repository root. */
export const cmsMediaFolder = `content/${contentFolders.media}`;

/**
 * How an entry file refers to an upload. Every CMS-edited file sits at
 * `content/<collection>/<lang>/<file>`, two folders below `content/`, so
 * `../../media/x.jpg` is the upload as seen from the entry: the path Astro's
 * `image()` and Markdown images resolve and hand to sharp (never `public/`).
 */
export const cmsPublicFolder = `../../${contentFolders.media}`;

/** A Decap collection as this project configures it: always a folder, always bilingual. */
export interface DecapCollection {
  /** Same name as the Astro collection. */
  readonly name: CollectionName;
  readonly label: string;
  readonly label_singular: string;
  readonly description: string;
  /** `content/<folder>`; entries are `<folder>/<lang>/<file>.<extension>`. */
  readonly folder: string;
  readonly extension: 'md' | 'yml';
  readonly format: 'frontmatter' | 'yml';
  /** Inherits the top-level `i18n` block. */
  readonly i18n: true;
  readonly create: boolean;
  readonly delete: boolean;
  /** File name template for new entries (`{{slug}}`: the identifier field, slugified). */
  readonly slug?: string;
  /** Field the file name is made from. */
  readonly identifier_field?: string;
  /** Line shown for each entry in the collection list. */
  readonly summary?: string;
  readonly sortable_fields?: readonly (string | { readonly field: string; readonly default_sort: 'asc' | 'desc' })[];
  readonly view_filters?: readonly { readonly label: string; readonly field: string; readonly pattern: string | boolean }[];
  readonly fields: readonly DecapField[];
}

/** The whole configuration handed to `CMS.init({ config })`. */
export interface DecapConfig {
  /** The configuration is complete here: Decap must not fetch a `config.yml`. */
  readonly load_config_file: false;
  readonly backend: DecapBackend;
  readonly publish_mode: CmsPublishMode;
  /** The local proxy, used only when the admin is opened on a loopback host. */
  readonly local_backend: { readonly url: string; readonly allowed_hosts: readonly string[] };
  /** Decap's interface language. */
  readonly locale: 'fr';
  readonly site_url?: string;
  readonly display_url?: string;
  readonly show_preview_links: false;
  readonly media_folder: string;
  readonly public_folder: string;
  readonly slug: { readonly encoding: 'ascii'; readonly clean_accents: true; readonly sanitize_replacement: '-' };
  readonly i18n: { readonly structure: 'multiple_folders'; readonly locales: readonly string[]; readonly default_locale: string };
  readonly collections: readonly DecapCollection[];
}

/** What varies between deployments; everything else comes from the content modules. */
export interface CmsConfigOptions {
  /** Production backend, from `chooseCmsBackend()`. */
  readonly backend: DecapBackend;
  /** Production publish mode, from `chooseCmsBackend()`. */
  readonly publishMode: CmsPublishMode;
  /** Port of the local `decap-server`; default 8081. */
  readonly proxyPort?: number | undefined;
  /** Public address of the site, for the "view site" link. */
  readonly siteUrl?: string | undefined;
}

/** Hosts on which the admin looks for the local proxy: loopback only, never a public address. */
export const cmsLocalHosts: readonly string[] = ['127.0.0.1', 'localhost'];

/** Content folder of a collection, relative to the repository root. */
function folderOf(name: CollectionName): string {
  return `content/${contentFolders[name]}`;
}

/** A Markdown collection where editors create entries, one file per entry and language. */
function markdownCollection(
  name: CollectionName,
  settings: Omit<DecapCollection, 'name' | 'folder' | 'extension' | 'format' | 'i18n' | 'create' | 'delete' | 'slug'>,
): DecapCollection {
  return { name, folder: folderOf(name), extension: 'md', format: 'frontmatter', i18n: true, create: true, delete: true, slug: '{{slug}}', ...settings };
}

/**
 * A collection holding exactly one document per language (criteria, settings).
 * Decap limits i18n *file* collections to the `single_file` structure
 * (decaporg/decap-cms#5280), so these are folder collections that hold one
 * entry and allow neither creating nor deleting.
 */
function singleEntryCollection(
  name: CollectionName,
  format: { readonly extension: 'md'; readonly format: 'frontmatter' } | { readonly extension: 'yml'; readonly format: 'yml' },
  settings: Pick<DecapCollection, 'label' | 'label_singular' | 'description' | 'fields' | 'summary'>,
): DecapCollection {
  return { name, folder: folderOf(name), ...format, i18n: true, create: false, delete: false, ...settings };
}

/** Every collection of the site, in the order editors see them. */
export function buildCmsCollections(): DecapCollection[] {
  return [
    markdownCollection('announcements', {
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
      fields: [...announcementCmsFields, announcementCmsBody],
    }),
    singleEntryCollection('criteria', { extension: 'md', format: 'frontmatter' }, {
      label: 'Critères',
      label_singular: 'critères',
      description: 'Les critères d’admissibilité et de sélection, avec leur historique des changements.',
      summary: '{{title}}',
      fields: [...criteriaCmsFields, criteriaCmsBody],
    }),
    markdownCollection('keyDates', {
      label: 'Dates clés',
      label_singular: 'date clé',
      description: 'Dates et heures du programme, telles qu’elles doivent s’afficher (heure de l’Est par défaut).',
      identifier_field: 'label',
      summary: '{{date}} {{time}} — {{label}}',
      sortable_fields: [{ field: 'date', default_sort: 'asc' }, 'label'],
      fields: keyDateCmsFields,
    }),
    markdownCollection('faq', {
      label: 'FAQ',
      label_singular: 'question',
      description: 'Une question et sa réponse par fiche, classées par catégorie.',
      identifier_field: 'question',
      summary: '{{question}}',
      sortable_fields: ['question', 'category'],
      fields: [...faqCmsFields, faqCmsBody],
    }),
    markdownCollection('pages', {
      label: 'Pages',
      label_singular: 'page',
      description: 'Pages permanentes : à propos, nous joindre, accessibilité, confidentialité.',
      identifier_field: 'title',
      summary: '{{title}}',
      sortable_fields: ['title'],
      fields: [...pageCmsFields, pageCmsBody],
    }),
    markdownCollection('pressKit', {
      label: 'Trousse média',
      label_singular: 'élément de la trousse média',
      description: 'Logos et photos offerts aux médias, avec texte de remplacement, crédit et licence.',
      identifier_field: 'title',
      summary: '{{title}}',
      sortable_fields: ['title'],
      fields: [...pressKitCmsFields, pressKitCmsBody],
    }),
    singleEntryCollection('settings', { extension: 'yml', format: 'yml' }, {
      label: 'Réglages du site',
      label_singular: 'réglages',
      description: 'Nom du programme, chiffres clés, adresse du formulaire de candidature et coordonnées.',
      summary: '{{programName}}',
      fields: settingsCmsFields,
    }),
  ];
}

/** The complete Decap configuration for `options`. */
export function buildCmsConfig(options: CmsConfigOptions): DecapConfig {
  const proxyPort = options.proxyPort ?? defaultCmsProxyPort;
  if (!Number.isInteger(proxyPort) || proxyPort < 1 || proxyPort > 65_535) {
    throw new Error(`port du serveur local Decap invalide : ${proxyPort} (invalid decap-server port)`);
  }
  return {
    load_config_file: false,
    backend: options.backend,
    publish_mode: options.publishMode,
    local_backend: { url: `http://127.0.0.1:${proxyPort}/api/v1`, allowed_hosts: cmsLocalHosts },
    locale: 'fr',
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    show_preview_links: false,
    media_folder: cmsMediaFolder,
    public_folder: cmsPublicFolder,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: [...localeCodes], default_locale: defaultLocale },
    collections: buildCmsCollections(),
  };
}

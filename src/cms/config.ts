/**
 * The Decap CMS configuration, assembled from the collections table
 * (`src/content/collections.ts`: folders, formats, fields, labels) and the
 * locales (`src/i18n/locales.ts`). There is no hand-kept `config.yml`; the
 * admin page serialises `buildCmsConfig()` at build time and `admin/cms.ts`
 * hands it to `CMS.init`.
 *
 * Pure: every input is an argument, so the contract test can build the exact
 * configuration the admin uses, and a fixture table proves a new collection
 * reaches the CMS.
 */
import { collectionEntries, collectionTable, fileExtension, type CollectionName, type CollectionSpec, type CollectionTable } from '../content/collections';
import type { CmsCollectionSettings, DecapField } from '../content/fields/decap';
import { contentRoot, mediaFolder } from '../content/paths';
import { defaultLocale, localeCodes } from '../i18n/locales';
import { adminLogoUrl } from './admin-logo';
import type { CmsPublishMode, DecapBackend } from './backend';

/** Port `decap-server` listens on when none is given (Decap's own default). */
export const defaultCmsProxyPort = 8081;

/** Where uploads are stored, relative to the repository root. */
export const cmsMediaFolder = `${contentRoot}/${mediaFolder}`;

/**
 * How an entry file refers to an upload. Every CMS-edited file sits at
 * `content/<collection>/<lang>/<file>`, two folders below `content/`, so
 * `../../media/x.jpg` is the upload as seen from the entry: the path Astro's
 * `image()` and Markdown images resolve and hand to sharp (never `public/`).
 */
export const cmsPublicFolder = `../../${mediaFolder}`;

/** A Decap collection as this project configures it: always a folder, always bilingual. */
export interface DecapCollection<Name extends string = string> extends CmsCollectionSettings {
  /** Same name as the Astro collection. */
  readonly name: Name;
  /** `content/<folder>`; entries are `<folder>/<lang>/<file>.<extension>`. */
  readonly folder: string;
  readonly extension: 'md' | 'yml';
  /**
   * The collection's own file format (`cmsFormatName`), registered by the
   * admin from `file-format.ts`: schema key order, no folded lines.
   */
  readonly format: string;
  /** Inherits the top-level `i18n` block. */
  readonly i18n: true;
  readonly create: boolean;
  readonly delete: boolean;
  /** File name template for new entries (`{{slug}}`: the identifier field, slugified). */
  readonly slug?: string;
  /** The frontmatter fields, then the Markdown body when the collection has one. */
  readonly fields: readonly DecapField[];
}

/** The whole configuration handed to `CMS.init({ config })`. */
export interface DecapConfig<Name extends string = CollectionName> {
  /** The configuration is complete here: Decap must not fetch a `config.yml`. */
  readonly load_config_file: false;
  readonly backend: DecapBackend;
  readonly publish_mode: CmsPublishMode;
  /** The local proxy, used only when the admin is opened on a loopback host; absent from production builds. */
  readonly local_backend?: { readonly url: string; readonly allowed_hosts: readonly string[] };
  /** Decap's interface language. */
  readonly locale: 'fr';
  /** The sign-in page's picture: the program's name, not Decap's branding (`admin-logo.ts`). */
  readonly logo?: { readonly src: string; readonly show_in_header: false };
  readonly site_url?: string;
  readonly display_url?: string;
  readonly show_preview_links: false;
  readonly media_folder: string;
  readonly public_folder: string;
  readonly slug: { readonly encoding: 'ascii'; readonly clean_accents: true; readonly sanitize_replacement: '-' };
  readonly i18n: { readonly structure: 'multiple_folders'; readonly locales: readonly string[]; readonly default_locale: string };
  readonly collections: readonly DecapCollection<Name>[];
}

/** What varies between deployments; everything else comes from the content modules. */
export interface CmsConfigOptions {
  /** Production backend, from `chooseCmsBackend()`. */
  readonly backend: DecapBackend;
  /** Production publish mode, from `chooseCmsBackend()`. */
  readonly publishMode: CmsPublishMode;
  /**
   * Whether the admin may use the local proxy (`decap-server`): under `astro
   * dev` (`npm start`) and in builds made to be served locally (the CMS
   * tests); never in the production build, whose policy allows no loopback.
   */
  readonly localBackend?: boolean | undefined;
  /** Port of the local `decap-server`; default 8081. */
  readonly proxyPort?: number | undefined;
  /** Public address of the site, for the "view site" link. */
  readonly siteUrl?: string | undefined;
  /** The program's short name, shown on the sign-in page. */
  readonly programName?: string | undefined;
}

/**
 * Name of the Decap file format of collection `name`: one per collection,
 * because the key order written comes from that collection's schema.
 */
export function cmsFormatName(name: string): string {
  return `site-${name}`;
}

/** Hosts on which the admin looks for the local proxy: loopback only, never a public address. */
export const cmsLocalHosts: readonly string[] = ['127.0.0.1', 'localhost'];

/**
 * The Decap collection of a table entry. A collection of many entries lets
 * editors create and delete them; a single-document collection (criteria,
 * settings) is a folder collection holding one entry per language, since
 * Decap limits i18n *file* collections to the `single_file` structure
 * (decaporg/decap-cms#5280).
 */
export function decapCollection<Name extends string>(name: Name, spec: CollectionSpec): DecapCollection<Name> {
  const many = spec.entries === 'many';
  return {
    name,
    folder: `${contentRoot}/${spec.folder}`,
    extension: fileExtension(spec),
    format: cmsFormatName(name),
    i18n: true,
    create: many,
    delete: many,
    ...(many ? { slug: '{{slug}}' } : {}),
    ...spec.cms,
    fields: spec.body ? [...spec.fields, spec.body] : spec.fields,
  };
}

/** Every collection of `table`, in the order editors see them. */
export function cmsCollectionsOf<Table extends CollectionTable>(table: Table): DecapCollection<keyof Table & string>[] {
  return collectionEntries(table).map(([name, spec]) => decapCollection(name, spec));
}

/** The site's collections in the CMS. */
export function buildCmsCollections(): DecapCollection[] {
  return cmsCollectionsOf(collectionTable);
}

/** The complete Decap configuration for `options`. */
export function buildCmsConfig(options: CmsConfigOptions): DecapConfig {
  return cmsConfigOf(options, collectionTable);
}

/** The complete Decap configuration for `options` and the collections of `table` (a fixture table in tests). */
export function cmsConfigOf<Table extends CollectionTable>(options: CmsConfigOptions, table: Table): DecapConfig<keyof Table & string> {
  const proxyPort = options.proxyPort ?? defaultCmsProxyPort;
  if (!Number.isInteger(proxyPort) || proxyPort < 1 || proxyPort > 65_535) {
    throw new Error(`port du serveur local Decap invalide : ${proxyPort} (invalid decap-server port)`);
  }
  return {
    load_config_file: false,
    backend: options.backend,
    publish_mode: options.publishMode,
    ...(options.localBackend ? { local_backend: { url: `http://127.0.0.1:${proxyPort}/api/v1`, allowed_hosts: cmsLocalHosts } } : {}),
    locale: 'fr',
    ...(options.programName ? { logo: { src: adminLogoUrl(options.programName), show_in_header: false } } : {}),
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    show_preview_links: false,
    media_folder: cmsMediaFolder,
    public_folder: cmsPublicFolder,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: [...localeCodes], default_locale: defaultLocale },
    collections: cmsCollectionsOf(table),
  };
}

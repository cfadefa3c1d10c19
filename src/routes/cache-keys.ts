/**
 * Cache keys of pages for Astro's incremental build (astro.config.mjs,
 * `experimental.incrementalBuild`): a page whose key and code are unchanged
 * since the previous build is copied from the cache instead of rendered
 * again. A key must therefore change whenever anything the page shows
 * changes; Astro itself tracks the code (templates, components, UI strings)
 * and the configuration. Only announcement pages and the pages of the
 * announcements list have one: they are the pages whose number grows with the
 * site, and they show their entries, addresses, and the site-wide content
 * (settings, press kit) and nothing else. Every other page (home, sections,
 * feeds, calendars, search) is rendered each time.
 */
import { createHash } from 'node:crypto';

/** What an announcement page shows besides code. */
export interface AnnouncementPageInputs {
  /** Digest of every entry of the collections the layout and page read (settings, press kit…), `siteContentDigest`. */
  readonly siteContent: string | undefined;
  readonly lang: string;
  readonly path: string;
  readonly counterpartPath: string | null;
  readonly fallbackPath: string;
  /** The entry's digest (Astro's hash of its file: frontmatter and body). */
  readonly entryDigest: string | number | undefined;
  /** The address of its image as Astro resolved it: it names the file's content hash, which the entry's digest does not cover. */
  readonly imageSrc: string | undefined;
}

/** SHA-256 of values, as hex: the same values in the same order, the same key. */
function hashOf(values: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(values)).digest('hex');
}

/**
 * Digest of entries (`id` and digest), whatever their order: what the site-wide
 * content is. `undefined` when an entry has no digest (every loader here gives
 * one): then no page has a key, and every page is rendered.
 */
export function siteContentDigest(entries: readonly { readonly collection: string; readonly id: string; readonly digest?: string | number | undefined }[]): string | undefined {
  if (entries.some((entry) => entry.digest === undefined)) return undefined;
  const parts = entries.map((entry) => [entry.collection, entry.id, entry.digest]).sort((a, b) => `${String(a[0])}/${String(a[1])}`.localeCompare(`${String(b[0])}/${String(b[1])}`));
  return hashOf(parts);
}

/** One entry as a list page shows it: its file (id and digest). */
export interface ListedEntry {
  readonly id: string;
  readonly digest: string | number | undefined;
}

/** What a page of the announcements list shows besides code: its route, its place in the list and its entries. */
export interface ListPageInputs extends Omit<AnnouncementPageInputs, 'entryDigest' | 'imageSrc'> {
  readonly page: number;
  readonly totalPages: number;
  readonly entries: readonly ListedEntry[];
}

/** The cache key of a page of the announcements list; `undefined` (always rendered) when a digest is missing. */
export function listPageKey(inputs: ListPageInputs): string | undefined {
  if (inputs.siteContent === undefined || inputs.entries.some((entry) => entry.digest === undefined)) return undefined;
  const entries = inputs.entries.map((entry) => [entry.id, entry.digest]);
  return hashOf(['list', inputs.siteContent, inputs.lang, inputs.path, inputs.counterpartPath, inputs.fallbackPath, inputs.page, inputs.totalPages, entries]);
}

/** The cache key of an announcement page; `undefined` (always rendered) when a digest is missing. */
export function announcementPageKey(inputs: AnnouncementPageInputs): string | undefined {
  if (inputs.entryDigest === undefined || inputs.siteContent === undefined) return undefined;
  return hashOf([inputs.siteContent, inputs.lang, inputs.path, inputs.counterpartPath, inputs.fallbackPath, inputs.entryDigest, inputs.imageSrc ?? null]);
}

/**
 * The sitemap, from the route table: the bilingual door and every public page
 * in both languages, each with the `hreflang` versions its `<head>` lists
 * (`src/routes/alternates.ts`). Redirect pages, the 404, feeds, calendars,
 * JSON and the CMS are not routes, so they never reach it. No `lastmod`: the
 * site has no reliable "last updated" rule for every page yet. The `sitemap`
 * package writes and escapes the XML.
 */
import { Readable } from 'node:stream';
import { DEFAULT_SITEMAP_ITEM_LIMIT, SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';
import { doorAlternates, pageAlternates, type Alternate, type PageVersions } from '../routes/alternates';
import { absoluteUrl, doorPath, sitemapFilePath } from '../routes/urls';

/** A page the sitemap lists, before its URLs are made absolute: the door, or a route of the table. */
export type SitemapPage = { readonly kind: 'door' } | { readonly kind: 'route'; readonly route: PageVersions };

/** One page of the sitemap with absolute URLs. */
export interface SitemapEntry {
  /** Absolute URL of the page. */
  readonly url: string;
  /** Its language versions, as its `<head>` lists them. */
  readonly alternates: readonly Alternate[];
}

/** One sitemap file and the pages it lists. */
export interface SitemapFile {
  /** Its path, `/sitemap-0.xml`. */
  readonly path: string;
  /** Its pages. */
  readonly pages: readonly SitemapPage[];
}

/** Every page of the sitemap: the door first, then the routes in the route table's order. */
export function sitemapPages(routes: readonly PageVersions[]): SitemapPage[] {
  return [{ kind: 'door' }, ...routes.map((route) => ({ kind: 'route' as const, route }))];
}

/** A page's URL and versions at `site`. */
export function sitemapEntry(page: SitemapPage, site: URL): SitemapEntry {
  if (page.kind === 'door') return { url: absoluteUrl(doorPath, site), alternates: doorAlternates(site) };
  return { url: absoluteUrl(page.route.path, site), alternates: pageAlternates(page.route, site) };
}

/**
 * The pages split into files of at most `limit` (the protocol allows 50,000;
 * the `sitemap` package's default keeps a margin). Always one file at least,
 * since the index must list something.
 */
export function sitemapFiles(pages: readonly SitemapPage[], limit: number = DEFAULT_SITEMAP_ITEM_LIMIT): SitemapFile[] {
  const count = Math.max(1, Math.ceil(pages.length / limit));
  return Array.from({ length: count }, (_, index) => ({ path: sitemapFilePath(index), pages: pages.slice(index * limit, (index + 1) * limit) }));
}

/** A sitemap file's XML at `site`: each page's `<loc>` and its alternates as `<xhtml:link>`. */
export async function sitemapXml(pages: readonly SitemapPage[], site: URL): Promise<string> {
  const items: SitemapItemLoose[] = pages.map((page) => sitemapEntry(page, site)).map((entry) => ({ url: entry.url, links: entry.alternates.map((alternate) => ({ lang: alternate.hreflang, url: alternate.href })) }));
  const stream = new SitemapStream({ xmlns: { xhtml: true, news: false, image: false, video: false } });
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString('utf8');
}

/** The sitemap index's XML, listing `files` at `site`. */
export async function sitemapIndexXml(files: readonly SitemapFile[], site: URL): Promise<string> {
  const stream = new SitemapIndexStream();
  return (await streamToPromise(Readable.from(files.map((file) => ({ url: absoluteUrl(file.path, site) }))).pipe(stream))).toString('utf8');
}

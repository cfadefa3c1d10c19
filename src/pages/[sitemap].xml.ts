/**
 * `/sitemap-index.xml` (named by robots.txt) and the sitemap files it lists
 * (`/sitemap-0.xml`, …), written from the route table (`src/outputs/sitemap.ts`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildRoutes } from '../routes/route-table';
import { requireSite, sitemapIndexPath } from '../routes/urls';
import { sitemapFiles, sitemapIndexXml, sitemapPages, sitemapXml, type SitemapFile } from '../outputs/sitemap';

/** The route parameter of a root-level `.xml` path: `/sitemap-0.xml` → `sitemap-0`. */
function fileParam(path: string): string {
  const match = /^\/([^/]+)\.xml$/.exec(path);
  if (!match?.[1]) throw new Error(`${path}: a sitemap must be an .xml file at the site's root`);
  return match[1];
}

interface Props {
  /** Every sitemap file, for the index. */
  files: SitemapFile[];
  /** The file to write; absent for the index. */
  file?: SitemapFile | undefined;
}

export const getStaticPaths = (async () => {
  const files = sitemapFiles(sitemapPages(await buildRoutes()));
  return [
    { params: { sitemap: fileParam(sitemapIndexPath) }, props: { files } satisfies Props },
    ...files.map((file) => ({ params: { sitemap: fileParam(file.path) }, props: { files, file } satisfies Props })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const base = requireSite(site);
  const xml = props.file ? await sitemapXml(props.file.pages, base) : await sitemapIndexXml(props.files, base);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

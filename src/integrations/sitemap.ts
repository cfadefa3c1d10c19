/**
 * Options for `@astrojs/sitemap` that read each built page back from the
 * output folder (see `src/lib/sitemap.ts` for why): feeds, calendars and JSON
 * are not pages; `noindex` pages (redirects from old slugs, the 404) are left
 * out; a page's `hreflang` links become its alternates, so `/fr/criteres/`
 * and `/en/criteria/` are paired although their paths differ.
 */
import { readFileSync } from 'node:fs';
import sitemap, { type SitemapItem, type SitemapOptions } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { hreflangLinks, isNoindex, isPageUrl } from '../outputs/sitemap';

/**
 * `filter` and `serialize` for a site built into the folder `outDir()` returns
 * (with `build.format: 'directory'` and no `base`). A function, because the
 * folder is known only once Astro has read `--outDir`, after the config is built.
 */
export function sitemapFromBuiltPages(outDir: () => URL): Pick<NonNullable<SitemapOptions>, 'filter' | 'serialize'> {
  const readPage = (url: string): string | undefined => {
    try {
      return readFileSync(new URL(`.${new URL(url).pathname}index.html`, outDir()), 'utf8');
    } catch {
      return undefined;
    }
  };
  return {
    filter: isPageUrl,
    serialize(item: SitemapItem): SitemapItem | undefined {
      const html = readPage(item.url);
      if (html === undefined) return item;
      if (isNoindex(html)) return undefined;
      const { links: _ignored, ...rest } = item;
      const links = hreflangLinks(html);
      return links.length > 0 ? { ...rest, links } : rest;
    },
  };
}

/**
 * `@astrojs/sitemap` with `options`, reading pages back from the build's real
 * output folder: a small integration learns it (`--outDir` included) once
 * Astro has resolved its configuration, before any page is read.
 */
export function sitemapOfBuiltPages(options: Omit<NonNullable<SitemapOptions>, 'filter' | 'serialize'>): AstroIntegration[] {
  let outDir: URL | undefined;
  const outDirReader: AstroIntegration = {
    name: 'site:sitemap-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
    },
  };
  const builtOutDir = () => {
    if (outDir === undefined) throw new Error('sitemap: the output folder is not known before the configuration is resolved');
    return outDir;
  };
  return [outDirReader, sitemap({ ...options, ...sitemapFromBuiltPages(builtOutDir) })];
}

// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig, sharpImageService } from 'astro/config';
import { avifEncoding } from './src/domain/image-encoding.ts';
import { adminBundle } from './src/integrations/admin-bundle/index.ts';
import { adminPage } from './src/integrations/admin-page.ts';
import { devEndpoints } from './src/integrations/dev-endpoints.ts';
import { siteMarkdownProcessor } from './src/markdown/processor.ts';
import { pruneUnreferencedImages } from './src/integrations/unreferenced-images.ts';
import { headersPolicy } from './src/integrations/headers-policy.ts';
import { printOrigin } from './src/integrations/print-origin.ts';
import { searchFiles } from './src/integrations/search-files.ts';

/**
 * `astro dev` (what `npm start` runs) keeps its caches apart from builds: a build run while the dev
 * server is up would otherwise replace the dependencies the dev server optimised, and the admin
 * would stay blank (« 504 Outdated Optimize Dep ») until restarted.
 */
const cacheRoot = process.argv[2] === 'dev' ? './.cache/dev' : './.cache';

/**
 * Static site. `SITE_URL` sets the public address used in canonical URLs,
 * hreflang and feeds (see docs/deploy.md); the default is a placeholder.
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://programme-startups.example.ca',
  output: 'static',
  trailingSlash: 'always',
  // The one stylesheet (3 KB gzipped) goes inline: on a phone's first visit it saves a render-blocking round trip before anything paints;
  // Astro hashes it into each page's style-src like its other styles.
  // Four pages render at once: each waits on the disk for its folder and file, and the others render meanwhile
  // (at 1,000 announcements per language the main thread sat idle a third of the rendering; docs/benchmarks.md).
  // Shared answers are promises (src/data/once-per-build.ts), so pages rendering together compute them once.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // The sitemap is written from the route table by src/pages/[sitemap].xml.ts, not by an integration:
  // integration hooks cannot read astro:content.
  // The admin (Decap CMS and React) is bundled apart and cached: a content edit never bundles it again.
  // Images no page refers to (a startup's logo before the results, an embargoed announcement's picture) leave dist/;
  // the search index's thousands of files, rendered as one pack (src/search/build/pack.ts), are written out after that
  // check, which reads the pack as one file;
  // the dev server answers the search index and downloads at their built addresses; the site's origin goes into
  // the print stylesheet; the admin page gets its policy, then each page's policy goes into dist/_headers (src/integrations/).
  integrations: [mdx(), adminBundle(), printOrigin(), pruneUnreferencedImages(), searchFiles(), devEndpoints(), adminPage(), headersPolicy()],
  // AVIF effort and quality chosen by measurement (src/domain/image-encoding.ts).
  image: { service: sharpImageService({ avif: { ...avifEncoding } }) },
  markdown: {
    // Editor-written Markdown passes an allowlist: nothing executable reaches a page (src/lib/markdown-processor.ts).
    processor: siteMarkdownProcessor(),
    // Shiki colours code with inline styles, which the CSP forbids; editors' content has no code to colour.
    syntaxHighlight: false,
  },
  security: {
    // Astro hashes its own scripts and styles into a per-page policy; nothing inline or from elsewhere runs.
    // frame-ancestors cannot be set in a <meta> policy: the build copies each page's policy, with it, into dist/_headers.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // A page whose cache key (src/routes/cache-keys.ts) and code are unchanged is copied from the cache
  // (`.cache/astro/dist/`) instead of rendered: after one edit, only the pages that show it are rendered again.
  experimental: { incrementalBuild: true },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // Caches stay inside this checkout (not node_modules/), so several checkouts can share one node_modules.
  // Hosts keep this folder between builds (docs/deploy.md); BUILD_CACHE_DIR moves it where a host restores one.
  cacheDir: cacheRoot === './.cache' ? (process.env['BUILD_CACHE_DIR'] ?? './.cache/astro') : `${cacheRoot}/astro`,
  vite: { cacheDir: `${cacheRoot}/vite` },
});

// @ts-check
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { adminPage } from './src/integrations/admin-page.ts';
import { devEndpoints } from './src/integrations/dev-endpoints.ts';
import { siteMarkdownProcessor } from './src/markdown/processor.ts';
import { pruneUnreferencedImages } from './src/integrations/unreferenced-images.ts';
import { headersPolicy } from './src/integrations/headers-policy.ts';
import { printOrigin } from './src/integrations/print-origin.ts';

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
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The sitemap is written from the route table by src/pages/[sitemap].xml.ts, not by an integration:
  // integration hooks cannot read astro:content.
  // Images no page refers to (a startup's logo before the results, an embargoed announcement's picture) leave dist/;
  // the dev server answers the search index and downloads at their built addresses; the site's origin goes into
  // the print stylesheet; the admin page gets its policy, then each page's policy goes into dist/_headers (src/integrations/).
  integrations: [mdx(), printOrigin(), pruneUnreferencedImages(), devEndpoints(), adminPage(), headersPolicy()],
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
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // Caches stay inside this checkout (not node_modules/), so several checkouts can share one node_modules.
  cacheDir: `${cacheRoot}/astro`,
  vite: {
    cacheDir: `${cacheRoot}/vite`,
    // The admin bundles Decap's English phrases only, not its thirty locales (admin/decap-locales.ts).
    resolve: { alias: [{ find: /^decap-cms-locales$/, replacement: fileURLToPath(new URL('./admin/decap-locales.ts', import.meta.url)) }] },
  },
});

// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

/**
 * Static site. `SITE_URL` sets the public address used in canonical URLs,
 * hreflang and feeds (see docs/deploy.md); the default is a placeholder.
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://programme-startups.example.ca',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // Caches stay inside this checkout (not node_modules/), so several checkouts can share one node_modules.
  cacheDir: './.cache/astro',
  vite: { cacheDir: './.cache/vite' },
});

/** `robots.txt`: everything may be crawled; the sitemap index is at the configured `site`. */
import type { APIRoute } from 'astro';
import { absoluteUrl, requireSite, sitemapIndexPath } from '../routes/urls';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(sitemapIndexPath, requireSite(site));
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

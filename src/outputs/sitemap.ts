/**
 * What the sitemap says about each page, read from the built page itself so
 * the sitemap can never disagree with the `<head>`: pages marked `noindex`
 * (redirects, the 404) are left out, and each page's `hreflang` alternates
 * become its sitemap alternates, even though French and English URLs differ
 * (`/fr/criteres/` ↔ `/en/criteria/`), which `@astrojs/sitemap`'s own i18n
 * matching (same path after the locale) cannot pair.
 */

/** An alternate version of a page. */
export interface SitemapLink {
  /** BCP 47 language (`fr-CA`). */
  readonly lang: string;
  /** Absolute URL. */
  readonly url: string;
}

/** The attributes of every `<tag …>` in an HTML string (for the `<head>` tags Astro writes). */
function tagAttributes(html: string, tag: string): Record<string, string>[] {
  const tags = html.match(new RegExp(`<${tag}\\b[^>]*>`, 'gi')) ?? [];
  return tags.map((element) => {
    const attributes: Record<string, string> = {};
    for (const match of element.matchAll(/([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attributes[(match[1] ?? '').toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? '');
    }
    return attributes;
  });
}

/** Decodes the entities Astro may write in attribute values. */
function decodeEntities(value: string): string {
  return value.replace(/&(amp|quot|#39|lt|gt);/g, (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[name] ?? '');
}

/** True when the page asks not to be indexed. */
export function isNoindex(html: string): boolean {
  return tagAttributes(html, 'meta').some((meta) => meta['name']?.toLowerCase() === 'robots' && /\bnoindex\b/i.test(meta['content'] ?? ''));
}

/**
 * The page's `<link rel="alternate" hreflang>` versions (`x-default`
 * included), itself among them; none if it has no other language.
 */
export function hreflangLinks(html: string): SitemapLink[] {
  const links = tagAttributes(html, 'link')
    .filter((link) => (link['rel'] ?? '').split(/\s+/).includes('alternate') && link['hreflang'] && link['href'])
    .map((link) => ({ lang: link['hreflang'] ?? '', url: link['href'] ?? '' }));
  return links.filter((link) => link.lang !== 'x-default').length > 1 ? links : [];
}

/** Sitemap entries are pages: directory URLs, not feeds, calendars or JSON files. */
export function isPageUrl(url: string): boolean {
  return new URL(url).pathname.endsWith('/');
}

/**
 * Open Graph and Twitter card tags of a page, as data the `<head>` renders.
 * Every page has a title, a description, its canonical URL and an image
 * (the announcement's own, or the site's default), 1200 × 630.
 */

/** The share image, already sized. */
export interface ShareImage {
  /** Absolute URL. */
  readonly url: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
  /** MIME type (`image/jpeg`). */
  readonly type: string;
}

/** What a page says about itself when shared. */
export interface ShareInput {
  readonly title: string;
  readonly description: string;
  /** Canonical URL (absolute). */
  readonly url: string;
  readonly siteName: string;
  /** Open Graph locale of the page (`fr_CA`). */
  readonly locale: string;
  /** Open Graph locales of the other versions. */
  readonly alternateLocales: readonly string[];
  readonly image: ShareImage;
  /** `article` for announcements, `website` otherwise. */
  readonly type: 'website' | 'article';
  /** ISO instants, articles only. */
  readonly publishedTime?: string | undefined;
  readonly modifiedTime?: string | undefined;
}

/** A `<meta>` tag: Open Graph uses `property`, Twitter uses `name`. */
export interface MetaTag {
  readonly attribute: 'property' | 'name';
  readonly key: string;
  readonly content: string;
}

/** The Open Graph and Twitter tags for a page, in a stable order. */
export function shareMetaTags(input: ShareInput): MetaTag[] {
  const og = (key: string, content: string | undefined): MetaTag[] => (content ? [{ attribute: 'property', key, content }] : []);
  const twitter = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
  return [
    ...og('og:type', input.type),
    ...og('og:site_name', input.siteName),
    ...og('og:title', input.title),
    ...og('og:description', input.description),
    ...og('og:url', input.url),
    ...og('og:locale', input.locale),
    ...input.alternateLocales.flatMap((locale) => og('og:locale:alternate', locale)),
    ...og('og:image', input.image.url),
    ...og('og:image:type', input.image.type),
    ...og('og:image:width', String(input.image.width)),
    ...og('og:image:height', String(input.image.height)),
    ...og('og:image:alt', input.image.alt),
    ...(input.type === 'article' ? [...og('article:published_time', input.publishedTime), ...og('article:modified_time', input.modifiedTime)] : []),
    twitter('twitter:card', 'summary_large_image'),
    twitter('twitter:title', input.title),
    twitter('twitter:description', input.description),
    twitter('twitter:image', input.image.url),
    twitter('twitter:image:alt', input.image.alt),
  ];
}

/**
 * What a page may add to its `<head>` besides title and description: the
 * kind of page, its own share image (resized to 1200 × 630 by the layout),
 * article times and structured data.
 */
export interface PageMeta<Image = unknown, Node = unknown> {
  /** `article` for announcements; default `website`. */
  readonly type?: 'website' | 'article' | undefined;
  /** The page's own image (an Astro image); default: the site's share image. */
  readonly image?: Image | undefined;
  /** Alt text of `image`. */
  readonly imageAlt?: string | undefined;
  /** ISO instants, for articles. */
  readonly publishedTime?: string | undefined;
  readonly modifiedTime?: string | undefined;
  /** JSON-LD nodes to embed. */
  readonly jsonLd?: readonly Node[] | undefined;
}

/** A CSS string literal for `content:` (the print stylesheet shows link targets with the site's origin). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (character) => `\\${character}`).replace(/[\n\r]/g, ' ')}"`;
}

/**
 * The site's URLs: a public contract journalists link to. Every path is built
 * here from the route table, so pages, the language toggle, hreflang, search
 * results and tests all agree.
 */
import { entryLang, slugOf, type Translatable } from '../content/translations';
import { localeCodes, type Locale } from '../i18n/locales';

/** Localized first segment of each section, after the language (`/fr/annonces/`). */
export const sectionSegments = {
  home: { fr: '', en: '' },
  announcements: { fr: 'annonces', en: 'announcements' },
  criteria: { fr: 'criteres', en: 'criteria' },
  dates: { fr: 'dates', en: 'dates' },
  faq: { fr: 'faq', en: 'faq' },
  search: { fr: 'recherche', en: 'search' },
  media: { fr: 'medias', en: 'media' },
  cohort: { fr: 'cohorte', en: 'cohort' },
  eligibility: { fr: 'admissibilite', en: 'eligibility' },
} as const satisfies Record<string, Record<Locale, string>>;

/** Segment of an edition's archive under the cohort (`/fr/cohorte/edition/2027/`). */
export const editionSegment = { fr: 'edition', en: 'edition' } as const satisfies Record<Locale, string>;

/** A section of the site. */
export type Section = keyof typeof sectionSegments;

/** Announcements per list page: the list paginates past this many. */
export const announcementsPerPage = 20;

/** Every page the site renders, as data. */
export type SiteRoute =
  | { readonly kind: 'section'; readonly lang: Locale; readonly section: Section }
  | { readonly kind: 'announcements-page'; readonly lang: Locale; readonly page: number }
  | { readonly kind: 'announcement'; readonly lang: Locale; readonly slug: string }
  | { readonly kind: 'page'; readonly lang: Locale; readonly slug: string }
  | { readonly kind: 'cohort-member'; readonly lang: Locale; readonly slug: string }
  | { readonly kind: 'cohort-edition'; readonly lang: Locale; readonly edition: number };

/** Path of a section's landing page: `/fr/annonces/`, `/en/`. */
export function sectionPath(lang: Locale, section: Section): string {
  const segment = sectionSegments[section][lang];
  return segment === '' ? `/${lang}/` : `/${lang}/${segment}/`;
}

/** Path of a route, always with a trailing slash. */
export function routePath(route: SiteRoute): string {
  switch (route.kind) {
    case 'section':
      return sectionPath(route.lang, route.section);
    case 'announcements-page':
      return route.page <= 1
        ? sectionPath(route.lang, 'announcements')
        : `${sectionPath(route.lang, 'announcements')}page/${route.page}/`;
    case 'announcement':
      return `${sectionPath(route.lang, 'announcements')}${route.slug}/`;
    case 'page':
      return `/${route.lang}/${route.slug}/`;
    case 'cohort-member':
      return `${sectionPath(route.lang, 'cohort')}${route.slug}/`;
    case 'cohort-edition':
      return `${sectionPath(route.lang, 'cohort')}${editionSegment[route.lang]}/${route.edition}/`;
  }
}

/** First segments a standing page's slug may not take, because a section already uses them. */
export const reservedPageSlugs: ReadonlySet<string> = new Set(
  Object.values(sectionSegments).flatMap((segments) => localeCodes.map((lang) => segments[lang])).filter(Boolean),
);

/** The bilingual door: both home pages, and the `x-default` of every translated page. */
export const doorPath = '/';

/** Absolute URL of a path on the site (canonical, Open Graph, feeds). */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/**
 * The build's `site`. astro.config.mjs always sets one; failing loudly beats
 * publishing absolute URLs on a placeholder host.
 */
export function requireSite(site: URL | undefined): URL {
  if (site === undefined) throw new Error('astro.config.mjs must set `site`: canonical URLs, hreflang and the sitemap are absolute');
  return site;
}

/** Number of list pages for `count` announcements (at least one, even when empty). */
export function pageCount(count: number, perPage: number = announcementsPerPage): number {
  return Math.max(1, Math.ceil(count / perPage));
}

/** Path of an anchor within a section: `/fr/faq/#admissibilite`. */
export function anchorPath(lang: Locale, section: Section, anchor: string): string {
  return `${sectionPath(lang, section)}#${anchor}`;
}

/** Files published per language beside the pages: feeds, calendar and open data (`/fr/rss.xml`). */
export const languageFiles = {
  announcementsFeed: { fr: 'rss.xml', en: 'rss.xml' },
  changesFeed: { fr: 'changements.xml', en: 'changes.xml' },
  calendar: { fr: 'dates.ics', en: 'dates.ics' },
  openData: { fr: 'programme.json', en: 'program.json' },
  /** The XSLT stylesheet both feeds of a language name, for people who open a feed in a browser. */
  feedStylesheet: { fr: 'flux.xsl', en: 'feed.xsl' },
} as const satisfies Record<string, Record<Locale, string>>;

/** A per-language file. */
export type LanguageFile = keyof typeof languageFiles;

/** Path of a per-language file: `/fr/rss.xml`, `/en/program.json`. */
export function languageFilePath(lang: Locale, file: LanguageFile): string {
  return `/${lang}/${languageFiles[file][lang]}`;
}

/** Path of one key date's calendar file, beside the dates page: `/fr/dates/date-limite.ics`. */
export function keyDateCalendarPath(lang: Locale, slug: string): string {
  return `${sectionPath(lang, 'dates')}${slug}.ics`;
}

/** Path of a press kit download, beside the media page: `/fr/medias/logo-programme-web.png`. */
export function pressKitFilePath(lang: Locale, fileName: string): string {
  return `${sectionPath(lang, 'media')}${fileName}`;
}

/** Path of the sitemap index, which robots.txt names. */
export const sitemapIndexPath = '/sitemap-index.xml';

/** Path of the `index`-th (0-based) sitemap file the index lists: `/sitemap-0.xml`. */
export function sitemapFilePath(index: number): string {
  return `/sitemap-${index}.xml`;
}

/** What a page of an entry is: an announcement, a standing page or a startup of the cohort (their URL shapes differ). */
export type EntryPageKind = 'announcement' | 'page' | 'cohort-member';

/** Path of the page of an entry known by its id and localized slug (`{ id: 'en/a-propos', slug: 'about' }` → `/en/about/`). */
export function translatablePath(kind: EntryPageKind, entry: Translatable): string {
  return routePath({ kind, lang: entryLang(entry), slug: slugOf(entry) });
}

/** Path of a collection entry's page: the one place an announcement's, a standing page's or a startup's URL is built. */
export function entryPath(kind: EntryPageKind, entry: { readonly id: string; readonly data: { readonly slug?: string | undefined } }): string {
  return translatablePath(kind, { id: entry.id, slug: entry.data.slug });
}

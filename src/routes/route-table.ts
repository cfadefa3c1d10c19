/**
 * Every public page of the site, both languages, with what it renders and
 * where its language toggle goes. `src/pages/[...path].astro` turns this list
 * into static paths; the URL shapes come from `src/routes/urls.ts`.
 */
import type { CollectionEntry } from 'astro:content';
import { localeCodes, otherLocale, type Locale } from '../i18n/locales';
import { pageItems } from '../domain/announcements';
import { counterpartFinder, slugOf } from '../content/translations';
import { announcementsPerPage, entryPath, pageCount, reservedPageSlugs, routePath, sectionPath, translatablePath, type Section } from './urls';
import { getAllPages, getAllPublicAnnouncements, getAnnouncements, getSiteWideEntries } from '../data/queries';
import { assertCohortLinksLive, cohortRoutes, type CohortPageContent } from './cohort-routes';
import { announcementPageKey, listPageKey, siteContentDigest } from './cache-keys';
import { oncePerBuild } from '../data/once-per-build';

/** What a rendered page needs besides its route. */
export type PageContent =
  | { readonly kind: 'section'; readonly section: Exclude<Section, 'announcements'> }
  | { readonly kind: 'announcements-page'; readonly page: number; readonly totalPages: number; readonly entries: CollectionEntry<'announcements'>[] }
  | { readonly kind: 'announcement'; readonly entry: CollectionEntry<'announcements'> }
  | { readonly kind: 'page'; readonly entry: CollectionEntry<'pages'> }
  | CohortPageContent;

/** One page of the site. */
export interface RenderedRoute {
  /** Language of the page. */
  readonly lang: Locale;
  /** Its path, `/fr/annonces/`. */
  readonly path: string;
  /** The same content in the other language, or `null`. */
  readonly counterpartPath: string | null;
  /** The other language's section, offered when there is no counterpart. */
  readonly fallbackPath: string;
  /** What to render. */
  readonly content: PageContent;
  /** For Astro's incremental build: unchanged key and code, the page is copied from the cache (`cache-keys.ts`); none, always rendered. */
  readonly cacheKey?: string | undefined;
}

/** Sections rendered from a single template (announcements paginate, so they are apart). */
const simpleSections = ['home', 'criteria', 'dates', 'faq', 'search', 'media', 'eligibility'] as const;

/**
 * Every route of the site, built once per build from the content (the pages,
 * the sitemap and the redirects all ask). Throws on a page slug that collides
 * with a section.
 */
export function buildRoutes(): Promise<RenderedRoute[]> {
  return oncePerBuild('routes', collectRoutes);
}

/** Builds every route of the site from the content. */
async function collectRoutes(): Promise<RenderedRoute[]> {
  const allAnnouncements = await getAllPublicAnnouncements();
  const allPages = await getAllPages();
  // Indexed once: a scan per entry would make the route table quadratic in the number of announcements.
  const announcementCounterpart = counterpartFinder(allAnnouncements.map(asTranslatable));
  const pageCounterpart = counterpartFinder(allPages.map(asTranslatable));
  const siteContent = siteContentDigest(await getSiteWideEntries());
  const routes: RenderedRoute[] = [];

  for (const lang of localeCodes) {
    const other = otherLocale(lang);
    for (const section of simpleSections) {
      routes.push({
        lang,
        path: sectionPath(lang, section),
        counterpartPath: sectionPath(other, section),
        fallbackPath: sectionPath(other, section),
        content: { kind: 'section', section },
      });
    }

    const announcements = await getAnnouncements(lang);
    const totalPages = pageCount(announcements.length);
    const otherTotal = pageCount((await getAnnouncements(other)).length);
    for (let page = 1; page <= totalPages; page += 1) {
      const route = {
        lang,
        path: routePath({ kind: 'announcements-page', lang, page }),
        counterpartPath: routePath({ kind: 'announcements-page', lang: other, page: page <= otherTotal ? page : 1 }),
        fallbackPath: sectionPath(other, 'announcements'),
      };
      const entries = pageItems(announcements, page, announcementsPerPage);
      const cacheKey = listPageKey({ siteContent, ...route, page, totalPages, entries: entries.map((entry) => ({ id: entry.id, digest: entry.digest })) });
      routes.push({ ...route, content: { kind: 'announcements-page', page, totalPages, entries }, cacheKey });
    }
    for (const entry of announcements) {
      const counterpart = announcementCounterpart({ id: entry.id, translationKey: entry.data.translationKey }, other);
      const route = {
        lang,
        path: entryPath('announcement', entry),
        counterpartPath: counterpart ? translatablePath('announcement', counterpart) : null,
        fallbackPath: sectionPath(other, 'announcements'),
      };
      const cacheKey = announcementPageKey({ siteContent, ...route, entryDigest: entry.digest, imageSrc: entry.data.image?.src.src });
      routes.push({ ...route, content: { kind: 'announcement', entry }, cacheKey });
    }

    for (const entry of allPages.filter((candidate) => candidate.id.startsWith(`${lang}/`))) {
      const slug = slugOf(asTranslatable(entry));
      if (reservedPageSlugs.has(slug)) {
        throw new Error(`content/pages/${entry.id}.md : l’adresse « ${slug} » est déjà prise par une section du site (slug reserved by a section)`);
      }
      const counterpart = pageCounterpart(asTranslatable(entry), other);
      routes.push({
        lang,
        path: routePath({ kind: 'page', lang, slug }),
        counterpartPath: counterpart ? translatablePath('page', counterpart) : null,
        fallbackPath: sectionPath(other, 'home'),
        content: { kind: 'page', entry },
      });
    }
  }
  routes.push(...(await cohortRoutes()));
  assertUniquePaths(routes);
  assertCohortLinksLive(
    [
      ...allAnnouncements.map((entry) => ({ source: `content/announcements/${entry.id}.md`, body: entry.body })),
      ...allPages.map((entry) => ({ source: `content/pages/${entry.id}.md`, body: entry.body })),
    ],
    new Set(routes.map((route) => route.path)),
  );
  return routes;
}

/** The pairing fields of an entry. */
function asTranslatable(entry: CollectionEntry<'announcements'> | CollectionEntry<'pages'>) {
  return { id: entry.id, slug: entry.data.slug, translationKey: entry.data.translationKey };
}

/** Two entries must never publish at the same URL; name both files when they do. */
function assertUniquePaths(routes: readonly RenderedRoute[]): void {
  const seen = new Map<string, RenderedRoute>();
  for (const route of routes) {
    const previous = seen.get(route.path);
    if (previous) {
      throw new Error(`Deux contenus publient la même adresse ${route.path} (duplicate slug): ${describe(previous)} et ${describe(route)}`);
    }
    seen.set(route.path, route);
  }
}

/** Names the file behind a route for error messages. */
function describe(route: RenderedRoute): string {
  const { content } = route;
  if (content.kind === 'announcement') return `content/announcements/${content.entry.id}.md`;
  if (content.kind === 'page') return `content/pages/${content.entry.id}.md`;
  if (content.kind === 'cohort-member') return `content/cohort/${content.entry.id}.md`;
  return route.path;
}


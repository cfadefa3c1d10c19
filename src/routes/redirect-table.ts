/**
 * Redirects from the old slugs editors listed in `redirectFrom` to the current
 * URLs. Only public entries count: an embargoed announcement's old slug must
 * not reveal it early.
 */
import { buildRedirectList, type Redirect, type SlugHistory } from './redirects';
import { entryLang, slugOf } from '../content/translations';
import { buildRoutes } from './route-table';
import { getAllPages, getAllPublicAnnouncements } from '../data/queries';

/** Every redirect of the site, checked against the live pages. */
export async function buildRedirects(): Promise<Redirect[]> {
  const livePaths = new Set((await buildRoutes()).map((route) => route.path));
  const histories: SlugHistory[] = [
    ...(await getAllPublicAnnouncements()).map((entry) => ({
      lang: entryLang(entry),
      kind: 'announcement' as const,
      slug: slugOf({ id: entry.id, slug: entry.data.slug }),
      redirectFrom: entry.data.redirectFrom,
      source: `content/announcements/${entry.id}.md`,
    })),
    ...(await getAllPages()).map((entry) => ({
      lang: entryLang(entry),
      kind: 'page' as const,
      slug: slugOf({ id: entry.id, slug: entry.data.slug }),
      redirectFrom: entry.data.redirectFrom,
      source: `content/pages/${entry.id}.md`,
    })),
  ];
  return buildRedirectList(histories, livePaths);
}

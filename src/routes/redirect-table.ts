/**
 * Redirects from the old slugs editors listed in `redirectFrom` to the current
 * URLs. Only public entries count: an embargoed announcement's or an
 * unannounced startup's old slug must not reveal it early.
 */
import { buildRedirectList, type Redirect, type SlugHistory } from './redirects';
import { entryLang, slugOf } from '../content/translations';
import { buildRoutes } from './route-table';
import type { EntryPageKind } from './urls';
import { getAllPages, getAllPublicAnnouncements, getAllPublicCohort } from '../data/queries';

/** An entry with a localized slug and old slugs. */
interface SluggedEntry {
  readonly id: string;
  readonly data: { readonly slug?: string | undefined; readonly redirectFrom: readonly string[] };
}

/** The slug history of an entry of `folder` whose pages are of `kind`. */
function historyOf(kind: EntryPageKind, folder: string): (entry: SluggedEntry) => SlugHistory {
  return (entry) => ({
    lang: entryLang(entry),
    kind,
    slug: slugOf({ id: entry.id, slug: entry.data.slug }),
    redirectFrom: entry.data.redirectFrom,
    source: `content/${folder}/${entry.id}.md`,
  });
}

/** Every redirect of the site, checked against the live pages. */
export async function buildRedirects(): Promise<Redirect[]> {
  const livePaths = new Set((await buildRoutes()).map((route) => route.path));
  const histories: SlugHistory[] = [
    ...(await getAllPublicAnnouncements()).map(historyOf('announcement', 'announcements')),
    ...(await getAllPages()).map(historyOf('page', 'pages')),
    ...(await getAllPublicCohort()).map(historyOf('cohort-member', 'cohort')),
  ];
  return buildRedirectList(histories, livePaths);
}

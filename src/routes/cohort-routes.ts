/**
 * The cohort's pages, from the public startups only (`getCohort`), so none
 * exists before the results are announced: the landing page with the latest
 * edition (`/fr/cohorte/`), one archive page per edition
 * (`/fr/cohorte/edition/2027/`) and one page per startup (`/fr/cohorte/<slug>/`).
 * Also the guard that keeps announcements from linking to a cohort page
 * that is not published yet.
 */
import type { CollectionEntry } from 'astro:content';
import { localeCodes, otherLocale, type Locale } from '../i18n/locales';
import { cohortEditions, mentionedPaths } from '../domain/cohort';
import { counterpartFinder } from '../content/translations';
import { entryPath, routePath, sectionPath, translatablePath } from './urls';
import { getAllPublicCohort, getCohort } from '../data/queries';
import type { RenderedRoute } from './route-table';

/** A startup of the cohort. */
export type CohortEntry = CollectionEntry<'cohort'>;

/** What the cohort's pages render. */
export type CohortPageContent =
  | { readonly kind: 'cohort'; readonly edition: number; readonly members: CohortEntry[]; readonly editions: number[] }
  | { readonly kind: 'cohort-edition'; readonly edition: number; readonly members: CohortEntry[]; readonly editions: number[] }
  | { readonly kind: 'cohort-member'; readonly entry: CohortEntry };

/** The pairing fields of a startup. */
function asTranslatable(entry: CohortEntry) {
  return { id: entry.id, slug: entry.data.slug, translationKey: entry.data.translationKey };
}

/** Every cohort page of every language; none while no startup is public. */
export async function cohortRoutes(): Promise<RenderedRoute[]> {
  const counterpart = counterpartFinder((await getAllPublicCohort()).map(asTranslatable));
  const byLang = new Map<Locale, CohortEntry[]>();
  for (const lang of localeCodes) byLang.set(lang, await getCohort(lang));
  const editionsOf = (lang: Locale) => cohortEditions(byLang.get(lang) ?? []);
  const routes: RenderedRoute[] = [];

  for (const lang of localeCodes) {
    const other = otherLocale(lang);
    const members = byLang.get(lang) ?? [];
    const editions = editionsOf(lang);
    const [latest] = editions;
    if (latest === undefined) continue;
    const otherEditions = editionsOf(other);
    const otherLanding = otherEditions.length > 0 ? sectionPath(other, 'cohort') : null;
    routes.push({
      lang,
      path: sectionPath(lang, 'cohort'),
      counterpartPath: otherLanding,
      fallbackPath: sectionPath(other, 'home'),
      content: { kind: 'cohort', edition: latest, members: members.filter((entry) => entry.data.edition === latest), editions },
    });
    for (const edition of editions) {
      routes.push({
        lang,
        path: routePath({ kind: 'cohort-edition', lang, edition }),
        counterpartPath: otherEditions.includes(edition) ? routePath({ kind: 'cohort-edition', lang: other, edition }) : null,
        fallbackPath: otherLanding ?? sectionPath(other, 'home'),
        content: { kind: 'cohort-edition', edition, members: members.filter((entry) => entry.data.edition === edition), editions },
      });
    }
    for (const entry of members) {
      const found = counterpart(asTranslatable(entry), other);
      routes.push({
        lang,
        path: entryPath('cohort-member', entry),
        counterpartPath: found ? translatablePath('cohort-member', found) : null,
        fallbackPath: otherLanding ?? sectionPath(other, 'home'),
        content: { kind: 'cohort-member', entry },
      });
    }
  }
  return routes;
}

/** The cohort's landing page in `lang` once a startup is public there, else `undefined` (the status block links to it). */
export async function publishedCohortPath(lang: Locale): Promise<string | undefined> {
  return (await getCohort(lang)).length > 0 ? sectionPath(lang, 'cohort') : undefined;
}

/** The cohort's address in every language (`/fr/cohorte/`, `/en/cohort/`): what an announcement mentions when it links to it. */
export const cohortPrefixes: readonly string[] = localeCodes.map((lang) => sectionPath(lang, 'cohort'));

/**
 * Stops the build when a public text (an announcement, a standing page)
 * mentions a cohort address that is not published at this build's "now": a
 * results announcement released before the cohort would send readers to a
 * missing page, or name a startup early. Editors schedule the announcement
 * (`publishAt`) at the results instant or later.
 */
export function assertCohortLinksLive(texts: readonly { readonly source: string; readonly body?: string | undefined }[], livePaths: ReadonlySet<string>): void {
  for (const text of texts) {
    const missing = mentionedPaths(text.body ?? '', cohortPrefixes).filter((path) => !livePaths.has(path));
    if (missing.length > 0) {
      throw new Error(
        `${text.source} : renvoie à ${missing.join(', ')}, qui n’est pas encore publié (la cohorte paraît à l’annonce des résultats). ` +
          'Programmer la publication de l’annonce (« Publication programmée ») au moment de l’annonce des résultats ou plus tard. ' +
          '(links to a cohort page that is not published yet)',
      );
    }
  }
}

/**
 * The language versions of a page, as `hreflang` states them. The page's
 * `<head>` and the sitemap both write this list, so they cannot disagree, and
 * it is reciprocal by construction: a page and its counterpart list the same
 * pair, each with `x-default` on the bilingual door `/`, the page for a reader
 * whose language is neither.
 */
import { localeCodes, locales, otherLocale } from '../i18n/locales';
import type { RenderedRoute } from './route-table';
import { absoluteUrl, doorPath, sectionPath } from './urls';

/** One version of a page, as an `hreflang` link states it. */
export interface Alternate {
  /** BCP 47 language (`fr-CA`), or `x-default`. */
  readonly hreflang: string;
  /** Absolute URL of that version. */
  readonly href: string;
}

/** What the alternates of a page depend on: its language, its path and its counterpart's. */
export type PageVersions = Pick<RenderedRoute, 'lang' | 'path' | 'counterpartPath'>;

/** The `x-default` version: the bilingual door. */
function xDefault(site: URL): Alternate {
  return { hreflang: 'x-default', href: absoluteUrl(doorPath, site) };
}

/**
 * A page's versions: itself, its counterpart and `x-default`, in that order.
 * A page without counterpart lists itself alone (and no `x-default`, which
 * only means something beside several languages).
 */
export function pageAlternates(page: PageVersions, site: URL): Alternate[] {
  const self: Alternate = { hreflang: locales[page.lang].htmlLang, href: absoluteUrl(page.path, site) };
  if (page.counterpartPath === null) return [self];
  const counterpart: Alternate = { hreflang: locales[otherLocale(page.lang)].htmlLang, href: absoluteUrl(page.counterpartPath, site) };
  return [self, counterpart, xDefault(site)];
}

/** The door's versions: each language's home page, then itself as `x-default` (the same set the home pages list). */
export function doorAlternates(site: URL): Alternate[] {
  return [...localeCodes.map((lang) => ({ hreflang: locales[lang].htmlLang, href: absoluteUrl(sectionPath(lang, 'home'), site) })), xDefault(site)];
}

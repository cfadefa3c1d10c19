/**
 * Stable URLs: when an editor changes a published slug, the old address keeps
 * working. Each old slug listed in `redirectFrom` becomes a small static page
 * at the old path that sends readers (and search engines, via the canonical
 * link) to the current one.
 */
import type { Locale } from '../i18n/locales';
import { routePath, type EntryPageKind } from './urls';

/** An entry's current and former slugs. */
export interface SlugHistory {
  /** Language of the entry. */
  readonly lang: Locale;
  /** What the entry is: the URL shape depends on it. */
  readonly kind: EntryPageKind;
  /** Current slug. */
  readonly slug: string;
  /** Former slugs, from `redirectFrom`. */
  readonly redirectFrom: readonly string[];
  /** Where the entry lives, for error messages (`content/pages/en/a-propos.md`). */
  readonly source: string;
}

/** A redirect from an old path to the current one. */
export interface Redirect {
  /** Language of both pages. */
  readonly lang: Locale;
  /** Old path, `/en/a-propos/`. */
  readonly from: string;
  /** Current path, `/en/about/`. */
  readonly to: string;
}

/**
 * The redirects of a set of entries. Throws, naming the file, when an old
 * slug would shadow a live page or another redirect, since one of the two
 * URLs would silently stop working. An old slug equal to the current one is
 * ignored.
 */
export function buildRedirectList(entries: readonly SlugHistory[], livePaths: ReadonlySet<string>): Redirect[] {
  const redirects: Redirect[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const to = routePath({ kind: entry.kind, lang: entry.lang, slug: entry.slug });
    for (const oldSlug of new Set(entry.redirectFrom)) {
      if (oldSlug === entry.slug) continue;
      const from = routePath({ kind: entry.kind, lang: entry.lang, slug: oldSlug });
      if (livePaths.has(from)) {
        throw new Error(`${entry.source} : l’ancienne adresse « ${oldSlug} » est celle d’une page en ligne (${from}) — old slug shadows a live page`);
      }
      const previous = seen.get(from);
      if (previous !== undefined) {
        throw new Error(`${entry.source} et ${previous} redirigent tous deux ${from} (duplicate redirect)`);
      }
      seen.set(from, entry.source);
      redirects.push({ lang: entry.lang, from, to });
    }
  }
  return redirects.sort((a, b) => a.from.localeCompare(b.from));
}

/**
 * The search in the page URL (`?q=…&type=…`), so a search and its filter
 * can be shared and the back button returns to them. Pure: the page passes
 * `location.href`.
 */
import { searchResultTypes, type SearchResultType } from '../format';

/** The query in `href`, trimmed (`''` when none). */
export function queryFromUrl(href: string): string {
  return (new URL(href).searchParams.get('q') ?? '').trim();
}

/** The result type `href` filters on, when it names one (anything else: no filter). */
export function typeFromUrl(href: string): SearchResultType | undefined {
  const type = new URL(href).searchParams.get('type');
  return searchResultTypes.find((known) => known === type);
}

/** `href` with `q` set to `query` and `type` to `type`, each removed when empty. */
export function urlWithQuery(href: string, query: string, type?: SearchResultType): string {
  const url = new URL(href);
  if (query.trim() === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query.trim());
  if (type === undefined || query.trim() === '') url.searchParams.delete('type');
  else url.searchParams.set('type', type);
  return `${url.pathname}${url.search}${url.hash}`;
}

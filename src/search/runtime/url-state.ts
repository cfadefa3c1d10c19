/**
 * The query in the page URL (`?q=`), so a search can be shared and the back
 * button returns to it. Pure: the page passes `location.href`.
 */

/** The query in `href`, trimmed (`''` when none). */
export function queryFromUrl(href: string): string {
  return (new URL(href).searchParams.get('q') ?? '').trim();
}

/** `href` with `q` set to `query`, or removed when the query is empty. */
export function urlWithQuery(href: string, query: string): string {
  const url = new URL(href);
  if (query.trim() === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query.trim());
  return `${url.pathname}${url.search}${url.hash}`;
}

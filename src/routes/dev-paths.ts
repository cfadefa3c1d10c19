/**
 * Addresses the dev server must answer like the built site. With
 * `trailingSlash: 'always'`, Astro matches an endpoint whose file name is a
 * parameter (`/search/[...file]` → `/search/fr/index.json`,
 * `/[lang]/[media]/[download]` → `/en/media/logo-web.png`) only with a slash
 * after the name; the build writes those files under their plain names, and
 * that is what pages link to. The dev server adds the slash for such a path
 * (`src/integrations/dev-endpoints.ts`), and only when it makes an endpoint
 * match.
 */

/** True when the last segment of `pathname` has a file extension (`index.json`). */
function hasFileName(pathname: string): boolean {
  return /\/[^/]+\.[A-Za-z0-9]+$/.test(pathname);
}

/**
 * The path the dev server should serve for `pathname`, or `undefined` to
 * leave the request alone. `endpoints` are the patterns of the site's
 * endpoint routes.
 */
export function devEndpointPath(pathname: string, endpoints: readonly RegExp[]): string | undefined {
  if (!hasFileName(pathname) || endpoints.some((pattern) => pattern.test(pathname))) return undefined;
  const withSlash = `${pathname}/`;
  return endpoints.some((pattern) => pattern.test(withSlash)) ? withSlash : undefined;
}

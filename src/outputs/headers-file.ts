/**
 * Reads the `_headers` file static hosts apply (Netlify, Cloudflare Pages):
 * a path pattern on its own line, then indented `Name: value` lines. Used by
 * the tests that check what `public/_headers` promises and by the Lighthouse
 * benchmark, which serves the site with those headers as such a host would.
 */

/**
 * Headers set for exactly the path pattern `pattern` (`/*`), names as written.
 * Comments, blank lines and other patterns are skipped.
 */
export function headersFor(text: string, pattern: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let current = '';
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = line.trim();
      continue;
    }
    const separator = line.indexOf(':');
    if (current !== pattern || separator < 0) continue;
    headers[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
  }
  return headers;
}

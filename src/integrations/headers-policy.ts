/**
 * Writes each page's Content Security Policy into the `_headers` file static
 * hosts read, after the build: the policy Astro put in the pages' `<meta>`
 * (with the hashes of their inline scripts and styles), plus what a `<meta>`
 * policy cannot carry (`frame-ancestors 'none'`). One source, the pages
 * themselves, so a scanner that reads headers only sees the same complete
 * policy as the browser, and the two cannot drift apart.
 *
 * Pages are grouped by their first path segment: `/fr/*`, `/en/*`, `/admin/*`
 * (the CMS has its own, looser policy), and the files at the root by their
 * own path (`/`, `/404.html`). A group's policy allows what any of its pages'
 * allows (pages differ only by hashes). Hosts that join the values of several
 * matching rules (Cloudflare Pages) then enforce both `/*`'s short policy and
 * the group's: compatible, since `/*` only forbids framing, plugins and
 * `<base>`.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forEachText } from './read-texts';
import { formatHeadersRules, formatPolicy, mergePolicies, parsePolicy, type HeadersRule, type Policy } from '../outputs/headers-file';

/** Astro's CSP `<meta>`, as it writes it (attribute order and quoting fixed by its renderer). */
const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** What a `<meta>` policy cannot say: no page may be framed. */
export const headerOnlyDirectives: Policy = new Map([['frame-ancestors', ["'none'"]]]);

/** The `_headers` pattern of a page's group: `/fr/*` for `fr/faq/index.html`, the path itself at the root. */
export function groupPattern(file: string): string {
  const [first, ...rest] = file.split('/');
  if (rest.length > 0) return `/${first}/*`;
  return first === 'index.html' ? '/' : `/${first}`;
}

/** Decodes the few entities an attribute value may hold. */
function decodeAttribute(value: string): string {
  return value.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** One `_headers` rule per group of pages, with the group's policy plus `headerOnlyDirectives`. Pure. */
export function policyRules(pages: readonly { readonly file: string; readonly html: string }[]): HeadersRule[] {
  const groups = new Map<string, Policy[]>();
  for (const { file, html } of pages) {
    const match = cspMeta.exec(html);
    if (!match?.[1]) continue;
    const pattern = groupPattern(file);
    groups.set(pattern, [...(groups.get(pattern) ?? []), parsePolicy(decodeAttribute(match[1]))]);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([pattern, policies]) => ({ pattern, headers: { 'Content-Security-Policy': formatPolicy(mergePolicies(policies, headerOnlyDirectives)) } }));
}

/** The page up to its `</head>` (the whole page when it has none): where the policy's `<meta>` stands. */
function headOf(html: string): string {
  const end = html.indexOf('</head>');
  return end < 0 ? html : html.slice(0, end);
}

/** The integration: after `astro build`, appends the pages' policies to `dist/_headers`. */
export function headersPolicy(): AstroIntegration {
  return {
    name: 'headers-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        const htmlFiles = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
        // Only the head is kept (the policy's <meta> is there): a large site's pages would not fit in memory whole.
        const pages: { file: string; html: string }[] = [];
        await forEachText(htmlFiles, (path, html) => pages.push({ file: relative(root, path).split('\\').join('/'), html: headOf(html) }));
        const rules = policyRules(pages);
        const headersFile = join(root, '_headers');
        const base = await readFile(headersFile, 'utf8').catch(() => '');
        const generated = formatHeadersRules('Content-Security-Policy of each group of pages, copied from their <meta> at build time (src/integrations/headers-policy.ts).', rules);
        await writeFile(headersFile, `${base.trimEnd()}\n\n${generated}\n`);
        logger.info(`${rules.length} Content-Security-Policy rule(s) written to _headers`);
      },
    },
  };
}

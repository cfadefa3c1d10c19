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

/** A Content Security Policy as directives, each with its sources in order (`script-src` → `['self', …]`). */
export type Policy = ReadonlyMap<string, readonly string[]>;

/** Parses a policy (`default-src 'self'; img-src 'self' data:`); directive names in lower case. */
export function parsePolicy(text: string): Policy {
  const policy = new Map<string, string[]>();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), [...(policy.get(name.toLowerCase()) ?? []), ...sources]);
  }
  return policy;
}

/** Writes a policy back as text, directives in their first order. */
export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy allowing what any of `policies` allows: each directive with the
 * union of its sources (pages differ only by the hashes of their inline
 * scripts and styles). `extra` directives (`frame-ancestors 'none'`, which a
 * `<meta>` policy cannot carry) are added at the end.
 */
export function mergePolicies(policies: readonly Policy[], extra: Policy = new Map()): Policy {
  const merged = new Map<string, string[]>();
  for (const policy of [...policies, extra]) {
    for (const [name, sources] of policy) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  }
  return merged;
}

/** A rule of a `_headers` file: a path pattern and its headers. */
export interface HeadersRule {
  readonly pattern: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** `rules` in `_headers` syntax, after a comment line saying where they come from. */
export function formatHeadersRules(comment: string, rules: readonly HeadersRule[]): string {
  const body = rules.map((rule) => [rule.pattern, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return [`# ${comment}`, ...body].join('\n');
}

/**
 * The patterns of a `_headers` file that apply to `path` (`/*` and `/fr/*`
 * for `/fr/faq/`), in file order: `*` matches anything, including nothing.
 */
export function patternsFor(text: string, path: string): string[] {
  const patterns = text.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#') && !/^\s/.test(line)).map((line) => line.trim());
  return [...new Set(patterns)].filter((pattern) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path));
}

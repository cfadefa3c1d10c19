/**
 * The checks Google's CSP Evaluator (google/csp-evaluator, `security_checks.ts`
 * and `parser_checks.ts`, CSP3) and the MDN HTTP Observatory
 * (mdn/mdn-http-observatory, `analyzer/tests/csp.js`) apply to a policy,
 * written down so a unit test can hold the admin's policy to them. Each
 * finding has the severity those tools give it; `info` findings do not count
 * against a policy.
 */

/** Severities, most serious first. */
export const severities = ['high', 'syntax', 'medium', 'medium-maybe', 'low', 'info'] as const;

/** How serious a finding is. */
export type Severity = (typeof severities)[number];

/** One problem of a policy. */
export interface CspFinding {
  readonly severity: Severity;
  /** Which check found it (`evaluator:unsafe-eval`, `observatory:unsafe-inline`). */
  readonly check: string;
  readonly directive: string;
  readonly value?: string;
}

/** A parsed policy: each directive's sources, in order. */
export type ParsedCsp = ReadonlyMap<string, readonly string[]>;

/** Directive names CSP 3 knows (the evaluator's list). */
const knownDirectives = new Set([
  'child-src', 'connect-src', 'default-src', 'font-src', 'frame-src', 'img-src', 'media-src', 'object-src', 'script-src', 'script-src-attr', 'script-src-elem',
  'style-src', 'style-src-attr', 'style-src-elem', 'manifest-src', 'worker-src', 'base-uri', 'sandbox', 'form-action', 'frame-ancestors', 'report-to', 'report-uri',
  'upgrade-insecure-requests', 'trusted-types', 'require-trusted-types-for', 'webrtc',
]);

/** Keywords, which must be quoted. */
const keywords = ['self', 'none', 'unsafe-inline', 'unsafe-eval', 'wasm-unsafe-eval', 'strict-dynamic', 'unsafe-hashes', 'report-sample', 'inline-speculation-rules'];

/** Parses a policy string (`a b; c d`). */
export function parseCsp(policy: string): ParsedCsp {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !parsed.has(name.toLowerCase())) parsed.set(name.toLowerCase(), values);
  }
  return parsed;
}

const isHashOrNonce = (value: string) => /^'(?:sha(?:256|384|512)|nonce)-/.test(value);
const isScheme = (value: string) => /^[a-z][a-z0-9+.-]*:$/i.test(value);
const hostOf = (value: string) => value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/[:/].*$/, '');

/** The sources a fetch directive falls back to. */
function effective(csp: ParsedCsp, directive: string): readonly string[] | undefined {
  return csp.get(directive) ?? csp.get('default-src');
}

/** `script-src` as a CSP 3 browser applies it: with hashes, `'unsafe-inline'` is ignored; with `'strict-dynamic'`, hosts, schemes and `'self'` too. */
function effectiveScripts(csp: ParsedCsp): readonly string[] {
  const sources = effective(csp, 'script-src') ?? ['*'];
  if (!sources.some(isHashOrNonce)) return sources;
  const strict = sources.includes("'strict-dynamic'");
  return sources.filter((value) => value !== "'unsafe-inline'" && !(strict && (!value.startsWith("'") || value === "'self'")));
}

/** Every finding of CSP Evaluator's default checks and the Observatory's CSP test. */
export function cspFindings(policy: string): CspFinding[] {
  const csp = parseCsp(policy);
  const findings: CspFinding[] = [];
  const add = (severity: Severity, check: string, directive: string, value?: string) => findings.push({ severity, check, directive, ...(value === undefined ? {} : { value }) });
  const scripts = effectiveScripts(csp);

  // CSP Evaluator.
  for (const [name, values] of csp) {
    if (!knownDirectives.has(name)) add('syntax', 'evaluator:unknown-directive', name);
    for (const value of values) {
      if (keywords.includes(value)) add('syntax', 'evaluator:unquoted-keyword', name, value);
      if (value.startsWith('http://')) add('medium', 'evaluator:http-source', name, value);
      if (/^(?:\d{1,3}\.){3}\d{1,3}$/.test(hostOf(value))) add('info', 'evaluator:ip-source', name, value);
    }
  }
  if (scripts.includes("'unsafe-inline'")) add('high', 'evaluator:unsafe-inline', 'script-src');
  if ((effective(csp, 'script-src') ?? []).includes("'unsafe-eval'")) add('medium-maybe', 'evaluator:unsafe-eval', 'script-src', "'unsafe-eval'");
  const xssDirectives: [string, readonly string[] | undefined][] = [['script-src', scripts], ['object-src', effective(csp, 'object-src')], ['base-uri', csp.get('base-uri')]];
  for (const [name, values = []] of xssDirectives) {
    for (const value of values) {
      if (['data:', 'http:', 'https:'].includes(value)) add('high', 'evaluator:plain-url-scheme', name, value);
      if (value.replace(/^[a-z]+:\/\//, '') === '*') add('high', 'evaluator:wildcard', name, value);
    }
  }
  if (!effective(csp, 'object-src')?.length) add('high', 'evaluator:missing-object-src', 'object-src');
  if (!effective(csp, 'script-src')) add('high', 'evaluator:missing-script-src', 'script-src');
  const needsBaseUri = (csp.get('script-src') ?? []).some((value) => value.startsWith("'nonce-")) || (scripts.some(isHashOrNonce) && scripts.includes("'strict-dynamic'"));
  if (needsBaseUri && !csp.has('base-uri')) add('high', 'evaluator:missing-base-uri', 'base-uri');
  for (const value of scripts) {
    if (value === "'self'") add('medium-maybe', 'evaluator:self-in-script-src', 'script-src', value);
    else if (!value.startsWith("'") && !isScheme(value) && value.includes('.')) add('medium-maybe', 'evaluator:allowlisted-script-host', 'script-src', value);
  }
  for (const value of effective(csp, 'object-src') ?? []) if (value !== "'none'") add('medium-maybe', 'evaluator:object-src-allowlist', 'object-src', value);
  if (csp.has('report-uri')) add('info', 'evaluator:deprecated-directive', 'report-uri');

  // MDN HTTP Observatory (its verdict is the first that applies; every condition is recorded here).
  const broad = ['ftp:', 'http:', 'https:', '*', 'http://*', 'http://*.*', 'https://*', 'https://*.*'];
  const observatoryScripts = effectiveScripts(csp);
  if (observatoryScripts.some((value) => [...broad, "'unsafe-inline'", 'data:'].includes(value)) || (effective(csp, 'object-src') ?? ['*']).some((value) => broad.includes(value))) {
    add('high', 'observatory:unsafe-inline', 'script-src');
  }
  for (const [name, values] of csp) {
    if (['img-src', 'media-src'].includes(name)) continue;
    if (values.some((value) => value.startsWith('http:') || value.startsWith('ftp:'))) add('high', 'observatory:insecure-scheme', name);
  }
  for (const name of ['img-src', 'media-src']) if ((effective(csp, name) ?? []).some((value) => value.startsWith('http:'))) add('medium', 'observatory:insecure-passive', name);
  if ([...(effective(csp, 'script-src') ?? []), ...(effective(csp, 'style-src') ?? [])].includes("'unsafe-eval'")) add('medium', 'observatory:unsafe-eval', 'script-src', "'unsafe-eval'");
  // A passing result in the Observatory (no score change): noted, not counted.
  if ((effective(csp, 'style-src') ?? ['*']).some((value) => [...broad, "'unsafe-inline'", 'data:'].includes(value))) add('info', 'observatory:unsafe-inline-style', 'style-src');
  if ((csp.get('base-uri') ?? ['*']).some((value) => [...broad, "'unsafe-inline'", 'data:'].includes(value))) add('medium', 'observatory:insecure-base-uri', 'base-uri');
  if ((csp.get('form-action') ?? ['*']).some((value) => broad.includes(value))) add('medium', 'observatory:insecure-form-action', 'form-action');
  return findings;
}

/** Findings above `info`. */
export function seriousFindings(policy: string): CspFinding[] {
  return cspFindings(policy).filter((finding) => finding.severity !== 'info');
}

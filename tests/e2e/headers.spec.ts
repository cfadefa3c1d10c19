/**
 * The security headers file shipped for static hosts, and the per-page
 * Content Security Policy: no inline or eval'd script on public pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import * as cheerio from 'cheerio';
import { headersFor, parsePolicy, patternsFor } from '../../src/outputs/headers-file';
import { distRoot, htmlFiles, isAdminFile, readOutput, urlPathOf } from '../support/site-output';

test('_headers sets HSTS, nosniff, referrer, permissions and frame-ancestors for every path', () => {
  const file = join(distRoot, '_headers');
  expect(existsSync(file)).toBe(true);
  // Header names are case-insensitive: compare them in lower case.
  const headers = new Map(Object.entries(headersFor(readFileSync(file, 'utf8'), '/*')).map(([name, value]) => [name.toLowerCase(), value]));
  expect(headers.get('strict-transport-security')).toMatch(/max-age=\d{8,}/);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(headers.get('permissions-policy')).toMatch(/camera=\(\)/);
  expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
});

/** The script-src of a page's CSP meta element. */
function scriptSrc(html: string): string | undefined {
  const $ = cheerio.load(html);
  const policy = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('script-src'));
}

test('every public page carries a CSP without unsafe-inline or unsafe-eval for scripts', () => {
  const problems = htmlFiles()
    .filter((file) => !isAdminFile(file))
    .flatMap((file) => {
      const directive = scriptSrc(readOutput(file));
      if (!directive) return [`${file}: no script-src`];
      return /unsafe-(inline|eval)/.test(directive) ? [`${file}: ${directive}`] : [];
    });
  expect(problems).toEqual([]);
});

test('the CSP check reports a page that allows inline scripts', () => {
  const bad = `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'unsafe-inline'"></head></html>`;
  expect(scriptSrc(bad)).toMatch(/unsafe-inline/);
});

/** Problems with a page's inline `<style>` and `<script>`: before the policy `<meta>` (not covered), or not hashed in it. */
function inlineProblems(file: string, html: string): string[] {
  const $ = cheerio.load(html);
  const meta = $('meta[http-equiv="content-security-policy"]');
  if (meta.length === 0) return [`${file}: no CSP meta`];
  const policy = parsePolicy(meta.attr('content') ?? '');
  const all = $('*').toArray();
  const metaIndex = all.indexOf(meta.get(0) as (typeof all)[number]);
  const problems: string[] = [];
  $('style, script:not([src])').each((_index, element) => {
    const type = $(element).attr('type');
    if (element.tagName === 'script' && type !== undefined && type !== 'module' && !/javascript/.test(type)) return; // data blocks (JSON-LD) are not run
    const label = `${file}: <${element.tagName}> « ${$(element).text().slice(0, 40)} »`;
    if (all.indexOf(element) < metaIndex) problems.push(`${label} comes before the CSP meta`);
    const hash = `'sha256-${createHash('sha256').update($(element).text()).digest('base64')}'`;
    const sources = policy.get(element.tagName === 'style' ? 'style-src' : 'script-src') ?? [];
    if (!sources.includes(hash) && !sources.includes("'unsafe-inline'")) problems.push(`${label} is not in the policy`);
  });
  return problems;
}

test('every inline style and script comes after the CSP meta and is hashed in it', () => {
  const problems = htmlFiles()
    .filter((file) => !isAdminFile(file))
    .flatMap((file) => inlineProblems(file, readOutput(file)));
  expect(problems).toEqual([]);
});

test('the inline check reports a style before the policy and an unhashed script', () => {
  const bad = `<html><head><style>p{}</style><meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'"></head><body><script>x()</script></body></html>`;
  expect(inlineProblems('bad.html', bad)).toEqual([expect.stringContaining('before the CSP meta'), expect.stringContaining('not in the policy'), expect.stringContaining('not in the policy')]);
});

test('_headers carries, for every page, the complete policy of its <meta> plus frame-ancestors', () => {
  const headersText = readFileSync(join(distRoot, '_headers'), 'utf8');
  const problems = htmlFiles().flatMap((file) => {
    const path = urlPathOf(file);
    const meta = parsePolicy(cheerio.load(readOutput(file))('meta[http-equiv="content-security-policy"]').attr('content') ?? '');
    // The most specific rule that sets a policy: the last matching one, as the file lists broad rules first.
    const pattern = patternsFor(headersText, path).filter((candidate) => headersFor(headersText, candidate)['Content-Security-Policy'] !== undefined).at(-1);
    const header = parsePolicy(pattern ? (headersFor(headersText, pattern)['Content-Security-Policy'] ?? '') : '');
    const missing = [...meta].flatMap(([name, sources]) => sources.filter((source) => !(header.get(name) ?? []).includes(source)).map((source) => `${name} ${source}`));
    if (!(header.get('frame-ancestors') ?? []).includes("'none'")) missing.push("frame-ancestors 'none'");
    if (!header.has('script-src') || !header.has('style-src')) missing.push('script-src and style-src');
    return missing.length > 0 ? [`${path} (${pattern ?? 'no rule'}): ${missing.join(', ')}`] : [];
  });
  expect(problems).toEqual([]);
});

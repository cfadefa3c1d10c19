/**
 * The security headers file shipped for static hosts, and the per-page
 * Content Security Policy: no inline or eval'd script on public pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import * as cheerio from 'cheerio';
import { headersFor } from '../../src/outputs/headers-file';
import { distRoot, htmlFiles, isAdminFile, readOutput } from '../support/site-output';

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

// If these fail, the _headers file may promise a policy the pages do not have, or none at all.
import { describe, expect, test } from 'vitest';
import { groupPattern, policyRules } from '../../../src/integrations/headers-policy';
import { withPrintOrigin } from '../../../src/integrations/print-origin';

describe('groupPattern', () => {
  test.each([
    ['fr/faq/index.html', '/fr/*'],
    ['en/index.html', '/en/*'],
    ['admin/index.html', '/admin/*'],
    ['index.html', '/'],
    ['404.html', '/404.html'],
  ])('%s → %s', (file, expected) => {
    expect(groupPattern(file)).toBe(expected);
  });
});

test('policyRules: one rule per group, the union of its pages’ policies plus frame-ancestors; pages without a policy add nothing', () => {
  const page = (policy: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head></html>`;
  const rules = policyRules([
    { file: 'fr/index.html', html: page("script-src 'self' 'sha256-a'") },
    { file: 'fr/faq/index.html', html: page("script-src 'self' 'sha256-b'") },
    { file: 'index.html', html: page("default-src 'self'") },
    { file: 'plain.html', html: '<html></html>' },
  ]);
  expect(rules).toEqual([
    { pattern: '/', headers: { 'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'" } },
    { pattern: '/fr/*', headers: { 'Content-Security-Policy': "script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'" } },
  ]);
});

test('withPrintOrigin fills in the placeholder as a CSS string', () => {
  expect(withPrintOrigin(":root { --print-origin: ''; }", 'https://example.ca')).toBe(':root { --print-origin: "https://example.ca"; }');
  expect(withPrintOrigin('p{}', 'https://example.ca')).toBe('p{}');
});

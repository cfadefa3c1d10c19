import { describe, expect, test } from 'vitest';
import { formatHeadersRules, formatPolicy, headersFor, mergePolicies, parsePolicy, patternsFor } from '../../../src/outputs/headers-file';

describe('headersFor', () => {
  const text = "# comment\n/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: frame-ancestors 'none'\n\n/admin/*\n  Cache-Control: no-store\n  Malformed line\n";
  test.each([
    { pattern: '/*', expected: { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "frame-ancestors 'none'" } },
    { pattern: '/admin/*', expected: { 'Cache-Control': 'no-store' } },
    { pattern: '/fr/*', expected: {} },
  ])('$pattern', ({ pattern, expected }) => {
    expect(headersFor(text, pattern)).toEqual(expected);
  });
});

describe('policies', () => {
  test('parse and format round-trip, directive names in lower case', () => {
    expect(formatPolicy(parsePolicy("default-src 'self';IMG-SRC 'self' data:; "))).toBe("default-src 'self'; img-src 'self' data:");
  });

  test.each([
    {
      name: 'union of sources per directive, in first order, extra directives last',
      policies: ["script-src 'self' 'sha256-a'; style-src 'self'", "script-src 'self' 'sha256-b'; style-src 'self' 'sha256-c'"],
      extra: "frame-ancestors 'none'",
      expected: "script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-c'; frame-ancestors 'none'",
    },
    { name: 'one policy stays itself', policies: ["default-src 'self'"], extra: '', expected: "default-src 'self'" },
  ])('$name', ({ policies, extra, expected }) => {
    expect(formatPolicy(mergePolicies(policies.map(parsePolicy), parsePolicy(extra)))).toBe(expected);
  });
});

describe('patternsFor', () => {
  const text = '/*\n  A: 1\n/fr/*\n  B: 2\n/\n  C: 3\n/404.html\n  D: 4\n';
  test.each([
    ['/fr/faq/', ['/*', '/fr/*']],
    ['/fr/', ['/*', '/fr/*']],
    ['/', ['/*', '/']],
    ['/404.html', ['/*', '/404.html']],
    ['/en/', ['/*']],
  ])('%s', (path, expected) => {
    expect(patternsFor(text, path)).toEqual(expected);
  });
});

test('formatHeadersRules writes the _headers syntax headersFor reads', () => {
  const text = formatHeadersRules('generated', [{ pattern: '/fr/*', headers: { 'Content-Security-Policy': "default-src 'self'" } }]);
  expect(text.startsWith('# generated\n')).toBe(true);
  expect(headersFor(text, '/fr/*')).toEqual({ 'Content-Security-Policy': "default-src 'self'" });
});

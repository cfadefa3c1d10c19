import { describe, expect, test } from 'vitest';
import { headersFor } from '../../../src/outputs/headers-file';

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

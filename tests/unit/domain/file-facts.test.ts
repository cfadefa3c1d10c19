import { describe, expect, test } from 'vitest';
import { formatDimensions, formatFileSize } from '../../../src/domain/file-facts';

/** Normalises the spaces Intl uses (narrow no-break, no-break) for comparison. */
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatFileSize', () => {
  test.each([
    { lang: 'fr' as const, bytes: 512, expected: '512 octets' },
    { lang: 'fr' as const, bytes: 84_512, expected: '84,5 Ko' },
    { lang: 'fr' as const, bytes: 845_120, expected: '845 Ko' },
    { lang: 'fr' as const, bytes: 1_234_567, expected: '1,2 Mo' },
    { lang: 'en' as const, bytes: 1_234_567, expected: '1.2 MB' },
    { lang: 'en' as const, bytes: 999, expected: '999 bytes' },
    { lang: 'en' as const, bytes: 1000, expected: '1 KB' },
  ])('$lang $bytes → $expected', ({ lang, bytes, expected }) => {
    expect(spaces(formatFileSize(lang, bytes))).toBe(expected);
  });
});

describe('formatDimensions', () => {
  test.each([
    { lang: 'fr' as const, expected: '1 600 × 900 px' },
    { lang: 'en' as const, expected: '1,600 × 900 px' },
  ])('$lang', ({ lang, expected }) => {
    expect(spaces(formatDimensions(lang, 1600, 900))).toBe(expected);
  });
});

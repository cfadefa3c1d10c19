import { describe, expect, test } from 'vitest';
import { formatList, formatMoney } from '../../../src/domain/amounts-and-lists';

describe('amounts and lists in the reader’s language', () => {
  test.each([
    ['fr', 120000, '120\u00a0000\u00a0$'],
    ['en', 120000, '$120,000'],
    ['fr', 1200000, '1\u00a0200\u00a0000\u00a0$'],
  ] as const)('formatMoney(%s, %i) = %s', (lang, amount, expected) => {
    expect(formatMoney(lang, amount)).toBe(expected);
  });
  test.each([
    ['fr', ['réalité mixte', 'cybersécurité', 'chaînes de blocs'], 'réalité mixte, cybersécurité et chaînes de blocs'],
    ['en', ['mixed reality', 'cybersecurity', 'blockchain'], 'mixed reality, cybersecurity and blockchain'],
  ] as const)('formatList(%s)', (lang, items, expected) => expect(formatList(lang, items)).toBe(expected));
});

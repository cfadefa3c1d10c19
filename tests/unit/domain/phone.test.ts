import { describe, expect, test } from 'vitest';
import { formatList, formatMoney, telHref, unbreakablePhone } from '../../../src/domain/phone';

describe('numbers and lists in the reader’s language', () => {
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
  test.each([
    ['+1 418 555-0100', '+1\u00a0418\u00a0555\u20110100', 'tel:+14185550100'],
    ['418 555-0101', '418\u00a0555\u20110101', 'tel:4185550101'],
  ])('phone %s', (phone, display, href) => {
    expect(unbreakablePhone(phone)).toBe(display);
    expect(telHref(phone)).toBe(href);
  });
});

import { expect, test } from 'vitest';
import { telHref, unbreakablePhone } from '../../../src/domain/phone';

test.each([
  ['+1 418 555-0100', '+1\u00a0418\u00a0555\u20110100', 'tel:+14185550100'],
  ['418 555-0101', '418\u00a0555\u20110101', 'tel:4185550101'],
])('phone %s', (phone, display, href) => {
  expect(unbreakablePhone(phone)).toBe(display);
  expect(telHref(phone)).toBe(href);
});

import { describe, expect, test } from 'vitest';
import en from '../../../src/i18n/ui/en.json';
import fr from '../../../src/i18n/ui/fr.json';
import { interpolate } from '../../../src/i18n/interpolate';
import { isUiKey, translate } from '../../../src/i18n/translate';

describe('UI strings', () => {
  test('English has exactly the French keys (no missing, no stray)', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  test('every string uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });

  test('French strings use a no-break space before : ; ? ! and inside guillemets', () => {
    for (const [key, text] of Object.entries(fr)) {
      expect(text, key).not.toMatch(/[^\u00a0\u202f][:;?!](\s|$)/u);
      expect(text, key).not.toMatch(/« | »/u);
    }
  });

  test.each([
    ['fr', 'site.nav.faq', undefined, 'FAQ'],
    ['en', 'site.nav.dates', undefined, 'Key dates'],
    ['fr', 'site.lastUpdated', { date: '15 mars 2027' }, 'Date de modification\u00a0: 15 mars 2027'],
    ['en', 'announcements.page', { page: 2, total: 3 }, 'Page 2 of 3'],
  ] as const)('translate(%s, %s)', (lang, key, values, expected) => {
    expect(translate(lang, key, values)).toBe(expected);
  });

  test.each([
    ['site.nav.faq', true],
    ['search.filter.faq', true],
    ['search.filter.no-such-type', false],
    ['toString', false],
  ])('isUiKey(%s) = %s', (key, expected) => {
    expect(isUiKey(key)).toBe(expected);
  });

  test.each([
    ['{a} et {b}', { a: 1, b: 'deux' }, '1 et deux'],
    ['{missing} reste visible', {}, '{missing} reste visible'],
  ])('interpolate(%s)', (template, values, expected) => expect(interpolate(template, values)).toBe(expected));
});

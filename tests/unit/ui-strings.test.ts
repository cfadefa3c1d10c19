import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/ui/en.json';
import fr from '../../src/i18n/ui/fr.json';

describe('UI strings', () => {
  test('English has every French key, and no other', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  test.each(Object.entries(fr))('French typography in %s: no-break space before : ; ? !', (_key, value) => {
    expect(value).not.toMatch(/[ \t][:;?!]/);
    expect(value).not.toMatch(/[^\s\u00a0\u202f(][;?!](\s|$)/);
  });

  test.each(Object.keys(fr))('placeholders of %s match in both languages', (key) => {
    const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    expect(placeholders((en as Record<string, string>)[key])).toEqual(placeholders((fr as Record<string, string>)[key]));
  });
});

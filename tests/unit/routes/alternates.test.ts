import { describe, expect, test } from 'vitest';
import { doorAlternates, pageAlternates, type Alternate, type PageVersions } from '../../../src/routes/alternates';

const site = new URL('https://e.ca');

/** `[hreflang, path]` pairs, shorter to read than absolute URLs. */
const short = (alternates: readonly Alternate[]) => alternates.map(({ hreflang, href }) => [hreflang, href.replace('https://e.ca', '')]);

describe('pageAlternates', () => {
  test.each<{ label: string; page: PageVersions; expected: string[][] }>([
    {
      label: 'a section with a localized path',
      page: { lang: 'fr', path: '/fr/criteres/', counterpartPath: '/en/criteria/' },
      expected: [['fr-CA', '/fr/criteres/'], ['en-CA', '/en/criteria/'], ['x-default', '/']],
    },
    {
      label: 'the same pair seen from English: itself first',
      page: { lang: 'en', path: '/en/criteria/', counterpartPath: '/fr/criteres/' },
      expected: [['en-CA', '/en/criteria/'], ['fr-CA', '/fr/criteres/'], ['x-default', '/']],
    },
    {
      label: 'a page without counterpart: itself alone, no x-default',
      page: { lang: 'fr', path: '/fr/annonces/seulement-fr/', counterpartPath: null },
      expected: [['fr-CA', '/fr/annonces/seulement-fr/']],
    },
    {
      label: 'a home page: the same set as the door',
      page: { lang: 'en', path: '/en/', counterpartPath: '/fr/' },
      expected: [['en-CA', '/en/'], ['fr-CA', '/fr/'], ['x-default', '/']],
    },
  ])('$label', ({ page, expected }) => {
    expect(short(pageAlternates(page, site))).toEqual(expected);
  });

  test('a pair lists the same versions from either side (reciprocal)', () => {
    const fr = pageAlternates({ lang: 'fr', path: '/fr/a-propos/', counterpartPath: '/en/about/' }, site);
    const en = pageAlternates({ lang: 'en', path: '/en/about/', counterpartPath: '/fr/a-propos/' }, site);
    expect(new Set(short(fr).map(String))).toEqual(new Set(short(en).map(String)));
  });

  test('URLs are made absolute on the configured site', () => {
    expect(pageAlternates({ lang: 'fr', path: '/fr/', counterpartPath: '/en/' }, new URL('https://h.example/'))).toEqual([
      { hreflang: 'fr-CA', href: 'https://h.example/fr/' },
      { hreflang: 'en-CA', href: 'https://h.example/en/' },
      { hreflang: 'x-default', href: 'https://h.example/' },
    ]);
  });
});

test('doorAlternates: both home pages and the door itself as x-default', () => {
  expect(short(doorAlternates(site))).toEqual([['fr-CA', '/fr/'], ['en-CA', '/en/'], ['x-default', '/']]);
  // The door and the home pages must state one set, or search engines ignore the annotation.
  const home = pageAlternates({ lang: 'fr', path: '/fr/', counterpartPath: '/en/' }, site);
  expect(new Set(short(doorAlternates(site)).map(String))).toEqual(new Set(short(home).map(String)));
});

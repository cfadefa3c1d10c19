import { describe, expect, test } from 'vitest';
import { hreflangLinks, isNoindex, isPageUrl } from '../../../src/outputs/sitemap';

describe('isNoindex', () => {
  test.each([
    { html: '<meta name="robots" content="noindex">', expected: true },
    { html: '<meta content="noindex, nofollow" name="ROBOTS" />', expected: true },
    { html: '<meta name="robots" content="index">', expected: false },
    { html: '<meta name="description" content="noindex">', expected: false },
    { html: '<p>noindex</p>', expected: false },
  ])('$html → $expected', ({ html, expected }) => {
    expect(isNoindex(html)).toBe(expected);
  });
});

describe('hreflangLinks', () => {
  test.each([
    {
      label: 'a page and its translation',
      html: '<link rel="alternate" hreflang="fr-CA" href="https://e.ca/fr/criteres/"><link rel="alternate" hreflang="en-CA" href="https://e.ca/en/criteria/">',
      expected: [
        { lang: 'fr-CA', url: 'https://e.ca/fr/criteres/' },
        { lang: 'en-CA', url: 'https://e.ca/en/criteria/' },
      ],
    },
    { label: 'no translation', html: '<link rel="alternate" hreflang="fr-CA" href="https://e.ca/fr/x/">', expected: [] },
    {
      label: 'feeds ignored; x-default alone does not make a translation',
      html: '<link rel="alternate" type="application/rss+xml" href="/fr/rss.xml"><link rel="alternate" hreflang="x-default" href="https://e.ca/"><link rel="alternate" hreflang="fr-CA" href="https://e.ca/fr/">',
      expected: [],
    },
    {
      label: 'x-default kept beside two languages',
      html: '<link rel="alternate" hreflang="fr-CA" href="https://e.ca/fr/"><link rel="alternate" hreflang="en-CA" href="https://e.ca/en/"><link rel="alternate" hreflang="x-default" href="https://e.ca/">',
      expected: [
        { lang: 'fr-CA', url: 'https://e.ca/fr/' },
        { lang: 'en-CA', url: 'https://e.ca/en/' },
        { lang: 'x-default', url: 'https://e.ca/' },
      ],
    },
    {
      label: 'entities decoded',
      html: `<link href='https://e.ca/fr/a/?x=1&amp;y=2' hreflang='fr-CA' rel='alternate'><link rel="alternate" hreflang="en-CA" href="https://e.ca/en/a/">`,
      expected: [
        { lang: 'fr-CA', url: 'https://e.ca/fr/a/?x=1&y=2' },
        { lang: 'en-CA', url: 'https://e.ca/en/a/' },
      ],
    },
  ])('$label', ({ html, expected }) => {
    expect(hreflangLinks(html)).toEqual(expected);
  });
});

describe('isPageUrl', () => {
  test.each([
    ['https://e.ca/fr/', true],
    ['https://e.ca/fr/criteres/', true],
    ['https://e.ca/fr/rss.xml', false],
    ['https://e.ca/en/program.json', false],
    ['https://e.ca/fr/dates/date-limite.ics', false],
  ])('%s → %s', (url, expected) => {
    expect(isPageUrl(url)).toBe(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { buildRedirectList, type SlugHistory } from '../../../src/routes/redirects';

/** A slug history fixture. */
function history(partial: Partial<SlugHistory>): SlugHistory {
  return { lang: 'en', kind: 'page', slug: 'about', redirectFrom: [], source: 'content/pages/en/a-propos.md', ...partial };
}

describe('buildRedirectList', () => {
  test.each([
    { label: 'no old slug', entries: [history({})], expected: [] },
    {
      label: 'page',
      entries: [history({ redirectFrom: ['a-propos'] })],
      expected: [{ lang: 'en', from: '/en/a-propos/', to: '/en/about/' }],
    },
    {
      label: 'announcement, two old slugs, sorted',
      entries: [history({ lang: 'fr', kind: 'announcement', slug: 'entente', redirectFrom: ['vieille-b', 'vieille-a'] })],
      expected: [
        { lang: 'fr', from: '/fr/annonces/vieille-a/', to: '/fr/annonces/entente/' },
        { lang: 'fr', from: '/fr/annonces/vieille-b/', to: '/fr/annonces/entente/' },
      ],
    },
    { label: 'old slug equal to the current one is ignored', entries: [history({ redirectFrom: ['about'] })], expected: [] },
    { label: 'repeated old slug counts once', entries: [history({ redirectFrom: ['a-propos', 'a-propos'] })], expected: [{ lang: 'en', from: '/en/a-propos/', to: '/en/about/' }] },
  ])('$label', ({ entries, expected }) => {
    expect(buildRedirectList(entries, new Set(['/en/about/']))).toEqual(expected);
  });

  test.each([
    { label: 'shadows a live page', entries: [history({ redirectFrom: ['contact'] })], error: /page en ligne/ },
    {
      label: 'two entries claim the same old slug',
      entries: [history({ redirectFrom: ['ancien'] }), history({ slug: 'other', redirectFrom: ['ancien'], source: 'content/pages/en/other.md' })],
      error: /duplicate redirect/,
    },
  ])('throws when an old slug $label', ({ entries, error }) => {
    expect(() => buildRedirectList(entries, new Set(['/en/about/', '/en/contact/']))).toThrow(error);
  });
});

import { describe, expect, test } from 'vitest';
import { shareMetaTags, type ShareInput } from '../../../src/outputs/share-meta';

const input: ShareInput = {
  title: 'Titre',
  description: 'Résumé',
  url: 'https://example.ca/fr/annonces/a/',
  siteName: 'Jeunes pousses Québec',
  locale: 'fr_CA',
  alternateLocales: ['en_CA'],
  image: { url: 'https://example.ca/_astro/og.jpg', width: 1200, height: 630, alt: 'Logo', type: 'image/jpeg' },
  type: 'article',
  publishedTime: '2026-11-02T00:00:00-05:00',
};

/** The tags as `key=content` lines, for readable assertions. */
const lines = (share: ShareInput) => shareMetaTags(share).map((tag) => `${tag.attribute}:${tag.key}=${tag.content}`);

describe('shareMetaTags', () => {
  test.each([
    'property:og:type=article',
    'property:og:url=https://example.ca/fr/annonces/a/',
    'property:og:locale=fr_CA',
    'property:og:locale:alternate=en_CA',
    'property:og:image:width=1200',
    'property:og:image:height=630',
    'property:og:image:alt=Logo',
    'property:article:published_time=2026-11-02T00:00:00-05:00',
    'name:twitter:card=summary_large_image',
    'name:twitter:image=https://example.ca/_astro/og.jpg',
  ])('has %s', (line) => {
    expect(lines(input)).toContain(line);
  });

  test('no article times on a website page, no empty tags', () => {
    const result = lines({ ...input, type: 'website', alternateLocales: [] });
    expect(result.some((line) => line.includes('article:'))).toBe(false);
    expect(result.some((line) => line.includes('og:locale:alternate'))).toBe(false);
    expect(result.every((line) => !line.endsWith('='))).toBe(true);
  });
});


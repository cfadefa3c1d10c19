import { Readable } from 'node:stream';
import { parseSitemap, parseSitemapIndex } from 'sitemap';
import { describe, expect, test } from 'vitest';
import { sitemapEntry, sitemapFiles, sitemapIndexXml, sitemapPages, sitemapXml, type SitemapPage } from '../../../src/outputs/sitemap';
import type { PageVersions } from '../../../src/routes/alternates';

const site = new URL('https://e.ca');

const routes: PageVersions[] = [
  { lang: 'fr', path: '/fr/criteres/', counterpartPath: '/en/criteria/' },
  { lang: 'fr', path: '/fr/annonces/seulement-fr/', counterpartPath: null },
  { lang: 'en', path: '/en/criteria/', counterpartPath: '/fr/criteres/' },
];

describe('sitemapPages and sitemapEntry', () => {
  test('the door first, then every route in the table order, with the alternates the pages list', () => {
    const entries = sitemapPages(routes).map((page) => sitemapEntry(page, site));
    expect(entries.map((entry) => entry.url)).toEqual(['https://e.ca/', 'https://e.ca/fr/criteres/', 'https://e.ca/fr/annonces/seulement-fr/', 'https://e.ca/en/criteria/']);
    expect(entries[0]?.alternates.map((alternate) => alternate.hreflang)).toEqual(['fr-CA', 'en-CA', 'x-default']);
    expect(entries[1]?.alternates.map((alternate) => alternate.href)).toEqual(['https://e.ca/fr/criteres/', 'https://e.ca/en/criteria/', 'https://e.ca/']);
    expect(entries[2]?.alternates).toEqual([{ hreflang: 'fr-CA', href: 'https://e.ca/fr/annonces/seulement-fr/' }]);
  });
});

describe('sitemapFiles', () => {
  const pages = (count: number): SitemapPage[] => sitemapPages(Array.from({ length: count - 1 }, (_, index) => ({ lang: 'fr' as const, path: `/fr/p${index}/`, counterpartPath: null })));

  test.each([
    { pageCount: 1, limit: 3, sizes: [1] },
    { pageCount: 3, limit: 3, sizes: [3] },
    { pageCount: 4, limit: 3, sizes: [3, 1] },
    { pageCount: 7, limit: 3, sizes: [3, 3, 1] },
  ])('$pageCount pages, at most $limit a file → $sizes', ({ pageCount, limit, sizes }) => {
    const files = sitemapFiles(pages(pageCount), limit);
    expect(files.map((file) => file.pages.length)).toEqual(sizes);
    expect(files.map((file) => file.path)).toEqual(sizes.map((_, index) => `/sitemap-${index}.xml`));
    expect(files.flatMap((file) => file.pages)).toEqual(pages(pageCount));
  });

  test('the default limit keeps a small site in one file', () => {
    expect(sitemapFiles(pages(40)).map((file) => file.path)).toEqual(['/sitemap-0.xml']);
  });
});

describe('sitemap XML', () => {
  test('a file lists each page with its xhtml:link alternates, and nothing else', async () => {
    const xml = await sitemapXml(sitemapPages(routes), site);
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><urlset /);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).not.toMatch(/xmlns:(news|image|video)=|<lastmod>|<priority>|<changefreq>/);
    const parsed = await parseSitemap(Readable.from([xml]));
    expect(parsed.map((item) => [item.url, item.links.map((link) => `${link.lang} ${link.url}`)])).toEqual([
      ['https://e.ca/', ['fr-CA https://e.ca/fr/', 'en-CA https://e.ca/en/', 'x-default https://e.ca/']],
      ['https://e.ca/fr/criteres/', ['fr-CA https://e.ca/fr/criteres/', 'en-CA https://e.ca/en/criteria/', 'x-default https://e.ca/']],
      ['https://e.ca/fr/annonces/seulement-fr/', ['fr-CA https://e.ca/fr/annonces/seulement-fr/']],
      ['https://e.ca/en/criteria/', ['en-CA https://e.ca/en/criteria/', 'fr-CA https://e.ca/fr/criteres/', 'x-default https://e.ca/']],
    ]);
  });

  test('the index lists every file at the configured site', async () => {
    const files = sitemapFiles(sitemapPages(routes), 2);
    const parsed = await parseSitemapIndex(Readable.from([await sitemapIndexXml(files, new URL('https://h.example/'))]));
    expect(parsed.map((item) => item.url)).toEqual(['https://h.example/sitemap-0.xml', 'https://h.example/sitemap-1.xml']);
  });
});

/**
 * Small things readers notice: one search box on the search page; a visible
 * « Copier le lien » for each criterion, a plain link to its anchor; feeds
 * that open in a browser as a page saying what a feed is and how to
 * subscribe, in the feed's language; real headings (no paragraph that is only
 * bold text); captions on data tables; French quotations in English pages
 * marked `lang` (language of parts, on the bilingual sample content).
 */
import { expect, test } from '@playwright/test';
import * as cheerio from 'cheerio';
import { uiString as translate } from '../support/ui-strings';
import { contentRoot, frontmatter } from '../support/content';
import { htmlFiles, isAdminFile, readOutput, urlPathOf } from '../support/site-output';

test('the search page has one search box; other pages keep the header’s', async ({ page }) => {
  for (const [path, count] of [['/fr/recherche/', 1], ['/en/search/', 1], ['/fr/criteres/', 1]] as const) {
    await page.goto(path);
    await expect(page.getByRole('searchbox'), path).toHaveCount(count);
  }
  await page.goto('/fr/recherche/');
  await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
});

test('each criterion has a visible « Copier le lien », a plain link to its own anchor', async ({ page }) => {
  await page.goto('/fr/criteres/');
  const items = (frontmatter(`${contentRoot}/criteria/fr/criteres.md`)['items'] as Record<string, unknown>[]).map((item) => String(item['id']));
  expect(items.length).toBeGreaterThan(3);
  for (const id of items) {
    const link = page.locator(`[id="${id}"]`).getByRole('link', { name: new RegExp(`^${translate('fr', 'criteria.copyLink')}`) });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', `#${id}`);
  }
  const [first] = items;
  await page.locator(`[id="${first}"]`).getByRole('link', { name: /^Copier le lien/ }).click();
  expect(new URL(page.url()).hash).toBe(`#${first}`);
});

for (const [lang, feeds] of [['fr', ['/fr/rss.xml', '/fr/changements.xml']], ['en', ['/en/rss.xml', '/en/changes.xml']]] as const) {
  test(`feeds opened in a browser explain what a feed is and how to subscribe (${lang})`, async ({ page, baseURL }) => {
    for (const feed of feeds) {
      await page.goto(feed);
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'fr' ? 'fr-CA' : 'en-CA');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(translate(lang, 'feeds.stylesheet.about'))).toBeVisible();
      await expect(page.locator('code')).toHaveText(new RegExp(`${feed.replace(/\./g, '\\.')}$`));
      // Styled by a same-origin file, which the policy's style-src 'self' allows.
      const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href));
      expect(sheets).toEqual([`${new URL(baseURL ?? '').origin}/feed.css`]);
      await expect(page.locator('.feed__items > li').first()).toBeVisible();
    }
  });
}

/** Paragraphs whose whole text is one bold element: a heading in disguise. */
function boldParagraphs(file: string, html: string): string[] {
  const $ = cheerio.load(html);
  return $('p')
    .filter((_index, element) => {
      const children = $(element).contents().filter((_i, node) => !(node.type === 'text' && node.data.trim() === ''));
      return children.length === 1 && $(children[0]).is('strong, b');
    })
    .map((_index, element) => `${urlPathOf(file)}: <p><strong>${$(element).text().trim().slice(0, 40)}`)
    .get();
}

test('no paragraph of bold text stands in for a heading; every data table has a caption', () => {
  const files = htmlFiles().filter((file) => !isAdminFile(file));
  expect(files.flatMap((file) => boldParagraphs(file, readOutput(file)))).toEqual([]);
  const tables = files.flatMap((file) => {
    const $ = cheerio.load(readOutput(file));
    return $('table').map((_index, table) => ({ file, caption: $(table).children('caption').text().trim() })).get();
  });
  expect(tables.length, 'the sample content has a data table').toBeGreaterThan(0);
  expect(tables.filter((table) => table.caption === '')).toEqual([]);
  expect(boldParagraphs('x/index.html', '<p><strong>À préparer</strong></p><p><strong>Note</strong> : texte</p>')).toHaveLength(1);
});

test('French quotations « … » in English pages carry lang="fr-CA" (language of parts, sample content)', () => {
  const problems: string[] = [];
  let marked = 0;
  for (const file of htmlFiles().filter((name) => /^(fr|en)\//.test(name))) {
    const pageLang = file.slice(0, 2);
    const $ = cheerio.load(readOutput(file));
    $('main *').each((_index, element) => {
      const lang = ($(element).closest('[lang]').attr('lang') ?? '').slice(0, 2);
      const node = { data: $(element).contents().filter((_i, child) => child.type === 'text').text() };
      for (const quotation of node.data.match(/«[^»]*»/g) ?? []) {
        if (pageLang === 'en' && lang !== 'fr') problems.push(`${urlPathOf(file)}: ${quotation.slice(0, 50)} is not marked lang="fr"`);
        if (pageLang === 'en' && lang === 'fr') marked += 1;
      }
    });
  }
  expect(problems).toEqual([]);
  expect(marked, 'the English sample content quotes French (Radio-Canada)').toBeGreaterThan(0);
});

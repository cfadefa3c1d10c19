/**
 * Gates that need a build of altered content, made on a throw-away copy of
 * the project so real content is never touched:
 * - editor-written Markdown carrying XSS vectors builds to nothing executable
 *   (asserted on the built HTML and in Chromium: no dialog fires);
 * - a broken file stops the real build with a message naming the file and field.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { expect, test } from '@playwright/test';
import { e2ePort as e2ePortOf } from '../support/ports';
import * as cheerio from 'cheerio';
import { parseSitemap } from 'sitemap';
import { buildCopy, copyProject, removeCopy, serveStatic } from '../support/temp-site';

test.describe.configure({ mode: 'serial' });

const fixture = join(import.meta.dirname, '..', 'fixtures', 'xss', 'vecteurs-xss.md');
const port = e2ePortOf('throwaway');
let copy = '';
let server: Server | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  copy = copyProject('xss-build-');
  for (const lang of ['fr', 'en']) {
    mkdirSync(join(copy, 'content', 'announcements', lang), { recursive: true });
    copyFileSync(fixture, join(copy, 'content', 'announcements', lang, 'vecteurs-xss.md'));
  }
  // A French announcement whose English version is still being written.
  writeFileSync(
    join(copy, 'content', 'announcements', 'fr', 'traduction-en-cours.md'),
    ['---', 'title: Annonce en attente de traduction', 'summary: Seule la version française existe pour le moment.', 'published: 2026-11-21', 'kind: news', 'topics: [program]', 'translationPending: true', '---', '', 'Texte.', ''].join('\n'),
  );
  const result = await buildCopy(copy);
  expect(result.code, result.output).toBe(0);
  server = await serveStatic(join(copy, 'dist'), port);
});

test.afterAll(() => {
  server?.close();
  removeCopy(copy);
});

test('the built page keeps the text and drops every executable vector', () => {
  const html = readFileSync(join(copy, 'dist', 'fr', 'annonces', 'vecteurs-xss', 'index.html'), 'utf8');
  const $ = cheerio.load(html);
  const article = $('main');
  expect(article.text()).toContain('Texte ordinaire avant les vecteurs.');
  expect(article.text()).toContain('Texte ordinaire après les vecteurs.');
  expect(article.find('script, iframe, object, embed, style, form, input, meta, base, svg, math').length).toBe(0);
  article.find('*').each((_index, element) => {
    for (const [name, value] of Object.entries((element as { attribs?: Record<string, string> }).attribs ?? {})) {
      expect(name, `attribute ${name} on <${(element as { name?: string }).name}>`).not.toMatch(/^on/i);
      expect(name).not.toBe('style');
      if (name === 'href' || name === 'src' || name === 'action' || name === 'data') {
        expect(value.trim().toLowerCase(), `${name}="${value}"`).not.toMatch(/^(javascript|data|vbscript):/);
      }
    }
  });
  // Only Astro's own module scripts and JSON-LD data blocks may exist on the page, none inside the article.
  expect(article.find('script').length).toBe(0);
  $('script').each((_index, element) => {
    const script = $(element);
    expect(['module', 'application/ld+json']).toContain(script.attr('type'));
    if (script.attr('type') === 'application/ld+json') expect(() => JSON.parse(script.text())).not.toThrow();
  });
  expect(html).not.toMatch(/alert\('xss-/);
});

test('no dialog fires when the page is opened and its links and controls are used', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(`http://127.0.0.1:${port}/fr/annonces/vecteurs-xss/`);
  await page.waitForLoadState('networkidle');
  for (const link of await page.getByRole('main').getByRole('link').all()) {
    await link.click({ modifiers: ['ControlOrMeta'], timeout: 2_000 }).catch(() => undefined);
  }
  await page.getByRole('main').click();
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
});

test('a page without counterpart shows a notice and its toggle goes to the other language section', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${port}/fr/annonces/traduction-en-cours/`);
  await expect(page.getByRole('main')).toContainText('Cette page n’existe pas encore en anglais.');
  await expect(page.getByRole('link', { name: 'Read this page in English' })).toHaveAttribute('href', '/en/announcements/');
  await expect(page.locator('link[rel="alternate"][hreflang="en-CA"]')).toHaveCount(0);
  // A page alone in its language lists itself only: no x-default without a pair.
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(1);
  await expect(page.locator('link[rel="alternate"][hreflang="fr-CA"]')).toHaveAttribute('href', /\/fr\/annonces\/traduction-en-cours\/$/);
  // The sitemap says the same as the page's <head>.
  const sitemap = await parseSitemap(Readable.from([readFileSync(join(copy, 'dist', 'sitemap-0.xml'), 'utf8')]));
  const entry = sitemap.find((item) => item.url.endsWith('/fr/annonces/traduction-en-cours/'));
  expect(entry?.links.map((link) => [link.lang, new URL(link.url).pathname])).toEqual([['fr-CA', '/fr/annonces/traduction-en-cours/']]);
});

test('a broken file stops the real build and the message names the file and the field', async () => {
  test.setTimeout(180_000);
  const broken = copyProject('broken-build-');
  try {
    const file = join(broken, 'content', 'faq', 'fr', 'combien-de-jeunes-pousses.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^question:.*$/m, ''));
    const result = await buildCopy(broken);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/faq/);
    expect(result.output).toMatch(/combien-de-jeunes-pousses/);
    expect(result.output).toMatch(/question/);
  } finally {
    removeCopy(broken);
  }
});

/**
 * The cohort, end to end, like the announcements' embargo: a copy of the
 * project is built with `BUILD_NOW` one second before the results instant
 * (read from the content's key dates), then at that instant. Before, no output
 * file of any kind (pages, lists, home, media page, search index, feeds,
 * sitemap, open data, JSON-LD, images and their names, redirects) names a
 * startup or its address, in either language; at the instant, everything the
 * issue lists is there, with valid JSON-LD and open data, and the pages work in
 * a browser. Two builds of about 20–30 s each.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile, rename } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { e2ePort as e2ePortOf } from '../support/ports';
import * as cheerio from 'cheerio';
import { HtmlValidate } from 'html-validate';
import sharp from 'sharp';
import { readCollection } from '../../src/content/read-from-disk';
import { slugOf } from '../../src/content/translations';
import { resultsInstant } from '../../src/domain/cohort';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { interpolate, type UiValues } from '../../src/i18n/interpolate';
import { openDataSchema } from '../../src/outputs/open-data';
import { buildCopy, copyProject, removeCopy, repoRoot, serveStatic } from '../support/temp-site';
import { accessibilityViolations } from './accessibility';

test.describe.configure({ mode: 'serial' });

/** The site's UI strings, read as files (Playwright's loader does not import JSON modules). */
const ui = Object.fromEntries(localeCodes.map((lang) => [lang, JSON.parse(readFileSync(join(repoRoot, 'src', 'i18n', 'ui', `${lang}.json`), 'utf8')) as Record<string, string>])) as Record<Locale, Record<string, string>>;

/** A UI string of `lang`, as the site shows it. */
function translate(lang: Locale, key: string, values?: UiValues): string {
  const template = ui[lang][key];
  if (template === undefined) throw new Error(`no UI string ${key}`);
  return interpolate(template, values);
}

const ports = { before: e2ePortOf('cohortBefore'), after: e2ePortOf('cohortAfter') };

/** The sample startups of each language, as the content states them. */
const startups = Object.fromEntries(localeCodes.map((lang) => [lang, readCollection(repoRoot, 'cohort', lang)])) as Record<Locale, ReturnType<typeof readCollection<'cohort'>>>;

/** The results instant, from the content's key dates (the same rule the build applies). */
const results = resultsInstant(localeCodes.map((lang) => readCollection(repoRoot, 'keyDates', lang).map((entry) => entry.data)));

/** What names a startup: its names and its addresses' slugs (file names, localized slugs, logo file names). */
const markers = [
  ...new Set(
    localeCodes.flatMap((lang) =>
      startups[lang].flatMap((entry) => [entry.data.name, slugOf({ id: entry.id, slug: entry.data.slug }), entry.id.split('/')[1] ?? '', String(entry.data.logo.src).split('/').pop()?.replace(/\.\w+$/, '') ?? '']),
    ),
  ),
].filter((marker) => marker.length >= 5);

/** The cohort's own addresses, which must not be linked to before it is published. */
const cohortPaths = ['/fr/cohorte/', '/en/cohort/'];

let copy = '';
const dist = { before: '', after: '' };
const servers: Server[] = [];

/** Every output file under `folder`: its path relative to it, and its bytes. */
async function outputFiles(folder: string): Promise<{ path: string; bytes: Buffer }[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return Promise.all(entries.filter((entry) => entry.isFile()).map(async (entry) => ({ path: relative(folder, join(entry.parentPath, entry.name)), bytes: await readFile(join(entry.parentPath, entry.name)) })));
}

/** The files whose name or bytes contain `needle`. */
function filesNaming(files: readonly { path: string; bytes: Buffer }[], needle: string): string[] {
  return files.filter(({ path, bytes }) => path.includes(needle) || bytes.includes(needle)).map(({ path }) => path).sort();
}

/** The JSON-LD nodes of a built page. */
async function jsonLdOf(root: string, file: string): Promise<Record<string, unknown>[]> {
  const $ = cheerio.load(await readFile(join(root, file), 'utf8'));
  return $('script[type="application/ld+json"]').map((_index, element) => JSON.parse($(element).text()) as Record<string, unknown>).get() as Record<string, unknown>[];
}

test.beforeAll(async () => {
  test.setTimeout(420_000);
  expect(results, 'the sample content gives the results key date a confirmed date and time').not.toBeNull();
  expect(startups.fr.length).toBe(10);
  copy = copyProject('cohort-');
  const before = await buildCopy(copy, { BUILD_NOW: new Date((results ?? 0) - 1000).toISOString() });
  expect(before.code, before.output).toBe(0);
  dist.before = join(copy, 'dist-before');
  await rename(join(copy, 'dist'), dist.before);
  const after = await buildCopy(copy, { BUILD_NOW: new Date(results ?? 0).toISOString() });
  expect(after.code, after.output).toBe(0);
  dist.after = join(copy, 'dist');
  servers.push(await serveStatic(dist.before, ports.before), await serveStatic(dist.after, ports.after));
});

test.afterAll(() => {
  for (const server of servers) server.close();
  removeCopy(copy);
});

test.describe('one second before the results instant', () => {
  test('no output file names a startup, its slug or its logo, in any language, nor links to the cohort', async () => {
    const files = await outputFiles(dist.before);
    expect(files.length).toBeGreaterThan(30);
    expect(markers.length).toBeGreaterThanOrEqual(20);
    for (const marker of markers) expect(filesNaming(files, marker), marker).toEqual([]);
    for (const path of cohortPaths) expect(filesNaming(files, path), path).toEqual([]);
  });

  test('a page built before, read after the instant, says results are announced without pointing to the cohort', async ({ page }) => {
    await page.clock.setFixedTime(new Date((results ?? 0) + 60_000));
    await page.goto(`http://127.0.0.1:${ports.before}/fr/`);
    const status = page.locator('program-status');
    await expect(status).toContainText(translate('fr', 'status.results-announced'));
    await expect(status.getByRole('link', { name: translate('fr', 'status.results.link') })).toHaveAttribute('href', '/fr/annonces/');
    await expect(page.getByRole('heading', { name: translate('fr', 'home.cohort.heading') })).toHaveCount(0);
  });
});

test.describe('at the results instant', () => {
  test('every startup is on its pages, the home pages, the media pages, the open data, the sitemap and the search index', async () => {
    const files = await outputFiles(dist.after);
    for (const lang of localeCodes) {
      const cohort = lang === 'fr' ? 'fr/cohorte' : 'en/cohort';
      const media = lang === 'fr' ? 'fr/medias' : 'en/media';
      for (const entry of startups[lang]) {
        const slug = slugOf({ id: entry.id, slug: entry.data.slug });
        const key = entry.id.split('/')[1] ?? '';
        expect(filesNaming(files, entry.data.name), entry.data.name).toEqual(
          expect.arrayContaining([`${cohort}/index.html`, `${cohort}/edition/${entry.data.edition}/index.html`, `${cohort}/${slug}/index.html`, `${lang}/index.html`, `${media}/index.html`, lang === 'fr' ? 'fr/programme.json' : 'en/program.json']),
        );
        expect(filesNaming(files, entry.data.name).some((path) => path.startsWith(`search/${lang}/`)), `${entry.data.name} in the ${lang} search index`).toBe(true);
        expect(filesNaming(files, `/${cohort}/${slug}/`)).toEqual(expect.arrayContaining(['sitemap-0.xml']));
        expect(files.map((file) => file.path)).toEqual(expect.arrayContaining([`${media}/${key}-logo-web.png`, `${media}/${key}-logo-original.png`]));
      }
    }
  });

  test('the results announcement is the feed item, and links to the cohort page', async () => {
    const feed = await readFile(join(dist.after, 'fr/rss.xml'), 'utf8');
    const announcement = readCollection(repoRoot, 'announcements', 'fr').find((entry) => entry.body.includes('](/fr/cohorte/)') && entry.data.publishAt !== undefined);
    expect(announcement, 'the sample content has a results announcement scheduled at the results instant').toBeDefined();
    expect(feed).toContain(announcement?.data.title ?? '');
    const html = await readFile(join(dist.after, `fr/annonces/${slugOf({ id: announcement?.id ?? '' })}/index.html`), 'utf8');
    expect(cheerio.load(html)('main a[href="/fr/cohorte/"]').length).toBe(1);
  });

  test('every internal link of every page resolves, anchors included', async () => {
    const files = (await outputFiles(dist.after)).map((file) => file.path);
    const exists = new Set(files);
    const problems: string[] = [];
    for (const file of files.filter((path) => path.endsWith('.html') && !path.startsWith('admin/'))) {
      const $ = cheerio.load(await readFile(join(dist.after, file), 'utf8'));
      $('a[href^="/"]').each((_index, element) => {
        const url = new URL($(element).attr('href') ?? '', 'http://site');
        const target = url.pathname.endsWith('/') ? `${url.pathname.slice(1)}index.html` : url.pathname.slice(1);
        if (!exists.has(target)) problems.push(`${file} → ${url.pathname}`);
      });
    }
    expect(problems).toEqual([]);
  });

  test('the cohort page carries an ItemList of Organization naming every startup; each startup page its Organization', async () => {
    for (const lang of localeCodes) {
      const cohort = lang === 'fr' ? 'fr/cohorte' : 'en/cohort';
      const [list] = await jsonLdOf(dist.after, `${cohort}/index.html`);
      expect(list).toMatchObject({ '@context': 'https://schema.org', '@type': 'ItemList', numberOfItems: startups[lang].length });
      const items = list?.['itemListElement'] as { position: number; item: { '@type': string; name: string; url: string; logo: string } }[];
      expect(items.map((element) => element.item['@type'])).toEqual(startups[lang].map(() => 'Organization'));
      expect(items.map((element) => element.item.name).sort()).toEqual(startups[lang].map((entry) => entry.data.name).sort());
      expect(items.map((element) => element.position)).toEqual(startups[lang].map((_entry, index) => index + 1));
      for (const entry of startups[lang]) {
        const [node] = await jsonLdOf(dist.after, `${cohort}/${slugOf({ id: entry.id, slug: entry.data.slug })}/index.html`);
        expect(node).toMatchObject({ '@context': 'https://schema.org', '@type': 'Organization', name: entry.data.name, url: entry.data.website });
        expect(String(node?.['logo'])).toMatch(/^https:\/\/.+-logo-web\.png$/);
      }
    }
  });

  test('the open data validates against its schema and lists every startup, in both languages', async () => {
    const schema = JSON.parse(await readFile(join(dist.after, 'open-data/program-1.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toContain('cohort');
    for (const [lang, file] of [['fr', 'fr/programme.json'], ['en', 'en/program.json']] as const) {
      const data = openDataSchema.parse(JSON.parse(await readFile(join(dist.after, file), 'utf8')));
      expect(data.cohort.map((item) => item.name).sort()).toEqual(startups[lang].map((entry) => entry.data.name).sort());
      expect(data.cohort.every((item) => item.website.startsWith('https://') && item.sample)).toBe(true);
      expect(new Set(data.cohort.map((item) => item.field))).toEqual(new Set(['mixed-reality', 'cybersecurity', 'blockchain']));
    }
    const before = openDataSchema.parse(JSON.parse(await readFile(join(dist.before, 'fr/programme.json'), 'utf8')));
    expect(before.cohort).toEqual([]);
  });

  test('the cohort pages, home and media pages are valid HTML', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'valid-id': ['error', { relaxed: true }], 'long-title': 'off', 'tel-non-breaking': 'off' } });
    const pages = (await outputFiles(dist.after)).map((file) => file.path).filter((path) => /^(fr\/cohorte|en\/cohort)\/.*index\.html$|^(fr|en)\/index\.html$|^(fr\/medias|en\/media)\/index\.html$/.test(path));
    expect(pages.length).toBeGreaterThan(20);
    const errors: string[] = [];
    for (const path of pages) {
      const report = await validator.validateString(await readFile(join(dist.after, path), 'utf8'), path);
      errors.push(...report.results.flatMap((result) => result.messages.map((message) => `${path}:${message.line} ${message.ruleId} ${message.message}`)));
    }
    expect(errors).toEqual([]);
  });
});

test.describe('in the browser, after the instant', () => {
  /** Opens a page of the after-build with the browser's clock after the results instant. */
  async function open(page: Page, path: string): Promise<void> {
    await page.clock.setFixedTime(new Date((results ?? 0) + 60_000));
    await page.goto(`http://127.0.0.1:${ports.after}${path}`);
  }

  test('home: results announced, the cohort in place of the call to action; the dates page links to it too', async ({ page }) => {
    for (const lang of localeCodes) {
      await open(page, `/${lang}/`);
      const status = page.locator('program-status');
      await expect(status).toContainText(translate(lang, 'status.results-announced'));
      await expect(status.getByRole('link', { name: translate(lang, 'status.results.cohortLink') })).toHaveAttribute('href', `/${lang}/${lang === 'fr' ? 'cohorte' : 'cohort'}/`);
      await expect(page.getByRole('link', { name: translate(lang, 'cta.apply') })).toHaveCount(0);
      const section = page.getByRole('region', { name: translate(lang, 'home.cohort.heading') });
      for (const entry of startups[lang]) await expect(section.getByRole('link', { name: entry.data.name, exact: true })).toBeVisible();
      // The key dates page's status block says the same.
      await open(page, `/${lang}/dates/`);
      await expect(page.locator('program-status').getByRole('link', { name: translate(lang, 'status.results.cohortLink') })).toBeVisible();
    }
  });

  test('the cohort page groups by field, each startup links to its page, whose toggle reaches its counterpart', async ({ page }) => {
    await open(page, '/fr/cohorte/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(translate('fr', 'cohort.title', { edition: 2027 }));
    await expect(page.getByRole('note')).toContainText('exemples');
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([translate('fr', 'topic.mixed-reality'), translate('fr', 'topic.cybersecurity'), translate('fr', 'topic.blockchain'), translate('fr', 'cohort.editions')]);
    for (const field of ['mixed-reality', 'cybersecurity', 'blockchain'] as const) {
      const group = page.getByRole('region', { name: translate('fr', `topic.${field}`) });
      await expect(group.getByRole('listitem')).toHaveCount(startups.fr.filter((entry) => entry.data.field === field).length);
    }
    const entry = startups.fr.find((candidate) => candidate.data.quote !== undefined) ?? startups.fr[0];
    await page.getByRole('link', { name: entry?.data.name ?? '', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/fr/cohorte/${slugOf({ id: entry?.id ?? '', slug: entry?.data.slug })}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry?.data.name ?? '');
    await expect(page.getByRole('img', { name: entry?.data.logo.alt ?? '' })).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(entry?.data.website.replace(/[.]/g, '\\.') ?? '') })).toHaveAttribute('rel', /external/);
    if (entry?.data.quote) await expect(page.locator('blockquote')).toContainText(entry.data.quote.text);
    const counterpart = startups.en.find((candidate) => candidate.id.split('/')[1] === entry?.id.split('/')[1]);
    await page.getByRole('link', { name: translate('fr', 'site.langToggle.label') }).click();
    await expect(page).toHaveURL(new RegExp(`/en/cohort/${slugOf({ id: counterpart?.id ?? '', slug: counterpart?.data.slug })}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(counterpart?.data.name ?? '');
  });

  test('the media page offers every logo, web and original, with its credit; the files are what it says', async ({ page, request }) => {
    await open(page, '/fr/medias/');
    const section = page.getByRole('region', { name: translate('fr', 'media.cohort') });
    await expect(section.getByRole('listitem').filter({ has: page.getByRole('heading') })).toHaveCount(startups.fr.length);
    for (const entry of startups.fr) await expect(section).toContainText(`${translate('fr', 'media.kit.credit')} ${entry.data.logo.credit ?? entry.data.name}`);
    const links = section.getByRole('link', { name: /Télécharger/ });
    await expect(links).toHaveCount(startups.fr.length * 2);
    const href = (await links.first().getAttribute('href')) ?? '';
    const response = await request.get(`http://127.0.0.1:${ports.after}${href}`);
    expect(response.status()).toBe(200);
    const metadata = await sharp(await response.body()).metadata();
    expect(metadata.format).toBe('png');
  });

  test('search finds each startup by its name, and the startups of a field by the field', async ({ page }) => {
    for (const lang of localeCodes) {
      const searchPath = lang === 'fr' ? '/fr/recherche/' : '/en/search/';
      const results = page.getByRole('list', { name: translate(lang, 'search.results') });
      for (const entry of startups[lang]) {
        await open(page, `${searchPath}?q=${encodeURIComponent(entry.data.name)}`);
        const first = results.getByRole('listitem').first();
        await expect(first.getByRole('link')).toHaveText(entry.data.name);
        await expect(first).toContainText(translate(lang, 'search.type.startup'));
      }
      await open(page, `${searchPath}?q=${encodeURIComponent(translate(lang, 'topic.cybersecurity'))}`);
      for (const entry of startups[lang].filter((candidate) => candidate.data.field === 'cybersecurity')) {
        await expect(results.getByRole('link', { name: entry.data.name, exact: true })).toBeVisible();
      }
    }
  });

  test('the cohort pages pass the accessibility gate (axe, WCAG 2.2 AA)', async ({ page }) => {
    for (const path of ['/fr/cohorte/', '/en/cohort/edition/2027/', `/fr/cohorte/${slugOf({ id: startups.fr[0]?.id ?? '', slug: startups.fr[0]?.data.slug })}/`, '/fr/', '/en/media/']) {
      await open(page, path);
      expect(await accessibilityViolations(page), path).toEqual([]);
    }
  });
});

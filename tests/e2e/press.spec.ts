/**
 * Journalists' features against the built site (`npm run build` first):
 * media page and press kit, feeds read by a feed parser, calendars read by
 * ical.js and ts-ics, the redirect of an old slug, print emulation, share and
 * structured-data tags on every page, sitemap, robots.txt and open data.
 */
import { Readable } from 'node:stream';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { parseSitemap, parseSitemapIndex, type SitemapItem } from 'sitemap';
import { openDataSchema, type OpenData } from '../../src/outputs/open-data';
import { toInstant } from '../../src/domain/dates';
import { isPast } from '../../src/domain/key-dates';
import { entries, frontmatter, contentRoot } from '../support/content';
import { readCalendar } from '../support/calendars';
import { eventUid } from '../../src/outputs/calendar';

/** A YAML day (text or Date) as `YYYY-MM-DD`. */
const dayOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** Change notes of a content entry. */
const changesOf = (data: Record<string, unknown>) => (Array.isArray(data['changes']) ? (data['changes'] as Record<string, unknown>[]) : []);

/** Key dates of the French content that have a day (confirmed or changed). */
const datedKeyDates = () => entries('keyDates', 'fr').filter((entry) => entry.data['state'] !== 'to-be-announced' && entry.data['date'] !== undefined);

/** Key dates still to be announced. */
const undatedKeyDates = () => entries('keyDates', 'fr').filter((entry) => entry.data['state'] === 'to-be-announced');

/** The French criteria document. */
const criteriaFr = () => frontmatter(`${contentRoot}/criteria/fr/criteres.md`);

/** The configured public address the build writes into absolute URLs. */
const site = 'https://programme-startups.example.ca';

/** The local path of a public URL, to fetch it from the preview server. */
const local = (url: string) => url.replace(site, '');

/** Fetches a built file and fails with its path when it is missing. */
async function fetchText(request: APIRequestContext, path: string): Promise<{ body: string; type: string }> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return { body: await response.text(), type: response.headers()['content-type'] ?? '' };
}

/** Every page listed by the sitemap files of the index robots.txt names, read with the `sitemap` package's parser. */
async function sitemapItems(request: APIRequestContext): Promise<SitemapItem[]> {
  const index = await parseSitemapIndex(Readable.from([(await fetchText(request, '/sitemap-index.xml')).body]));
  const items: SitemapItem[] = [];
  for (const sitemap of index) items.push(...(await parseSitemap(Readable.from([(await fetchText(request, local(sitemap.url))).body]))));
  return items;
}

/** Every page URL listed in the sitemap. */
async function sitemapUrls(request: APIRequestContext): Promise<string[]> {
  return (await sitemapItems(request)).map((item) => item.url);
}

/** A set of `hreflang` versions as sorted `hreflang url` lines, to compare sets. */
const versionSet = (links: readonly { lang: string; url: string }[]) => links.map((link) => `${link.lang} ${link.url}`).sort();

/** The open data file of a language. */
async function openData(request: APIRequestContext, path: string): Promise<OpenData> {
  return openDataSchema.parse(JSON.parse((await fetchText(request, path)).body));
}

test.describe('media page', () => {
  test('contact, press releases, press kit with working downloads, fact sheet', async ({ page, request }) => {
    await page.goto('/fr/medias/');
    await expect(page.getByRole('heading', { level: 1, name: 'Médias' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'medias@camp.example.ca' }).first()).toBeVisible();
    const releases = page.getByRole('region', { name: 'Communiqués de presse' });
    await expect(releases.getByRole('link', { name: /Microsoft et Le CAMP/ })).toBeVisible();

    const kit = page.getByRole('region', { name: 'Trousse média' });
    const thumbnails = kit.getByRole('img');
    await expect(thumbnails).toHaveCount(2);
    for (const thumbnail of await thumbnails.all()) {
      await thumbnail.scrollIntoViewIfNeeded();
      await expect(thumbnail).toHaveAttribute('alt', /.{20,}/);
      expect(await thumbnail.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0 && image.naturalWidth <= 480)).toBe(true);
    }
    await expect(kit).toContainText('Crédit\u00a0: Le CAMP');
    await expect(kit).toContainText('Licence\u00a0: Usage éditorial libre');

    // Each download is served with the type and weight the page states.
    const downloads = kit.getByRole('link', { name: /Télécharger/ });
    await expect(downloads).toHaveCount(4);
    for (const link of await downloads.all()) {
      const href = (await link.getAttribute('href')) ?? '';
      const stated = (await link.locator('xpath=following-sibling::span[1]').textContent()) ?? '';
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      const bytes = await response.body();
      const metadata = await sharp(bytes).metadata();
      const type = stated.match(/\((\w+),/)?.[1];
      expect(type === 'JPEG' ? 'jpeg' : type?.toLowerCase(), href).toBe(metadata.format);
      expect(response.headers()['content-type']).toBe(metadata.format === 'png' ? 'image/png' : 'image/jpeg');
      const [width, height] = (stated.match(/([\d\u00a0\u202f ]+)\u00a0×\u00a0([\d\u00a0\u202f ]+)\u00a0px/) ?? []).slice(1).map((value) => Number(value.replace(/\D/g, '')));
      expect([width, height], href).toEqual([metadata.width, metadata.height]);
      const kilobytes = Number((stated.match(/([\d,]+)\u00a0Ko/)?.[1] ?? '').replace(',', '.'));
      expect(Math.abs(kilobytes - bytes.byteLength / 1000), href).toBeLessThan(0.1);
      if (href.includes('-web.')) expect(Math.max(metadata.width ?? 0, metadata.height ?? 0)).toBeLessThanOrEqual(1600);
    }

    const facts = page.getByRole('region', { name: 'Fiche d’information' });
    await expect(facts).toContainText(/1\s200\s000\s\$/);
    await expect(facts).toContainText('Date limite de dépôt des candidatures');
    await expect(facts).toContainText('Date à annoncer');
  });

  test('English media page', async ({ page }) => {
    await page.goto('/en/media/');
    await expect(page.getByRole('heading', { level: 1, name: 'Media' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Fact sheet' })).toContainText('$1,200,000');
    await expect(page.getByRole('region', { name: 'Press kit' }).getByRole('link', { name: /Download the original/ })).toHaveCount(2);
  });

  test('a press release: release line, dateline, end mark, about, contact', async ({ page }) => {
    await page.goto('/fr/annonces/entente-microsoft-le-camp/');
    const article = page.getByRole('article');
    await expect(article.getByText('Pour diffusion immédiate')).toBeVisible();
    await expect(article.getByText('QUÉBEC, le 2 novembre 2026 —')).toBeVisible();
    await expect(article.getByText('-30-')).toBeVisible();
    await expect(article.getByRole('region', { name: 'À propos' })).toContainText('Le CAMP est l’incubateur-accélérateur');
    await expect(article.getByRole('region', { name: 'Renseignements' }).getByRole('link', { name: 'medias@camp.example.ca' })).toBeVisible();
  });
});

test.describe('feeds', () => {
  for (const { lang, path, language, home } of [
    { lang: 'fr', path: '/fr/rss.xml', language: 'fr-ca', home: `${site}/fr/` },
    { lang: 'en', path: '/en/rss.xml', language: 'en-ca', home: `${site}/en/` },
  ]) {
    test(`announcements feed (${lang}) parses, with language, dates and working links`, async ({ request }) => {
      const { body, type } = await fetchText(request, path);
      expect(type).toContain('xml');
      const feed = parseFeed(body);
      expect(feed.language).toBe(language);
      expect(feed.url).toBe(home);
      expect(feed.self).toBe(`${site}${path}`);
      const published = entries('announcements', lang as 'fr' | 'en').filter((entry) => entry.data['draft'] !== true && entry.data['publishAt'] === undefined);
      expect(feed.items.length).toBe(published.length);
      // Each item is dated at midnight, heure de l'Est, of its publication day, newest first.
      const expectedDates = published.map((entry) => toInstant({ day: dayOf(entry.data['published']), timeZone: 'America/Toronto' }).toISOString()).sort().reverse();
      expect(feed.items.map((item) => item.published?.toISOString())).toEqual(expectedDates);
      for (const item of feed.items) {
        expect(item.url?.startsWith(`${site}/${lang}/`)).toBe(true);
        expect((await request.get(local(item.url ?? ''))).status()).toBe(200);
      }
    });
  }

  test('major-changes feeds list only major changes, each linking to its note', async ({ page, request }) => {
    for (const path of ['/fr/changements.xml', '/en/changes.xml']) {
      const feed = parseFeed((await fetchText(request, path)).body);
      const criteriaPath = path.startsWith('/fr') ? '/fr/criteres/' : '/en/criteria/';
      const datesPath = path.startsWith('/fr') ? '/fr/dates/' : '/en/dates/';
      const expected = [
        ...changesOf(criteriaFr()).filter((change) => change['impact'] === 'major').map((change) => `${site}${criteriaPath}#change-${dayOf(change['date'])}`),
        ...entries('keyDates', 'fr').flatMap((entry) =>
          changesOf(entry.data).filter((change) => change['impact'] === 'major').map((change) => `${site}${datesPath}#${entry.file}-change-${dayOf(change['date'])}`),
        ),
        // Standing pages' major changes too (written in the French file), at the page's own URL in the feed's language.
        ...entries('pages', 'fr').flatMap((french) => {
          const entry = entries('pages', path.startsWith('/fr') ? 'fr' : 'en').find((candidate) => candidate.file === french.file) ?? french;
          return changesOf(french.data)
            .filter((change) => change['impact'] === 'major')
            .map((change) => `${site}/${path.startsWith('/fr') ? 'fr' : 'en'}/${typeof entry.data['slug'] === 'string' ? entry.data['slug'] : entry.file}/#change-${dayOf(change['date'])}`);
        }),
      ];
      expect(expected.length, 'the sample content has major changes').toBeGreaterThan(0);
      expect([...feed.items.map((item) => item.url)].sort()).toEqual(expected.sort());
      const minorNotes = changesOf(criteriaFr()).filter((change) => change['impact'] === 'minor').map((change) => String((change['note'] as Record<string, unknown>)[path.startsWith('/fr') ? 'fr' : 'en']));
      expect(minorNotes.every((note) => note.length > 10)).toBe(true);
      expect(feed.items.some((item) => minorNotes.some((note) => (item.description ?? '').includes(note)))).toBe(false);
      for (const item of feed.items) {
        const url = new URL(item.url ?? '');
        await page.goto(local(`${url.origin}${url.pathname}`));
        await expect(page.locator(`[id="${url.hash.slice(1)}"]`)).toBeAttached();
      }
    }
  });

  test('every page advertises the feeds', async ({ page }) => {
    await page.goto('/en/faq/');
    const alternates = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
    await expect(alternates).toHaveCount(2);
    await expect(alternates.first()).toHaveAttribute('href', '/en/rss.xml');
    await expect(alternates.last()).toHaveAttribute('href', '/en/changes.xml');
  });
});

test.describe('calendars', () => {
  test('language calendars, read by ical.js and ts-ics: dated key dates, right instants and ends, per-language UIDs, SEQUENCE from moves', async ({ request }) => {
    const expectedKeys = datedKeyDates().map((entry) => entry.file).sort();
    const deadline = entries('keyDates', 'fr').find((entry) => entry.file === 'date-limite');
    const moves = changesOf(deadline?.data ?? {}).filter((change) => change['previous'] !== undefined).length;
    for (const lang of ['fr', 'en'] as const) {
      const body = (await fetchText(request, `/${lang}/dates.ics`)).body;
      expect(body.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const events = readCalendar(body);
      expect(events.map((event) => event.uid).sort()).toEqual(expectedKeys.map((key) => eventUid(key, lang)).sort());
      const event = events.find((candidate) => candidate.uid === eventUid('date-limite', lang));
      // 15 March 2027, 23:59 Eastern Daylight Time = 16 March, 03:59 UTC: a short event ending at the deadline.
      expect(event).toMatchObject({ end: '2027-03-16T03:59:00.000Z', start: '2027-03-16T03:29:00.000Z', sequence: moves, url: `${site}/${lang}/dates/#date-limite` });
      expect(event?.summary).toBe(lang === 'fr' ? 'Date limite de dépôt des candidatures' : 'Application deadline');
      // Every timed event has an end.
      for (const timed of events.filter((candidate) => !candidate.allDay)) expect(timed.end, timed.uid).toBeDefined();
    }
  });

  test('"add to calendar" file matches the full calendar; dates to be announced have none', async ({ page, request }) => {
    await page.goto('/fr/dates/');
    const links = page.getByRole('link', { name: /Ajouter à mon agenda/ });
    // Past dates offer no "add to calendar" button; upcoming dated ones each do.
    const upcoming = datedKeyDates().filter((entry) => !isPast({ date: dayOf(entry.data['date']), time: entry.data['time'] as string | undefined, timeZone: String(entry.data['timeZone'] ?? 'America/Toronto'), state: 'confirmed', milestone: 'other' }, new Date()));
    await expect(links).toHaveCount(upcoming.length);
    const link = page.locator('#date-limite').getByRole('link', { name: /Ajouter à mon agenda/ });
    const [single] = readCalendar((await fetchText(request, (await link.getAttribute('href')) ?? '')).body);
    expect(single?.uid).toBe(eventUid('date-limite', 'fr'));
    const full = readCalendar((await fetchText(request, '/fr/dates.ics')).body).find((event) => event.uid === single?.uid);
    expect(single).toEqual(full);
    const [undated] = undatedKeyDates();
    if (!undated) throw new Error('the sample content keeps a date to be announced');
    expect((await request.get(`/fr/dates/${undated.file}.ics`)).status()).toBe(404);
    await expect(page.locator(`#${undated.file}`)).toContainText('Date à annoncer');
  });

  test('calendar and open data agree on the start, the end and the revision', async ({ request }) => {
    const data = await openData(request, '/fr/programme.json');
    const dated = data.keyDates.filter((keyDate) => keyDate.calendarUrl !== null);
    expect(dated.length).toBeGreaterThan(1);
    for (const keyDate of dated) {
      const [event] = readCalendar((await fetchText(request, local(keyDate.calendarUrl ?? ''))).body);
      expect(event?.sequence, keyDate.id).toBe(keyDate.sequence);
      if (keyDate.end === null) continue;
      expect(event?.end, keyDate.id).toBe(new Date(keyDate.end).toISOString());
      // A deadline's instant is its end; any other timed date's is its start.
      expect(keyDate.milestone === 'applications-close' ? event?.end : event?.start, keyDate.id).toBe(new Date(keyDate.start ?? '').toISOString());
    }
  });
});

test.describe('stable URLs', () => {
  for (const { from, to } of [
    { from: '/en/announcements/entente-microsoft-le-camp/', to: '/en/announcements/microsoft-and-le-camp-agreement/' },
    { from: '/en/a-propos/', to: '/en/about/' },
  ]) {
    test(`old slug ${from} lands on ${to}`, async ({ page, request }) => {
      const html = (await fetchText(request, from)).body;
      expect(html).toContain(`<link rel="canonical" href="${site}${to}">`);
      expect(html).toContain('<meta name="robots" content="noindex">');
      await page.goto(from);
      await page.waitForURL(`**${to}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(new URL(page.url()).pathname).toBe(to);
    });
  }

  test('redirect pages stay out of the sitemap', async ({ request }) => {
    const urls = await sitemapUrls(request);
    expect(urls).toContain(`${site}/en/about/`);
    expect(urls).not.toContain(`${site}/en/a-propos/`);
    expect(urls).not.toContain(`${site}/en/announcements/entente-microsoft-le-camp/`);
  });
});

test.describe('print', () => {
  /** The text a link's `::after` prints (the computed `content`, its quoted parts joined). */
  const printedTarget = async (page: Page, selector: string) => {
    const content = await page.locator(selector).first().evaluate((link) => getComputedStyle(link, '::after').content);
    return content === 'none' ? content : content.replace(/"\s*"/g, '').replace(/^"|"$/g, '');
  };

  test('criteria page prints without navigation, with link targets', async ({ page }) => {
    await page.goto('/fr/criteres/');
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
    expect(await printedTarget(page, 'main a[href$="changements.xml"]')).toBe('none');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const reworded = (criteriaFr()['items'] as Record<string, unknown>[]).find((item) => Array.isArray(item['previous']) && (item['previous'] as unknown[]).length > 0);
    if (!reworded) throw new Error('the sample criteria keep an earlier wording');
    await expect(page.locator(`[id="${String(reworded['id'])}"] ins`).first()).toBeVisible();
    expect(await printedTarget(page, 'main a[href$="changements.xml"]')).toBe(` (${site}/fr/changements.xml)`);
  });

  test('FAQ prints every answer', async ({ page }) => {
    await page.goto('/fr/faq/');
    const answer = page.locator('.faq details > div').first();
    await expect(answer).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(answer).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  });

  test('dates and press releases print without navigation or calendar buttons', async ({ page }) => {
    await page.goto('/en/dates/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();
    await expect(page.getByRole('link', { name: /Add to my calendar/ })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Application deadline' })).toBeVisible();

    await page.goto('/en/announcements/microsoft-and-le-camp-agreement/');
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();
    await expect(page.getByText('For immediate release')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Information' })).toBeVisible();
  });
});

test.describe('metadata', () => {
  test('every page in the sitemap: canonical, Open Graph, Twitter card, valid JSON-LD', async ({ page, request }) => {
    const urls = await sitemapUrls(request);
    expect(urls.length).toBeGreaterThan(15);
    const images = new Set<string>();
    for (const url of urls) {
      if (new URL(url).pathname === '/') continue;
      await page.goto(local(url));
      const head = page.locator('head');
      await expect(head.locator('link[rel="canonical"]'), url).toHaveAttribute('href', url);
      await expect(head.locator('meta[property="og:url"]'), url).toHaveAttribute('content', url);
      await expect(head.locator('meta[property="og:title"]'), url).toHaveAttribute('content', /.+/);
      await expect(head.locator('meta[property="og:image:width"]'), url).toHaveAttribute('content', '1200');
      await expect(head.locator('meta[name="twitter:card"]'), url).toHaveAttribute('content', 'summary_large_image');
      images.add((await head.locator('meta[property="og:image"]').getAttribute('content')) ?? '');
      for (const json of await head.locator('script[type="application/ld+json"]').allTextContents()) {
        const node = JSON.parse(json) as { '@context': string; '@type': string };
        expect(node['@context'], url).toBe('https://schema.org');
      }
    }
    // The default share image and the announcements' own, all exactly 1200 × 630.
    expect(images.size).toBeGreaterThanOrEqual(2);
    for (const image of images) {
      const response = await request.get(local(image));
      const metadata = await sharp(await response.body()).metadata();
      expect([metadata.width, metadata.height, metadata.format], image).toEqual([1200, 630, 'jpeg']);
    }
  });

  test('structured data by page', async ({ page }) => {
    const types = async (path: string) => {
      await page.goto(path);
      return (await page.locator('script[type="application/ld+json"]').allTextContents()).map((json) => JSON.parse(json) as Record<string, unknown>);
    };
    const [article] = await types('/fr/annonces/entente-microsoft-le-camp/');
    expect(article).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'fr-CA', datePublished: '2026-11-02T00:00:00-05:00' });
    const [faq] = await types('/en/faq/');
    expect(faq).toMatchObject({ '@type': 'FAQPage' });
    expect((faq?.['mainEntity'] as unknown[]).length).toBeGreaterThan(0);
    // An Event only for the dates people attend: the information session, not the deadline nor the publication.
    const events = (await types('/fr/dates/')).filter((node) => node['@type'] === 'Event');
    expect(events).toHaveLength(datedKeyDates().filter((entry) => ['online-event', 'in-person-event'].includes(String(entry.data['kind']))).length);
    expect(events.map((event) => event['name'])).not.toContain('Date limite de dépôt des candidatures');
    expect(events).toContainEqual(
      expect.objectContaining({ name: 'Séance d’information en ligne', startDate: '2026-12-10T12:00:00-05:00', endDate: '2026-12-10T13:00:00-05:00', eventStatus: 'https://schema.org/EventRescheduled', previousStartDate: '2026-12-03T12:00:00-05:00' }),
    );
    const [organization] = await types('/en/');
    expect(organization).toMatchObject({ '@type': 'Organization', contactPoint: { email: 'medias@camp.example.ca' } });
  });

  test('sitemap pairs French and English pages; robots.txt points to it', async ({ request }) => {
    const items = await sitemapItems(request);
    const criteria = items.find((item) => item.url === `${site}/fr/criteres/`);
    expect(versionSet(criteria?.links ?? [])).toEqual(versionSet([
      { lang: 'fr-CA', url: `${site}/fr/criteres/` },
      { lang: 'en-CA', url: `${site}/en/criteria/` },
      { lang: 'x-default', url: `${site}/` },
    ]));
    const door = items.find((item) => item.url === `${site}/`);
    expect(versionSet(door?.links ?? [])).toEqual(versionSet([
      { lang: 'fr-CA', url: `${site}/fr/` },
      { lang: 'en-CA', url: `${site}/en/` },
      { lang: 'x-default', url: `${site}/` },
    ]));
    const body = (await fetchText(request, '/sitemap-0.xml')).body;
    expect(body).not.toContain('404');
    expect(body).not.toContain('.xml<');
    expect(body).not.toContain('/admin/');
    const robots = (await fetchText(request, '/robots.txt')).body;
    expect(robots).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  });

  test('hreflang is reciprocal, and every page’s <head> lists the versions its sitemap entry lists', async ({ request }) => {
    const items = await sitemapItems(request);
    const byUrl = new Map(items.map((item) => [item.url, item]));
    expect(byUrl.size, 'each page listed once').toBe(items.length);
    for (const item of items) {
      const versions = versionSet(item.links);
      const languages = item.links.filter((link) => link.lang !== 'x-default');
      // Each page names itself (the door as x-default).
      expect(item.links.map((link) => link.url), `${item.url} lists itself`).toContain(item.url);
      if (languages.length > 1) {
        // Search engines ignore a pair unless both sides name each other; x-default is the door on every pair.
        expect(item.links.filter((link) => link.lang === 'x-default').map((link) => link.url), item.url).toEqual([`${site}/`]);
        for (const language of languages) expect(versionSet(byUrl.get(language.url)?.links ?? []), `${language.url}, from ${item.url}`).toEqual(versions);
      }
      const $ = cheerio.load((await fetchText(request, local(item.url))).body);
      const head = $('head link[rel="alternate"][hreflang]').map((_index, link) => ({ lang: $(link).attr('hreflang') ?? '', url: $(link).attr('href') ?? '' })).get();
      expect(versionSet(head), item.url).toEqual(versions);
    }
    // The door and the sections (both languages, always paired) at least: the test must not pass on a sitemap without alternates.
    expect(items.filter((item) => item.links.length === 3).length).toBeGreaterThanOrEqual(15);
  });
});

test.describe('open data', () => {
  test('both files validate against the documented shape and agree with each other', async ({ request }) => {
    const fr = await openData(request, '/fr/programme.json');
    const en = await openData(request, '/en/program.json');
    expect(fr.language).toBe('fr');
    expect(en.language).toBe('en');
    expect(fr.links.otherLanguage).toBe(`${site}/en/program.json`);
    expect(fr.program.figures).toEqual(en.program.figures);
    expect(fr.program.figures.totalSupportCad).toBe(1_200_000);
    expect(fr.keyDates.map((keyDate) => keyDate.id)).toEqual(en.keyDates.map((keyDate) => keyDate.id));
    const [undated] = undatedKeyDates();
    expect(fr.keyDates.find((keyDate) => keyDate.id === undated?.file)).toMatchObject({ state: 'to-be-announced', start: null, calendarUrl: null });
    const criteria = criteriaFr();
    // The version is derived from the notes: one more major number per major change, one more minor per minor change.
    const [major, minor] = changesOf(criteria)
      .sort((a, b) => dayOf(a['date']).localeCompare(dayOf(b['date'])))
      .reduce(([M, m], change) => (change['impact'] === 'major' ? [M + 1, 0] : [M, m + 1]), [1, 0]);
    expect(fr.criteria.version).toBe(`${major}.${minor}`);
    expect(en.criteria.version).toBe(fr.criteria.version);
    const majorDays = changesOf(criteria).filter((change) => change['impact'] === 'major').map((change) => dayOf(change['date']));
    expect(fr.criteria.lastUpdated).toBe([dayOf(criteria['effective']), ...majorDays].sort().at(-1));
    const schema = JSON.parse((await fetchText(request, local(fr.schema))).body) as Record<string, unknown>;
    expect(schema['$id']).toBe(fr.schema);
  });
});

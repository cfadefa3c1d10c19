/**
 * The site as a phone shows it, and as wider screens do:
 * - on both homes, at 360 × 640 and 1280 × 800, the program status, the
 *   deadline with its date and time, and the way to act are in the first
 *   screen, before opening (what to prepare) and while open (the form);
 * - every template, both languages, at 320, 360, 768 and 1280 px: no
 *   horizontal scrolling, no boxes overlapping, the page's own title in the
 *   first screen; a full-page screenshot of each at 360, 768 and 1280 px goes
 *   to test-results/screenshots/ for review (not committed).
 * One browser page per width, reused for every template.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { toInstant } from '../../src/domain/dates';
import { entries } from '../support/content';
import { overlappingBoxes } from '../support/overlap';
import { publicPagePaths } from '../support/site-output';

/** The template a public path renders with. */
function templateOf(path: string): string {
  if (path === '/' || path === '/404.html') return path === '/' ? 'door' : 'not-found';
  const [, lang, section, rest = ''] = /^\/(fr|en)\/([^/]*)\/?(.*)$/.exec(path) ?? [];
  if (!lang) return 'other';
  if (!section) return `${lang}-home`;
  if (/^(annonces|announcements)$/.test(section)) return rest === '' || rest.startsWith('page/') ? `${lang}-announcements` : `${lang}-announcement`;
  if (/^(cohorte|cohort)$/.test(section)) return rest === '' ? `${lang}-cohort` : rest.startsWith('edition/') ? `${lang}-cohort-edition` : `${lang}-cohort-member`;
  const sections = ['criteres', 'criteria', 'dates', 'faq', 'recherche', 'search', 'medias', 'media'];
  return sections.includes(section) ? `${lang}-${section}` : `${lang}-page`;
}

/** One path per template and language, from the built site. */
const templatePages = [...new Map(publicPagePaths().map((path) => [templateOf(path), path])).entries()].map(([template, path]) => ({ template, path }));

test('the layout checks cover every template in both languages', () => {
  const templates = templatePages.map((page) => page.template);
  expect(templates).toEqual(expect.arrayContaining(['door', 'not-found', 'fr-home', 'en-home', 'fr-announcement', 'en-announcement', 'fr-criteres', 'en-criteria', 'fr-dates', 'fr-recherche', 'en-search', 'fr-page', 'en-page']));
});

/** True when the whole of `locator` is inside the viewport. */
async function inFirstScreen(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  return box !== null && viewport !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
}

/** The instant of the French content's confirmed date for a milestone. */
function milestoneInstant(milestone: string): Date {
  const found = entries('keyDates', 'fr').find((entry) => entry.data['milestone'] === milestone && entry.data['state'] !== 'to-be-announced');
  if (!found) throw new Error(`content/key-dates/fr has no confirmed ${milestone} date`);
  const { date, time, timeZone } = found.data;
  return toInstant({ day: String(date), time: typeof time === 'string' ? time : undefined, timeZone: typeof timeZone === 'string' ? timeZone : 'America/Toronto' });
}

const phases = [
  { name: 'before opening', at: () => new Date(milestoneInstant('applications-open').getTime() - 86_400_000), action: '.status__prepare h3' },
  { name: 'while open', at: () => new Date(milestoneInstant('applications-open').getTime() + 86_400_000), action: '.status__action .button' },
] as const;

for (const viewport of [{ width: 360, height: 640 }, { width: 1280, height: 800 }]) {
  for (const phase of phases) {
    test(`both homes show status, deadline and action in the first screen at ${viewport.width} × ${viewport.height}, ${phase.name}`, async ({ page }) => {
      await page.clock.setFixedTime(phase.at());
      await page.setViewportSize(viewport);
      for (const home of ['/fr/', '/en/']) {
        await page.goto(home);
        const status = page.locator('program-status > [data-variant]');
        const checks = {
          status: status.locator('.status__badge'),
          deadline: status.locator('.status__deadline'),
          action: status.locator(phase.action),
        };
        for (const [what, locator] of Object.entries(checks)) {
          await expect(locator, `${home} ${what}`).toBeVisible();
          expect(await inFirstScreen(page, locator), `${home}: the ${what} is in the first screen`).toBe(true);
        }
        // The deadline says its date and its time.
        await expect(checks.deadline).toContainText(/2027/);
        await expect(checks.deadline).toContainText(/\d(\s|\u00A0)h(\s|\u00A0)\d\d|\d:\d\d/);
      }
    });
  }
}

for (const width of [320, 360, 768, 1280]) {
  test(`every template at ${width} px: no horizontal scrolling, no overlapping boxes, its title in the first screen`, async ({ page }) => {
    test.setTimeout(120_000);
    const height = width <= 360 ? 640 : 800;
    await page.setViewportSize({ width, height });
    const screenshots = join('test-results', 'screenshots');
    mkdirSync(screenshots, { recursive: true });
    const problems: string[] = [];
    for (const { template, path } of templatePages) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${path}: scrolls ${overflow}px sideways`);
      for (const overlap of await overlappingBoxes(page)) problems.push(`${path}: ${overlap}`);
      const title = page.getByRole('heading', { level: 1 }).first();
      if (!(await inFirstScreen(page, title))) problems.push(`${path}: the page title is not in the first screen`);
      if (width !== 320) await page.screenshot({ path: join(screenshots, `${template}-${width}.png`), fullPage: true });
    }
    expect(problems).toEqual([]);
  });
}

test('the overlap check reports boxes that overlap, and not a link wrapping beside text', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.setContent(`<main>
    <p style="position:absolute;top:10px;left:10px;width:200px">Premier paragraphe</p>
    <p style="position:absolute;top:20px;left:50px;width:200px">Second paragraphe</p>
    <p style="position:absolute;top:200px;width:150px">Du texte <a href="#">un lien assez long pour passer à la ligne suivante</a> et la suite.</p>
    <p class="visually-hidden" style="position:absolute;top:10px;left:10px;width:1px;height:1px;overflow:hidden">caché</p>
  </main>`);
  expect(await overlappingBoxes(page)).toEqual([expect.stringMatching(/Premier paragraphe.*overlaps.*Second paragraphe/)]);
});

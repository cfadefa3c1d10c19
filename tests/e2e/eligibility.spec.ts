/**
 * « Suis-je admissible ? » in a real browser, both languages, against the
 * built site: answering every question the way that meets its criterion gives
 * the eligible message with the next step for the program status (simulated
 * clock); one answer that does not names that criterion with links that work;
 * without JavaScript the page is a checklist; nothing is requested while
 * answering; the result is announced once per change; it all works from the
 * keyboard and passes axe. Questions, answers and links come from content/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readCollection } from '../../src/content/read-from-disk';
import { slugOf, translationKeyOf, withSharedHistory } from '../../src/content/translations';
import { criteriaInForce } from '../../src/domain/criteria-in-force';
import { formatDay } from '../../src/domain/dates';
import { selfCheckPlan } from '../../src/domain/eligibility';
import { interpolate, type UiValues } from '../../src/i18n/interpolate';
import { typeset, typesetData } from '../../src/i18n/typography';
import type { UiKey } from '../../src/i18n/translate';
import { anchorPath, sectionPath } from '../../src/routes/urls';
import { milestoneInstant, settings } from '../support/content';
import { accessibilityViolations } from './accessibility';

const repoRoot = join(import.meta.dirname, '..', '..');

/** The UI strings of `lang`, as the page shows them (read from the file: Playwright's loader cannot import JSON). */
function translator(lang: 'fr' | 'en'): (key: UiKey, values?: UiValues) => string {
  const strings = JSON.parse(readFileSync(join(repoRoot, 'src', 'i18n', 'ui', `${lang}.json`), 'utf8')) as Partial<Record<UiKey, string>>;
  return (key, values) => typeset(lang, interpolate(strings[key] ?? key, values));
}

/** What the page asks in `lang`, from the content: questions, the answer that meets each, links. */
function selfCheck(lang: 'fr' | 'en') {
  // The history (and so the version) is written in the French file only; the English page reads it from there.
  const all = [...readCollection(repoRoot, 'criteria', 'fr'), ...readCollection(repoRoot, 'criteria', 'en')];
  const [raw] = withSharedHistory(all.filter((entry) => entry.id.startsWith(`${lang}/`)), all);
  if (!raw) throw new Error(`content/criteria/${lang}/criteres.md missing`);
  // The site's loader typesets every frontmatter string (’ for ', no-break spaces); the page shows that text.
  const criteria = { ...raw, data: typesetData(lang, raw.data) };
  const faq = readCollection(repoRoot, 'faq', lang).map((entry) => ({ ...entry, data: typesetData(lang, entry.data) }));
  const plan = selfCheckPlan(criteria.data.items);
  const faqOf = (key: string | undefined) => {
    const entry = faq.find((candidate) => translationKeyOf({ id: candidate.id, translationKey: candidate.data.translationKey }) === key);
    return entry && { question: entry.data.question, href: anchorPath(lang, 'faq', slugOf({ id: entry.id, slug: entry.data.slug })) };
  };
  const t = translator(lang);
  const label = (answer: 'yes' | 'no') => t(`eligibility.${answer}`);
  const inForce = criteriaInForce(criteria.data);
  const date = formatDay(lang, inForce.since);
  return {
    basis: t('eligibility.basis', { date, version: inForce.version }),
    lang,
    path: sectionPath(lang, 'eligibility'),
    t,
    asked: plan.asked.map((item) => ({ ...item, question: item.question ?? '', meets: label(item.satisfiedBy), fails: label(item.satisfiedBy === 'yes' ? 'no' : 'yes'), faq: faqOf(item.faq) })),
    toCheck: plan.toCheck,
    formUrl: String(settings(lang)['applicationFormUrl']),
  };
}

const languages = [selfCheck('fr'), selfCheck('en')];
type SelfCheck = (typeof languages)[number];

/** The radio button of `answer` in the group of `question`. */
function radio(page: Page, question: string, answer: string) {
  return page.getByRole('group', { name: question }).getByRole('radio', { name: answer, exact: true });
}

/** Answers every question the way that meets it, except the one at `failing` (none by default). */
async function answerAll(page: Page, check: SelfCheck, failing = -1): Promise<void> {
  for (const [index, item] of check.asked.entries()) await radio(page, item.question, index === failing ? item.fails : item.meets).check();
}

/** The result region. */
const result = (page: Page) => page.getByRole('status');

test('the sample content asks questions in both languages', () => {
  for (const check of languages) expect(check.asked.length, check.lang).toBeGreaterThan(1);
});

for (const check of languages) {
  const { t } = check;

  test.describe(`${check.path}`, () => {
    test('answering « Oui » to every question (the answer that meets each) says eligible, with the way to apply while open', async ({ page }) => {
      await page.clock.setFixedTime(new Date(milestoneInstant('applications-open').getTime() + 60_000));
      await page.goto(check.path);
      await expect(result(page)).toHaveText(t('eligibility.result.start', { count: check.asked.length }));
      await answerAll(page, check);
      await expect(result(page)).toContainText(t('eligibility.result.eligible'));
      await expect(result(page)).toContainText(t('status.open'));
      const apply = result(page).getByRole('link', { name: new RegExp(t('cta.apply')) });
      await expect(apply).toHaveAttribute('href', check.formUrl);
      await expect(apply).toHaveAttribute('rel', /external/);
      if (check.toCheck.length > 0) await expect(result(page)).toContainText(t('eligibility.toCheck.heading'));
      await expect(page.getByRole('heading', { name: t('eligibility.toCheck.heading') })).toHaveCount(check.toCheck.length > 0 ? 1 : 0);
      // The criteria in force, linked to their change history; only the jury decides.
      await expect(page.getByText(t('eligibility.jury'))).toBeVisible();
      await page.getByRole('link', { name: check.basis }).click();
      await expect(page).toHaveURL(new RegExp(`${sectionPath(check.lang, 'criteria')}#criteria-history$`));
      await expect(page.getByRole('heading', { name: t('criteria.history') })).toBeInViewport();
    });

    test('the next step follows the program status: opening date before, closed notice after the deadline', async ({ page }) => {
      await page.clock.setFixedTime(new Date(milestoneInstant('applications-open').getTime() - 60_000));
      await page.goto(check.path);
      await answerAll(page, check);
      await expect(result(page)).toContainText(t('eligibility.result.eligible'));
      await expect(result(page)).toContainText(t('status.upcoming'));
      await expect(result(page).getByRole('link', { name: t('eligibility.next.dates') })).toHaveAttribute('href', sectionPath(check.lang, 'dates'));
      await expect(page.locator(`a[href="${check.formUrl}"]:visible`)).toHaveCount(0);

      await page.clock.setFixedTime(new Date(milestoneInstant('applications-close').getTime() + 1_000));
      await page.goto(check.path);
      await answerAll(page, check);
      await expect(result(page)).toContainText(t('eligibility.result.eligible'));
      await expect(result(page)).toContainText(t('status.closed'));
      await expect(page.locator(`a[href="${check.formUrl}"]:visible`)).toHaveCount(0);
    });

    test('one « Non » names that criterion, with links to it and to its FAQ answer that work', async ({ page }) => {
      // The first question with a FAQ link, so both links are followed.
      const failing = Math.max(0, check.asked.findIndex((item) => item.faq !== undefined));
      const item = check.asked[failing];
      if (!item) throw new Error('no question');
      await page.goto(check.path);
      await answerAll(page, check, failing);
      await expect(result(page)).toContainText(t('eligibility.result.unmetOne'));
      await expect(result(page).getByRole('listitem')).toHaveCount(1);
      await expect(result(page)).not.toContainText(t('eligibility.result.eligible'));
      const criterionLink = result(page).getByRole('link', { name: t('eligibility.criterion', { title: item.title }) });
      await expect(criterionLink).toHaveAttribute('href', anchorPath(check.lang, 'criteria', item.id));
      await criterionLink.click();
      await expect(page).toHaveURL(new RegExp(`#${item.id}$`));
      await expect(page.locator(`[id="${item.id}"]`)).toBeInViewport();
      await expect(page.locator(`[id="${item.id}"]`).getByRole('heading', { name: item.title })).toBeVisible();
      if (item.faq) {
        // Nothing was kept: answer again, then follow the FAQ link.
        await page.goto(check.path);
        await answerAll(page, check, failing);
        const faqLink = result(page).getByRole('link', { name: t('eligibility.faq', { question: item.faq.question }) });
        await faqLink.click();
        await expect(page).toHaveURL(new RegExp(`${item.faq.href.replace(/[/#]/g, '\\$&')}$`));
        const answer = page.locator(`[id="${item.faq.href.split('#')[1]}"]`);
        await expect(answer).toBeVisible();
        await expect(page.locator('details', { has: answer })).toHaveAttribute('open', '');
      }
    });

    test('without JavaScript the page is a printable checklist of the questions with their criteria links', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(check.path);
      await expect(page.getByRole('radio')).toHaveCount(0);
      await expect(page.getByRole('status')).toHaveCount(0);
      await expect(page.getByText(t('eligibility.checklist'))).toBeVisible();
      const items = page.locator('.self-check__checklist > li');
      await expect(items).toHaveCount(check.asked.length);
      for (const [index, item] of check.asked.entries()) {
        const entry = items.nth(index);
        await expect(entry).toContainText(item.question);
        await expect(entry).toContainText(t('eligibility.expected', { answer: item.meets }));
        await expect(entry.getByRole('link', { name: t('eligibility.criterion', { title: item.title }) })).toHaveAttribute('href', anchorPath(check.lang, 'criteria', item.id));
      }
      // The links lead somewhere: the criterion's anchor exists on the criteria page.
      const [first] = check.asked;
      if (first) {
        await items.first().getByRole('link', { name: t('eligibility.criterion', { title: first.title }) }).click();
        await expect(page.locator(`[id="${first.id}"]`)).toBeVisible();
      }
      await context.close();
    });

    test('no request leaves the page while the reader answers, and nothing is kept', async ({ page }) => {
      await page.goto(check.path, { waitUntil: 'networkidle' });
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await answerAll(page, check);
      await expect(result(page)).toContainText(t('eligibility.result.eligible'));
      await answerAll(page, check, 0);
      await expect(result(page)).toContainText(t('eligibility.result.unmetOne'));
      await page.waitForTimeout(300);
      expect(requests).toEqual([]);
      // Nothing kept either: no cookie, nothing in the browser's storage.
      expect(await page.context().cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      // A reload starts afresh, even though browsers restore form fields.
      await page.reload();
      await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
      await expect(result(page)).toHaveText(t('eligibility.result.start', { count: check.asked.length }));
    });
  });
}

test('the result is announced once per change, and not when an answer is chosen again', async ({ page }) => {
  const [check] = languages;
  if (!check) throw new Error('no language');
  await page.goto(check.path);
  // Counts the changes made to the live region: one mutation record per change (clearing it, then filling it, would be two).
  await page.evaluate(() => {
    const region = document.querySelector('[role="status"]');
    const counter = window as unknown as { announcements: number };
    counter.announcements = 0;
    if (region) new MutationObserver((records) => (counter.announcements += records.length)).observe(region, { childList: true, subtree: true, characterData: true });
  });
  const announcements = () => page.evaluate(() => (window as unknown as { announcements: number }).announcements);
  const [first, second] = check.asked;
  if (!first || !second) throw new Error('two questions needed');
  await radio(page, first.question, first.meets).check();
  await expect.poll(announcements).toBe(1);
  await radio(page, second.question, second.fails).check();
  await expect.poll(announcements).toBe(2);
  // Two unmet, then one again: each change is one announcement.
  await radio(page, first.question, first.fails).check();
  await radio(page, first.question, first.meets).check();
  await page.waitForTimeout(200);
  expect(await announcements()).toBe(4);
  await radio(page, first.question, first.meets).check();
  await page.waitForTimeout(200);
  expect(await announcements()).toBe(4);
});

test('the self-check works with the keyboard alone', async ({ page }) => {
  const [check] = languages;
  if (!check) throw new Error('no language');
  await page.clock.setFixedTime(new Date(milestoneInstant('applications-open').getTime() + 60_000));
  await page.goto(check.path);
  for (const item of check.asked) {
    const target = radio(page, item.question, item.meets);
    // Tab into the question's group (its first radio button), then choose with the arrow keys and Space.
    for (let presses = 0; presses < 40 && !(await radio(page, item.question, check.t('eligibility.yes')).evaluate((element) => element === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    if (item.meets !== check.t('eligibility.yes')) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect(target).toBeChecked();
  }
  await expect(result(page)).toContainText(check.t('eligibility.result.eligible'));
  // The next step's link is the next stop of the keyboard after the last question's links.
  const apply = result(page).getByRole('link', { name: new RegExp(check.t('cta.apply')) });
  for (let presses = 0; presses < 10 && !(await apply.evaluate((element) => element === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
  await expect(apply).toBeFocused();
});

test('every state of the result passes axe at 320 px and 1280 px', async ({ page }) => {
  for (const check of languages) {
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(check.path);
      await answerAll(page, check, 0);
      await expect(result(page)).toContainText(check.t('eligibility.result.unmetOne'));
      expect(await accessibilityViolations(page), `${check.path} unmet at ${width}px`).toEqual([]);
      await answerAll(page, check);
      await expect(result(page)).toContainText(check.t('eligibility.result.eligible'));
      expect(await accessibilityViolations(page), `${check.path} eligible at ${width}px`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal scrolling').toBeLessThanOrEqual(0);
    }
  }
});

test('the self-check is linked from the home status block, the criteria page, the FAQ and the navigation', async ({ page }) => {
  // Before the deadline, so the status block offers its links.
  await page.clock.setFixedTime(new Date(milestoneInstant('applications-open').getTime() + 60_000));
  for (const check of languages) {
    const cta = check.t('cta.eligibility');
    for (const from of [sectionPath(check.lang, 'home'), sectionPath(check.lang, 'criteria'), sectionPath(check.lang, 'faq')]) {
      await page.goto(from);
      await page.getByRole('main').getByRole('link', { name: cta }).click();
      await expect(page, `from ${from}`).toHaveURL(new RegExp(`${check.path}$`));
    }
    await page.getByRole('navigation', { name: check.t('site.nav.label') }).getByRole('link', { name: check.t('site.nav.eligibility') }).click();
    await expect(page).toHaveURL(new RegExp(`${check.path}$`));
    await expect(page.getByRole('navigation', { name: check.t('site.nav.label') }).getByRole('link', { name: check.t('site.nav.eligibility') })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(check.t('eligibility.title'));
  }
});

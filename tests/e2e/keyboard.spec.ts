/**
 * Keyboard paths: the skip link, the language toggle, FAQ questions, the
 * search field and the call to action all work with the keyboard alone and
 * show a visible focus indicator.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { toInstant } from '../../src/domain/dates';
import { entries } from '../support/content';

/** Presses Tab until `target` has focus (at most `limit` times). */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}

/** Asserts the focused element shows a focus ring (outline or box shadow). */
async function expectVisibleFocus(target: Locator): Promise<void> {
  const style = await target.evaluate((element) => {
    const computed = getComputedStyle(element);
    return { outline: computed.outlineStyle, width: Number.parseFloat(computed.outlineWidth), shadow: computed.boxShadow };
  });
  expect(style.outline !== 'none' && style.width >= 2 || style.shadow !== 'none', JSON.stringify(style)).toBe(true);
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/en/faq/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expectVisibleFocus(skip);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('the language toggle works from the keyboard', async ({ page }) => {
  await page.goto('/fr/dates/');
  const toggle = page.getByRole('link', { name: 'Read this page in English' });
  await tabTo(page, toggle);
  await expectVisibleFocus(toggle);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/dates\/$/);
});

test('FAQ questions open and close with Enter and Space', async ({ page }) => {
  await page.goto('/fr/faq/');
  const summary = page.getByRole('main').locator('details > summary').first();
  await tabTo(page, summary, 120);
  await expectVisibleFocus(summary);
  const details = page.getByRole('main').locator('details').first();
  await page.keyboard.press('Enter');
  await expect(details).toHaveAttribute('open', '');
  await page.keyboard.press('Space');
  await expect(details).not.toHaveAttribute('open', '');
});

test('on a phone, the Menu opens from the keyboard and its links are reachable', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/fr/criteres/');
  const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(navigation).toBeHidden();
  const menu = page.getByRole('banner').locator('summary');
  await tabTo(page, menu);
  await expectVisibleFocus(menu);
  await page.keyboard.press('Enter');
  await expect(navigation).toBeVisible();
  const dates = navigation.getByRole('link', { name: 'Dates clés' });
  await tabTo(page, dates);
  await expectVisibleFocus(dates);
  await expect(navigation.getByRole('link', { name: 'Critères' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fr\/dates\/$/);
});

test('on a wide screen, the navigation shows without opening a menu', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/fr/criteres/');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Dates clés' })).toBeVisible();
  await expect(page.getByRole('banner').locator('summary')).toBeHidden();
});

test('the header search works from the keyboard and lands on the search page', async ({ page }) => {
  await page.goto('/fr/criteres/');
  const field = page.getByRole('searchbox', { name: 'Rechercher sur le site' });
  await tabTo(page, field);
  await expectVisibleFocus(field);
  await page.keyboard.type('date limite');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fr\/recherche\/\?q=date(\+|%20)limite/);
});

test('the call to action is reachable and visibly focused while applications are open', async ({ page }) => {
  const opening = entries('keyDates', 'fr').find((entry) => entry.data['milestone'] === 'applications-open' && entry.data['state'] !== 'to-be-announced');
  if (!opening) throw new Error('content/key-dates/fr has no confirmed opening date');
  const opensAt = toInstant({ day: String(opening.data['date']), time: String(opening.data['time']), timeZone: String(opening.data['timeZone'] ?? 'America/Toronto') });
  await page.clock.setFixedTime(new Date(opensAt.getTime() + 3_600_000));
  await page.goto('/fr/');
  const apply = page.getByRole('link', { name: /Poser sa candidature/ });
  await tabTo(page, apply);
  await expectVisibleFocus(apply);
});

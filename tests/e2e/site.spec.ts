/**
 * The public site as readers use it, against the built output: homes with the
 * program's facts, the language toggle, FAQ anchors, the call to action that
 * follows the program status (with a simulated clock), the skip link, and
 * every URL of the public contract in both languages.
 */
import { expect, test } from '@playwright/test';
import { entries, milestoneInstant, settings } from '../support/content';

const contractUrls = [
  ['/fr/', '/en/'],
  ['/fr/annonces/', '/en/announcements/'],
  ['/fr/criteres/', '/en/criteria/'],
  ['/fr/dates/', '/en/dates/'],
  ['/fr/faq/', '/en/faq/'],
  ['/fr/recherche/', '/en/search/'],
  ['/fr/medias/', '/en/media/'],
  ['/fr/admissibilite/', '/en/eligibility/'],
] as const;

test('every URL of the public contract exists in both languages, with the right lang', async ({ page }) => {
  for (const pair of contractUrls) {
    for (const [index, url] of pair.entries()) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', index === 0 ? 'fr-CA' : 'en-CA');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  }
  const root = await page.goto('/');
  expect(root?.status()).toBe(200);
  await expect(page.locator('a[href="/fr/"]')).toBeVisible();
  await expect(page.locator('a[href="/en/"]')).toBeVisible();
});

test('both homes state the program facts', async ({ page }) => {
  await page.goto('/fr/');
  const fr = page.getByRole('main');
  await expect(fr).toContainText('10 jeunes pousses');
  await expect(fr).toContainText(/120\s000\s\$/);
  await expect(fr).toContainText('120 pays');
  await expect(fr).toContainText(/réalité mixte, cybersécurité et chaînes de blocs/);
  await expect(fr).toContainText('12 mois');
  await expect(fr).toContainText('équipement');
  await expect(fr).toContainText('formation');

  await page.goto('/en/');
  const en = page.getByRole('main');
  await expect(en).toContainText('10 young companies');
  await expect(en).toContainText('$120,000');
  await expect(en).toContainText('120 countries');
  await expect(en).toContainText(/mixed reality, cybersecurity,? and blockchain/);
  await expect(en).toContainText('12 months');
});

test('the language toggle on an announcement lands on its counterpart', async ({ page }) => {
  await page.goto('/fr/annonces/');
  const first = page.getByRole('main').getByRole('listitem').first().getByRole('link').first();
  const frTitle = (await first.textContent())?.trim() ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(frTitle);
  const frUrl = page.url();
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
  expect(page.url()).toMatch(/\/en\/announcements\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(frTitle);
  await page.getByRole('link', { name: 'Lire cette page en français' }).click();
  expect(page.url()).toBe(frUrl);
});

test('opening /fr/faq/#<id> shows that answer open', async ({ page }) => {
  const [question] = entries('faq', 'fr');
  if (!question) throw new Error('no FAQ entry in content/faq/fr');
  const anchor = typeof question.data['slug'] === 'string' ? question.data['slug'] : question.file;
  await page.goto(`/fr/faq/#${anchor}`);
  const answer = page.locator(`[id="${anchor}"]`);
  await expect(answer).toBeVisible();
  await expect(page.locator('details', { has: answer })).toHaveAttribute('open', '');
  // The other answers stay closed.
  const openCount = await page.locator('details[open]').count();
  expect(openCount).toBe(1);
});

test.describe('the call to action follows the program status on page load', () => {
  const formUrl = String(settings('fr')['applicationFormUrl']);

  test('while applications are open it links to the form from settings, marked external', async ({ page }) => {
    const opens = milestoneInstant('applications-open');
    await page.clock.setFixedTime(new Date(opens.getTime() + 60_000));
    await page.goto('/fr/');
    const apply = page.getByRole('link', { name: /Poser sa candidature/ });
    await expect(apply).toHaveAttribute('href', formUrl);
    await expect(apply).toHaveAttribute('rel', /external/);
    await expect(apply).toContainText('site externe');
    await expect(page.getByText('À préparer avant de commencer')).toBeVisible();
  });

  test('one minute before the deadline it still shows, closing soon', async ({ page }) => {
    const closes = milestoneInstant('applications-close');
    await page.clock.setFixedTime(new Date(closes.getTime() - 60_000));
    await page.goto('/en/');
    await expect(page.getByRole('link', { name: /Apply now/ })).toHaveAttribute('href', formUrl);
    await expect(page.getByText('Applications close soon.')).toBeVisible();
  });

  test('after the deadline the form link is gone and the page says applications closed', async ({ page }) => {
    const closes = milestoneInstant('applications-close');
    await page.clock.setFixedTime(new Date(closes.getTime() + 1_000));
    await page.goto('/fr/');
    await expect(page.getByText('Les candidatures sont fermées.')).toBeVisible();
    await expect(page.getByRole('link', { name: /Poser sa candidature/ })).toHaveCount(0);
    await expect(page.locator(`a[href="${formUrl}"]:visible`)).toHaveCount(0);
  });

  test('before opening it says when applications open and offers no form link', async ({ page }) => {
    const opens = milestoneInstant('applications-open');
    await page.clock.setFixedTime(new Date(opens.getTime() - 60_000));
    await page.goto('/fr/');
    await expect(page.getByText('Les candidatures ne sont pas encore ouvertes.')).toBeVisible();
    await expect(page.getByRole('link', { name: /Poser sa candidature/ })).toHaveCount(0);
  });
});

test('the skip link is the first focusable element and moves focus to main', async ({ page }) => {
  await page.goto('/fr/criteres/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Passer au contenu principal' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('a page without counterpart says so and the toggle goes to the other section', async ({ page }) => {
  await page.goto('/en/announcements/');
  // Sections always have a counterpart: no notice.
  await expect(page.getByText('This page is not available in French yet.')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Lire cette page en français' })).toHaveAttribute('href', '/fr/annonces/');
});

test('hreflang alternates and canonical point to the counterpart pages', async ({ page }) => {
  await page.goto('/fr/criteres/');
  await expect(page.locator('link[rel="alternate"][hreflang="en-CA"]')).toHaveAttribute('href', /\/en\/criteria\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="fr-CA"]')).toHaveAttribute('href', /\/fr\/criteres\/$/);
  // Readers in neither language are offered the bilingual door.
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/fr\/criteres\/$/);
});

test('announcement images go through the image pipeline (modern formats, srcset, dimensions)', async ({ page }) => {
  const withImage = entries('announcements', 'fr').find((entry) => entry.data['image'] && !entry.data['draft']);
  test.skip(!withImage, 'no announcement with an image in the content');
  await page.goto('/fr/annonces/');
  const slug = withImage?.file ?? '';
  await page.goto(`/fr/annonces/${slug}/`);
  const picture = page.locator('main picture').first();
  await expect(picture.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\/_astro\/.+\.avif/);
  const img = picture.locator('img');
  await expect(img).toHaveAttribute('width', /\d+/);
  await expect(img).toHaveAttribute('height', /\d+/);
  await expect(img).toHaveAttribute('alt', /.+/);
});

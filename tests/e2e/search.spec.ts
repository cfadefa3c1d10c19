/**
 * Search in a real browser, against the built site: results as you type,
 * the query in the URL, FAQ anchors that open, keyboard-only use, the header
 * form without JavaScript, and no search code on pages until it is used.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';

/** True for a request that belongs to search: the engine chunk, the page script or index files. */
function isSearchRequest(request: Request): boolean {
  const { pathname } = new URL(request.url());
  return pathname.startsWith('/search/') || /\/_astro\/(browser|SearchPage)[^/]*\.js$/.test(pathname);
}

/** Records search requests made by `page` from now on. */
function recordSearchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (isSearchRequest(request)) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

test('typing on /fr/recherche/ shows highlighted results and keeps q in the URL', async ({ page }) => {
  await page.goto('/fr/recherche/');
  const field = page.getByRole('searchbox', { name: 'Rechercher sur le site' }).last();
  await field.fill('critrères');
  const results = page.getByRole('list', { name: 'Résultats' });
  await expect(results.getByRole('listitem').first()).toBeVisible();
  await expect(page).toHaveURL(/\/fr\/recherche\/\?q=critr%C3%A8res$/);
  await expect(page.getByRole('status')).toContainText('résultat');
  await expect(results.locator('mark').first()).toBeVisible();
  await expect(results.getByText('Critère', { exact: true }).first()).toBeVisible();
});

test('a shared URL shows its results, and back returns to the previous search', async ({ page }) => {
  await page.goto('/fr/recherche/?q=date%20limite');
  const results = page.getByRole('list', { name: 'Résultats' });
  await expect(results.getByRole('link', { name: /Date limite/ })).toBeVisible();
  const field = page.locator('#search-q');
  await expect(field).toHaveValue('date limite');
  await field.fill('cybersecurite');
  await field.press('Enter');
  await expect(page).toHaveURL(/q=cybersecurite/);
  await page.goBack();
  await expect(page).toHaveURL(/q=date(\+|%20)limite/);
  await expect(field).toHaveValue('date limite');
  await expect(results.getByRole('link', { name: /Date limite/ })).toBeVisible();
});

test('an FAQ result opens its answer', async ({ page }) => {
  await page.goto('/fr/recherche/?q=combien%20de%20jeunes%20pousses');
  const link = page.getByRole('list', { name: 'Résultats' }).getByRole('link', { name: /Combien de jeunes pousses/ });
  await expect(link).toHaveAttribute('href', '/fr/faq/#combien-de-jeunes-pousses');
  await link.click();
  await expect(page).toHaveURL(/\/fr\/faq\/#combien-de-jeunes-pousses$/);
  const answer = page.locator('#combien-de-jeunes-pousses');
  await expect(answer).toBeVisible();
  await expect(page.locator('details:has(#combien-de-jeunes-pousses)')).toHaveAttribute('open', '');
});

test('keyboard only: tab to the field, type, arrow to a result, Enter follows it', async ({ page }) => {
  await page.goto('/en/search/');
  for (let step = 0; step < 40; step += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'search-q')) break;
  }
  await expect(page.locator('#search-q')).toBeFocused();
  await page.keyboard.type('how many startups');
  await expect(page).toHaveURL(/q=how\+many\+startups$/);
  const first = page.getByRole('list', { name: 'Results' }).getByRole('link').first();
  await expect(first).toHaveText(/How many startups/);
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#search-q')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/faq\/#how-many-startups$/);
  await expect(page.locator('#how-many-startups')).toBeVisible();
});

test('no result here but some in the other language: says so with a link', async ({ page }) => {
  await page.goto('/fr/recherche/?q=worldwide');
  await expect(page.getByRole('status')).toContainText('Aucun résultat');
  const link = page.getByRole('link', { name: 'voir les résultats en anglais' });
  await expect(link).toHaveAttribute('href', '/en/search/?q=worldwide');
  await link.click();
  await expect(page.getByRole('list', { name: 'Results' }).getByRole('link').first()).toBeVisible();
});

test('public pages load no search code or index; the search page loads the index only when used', async ({ page }) => {
  const seen = recordSearchRequests(page);
  for (const path of ['/fr/', '/en/', '/fr/faq/', '/fr/criteres/', '/fr/dates/', '/fr/annonces/', '/en/media/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(seen).toEqual([]);
  await page.goto('/fr/recherche/');
  await page.waitForLoadState('networkidle');
  expect(seen.filter((path) => path.startsWith('/search/') || path.includes('/browser'))).toEqual([]);
  await page.locator('#search-q').fill('dates');
  await expect(page.getByRole('list', { name: 'Résultats' }).getByRole('listitem').first()).toBeVisible();
  expect(seen.some((path) => path === '/search/fr/index.json')).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form lands on the search page, which says search needs JavaScript', async ({ page }) => {
    await page.goto('/fr/');
    const header = page.getByRole('banner');
    await header.getByRole('searchbox', { name: 'Rechercher sur le site' }).fill('critères');
    await header.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL(/\/fr\/recherche\/\?q=crit%C3%A8res$/);
    await expect(page.getByText('La recherche instantanée demande JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Critères' })).toBeVisible();
  });
});

test('the search page with results has no detectable accessibility violations', async ({ page }) => {
  await page.goto('/fr/recherche/?q=candidature');
  await expect(page.getByRole('list', { name: 'Résultats' }).getByRole('listitem').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

/**
 * Search in a real browser, against the built site: results as you type,
 * the query and the type filter in the URL, excerpts around the match with
 * exact highlights, filters by type with counts, « Vouliez-vous dire », more
 * results, FAQ anchors that open, keyboard-only use, the forms without
 * JavaScript or with the script blocked, and no search code on pages until
 * it is used.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';

/** True for a request that belongs to search: the page's behaviour with the engine, a page script, or index files. */
function isSearchRequest(request: Request): boolean {
  const { pathname } = new URL(request.url());
  return pathname.startsWith('/search/') || /\/_astro\/(browser|SearchPage|search-ui)[^/]*\.js$/.test(pathname);
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
  // The page fetches nothing for search before use: its own script is inline.
  expect(seen).toEqual([]);
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

  test('the search page shows its title, introduction and form, and the form is a plain GET form', async ({ page }) => {
    await page.goto('/en/search/');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await expect(main.getByText('Search announcements, criteria, key dates')).toBeVisible();
    const form = main.getByRole('search');
    await form.getByRole('searchbox').fill('deadline');
    await form.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/en\/search\/\?q=deadline$/);
    await expect(page.getByText('Instant search needs JavaScript')).toBeVisible();
  });
});

test('when the search module is blocked, the notice comes back and the form still submits', async ({ page }) => {
  await page.route(/\/_astro\/search-ui[^/]*\.js$/, (route) => route.abort());
  await page.goto('/fr/recherche/');
  const notice = page.getByText('La recherche instantanée demande JavaScript');
  await expect(notice).toBeHidden();
  const field = page.locator('#search-q');
  await field.fill('critères');
  await expect(notice).toBeVisible();
  await field.press('Enter');
  await expect(page).toHaveURL(/\/fr\/recherche\/\?q=crit%C3%A8res$/);
});

test('the search page with results has no detectable accessibility violations', async ({ page }) => {
  await page.goto('/fr/recherche/?q=candidature');
  await expect(page.getByRole('list', { name: 'Résultats' }).getByRole('listitem').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test('an excerpt shows the passage around the match; only query words are marked', async ({ page }) => {
  await page.goto('/fr/recherche/?q=120%20pays');
  const results = page.getByRole('list', { name: 'Résultats' }).getByRole('listitem');
  await expect(results.first()).toBeVisible();
  for (let index = 0; index < 3; index += 1) await expect(results.nth(index).locator('p').last()).toContainText('120 pays');
  const marked = await page.getByRole('list', { name: 'Résultats' }).locator('mark').allTextContents();
  expect(new Set(marked)).toEqual(new Set(['120', 'pays']));
});

test('« date limite » marks date and limite, never « chances » or « échange »', async ({ page }) => {
  await page.goto('/fr/recherche/?q=date%20limite');
  const list = page.getByRole('list', { name: 'Résultats' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const marked = (await list.locator('mark').allTextContents()).map((text) => text.toLowerCase());
  expect(marked.length).toBeGreaterThan(0);
  expect(marked.every((text) => /^(date|dates|limite|limites)$/.test(text))).toBe(true);
});

test('filters by type: counts, the type in the URL, announced, back restores all types', async ({ page }) => {
  await page.goto('/fr/recherche/?q=candidature');
  const filters = page.getByRole('group', { name: 'Type de résultat' });
  await expect(filters.getByRole('radio', { name: /^Tous \(\d+\)$/ })).toBeChecked();
  const faq = filters.getByRole('radio', { name: /^Questions fréquentes \(\d+\)$/ });
  const count = Number(/\((\d+)\)/.exec((await faq.locator('xpath=..').textContent()) ?? '')?.[1]);
  await faq.check();
  await expect(page).toHaveURL(/[?&]type=faq(&|$)/);
  await expect(page.getByRole('status')).toContainText(`${count} sur `);
  await expect(page.getByRole('status')).toContainText('Questions fréquentes');
  const tags = await page.getByRole('list', { name: 'Résultats' }).locator('.tag').allTextContents();
  expect(tags.length).toBe(Math.min(count, 10));
  expect(new Set(tags)).toEqual(new Set(['Question fréquente']));
  await page.goBack();
  await expect(page).not.toHaveURL(/type=/);
  await expect(filters.getByRole('radio', { name: /^Tous/ })).toBeChecked();
});

test('the filters work by keyboard: arrow keys move between types and the results follow', async ({ page }) => {
  await page.goto('/en/search/?q=application');
  const all = page.getByRole('group', { name: 'Type of result' }).getByRole('radio', { name: /^All/ });
  await all.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]type=/);
  const chosen = page.getByRole('group', { name: 'Type of result' }).getByRole('radio', { checked: true });
  await expect(chosen).toBeFocused();
  await expect(page.getByRole('status')).toContainText('type:');
});

test('a shared URL with a type shows only that type, its filter checked', async ({ page }) => {
  await page.goto('/en/search/?q=press%20release&type=press-release');
  const tags = page.getByRole('list', { name: 'Results' }).locator('.tag');
  await expect(tags.first()).toBeVisible();
  expect(new Set(await tags.allTextContents())).toEqual(new Set(['Press release']));
  await expect(page.getByRole('radio', { name: /^Press releases/ })).toBeChecked();
});

test('« press release » puts press releases first', async ({ page }) => {
  await page.goto('/en/search/?q=press%20release');
  await expect(page.getByRole('list', { name: 'Results' }).locator('.tag').first()).toHaveText('Press release');
});

test('« Vouliez-vous dire » proposes the corrected query, spelt as the site spells it, and searches it', async ({ page }) => {
  await page.goto('/fr/recherche/?q=critr%C3%A8res');
  const link = page.getByRole('link', { name: 'critères', exact: true });
  await expect(page.getByText('Vouliez-vous dire')).toBeVisible();
  await link.click();
  await expect(page.locator('#search-q')).toHaveValue('critères');
  await expect(page).toHaveURL(/q=crit%C3%A8res(&|$)/);
});

test('nothing found: « Vouliez-vous dire » from the vocabulary for an unfinished word with a typo', async ({ page }) => {
  await page.goto('/fr/recherche/?q=cybrsec');
  await expect(page.getByRole('status')).toContainText('Aucun résultat');
  await expect(page.getByRole('link', { name: 'cybersécurité' })).toBeVisible();
});

test('ten results first, then ten more on demand, the focus on the first new one', async ({ page }) => {
  await page.goto('/fr/recherche/?q=programme');
  const links = page.getByRole('list', { name: 'Résultats' }).getByRole('link');
  await expect(links).toHaveCount(10);
  await page.getByRole('button', { name: 'Afficher plus de résultats' }).click();
  await expect(links.nth(10)).toBeFocused();
  expect(await links.count()).toBeGreaterThan(10);
});

test('the search page with filters and a suggestion has no detectable accessibility violations', async ({ page }) => {
  await page.goto('/fr/recherche/?q=critr%C3%A8res');
  await expect(page.getByRole('group', { name: 'Type de résultat' })).toBeVisible();
  await expect(page.getByText('Vouliez-vous dire')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

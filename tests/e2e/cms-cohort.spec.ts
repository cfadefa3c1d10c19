/**
 * The cohort in Decap CMS, on a throwaway copy (tests/e2e/cms-sandbox.ts): an
 * editor opens a startup in French, sees it previewed as its page (the site's
 * styles, the logo with its alt text, the quote), cannot publish a website in
 * `http://`, and publishes a new description that lands in the French file only.
 *
 * Ports: the copy is served on `E2E_PORT` + 2 and its `decap-server` listens
 * on `E2E_PORT` + 3, both on 127.0.0.1 (tests/support/ports.ts).
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { e2ePort as e2ePortOf } from '../support/ports';
import { readRawText } from '../../src/content/reader';
import { CmsSandbox } from './cms-sandbox';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const ports = { site: e2ePortOf('cohortCmsSite'), proxy: e2ePortOf('cohortCmsProxy') };

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ locale: 'fr-CA', timezoneId: 'America/Toronto' });

let sandbox: CmsSandbox;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  sandbox = CmsSandbox.create(repoRoot, ports);
  await sandbox.startProxy();
  await sandbox.buildAndServe();
});

test.afterAll(async () => {
  await sandbox?.close();
});

/** Data of a startup's file in the sandbox, as Astro reads it; `undefined` while it is being written. */
function startupData(lang: string): Record<string, unknown> | undefined {
  try {
    return readRawText(sandbox.read('content', 'cohort', lang, 'calqueo.md'), 'markdown', `cohort/${lang}/calqueo.md`, 'astro').data;
  } catch {
    return undefined;
  }
}

/** Opens the admin, signs in through the local backend and opens a startup. */
async function openStartup(page: Page, name: string): Promise<void> {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${sandbox.url}/admin/`);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('link', { name: 'Cohorte', exact: true }).click();
  await page.getByRole('link', { name: new RegExp(name) }).click();
}

/** Replaces the text of a field and checks it took (Decap re-renders a field marked in error, and may keep its old value). */
async function retype(field: Locator, text: string): Promise<void> {
  await expect(async () => {
    await field.click();
    await field.press('ControlOrMeta+A');
    await field.pressSequentially(text);
    await expect(field).toHaveValue(text, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** Publishes the open entry (« Publier maintenant »). */
async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publier maintenant' }).click();
}

test('an editor previews a startup as its page, is refused an http website, and publishes a new description', async ({ page }) => {
  await openStartup(page, 'Calqueo');
  await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
  const preview = page.frameLocator('#preview-pane');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Calqueo');
  await expect(preview.locator('.tag').first()).toHaveText('Réalité mixte');
  await expect(preview.locator('.tag').first()).toHaveCSS('border-top-left-radius', '16px');
  // The logo is loaded from the media library, not just named by its alt text.
  const logo = preview.getByRole('img', { name: 'Logo de Calqueo (exemple fictif)' });
  await expect.poll(() => logo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await expect(preview.locator('blockquote')).toContainText('Texte d’exemple');
  await expect(preview.locator('dl')).toContainText('Cohorte 2027');

  const description = 'Calqueo superpose les plans au chantier réel. Entreprise fictive, présentée à titre d’exemple.';
  await page.getByRole('textbox', { name: 'Description' }).nth(0).fill(description);
  await expect(preview.locator('.prose')).toHaveText(description);

  const before = sandbox.contentFingerprint();
  const website = page.getByRole('textbox', { name: 'Site Web' }).nth(0);
  await retype(website, 'http://calqueo.example');
  await publish(page);
  await expect(page.getByText(/Site Web\u00a0: L’adresse doit commencer par https:\/\//)).toBeVisible();
  expect(sandbox.contentFingerprint()).toEqual(before);

  await retype(website, 'https://calqueo.example');
  await publish(page);
  await expect.poll(() => startupData('fr')?.['description']).toBe(description);
  expect(startupData('en')?.['description']).not.toBe(description);
  expect(startupData('en')).toMatchObject({ website: 'https://calqueo.example', edition: 2027, sample: true });
});

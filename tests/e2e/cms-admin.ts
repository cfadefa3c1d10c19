/**
 * How the browser tests drive Decap's admin as an editor would: sign in
 * through the local proxy, publish, fill the day and time fields, find a
 * field in the English pane. Shared by `cms.spec.ts` (a build served by
 * `astro preview`) and `npm-start.spec.ts` (the dev server).
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the admin at `siteUrl` and signs in through the local backend: one click, no account. */
export async function signIn(page: Page, siteUrl: string): Promise<void> {
  // Leaving an editor with unsaved changes asks for confirmation; tests leave on purpose.
  page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
  await page.goto(`${siteUrl}/admin/`);
  // The dev server may still be optimising Decap's dependencies on a first visit.
  await page.getByRole('button', { name: 'Se connecter' }).click({ timeout: 180_000 });
  await expect(page.getByRole('link', { name: 'Annonces', exact: true })).toBeVisible({ timeout: 60_000 });
}

/** Opens an entry of a collection, by the labels editors click. */
export async function openEntry(page: Page, collection: string, entry: RegExp): Promise<void> {
  await page.getByRole('link', { name: collection, exact: true }).click();
  // An entry's card, not a collection link of the sidebar that happens to match.
  await page.locator('a[href*="/entries/"]').filter({ hasText: entry }).first().click();
}

/** Goes back to the list of collections from an open entry. */
export async function backToCollections(page: Page): Promise<void> {
  await page.getByRole('link', { name: /Retour à la collection/ }).click();
}

/** Publishes the open entry (« Publier maintenant »). */
export async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publier maintenant' }).click();
}

/** Moves the open entry through review to « Prêt » (editorial workflow). */
export async function markReady(page: Page): Promise<void> {
  for (const status of ['En révision', 'Prêt']) {
    await page.getByRole('button', { name: /^Statut/ }).click();
    await page.getByRole('menuitem', { name: status }).click();
    await expect(page.getByRole('button', { name: `Statut\u00a0: ${status}` })).toBeVisible();
  }
}

/** The Markdown editor of the `index`-th language pane (0: français, 1: English). */
export function markdownEditor(page: Page, index: number): Locator {
  return page.getByRole('textbox').filter({ has: page.getByRole('paragraph') }).nth(index);
}

/**
 * Replaces the whole text of a Markdown editor, and checks it took. Select-all is
 * retried because Slate may not hold the focus yet when the layout has just moved
 * (opening the preview resizes the pane): the keystroke then lands in the page and
 * the typing goes wherever the click left the caret.
 */
export async function retype(page: Page, index: number, text: string): Promise<void> {
  const editor = markdownEditor(page, index);
  await expect(async () => {
    await editor.click();
    await expect(editor).toBeFocused({ timeout: 1_000 });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
    await expect(editor).toHaveText(text, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * Replaces the text of a text box, and checks it took. Decap's text widgets put the caret
 * back where they last saw it when they re-render (right after focus, after a save), which
 * can undo the select-all of `fill()`: the new text would then be added to the old.
 */
export async function replaceText(page: Page, box: Locator, text: string): Promise<void> {
  await expect(async () => {
    await box.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
    await expect(box).toHaveValue(text, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

/** Types a `YYYY-MM-DD` day into the day field labelled `label` (its day, month and year boxes), in the first pane. */
export async function fillDay(page: Page, label: string, isoDay: string): Promise<void> {
  const [year = '', month = '', day = ''] = isoDay.split('-');
  await page.getByRole('textbox', { name: `${label} — jour` }).first().fill(day);
  await page.getByRole('textbox', { name: `${label} — mois` }).first().fill(month);
  await page.getByRole('textbox', { name: `${label} — année` }).first().fill(year);
}

/** The first of `locator`'s elements in the right half of the editor: the English pane (waits for it to be drawn). */
export async function inEnglishPane(page: Page, locator: Locator): Promise<Locator> {
  const width = page.viewportSize()?.width ?? 1280;
  let found: Locator | undefined;
  await expect(async () => {
    for (const candidate of await locator.all()) {
      const box = await candidate.boundingBox();
      if (box && box.x > width / 2) {
        found = candidate;
        return;
      }
    }
    throw new Error(`no ${locator.toString()} in the English pane`);
  }).toPass({ timeout: 30_000 });
  if (!found) throw new Error(`no ${locator.toString()} in the English pane`);
  return found;
}

/** `read()`, or `undefined` while the file is missing or half-written (for `expect.poll`). */
export function settled<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

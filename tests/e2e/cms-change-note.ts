/**
 * Adds a change note in the CMS, the way an editor does: « Ajouter
 * changement » in « Historique des changements » (French pane; the list is
 * the same in both languages), its day, its text in both languages, its
 * importance and, for a moved date, the old value.
 */
import { expect, type Page } from '@playwright/test';
import { fillDay } from './cms-admin';

/** What the editor types in the note. */
export interface TypedNote {
  readonly date: string;
  readonly fr: string;
  readonly en: string;
  readonly major: boolean;
  /** The old day and time, for a moved key date. */
  readonly previous?: { readonly date: string; readonly time?: string };
}

/** Adds `note` at the end of the open entry's change history. */
export async function addChangeNote(page: Page, note: TypedNote): Promise<void> {
  await page.getByRole('button', { name: 'Ajouter : changement' }).first().click();
  // The new note opens; earlier ones stay folded, and the English pane's copy comes after the French one.
  await expect(page.getByRole('textbox', { name: 'Date du changement — jour' }).first()).toBeVisible();
  await fillDay(page, 'Date du changement', note.date);
  await page.getByRole('textbox', { name: 'En français', exact: true }).first().fill(note.fr);
  await page.getByRole('textbox', { name: 'En anglais', exact: true }).first().fill(note.en);
  if (note.major) {
    await page.getByRole('combobox', { name: 'Importance' }).first().click();
    await page.getByRole('option', { name: /^Majeur/ }).click();
  }
  if (note.previous) {
    await fillDay(page, 'Ancienne date', note.previous.date);
    if (note.previous.time) await page.getByRole('textbox', { name: 'Ancienne heure (HH:MM, 24 h) (facultatif)', exact: true }).first().fill(note.previous.time);
  }
}

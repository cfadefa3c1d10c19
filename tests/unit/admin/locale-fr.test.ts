// If this fails, editors see English (or a broken phrase) somewhere in the French admin: a Decap upgrade added strings, or one was mistyped.
import { describe, expect, test } from 'vitest';
import en from 'decap-cms-locales/src/en/index.js';
import fr from '../../../admin/locale/fr.json';

/** Every string of a nested locale, by dotted key. */
function flatten(phrases: object, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(phrases)) {
    if (typeof value === 'string') entries.set(`${prefix}${key}`, value);
    else if (value && typeof value === 'object') for (const [inner, text] of flatten(value as object, `${prefix}${key}.`)) entries.set(inner, text);
  }
  return entries;
}

const english = flatten(en);
const french = flatten(fr);
const rows = [...french].map(([key, text]) => [key, text] as const);

/** Strings that read the same in both languages. */
const sameInBothLanguages = new Set(['Markdown', 'Code', 'Notes', 'Images', 'Collections', '%{details}', '%{date}', 'Contents']);

/** Placeholders left out on purpose: Decap fills this one with the widget's English name (`string`, `select`). */
const droppedPlaceholders: Readonly<Record<string, readonly string[]>> = { 'editor.editorControl.field.widgetLabel': ['widgetLabel'] };

/** The `%{name}` placeholders of a phrase, sorted. */
const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]).sort();

test('translates every string of the Decap version installed, and nothing else', () => {
  expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
});

describe.each(rows)('%s', (key, text) => {
  test('keeps the placeholders Decap fills in', () => {
    const dropped = droppedPlaceholders[key] ?? [];
    expect(placeholders(text)).toEqual(placeholders(english.get(key) ?? '').filter((name) => !dropped.includes(name ?? '')));
  });

  test('is not left in English', () => {
    if (!sameInBothLanguages.has(text)) expect(text).not.toBe(english.get(key));
  });

  test('follows French typography', () => {
    expect(text, 'typographic apostrophe').not.toContain("'");
    expect(text, 'ellipsis character').not.toContain('...');
    expect(text, 'no-break space before a colon').not.toMatch(/[^\u00a0]:(?:\s|$)/);
    expect(text, 'no-break spaces inside guillemets').not.toMatch(/«[^\u00a0]|[^\u00a0]»/);
    // The full-width plus of Decap's English "＋" is missing from the fonts of many Windows and Debian machines.
    expect(text, 'only characters every system font has').toMatch(/^[\u0000-\u024f\u00a0\u2019\u2026\u00ab\u00bb]*$/);
  });
});

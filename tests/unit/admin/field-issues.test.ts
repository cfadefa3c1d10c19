// If this fails, a problem found before publishing shows on the wrong field, on two fields, or on none.
import { describe, expect, test } from 'vitest';
import { entryKey, fieldIssues, type DecapEntry } from '../../../admin/field-issues';
import type { CmsEntryIssue } from '../../../src/cms/validation';

/** A Decap entry of `collection`/`slug` holding nothing else. */
function entry(collection: string, slug?: string): DecapEntry {
  return { get: (key) => (key === 'collection' ? collection : key === 'slug' ? slug : undefined), getIn: () => undefined };
}

const issue = (locale: 'fr' | 'en', field: string, message = 'champ obligatoire'): CmsEntryIssue => ({ locale, field, message });

/** Lets the store's once-per-tick notification run. */
const tick = () => new Promise((resolve) => queueMicrotask(() => resolve(undefined)));

describe('which field shows an issue', () => {
  const issues = [issue('en', 'Titre'), issue('en', 'Image › Texte de remplacement'), issue('fr', 'Critères › 2 › Identifiant', 'identifiant en double'), issue('en', 'Inconnu')];

  test.each<[string, string[], string, string, string[]]>([
    ['its own field, in its own pane', ['en:Titre', 'fr:Titre'], 'en', 'Titre', ['Titre']],
    ['not the same field in the other pane', ['en:Titre', 'fr:Titre'], 'fr', 'Titre', []],
    ['a field inside an open object', ['en:Image', 'en:Image › Texte de remplacement'], 'en', 'Image › Texte de remplacement', ['Image › Texte de remplacement']],
    ['…and not its object as well', ['en:Image', 'en:Image › Texte de remplacement'], 'en', 'Image', []],
    ['the object, when the field inside is folded away', ['en:Image'], 'en', 'Image', ['Image › Texte de remplacement']],
    ['the list, for a field of one of its items', ['fr:Critères'], 'fr', 'Critères', ['Critères › 2 › Identifiant']],
  ])('%s', async (_, mounted, locale, labelPath, expected) => {
    const releases = mounted.map((key) => {
      const [pane = '', path = ''] = key.split(':');
      return fieldIssues.mount(pane, path);
    });
    fieldIssues.show(entry('announcements', 'a'), issues, () => issues);
    expect(fieldIssues.issuesOf(locale, labelPath).map((shown) => shown.field)).toEqual(expected);
    for (const release of releases) release();
    fieldIssues.clear();
    await tick();
  });

  test('an issue on a field the form does not have shows nowhere (the notice still lists it)', () => {
    const release = fieldIssues.mount('en', 'Titre');
    fieldIssues.show(entry('announcements', 'a'), issues, () => issues);
    expect(fieldIssues.issuesOf('en', 'Inconnu')).toEqual([]);
    release();
    fieldIssues.clear();
  });
});

test('tells its listeners once for many fields appearing at once', async () => {
  let calls = 0;
  const unsubscribe = fieldIssues.subscribe(() => (calls += 1));
  const releases = ['A', 'B', 'C'].map((label) => fieldIssues.mount('fr', label));
  await tick();
  expect(calls).toBe(1);
  for (const release of releases) release();
  unsubscribe();
});

test('an entry is known by its collection and file, `new` before its first save', () => {
  expect(entryKey(entry('faq', 'combien'))).toBe('faq/combien');
  expect(entryKey(entry('faq'))).toBe('faq/new');
});

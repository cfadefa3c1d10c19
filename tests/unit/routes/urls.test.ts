import { describe, expect, test } from 'vitest';
import { counterpartFinder, findCounterpart, slugOf, translationKeyOf } from '../../../src/content/translations';
import { pageCount, reservedPageSlugs, routePath, sectionPath, type Section, type SiteRoute } from '../../../src/routes/urls';
import { parseEntryId } from '../../../src/content/paths';

describe('the public URL table', () => {
  test.each<[Section, string, string]>([
    ['home', '/fr/', '/en/'],
    ['announcements', '/fr/annonces/', '/en/announcements/'],
    ['criteria', '/fr/criteres/', '/en/criteria/'],
    ['dates', '/fr/dates/', '/en/dates/'],
    ['faq', '/fr/faq/', '/en/faq/'],
    ['search', '/fr/recherche/', '/en/search/'],
    ['media', '/fr/medias/', '/en/media/'],
    ['cohort', '/fr/cohorte/', '/en/cohort/'],
    ['eligibility', '/fr/admissibilite/', '/en/eligibility/'],
  ])('%s → %s and %s', (section, fr, en) => {
    expect(sectionPath('fr', section)).toBe(fr);
    expect(sectionPath('en', section)).toBe(en);
  });

  test.each<[SiteRoute, string]>([
    [{ kind: 'announcements-page', lang: 'fr', page: 1 }, '/fr/annonces/'],
    [{ kind: 'announcements-page', lang: 'en', page: 3 }, '/en/announcements/page/3/'],
    [{ kind: 'announcement', lang: 'fr', slug: 'entente' }, '/fr/annonces/entente/'],
    [{ kind: 'announcement', lang: 'en', slug: 'agreement' }, '/en/announcements/agreement/'],
    [{ kind: 'page', lang: 'fr', slug: 'a-propos' }, '/fr/a-propos/'],
    [{ kind: 'section', lang: 'en', section: 'faq' }, '/en/faq/'],
    [{ kind: 'cohort-member', lang: 'fr', slug: 'calqueo' }, '/fr/cohorte/calqueo/'],
    [{ kind: 'cohort-member', lang: 'en', slug: 'calqueo' }, '/en/cohort/calqueo/'],
    [{ kind: 'cohort-edition', lang: 'fr', edition: 2027 }, '/fr/cohorte/edition/2027/'],
    [{ kind: 'cohort-edition', lang: 'en', edition: 2026 }, '/en/cohort/edition/2026/'],
  ])('routePath(%o) = %s', (route, expected) => expect(routePath(route)).toBe(expected));

  test('section segments are reserved for standing pages', () => {
    for (const slug of ['annonces', 'announcements', 'criteres', 'faq', 'recherche', 'media', 'medias', 'cohorte', 'cohort', 'admissibilite', 'eligibility']) expect(reservedPageSlugs.has(slug)).toBe(true);
    expect(reservedPageSlugs.has('a-propos')).toBe(false);
  });

  test.each([
    [0, 1],
    [1, 1],
    [20, 1],
    [21, 2],
    [45, 3],
  ])('%i announcements make %i list pages', (count, pages) => expect(pageCount(count)).toBe(pages));
});

describe('translation pairing', () => {
  const entries = [
    { id: 'fr/entente', slug: undefined, translationKey: undefined },
    { id: 'en/entente', slug: 'agreement', translationKey: undefined },
    { id: 'fr/seulement-fr', slug: undefined, translationKey: undefined },
    { id: 'fr/cle-explicite', slug: undefined, translationKey: 'partage' },
    { id: 'en/other-file', slug: undefined, translationKey: 'partage' },
  ];

  test.each([
    ['fr/entente', 'en', 'en/entente'],
    ['en/entente', 'fr', 'fr/entente'],
    ['fr/seulement-fr', 'en', undefined],
    ['fr/cle-explicite', 'en', 'en/other-file'],
  ] as const)('%s in %s → %s', (id, lang, expected) => {
    const entry = entries.find((candidate) => candidate.id === id);
    if (!entry) throw new Error(id);
    expect(findCounterpart(entry, lang, entries)?.id).toBe(expected);
    // The indexed lookup the route table uses must agree with the scan.
    expect(counterpartFinder(entries)(entry, lang)?.id).toBe(expected);
  });

  test.each([
    [{ id: 'fr/entente' }, 'entente', 'entente'],
    [{ id: 'en/entente', slug: 'agreement' }, 'agreement', 'entente'],
    [{ id: 'en/x', translationKey: 'shared' }, 'x', 'shared'],
  ])('slugOf / translationKeyOf %o', (entry, slug, key) => {
    expect(slugOf(entry)).toBe(slug);
    expect(translationKeyOf(entry)).toBe(key);
  });

  test('an entry outside a language folder is reported with its id', () => {
    expect(() => parseEntryId('de/entente')).toThrow(/de\/entente/);
    expect(() => parseEntryId('entente')).toThrow(/entente/);
  });
});

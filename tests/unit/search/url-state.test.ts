import { describe, expect, test } from 'vitest';
import { queryFromUrl, urlWithQuery } from '../../../src/search/runtime/url-state';
import { highlight } from '../../../src/search/runtime/highlight';

describe('query in the URL', () => {
  test.each([
    ['https://x.test/fr/recherche/?q=crit%C3%A8res', 'critères'],
    ['https://x.test/fr/recherche/?q=+date+limite+', 'date limite'],
    ['https://x.test/fr/recherche/', ''],
  ])('queryFromUrl(%s) = %s', (href, query) => {
    expect(queryFromUrl(href)).toBe(query);
  });

  test.each([
    ['https://x.test/fr/recherche/', 'date limite', '/fr/recherche/?q=date+limite'],
    ['https://x.test/fr/recherche/?q=a', '', '/fr/recherche/'],
    ['https://x.test/en/search/?q=a&x=1', 'b', '/en/search/?q=b&x=1'],
  ])('urlWithQuery(%s, %s) = %s', (href, query, expected) => {
    expect(urlWithQuery(href, query)).toBe(expected);
  });
});

describe('highlight', () => {
  test.each([
    ['Date limite de dépôt', ['date', 'depot'], [['Date', true], [' limite de ', false], ['dépôt', true]]],
    ['Critères d’admissibilité', ['admissibilite'], [['Critères d’', false], ['admissibilité', true]]],
    ['Rien', ['autre'], [['Rien', false]]],
  ] as const)('%s', (text, matched, parts) => {
    expect(highlight(text, new Set(matched)).map((part) => [part.text, part.mark])).toEqual(parts);
  });
});

import { describe, expect, test } from 'vitest';
import { queryFromUrl, typeFromUrl, urlWithQuery } from '../../../src/search/runtime/url-state';
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
    ['https://x.test/fr/recherche/', 'date limite', undefined, '/fr/recherche/?q=date+limite'],
    ['https://x.test/fr/recherche/?q=a', '', undefined, '/fr/recherche/'],
    ['https://x.test/en/search/?q=a&x=1', 'b', undefined, '/en/search/?q=b&x=1'],
    ['https://x.test/fr/recherche/?q=a', 'communiqué', 'press-release', '/fr/recherche/?q=communiqu%C3%A9&type=press-release'],
    ['https://x.test/fr/recherche/?q=a&type=faq', 'a', undefined, '/fr/recherche/?q=a'],
    ['https://x.test/fr/recherche/?q=a&type=faq', '', 'faq', '/fr/recherche/'],
  ] as const)('urlWithQuery(%s, %s, %s) = %s', (href, query, type, expected) => {
    expect(urlWithQuery(href, query, type)).toBe(expected);
  });

  test.each([
    ['https://x.test/fr/recherche/?q=a&type=faq', 'faq'],
    ['https://x.test/fr/recherche/?q=a&type=key-date', 'key-date'],
    ['https://x.test/fr/recherche/?q=a&type=nothing', undefined],
    ['https://x.test/fr/recherche/?q=a', undefined],
  ])('typeFromUrl(%s) = %s', (href, type) => {
    expect(typeFromUrl(href)).toBe(type);
  });
});

describe('highlight', () => {
  test.each([
    ['Date limite de dépôt', ['date', 'depot'], [['Date', true], [' limite de ', false], ['dépôt', true]]],
    ['Critères d’admissibilité', ['admissibilite'], [['Critères d’', false], ['admissibilité', true]]],
    ['Rien', ['autre'], [['Rien', false]]],
    // Whole words only: « date » does not mark « dates » unless it is itself a matched term, nor part of « échéance ».
    ['Les dates et l’échéance', ['date'], [['Les dates et l’échéance', false]]],
  ] as const)('%s', (text, matched, parts) => {
    expect(highlight(text, new Set(matched)).map((part) => [part.text, part.mark])).toEqual(parts);
  });
});

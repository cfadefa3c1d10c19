import { describe, expect, test } from 'vitest';
import { compileSynonyms, parseQuery, synonymWeight } from '../../../src/search/runtime/query';
import { synonymWordMatch } from '../../../src/search/runtime/candidates';
import synonyms from '../../../src/search/synonyms.json';

const fr = compileSynonyms(synonyms.groups, 'fr');
const en = compileSynonyms(synonyms.groups, 'en');

describe('parseQuery', () => {
  test('drops stop words and elisions, keeps the last word for completion', () => {
    const parsed = parseQuery("l'entreprise et la candid", 'fr', []);
    expect(parsed.slots.map((slot) => slot.alternatives[0]?.terms)).toEqual([['entreprise'], ['candid']]);
    expect(parsed.lastTerm).toBe('candid');
  });

  test('a query of stop words only keeps them', () => {
    expect(parseQuery('the', 'en', []).slots).toHaveLength(1);
  });

  test.each([
    ['fr', 'chaîne de blocs', ['blockchain']],
    ['fr', 'chaines de blocs', ['blockchain']],
    ['fr', 'date limite', ['deadline']],
    ['en', 'deadline', ['date', 'limite']],
    ['en', 'XR', ['mixed', 'reality']],
    ['fr', 'candidature', ['application']],
  ] as const)('%s: "%s" becomes one slot with %j among its alternatives', (lang, query, alternative) => {
    const parsed = parseQuery(query, lang, lang === 'fr' ? fr : en);
    expect(parsed.slots).toHaveLength(1);
    const [slot] = parsed.slots;
    expect(slot?.alternatives[0]?.weight).toBe(1);
    const found = slot?.alternatives.find((candidate) => candidate.terms.join(' ') === alternative.join(' '));
    expect(found?.weight).toBe(synonymWeight);
  });

  test('with typo tolerance, a misspelt synonym still expands', () => {
    const parsed = parseQuery('blockchian', 'fr', fr, synonymWordMatch);
    expect(parsed.slots[0]?.alternatives.some((alternative) => alternative.terms.join(' ') === 'chaine blocs')).toBe(true);
  });
});

describe('synonymWordMatch', () => {
  test.each([
    ['blockchian', 'blockchain', false, true],
    ['cybersecurty', 'cybersecurity', false, true],
    ['candid', 'candidature', true, true],
    ['candid', 'candidature', false, false],
    ['xr', 'vr', false, false],
    ['deadlin', 'deadline', false, true],
  ])('%s ~ %s (last word: %s) → %s', (typed, term, isLast, expected) => {
    expect(synonymWordMatch(typed, term, isLast)).toBe(expected);
  });
});

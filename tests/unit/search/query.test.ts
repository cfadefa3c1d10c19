// If this fails, a query is read wrongly: synonyms no longer expand, a word naming a kind of result or a question word
// loses its meaning, or a misspelt synonym is no longer recognised (and proposed in « Vouliez-vous dire »).
import { describe, expect, test } from 'vitest';
import { compileSynonyms, parseQuery, queryWords, synonymWeight, type CompiledSynonyms } from '../../../src/search/runtime/query';
import { synonymWordMatch } from '../../../src/search/runtime/candidates';
import synonyms from '../../../src/search/synonyms.json';
import { searchResultTypes } from '../../../src/search/format';

const fr = compileSynonyms(synonyms, 'fr');
const en = compileSynonyms(synonyms, 'en');
const none: CompiledSynonyms = { groups: [], types: [], spellings: new Map() };

describe('parseQuery', () => {
  test('drops stop words and elisions, keeps the last word for completion', () => {
    const parsed = parseQuery("l'entreprise et la candid", 'fr', none);
    expect(parsed.slots.map((slot) => slot.alternatives[0]?.terms)).toEqual([['entreprise'], ['candid']]);
    expect(parsed.lastTerm).toBe('candid');
  });

  test.each([
    ['en', 'the', ['the']],
    ['fr', 'Faut-il payer ?', ['payer']],
    ['fr', 'Qui peut postuler ?', ['qui', 'postuler']],
    ['en', 'Can I apply?', ['apply']],
  ] as const)('%s: the words of «%s» are %j (a query of stop words only keeps them)', (lang, text, words) => {
    expect(queryWords(text, lang)).toEqual(words);
  });

  test.each([
    ['fr', 'chaîne de blocs', ['blockchain']],
    ['fr', 'chaines de blocs', ['blockchain']],
    ['fr', 'date limite', ['deadline']],
    ['en', 'deadline', ['date', 'limite']],
    ['en', 'XR', ['mixed', 'reality']],
    ['fr', 'candidature', ['application']],
    ['fr', 'subvention', ['accompagnement']],
    ['en', 'grant', ['support']],
  ] as const)('%s: "%s" becomes one slot with %j among its alternatives', (lang, query, alternative) => {
    const parsed = parseQuery(query, lang, lang === 'fr' ? fr : en);
    expect(parsed.slots).toHaveLength(1);
    const [slot] = parsed.slots;
    expect(slot?.alternatives[0]?.weight).toBe(1);
    const found = slot?.alternatives.find((candidate) => candidate.terms.join(' ') === alternative.join(' '));
    expect(found?.weight).toBe(synonymWeight);
  });

  test('a phrase in several groups expands with the first that holds it: « accompagnement » does not look for « subvention »', () => {
    const [slot] = parseQuery('accompagnement', 'fr', fr).slots;
    expect(slot?.alternatives.some((alternative) => alternative.terms.includes('subvention'))).toBe(false);
    expect(slot?.alternatives.some((alternative) => alternative.terms.includes('soutien'))).toBe(true);
  });

  test('with typo tolerance, a misspelt synonym still expands, and the phrase it stands for counts as typed', () => {
    const [slot] = parseQuery('blockchian', 'fr', fr, synonymWordMatch).slots;
    expect(slot?.alternatives.find((alternative) => alternative.terms.join(' ') === 'blockchain')?.weight).toBe(1);
    expect(slot?.alternatives.some((alternative) => alternative.terms.join(' ') === 'chaine blocs')).toBe(true);
    expect([...(slot?.misspelt ?? [])]).toEqual([['blockchian', 'blockchain']]);
  });

  test('the closest phrase of a group wins: « startpus » stands for « startups », not « startup »', () => {
    const [slot] = parseQuery('startpus', 'en', en, synonymWordMatch).slots;
    expect(slot?.alternatives.filter((alternative) => alternative.weight === 1).map((alternative) => alternative.terms.join(' '))).toEqual(['startpus', 'startups']);
  });

  test('a word being typed that begins a synonym expands without being called misspelt', () => {
    const [slot] = parseQuery('candid', 'fr', fr, synonymWordMatch).slots;
    expect(slot?.alternatives.some((alternative) => alternative.terms.join(' ') === 'application')).toBe(true);
    expect(slot?.misspelt.size).toBe(0);
  });

  test.each([
    ['fr', 'communiqués', ['press-release'], false],
    ['fr', 'communiqué de presse Microsoft', ['press-release'], false],
    ['en', 'press releases', ['press-release'], false],
    ['en', 'FAQ fee', ['faq'], false],
    ['fr', 'dates clés', ['key-date'], false],
    ['fr', 'critère région', ['criterion'], false],
    ['fr', 'quand postuler', ['key-date'], true],
    ['en', 'When is the deadline?', ['key-date'], true],
    ['fr', 'date limite', [], false],
    ['en', 'how many startups', [], true],
  ] as const)('%s «%s»: the first part names %j (question word: %s)', (lang, query, types, optional) => {
    const [slot] = parseQuery(query, lang, lang === 'fr' ? fr : en).slots;
    expect(slot?.types).toEqual(types);
    expect(slot?.optional).toBe(optional);
  });

  test('a kind is recognised give or take a plural, never through a typo when the comparator says the word is known', () => {
    expect(parseQuery('annonce', 'fr', fr).slots[0]?.types).toEqual(['announcement']);
    expect(parseQuery('data', 'en', en, () => Infinity).slots[0]?.types).toEqual([]);
  });

  test('every kind in synonyms.json is a result type (an editor’s typo in a key would silently do nothing)', () => {
    expect(Object.keys(synonyms.types).filter((type) => !(searchResultTypes as readonly string[]).includes(type))).toEqual([]);
  });

  test('kinds of a type this code does not know are left out when compiling', () => {
    const compiled = compileSynonyms({ groups: [], types: { 'no-such-type': ['truc'], faq: ['FAQ'] } }, 'fr');
    expect(compiled.types).toEqual([{ phrase: ['faq'], type: 'faq' }]);
  });

  test('the file keeps how each word is spelt, for suggestions', () => {
    expect([fr.spellings.get('admissibilite'), fr.spellings.get('echeance'), en.spellings.get('subvention')]).toEqual(['admissibilité', 'échéance', 'subvention']);
  });
});

describe('synonymWordMatch: how far a typed word is from a synonym’s word', () => {
  test.each([
    ['blockchain', 'blockchain', false, 0],
    ['blockchian', 'blockchain', false, 1],
    ['cybersecurty', 'cybersecurity', false, 1],
    ['candid', 'candidature', true, 0.5],
    ['candid', 'candidature', false, Infinity],
    ['xr', 'vr', false, Infinity],
    ['deadlin', 'deadline', false, 1],
    ['dedline', 'deadline', false, 1],
    ['subvension', 'subvention', false, 1],
  ])('%s ~ %s (last word: %s) → %s', (typed, term, isLast, expected) => {
    expect(synonymWordMatch(typed, term, isLast)).toBe(expected);
  });
});

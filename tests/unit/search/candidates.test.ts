// If this fails, a typed word no longer finds the index terms it means: completions, close forms or typo corrections.
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../../src/search/build/index-build';
import { CandidateSearch, exactAndCompletions } from '../../../src/search/runtime/candidates';
import { IndexReader } from '../../../src/search/runtime/index-reader';
import { memorySource } from '../../search/content';
import { frenchDocuments, indexShapes } from './fixtures';

describe('exactAndCompletions', () => {
  const list = { terms: ['vale', 'valeur', 'valeureux', 'valeurs', 'valider'], ids: [10, 11, 12, 13, 14] };
  const found = (word: string, isLast: boolean) => exactAndCompletions(list, word, isLast).map((candidate) => `${candidate.kind}:${candidate.term}`);

  test.each([
    ['valeur', false, ['exact:valeur', 'prefix:valeurs']],
    ['valeur', true, ['exact:valeur', 'prefix:valeurs', 'prefix:valeureux']],
    ['vale', false, ['exact:vale', 'prefix:valeur']],
    ['val', false, ['prefix:vale', 'prefix:valeur', 'prefix:valeurs', 'prefix:valider', 'prefix:valeureux']],
    ['va', true, ['prefix:vale', 'prefix:valeur', 'prefix:valeurs', 'prefix:valider', 'prefix:valeureux']],
    ['va', false, []],
    ['vx', true, []],
  ])('%s (being typed: %s) → %j', (word, isLast, expected) => {
    expect(found(word, isLast)).toEqual(expected);
  });

  test('the word itself has quality 1, a completion less the more letters it adds', () => {
    expect(exactAndCompletions(list, 'valeur', true).map((candidate) => [candidate.id, Number(candidate.quality.toFixed(4))])).toEqual([
      [11, 1],
      [13, 0.85],
      [12, 0.7833],
    ]);
  });

  test('at most 40 completions, the shortest', () => {
    const terms = Array.from({ length: 60 }, (_, index) => `ab${'c'.repeat(1 + (index % 30))}${index < 30 ? '' : 'd'}`).sort();
    const completions = exactAndCompletions({ terms, ids: terms.map((_, index) => index) }, 'ab', true);
    expect(completions).toHaveLength(40);
    expect(Math.max(...completions.map((candidate) => candidate.term.length))).toBe(23);
  });
});

describe.each(indexShapes)('CandidateSearch, %s', (_, options) => {
  const search = IndexReader.open(memorySource(buildIndex(frenchDocuments, 'fr', options))).then((reader) => new CandidateSearch(reader));
  const found = async (word: string, isLast = false) =>
    (await (await search).find(word, isLast)).map((candidate) => `${candidate.kind}:${candidate.term}:${Number(candidate.quality.toFixed(5))}`);

  test.each([
    ['accompagnement', ['exact:accompagnement:1']],
    ['acompagnement', ['typo:accompagnement:0.5225']],
    ['ccompagnement', ['typo:accompagnement:0.5225']],
    ['xccompagnement', ['typo:accompagnement:0.55']],
    ['caccompagnement', ['typo:accompagnement:0.5225']],
    ['accompagnemnet', ['typo:accompagnement:0.55']],
    ['critere', ['prefix:criteres:0.85625']],
    ['critreres', ['typo:criteres:0.5225']],
    ['crixyzres', []],
  ])('%s → %j', async (word, expected) => {
    expect(await found(word)).toEqual(expected);
  });

  test('a word of 4 to 6 letters that matches nothing gets a second error', async () => {
    expect(await found('dxzte')).toEqual(['typo:date:0.38']);
  });

  test('letters shifted inside a term are two errors, not one (the insertion and the deletion)', async () => {
    expect(await found('xmixt')).toEqual(['typo:mixte:0.4']);
  });

  test('without corrections (a synonym’s word), only the word and its completions', async () => {
    const candidates = await search;
    expect(await candidates.find('acompagnement', false, false)).toEqual([]);
    expect((await candidates.find('critere', false, false)).map((candidate) => candidate.term)).toEqual(['criteres']);
  });

  test.each([
    ['cybrsec', ['cybersecurite:1']],
    ['acompagnemnt', ['accompagnement:2']],
    ['qzxw', []],
  ])('loose corrections for « Vouliez-vous dire », one error more and unfinished words: %s → %j', async (word, expected) => {
    const loose = await (await search).looseCorrections(word);
    expect(loose.map((correction) => `${correction.term}:${correction.errors}`)).toEqual(expected);
  });

  test('the same word is searched once', async () => {
    const candidates = await search;
    expect(candidates.find('critere', false)).toBe(candidates.find('critere', false));
  });
});

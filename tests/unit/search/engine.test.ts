import { describe, expect, test } from 'vitest';
import { combineParts, fieldWeight, inverseFrequency, prefixQuality, ranking, decodePostings, topDocuments } from '../../../src/search/runtime/engine';
import { postingFlags } from '../../../src/search/format';
import { engineFor } from '../../search/content';
import { frenchDocuments } from './fixtures';

describe('ranking tables', () => {
  test.each([
    [0, ranking.body],
    [postingFlags.title, ranking.title],
    [postingFlags.repeated, ranking.body * ranking.repeated],
    [postingFlags.title | postingFlags.repeated, ranking.title * ranking.repeated],
  ])('field weight of flags %i is %f', (flags, weight) => {
    expect(fieldWeight(flags)).toBe(weight);
  });

  test('a title match outweighs any body match', () => {
    expect(fieldWeight(postingFlags.title)).toBeGreaterThan(fieldWeight(postingFlags.repeated));
  });

  test.each([
    ['candid', 'candidature'],
    ['cyber', 'cybersecurite'],
    ['crit', 'criteres'],
  ])('a completion (%s → %s) weighs less than the word, more than a two-typo correction', (typed, term) => {
    const quality = prefixQuality(typed, term);
    expect(quality).toBeLessThan(1);
    expect(quality).toBeGreaterThan(ranking.twoTypos);
  });

  test('corrections weigh less than the word itself, two typos less than one', () => {
    expect(ranking.oneTypo).toBeLessThan(1);
    expect(ranking.twoTypos).toBeLessThan(ranking.oneTypo);
  });

  test.each([
    [[2, 2], [], 4 * ranking.allPartsBonus],
    [[2, 0], [], 0.5],
    [[3], [], 3],
    [[0, 0], [], 0],
    [[1, 1, 0], [], 2 * (4 / 9)],
    [[2], [1], 3],
    [[0], [5], 0],
    [[], [1, 2], 3],
  ])('combineParts(required %j, optional %j) = %f', (required, optional, expected) => {
    expect(combineParts(required, optional)).toBeCloseTo(expected);
  });

  test('a document with every required word beats one with more optional words', () => {
    expect(combineParts([1, 1], [])).toBeGreaterThan(combineParts([1, 0], [3]));
  });

  test('rarer terms weigh more', () => {
    expect(inverseFrequency(100, 1)).toBeGreaterThan(inverseFrequency(100, 50));
  });

  test('topDocuments keeps the best, ties in document order', () => {
    const values = new Float64Array([0, 2, 5, 2, 1, 5]);
    expect(topDocuments({ values, docs: [5, 1, 2, 3, 4] }, 3)).toEqual([[2, 5], [5, 5], [1, 2]]);
    expect(topDocuments({ values, docs: [] }, 3)).toEqual([]);
  });

  test('postings decode from (delta × 4 + flags)', () => {
    const decoded = decodePostings([3 * 4 + 1, 2 * 4, 5 * 4 + 3]);
    expect([...decoded.docs]).toEqual([3, 5, 10]);
    expect([...decoded.flags]).toEqual([1, 0, 3]);
  });
});

/** Both shapes of the index: vocabulary in the manifest, and sharded by letter. */
const shapes = [
  ['inline vocabulary', {}],
  ['sharded vocabulary', { inlineVocabularyLimit: 0, postingsPerShard: 4, singleDocumentShardLimit: 0, documentsPerShard: 2 }],
] as const;

describe.each(shapes)('matching, %s', (_, options) => {
  const engine = engineFor(frenchDocuments, 'fr', options);
  const top = async (query: string, count = 3) => (await (await engine).search(query, count)).hits.map((hit) => hit.url);

  test.each([
    ['critères', '/fr/criteres/'],
    ['criteres', '/fr/criteres/'],
    ['CRITERES', '/fr/criteres/'],
    ['réalité', '/fr/realite/'],
    ['realite', '/fr/realite/'],
    ['REALITE', '/fr/realite/'],
    ["l'entreprise", '/fr/cyber/'],
    ['équipe', '/fr/equipe/'],
    ['equipe', '/fr/equipe/'],
  ])('case and accents do not matter: %s', async (query, expected) => {
    expect((await top(query, 1))[0]).toBe(expected);
  });

  test.each([
    ['critrères', '/fr/criteres/'],
    ['critere', '/fr/criteres/'],
    ['cybersecurte', '/fr/cyber/'],
    ['blockchian', '/fr/blocs/'],
    ['acompagnement', '/fr/accompagnement/'],
    ['ccompagnement', '/fr/accompagnement/'],
    ['xccompagnement', '/fr/accompagnement/'],
    ['caccompagnement', '/fr/accompagnement/'],
    ['aaccompagnement', '/fr/accompagnement/'],
  ])('typos within the allowance are forgiven, first letter included: %s', async (query, expected) => {
    expect(await top(query)).toContain(expected);
  });

  test.each([['qeb'], ['xqzwv'], ['crixyzres']])('beyond the allowance nothing matches: %s', async (query) => {
    expect(await top(query)).toEqual([]);
  });

  test('a 4–6-letter word that matches nothing at all gets a second error: dxzte', async () => {
    expect(await top('dxzte')).toContain('/fr/dates/#date-limite');
  });

  test.each([
    ['cyber', '/fr/cyber/'],
    ['candid', '/fr/dates/#date-limite'],
    ['accomp', '/fr/accompagnement/'],
  ])('prefixes complete: %s', async (query, expected) => {
    expect(await top(query)).toContain(expected);
  });

  test('the word being typed completes from two letters', async () => {
    expect(await top('cy')).toContain('/fr/cyber/');
  });

  test.each([
    ['blockchain', '/fr/blocs/'],
    ['deadline', '/fr/dates/#date-limite'],
    ['échéance', '/fr/dates/#date-limite'],
    ['XR', '/fr/realite/'],
    ['VR', '/fr/realite/'],
    ['cybersecurity', '/fr/cyber/'],
    ['startups', '/fr/accompagnement/'],
  ])('synonyms: %s', async (query, expected) => {
    expect(await top(query)).toContain(expected);
  });

  test('a title match ranks above a body match', async () => {
    const ranked = await top('critères', 10);
    expect(ranked.indexOf('/fr/criteres/')).toBeLessThan(ranked.indexOf('/fr/nouvelles/'));
  });

  test('documents with every word come first', async () => {
    expect((await top('programme date limite', 1))[0]).toBe('/fr/nouvelles/');
  });

  test('the response counts matches and lists the matched terms for highlighting', async () => {
    const response = await (await engine).search('critrères', 10);
    expect(response.total).toBeGreaterThanOrEqual(2);
    expect(response.matchedTerms.has('criteres')).toBe(true);
  });

  test('a query of stop words only or punctuation returns nothing without failing', async () => {
    expect(await top('?!')).toEqual([]);
  });
});

// If this fails, readers stop finding what they type: accents, typos, completions, synonyms or the order of results.
import { describe, expect, test } from 'vitest';
import { engineFor } from '../../search/content';
import { frenchDocuments, indexShapes } from './fixtures';

describe.each(indexShapes)('matching, %s', (_, options) => {
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

  test('a hit carries its display data and score', async () => {
    const [hit] = (await (await engine).search('équipe', 1)).hits;
    expect(hit).toMatchObject({ type: 'page', title: 'Équipe', url: '/fr/equipe/', excerpt: 'L’équipe du programme à Québec.', date: undefined });
    expect(hit?.score).toBeGreaterThan(0);
  });

  test('a query of stop words only or punctuation returns nothing without failing', async () => {
    expect(await top('?!')).toEqual([]);
  });
});

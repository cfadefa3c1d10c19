// If this fails, readers stop finding what they type: accents, typos, completions, synonyms or the order of results.
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../../src/search/build/index-build';
import { SearchEngine } from '../../../src/search/runtime/engine';
import { compileSynonyms } from '../../../src/search/runtime/query';
import synonyms from '../../../src/search/synonyms.json';
import { engineFor } from '../../search/content';
import { doc, frenchDocuments, indexShapes } from './fixtures';

describe.each(indexShapes)('matching, %s', (_, options) => {
  const engine = engineFor(frenchDocuments, 'fr', options);
  const top = async (query: string, limit = 3) => (await (await engine).search(query, { limit })).hits.map((hit) => hit.url);

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

  test('the response counts matches, and each hit the words to mark: the corrections of a misspelt word', async () => {
    const response = await (await engine).search('critrères', { limit: 10 });
    expect(response.total).toBeGreaterThanOrEqual(2);
    expect(response.hits.every((hit) => hit.marks.has('criteres'))).toBe(true);
  });

  test('a hit carries its display data, an excerpt and a score', async () => {
    const [hit] = (await (await engine).search('équipe', { limit: 1 })).hits;
    expect(hit).toMatchObject({ type: 'page', title: 'Équipe', url: '/fr/equipe/', excerpt: 'L’équipe du programme à Québec.', date: undefined });
    expect(hit?.score).toBeGreaterThan(0);
  });

  test('a synonym is never corrected into a lookalike: « date limite » marks no « échange » (the synonym « échéance » is not in the index)', async () => {
    const response = await (await engine).search('date limite', { limit: 10 });
    const marks = new Set(response.hits.flatMap((hit) => [...hit.marks]));
    expect([...marks].sort()).toEqual(['date', 'limite']);
  });

  test('a misspelt word is proposed corrected, as the site spells it', async () => {
    expect((await (await engine).search('critrères', { limit: 3 })).suggestion).toBe('critères');
    expect((await (await engine).search('critères', { limit: 3 })).suggestion).toBeUndefined();
  });

  test('when nothing matches, a looser correction is proposed if it finds something: an unfinished word with a typo', async () => {
    const response = await (await engine).search('cybrsec', { limit: 3 });
    expect([response.total, response.suggestion]).toEqual([0, 'cybersécurité']);
    expect((await (await engine).search('qzxwv', { limit: 3 })).suggestion).toBeUndefined();
  });

  test('a query of stop words only or punctuation returns nothing without failing', async () => {
    expect(await top('?!')).toEqual([]);
  });
});

describe.each(indexShapes)('reading the query, %s', (_, options) => {
  const documents = [
    { ...doc('Date limite de dépôt', 'Le formulaire ferme le 15 mars.', '/fr/dates/#date-limite'), type: 'key-date' as const },
    { ...doc('Calendrier', 'La date est loin. Bien plus tard, la limite du programme tombe un jour de semaine pour tous.', '/fr/calendrier/'), type: 'page' as const },
    { ...doc('Nouvelles du programme', 'Le programme et Microsoft signent une entente.', '/fr/nouvelles/'), type: 'announcement' as const },
    { ...doc('Entente avec Microsoft', 'Le programme annonce une entente avec Microsoft.', '/fr/communique/'), type: 'press-release' as const },
    { ...doc('Comment poser sa candidature ?', 'Le formulaire en ligne ouvre le 11 janvier.', '/fr/faq/#comment'), type: 'faq' as const },
    { ...doc('Ouverture des candidatures', 'Le formulaire ouvre le 11 janvier à 9 h.', '/fr/dates/#ouverture'), type: 'key-date' as const },
    { ...doc('Données ouvertes', 'Les data du programme.', '/fr/data/'), type: 'page' as const },
  ];
  const engine = engineFor(documents, 'fr', options);
  const search = async (query: string, type?: (typeof documents)[number]['type']) => (await engine).search(query, { limit: 10, type });
  const urls = async (query: string) => (await search(query)).hits.map((hit) => hit.url);

  test('words side by side rank above the same words far apart', async () => {
    const ranked = await urls('limite date');
    expect(ranked.indexOf('/fr/dates/#date-limite')).toBeLessThan(ranked.indexOf('/fr/calendrier/'));
  });

  test('a word naming a kind of result favours that kind: « communiqué Microsoft » puts the press release first', async () => {
    expect((await urls('communiqué Microsoft'))[0]).toBe('/fr/communique/');
    expect((await urls('nouvelles Microsoft'))[0]).toBe('/fr/nouvelles/');
  });

  test('a kind alone lists the documents of that kind, even without the word', async () => {
    expect(await urls('communiqués')).toContain('/fr/communique/');
  });

  test('« quand » asks for a key date: « quand candidature » puts the opening date above the FAQ answer', async () => {
    const ranked = await urls('quand candidature');
    expect(ranked.indexOf('/fr/dates/#ouverture')).toBeLessThan(ranked.indexOf('/fr/faq/#comment'));
  });

  test('a word that is itself in the index is never taken for a kind through a typo: « data » is not « date »', async () => {
    expect(await urls('data')).toEqual(['/fr/data/']);
  });

  test('counts cover every type; a type filter keeps the counts and narrows the hits', async () => {
    const all = await search('programme');
    const filtered = await search('programme', 'press-release');
    expect(all.counts).toMatchObject({ announcement: 1, 'press-release': 1, faq: 0, criterion: 0, 'key-date': 0, page: 2 });
    expect(Object.values(all.counts).reduce((sum, count) => sum + count, 0)).toBe(all.total);
    expect(filtered.counts).toEqual(all.counts);
    expect(filtered.total).toBe(all.total);
    expect(filtered.hits.map((hit) => hit.url)).toEqual(['/fr/communique/']);
  });

  test('the excerpt holds the words that matched', async () => {
    const [hit] = (await search('limite programme')).hits.filter((found) => found.url === '/fr/calendrier/');
    expect(hit?.excerpt).toContain('limite du programme');
    expect([...(hit?.marks ?? [])].sort()).toEqual(['limite', 'programme']);
  });
});

describe('passages: a result reads only the passages where it matched', () => {
  const filler = (count: number, word: string) => Array.from({ length: count }, (_, index) => `Une phrase ${word} numéro ${index} sans autre intérêt.`).join(' ');
  const long = doc('Rapport annuel', `${filler(20, 'ordinaire')} La subvention maritime arrive ici. ${filler(40, 'banale')}`, '/fr/rapport/');
  const index = buildIndex([long, doc('Autre', 'Une page courte.', '/fr/autre/')], 'fr');
  const open = async () => {
    const reads: string[] = [];
    const engine = await SearchEngine.open({ read: (path) => (reads.push(path), Promise.resolve(structuredClone(index.files.get(path)))) }, compileSynonyms(synonyms, 'fr'));
    return { engine, reads };
  };

  test('a word deep in a long text: the excerpt shows it, and only its passage is fetched beyond the first', async () => {
    const { engine, reads } = await open();
    const [hit] = (await engine.search('maritime', { limit: 1 })).hits;
    expect(hit?.excerpt).toContain('La subvention maritime arrive ici.');
    expect(hit?.excerpt).toMatch(/^… .* …$/);
    expect(reads.filter((path) => /\/t-0-\d+\.json$/.test(path))).toHaveLength(1);
  });

  test('a word in the first passage: no other passage is fetched', async () => {
    const { engine, reads } = await open();
    await engine.search('ordinaire', { limit: 1 });
    expect(reads.filter((path) => /\/t-\d+-\d+\.json$/.test(path))).toEqual([]);
  });
});

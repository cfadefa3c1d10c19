// If this fails, the browser misreads the index the build writes: wrong documents, wrong terms, or files fetched twice.
import { describe, expect, test } from 'vitest';
import type { IndexManifest } from '../../../src/search/format';
import { decodeManifest, decodePostings, groupTerms, groupVocabulary, IndexReader, relativeLengths, type IndexSource } from '../../../src/search/runtime/index-reader';

/**
 * A sharded index of 3 documents (a page, an FAQ answer and an announcement: types 5, 2, 0; lengths
 * 2^(4/2) − 1 = 3, 2^(6/2) − 1 = 7 and 2^(2/2) − 1 = 1 words) and 5 terms (allo arret barre bulle carre),
 * written by hand in the wire format.
 */
const files: Record<string, unknown> = {
  'index.json': { v: 2, lang: 'fr', h: 'abcd1234', n: 3, k: ['a', 'b', 'c'], s: ['ar', 'll', 'rr', 'ul'], p: [0, 3], ty: '520', ln: '462' } satisfies IndexManifest,
  'abcd1234/f-a.json': { o: 0, t: 'allo arret' },
  'abcd1234/f-b.json': { o: 2, t: 'barre bulle' },
  'abcd1234/f-c.json': { o: 4, t: 'carre' },
  'abcd1234/s-ar.json': { t: 'barre carre', i: [2, 2] },
  'abcd1234/s-ll.json': { t: 'allo', i: [0] },
  'abcd1234/s-rr.json': { t: 'arret', i: [1] },
  'abcd1234/s-ul.json': { t: 'bulle', i: [3] },
  // Each posting: doc delta × 16 + first passage × 4 + flags.
  'abcd1234/p-0.json': { o: 0, p: [[1], [16 + 4 + 2], [16 + 1, 16]] },
  'abcd1234/p-1.json': { o: 3, p: [[16 * 2], [0, 16, 16 + 8]] },
  'abcd1234/d-0.json': ['Allo', '/fr/allo/', '', '', 'Un allo.', 1],
  'abcd1234/d-1.json': ['Arrêt', '/fr/faq/#arret', '2027-03-15', '15 mars 2027', 'Un arrêt.', 1],
  'abcd1234/d-2.json': ['Ballon', '/fr/ballon/', '', '', 'Un ballon.', 3],
  'abcd1234/t-2-2.json': 'Un ballon rouge.',
};

/** A source over `files` that records what is read. */
function countingSource(): IndexSource & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    read: (path) => {
      reads.push(path);
      return path in files ? Promise.resolve(structuredClone(files[path])) : Promise.reject(new Error(`missing ${path}`));
    },
  };
}

describe('decodeManifest', () => {
  test('gives the one-letter keys their names', () => {
    const { relativeLengths: lengths, ...summary } = decodeManifest(files['index.json'] as IndexManifest);
    // Lengths 3, 7 and 1 words, average 11 / 3.
    expect([...lengths].map((length) => length.toFixed(6))).toEqual([9 / 11, 21 / 11, 3 / 11].map((length) => length.toFixed(6)));
    expect(summary).toEqual({
      lang: 'fr',
      hash: 'abcd1234',
      documentCount: 3,
      types: ['page', 'faq', 'announcement'],
      postingsShardStarts: [0, 3],
      vocabulary: undefined,
      firstLetterKeys: new Set(['a', 'b', 'c']),
      letterPairKeys: new Set(['ar', 'll', 'rr', 'ul']),
    });
  });

  test.each([
    ['allo arret', ['allo', 'arret']],
    ['', []],
  ])('an inline vocabulary %j is split into terms', (text, vocabulary) => {
    const manifest: IndexManifest = { v: 2, lang: 'en', h: 'x', n: 0, t: text, p: [], ty: '', ln: '' };
    expect(decodeManifest(manifest).vocabulary).toEqual(vocabulary);
  });

  test('postings shard starts are stored as differences', () => {
    const manifest: IndexManifest = { v: 2, lang: 'en', h: 'x', n: 0, p: [0, 3, 2, 10], ty: '', ln: '' };
    expect(decodeManifest(manifest).postingsShardStarts).toEqual([0, 3, 5, 15]);
  });

  test('a type code this version does not know reads as a page', () => {
    const manifest: IndexManifest = { v: 2, lang: 'en', h: 'x', n: 2, p: [], ty: '2z', ln: '00' };
    expect(decodeManifest(manifest).types).toEqual(['faq', 'page']);
  });
});

describe('relativeLengths: each length code over the average', () => {
  test.each([
    ['', []],
    ['0', [1]],
    ['44', [1, 1]],
    // 2^(2/2) − 1 = 1 and 2^(6/2) − 1 = 7 words: average 4.
    ['26', [0.25, 1.75]],
  ])('%j → %j', (codes, expected) => {
    expect([...relativeLengths(codes)]).toEqual(expected);
  });
});

describe('decodePostings: doc delta × 16 + first passage × 4 + flags', () => {
  test.each([
    [[3 * 16 + 1, 2 * 16 + 2 * 4, 5 * 16 + 3 * 4 + 3], [3, 5, 10], [0, 2, 3], [1, 0, 3]],
    [[0, 16, 16 + 4 + 2], [0, 1, 2], [0, 0, 1], [0, 0, 2]],
    [[], [], [], []],
  ])('%j → documents %j, passages %j, flags %j', (encoded, docs, passages, flags) => {
    const decoded = decodePostings(encoded);
    expect([[...decoded.docs], [...decoded.passages], [...decoded.flags]]).toEqual([docs, passages, flags]);
  });
});

describe('groupTerms', () => {
  const list = { terms: ['allo', 'arret', 'barre', 'bulle', 'carre'], ids: [3, 5, 8, 9, 12] };

  test.each([
    ['length', (term: string): string | number => term.length, { 4: { terms: ['allo'], ids: [3] }, 5: { terms: ['arret', 'barre', 'bulle', 'carre'], ids: [5, 8, 9, 12] } }],
    ['last letter', (term: string): string | number => term.at(-1) ?? '', { o: { terms: ['allo'], ids: [3] }, t: { terms: ['arret'], ids: [5] }, e: { terms: ['barre', 'bulle', 'carre'], ids: [8, 9, 12] } }],
  ])('by %s, in list order, ids kept', (_, keyOf, expected) => {
    expect(Object.fromEntries(groupTerms(list, keyOf))).toEqual(expected);
  });
});

describe('groupVocabulary', () => {
  test('groups a sorted vocabulary by first letter and by second-and-third letters, with term ids', () => {
    const groups = groupVocabulary(['allo', 'arret', 'barre', 'bulle', 'carre', 'é']);
    expect(Object.fromEntries(groups.firstLetter)).toEqual({
      a: { terms: ['allo', 'arret'], ids: [0, 1] },
      b: { terms: ['barre', 'bulle'], ids: [2, 3] },
      c: { terms: ['carre'], ids: [4] },
      _: { terms: ['é'], ids: [5] },
    });
    expect(Object.fromEntries(groups.letterPairs)).toEqual({
      ll: { terms: ['allo'], ids: [0] },
      rr: { terms: ['arret'], ids: [1] },
      ar: { terms: ['barre', 'carre'], ids: [2, 4] },
      ul: { terms: ['bulle'], ids: [3] },
      __: { terms: ['é'], ids: [5] },
    });
  });
});

describe('IndexReader over a sharded index', () => {
  test('reads the manifest only when opened', async () => {
    const source = countingSource();
    const reader = await IndexReader.open(source);
    expect([reader.summary.lang, reader.summary.documentCount, source.reads]).toEqual(['fr', 3, ['index.json']]);
  });

  test('gives the terms of a first letter and of a letter pair with their ids', async () => {
    const reader = await IndexReader.open(countingSource());
    expect(await reader.firstLetterTerms('b')).toEqual({ terms: ['barre', 'bulle'], ids: [2, 3] });
    expect(await reader.letterPairTerms('ar')).toEqual({ terms: ['barre', 'carre'], ids: [2, 4] });
    expect([reader.firstLetterTerms('z'), reader.letterPairTerms('zz')]).toEqual([undefined, undefined]);
  });

  test.each([
    [0, [0], [1], [0]],
    [2, [1, 2], [1, 0], [0, 0]],
    [3, [2], [0], [0]],
    [4, [0, 1, 2], [0, 0, 0], [0, 0, 2]],
  ])('postings of term %i: documents %j, flags %j, passages %j', async (id, docs, flags, passages) => {
    const reader = await IndexReader.open(countingSource());
    const postings = await reader.postings(id);
    expect([[...postings.docs], [...postings.flags], [...postings.passages]]).toEqual([docs, flags, passages]);
  });

  test('gives a document its named fields, its type from the manifest, the date only when there is one', async () => {
    const reader = await IndexReader.open(countingSource());
    expect(await reader.document(1)).toEqual({ type: 'faq', title: 'Arrêt', url: '/fr/faq/#arret', firstPassage: 'Un arrêt.', passages: 1, date: { iso: '2027-03-15', text: '15 mars 2027' } });
    expect(await reader.document(2)).toEqual({ type: 'announcement', title: 'Ballon', url: '/fr/ballon/', firstPassage: 'Un ballon.', passages: 3, date: undefined });
    expect(await reader.document(3)).toBeUndefined();
  });

  test('reads a further passage from its own file, the first from the document', async () => {
    const source = countingSource();
    const reader = await IndexReader.open(source);
    expect([await reader.passage(2, 2), await reader.passage(2, 0)]).toEqual(['Un ballon rouge.', 'Un ballon.']);
    expect(source.reads.sort()).toEqual(['abcd1234/d-2.json', 'abcd1234/t-2-2.json', 'index.json']);
  });

  test('reads each file once, however often it is asked for', async () => {
    const source = countingSource();
    const reader = await IndexReader.open(source);
    await Promise.all([reader.postings(0), reader.postings(1), reader.postings(1), reader.document(0), reader.document(0), reader.firstLetterTerms('a'), reader.firstLetterTerms('a')]);
    expect(source.reads.sort()).toEqual(['abcd1234/d-0.json', 'abcd1234/f-a.json', 'abcd1234/p-0.json', 'index.json']);
  });
});

describe('IndexReader over an inline vocabulary', () => {
  test('serves the same term lists without reading any vocabulary file', async () => {
    const manifest: IndexManifest = { v: 2, lang: 'en', h: 'x', n: 0, t: 'allo arret barre carre', p: [], ty: '', ln: '' };
    const reads: string[] = [];
    const reader = await IndexReader.open({ read: (path) => (reads.push(path), Promise.resolve(manifest)) });
    expect(await reader.firstLetterTerms('c')).toEqual({ terms: ['carre'], ids: [3] });
    expect(await reader.letterPairTerms('ar')).toEqual({ terms: ['barre', 'carre'], ids: [2, 3] });
    expect(reads).toEqual(['index.json']);
  });
});

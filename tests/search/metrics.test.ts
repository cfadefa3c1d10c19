// If this fails, the relevance numbers the quality gate and docs/search.md report are computed wrongly.
import { describe, expect, test } from 'vitest';
import { grade, hitInTop3, isHeldOut, measure, ndcgAt3, reciprocalRank, type JudgedQuery } from './metrics';

const single: JudgedQuery = { lang: 'fr', kind: 'exact', query: 'x', expected: '/a/', relevant: ['/b/'] };
const several: JudgedQuery = { lang: 'fr', kind: 'exact', query: 'y', expected: ['/a/', '/c/'] };

describe('measures of one query', () => {
  test.each([
    [single, ['/a/', '/b/', '/x/'], true, 1, 1],
    // Best answer second: 1/2; DCG (1 + 2/log2 3 = 2.261860) / ideal (2 + 1/log2 3 = 2.630930).
    [single, ['/b/', '/a/'], true, 0.5, 0.859719],
    [single, ['/x/', '/y/', '/z/', '/a/'], false, 0.25, 0],
    [single, [], false, 0, 0],
    // Two best answers: the first found counts for the rank; DCG 2/log2 3 + 2/log2 4 = 2.261860, ideal 2 + 2/log2 3 = 3.261860.
    [several, ['/x/', '/c/', '/a/'], true, 0.5, 0.693426],
  ] as const)('%o with %j: top 3 %s, reciprocal rank %f, nDCG@3 %f', (query, urls, top3, rank, ndcg) => {
    expect(hitInTop3(query, urls)).toBe(top3);
    expect(reciprocalRank(query, urls)).toBeCloseTo(rank, 6);
    expect(ndcgAt3(query, urls)).toBeCloseTo(ndcg, 6);
  });

  test.each([
    ['/a/', 2],
    ['/b/', 1],
    ['/z/', 0],
  ])('grade of %s: %i', (url, expected) => {
    expect(grade(single, url)).toBe(expected);
  });
});

describe('measure', () => {
  test('averages over the runs', () => {
    expect(measure([{ query: single, urls: ['/a/'] }, { query: single, urls: ['/x/', '/a/'] }])).toMatchObject({ queries: 2, top3: 1, mrr: 0.75 });
  });

  test('the held-out share is about a third, fixed by the text', () => {
    const names = Array.from({ length: 300 }, (_, index) => ({ lang: 'fr' as const, query: `requête ${index}` }));
    const held = names.filter(isHeldOut).length;
    expect(held).toBeGreaterThan(70);
    expect(held).toBeLessThan(130);
    expect(names.filter(isHeldOut)).toEqual(names.filter(isHeldOut));
  });
});

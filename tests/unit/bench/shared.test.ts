// If these fail, every benchmark misreports: medians and percentiles, the seeded corpora, the tables and the quality figures of docs/benchmarks.md.
import { describe, expect, it } from 'vitest';
import { quality, texts, type BenchQuery } from '../../../bench/search/queries';
import { ms, table } from '../../../bench/shared/markdown';
import { Seeded } from '../../../bench/shared/random';
import { median, percentile } from '../../../bench/shared/stats';

describe('median and percentile', () => {
  it.each([
    { values: [], expected: NaN },
    { values: [3], expected: 3 },
    { values: [5, 1, 3], expected: 3 },
    { values: [4, 1, 3, 2], expected: 2.5 },
    { values: [100, 99, 100, 98, 100], expected: 100 },
    { values: [1, NaN, 3], expected: 2 },
  ])('median of $values is $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });

  const twenty = Array.from({ length: 20 }, (_, index) => 20 - index);
  it.each([
    { values: [], p: 95, expected: NaN },
    { values: [4, 1, 3, 2], p: 50, expected: 2 },
    { values: twenty, p: 95, expected: 19 },
    { values: twenty, p: 100, expected: 20 },
    { values: twenty, p: 0, expected: 1 },
  ])('nearest-rank p$p of $values.length values is $expected', ({ values, p, expected }) => {
    expect(percentile(values, p)).toBe(expected);
  });
});

describe('Seeded', () => {
  it('gives the same draws for the same seed, other draws for another', () => {
    const draws = (seed: number) => {
      const random = new Seeded(seed);
      return [random.next(), random.between(1, 6), random.chance(0.5), random.pick(['a', 'b', 'c'])];
    };
    expect(draws(7)).toEqual(draws(7));
    expect(draws(7)).not.toEqual(draws(8));
  });

  it.each([
    [1, 1],
    [0, 9],
    [-3, 3],
  ])('between(%i, %i) stays in its range', (min, max) => {
    const random = new Seeded(42);
    const values = Array.from({ length: 500 }, () => random.between(min, max));
    expect(new Set(values)).toEqual(new Set(Array.from({ length: max - min + 1 }, (_, index) => min + index)));
  });

  it('refuses to pick from nothing', () => {
    expect(() => new Seeded(1).pick([])).toThrow();
  });
});

describe('table', () => {
  it('aligns columns and escapes cells', () => {
    expect(table(['A', 'B', 'C'], 'lrc', [['x | y', 'line\nbreak', '']])).toEqual(['| A | B | C |', '| --- | ---: | :---: |', '| x \\| y | line break |  |']);
  });
});

describe('search quality', () => {
  const query = (kind: BenchQuery['kind'], text: string, plain?: string): BenchQuery => ({ lang: 'fr', kind, text, target: '/fr/doc-1/', ...(plain === undefined ? {} : { plain }) });
  const queries = [query('accent', 'été', 'ete'), query('accent', 'Québec', 'Quebec'), query('typo', 'progrme'), query('typo', 'cmap'), query('exact', 'camp')];
  const results = new Map<string, string[]>([
    ['fr\u0000été', ['/fr/doc-1/', '/fr/doc-2/']],
    ['fr\u0000ete', ['/fr/doc-1/', '/fr/doc-2/']],
    ['fr\u0000Québec', ['/fr/doc-3/']],
    ['fr\u0000Quebec', []],
    ['fr\u0000progrme', ['/fr/doc-2/', '/fr/doc-1/']],
  ]);

  it('counts identical accent results, recovered typos and typos that found nothing', () => {
    expect(quality(queries, results)).toEqual({ accentInvariance: 0.5, accentQueries: 2, typoRecovery: 0.5, typoQueries: 2, typoEmpty: 1 });
  });

  it('runs accent queries in both forms, and only those of the language', () => {
    expect(texts([...queries, { ...query('exact', 'apply'), lang: 'en' }], 'fr')).toEqual(['été', 'ete', 'Québec', 'Quebec', 'progrme', 'cmap', 'camp']);
  });
});

describe('number formats', () => {
  it.each([
    [NaN, 'n/a'],
    [0, '0 ms'],
    [9, '9 ms'],
    [0.274, '0.27 ms'],
    [9.5, '9.50 ms'],
    [375.4, '375 ms'],
    [8100, '8.10 s'],
  ])('%f ms is written %s', (value, text) => {
    expect(ms(value)).toBe(text);
  });
});

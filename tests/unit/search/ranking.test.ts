// If this fails, results come back in another order: a title no longer outranks a body, a typo outranks the word typed…
// Expected values are worked out by hand from the weights documented in docs/search.md, never recomputed from `ranking`.
import { describe, expect, test } from 'vitest';
import { postingFlags } from '../../../src/search/format';
import { boost, combineParts, correctionQuality, fieldWeight, inverseFrequency, prefixQuality, proximityFactor, topDocuments } from '../../../src/search/runtime/ranking';

describe('fieldWeight: title 3 (×1.25 when the body repeats it); body as BM25 (k1 1.2, b 0.75), a repeated term counted twice', () => {
  // Body: tf × 2.2 / (tf + 1.2 × (0.25 + 0.75 × relative length)).
  test.each([
    [0, 1, 1],
    [postingFlags.repeated, 1, 1.375],
    [0, 2, 0.709677],
    [0, 0.5, 1.257143],
    [postingFlags.repeated, 4, 0.745763],
    [postingFlags.title, 1, 3],
    [postingFlags.title, 4, 3],
    [postingFlags.title | postingFlags.repeated, 1, 3.75],
  ])('flags %i, length %f × the average → %f', (flags, length, weight) => {
    expect(fieldWeight(flags, length)).toBeCloseTo(weight, 6);
  });

  test('a title match outweighs a repeated body match, and a short answer a long page', () => {
    expect(fieldWeight(postingFlags.title, 1)).toBeGreaterThan(fieldWeight(postingFlags.repeated, 0.1));
    expect(fieldWeight(0, 0.3)).toBeGreaterThan(fieldWeight(0, 3));
  });
});

describe('prefixQuality: 0.55 + 0.35 × typed / complete length', () => {
  test.each([
    ['crit', 'criteres', 0.725],
    ['cyber', 'cybersecurite', 0.684615],
    ['candid', 'candidature', 0.740909],
    ['valeur', 'valeurs', 0.85],
  ])('%s → %s: %f', (typed, term, quality) => {
    expect(prefixQuality(typed, term)).toBeCloseTo(quality, 6);
  });

  test('the more of the word is typed, the better the completion', () => {
    expect(prefixQuality('candida', 'candidature')).toBeGreaterThan(prefixQuality('candid', 'candidature'));
  });
});

describe('correctionQuality: 0.55 for one error, 0.4 for two, less 5 % per letter of length difference', () => {
  test.each([
    [1, 'critere', 'critare', 0.55],
    [1, 'acompagnement', 'accompagnement', 0.5225],
    [2, 'critrres', 'criteres', 0.4],
    [2, 'critres', 'criteres', 0.38],
    [2, 'crites', 'criteres', 0.36],
  ])('%i error(s), %s → %s: %f', (errors, typed, term, quality) => {
    expect(correctionQuality(errors, typed, term)).toBeCloseTo(quality, 10);
  });

  test('a completion weighs less than the word itself and more than a two-error correction', () => {
    for (const [typed, term] of [
      ['candid', 'candidature'],
      ['cyber', 'cybersecurite'],
      ['crit', 'criteres'],
    ] as const) {
      expect(prefixQuality(typed, term)).toBeLessThan(1);
      expect(prefixQuality(typed, term)).toBeGreaterThan(correctionQuality(2, term, term));
    }
  });
});

describe('inverseFrequency: ln(1 + documents / frequency)', () => {
  test.each([
    [100, 1, 4.615121],
    [100, 50, 1.098612],
    [100, 100, 0.693147],
    [100, 0, 4.615121],
  ])('%i documents, term in %i → %f', (documents, frequency, idf) => {
    expect(inverseFrequency(documents, frequency)).toBeCloseTo(idf, 6);
  });
});

describe('combineParts: (sum + half the optional parts) × (share of required parts present)², ×1.5 when all of two or more are', () => {
  test.each([
    [[2, 2], [], 6],
    [[2, 0], [], 0.5],
    [[3], [], 3],
    [[0, 0], [], 0],
    [[1, 1, 0], [], 0.888889],
    [[1, 1, 1], [], 4.5],
    [[2], [1], 2.5],
    [[0], [5], 0],
    [[], [1, 2], 1.5],
    [[2, 2], [2], 7.5],
  ])('required %j, optional %j → %f', (required, optional, expected) => {
    expect(combineParts(required, optional)).toBeCloseTo(expected, 6);
  });

  test('a document with every required word beats one with more optional words', () => {
    expect(combineParts([1, 1], [])).toBeGreaterThan(combineParts([1, 0], [3]));
  });
});

describe('proximityFactor: ×1.5 side by side, falling to ×1 when 8 other words separate them', () => {
  test.each([
    [2, 2, 1.5],
    [3, 3, 1.5],
    [2, 3, 1.4375],
    [3, 7, 1.25],
    [2, 10, 1],
    [2, 40, 1],
    [1, 0, 1],
    [0, 0, 1],
  ])('%i parts within %i words → %f', (parts, span, factor) => {
    expect(proximityFactor(parts, span)).toBeCloseTo(factor, 6);
  });
});

describe('boost', () => {
  test('multiplies the documents that matched, each once, and leaves the others at 0', () => {
    const scores = { values: new Float64Array([0, 2, 3, 4]), docs: [1, 2, 3] };
    boost(scores, [0, 1, 1, 2], 1.5);
    expect([...scores.values]).toEqual([0, 3, 4.5, 4]);
  });
});

describe('topDocuments', () => {
  const values = new Float64Array([0, 2, 5, 2, 1, 5]);

  test.each([
    [3, [[2, 5], [5, 5], [1, 2]]],
    [1, [[2, 5]]],
    [10, [[2, 5], [5, 5], [1, 2], [3, 2], [4, 1]]],
  ])('the best %i, ties in document order', (limit, expected) => {
    expect(topDocuments({ values, docs: [5, 1, 2, 3, 4] }, limit)).toEqual(expected);
  });

  test('no documents, no results', () => {
    expect(topDocuments({ values, docs: [] }, 3)).toEqual([]);
  });
});

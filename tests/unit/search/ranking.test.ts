// If this fails, results come back in another order: a title no longer outranks a body, a typo outranks the word typed…
// Expected values are worked out by hand from the weights documented in docs/search.md, never recomputed from `ranking`.
import { describe, expect, test } from 'vitest';
import { postingFlags } from '../../../src/search/format';
import { combineParts, correctionQuality, fieldWeight, inverseFrequency, prefixQuality, topDocuments } from '../../../src/search/runtime/ranking';

describe('fieldWeight: title 3, body 1, ×1.25 when repeated in the body', () => {
  test.each([
    [0, 1],
    [postingFlags.title, 3],
    [postingFlags.repeated, 1.25],
    [postingFlags.title | postingFlags.repeated, 3.75],
  ])('flags %i → %f', (flags, weight) => {
    expect(fieldWeight(flags)).toBe(weight);
  });

  test('a title match outweighs a repeated body match', () => {
    expect(fieldWeight(postingFlags.title)).toBeGreaterThan(fieldWeight(postingFlags.repeated));
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

describe('combineParts: sum × (share of required parts present)², ×1.5 when all of two or more are', () => {
  test.each([
    [[2, 2], [], 6],
    [[2, 0], [], 0.5],
    [[3], [], 3],
    [[0, 0], [], 0],
    [[1, 1, 0], [], 0.888889],
    [[1, 1, 1], [], 4.5],
    [[2], [1], 3],
    [[0], [5], 0],
    [[], [1, 2], 3],
  ])('required %j, optional %j → %f', (required, optional, expected) => {
    expect(combineParts(required, optional)).toBeCloseTo(expected, 6);
  });

  test('a document with every required word beats one with more optional words', () => {
    expect(combineParts([1, 1], [])).toBeGreaterThan(combineParts([1, 0], [3]));
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

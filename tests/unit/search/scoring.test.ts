// If this fails, the words of a query no longer add up as docs/search.md says: synonyms could outrank the words typed,
// phrases match documents holding only one of their words, question words become required.
// Expected scores are worked out by hand (idf = ln(1 + documents / frequency); title ×3).
import { describe, expect, test } from 'vitest';
import { postingFlags } from '../../../src/search/format';
import type { TermCandidate } from '../../../src/search/runtime/candidates';
import type { Postings } from '../../../src/search/runtime/index-reader';
import { combineSlots, foundOnlyByCorrection, noPassage, scoreSlot, scoreWord, type WordScores } from '../../../src/search/runtime/scoring';

/** Postings from `[doc, flags]` pairs. */
function postings(...entries: [doc: number, flags: number, passage?: number][]): Postings {
  return { docs: Int32Array.from(entries.map(([doc]) => doc)), flags: Uint8Array.from(entries.map(([, flags]) => flags)), passages: Uint8Array.from(entries.map(([, , passage = 0]) => passage)) };
}

/** Word scores with the given per-document values (and, when found only through corrections, the best of them). */
function word(idf: number, values: Record<number, number>, documentCount = 4, correction?: string): WordScores {
  const scores = new Float64Array(documentCount);
  for (const [doc, value] of Object.entries(values)) scores[Number(doc)] = value;
  return { values: scores, docs: Object.keys(values).map(Number), idf, matchedTerms: [], correction };
}

/** The non-zero scores, by document. */
function byDocument(scores: { values: Float64Array; docs: readonly number[] }): Record<number, number> {
  return Object.fromEntries([...scores.docs].sort((a, b) => a - b).map((doc) => [doc, Number((scores.values[doc] ?? 0).toFixed(6))]));
}

const exact: TermCandidate = { id: 0, term: 'valeur', kind: 'exact', quality: 1 };
const completion: TermCandidate = { id: 1, term: 'valeurs', kind: 'prefix', quality: 0.85 };
const unused: TermCandidate = { id: 2, term: 'valeureux', kind: 'prefix', quality: 0.7 };

describe('scoreWord', () => {
  // 4 documents; `valeur` in 3 of them (idf ln(7/3) = 0.847298), `valeurs` in 1 (its own idf would be ln 5 = 1.609438).
  const scores = scoreWord(
    [exact, completion, unused],
    [postings([0, postingFlags.title], [1, 0], [2, postingFlags.repeated]), postings([3, postingFlags.title]), postings()],
    4,
  );

  test('each document scores its best candidate: quality × idf × field weight', () => {
    // doc 0: 1 × 0.847298 × 3; doc 1: × 1; doc 2: × 1.375 (repeated, average length); doc 3 (completion, title): 0.85 × 0.847298 × 3.
    expect(byDocument(scores)).toEqual({ 0: 2.541894, 1: 0.847298, 2: 1.165035, 3: 2.16061 });
  });

  test('a body match weighs less in a long text and more in a short one', () => {
    // doc 1 twice the average length: × 2.2 / (1 + 1.2 × 1.75) = 0.709677; doc 2 half: × 2 × 2.2 / (2 + 1.2 × 0.625) = 1.6.
    const weighted = scoreWord([exact], [postings([1, 0], [2, postingFlags.repeated])], 4, [1, 2, 0.5, 1]);
    // idf of a term in 2 of 4 documents: ln 3 = 1.098612.
    expect(byDocument(weighted)).toEqual({ 1: 0.77966, 2: 1.75778 });
  });

  test('a word found only through corrections reports the best of them, by quality then frequency', () => {
    const first: TermCandidate = { id: 5, term: 'valeur', kind: 'typo', quality: 0.55 };
    const frequent: TermCandidate = { id: 6, term: 'valeurs', kind: 'typo', quality: 0.55 };
    const worse: TermCandidate = { id: 7, term: 'valse', kind: 'typo', quality: 0.4 };
    expect(scoreWord([first, frequent, worse], [postings([0, 0]), postings([1, 0], [2, 0]), postings([3, 0], [2, 0], [1, 0])], 4).correction).toBe('valeurs');
    expect(scoreWord([exact, first], [postings([0, 0]), postings([1, 0])], 4).correction).toBeUndefined();
  });

  test('a completion is never rarer than the word typed, and the idf used is reported', () => {
    expect(scores.idf).toBeCloseTo(0.847298, 6);
  });

  test('per document, the first passage holding any candidate', () => {
    const first = scoreWord([exact, completion], [postings([0, 0, 2], [1, 0, 3]), postings([0, 0, 1], [2, 0, 0])], 4);
    expect([...(first.passages ?? [])]).toEqual([1, 3, 0, noPassage]);
  });

  test('only candidates found in some document are matched terms', () => {
    expect(scores.matchedTerms).toEqual(['valeur', 'valeurs']);
  });

  test('completions and corrections alone share the rarity of their union', () => {
    // 4 documents, two completions in 1 document each: union frequency 2, idf ln 3 = 1.098612.
    const alone = scoreWord([completion, { ...unused, quality: 0.5 }], [postings([0, 0]), postings([1, 0])], 4);
    expect(byDocument(alone)).toEqual({ 0: 0.93382, 1: 0.549306 });
  });

  test('nothing found: no documents and idf 0', () => {
    const none = scoreWord([unused], [postings()], 4);
    expect([none.docs, none.idf]).toEqual([[], 0]);
  });
});

describe('scoreSlot', () => {
  test('a phrase counts only where all its words are, averaged', () => {
    const phrase = [{ weight: 1, words: [word(1, { 0: 2, 1: 4 }), word(1, { 1: 2, 2: 6 })] }];
    expect(byDocument(scoreSlot(phrase, 4))).toEqual({ 1: 3 });
  });

  test('a synonym weighs 0.9 × its score, capped by the rarity of the words typed', () => {
    // Typed word idf 1, synonym idf 2: the synonym's scores are scaled by 0.9 × 1/2.
    const slot = [
      { weight: 1, words: [word(1, { 0: 1 })] },
      { weight: 0.9, words: [word(2, { 0: 4, 1: 4 })] },
    ];
    expect(byDocument(scoreSlot(slot, 4))).toEqual({ 0: 1.8, 1: 1.8 });
  });

  test('the cap is the rarest of what was typed and the phrase it stands for (both weight 1)', () => {
    // Typed idf 1, the phrase it stands for idf 1.5, synonym idf 3: × 0.9 × 1.5 / 3.
    const slot = [
      { weight: 1, words: [word(1, { 0: 1 })] },
      { weight: 1, words: [word(1.5, { 1: 3 })] },
      { weight: 0.9, words: [word(3, { 2: 6 })] },
    ];
    expect(byDocument(scoreSlot(slot, 4))).toEqual({ 0: 1, 1: 3, 2: 2.7 });
  });

  test('the documents of a kind the part names match it as a body word of that kind’s rarity', () => {
    // Docs 1 and 3 of the kind: ln(1 + 4/2) × 1 = 1.098612; doc 1 already scores 2 through the word.
    const slot = [{ weight: 1, words: [word(1, { 0: 1, 1: 2 })] }];
    expect(byDocument(scoreSlot(slot, 4, [1, 3]))).toEqual({ 0: 1, 1: 2, 3: 1.098612 });
  });

  test('a synonym is not capped when the words typed are not in the index', () => {
    const slot = [
      { weight: 1, words: [word(0, {})] },
      { weight: 0.9, words: [word(2, { 1: 4 })] },
    ];
    expect(byDocument(scoreSlot(slot, 4))).toEqual({ 1: 3.6 });
  });
});

describe('combineSlots', () => {
  const program = word(1, { 0: 2, 1: 2 });
  const deadline = word(1, { 1: 2 });
  const when = word(1, { 0: 3, 2: 3 });

  test('documents with every required part get the bonus; others lose by the share missing, squared', () => {
    // doc 0: 2 × (1/2)² = 0.5; doc 1: (2 + 2) × 1.5 = 6.
    expect(byDocument(combineSlots([program, deadline], [false, false], 4))).toEqual({ 0: 0.5, 1: 6 });
  });

  test('a question word only adds half its score to documents that match the rest', () => {
    // doc 0: (2 + 3 / 2); doc 1: 2; doc 2 has the question word only.
    expect(byDocument(combineSlots([program, when], [false, true], 4))).toEqual({ 0: 3.5, 1: 2 });
  });

  test('a query of question words only requires them', () => {
    expect(byDocument(combineSlots([when], [true], 4))).toEqual({ 0: 3, 2: 3 });
  });
});

describe('foundOnlyByCorrection: a part found only through corrections is a guess', () => {
  test.each([
    ['the word as typed', [{ weight: 1, words: [word(1, { 0: 1 })] }], false],
    ['corrections only', [{ weight: 1, words: [word(1, { 0: 1 }, 4, 'faut')] }], true],
    ['corrections, and a synonym found as it is', [{ weight: 1, words: [word(1, { 0: 1 }, 4, 'pays')] }, { weight: 0.9, words: [word(2, { 1: 1 })] }], false],
    ['corrections, and the phrase it stands for', [{ weight: 1, words: [word(1, { 0: 1 }, 4, 'subvention')] }, { weight: 1, words: [word(2, { 1: 1 })] }], false],
    ['nothing at all', [{ weight: 1, words: [word(0, {})] }], false],
    ['a phrase with one word corrected', [{ weight: 1, words: [word(1, { 0: 1 }), word(1, { 0: 1 }, 4, 'limite')] }], true],
  ])('%s → %s', (_, alternatives, expected) => {
    expect(foundOnlyByCorrection(alternatives)).toBe(expected);
  });
});

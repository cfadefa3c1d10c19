/**
 * Scores documents for a query, pure: from each word's candidate terms and
 * their postings to one score per document, following the weights of
 * `ranking.ts`. The engine fetches the postings; this decides what they are
 * worth.
 */
import type { TermCandidate } from './candidates';
import type { Postings } from './index-reader';
import { combineParts, emptyScores, fieldWeight, inverseFrequency, raise, ranking, type SparseScores } from './ranking';

/** A query word's score per document, the rarity it was weighted with, and the index terms it matched. */
export interface WordScores extends SparseScores {
  /** Inverse document frequency used (0 when nothing matched). */
  readonly idf: number;
  /** Candidate terms found in at least one document, for highlighting. */
  readonly matchedTerms: readonly string[];
  /**
   * When the word matched only through corrections: the best of them (most
   * alike, then most frequent), which « Vouliez-vous dire » proposes.
   */
  readonly correction?: string | undefined;
  /** Per document, the first passage of its text holding the word (`noPassage` when none). */
  readonly passages?: Uint8Array;
}

/** In `WordScores.passages`: the word is in no passage of that document. */
export const noPassage = 255;

/**
 * Per-document score of one query word: its best candidate, weighted by match
 * quality, field and rarity. `lists[i]` holds the postings of `candidates[i]`;
 * `relativeLengths`, each document's length over the average (1 when not given).
 */
export function scoreWord(candidates: readonly TermCandidate[], lists: readonly Postings[], documentCount: number, relativeLengths?: ArrayLike<number>): WordScores {
  const exactIndex = candidates.findIndex((candidate) => candidate.kind === 'exact');
  const exactIdf = exactIndex >= 0 ? inverseFrequency(documentCount, lists[exactIndex]?.docs.length ?? 0) : Infinity;
  // Completions and corrections count as one term: their rarity is that of their union, never above the word's own.
  const otherFrequency = lists.reduce((total, list, index) => (index === exactIndex ? total : total + list.docs.length), 0);
  const otherIdf = Math.min(exactIdf, inverseFrequency(documentCount, otherFrequency));
  const scores = emptyScores(documentCount);
  const passages = new Uint8Array(documentCount).fill(noPassage);
  const matchedTerms: string[] = [];
  let usedIdf = 0;
  let correction: { term: string; quality: number; frequency: number } | undefined;
  let asTyped = false;
  candidates.forEach((candidate, index) => {
    const list = lists[index];
    if (!list || list.docs.length === 0) return;
    matchedTerms.push(candidate.term);
    if (candidate.kind !== 'typo') asTyped = true;
    else if (!correction || candidate.quality > correction.quality || (candidate.quality === correction.quality && list.docs.length > correction.frequency)) {
      correction = { term: candidate.term, quality: candidate.quality, frequency: list.docs.length };
    }
    const idf = index === exactIndex ? exactIdf : otherIdf;
    usedIdf = Math.max(usedIdf, idf);
    const weight = candidate.quality * idf;
    for (let position = 0; position < list.docs.length; position += 1) {
      const doc = list.docs[position] ?? 0;
      raise(scores, doc, weight * fieldWeight(list.flags[position] ?? 0, relativeLengths?.[doc] ?? 1));
      passages[doc] = Math.min(passages[doc] ?? noPassage, list.passages[position] ?? 0);
    }
  });
  return { ...scores, idf: usedIdf, matchedTerms, correction: asTyped ? undefined : correction?.term, passages };
}

/** One way to satisfy a part of the query, scored: its weight and the scores of each of its words. */
export interface ScoredAlternative {
  /** 1 for what was typed, less for a synonym. */
  readonly weight: number;
  readonly words: readonly WordScores[];
}

/**
 * Per-document score of one part of the query: its best alternative, where an
 * alternative counts only in documents holding all its words; `ofType` are
 * the documents of the kinds of result the part names or asks for. The first
 * alternative is what was typed; a synonym never weighs more than it (when
 * its words are in the index): `startups` must not rank `startup` documents
 * first just because `startup` is rarer.
 */
export function scoreSlot(alternatives: readonly ScoredAlternative[], documentCount: number, ofType: readonly number[] = []): SparseScores {
  const best = emptyScores(documentCount);
  // The kind of result the part names: its documents match as if it were a word of their title.
  const typeScore = inverseFrequency(documentCount, ofType.length) * ranking.typeMatch;
  for (const doc of ofType) raise(best, doc, typeScore);
  // What was typed, or the phrase it stands for (weight 1): a synonym is never rarer than the rarest of them found.
  const typedIdfs = alternatives.filter((alternative) => alternative.weight >= 1 && alternative.words.every((word) => word.idf > 0)).map((alternative) => Math.max(...alternative.words.map((word) => word.idf)));
  const typedIdf = typedIdfs.length > 0 ? Math.max(...typedIdfs) : Infinity;
  for (const alternative of alternatives) {
    const perWord = alternative.words;
    const alternativeIdf = Math.max(...perWord.map((word) => word.idf));
    const cap = alternative.weight < 1 && alternativeIdf > typedIdf ? typedIdf / alternativeIdf : 1;
    const [first, ...rest] = perWord;
    if (!first) continue;
    const factor = (alternative.weight * cap) / perWord.length;
    for (const doc of first.docs) {
      let total = first.values[doc] ?? 0;
      let complete = true;
      for (const other of rest) {
        const value = other.values[doc] ?? 0;
        if (value === 0) {
          complete = false;
          break;
        }
        total += value;
      }
      if (complete) raise(best, doc, factor * total);
    }
  }
  return best;
}

/**
 * True when a part of the query was found only through corrections (no word
 * as typed, no phrase it stands for, no synonym): a guess at what the reader
 * meant, which should add to the documents holding it but not rule out the
 * others (`vaut` guessed as `faut` must not outrank every page about
 * `accompagnement`).
 */
export function foundOnlyByCorrection(alternatives: readonly ScoredAlternative[]): boolean {
  const guessed = alternatives.some((alternative) => alternative.words.some((word) => word.correction !== undefined));
  const sure = alternatives.some((alternative) => alternative.words.every((word) => word.idf > 0 && word.correction === undefined));
  return guessed && !sure;
}

/**
 * Combines the parts' scores into each document's score (`combineParts`).
 * `optional[i]` marks part `i` as a question word, which only adds; when
 * every part is one, all count as required.
 */
export function combineSlots(slots: readonly SparseScores[], optional: readonly boolean[], documentCount: number): SparseScores {
  const seen = new Uint8Array(documentCount);
  const documents: number[] = [];
  for (const scores of slots) {
    for (const doc of scores.docs) {
      if (seen[doc]) continue;
      seen[doc] = 1;
      documents.push(doc);
    }
  }
  const allOptional = optional.every(Boolean);
  const combined = emptyScores(documentCount);
  const requiredScores: number[] = [];
  const optionalScores: number[] = [];
  for (const doc of documents) {
    requiredScores.length = 0;
    optionalScores.length = 0;
    slots.forEach((scores, index) => (!allOptional && optional[index] ? optionalScores : requiredScores).push(scores.values[doc] ?? 0));
    const score = combineParts(requiredScores, optionalScores);
    if (score > 0) raise(combined, doc, score);
  }
  return combined;
}

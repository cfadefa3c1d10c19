/**
 * Ranking policy, pure: how much a match weighs (as typed, completed or
 * corrected; in the title or the body; rare or common), how the words of a
 * query add up for a document, and which documents come first. No I/O: the
 * engine hands in candidates and postings, and gets scores back.
 */
import { postingFlags } from '../format';

/**
 * Ranking weights, in one place. A title match outweighs a body match; a
 * completion or correction weighs less than the word as typed.
 */
export const ranking = {
  /** Weight of a term found in the title, question or label… */
  title: 3,
  /** …×1.25 when the body repeats it. */
  repeated: 1.25,
  /**
   * A term found in the body only weighs as in BM25, counting a repeated term
   * twice: `tf × (k1 + 1) / (tf + k1 × (1 − b + b × length / average length))`,
   * 1 for a term found once in a text of average length; `b` says how much
   * a long text is discounted.
   */
  k1: 1.2,
  lengthB: 0.75,
  /** Quality of a completion: `prefixBase + prefixSpan × typed/complete length`. */
  prefixBase: 0.55,
  prefixSpan: 0.35,
  /** Quality of a correction with one and with two typos. */
  oneTypo: 0.55,
  twoTypos: 0.4,
  /** Share of a correction's quality lost per letter of length difference with the word typed. */
  lengthPenalty: 0.05,
  /** Completions tried per word, shortest first. */
  maxCompletions: 40,
  /** Letters a finished, known word may gain as a completion (`critere` → `criteres`, `valeur` → `valeurs`). */
  closeFormLetters: 2,
  /** « Vouliez-vous dire »: letters a suggested term may have beyond the word typed (an unfinished word). */
  looseLengthReach: 12,
  /** Bonus factor for documents holding every part of a query of two or more parts. */
  allPartsBonus: 1.5,
  /**
   * Field weight of a document's type when the query names it (« communiqué »,
   * « FAQ ») or asks for it (« quand » → key dates): as if the kind were a
   * word of its text, so a page titled with the word still comes first…
   */
  typeMatch: 1,
  /** …and the factor that then favours every matching document of that type. */
  typeBoost: 1.5,
  /** Share of a question word's score that counts: it steers, the other words decide. */
  question: 0.5,
  /** Best results whose text is read to rescore them by how close together the query's words are. */
  rescoreDepth: 10,
  /** Largest bonus factor for the query's words side by side… */
  proximity: 0.5,
  /** …falling to nothing when this many other words separate them. */
  proximityReach: 8,
} as const;

/** Quality of a completion of `typed` into `term`. */
export function prefixQuality(typed: string, term: string): number {
  return ranking.prefixBase + ranking.prefixSpan * (typed.length / term.length);
}

/**
 * Quality of a correction of `typed` into `term` with `errors` typing errors:
 * among equal corrections, the one as long as the word typed is preferred.
 */
export function correctionQuality(errors: number, typed: string, term: string): number {
  const base = errors <= 1 ? ranking.oneTypo : ranking.twoTypos;
  return base * (1 - ranking.lengthPenalty * Math.abs(term.length - typed.length));
}

/** BM25 weight of a term found `frequency` times in a body `relativeLength` times as long as the average. */
export function bodyWeight(frequency: number, relativeLength: number): number {
  return (frequency * (ranking.k1 + 1)) / (frequency + ranking.k1 * (1 - ranking.lengthB + ranking.lengthB * relativeLength));
}

/**
 * Weight of a posting's flags in a document `relativeLength` times as long
 * as the average: a title term weighs `title`, ×`repeated` when the body
 * repeats it (the document is about it); a body term, its BM25 weight,
 * counting a repeated term twice.
 */
export function fieldWeight(flags: number, relativeLength = 1): number {
  const repeated = (flags & postingFlags.repeated) !== 0;
  if (flags & postingFlags.title) return repeated ? ranking.title * ranking.repeated : ranking.title;
  return bodyWeight(repeated ? 2 : 1, relativeLength);
}

/** Inverse document frequency: rare terms weigh more. */
export function inverseFrequency(documentCount: number, frequency: number): number {
  return Math.log(1 + documentCount / Math.max(1, frequency));
}

/**
 * Combines the scores of the query's parts for one document: the sum,
 * scaled by the share of required parts present (squared), with a bonus when
 * all are. Optional parts (question words) only add a share of their score.
 */
export function combineParts(required: readonly number[], optional: readonly number[] = []): number {
  const present = required.filter((score) => score > 0);
  const extra = optional.reduce((total, score) => total + score, 0) * ranking.question;
  if (required.length === 0) return extra;
  if (present.length === 0) return 0;
  const sum = present.reduce((total, score) => total + score, 0);
  const share = present.length / required.length;
  const bonus = required.length > 1 && present.length === required.length ? ranking.allPartsBonus : 1;
  return (sum + extra) * share * share * bonus;
}

/**
 * Factor for a document whose text holds `parts` distinct parts of the query
 * within `span` words (stop words aside): ×(1 + proximity) side by side,
 * falling linearly to ×1 when `proximityReach` other words separate them.
 */
export function proximityFactor(parts: number, span: number): number {
  if (parts < 2) return 1;
  const between = span - parts;
  return 1 + ranking.proximity * Math.max(0, 1 - between / ranking.proximityReach);
}

/** Scores per document id (0: no match), and the documents that have one, in no order. */
export interface SparseScores {
  readonly values: Float64Array;
  readonly docs: number[];
}

/** Empty scores over `documentCount` documents. */
export function emptyScores(documentCount: number): SparseScores {
  return { values: new Float64Array(documentCount), docs: [] };
}

/** Sets `scores[doc]` to `score` when higher, recording the document the first time. */
export function raise(scores: SparseScores, doc: number, score: number): void {
  const current = scores.values[doc] ?? 0;
  if (current === 0) scores.docs.push(doc);
  if (score > current) scores.values[doc] = score;
}

/** Multiplies the scores of `docs` that matched by `factor` (each document once). */
export function boost(scores: SparseScores, docs: Iterable<number>, factor: number): void {
  for (const doc of new Set(docs)) {
    const value = scores.values[doc] ?? 0;
    if (value > 0) scores.values[doc] = value * factor;
  }
}

/** The `limit` best documents, best first; equal scores in document order. */
export function topDocuments(scores: SparseScores, limit: number): [doc: number, score: number][] {
  const top: [number, number][] = [];
  const better = (a: [number, number], b: [number, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (const doc of scores.docs) {
    const entry: [number, number] = [doc, scores.values[doc] ?? 0];
    if (top.length === limit && !better(entry, top[top.length - 1] ?? entry)) continue;
    let index = top.length;
    while (index > 0 && better(entry, top[index - 1] ?? entry)) index -= 1;
    top.splice(index, 0, entry);
    if (top.length > limit) top.pop();
  }
  return top;
}

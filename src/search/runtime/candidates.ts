/**
 * Candidate terms: the index terms a typed word may mean. The word itself,
 * its completions, and, when it is not an index term, its corrections,
 * looked for only in the vocabulary buckets a word within reach can be in,
 * among the terms of a length within reach: a few hundred short strings per
 * word, never full texts. One measure of typos throughout: `typingErrors`
 * (docs/search.md says why it replaced fuse.js here).
 */
import { shardKey } from '../format';
import { allowedTypos, typingErrors } from '../normalize';
import { groupTerms, type IndexReader, type TermList } from './index-reader';
import type { WordComparator } from './query';
import { correctionQuality, prefixQuality, ranking } from './ranking';

/** How an index term matched a query word. */
export type MatchKind = 'exact' | 'prefix' | 'typo';

/** An index term a query word may mean. */
export interface TermCandidate {
  readonly id: number;
  readonly term: string;
  readonly kind: MatchKind;
  /** 1 for the word itself, less for a completion or a correction. */
  readonly quality: number;
}

/** Index of the first element of sorted `values` that is ≥ `target`. */
function lowerBound(values: readonly string[], target: string): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? '') < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * `word` itself when `list` (the terms of its first letter) holds it, and its
 * completions: from 3 letters, or 2 for the word being typed; at most
 * `ranking.maxCompletions`, shortest first. A finished word that is an index
 * term only takes its close forms (plurals, feminines): `valeur` → `valeurs`,
 * not every longer word it starts.
 */
export function exactAndCompletions(list: TermList, word: string, isLast: boolean): TermCandidate[] {
  const { terms, ids } = list;
  const found: TermCandidate[] = [];
  let index = lowerBound(terms, word);
  const exact = terms[index] === word;
  if (exact) {
    found.push({ id: ids[index] ?? -1, term: word, kind: 'exact', quality: 1 });
    index += 1;
  }
  if (word.length >= 3 || (isLast && word.length >= 2)) {
    const longest = exact && !isLast ? word.length + ranking.closeFormLetters : Infinity;
    const completions: TermCandidate[] = [];
    for (; index < terms.length && (terms[index] ?? '').startsWith(word); index += 1) {
      const term = terms[index] ?? '';
      if (term.length > longest) continue;
      completions.push({ id: ids[index] ?? -1, term, kind: 'prefix', quality: prefixQuality(word, term) });
    }
    completions.sort((a, b) => a.term.length - b.term.length || a.id - b.id);
    found.push(...completions.slice(0, ranking.maxCompletions));
  }
  return found;
}

/** A correction found in a bucket. */
export interface Correction {
  readonly id: number;
  readonly term: string;
  readonly errors: number;
}

/** A bucket of vocabulary terms, grouped by length on first use. */
class TermBucket {
  private byLength: Map<number, TermList> | undefined;

  constructor(private readonly list: TermList) {}

  /**
   * Terms of exactly `length` letters within `typos` typing errors of `word`
   * (`typingErrors`: a swap of neighbouring letters is one error); only those
   * whose second letter is in `secondLetters` when given.
   */
  corrections(word: string, length: number, typos: number, secondLetters?: string, prefix = false): Correction[] {
    this.byLength ??= groupTerms(this.list, (term) => term.length);
    const { terms, ids } = this.byLength.get(length) ?? { terms: [], ids: [] };
    const found: Correction[] = [];
    terms.forEach((term, index) => {
      if (secondLetters !== undefined && !secondLetters.includes(term[1] ?? ' ')) return;
      const errors = typingErrors(word, term, typos, prefix);
      if (errors <= typos) found.push({ id: ids[index] ?? -1, term, errors });
    });
    return found;
  }
}

/**
 * How far a typed word is from a synonym's word: the typing errors between
 * them, within `allowedTypos`; or, for the word being typed, half an error
 * when it is its beginning (4 letters or more); else `Infinity`.
 */
export const synonymWordMatch: WordComparator = (typed, term, isLast) => {
  if (typed === term) return 0;
  if (isLast && typed.length >= 4 && term.startsWith(typed)) return 0.5;
  const typos = allowedTypos(typed.length);
  const errors = typos > 0 ? typingErrors(typed, term, typos) : Infinity;
  return errors <= typos ? errors : Infinity;
};

/** Finds the candidate terms of query words in one index, remembering each word's. */
export class CandidateSearch {
  private readonly found = new Map<string, Promise<TermCandidate[]>>();
  private readonly buckets = new WeakMap<TermList, TermBucket>();

  constructor(private readonly reader: IndexReader) {}

  /**
   * The index terms `word` may mean: itself, its completions, and, when it is
   * not an index term and `corrections` is on, the terms within
   * `allowedTypos` typing errors (see `addCorrections` for where). `isLast`:
   * the word being typed, which completes from 2 letters. A synonym's words
   * are looked up without corrections: the reader typed something else, so a
   * synonym that is not in the index must not turn into a lookalike
   * (`echeance` into `echange`).
   */
  find(word: string, isLast: boolean, corrections = true): Promise<TermCandidate[]> {
    const key = `${isLast ? 1 : 0}${corrections ? 1 : 0}${word}`;
    let found = this.found.get(key);
    if (!found) {
      found = this.search(word, isLast, corrections);
      this.found.set(key, found);
    }
    return found;
  }

  private async search(word: string, isLast: boolean, corrections: boolean): Promise<TermCandidate[]> {
    const result = new Map<number, TermCandidate>();
    const own = await this.reader.firstLetterTerms(shardKey(word[0]));
    if (own) for (const candidate of exactAndCompletions(own, word, isLast)) result.set(candidate.id, candidate);
    const typos = corrections ? allowedTypos(word.length) : 0;
    const hasExact = [...result.values()].some((candidate) => candidate.kind === 'exact');
    if (typos > 0 && !hasExact) await this.addCorrections(word, typos, result);
    // Nothing at all: a short word gets one more error rather than no result (`davbeb` for `davabebi`).
    if (result.size === 0 && typos === 1) await this.addCorrections(word, 2, result);
    return [...result.values()];
  }

  /** Adds to `result` the index terms within `typos` typing errors of `word`. */
  private async addCorrections(word: string, typos: number, result: Map<number, TermCandidate>): Promise<void> {
    for (const [bucket, secondLetters] of await this.reachable(word)) {
      for (let length = word.length - typos; length <= word.length + typos; length += 1) {
        for (const match of bucket.corrections(word, length, typos, secondLetters)) {
          if (result.has(match.id)) continue;
          result.set(match.id, { id: match.id, term: match.term, kind: 'typo', quality: correctionQuality(match.errors, word, match.term) });
        }
      }
    }
  }

  /**
   * For « Vouliez-vous dire », when a word finds nothing at all: the index
   * terms within one error more than `allowedTypos` of it or of their
   * beginning (an unfinished word with a typo: `cybrsec`), fewest errors first.
   * The same measure and the same buckets as corrections (docs/search.md
   * says why not fuse.js).
   */
  async looseCorrections(word: string): Promise<Correction[]> {
    const typos = allowedTypos(word.length) + 1;
    const found = new Map<number, Correction>();
    for (const [bucket, secondLetters] of await this.reachable(word)) {
      for (let length = Math.max(1, word.length - typos); length <= word.length + ranking.looseLengthReach; length += 1) {
        for (const match of bucket.corrections(word, length, typos, secondLetters, true)) found.set(match.id, match);
      }
    }
    return [...found.values()].sort((a, b) => a.errors - b.errors || a.id - b.id);
  }

  /** The vocabulary buckets a word within reach of `word` can be in, each with the second letters it may have there. */
  private async reachable(word: string): Promise<[TermBucket, string | undefined][]> {
    const [a, b, c] = [shardKey(word[0]), shardKey(word[1]), shardKey(word[2])];
    // Where a word within `typos` errors can be: same first letter; or first letter typed second
    // (an extra or swapped first letter: its second letter is the word's first or third);
    // or same second and third letters (wrong first letter), or shifted by one (missing first letter).
    const [sameFirst, shiftedFirst, samePair, shiftedPair] = await Promise.all([
      this.reader.firstLetterTerms(a),
      b === a ? undefined : this.reader.firstLetterTerms(b),
      this.reader.letterPairTerms(b + c),
      this.reader.letterPairTerms(a + b),
    ]);
    const searches: [TermList | undefined, string | undefined][] = [
      [sameFirst, undefined],
      [shiftedFirst, a + c],
      [samePair, undefined],
      [shiftedPair, undefined],
    ];
    return searches.flatMap(([list, secondLetters]): [TermBucket, string | undefined][] => (list ? [[this.bucket(list), secondLetters]] : []));
  }

  /** The bucket over `list`, made once. */
  private bucket(list: TermList): TermBucket {
    let bucket = this.buckets.get(list);
    if (!bucket) {
      bucket = new TermBucket(list);
      this.buckets.set(list, bucket);
    }
    return bucket;
  }
}

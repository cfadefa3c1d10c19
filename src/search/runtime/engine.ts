/**
 * The search engine that runs in the browser (and in Node for tests and the
 * benchmark). fuse.js does the fuzzy part, over the vocabulary only — a few
 * thousand short terms, never full texts — to map each typed word to the
 * index terms it may mean; the postings then give the documents, scored with
 * field weights and a bonus for documents holding every word.
 *
 * Files are read through an `IndexSource`, lazily: the manifest, then the
 * vocabulary shards, postings and display data a query needs, each once.
 */
import Fuse from 'fuse.js/basic';
import type { Locale } from '../../i18n/locales';
import {
  indexPaths,
  pairKey,
  postingFlags,
  shardKey,
  type DocumentShard,
  type FirstLetterShard,
  type IndexManifest,
  type PostingsShard,
  type ResultDate,
  type SearchResultType,
  type SecondLetterShard,
  type StoredDocument,
} from '../format';
import { allowedTypos, typingErrors } from '../normalize';
import { parseQuery, type CompiledSynonyms, type ParsedQuery, type WordComparator } from './query';

/** Where index files come from: `fetch` in the browser, a map in tests. */
export interface IndexSource {
  /** Reads the JSON file at `path`, relative to `/search/<lang>/`. */
  read(path: string): Promise<unknown>;
}

/** One result. */
export interface SearchHit {
  readonly type: SearchResultType;
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
  readonly date: ResultDate | undefined;
  readonly score: number;
}

/** What a search returns. */
export interface SearchResponse {
  /** The best results, best first (at most `limit`). */
  readonly hits: readonly SearchHit[];
  /** How many documents matched. */
  readonly total: number;
  /** Index terms the query matched, for highlighting. */
  readonly matchedTerms: ReadonlySet<string>;
}

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

/**
 * Ranking weights, in one place so the tests can state them. A title match
 * outweighs a body match; a completion or correction weighs less than the
 * word as typed.
 */
export const ranking = {
  /** Weight of a term found in the title, question or label. */
  title: 3,
  /** Weight of a term found in the body only. */
  body: 1,
  /** Extra factor when the term occurs twice or more in the body. */
  repeated: 1.25,
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
  /** Bonus factor for documents holding every part of a query of two or more parts. */
  allPartsBonus: 1.5,
} as const;

/** Quality of a completion of `typed` into `term`. */
export function prefixQuality(typed: string, term: string): number {
  return ranking.prefixBase + ranking.prefixSpan * (typed.length / term.length);
}

/** Weight of a posting's flags. */
export function fieldWeight(flags: number): number {
  const base = flags & postingFlags.title ? ranking.title : ranking.body;
  return flags & postingFlags.repeated ? base * ranking.repeated : base;
}

/** Inverse document frequency: rare terms weigh more. */
export function inverseFrequency(documentCount: number, frequency: number): number {
  return Math.log(1 + documentCount / Math.max(1, frequency));
}

/**
 * Combines the scores of the query's parts for one document: the sum,
 * scaled by the share of required parts present (squared), with a bonus when
 * all are. Optional parts (question words) only add their score.
 */
export function combineParts(required: readonly number[], optional: readonly number[] = []): number {
  const present = required.filter((score) => score > 0);
  const extra = optional.reduce((total, score) => total + score, 0);
  if (required.length === 0) return extra;
  if (present.length === 0) return 0;
  const sum = present.reduce((total, score) => total + score, 0);
  const share = present.length / required.length;
  const bonus = required.length > 1 && present.length === required.length ? ranking.allPartsBonus : 1;
  return (sum + extra) * share * share * bonus;
}

/** A group of vocabulary terms with their ids, and fuse.js instances per term length, built on demand. */
class TermBucket {
  private readonly fuses = new Map<string, { fuse: Fuse<string>; ids: number[] }>();

  constructor(
    readonly terms: readonly string[],
    readonly ids: readonly number[],
  ) {}

  /**
   * Terms of exactly `length` letters within `typos` typing errors of `word`;
   * only those whose second letter is in `secondLetters` when given. fuse.js
   * finds candidates with one error to spare (its bitap counts a swap of
   * neighbouring letters as two); those are kept only if they are a swap away.
   */
  corrections(word: string, length: number, typos: number, secondLetters?: string): { id: number; term: string; errors: number }[] {
    const threshold = (typos + 1) / word.length + 0.001;
    const key = `${length}:${secondLetters ?? ''}:${threshold}`;
    let entry = this.fuses.get(key);
    if (!entry) {
      const terms: string[] = [];
      const ids: number[] = [];
      this.terms.forEach((term, index) => {
        if (term.length === length && (secondLetters === undefined || secondLetters.includes(term[1] ?? ' '))) {
          terms.push(term);
          ids.push(this.ids[index] ?? -1);
        }
      });
      // Terms are folded already: no case or accent work per comparison. Bitap scores errors / word length.
      entry = { fuse: new Fuse(terms, { threshold, ignoreLocation: true, includeScore: true, isCaseSensitive: true, shouldSort: false }), ids };
      this.fuses.set(key, entry);
    }
    const { fuse, ids } = entry;
    const found: { id: number; term: string; errors: number }[] = [];
    for (const result of fuse.search(word)) {
      let errors = Math.round((result.score ?? 1) * word.length);
      if (errors > typos) errors = typingErrors(word, result.item, typos);
      if (errors <= typos) found.push({ id: ids[result.refIndex] ?? -1, term: result.item, errors });
    }
    return found;
  }
}

/**
 * Whether a typed word stands for a synonym's word: within `allowedTypos`
 * (fuse.js), or, for the word being typed, its beginning (4 letters or more).
 */
export const synonymWordMatch: WordComparator = (typed, term, isLast) => {
  if (isLast && typed.length >= 4 && term.startsWith(typed)) return true;
  const typos = allowedTypos(typed.length);
  if (typos === 0 || Math.abs(typed.length - term.length) > typos) return false;
  const result = Fuse.match(typed, term, { threshold: (typos + 1) / typed.length + 0.001, ignoreLocation: true, isCaseSensitive: true });
  if (!result.isMatch) return false;
  return Math.round(result.score * typed.length) <= typos || typingErrors(typed, term, typos) <= typos;
};

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

/** Scores per document id (0: no match), and the documents that have one, in no order. */
export interface SparseScores {
  readonly values: Float64Array;
  readonly docs: number[];
}

/** A query word's score per document, and the rarity it was weighted with. */
interface WordScores extends SparseScores {
  readonly idf: number;
}

/** Sets `scores[doc]` to `score` when higher, recording the document the first time. */
function raise(scores: SparseScores, doc: number, score: number): void {
  const current = scores.values[doc] ?? 0;
  if (current === 0) scores.docs.push(doc);
  if (score > current) scores.values[doc] = score;
}

/** A decoded postings list. */
interface Postings {
  readonly docs: Int32Array;
  readonly flags: Uint8Array;
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

/** Decodes `(delta × 4 + flags)` values. */
export function decodePostings(encoded: readonly number[]): Postings {
  const docs = new Int32Array(encoded.length);
  const flags = new Uint8Array(encoded.length);
  let doc = 0;
  encoded.forEach((value, index) => {
    doc += Math.floor(value / 4);
    docs[index] = doc;
    flags[index] = value % 4;
  });
  return { docs, flags };
}

/** Searches one language's index. Create with `SearchEngine.open`. */
export class SearchEngine {
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly firstLetter = new Map<string, Promise<{ sorted: TermBucket; offset: number }>>();
  private readonly secondLetters = new Map<string, Promise<TermBucket>>();
  private readonly postings = new Map<number, Postings>();
  private readonly candidateCache = new Map<string, Promise<TermCandidate[]>>();
  private readonly keys: ReadonlySet<string>;
  private readonly pairs: ReadonlySet<string>;

  private constructor(
    private readonly source: IndexSource,
    readonly manifest: IndexManifest,
    private readonly synonyms: CompiledSynonyms,
  ) {
    this.keys = new Set(manifest.k ?? []);
    this.pairs = new Set(manifest.s ?? []);
    if (manifest.t !== undefined) this.splitInlineVocabulary(manifest.t);
  }

  /** Opens the index behind `source` (reads its manifest). */
  static async open(source: IndexSource, synonyms: CompiledSynonyms): Promise<SearchEngine> {
    const manifest = (await source.read(indexPaths.manifest)) as IndexManifest;
    return new SearchEngine(source, manifest, synonyms);
  }

  /** The language of the index. */
  get lang(): Locale {
    return this.manifest.lang;
  }

  /** Reads a file once. */
  private read<T>(path: string): Promise<T> {
    let file = this.files.get(path);
    if (!file) {
      file = this.source.read(path);
      this.files.set(path, file);
    }
    return file as Promise<T>;
  }

  /** Groups an inline vocabulary into the same buckets the shards would give. */
  private splitInlineVocabulary(text: string): void {
    const vocabulary = text === '' ? [] : text.split(' ');
    const first = new Map<string, { offset: number; terms: string[] }>();
    const pairs = new Map<string, { terms: string[]; ids: number[] }>();
    vocabulary.forEach((term, id) => {
      const key = shardKey(term[0]);
      const group = first.get(key) ?? { offset: id, terms: [] };
      group.terms.push(term);
      first.set(key, group);
      const pair = pairKey(term);
      const pairGroup = pairs.get(pair) ?? { terms: [], ids: [] };
      pairGroup.terms.push(term);
      pairGroup.ids.push(id);
      pairs.set(pair, pairGroup);
    });
    for (const [key, group] of first) {
      const ids = group.terms.map((_, index) => group.offset + index);
      this.firstLetter.set(key, Promise.resolve({ sorted: new TermBucket(group.terms, ids), offset: group.offset }));
    }
    for (const [pair, group] of pairs) this.secondLetters.set(pair, Promise.resolve(new TermBucket(group.terms, group.ids)));
  }

  /** Terms starting with the letter `key`, sorted. */
  private firstLetterBucket(key: string): Promise<{ sorted: TermBucket; offset: number }> | undefined {
    let bucket = this.firstLetter.get(key);
    if (!bucket && this.keys.has(key)) {
      bucket = this.read<FirstLetterShard>(indexPaths.firstLetter(this.manifest.h, key)).then((shard) => {
        const terms = shard.t === '' ? [] : shard.t.split(' ');
        return { sorted: new TermBucket(terms, terms.map((_, index) => shard.o + index)), offset: shard.o };
      });
      this.firstLetter.set(key, bucket);
    }
    return bucket;
  }

  /** Terms whose second and third letters are `pair`. */
  private secondLettersBucket(pair: string): Promise<TermBucket> | undefined {
    let bucket = this.secondLetters.get(pair);
    if (!bucket && this.pairs.has(pair)) {
      bucket = this.read<SecondLetterShard>(indexPaths.secondLetters(this.manifest.h, pair)).then((shard) => {
        let id = 0;
        return new TermBucket(shard.t === '' ? [] : shard.t.split(' '), shard.i.map((delta) => (id += delta)));
      });
      this.secondLetters.set(pair, bucket);
    }
    return bucket;
  }

  /**
   * The index terms `word` may mean: itself, its completions (from 3 letters,
   * or 2 for the word being typed), and, when it is not an index term, the
   * terms within `allowedTypos` typing errors. Typos are looked for among
   * the terms with the same first letter and, for a wrong, missing, extra or
   * swapped first letter, among those whose first letters line up with the
   * word's once shifted by one (see `findCandidates`).
   */
  candidates(word: string, isLast: boolean): Promise<TermCandidate[]> {
    const cacheKey = `${isLast ? 1 : 0}${word}`;
    let found = this.candidateCache.get(cacheKey);
    if (!found) {
      found = this.findCandidates(word, isLast);
      this.candidateCache.set(cacheKey, found);
    }
    return found;
  }

  private async findCandidates(word: string, isLast: boolean): Promise<TermCandidate[]> {
    const result = new Map<number, TermCandidate>();
    const own = await this.firstLetterBucket(shardKey(word[0]));
    if (own) {
      const terms = own.sorted.terms;
      let index = lowerBound(terms, word);
      if (terms[index] === word) {
        result.set(own.offset + index, { id: own.offset + index, term: word, kind: 'exact', quality: 1 });
        index += 1;
      }
      if (word.length >= 3 || (isLast && word.length >= 2)) {
        // A finished word that is an index term only takes its close forms (plurals, feminines):
        // `valeur` → `valeurs`, not every longer word it starts.
        const exact = result.size > 0;
        const longest = exact && !isLast ? word.length + ranking.closeFormLetters : Infinity;
        const completions: TermCandidate[] = [];
        for (; index < terms.length && (terms[index] ?? '').startsWith(word); index += 1) {
          const term = terms[index] ?? '';
          if (term.length > longest) continue;
          completions.push({ id: own.offset + index, term, kind: 'prefix', quality: prefixQuality(word, term) });
        }
        completions.sort((a, b) => a.term.length - b.term.length || a.id - b.id);
        for (const candidate of completions.slice(0, ranking.maxCompletions)) result.set(candidate.id, candidate);
      }
    }
    const typos = allowedTypos(word.length);
    const hasExact = [...result.values()].some((candidate) => candidate.kind === 'exact');
    if (typos > 0 && !hasExact) await this.addCorrections(word, typos, result);
    // Nothing at all: a short word gets one more error rather than no result (`davbeb` for `davabebi`).
    if (result.size === 0 && typos === 1) await this.addCorrections(word, 2, result);
    return [...result.values()];
  }

  /** Adds to `result` the index terms within `typos` typing errors of `word`. */
  private async addCorrections(word: string, typos: number, result: Map<number, TermCandidate>): Promise<void> {
    const [a, b, c] = [shardKey(word[0]), shardKey(word[1]), shardKey(word[2])];
    // Where a word within `typos` errors can be: same first letter; or first letter typed second
    // (an extra or swapped first letter: its second letter is the word's first or third);
    // or same second and third letters (wrong first letter), or shifted by one (missing first letter).
    const [sameFirst, shiftedFirst, samePair, shiftedPair] = await Promise.all([
      this.firstLetterBucket(a),
      b === a ? undefined : this.firstLetterBucket(b),
      this.secondLettersBucket(b + c),
      this.secondLettersBucket(a + b),
    ]);
    const searches: [TermBucket | undefined, string | undefined][] = [
      [sameFirst?.sorted, undefined],
      [shiftedFirst?.sorted, a + c],
      [samePair, undefined],
      [shiftedPair, undefined],
    ];
    for (const [bucket, secondLetters] of searches) {
      if (!bucket) continue;
      for (let length = word.length - typos; length <= word.length + typos; length += 1) {
        for (const match of bucket.corrections(word, length, typos, secondLetters)) {
          if (result.has(match.id)) continue;
          const base = match.errors <= 1 ? ranking.oneTypo : ranking.twoTypos;
          // Among equal corrections, prefer the one as long as the word typed.
          const quality = base * (1 - ranking.lengthPenalty * Math.abs(match.term.length - word.length));
          result.set(match.id, { id: match.id, term: match.term, kind: 'typo', quality });
        }
      }
    }
  }

  /** The postings of term `id`. */
  private async postingsOf(id: number): Promise<Postings> {
    const cached = this.postings.get(id);
    if (cached) return cached;
    const starts = this.manifest.p;
    // Last shard starting at or before `id`.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((starts[middle] ?? Infinity) <= id) low = middle;
      else high = middle - 1;
    }
    const shard = low;
    const file = await this.read<PostingsShard>(indexPaths.postings(this.manifest.h, shard));
    const decoded = decodePostings(file.p[id - file.o] ?? []);
    this.postings.set(id, decoded);
    return decoded;
  }

  /**
   * Per-document score of one query word: its best candidate, weighted by
   * field and rarity; with the rarity used (`idf`, 0 when nothing matched).
   */
  private async wordScores(word: string, isLast: boolean, matched: Set<string>): Promise<WordScores> {
    const candidates = await this.candidates(word, isLast);
    const lists = await Promise.all(candidates.map((candidate) => this.postingsOf(candidate.id)));
    const n = this.manifest.n;
    const exactIndex = candidates.findIndex((candidate) => candidate.kind === 'exact');
    const exactIdf = exactIndex >= 0 ? inverseFrequency(n, lists[exactIndex]?.docs.length ?? 0) : Infinity;
    // Completions and corrections count as one term: their rarity is that of their union, never above the word's own.
    const otherFrequency = lists.reduce((total, list, index) => (index === exactIndex ? total : total + list.docs.length), 0);
    const otherIdf = Math.min(exactIdf, inverseFrequency(n, otherFrequency));
    const scores: SparseScores = { values: new Float64Array(n), docs: [] };
    let usedIdf = 0;
    candidates.forEach((candidate, index) => {
      const list = lists[index];
      if (!list || list.docs.length === 0) return;
      matched.add(candidate.term);
      const idf = index === exactIndex ? exactIdf : otherIdf;
      usedIdf = Math.max(usedIdf, idf);
      const weight = candidate.quality * idf;
      for (let position = 0; position < list.docs.length; position += 1) {
        raise(scores, list.docs[position] ?? 0, weight * fieldWeight(list.flags[position] ?? 0));
      }
    });
    return { ...scores, idf: usedIdf };
  }

  /** Scores every matching document for a parsed query. */
  async scoreDocuments(parsed: ParsedQuery, matched: Set<string>): Promise<SparseScores> {
    const n = this.manifest.n;
    const wordCache = new Map<string, Promise<WordScores>>();
    const scoresOf = (word: string) => {
      const isLast = word === parsed.lastTerm;
      const key = `${isLast ? 1 : 0}${word}`;
      let scores = wordCache.get(key);
      if (!scores) {
        scores = this.wordScores(word, isLast, matched);
        wordCache.set(key, scores);
      }
      return scores;
    };
    const slotScores = await Promise.all(
      parsed.slots.map(async (slot) => {
        const best: SparseScores = { values: new Float64Array(n), docs: [] };
        // A synonym never weighs more than the words typed (when those are in the index): `startups`
        // must not rank `startup` documents first just because `startup` is rarer.
        const typed = await Promise.all((slot.alternatives[0]?.terms ?? []).map(scoresOf));
        const typedIdf = typed.every((word) => word.idf > 0) ? Math.max(...typed.map((word) => word.idf)) : Infinity;
        for (const alternative of slot.alternatives) {
          const perWord = await Promise.all(alternative.terms.map(scoresOf));
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
      }),
    );
    const seen = new Uint8Array(n);
    const documents: number[] = [];
    for (const scores of slotScores) {
      for (const doc of scores.docs) {
        if (seen[doc]) continue;
        seen[doc] = 1;
        documents.push(doc);
      }
    }
    // Question words are optional unless the query has nothing else.
    const allOptional = parsed.slots.every((slot) => slot.optional);
    const optionalSlots = parsed.slots.map((slot) => !allOptional && slot.optional);
    const combined: SparseScores = { values: new Float64Array(n), docs: [] };
    const required: number[] = [];
    const optional: number[] = [];
    for (const doc of documents) {
      required.length = 0;
      optional.length = 0;
      slotScores.forEach((scores, index) => (optionalSlots[index] ? optional : required).push(scores.values[doc] ?? 0));
      const score = combineParts(required, optional);
      if (score > 0) raise(combined, doc, score);
    }
    return combined;
  }

  /** Display data of document `id`. */
  private async document(id: number): Promise<StoredDocument | undefined> {
    const shard = Math.floor(id / this.manifest.ds);
    const file = await this.read<DocumentShard>(indexPaths.documents(this.manifest.h, shard));
    return file.d[id - file.o];
  }

  /** Searches `text`; returns the best `limit` results. */
  async search(text: string, limit = 20): Promise<SearchResponse> {
    const parsed = parseQuery(text, this.lang, this.synonyms, synonymWordMatch);
    const matchedTerms = new Set<string>();
    if (parsed.slots.length === 0) return { hits: [], total: 0, matchedTerms };
    const scores = await this.scoreDocuments(parsed, matchedTerms);
    const ranked = topDocuments(scores, limit);
    const stored = await Promise.all(ranked.map(([id]) => this.document(id)));
    const hits: SearchHit[] = [];
    ranked.forEach(([, score], index) => {
      const document = stored[index];
      if (!document) return;
      const [type, title, url, excerpt, dateIso, dateText] = document;
      hits.push({ type, title, url, excerpt, date: dateIso ? { iso: dateIso, text: dateText } : undefined, score });
    });
    return { hits, total: scores.docs.length, matchedTerms };
  }
}

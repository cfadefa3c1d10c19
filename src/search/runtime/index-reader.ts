/**
 * Reads a language's index files (see `format.ts`) and decodes them into
 * named fields: the one place on the read side that knows the wire format's
 * one-letter keys. Each file is read once, when first needed, and kept.
 */
import type { Locale } from '../../i18n/locales';
import {
  indexPaths,
  pairKey,
  lengthOfCode,
  shardKey,
  typeOfCode,
  type FirstLetterShard,
  type IndexManifest,
  type PostingsShard,
  type ResultDate,
  type SearchResultType,
  type SecondLetterShard,
  type StoredDocument,
} from '../format';

/** Where index files come from: `fetch` in the browser, a map in tests. */
export interface IndexSource {
  /** Reads the JSON file at `path`, relative to `/search/<lang>/`. */
  read(path: string): Promise<unknown>;
}

/** The manifest, decoded. */
export interface IndexSummary {
  readonly lang: Locale;
  /** Content hash: the folder of every other file. */
  readonly hash: string;
  readonly documentCount: number;
  /** The type of each document, by id. */
  readonly types: readonly SearchResultType[];
  /** The length of each document's text over the average (1: an average text). */
  readonly relativeLengths: Float64Array;
  /** First term id of each postings file, ascending. */
  readonly postingsShardStarts: readonly number[];
  /** The whole sorted vocabulary when the manifest carries it, else `undefined`. */
  readonly vocabulary: readonly string[] | undefined;
  /** First letters that have a vocabulary file (when the vocabulary is not inline). */
  readonly firstLetterKeys: ReadonlySet<string>;
  /** Second-and-third-letter pairs that have a vocabulary file (when the vocabulary is not inline). */
  readonly letterPairKeys: ReadonlySet<string>;
}

/** A run of vocabulary terms, sorted, with their ids. */
export interface TermList {
  readonly terms: readonly string[];
  readonly ids: readonly number[];
}

/** A term's postings: the documents holding it, ascending, the flags of each (`postingFlags`) and the first passage holding it. */
export interface Postings {
  readonly docs: Int32Array;
  readonly flags: Uint8Array;
  readonly passages: Uint8Array;
}

/** What a result shows. */
export interface StoredResult {
  readonly type: SearchResultType;
  readonly title: string;
  readonly url: string;
  /** The first passage of the searched text; `passage(id, n)` reads the others. */
  readonly firstPassage: string;
  /** How many passages the text has. */
  readonly passages: number;
  readonly date: ResultDate | undefined;
}

/** Decodes `index.json`. */
export function decodeManifest(manifest: IndexManifest): IndexSummary {
  return {
    lang: manifest.lang,
    hash: manifest.h,
    documentCount: manifest.n,
    // An unknown code (an index newer than this code) reads as a page rather than failing.
    types: Array.from(manifest.ty, (code) => typeOfCode(code) ?? 'page'),
    relativeLengths: relativeLengths(manifest.ln),
    postingsShardStarts: runningSum(manifest.p),
    vocabulary: manifest.t === undefined ? undefined : splitTerms(manifest.t),
    firstLetterKeys: new Set(manifest.k ?? []),
    letterPairKeys: new Set(manifest.s ?? []),
  };
}

/** Values stored as differences from the previous one, added back up. */
function runningSum(deltas: readonly number[]): number[] {
  let total = 0;
  return deltas.map((delta) => (total += delta));
}

/** Each document's length over the average, from the manifest's `ln`. */
export function relativeLengths(codes: string): Float64Array {
  const lengths = Float64Array.from(codes, lengthOfCode);
  const average = lengths.reduce((total, length) => total + length, 0) / Math.max(1, lengths.length);
  return lengths.map((length) => (average > 0 ? length / average : 1));
}

/** Terms stored space-separated. */
function splitTerms(text: string): string[] {
  return text === '' ? [] : text.split(' ');
}

/** Decodes `delta × 16 + passage × 4 + flags` values (`encodePosting`). */
export function decodePostings(encoded: readonly number[]): Postings {
  const docs = new Int32Array(encoded.length);
  const flags = new Uint8Array(encoded.length);
  const passages = new Uint8Array(encoded.length);
  let doc = 0;
  encoded.forEach((value, index) => {
    doc += Math.floor(value / 16);
    docs[index] = doc;
    passages[index] = Math.floor(value / 4) % 4;
    flags[index] = value % 4;
  });
  return { docs, flags, passages };
}

/** The terms of `list` grouped by `keyOf`, each group in the list's order, with their ids. */
export function groupTerms<K>(list: TermList, keyOf: (term: string) => K): Map<K, TermList> {
  const groups = new Map<K, { terms: string[]; ids: number[] }>();
  list.terms.forEach((term, index) => {
    const key = keyOf(term);
    const group = groups.get(key) ?? { terms: [], ids: [] };
    group.terms.push(term);
    group.ids.push(list.ids[index] ?? -1);
    groups.set(key, group);
  });
  return groups;
}

/** Groups a whole vocabulary into the lists the first-letter and letter-pair files would give. */
export function groupVocabulary(vocabulary: readonly string[]): { firstLetter: Map<string, TermList>; letterPairs: Map<string, TermList> } {
  const list = { terms: vocabulary, ids: vocabulary.map((_, id) => id) };
  return { firstLetter: groupTerms(list, (term) => shardKey(term[0])), letterPairs: groupTerms(list, pairKey) };
}

/** Index of the last of ascending `starts` that is ≤ `id`. */
function shardOf(starts: readonly number[], id: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((starts[middle] ?? Infinity) <= id) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** One language's index, read lazily. Create with `IndexReader.open`. */
export class IndexReader {
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly firstLetter = new Map<string, Promise<TermList>>();
  private readonly letterPairs = new Map<string, Promise<TermList>>();
  private readonly postingsCache = new Map<number, Postings>();

  private constructor(
    private readonly source: IndexSource,
    readonly summary: IndexSummary,
  ) {
    if (summary.vocabulary === undefined) return;
    const groups = groupVocabulary(summary.vocabulary);
    for (const [key, list] of groups.firstLetter) this.firstLetter.set(key, Promise.resolve(list));
    for (const [pair, list] of groups.letterPairs) this.letterPairs.set(pair, Promise.resolve(list));
  }

  /** Opens the index behind `source` (reads its manifest). */
  static async open(source: IndexSource): Promise<IndexReader> {
    const manifest = (await source.read(indexPaths.manifest)) as IndexManifest;
    return new IndexReader(source, decodeManifest(manifest));
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

  /** Terms starting with the letter `key` (a contiguous run of the vocabulary), or `undefined` when none do. */
  firstLetterTerms(key: string): Promise<TermList> | undefined {
    let list = this.firstLetter.get(key);
    if (!list && this.summary.firstLetterKeys.has(key)) {
      list = this.read<FirstLetterShard>(indexPaths.firstLetter(this.summary.hash, key)).then((shard) => {
        const terms = splitTerms(shard.t);
        return { terms, ids: terms.map((_, index) => shard.o + index) };
      });
      this.firstLetter.set(key, list);
    }
    return list;
  }

  /** Terms whose second and third letters are `pair`, or `undefined` when none are. */
  letterPairTerms(pair: string): Promise<TermList> | undefined {
    let list = this.letterPairs.get(pair);
    if (!list && this.summary.letterPairKeys.has(pair)) {
      list = this.read<SecondLetterShard>(indexPaths.secondLetters(this.summary.hash, pair)).then((shard) => ({ terms: splitTerms(shard.t), ids: runningSum(shard.i) }));
      this.letterPairs.set(pair, list);
    }
    return list;
  }

  /** The postings of term `id`. */
  async postings(id: number): Promise<Postings> {
    const cached = this.postingsCache.get(id);
    if (cached) return cached;
    const shard = shardOf(this.summary.postingsShardStarts, id);
    const file = await this.read<PostingsShard>(indexPaths.postings(this.summary.hash, shard));
    const decoded = decodePostings(file.p[id - file.o] ?? []);
    this.postingsCache.set(id, decoded);
    return decoded;
  }

  /** What document `id` shows. */
  async document(id: number): Promise<StoredResult | undefined> {
    const type = this.summary.types[id];
    if (type === undefined) return undefined;
    const [title, url, dateIso, dateText, firstPassage, passages] = await this.read<StoredDocument>(indexPaths.document(this.summary.hash, id));
    return { type, title, url, firstPassage, passages, date: dateIso ? { iso: dateIso, text: dateText } : undefined };
  }

  /** Passage `passage` of document `id`'s text (0: the first, read with the document). */
  async passage(id: number, passage: number): Promise<string> {
    if (passage === 0) return (await this.document(id))?.firstPassage ?? '';
    return this.read<string>(indexPaths.passage(this.summary.hash, id, passage));
  }
}

/**
 * The search index as files: what `index-build.ts` writes at build time and
 * `runtime/index-reader.ts` reads in the browser. One index per language, under
 * `/search/<lang>/`: a small manifest, then shards fetched only when a query
 * needs them (the vocabulary by first and second letter, postings by term
 * range, one file per document with what a result shows: its title, URL,
 * date and the first passage of its text, and one per further passage, so
 * the engine fetches only the passages where a result matched to cut its
 * excerpt). File names below the manifest carry a content hash, so they can
 * be cached for good.
 */
import type { Locale } from '../i18n/locales';

/** What a result is, shown as its type label. */
export const searchResultTypes = ['announcement', 'press-release', 'faq', 'criterion', 'key-date', 'page', 'startup'] as const;

/** A result type. */
export type SearchResultType = (typeof searchResultTypes)[number];

/** A date shown with a result. */
export interface ResultDate {
  /** Machine-readable value for `<time datetime>`. */
  readonly iso: string;
  /** As the reader reads it (`15 mars 2027`). */
  readonly text: string;
}

/** One searchable unit of the site, extracted from the content. */
export interface SearchDocument {
  readonly type: SearchResultType;
  /** Title, question, criterion name or key-date label: matches here rank first. */
  readonly title: string;
  /** Where the result links to, anchor included. */
  readonly url: string;
  /**
   * Everything else that is searched, as plain text, in reading order: the
   * result's excerpt is cut from it, around the words that matched.
   */
  readonly body: string;
  /** Publication day or key date, when there is one. */
  readonly date?: ResultDate | undefined;
}

/** Flag bits stored with each posting. */
export const postingFlags = {
  /** The term is in the title. */
  title: 1,
  /** The term occurs at least twice in the body. */
  repeated: 2,
} as const;

/**
 * A document's text is cut into at most this many passages (`splitPassages`),
 * and each posting says in which one the term first occurs: results then
 * fetch only the passages they matched in, not whole texts.
 */
export const maxPassages = 4;

/** A posting as stored: `(docId − previousDocId) × 16 + passage × 4 + flags`. */
export function encodePosting(delta: number, passage: number, flags: number): number {
  return delta * 16 + passage * 4 + flags;
}

/** `index.json`: always fetched first, small. */
export interface IndexManifest {
  /** Format version. */
  readonly v: 2;
  readonly lang: Locale;
  /** Content hash: the folder of every other file. */
  readonly h: string;
  /** Number of documents. */
  readonly n: number;
  /** The whole sorted vocabulary, space-separated, when it is small enough to ship at once. */
  readonly t?: string;
  /** Otherwise the first letters that have a `f-<key>.json`… */
  readonly k?: readonly string[];
  /** …and the second-and-third-letter pairs that have a `s-<pair>.json`. */
  readonly s?: readonly string[];
  /** First term id of each postings shard `p-<i>.json`, each as the difference from the previous one. */
  readonly p: readonly number[];
  /**
   * The type of every document, one character each (`typeCode`): what the
   * filters count and what a query naming a kind of result (« communiqué »,
   * « FAQ ») favours, known before any document file is read.
   */
  readonly ty: string;
  /**
   * The length of every document's text, one character each
   * (`lengthCode`): a word found in a short answer weighs more than the same
   * word in a long page.
   */
  readonly ln: string;
}

/** `f-<key>.json`: the terms starting with `key`, a contiguous run of the sorted vocabulary. */
export interface FirstLetterShard {
  /** Id of the first term. */
  readonly o: number;
  /** Terms, space-separated, sorted. */
  readonly t: string;
}

/**
 * `s-<pair>.json`: the terms whose second and third letters are `pair`, to
 * find words whose first letter was mistyped, dropped or doubled.
 */
export interface SecondLetterShard {
  /** Terms, space-separated, sorted. */
  readonly t: string;
  /** Their ids, ascending, each as the difference from the previous one. */
  readonly i: readonly number[];
}

/**
 * `p-<i>.json`: postings of a run of terms. Each list holds, per document,
 * `encodePosting(docId − previousDocId, passage, flags)` (the first value uses
 * docId itself), where `passage` is the first passage of the text holding
 * the term (0 when only in the title).
 */
export interface PostingsShard {
  /** Id of the first term. */
  readonly o: number;
  readonly p: readonly (readonly number[])[];
}

/**
 * `d-<id>.json`: what a result shows: title, URL, date ISO and date text
 * (`''` when none), the first passage of the searched text and how many
 * passages it has. One file per document, fetched only for the results
 * shown; `t-<id>-<n>.json` holds passage `n` (from 1) as a string, fetched
 * only when the result matched there.
 */
export type StoredDocument = readonly [title: string, url: string, dateIso: string, dateText: string, firstPassage: string, passages: number];

/** One character per result type in the manifest's `ty`: its position in `searchResultTypes`, in base 36. */
export function typeCode(type: SearchResultType): string {
  return searchResultTypes.indexOf(type).toString(36);
}

/** Largest length code: one base-36 character. */
const maxLengthCode = 35;

/** One character for a text of `words` words in the manifest's `ln`: twice its base-2 logarithm, rounded, in base 36 (half-octave classes). */
export function lengthCode(words: number): string {
  return Math.min(maxLengthCode, Math.round(2 * Math.log2(1 + words))).toString(36);
}

/** The words of a text, about, from its `ln` character (the middle of its class). */
export function lengthOfCode(code: string): number {
  return 2 ** (Number.parseInt(code, 36) / 2) - 1;
}

/** The type of a `ty` character (`undefined` for a character no type has). */
export function typeOfCode(code: string): SearchResultType | undefined {
  return searchResultTypes[Number.parseInt(code, 36)];
}

/** Shard key of a character: itself when a letter or digit, `_` otherwise (or when missing). */
export function shardKey(character: string | undefined): string {
  return character !== undefined && /^[a-z0-9]$/.test(character) ? character : '_';
}

/** Key of the `s-<pair>.json` shard a term belongs to: its second and third letters. */
export function pairKey(term: string): string {
  return shardKey(term[1]) + shardKey(term[2]);
}

/** Paths of the files, relative to `/search/<lang>/`. */
export const indexPaths = {
  manifest: 'index.json',
  firstLetter: (hash: string, key: string) => `${hash}/f-${key}.json`,
  secondLetters: (hash: string, pair: string) => `${hash}/s-${pair}.json`,
  postings: (hash: string, shard: number) => `${hash}/p-${shard}.json`,
  document: (hash: string, id: number) => `${hash}/d-${id}.json`,
  passage: (hash: string, id: number, passage: number) => `${hash}/t-${id}-${passage}.json`,
} as const;

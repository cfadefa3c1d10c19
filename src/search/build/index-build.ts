/**
 * Builds a language's search index from its documents (see `format.ts` for
 * the files). Runs at build time only; pure: documents in, files out.
 */
import type { Locale } from '../../i18n/locales';
import {
  indexPaths,
  pairKey,
  postingFlags,
  shardKey,
  type FirstLetterShard,
  type IndexManifest,
  type PostingsShard,
  type SearchDocument,
  type SecondLetterShard,
  type StoredDocument,
  encodePosting,
  lengthCode,
  maxPassages,
  typeCode,
} from '../format';
import { terms, tidy } from '../normalize';

/**
 * Size limits of the files. The defaults keep the bytes to first results
 * within the benchmark's goals (docs/search.md, "Bytes to first results").
 */
export interface IndexBuildOptions {
  /** Up to this many terms, the vocabulary ships inside the manifest. */
  readonly inlineVocabularyLimit?: number;
  /** Target number of posting entries per postings shard. */
  readonly postingsPerShard?: number;
}

/** The built index: the manifest and every file, keyed by path relative to `/search/<lang>/`. */
export interface BuiltIndex {
  readonly manifest: IndexManifest;
  readonly files: ReadonlyMap<string, unknown>;
  /** Sorted vocabulary (for tests and the benchmark). */
  readonly vocabulary: readonly string[];
  /** Number of documents holding each term (for the benchmark's query generator). */
  readonly frequencies: ReadonlyMap<string, number>;
}

/** 32-bit FNV-1a of a string, as 8 hex digits: names the index version. */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A space of `text` near `ideal` (within `reach`), after a sentence's end if one is there, else the nearest. */
function cutNear(text: string, ideal: number, reach: number): number {
  let best = -1;
  let sentence = false;
  for (let position = Math.max(1, ideal - reach); position <= Math.min(text.length - 2, ideal + reach); position += 1) {
    if (text[position] !== ' ') continue;
    const ends = /[.!?…]/.test(text[position - 1] ?? '');
    if (best < 0 || (ends && !sentence) || (ends === sentence && Math.abs(position - ideal) < Math.abs(best - ideal))) [best, sentence] = [position, ends];
  }
  return best >= 0 ? best : text.indexOf(' ', ideal);
}

/**
 * Cuts a tidy text into passages of about `length` characters (at most
 * `maxPassages`, so a long text has longer ones), each ending a sentence
 * where one ends near the cut, else at a space: joined with spaces they give
 * the text back. A result fetches only the passages it matched in.
 */
export function splitPassages(text: string, length = 700): string[] {
  const count = Math.max(1, Math.min(maxPassages, Math.round(text.length / length)));
  const passages: string[] = [];
  let start = 0;
  for (let index = 1; index < count; index += 1) {
    const cut = cutNear(text, Math.round((index * text.length) / count), Math.floor(text.length / count / 4));
    if (cut <= start) continue;
    passages.push(text.slice(start, cut));
    start = cut + 1;
  }
  passages.push(text.slice(start));
  return passages;
}

/** A term of a document: its flags, and the first passage of the body holding it (0 when only in the title). */
export interface DocumentTerm {
  readonly flags: number;
  readonly passage: number;
}

/**
 * Per-document, per-term flags (`title` when in the title, `repeated` when
 * twice or more in the body) and first passage (`passages`: the body's, as
 * `splitPassages` cuts it).
 */
export function documentTerms(document: SearchDocument, lang: Locale, passages: readonly string[] = splitPassages(tidy(document.body))): Map<string, DocumentTerm> {
  const found = new Map<string, DocumentTerm>();
  for (const term of terms(document.title, lang)) found.set(term, { flags: postingFlags.title, passage: 0 });
  const seen = new Set<string>();
  passages.forEach((text, passage) => {
    for (const term of terms(text, lang)) {
      const current = found.get(term);
      if (seen.has(term)) found.set(term, { flags: (current?.flags ?? 0) | postingFlags.repeated, passage: current?.passage ?? passage });
      else {
        seen.add(term);
        found.set(term, { flags: current?.flags ?? 0, passage });
      }
    }
  });
  return found;
}

/** Builds every file of the index of `documents` in `lang`. */
export function buildIndex(documents: readonly SearchDocument[], lang: Locale, options: IndexBuildOptions = {}): BuiltIndex {
  const { inlineVocabularyLimit = 3000, postingsPerShard = 500 } = options;

  // term → list of [docId, passage × 4 + flags], docIds ascending by construction; each body's passages and length in terms.
  const postings = new Map<string, number[]>();
  const lengths: string[] = [];
  const passagesOf: string[][] = [];
  documents.forEach((document, docId) => {
    const passages = splitPassages(tidy(document.body));
    passagesOf.push(passages);
    lengths.push(lengthCode(passages.reduce((total, passage) => total + terms(passage, lang).length, 0)));
    documentTerms(document, lang, passages).forEach(({ flags, passage }, term) => {
      const list = postings.get(term);
      const value = encodePosting(0, passage, flags);
      if (list) list.push(docId, value);
      else postings.set(term, [docId, value]);
    });
  });
  const vocabulary = [...postings.keys()].sort();

  const bodies = new Map<string, unknown>();

  // Postings, delta-encoded, cut into shards of about `postingsPerShard` entries.
  const shardStarts: number[] = [];
  let current: number[][] = [];
  let currentSize = 0;
  let currentStart = 0;
  const flush = () => {
    if (current.length === 0) return;
    shardStarts.push(currentStart);
    bodies.set(`p:${shardStarts.length - 1}`, { o: currentStart, p: current } satisfies PostingsShard);
    current = [];
    currentSize = 0;
  };
  vocabulary.forEach((term, termId) => {
    const list = postings.get(term) ?? [];
    const encoded: number[] = [];
    let previous = 0;
    for (let index = 0; index < list.length; index += 2) {
      const docId = list[index] ?? 0;
      encoded.push(encodePosting(docId - previous, 0, 0) + (list[index + 1] ?? 0));
      previous = docId;
    }
    if (current.length === 0) currentStart = termId;
    current.push(encoded);
    currentSize += encoded.length;
    if (currentSize >= postingsPerShard) flush();
  });
  flush();

  // What each result shows, one file per document with its first passage, and one per further passage:
  // a result fetches only the passages it matched in (docs/search.md, "Excerpts around the match", weighs this).
  documents.forEach((document, docId) => {
    const [first = '', ...rest] = passagesOf[docId] ?? [];
    bodies.set(`d:${docId}`, [document.title, document.url, document.date?.iso ?? '', document.date?.text ?? '', first, rest.length + 1] satisfies StoredDocument);
    rest.forEach((passage, index) => bodies.set(`t:${docId}-${index + 1}`, passage));
  });

  // Vocabulary: inline when small, else by first letter (contiguous runs) and by second-and-third letters.
  const inline = vocabulary.length <= inlineVocabularyLimit;
  const firstKeys: string[] = [];
  const pairKeys: string[] = [];
  if (!inline) {
    const first = new Map<string, { o: number; t: string[] }>();
    const pairs = new Map<string, { t: string[]; i: number[]; last: number }>();
    vocabulary.forEach((term, termId) => {
      const key = shardKey(term[0]);
      const group = first.get(key);
      if (group) group.t.push(term);
      else first.set(key, { o: termId, t: [term] });
      const pair = pairKey(term);
      const pairGroup = pairs.get(pair) ?? { t: [], i: [], last: 0 };
      pairGroup.t.push(term);
      pairGroup.i.push(termId - pairGroup.last);
      pairGroup.last = termId;
      pairs.set(pair, pairGroup);
    });
    for (const [key, group] of first) {
      firstKeys.push(key);
      bodies.set(`f:${key}`, { o: group.o, t: group.t.join(' ') } satisfies FirstLetterShard);
    }
    for (const [pair, group] of pairs) {
      pairKeys.push(pair);
      bodies.set(`s:${pair}`, { t: group.t.join(' '), i: group.i } satisfies SecondLetterShard);
    }
    firstKeys.sort();
    pairKeys.sort();
  }

  const hash = contentHash(JSON.stringify([lang, vocabulary, [...bodies]]));
  const files = new Map<string, unknown>();
  for (const [name, body] of bodies) {
    const [kind, key = ''] = name.split(':');
    if (kind === 'p') files.set(indexPaths.postings(hash, Number(key)), body);
    else if (kind === 'd') files.set(indexPaths.document(hash, Number(key)), body);
    else if (kind === 't') {
      const [docId = '', passage = ''] = key.split('-');
      files.set(indexPaths.passage(hash, Number(docId), Number(passage)), body);
    }
    else if (kind === 'f') files.set(indexPaths.firstLetter(hash, key), body);
    else files.set(indexPaths.secondLetters(hash, key), body);
  }
  const manifest: IndexManifest = {
    v: 2,
    lang,
    h: hash,
    n: documents.length,
    ...(inline ? { t: vocabulary.join(' ') } : { k: firstKeys, s: pairKeys }),
    p: shardStarts.map((start, index) => start - (shardStarts[index - 1] ?? 0)),
    ty: documents.map((document) => typeCode(document.type)).join(''),
    ln: lengths.join(''),
  };
  files.set(indexPaths.manifest, manifest);
  const frequencies = new Map<string, number>();
  for (const [term, list] of postings) frequencies.set(term, list.length / 2);
  return { manifest, files, vocabulary, frequencies };
}

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
  lengthCode,
  typeCode,
} from '../format';
import { terms } from '../normalize';

/** Size limits of the files; the defaults keep the first query under 150 KB at 5,000 documents. */
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

/** Per-document, per-term flags: `title` when in the title, `repeated` when twice or more in the body. */
export function documentTerms(document: SearchDocument, lang: Locale): Map<string, number> {
  const flags = new Map<string, number>();
  for (const term of terms(document.title, lang)) flags.set(term, postingFlags.title);
  const seen = new Set<string>();
  for (const term of terms(document.body, lang)) {
    const current = flags.get(term) ?? 0;
    if (seen.has(term)) flags.set(term, current | postingFlags.repeated);
    else {
      seen.add(term);
      flags.set(term, current);
    }
  }
  return flags;
}

/** Builds every file of the index of `documents` in `lang`. */
export function buildIndex(documents: readonly SearchDocument[], lang: Locale, options: IndexBuildOptions = {}): BuiltIndex {
  const { inlineVocabularyLimit = 3000, postingsPerShard = 4000 } = options;

  // term → list of [docId, flags], docIds ascending by construction.
  const postings = new Map<string, number[]>();
  documents.forEach((document, docId) => {
    documentTerms(document, lang).forEach((flags, term) => {
      const list = postings.get(term);
      if (list) list.push(docId, flags);
      else postings.set(term, [docId, flags]);
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
      encoded.push((docId - previous) * 4 + (list[index + 1] ?? 0));
      previous = docId;
    }
    if (current.length === 0) currentStart = termId;
    current.push(encoded);
    currentSize += encoded.length;
    if (currentSize >= postingsPerShard) flush();
  });
  flush();

  // What each result shows, one file per document: only the results shown are fetched, and their
  // text is what the excerpt is cut from (docs/search.md, "Excerpts around the match", weighs this).
  documents.forEach((document, docId) => {
    bodies.set(`d:${docId}`, [document.title, document.url, document.date?.iso ?? '', document.date?.text ?? '', document.body] satisfies StoredDocument);
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
    else if (kind === 'f') files.set(indexPaths.firstLetter(hash, key), body);
    else files.set(indexPaths.secondLetters(hash, key), body);
  }
  const manifest: IndexManifest = {
    v: 2,
    lang,
    h: hash,
    n: documents.length,
    ...(inline ? { t: vocabulary.join(' ') } : { k: firstKeys, s: pairKeys }),
    p: shardStarts,
    ty: documents.map((document) => typeCode(document.type)).join(''),
    ln: documents.map((document) => lengthCode(terms(document.body, lang).length)).join(''),
  };
  files.set(indexPaths.manifest, manifest);
  const frequencies = new Map<string, number>();
  for (const [term, list] of postings) frequencies.set(term, list.length / 2);
  return { manifest, files, vocabulary, frequencies };
}

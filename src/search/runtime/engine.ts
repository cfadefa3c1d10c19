/**
 * The search engine that runs in the browser (and in Node for tests and the
 * benchmark). It maps each query word to the index terms it may mean
 * (`candidates.ts`), reads their postings (`index-reader.ts`), scores the
 * documents (`scoring.ts`, weights in `ranking.ts`) and returns the best with
 * their display data.
 *
 * Files are read lazily: the manifest, then the vocabulary, postings and
 * display data a query needs, each once.
 */
import type { Locale } from '../../i18n/locales';
import type { ResultDate, SearchResultType } from '../format';
import { CandidateSearch, synonymWordMatch } from './candidates';
import { IndexReader, type IndexSource } from './index-reader';
import { parseQuery, type CompiledSynonyms, type ParsedQuery } from './query';
import { topDocuments, type SparseScores } from './ranking';
import { combineSlots, scoreSlot, scoreWord, type WordScores } from './scoring';

export type { IndexSource } from './index-reader';

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

/** Searches one language's index. Create with `SearchEngine.open`. */
export class SearchEngine {
  private readonly candidates: CandidateSearch;

  private constructor(
    private readonly index: IndexReader,
    private readonly synonyms: CompiledSynonyms,
  ) {
    this.candidates = new CandidateSearch(index);
  }

  /** Opens the index behind `source` (reads its manifest). */
  static async open(source: IndexSource, synonyms: CompiledSynonyms): Promise<SearchEngine> {
    return new SearchEngine(await IndexReader.open(source), synonyms);
  }

  /** The language of the index. */
  get lang(): Locale {
    return this.index.summary.lang;
  }

  /** Per-document scores of one query word, over all the index terms it may mean. */
  private async wordScores(word: string, isLast: boolean): Promise<WordScores> {
    const candidates = await this.candidates.find(word, isLast);
    const lists = await Promise.all(candidates.map((candidate) => this.index.postings(candidate.id)));
    return scoreWord(candidates, lists, this.index.summary.documentCount);
  }

  /** Scores every matching document for a parsed query; adds the index terms matched to `matched`. */
  async scoreDocuments(parsed: ParsedQuery, matched: Set<string>): Promise<SparseScores> {
    const documentCount = this.index.summary.documentCount;
    const wordCache = new Map<string, Promise<WordScores>>();
    const scoresOf = async (word: string) => {
      const isLast = word === parsed.lastTerm;
      const key = `${isLast ? 1 : 0}${word}`;
      let scores = wordCache.get(key);
      if (!scores) {
        scores = this.wordScores(word, isLast);
        wordCache.set(key, scores);
      }
      const resolved = await scores;
      for (const term of resolved.matchedTerms) matched.add(term);
      return resolved;
    };
    const slotScores = await Promise.all(
      parsed.slots.map(async (slot) => {
        const alternatives = await Promise.all(
          slot.alternatives.map(async (alternative) => ({ weight: alternative.weight, words: await Promise.all(alternative.terms.map(scoresOf)) })),
        );
        return scoreSlot(alternatives, documentCount);
      }),
    );
    return combineSlots(
      slotScores,
      parsed.slots.map((slot) => slot.optional),
      documentCount,
    );
  }

  /** Searches `text`; returns the best `limit` results. */
  async search(text: string, limit = 20): Promise<SearchResponse> {
    const parsed = parseQuery(text, this.lang, this.synonyms, synonymWordMatch);
    const matchedTerms = new Set<string>();
    if (parsed.slots.length === 0) return { hits: [], total: 0, matchedTerms };
    const scores = await this.scoreDocuments(parsed, matchedTerms);
    const ranked = topDocuments(scores, limit);
    const stored = await Promise.all(ranked.map(([id]) => this.index.document(id)));
    const hits: SearchHit[] = [];
    ranked.forEach(([, score], index) => {
      const result = stored[index];
      if (result) hits.push({ ...result, score });
    });
    return { hits, total: scores.docs.length, matchedTerms };
  }
}

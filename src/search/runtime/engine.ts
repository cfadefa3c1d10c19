/**
 * The search engine that runs in the browser (and in Node for tests and the
 * benchmark). It maps each query word to the index terms it may mean
 * (`candidates.ts`), reads their postings (`index-reader.ts`), scores the
 * documents (`scoring.ts`, weights in `ranking.ts`), then reads the text of
 * the best to rank them by how close together the query's words are, and
 * cuts each result's excerpt around its match (`excerpt.ts`); `results.ts`
 * assembles the response (hits, counts by type, the suggestion).
 *
 * Files are read lazily: the manifest, then the vocabulary, postings and
 * documents a query needs, each once.
 */
import type { Locale } from '../../i18n/locales';
import type { SearchResultType } from '../format';
import { CandidateSearch, synonymWordMatch } from './candidates';
import type { QueryTerms } from './excerpt';
import { IndexReader, type IndexSource } from './index-reader';
import { parseQuery, queryWords, type CompiledSynonyms, type ParsedQuery, type WordComparator } from './query';
import { boost, ranking, topDocuments, type SparseScores } from './ranking';
import { ResultTexts, resultCloseness } from './result-text';
import { combineSlots, foundOnlyByCorrection, scoreSlot, scoreWord, type WordScores } from './scoring';
import { rewriteQuery, surfaceForm } from './suggest';
import { countTypes, hit, matchesIn, suggestion, type ScoredSlot, type SearchOptions, type SearchResponse } from './results';

export type { IndexSource } from './index-reader';
export type { SearchHit, SearchOptions, SearchResponse } from './results';

/** Searches one language's index. Create with `SearchEngine.open`. */
export class SearchEngine {
  private readonly candidates: CandidateSearch;
  private readonly byType = new Map<SearchResultType, number[]>();
  /** The passages of results read, split into words once: the same results come back keystroke after keystroke. */
  private readonly texts: ResultTexts;

  private constructor(
    private readonly index: IndexReader,
    private readonly synonyms: CompiledSynonyms,
  ) {
    this.candidates = new CandidateSearch(index);
    this.texts = new ResultTexts(index, index.summary.lang);
    index.summary.types.forEach((type, doc) => {
      const docs = this.byType.get(type) ?? [];
      docs.push(doc);
      this.byType.set(type, docs);
    });
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
  private async wordScores(word: string, isLast: boolean, corrections: boolean): Promise<WordScores> {
    const candidates = await this.candidates.find(word, isLast, corrections);
    const lists = await Promise.all(candidates.map((candidate) => this.index.postings(candidate.id)));
    return scoreWord(candidates, lists, this.index.summary.documentCount, this.index.summary.relativeLengths);
  }

  /**
   * How a typed word is compared with the words of synonym and kind phrases:
   * with typo tolerance only when it is not itself an index term, so `data`
   * stays `data` rather than becoming the kind `date`.
   */
  private async phraseMatch(text: string): Promise<WordComparator> {
    const words = queryWords(text, this.lang);
    const known = new Set<string>();
    await Promise.all(
      words.map(async (word) => {
        if ((await this.candidates.find(word, false, false)).some((candidate) => candidate.kind === 'exact')) known.add(word);
      }),
    );
    return (typed, term, isLast) => (known.has(typed) ? Infinity : synonymWordMatch(typed, term, isLast));
  }

  /**
   * « Vouliez-vous dire » when nothing matched: each word that found nothing
   * replaced by the most frequent of its loosest corrections, kept only if
   * that query finds something; spelt as the results spell it.
   */
  private async lastResort(text: string, parsed: ParsedQuery): Promise<string | undefined> {
    const replacements = new Map<string, string>();
    for (const word of parsed.slots.flatMap((slot) => slot.alternatives[0]?.terms ?? [])) {
      if ((await this.candidates.find(word, word === parsed.lastTerm)).length > 0) continue;
      const corrections = await this.candidates.looseCorrections(word);
      const fewest = corrections.filter((correction) => correction.errors === corrections[0]?.errors);
      const frequencies = await Promise.all(fewest.map(async (correction) => (await this.index.postings(correction.id)).docs.length));
      const best = fewest[frequencies.indexOf(Math.max(...frequencies))];
      if (best) replacements.set(word, best.term);
    }
    const corrected = rewriteQuery(text, replacements);
    if (corrected === undefined) return undefined;
    const { hits } = await this.search(corrected, { limit: 3 });
    if (hits.length === 0) return undefined;
    const texts = hits.flatMap((hit) => [hit.excerpt, hit.title]);
    return rewriteQuery(text, new Map([...replacements].map(([word, term]) => [word, surfaceForm(term, texts)])));
  }

  /** Scores every matching document for a parsed query, and says what each part matched. */
  async scoreDocuments(parsed: ParsedQuery): Promise<{ scores: SparseScores; slots: ScoredSlot[] }> {
    const documentCount = this.index.summary.documentCount;
    const wordCache = new Map<string, Promise<WordScores>>();
    // What was typed is corrected when misspelt; a synonym's words are only looked up as they are.
    const scoresOf = (word: string, typed: boolean) => {
      const isLast = typed && word === parsed.lastTerm;
      const key = `${isLast ? 1 : 0}${typed ? 1 : 0}${word}`;
      let scores = wordCache.get(key);
      if (!scores) {
        scores = this.wordScores(word, isLast, typed);
        wordCache.set(key, scores);
      }
      return scores;
    };
    const slots = await Promise.all(
      parsed.slots.map(async (slot) => ({
        slot,
        alternatives: await Promise.all(slot.alternatives.map(async (alternative, index) => ({ weight: alternative.weight, words: await Promise.all(alternative.terms.map((word) => scoresOf(word, index === 0))) }))),
      })),
    );
    const ofTypes = (types: readonly SearchResultType[]) => types.flatMap((type) => this.byType.get(type) ?? []);
    const slotScores = slots.map(({ slot, alternatives }) => scoreSlot(alternatives, documentCount, ofTypes(slot.types)));
    const optional = slots.map(({ slot, alternatives }) => slot.optional || foundOnlyByCorrection(alternatives));
    const scores = combineSlots(slotScores, optional, documentCount);
    boost(scores, ofTypes(parsed.slots.flatMap((slot) => slot.types)), ranking.typeBoost);
    return {
      scores,
      slots: slots.map(({ slot, alternatives }, index) => ({ optional: optional[index] ?? slot.optional, alternatives })),
    };
  }

  /** Searches `text`; returns the best results, the counts by type and a correction to propose. */
  async search(text: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const { limit = 10, type } = options;
    const parsed = parseQuery(text, this.lang, this.synonyms, await this.phraseMatch(text));
    const types = this.index.summary.types;
    if (parsed.slots.length === 0) return { hits: [], total: 0, counts: countTypes([], types), suggestion: undefined };
    const { scores, slots } = await this.scoreDocuments(parsed);
    if (scores.docs.length === 0) return { hits: [], total: 0, counts: countTypes([], types), suggestion: await this.lastResort(text, parsed) };
    const wanted = type === undefined ? scores : { values: scores.values, docs: scores.docs.filter((doc) => types[doc] === type) };
    const ranked = topDocuments(wanted, Math.max(limit, ranking.rescoreDepth));
    const allOptional = slots.every((slot) => slot.optional);
    const read = await Promise.all(
      ranked.map(async ([doc, score], rank) => {
        const result = await this.index.document(doc);
        if (!result) return undefined;
        const { parts, passages } = matchesIn(slots, doc);
        const text = await this.texts.read(doc, result, passages);
        // How close together the words are counts for the best few only, whose passages are read anyway.
        const required: QueryTerms = parts.filter((_, index) => allOptional || !slots[index]?.optional);
        const factor = rank < ranking.rescoreDepth ? resultCloseness(text, required) : 1;
        return { rank, score: score * factor, result, parts, text };
      }),
    );
    const results = read.filter((entry) => entry !== undefined);
    results.sort((a, b) => (a.rank < ranking.rescoreDepth && b.rank < ranking.rescoreDepth ? b.score - a.score || a.rank - b.rank : a.rank - b.rank));
    const hits = results.slice(0, limit).map(({ score, result, parts, text }) => hit(result, score, parts, text));
    return { hits, total: scores.docs.length, counts: countTypes(scores.docs, types), suggestion: suggestion(text, parsed, slots, results, this.synonyms.spellings) };
  }
}

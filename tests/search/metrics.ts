/**
 * Relevance measures of the judged query set (tests/search/queries.json):
 * top-3 hit rate, mean reciprocal rank and nDCG@3, over graded judgements
 * (the best answers count 2, other good answers 1), and the held-out third
 * of the set that ranking weights were not tuned on.
 */
import type { Locale } from '../../src/i18n/locales';
import { contentHash } from '../../src/search/build/index-build';

/** One judged query. */
export interface JudgedQuery {
  readonly lang: Locale;
  readonly kind: string;
  readonly query: string;
  /** The best answer, or several equally good. */
  readonly expected: string | readonly string[];
  /** Other good answers. */
  readonly relevant?: readonly string[];
}

/** The best answers of a query, as a list. */
export function bestAnswers(query: JudgedQuery): readonly string[] {
  return typeof query.expected === 'string' ? [query.expected] : query.expected;
}

/** Grade of a result URL for a query: 2 for a best answer, 1 for another good one, 0 otherwise. */
export function grade(query: JudgedQuery, url: string): number {
  if (bestAnswers(query).includes(url)) return 2;
  return query.relevant?.includes(url) ? 1 : 0;
}

/** True when a best answer is among the first three results. */
export function hitInTop3(query: JudgedQuery, urls: readonly string[]): boolean {
  return urls.slice(0, 3).some((url) => bestAnswers(query).includes(url));
}

/** 1 / rank of the first best answer among `urls`, 0 when there is none. */
export function reciprocalRank(query: JudgedQuery, urls: readonly string[]): number {
  const rank = urls.findIndex((url) => bestAnswers(query).includes(url));
  return rank < 0 ? 0 : 1 / (rank + 1);
}

/** Discounted cumulative gain of the first three grades. */
function dcg3(grades: readonly number[]): number {
  return grades.slice(0, 3).reduce((total, gain, index) => total + gain / Math.log2(index + 2), 0);
}

/** Normalised discounted cumulative gain over the first three results (1: the best order possible). */
export function ndcgAt3(query: JudgedQuery, urls: readonly string[]): number {
  const ideal = [...bestAnswers(query).map(() => 2), ...(query.relevant ?? []).map(() => 1)];
  return dcg3(urls.map((url) => grade(query, url))) / dcg3(ideal);
}

/**
 * True for the held-out third of the set, chosen by a hash of the language
 * and text rather than by hand, so tuning never sees it.
 */
export function isHeldOut(query: Pick<JudgedQuery, 'lang' | 'query'>): boolean {
  return Number.parseInt(contentHash(`${query.lang} ${query.query}`), 16) % 3 === 0;
}

/** The three measures over a set of queries and their result URLs. */
export interface Measures {
  readonly queries: number;
  readonly top3: number;
  readonly mrr: number;
  readonly ndcg3: number;
}

/** Averages the measures of `runs`. */
export function measure(runs: readonly { readonly query: JudgedQuery; readonly urls: readonly string[] }[]): Measures {
  const mean = (value: (run: (typeof runs)[number]) => number) => (runs.length === 0 ? NaN : runs.reduce((total, run) => total + value(run), 0) / runs.length);
  return {
    queries: runs.length,
    top3: mean((run) => (hitInTop3(run.query, run.urls) ? 1 : 0)),
    mrr: mean((run) => reciprocalRank(run.query, run.urls)),
    ndcg3: mean((run) => ndcgAt3(run.query, run.urls)),
  };
}

/**
 * Benchmark queries drawn from a generated corpus: for sampled documents,
 * their rarest title word as typed (exact), with a second title word
 * (multi-word), cut short (prefix), with typing errors anywhere in the word,
 * first letter included (typo: one error under 8 letters, one or two from 8),
 * and accented words against their unaccented form (accent invariance).
 */
import type { Locale } from '../../src/i18n/locales';
import { fold, stopWords, tokenize } from '../../src/search/normalize';
import type { SearchDocument } from '../../src/search/format';
import { Seeded } from '../shared/random';

/** Kinds of benchmark queries. */
export type BenchKind = 'exact' | 'multi' | 'prefix' | 'typo' | 'accent';

/** One benchmark query. */
export interface BenchQuery {
  readonly lang: Locale;
  readonly kind: BenchKind;
  /** What is typed. */
  readonly text: string;
  /** The document the query was drawn from. */
  readonly target: string;
  /** For `accent`: the same query without accents (results must be identical). */
  readonly plain?: string;
}

const letters = 'abcdefghijklmnopqrstuvwxyz';

/** Applies one random typing error (substitution, deletion, insertion, transposition) anywhere in `word`. */
function typo(word: string, next: () => number): string {
  const position = Math.floor(next() * word.length);
  const letter = letters[Math.floor(next() * letters.length)] ?? 'x';
  switch (Math.floor(next() * 4)) {
    case 0:
      return word.slice(0, position) + (word[position] === letter ? 'q' : letter) + word.slice(position + 1);
    case 1:
      return word.slice(0, position) + word.slice(position + 1);
    case 2:
      return word.slice(0, position) + letter + word.slice(position);
    default: {
      const at = Math.min(position, word.length - 2);
      return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
    }
  }
}

/** Queries for `count` documents of `documents` in `lang`, using `frequency` to pick rare words. */
export function benchQueries(documents: readonly SearchDocument[], lang: Locale, count: number, frequency: (term: string) => number): BenchQuery[] {
  const { next } = new Seeded(count * 31 + documents.length + (lang === 'fr' ? 3 : 5));
  const queries: BenchQuery[] = [];
  const step = Math.max(1, Math.floor(documents.length / count));
  for (let index = 0; index < documents.length && queries.filter((query) => query.kind === 'exact').length < count; index += step) {
    const document = documents[index];
    if (!document) continue;
    const words = tokenize(document.title)
      .map((token) => ({ text: document.title.slice(token.start, token.end), term: token.term }))
      .filter((word) => word.term.length >= 5 && !stopWords[lang].has(word.term))
      .sort((a, b) => frequency(a.term) - frequency(b.term) || b.term.length - a.term.length);
    const [rarest, second] = words;
    if (!rarest) continue;
    const target = document.url;
    const word = rarest.text;
    queries.push({ lang, kind: 'exact', text: word, target });
    if (second) queries.push({ lang, kind: 'multi', text: `${word} ${second.text}`, target });
    queries.push({ lang, kind: 'prefix', text: word.slice(0, Math.max(4, Math.ceil(word.length * 0.6))), target });
    const lower = word.toLowerCase();
    let typed = typo(lower, next);
    if (lower.length >= 8 && next() < 0.5) typed = typo(typed, next);
    queries.push({ lang, kind: 'typo', text: typed, target });
    const accented = words.find((candidate) => /[^\x00-\x7f]/.test(candidate.text));
    if (accented) queries.push({ lang, kind: 'accent', text: accented.text, plain: fold(accented.text), target });
  }
  return queries;
}

/** Every text to run for `queries` in `lang`: the queries and, for accent queries, their plain form. */
export function texts(queries: readonly BenchQuery[], lang: Locale): string[] {
  return queries.filter((query) => query.lang === lang).flatMap((query) => (query.plain === undefined ? [query.text] : [query.text, query.plain]));
}

/** The key of a query's results: language and text. */
export const resultKey = (lang: Locale, text: string): string => `${lang}\u0000${text}`;

/** What the answers to `queries` (top URLs by `resultKey`) are worth. */
export interface Quality {
  /** Share of accent queries answered exactly as their unaccented form, and how many there were. */
  readonly accentInvariance: number;
  readonly accentQueries: number;
  /** Share of typo queries whose results hold the document they were drawn from, how many, and how many found nothing. */
  readonly typoRecovery: number;
  readonly typoQueries: number;
  readonly typoEmpty: number;
}

/** Accent invariance and typo recovery of `results`. */
export function quality(queries: readonly BenchQuery[], results: ReadonlyMap<string, readonly string[]>): Quality {
  const found = (query: BenchQuery, text = query.text) => results.get(resultKey(query.lang, text));
  const accents = queries.filter((query) => query.kind === 'accent' && query.plain !== undefined);
  const invariant = accents.filter((query) => JSON.stringify(found(query)) === JSON.stringify(found(query, query.plain)));
  const typos = queries.filter((query) => query.kind === 'typo');
  return {
    accentInvariance: accents.length ? invariant.length / accents.length : NaN,
    accentQueries: accents.length,
    typoRecovery: typos.length ? typos.filter((query) => found(query)?.includes(query.target)).length / typos.length : NaN,
    typoQueries: typos.length,
    typoEmpty: typos.filter((query) => (found(query)?.length ?? 0) === 0).length,
  };
}

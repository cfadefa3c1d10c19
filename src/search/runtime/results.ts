/**
 * What a search returns, and how it is assembled from the scores: the hits
 * as the page shows them, what matched in each document, the counts by
 * type, and the « Vouliez-vous dire » suggestion. Pure; the engine
 * (`engine.ts`) finds and scores, this module turns that into a response.
 */
import { searchResultTypes, type ResultDate, type SearchResultType } from '../format';
import type { QueryTerms } from './excerpt';
import type { StoredResult } from './index-reader';
import type { ParsedQuery } from './query';
import { resultExcerpt, type ResultText } from './result-text';
import { noPassage, type WordScores } from './scoring';
import { rewriteQuery, surfaceForm } from './suggest';

/** One result. */
export interface SearchHit {
  readonly type: SearchResultType;
  readonly title: string;
  readonly url: string;
  /** The passage of the text that shows why it matched (`excerpt.ts`). */
  readonly excerpt: string;
  readonly date: ResultDate | undefined;
  readonly score: number;
  /** Index terms to mark in the title and excerpt: those that stand for a query word in this document. */
  readonly marks: ReadonlySet<string>;
}

/** What to search. */
export interface SearchOptions {
  /** Results wanted, best first (default 10). */
  readonly limit?: number;
  /** Only results of this type; the counts still cover every type. */
  readonly type?: SearchResultType | undefined;
}

/** What a search returns. */
export interface SearchResponse {
  /** The best results, best first (at most `limit`, of the type asked for). */
  readonly hits: readonly SearchHit[];
  /** How many documents matched, of every type. */
  readonly total: number;
  /** How many documents of each type matched. */
  readonly counts: Readonly<Record<SearchResultType, number>>;
  /** The query with its misspelt words corrected, when some were (« Vouliez-vous dire … ? »). */
  readonly suggestion: string | undefined;
}

/** A part of the query once scored: its alternatives (weight and words), for finding what matched in each document. */
export interface ScoredSlot {
  readonly optional: boolean;
  readonly alternatives: readonly { readonly weight: number; readonly words: readonly WordScores[] }[];
}

/**
 * What stands for each part of the query in document `doc`: the terms of
 * its alternatives complete there, and of each word typed found there (`date`
 * of « date limite » in a text that says « deadline » only in its title);
 * and the passages of the text where they first occur.
 */
export function matchesIn(slots: readonly ScoredSlot[], doc: number): { parts: ReadonlySet<string>[]; passages: Set<number> } {
  const passages = new Set<number>();
  const parts = slots.map((slot) => {
    const terms = new Set<string>();
    for (const { weight, words } of slot.alternatives) {
      const complete = words.every((word) => (word.values[doc] ?? 0) > 0);
      for (const word of words) {
        if (!complete && !(weight >= 1 && (word.values[doc] ?? 0) > 0)) continue;
        for (const term of word.matchedTerms) terms.add(term);
        const passage = word.passages?.[doc] ?? noPassage;
        if (passage !== noPassage) passages.add(passage);
      }
    }
    return terms;
  });
  return { parts, passages };
}

/** How many of `docs` are of each type. */
export function countTypes(docs: readonly number[], types: readonly SearchResultType[]): Record<SearchResultType, number> {
  const counts = Object.fromEntries(searchResultTypes.map((type) => [type, 0])) as Record<SearchResultType, number>;
  for (const doc of docs) {
    const type = types[doc];
    if (type) counts[type] += 1;
  }
  return counts;
}

/** A result as the page shows it. */
export function hit(result: StoredResult, score: number, parts: QueryTerms, text: ResultText): SearchHit {
  const marks = new Set<string>();
  for (const terms of parts) for (const term of terms) marks.add(term);
  return { type: result.type, title: result.title, url: result.url, date: result.date, excerpt: resultExcerpt(text, parts), score, marks };
}

/** The query with each word that matched only through a correction replaced by it, spelt as the results spell it. */
export function suggestion(
  text: string,
  parsed: ParsedQuery,
  slots: readonly ScoredSlot[],
  results: readonly { readonly result: StoredResult; readonly text: ResultText }[],
  spellings: ReadonlyMap<string, string>,
): string | undefined {
  const corrections = new Map<string, string>();
  // The passages read (already split), then the titles.
  const segments = results.flatMap(({ text }) => text.segments);
  const texts = [...segments.map((segment) => segment.text), ...results.map(({ result }) => result.title)];
  const split = segments.map((segment) => segment.tokens);
  parsed.slots.forEach((slot, index) => {
    for (const [word, term] of slot.misspelt) corrections.set(word, spellings.get(term) ?? surfaceForm(term, texts, split));
    const typed = slot.alternatives[0]?.terms ?? [];
    slots[index]?.alternatives[0]?.words.forEach((word, position) => {
      const term = typed[position];
      if (term !== undefined && word.correction !== undefined) corrections.set(term, surfaceForm(word.correction, texts, split));
    });
  });
  return corrections.size > 0 ? rewriteQuery(text, corrections) : undefined;
}

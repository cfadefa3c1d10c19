/**
 * Reading a query: words folded like the index, stop words dropped, and
 * synonym phrases (from `src/data/search-synonyms.json`) turned into
 * alternatives. Pure; the engine matches the resulting terms.
 */
import type { Locale } from '../../i18n/locales';
import { questionWords, stopWords, terms, tokenize } from '../normalize';

/** A way to satisfy one part of the query: every term must match (a phrase such as `chaine blocs`). */
export interface QueryAlternative {
  /** Folded terms, stop words removed. */
  readonly terms: readonly string[];
  /** 1 for what was typed, less for a synonym. */
  readonly weight: number;
}

/** One part of the query: a word, or a synonym phrase with its alternatives. */
export interface QuerySlot {
  readonly alternatives: readonly QueryAlternative[];
  /** A question word: adds to the score where present, never required. */
  readonly optional: boolean;
}

/** A parsed query. */
export interface ParsedQuery {
  readonly slots: readonly QuerySlot[];
  /** The last word typed, which may be an unfinished prefix (matched from 2 letters). */
  readonly lastTerm: string | undefined;
}

/** Weight of a synonym relative to the words typed. */
export const synonymWeight = 0.9;

/** Synonym groups as folded term lists, for one language. */
export type CompiledSynonyms = readonly (readonly (readonly string[])[])[];

/** Folds every phrase of every group with `lang`'s stop words (so they compare with the query's terms). */
export function compileSynonyms(groups: readonly (readonly string[])[], lang: Locale): CompiledSynonyms {
  return groups.map((group) => group.map((phrase) => terms(phrase, lang)).filter((phrase) => phrase.length > 0));
}

/** Singular-ish form for comparing a query word with a synonym: `chaines` ≈ `chaine`. */
function stem(term: string): string {
  return term.length > 3 && /[sx]$/.test(term) ? term.slice(0, -1) : term;
}

/**
 * Decides whether a typed word stands for a synonym's word. The default
 * accepts the same word give or take a final `s`/`x`; the engine adds typo
 * tolerance and completion of the word being typed (`synonymWordMatch`).
 */
export type WordComparator = (typed: string, term: string, isLast: boolean) => boolean;

/** Same word, give or take a plural mark. */
export const sameStem: WordComparator = (typed, term) => stem(typed) === stem(term);

/** True when `phrase` occurs in `words` at `position`. */
function phraseAt(words: readonly string[], position: number, phrase: readonly string[], same: WordComparator): boolean {
  return phrase.every((term, offset) => {
    const index = position + offset;
    const word = words[index];
    return word !== undefined && (sameStem(word, term, false) || same(word, term, index === words.length - 1));
  });
}

/**
 * Parses `text` in `lang`: each word is a slot; a run of words that is a
 * synonym phrase becomes one slot whose alternatives are the group's phrases.
 * A query made only of stop words keeps them, so it still finds something.
 */
export function parseQuery(text: string, lang: Locale, synonyms: CompiledSynonyms, same: WordComparator = sameStem): ParsedQuery {
  const all = tokenize(text).map((token) => token.term);
  const kept = all.filter((term) => !stopWords[lang].has(term));
  const words = kept.length > 0 ? kept : all;
  const slots: QuerySlot[] = [];
  let position = 0;
  while (position < words.length) {
    let best: { length: number; group: readonly (readonly string[])[] } | undefined;
    for (const group of synonyms) {
      for (const phrase of group) {
        if (phrase.length > (best?.length ?? 0) && phraseAt(words, position, phrase, same)) best = { length: phrase.length, group };
      }
    }
    if (best) {
      const typed = words.slice(position, position + best.length);
      const alternatives: QueryAlternative[] = [{ terms: typed, weight: 1 }];
      const seen = new Set([typed.join(' ')]);
      for (const phrase of best.group) {
        const key = phrase.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        alternatives.push({ terms: phrase, weight: synonymWeight });
      }
      slots.push({ alternatives, optional: false });
      position += best.length;
    } else {
      const word = words[position] ?? '';
      slots.push({ alternatives: [{ terms: [word], weight: 1 }], optional: questionWords[lang].has(word) });
      position += 1;
    }
  }
  return { slots, lastTerm: words.at(-1) };
}

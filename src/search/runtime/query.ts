/**
 * Reading a query: words folded like the index, stop words dropped, synonym
 * phrases (from `src/search/synonyms.json`) turned into alternatives, words
 * that name a kind of result (« communiqué », « FAQ ») and question words
 * that ask for one (« quand » → key dates) marked. Pure; the engine matches
 * the resulting terms.
 */
import type { Locale } from '../../i18n/locales';
import { searchResultTypes, type SearchResultType } from '../format';
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
  /**
   * The kinds of result this part names (« communiqués ») or asks for
   * (« quand »): documents of these types match it even without its words.
   */
  readonly types: readonly SearchResultType[];
  /** Words typed with typing errors that stand for a synonym's word: the word and that word (`subvension` → `subvention`). */
  readonly misspelt: ReadonlyMap<string, string>;
}

/** A parsed query. */
export interface ParsedQuery {
  readonly slots: readonly QuerySlot[];
  /** The last word typed, which may be an unfinished prefix (matched from 2 letters). */
  readonly lastTerm: string | undefined;
}

/** Weight of a synonym relative to the words typed. */
export const synonymWeight = 0.9;

/** What `synonyms.json` holds: groups of equivalent phrases, and the phrases that name each kind of result. */
export interface SynonymsFile {
  readonly groups: readonly (readonly string[])[];
  readonly types: Readonly<Record<string, readonly string[]>>;
}

/** Synonym groups and kind names as folded term lists, for one language. */
export interface CompiledSynonyms {
  readonly groups: readonly (readonly (readonly string[])[])[];
  /** Phrases naming a kind of result, with that kind. */
  readonly types: readonly { readonly phrase: readonly string[]; readonly type: SearchResultType }[];
  /** Each folded word of the file as written there (`admissibilite` → `admissibilité`), for « Vouliez-vous dire ». */
  readonly spellings: ReadonlyMap<string, string>;
}

/**
 * Question words that ask for a kind of result, folded: « quand », « when »
 * are answered by a key date. Only adds, like every question word.
 */
export const questionTypes: Readonly<Record<Locale, Readonly<Record<string, readonly SearchResultType[]>>>> = {
  fr: { quand: ['key-date'] },
  en: { when: ['key-date'] },
};

/** True for a result type this code knows (a `synonyms.json` key may name one it does not). */
function isResultType(type: string): type is SearchResultType {
  return (searchResultTypes as readonly string[]).includes(type);
}

/**
 * Folds every phrase of `file` with the stop words of `lang` (so they compare
 * with the query's terms). Phrases of a kind this code does not know are left out.
 */
export function compileSynonyms(file: SynonymsFile, lang: Locale): CompiledSynonyms {
  const phrases = (list: readonly string[]) => list.map((phrase) => terms(phrase, lang)).filter((phrase) => phrase.length > 0);
  const spellings = new Map<string, string>();
  for (const phrase of [...file.groups.flat(), ...Object.values(file.types).flat()]) {
    for (const token of tokenize(phrase)) if (!spellings.has(token.term)) spellings.set(token.term, phrase.slice(token.start, token.end));
  }
  return {
    groups: file.groups.map(phrases),
    types: Object.entries(file.types).flatMap(([type, list]) => (isResultType(type) ? phrases(list).map((phrase) => ({ phrase, type })) : [])),
    spellings,
  };
}

/** Singular-ish form for comparing a query word with a synonym: `chaines` ≈ `chaine`. */
function stem(term: string): string {
  return term.length > 3 && /[sx]$/.test(term) ? term.slice(0, -1) : term;
}

/**
 * How far a typed word is from a synonym's or kind's word: 0 for the same
 * word, more for a looser match (a typo, an unfinished word), `Infinity` when
 * it does not stand for it. The default accepts the same word give or take a
 * final `s`/`x`; the engine adds typo tolerance and completion of the word
 * being typed (`synonymWordMatch`).
 */
export type WordComparator = (typed: string, term: string, isLast: boolean) => number;

/** Same word, give or take a plural mark. */
export const sameStem: WordComparator = (typed, term) => (stem(typed) === stem(term) ? 0 : Infinity);

/** How far the words at `position` are from `phrase` (the sum over its words), `Infinity` when they are not it. */
function phraseAt(words: readonly string[], position: number, phrase: readonly string[], same: WordComparator): number {
  let distance = 0;
  phrase.forEach((term, offset) => {
    const index = position + offset;
    const word = words[index];
    distance += word === undefined ? Infinity : Math.min(sameStem(word, term, false), same(word, term, index === words.length - 1));
  });
  return distance;
}

/** The words of a query, folded, stop words dropped unless the query holds nothing else. */
export function queryWords(text: string, lang: Locale): string[] {
  const all = tokenize(text).map((token) => token.term);
  const kept = all.filter((term) => !stopWords[lang].has(term));
  return kept.length > 0 ? kept : all;
}

/**
 * Parses `text` in `lang`: each word is a slot; a run of words that is a
 * synonym phrase becomes one slot whose alternatives are the group's phrases;
 * a run that names a kind of result carries that type. The longest phrase at
 * each position wins. A query made only of stop words keeps them, so it
 * still finds something.
 */
export function parseQuery(text: string, lang: Locale, synonyms: CompiledSynonyms, same: WordComparator = sameStem): ParsedQuery {
  const words = queryWords(text, lang);
  const slots: QuerySlot[] = [];
  let position = 0;
  while (position < words.length) {
    // The longest phrase, then the closest to what was typed, then the first group's.
    let group: { length: number; distance: number; phrases: readonly (readonly string[])[]; matched: readonly string[] } | undefined;
    for (const phrases of synonyms.groups) {
      for (const phrase of phrases) {
        const distance = phraseAt(words, position, phrase, same);
        if (distance === Infinity || phrase.length < (group?.length ?? 0)) continue;
        if (!group || phrase.length > group.length || distance < group.distance) group = { length: phrase.length, distance, phrases, matched: phrase };
      }
    }
    const named = synonyms.types.filter(({ phrase }) => phraseAt(words, position, phrase, same) < Infinity);
    const kindLength = Math.max(0, ...named.map(({ phrase }) => phrase.length));
    const length = Math.max(1, group?.length ?? 0, kindLength);
    const typed = words.slice(position, position + length);
    const alternatives: QueryAlternative[] = [{ terms: typed, weight: 1 }];
    const seen = new Set([typed.join(' ')]);
    for (const phrase of group?.length === length ? group.phrases : []) {
      const key = phrase.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      // The phrase the words typed stand for (misspelt, unfinished or in the plural) is what the reader meant.
      alternatives.push({ terms: phrase, weight: phrase === group?.matched ? 1 : synonymWeight });
    }
    const misspelt = new Map<string, string>();
    group?.matched.forEach((term, offset) => {
      const index = position + offset;
      const word = words[index] ?? '';
      if (group.length === length && sameStem(word, term, false) > 0 && same(word, term, index === words.length - 1) >= 1) misspelt.set(word, term);
    });
    const word = typed[0] ?? '';
    const question = length === 1 && questionWords[lang].has(word);
    const types = question ? (questionTypes[lang][word] ?? []) : named.filter(({ phrase }) => phrase.length === length).map(({ type }) => type);
    slots.push({ alternatives, optional: question, types: [...new Set(types)], misspelt });
    position += length;
  }
  return { slots, lastTerm: words.at(-1) };
}

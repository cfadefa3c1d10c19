/**
 * Text normalisation shared by the index build and the query: the same
 * function folds what editors wrote and what readers type, so `réalité`,
 * `realite` and `REALITE` become one term, and `l’entreprise` is indexed
 * (and searched) as `entreprise`.
 */
import type { Locale } from '../i18n/locales';

/** One word of a text: its folded form and where it sits in the original string. */
export interface Token {
  /** Folded term (`realite`). */
  readonly term: string;
  /** Offset of the word's first character in the original text. */
  readonly start: number;
  /** Offset just past the word's last character. */
  readonly end: number;
}

/** Letters that Unicode decomposition does not split into a base letter and an accent. */
const ligatures: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/** Case-folds and strips accents: `Réalité Œuvre` → `realite oeuvre`. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œæßøłđı]/g, (letter) => ligatures[letter] ?? letter);
}

/**
 * Words are runs of letters and digits; apostrophes and hyphens split them,
 * so the French elisions `l’`, `d’`, `qu’` fall off as one-word stop words.
 */
const wordPattern = /[\p{L}\p{N}]+/gu;

/**
 * Function words never indexed nor searched, folded. French elided forms
 * (`l`, `d`, `qu`, `jusqu`…) are here, which is what makes `l’entreprise`
 * find `entreprise`. Like English `can`, `will` and `do`, the French modal
 * verbs (`peut`, `faut`, `doit`…) are stop words: « Faut-il payer ? » is
 * about paying. Question words (`combien`, `how`, `when`) are kept: FAQ
 * questions start with them.
 */
export const stopWords: Readonly<Record<Locale, ReadonlySet<string>>> = {
  fr: new Set(
    (
      'a au aux avec c ce ces cet cette d dans de des du elle elles en est et etre eu il ils j je jusqu l la le les leur leurs lorsqu lui m ma mais me mes meme moi mon n ne nos notre nous on ou par pas pour puisqu qu que quoi s sa se ses si son sont sur t ta te tes toi ton tu un une vos votre vous y ete etait sera seront ont peut peux peuvent puis pourrait pourraient faut dois doit doivent'
    ).split(' '),
  ),
  en: new Set(
    (
      'a an and are as at be been but by can could did do does for from had has have he her his i if in into is it its me my no not of on or our s she so t than that the their them then there these they this those to us was we were will with would you your'
    ).split(' '),
  ),
};

/** Folded forms of words already seen: the same few thousand words recur through a corpus. */
const folded = new Map<string, string>();

/** `fold` for one word, memoised (bounded, so a long-lived page cannot grow it without end). */
function foldWord(word: string): string {
  let result = folded.get(word);
  if (result === undefined) {
    if (folded.size > 100_000) folded.clear();
    result = fold(word);
    folded.set(word, result);
  }
  return result;
}

/**
 * `text` on one line, its spaces single: how texts are stored, cut into
 * passages and excerpts. No-break spaces (U+00A0, U+202F, U+2007) are the
 * typography's (before `:`, in `9 h 30`, in `120 000 $`) and stay: a run of
 * spaces that holds one becomes that space.
 */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, (run) => /[\u00A0\u202F\u2007]/.exec(run)?.[0] ?? ' ')
    .replace(/^[^\S\u00A0\u202F\u2007]+|[^\S\u00A0\u202F\u2007]+$/g, '');
}

/** Splits `text` into folded words with their offsets, stop words included. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    tokens.push({ term: foldWord(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

/** What separates words once a text is folded. */
const separator = /[^\p{L}\p{N}]+/u;

/**
 * The searchable terms of `text` in `lang`: folded, stop words removed, in
 * order (duplicates kept). Folds the whole text at once (the index build
 * calls this on millions of words), which gives the same words as `tokenize`.
 */
export function terms(text: string, lang: Locale): string[] {
  const stop = stopWords[lang];
  return fold(text)
    .split(separator)
    .filter((term) => term !== '' && !stop.has(term));
}

/**
 * How many typing errors a query word of this many letters may contain and
 * still match: none under 4 letters, one from 4, two for words of 8 letters
 * or more (`blockchian`, `critrères`) — which a reader who dropped a letter
 * typed as 7. Swapping two neighbouring letters counts as one error.
 */
export function allowedTypos(length: number): 0 | 1 | 2 {
  if (length >= 7) return 2;
  if (length >= 4) return 1;
  return 0;
}

/** Reused cells of `typingErrors`' table: it runs on hundreds of terms per query word. */
let scratch = new Int32Array(256);

/**
 * Typing errors between `typed` and `term`, or `limit + 1` as soon as they
 * exceed `limit`: letters missing, extra or wrong, and two neighbouring
 * letters swapped, each counting as one, even next to one another
 * (Damerau–Levenshtein distance: `iontopo` is two errors from `intotopo`, a
 * dropped `t` and a swap). The one measure of typos: the engine's corrections,
 * its synonym matching and « Vouliez-vous dire » all use it, so a typo means
 * the same everywhere. With `prefix`, the errors between `typed` and the
 * closest beginning of `term` (`cybrsec` is one error from `cybersecurite`):
 * an unfinished word with a typo.
 */
export function typingErrors(typed: string, term: string, limit: number, prefix = false): number {
  if (prefix ? typed.length - term.length > limit : Math.abs(typed.length - term.length) > limit) return limit + 1;
  const width = term.length + 2;
  const far = typed.length + term.length;
  // distance(typed[0, i), term[0, j)) at row i + 1, column j + 1; row and column 0 hold `far`.
  const size = (typed.length + 2) * width;
  if (scratch.length < size) scratch = new Int32Array(size * 2);
  const cells = scratch;
  cells[0] = far;
  for (let i = 0; i <= typed.length; i += 1) {
    cells[(i + 1) * width] = far;
    cells[(i + 1) * width + 1] = i;
  }
  for (let j = 0; j <= term.length; j += 1) {
    cells[j + 1] = far;
    cells[width + j + 1] = j;
  }
  // Row of the last occurrence of each letter of `typed` seen so far.
  const lastRow = new Map<string, number>();
  for (let i = 1; i <= typed.length; i += 1) {
    const letter = typed[i - 1];
    let lastColumn = 0;
    let rowMinimum = far;
    for (let j = 1; j <= term.length; j += 1) {
      const swapColumn = lastColumn;
      // No earlier match in this row: a swap cannot end here (its cell would be in row or column 0).
      const swapRow = swapColumn === 0 ? 0 : (lastRow.get(term[j - 1] ?? '') ?? 0);
      const same = letter === term[j - 1];
      if (same) lastColumn = j;
      const value = Math.min(
        (cells[i * width + j] ?? 0) + (same ? 0 : 1),
        (cells[(i + 1) * width + j] ?? 0) + 1,
        (cells[i * width + j + 1] ?? 0) + 1,
        // Letters swapped, with whatever was typed between them deleted or inserted.
        (cells[swapRow * width + swapColumn] ?? 0) + (i - swapRow - 1) + 1 + (j - swapColumn - 1),
      );
      cells[(i + 1) * width + j + 1] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    lastRow.set(letter ?? '', i);
  }
  const finalRow = (typed.length + 1) * width;
  let errors = cells[finalRow + term.length + 1] ?? limit + 1;
  // The distance to each beginning of `term` is in the final row.
  if (prefix) for (let j = 0; j <= term.length; j += 1) errors = Math.min(errors, cells[finalRow + j + 1] ?? errors);
  return Math.min(errors, limit + 1);
}

/**
 * Question words, folded: kept in the index (FAQ questions start with them)
 * but optional in a query, so "When is the deadline?" is not outranked by a
 * page that merely says "when" more often than the key date.
 */
export const questionWords: Readonly<Record<Locale, ReadonlySet<string>>> = {
  fr: new Set('combien comment pourquoi quand quel quelle quelles quels qui'.split(' ')),
  en: new Set('how many much what when where which who whom why'.split(' ')),
};

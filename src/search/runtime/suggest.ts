/**
 * « Vouliez-vous dire … ? », pure: the query as the reader typed it, with
 * each misspelt word replaced by the index word it was corrected to, spelt
 * as the site spells it (`critrères` → `critères`, not the folded `criteres`).
 */
import { tokenize, type Token } from '../normalize';

/**
 * How the site spells the folded `term`: its most frequent spelling among
 * the words of `texts`, lower-case spellings first (a capital often only
 * starts a sentence or a title); the term itself when no text holds it.
 * `words[i]`, when given, are the words of `texts[i]`, already split.
 */
export function surfaceForm(term: string, texts: readonly string[], words: readonly (readonly Token[] | undefined)[] = []): string {
  const spellings = new Map<string, number>();
  for (const [index, text] of texts.entries()) {
    for (const token of words[index] ?? tokenize(text)) {
      if (token.term !== term) continue;
      const spelling = text.slice(token.start, token.end);
      spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
    }
  }
  let best: [spelling: string, count: number] | undefined;
  const lowerFirst = (spelling: string) => (spelling === spelling.toLowerCase() ? 1 : 0);
  for (const entry of spellings) {
    if (!best || lowerFirst(entry[0]) > lowerFirst(best[0]) || (lowerFirst(entry[0]) === lowerFirst(best[0]) && entry[1] > best[1])) best = entry;
  }
  return best?.[0] ?? term;
}

/** `word` with the case of `typed`: lower-case when it was typed so, capitalised when it was, else as is. */
function caseLike(typed: string, word: string): string {
  if (typed === typed.toLowerCase()) return word.toLowerCase();
  if (typed === typed.charAt(0).toUpperCase() + typed.slice(1).toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return word;
}

/**
 * `text` with each word whose folded form `replacements` maps replaced by
 * its replacement (in the case it was typed in), the rest kept as typed;
 * `undefined` when no word changes.
 */
export function rewriteQuery(text: string, replacements: ReadonlyMap<string, string>): string | undefined {
  let result = '';
  let position = 0;
  let changed = false;
  for (const token of tokenize(text)) {
    const replacement = replacements.get(token.term);
    if (replacement === undefined) continue;
    result += text.slice(position, token.start) + caseLike(text.slice(token.start, token.end), replacement);
    position = token.end;
    changed = true;
  }
  return changed ? (result + text.slice(position)).trim() : undefined;
}

/**
 * Where a result's text matched, pure: the passage to show under the title
 * (the one holding the most query words, closest together, cut at word
 * boundaries) and how close together the query's words sit, which the engine
 * uses to rank "date limite" above a text that says "date" here and
 * "limite" three paragraphs later.
 */
import { tidy, tokenize, type Token } from '../normalize';

/** The index terms of each part of the query (a word, or a synonym phrase), for matching the words of a text. */
export type QueryTerms = readonly ReadonlySet<string>[];

/** Length of an excerpt, in characters: as long as `max`, never shorter than `min` when the text allows. */
export const excerptLength = { min: 160, max: 220 } as const;

/** A word of a text that matches part `part` of the query. */
interface MatchedWord {
  readonly start: number;
  readonly end: number;
  readonly part: number;
}

/** Which part of the query each of its terms belongs to (the first that holds it). */
function partOfTerm(parts: QueryTerms): Map<string, number> {
  const partOf = new Map<string, number>();
  parts.forEach((terms, part) => {
    for (const term of terms) if (!partOf.has(term)) partOf.set(term, part);
  });
  return partOf;
}

/** The words of `tokens` that match a part of the query, in order. */
function matchedWords(tokens: readonly Token[], parts: QueryTerms): MatchedWord[] {
  const partOf = partOfTerm(parts);
  const found: MatchedWord[] = [];
  for (const token of tokens) {
    const part = partOf.get(token.term);
    if (part !== undefined) found.push({ start: token.start, end: token.end, part });
  }
  return found;
}

/**
 * The run of matched words to centre the excerpt on: among the runs that fit
 * in `max` characters, the one with the most distinct parts of the query,
 * then the shortest, then the first.
 */
function bestRun(words: readonly MatchedWord[], max: number): { start: number; end: number; parts: number } | undefined {
  let best: { start: number; end: number; parts: number } | undefined;
  for (let left = 0; left < words.length; left += 1) {
    const first = words[left];
    if (!first) continue;
    const parts = new Set<number>();
    for (let right = left; right < words.length; right += 1) {
      const last = words[right];
      if (!last || last.end - first.start > max) break;
      parts.add(last.part);
      const length = last.end - first.start;
      if (!best || parts.size > best.parts || (parts.size === best.parts && length < best.end - best.start)) {
        best = { start: first.start, end: last.end, parts: parts.size };
      }
    }
  }
  return best;
}

/** True when a sentence starts at `position` in `text` (the text's start, or after a full stop and a space). */
function isSentenceStart(text: string, position: number): boolean {
  return position === 0 || (text[position - 1] === ' ' && /[.!?…:;—]/.test(text[position - 2] ?? ''));
}

/** True when a word starts at `position` in `text`. */
function isWordStart(text: string, position: number): boolean {
  return position === 0 || text[position - 1] === ' ';
}

/** The last position in [`low`, `high`] where `ends` holds, or `undefined`. */
function lastBetween(low: number, high: number, ends: (position: number) => boolean): number | undefined {
  for (let position = high; position >= low; position -= 1) if (ends(position)) return position;
  return undefined;
}

/** How well a text answers the query: the most parts of it one excerpt can hold, and how short their run is. */
export interface PassageStrength {
  readonly parts: number;
  readonly length: number;
}

/** How well the text split into `tokens` answers the query (0 parts when it holds none of its words). */
export function passageStrength(tokens: readonly Token[], parts: QueryTerms, max: number = excerptLength.max): PassageStrength {
  const run = bestRun(matchedWords(tokens, parts), max);
  return run ? { parts: run.parts, length: run.end - run.start } : { parts: 0, length: 0 };
}

/** Where a text sits in a longer one: whether more text comes before it and after it. */
export interface TextContext {
  readonly before?: boolean;
  readonly after?: boolean;
}

/**
 * The excerpt of `text` for a query: the passage of about `excerptLength`
 * characters around the words that match most parts of the query, closest
 * together, from the start of a sentence where it can and to the end of one
 * where it can, else cut at word boundaries, with « … » where the text goes
 * on (`context`: when `text` is itself a part of a longer text). When nothing
 * matches, the beginning of the text. A caller that keeps texts passes one
 * already tidied (`tidy`) with its `tokens`.
 */
export function excerptAround(text: string, parts: QueryTerms, length: { min: number; max: number } = excerptLength, tokens?: readonly Token[], context: TextContext = {}): string {
  const clean = tokens ? text : tidy(text);
  const ellipses = (passage: string, before: boolean, after: boolean) => `${before ? '… ' : ''}${passage}${after ? ' …' : ''}`;
  if (clean.length <= length.max) return ellipses(clean, context.before === true, context.after === true);
  const run = bestRun(matchedWords(tokens ?? tokenize(clean), parts), length.max) ?? { start: 0, end: 0 };
  // Start where the match still fits and the excerpt keeps its least length: at a sentence start if one is
  // there, else at the word start nearest a third of the room before the match.
  const low = Math.max(0, run.end - length.max);
  const high = Math.max(low, Math.min(run.start, clean.length - length.min));
  const target = run.start - Math.floor((length.max - (run.end - run.start)) / 3);
  const nearest = (ends: (position: number) => boolean) => {
    let best: number | undefined;
    for (let position = low; position <= high; position += 1) {
      if (ends(position) && (best === undefined || Math.abs(position - target) < Math.abs(best - target))) best = position;
    }
    return best;
  };
  const start = nearest((position) => isSentenceStart(clean, position)) ?? nearest((position) => isWordStart(clean, position)) ?? low;
  // End at a sentence's end if one is in reach, else before the word the limit falls in; never inside the match.
  const limit = Math.min(clean.length, start + length.max);
  const least = Math.min(limit, Math.max(run.end, start + length.min));
  const end =
    limit === clean.length
      ? limit
      : (lastBetween(least, limit, (position) => /[.!?…]/.test(clean[position - 1] ?? '') && clean[position] === ' ') ??
        lastBetween(least, limit, (position) => clean[position] === ' ') ??
        limit);
  let passage = clean.slice(start, end);
  if (end < clean.length) passage = passage.replace(/[\s,;:–—-]+$/, '');
  return ellipses(passage, start > 0 || context.before === true, end < clean.length || context.after === true);
}

/**
 * How close together the parts of the query are in a text, given as its
 * words in order, stop words aside (`terms`): the fewest words spanning one
 * word of each part the text holds, found in one pass (the smallest window
 * covering every part present). `parts` is how many distinct parts the text
 * holds; `span` is 0 when it holds fewer than two.
 */
export function closestSpan(words: readonly string[], query: QueryTerms): { parts: number; span: number } {
  const partOf = partOfTerm(query);
  const sequence = words.map((word) => partOf.get(word) ?? -1);
  const present = new Set(sequence.filter((part) => part >= 0));
  if (present.size < 2) return { parts: present.size, span: 0 };
  const counts = new Map<number, number>();
  let covered = 0;
  let span = Infinity;
  let left = 0;
  sequence.forEach((part, right) => {
    if (part < 0) return;
    counts.set(part, (counts.get(part) ?? 0) + 1);
    if (counts.get(part) === 1) covered += 1;
    while (covered === present.size) {
      span = Math.min(span, right - left + 1);
      const leaving = sequence[left] ?? -1;
      left += 1;
      if (leaving < 0) continue;
      const remaining = (counts.get(leaving) ?? 0) - 1;
      counts.set(leaving, remaining);
      if (remaining === 0) covered -= 1;
    }
  });
  return { parts: present.size, span };
}

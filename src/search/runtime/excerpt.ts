/**
 * Where a result's text matched, pure: the passage to show under the title
 * (the one holding the most query words, closest together, cut at word
 * boundaries) and how close together the query's words sit, which the engine
 * uses to rank "date limite" above a text that says "date" here and
 * "limite" three paragraphs later.
 */
import { stopWords, tokenize, type Token } from '../normalize';
import type { Locale } from '../../i18n/locales';

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

/** The words of `tokens` that match a part of the query, in order. */
function matchedWords(tokens: readonly Token[], parts: QueryTerms): MatchedWord[] {
  const found: MatchedWord[] = [];
  for (const token of tokens) {
    const part = parts.findIndex((terms) => terms.has(token.term));
    if (part >= 0) found.push({ start: token.start, end: token.end, part });
  }
  return found;
}

/**
 * The run of matched words to centre the excerpt on: among the runs that fit
 * in `max` characters, the one with the most distinct parts of the query,
 * then the shortest, then the first.
 */
function bestRun(words: readonly MatchedWord[], max: number): { start: number; end: number } | undefined {
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

/**
 * The excerpt of `text` for a query: the passage of about `excerptLength`
 * characters around the words that match most parts of the query, closest
 * together, from the start of a sentence where it can and to the end of one
 * where it can, else cut at word boundaries, with « … » where the text goes
 * on. When nothing matches, the beginning of the text.
 */
export function excerptAround(text: string, parts: QueryTerms, length: { min: number; max: number } = excerptLength): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= length.max) return clean;
  const run = bestRun(matchedWords(tokenize(clean), parts), length.max) ?? { start: 0, end: 0 };
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
  return `${start > 0 ? '… ' : ''}${passage}${end < clean.length ? ' …' : ''}`;
}

/**
 * How close together the parts of the query are in a text: the fewest words
 * (stop words aside) spanning one word of each part the text holds, found in
 * one pass (the smallest window covering every part present). `parts` is
 * how many distinct parts the text holds; `span` is 0 when it holds fewer
 * than two.
 */
export function closestSpan(text: string, lang: Locale, query: QueryTerms): { parts: number; span: number } {
  const stop = stopWords[lang];
  const sequence = tokenize(text)
    .filter((token) => !stop.has(token.term))
    .map((token) => query.findIndex((terms) => terms.has(token.term)));
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

/**
 * The text of a result, as far as the engine reads it: the passages where
 * the query matched (the first always comes with the result, the others are
 * fetched only when a word of the query first occurs there), split into
 * words once and kept, with what the engine asks of them: the excerpt, and
 * how close together the query's words are.
 */
import { stopWords, tokenize, type Token } from '../normalize';
import type { Locale } from '../../i18n/locales';
import { closestSpan, excerptAround, passageStrength, type QueryTerms } from './excerpt';
import type { IndexReader, StoredResult } from './index-reader';
import { proximityFactor } from './ranking';

/** Consecutive passages of a text, read and split into words. */
export interface Segment {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Its searched words in order, stop words aside. */
  readonly terms: readonly string[];
  /** Whether the text goes on before and after it. */
  readonly before: boolean;
  readonly after: boolean;
}

/** What the engine read of a result's text. */
export interface ResultText {
  readonly titleTerms: readonly string[];
  readonly segments: readonly Segment[];
}

/** Runs of consecutive numbers in ascending `numbers` (`[0, 2, 3]` → `[[0], [2, 3]]`). */
export function runsOf(numbers: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const number of numbers) {
    const last = runs.at(-1);
    if (last && last.at(-1) === number - 1) last.push(number);
    else runs.push([number]);
  }
  return runs;
}

/** Reads results' passages from one index, each passage split into words once. */
export class ResultTexts {
  private readonly split = new Map<string, { tokens: Token[]; terms: string[] }>();
  private readonly titles = new Map<number, string[]>();

  constructor(
    private readonly index: IndexReader,
    private readonly lang: Locale,
  ) {}

  /** The searched words of `text`, stop words aside. */
  private searched(tokens: readonly Token[]): string[] {
    const stop = stopWords[this.lang];
    return tokens.map((token) => token.term).filter((term) => !stop.has(term));
  }

  /** Document `doc`'s passages `wanted` (the first always), grouped into runs of consecutive passages. */
  async read(doc: number, result: StoredResult, wanted: ReadonlySet<number>): Promise<ResultText> {
    const numbers = [...new Set([0, ...wanted])].filter((passage) => passage < result.passages).sort((a, b) => a - b);
    const texts = await Promise.all(numbers.map((passage) => this.index.passage(doc, passage)));
    const runs = runsOf(numbers);
    let position = 0;
    const segments = runs.map((run) => {
      const text = texts.slice(position, (position += run.length)).join(' ');
      const key = `${doc} ${run.join(',')}`;
      let words = this.split.get(key);
      if (!words) {
        const tokens = tokenize(text);
        words = { tokens, terms: this.searched(tokens) };
        this.split.set(key, words);
      }
      return { text, ...words, before: (run[0] ?? 0) > 0, after: (run.at(-1) ?? 0) < result.passages - 1 };
    });
    let titleTerms = this.titles.get(doc);
    if (!titleTerms) {
      titleTerms = this.searched(tokenize(result.title));
      this.titles.set(doc, titleTerms);
    }
    return { titleTerms, segments };
  }
}

/** The proximity factor of a result: its title's or its best passage's, for the query's required parts. */
export function resultCloseness(text: ResultText, parts: QueryTerms): number {
  return Math.max(...[text.titleTerms, ...text.segments.map((segment) => segment.terms)].map((terms) => {
    const { parts: present, span } = closestSpan(terms, parts);
    return proximityFactor(present, span);
  }));
}

/** The excerpt of a result: cut from the passage that holds the most parts of the query, closest together (the first on a tie). */
export function resultExcerpt(text: ResultText, parts: QueryTerms): string {
  let best: { segment: Segment; parts: number; length: number } | undefined;
  for (const segment of text.segments) {
    const strength = passageStrength(segment.tokens, parts);
    if (!best || strength.parts > best.parts || (strength.parts === best.parts && strength.parts > 0 && strength.length < best.length)) best = { segment, ...strength };
  }
  if (!best) return '';
  const { segment } = best;
  return excerptAround(segment.text, parts, undefined, segment.tokens, { before: segment.before, after: segment.after });
}

/**
 * Marks the matched words of a title or excerpt. Pure: the page turns the
 * parts into text nodes and `<mark>` elements (never HTML strings).
 */
import { tokenize } from '../normalize';

/** A run of text, marked or not. */
export interface TextPart {
  readonly text: string;
  readonly mark: boolean;
}

/** Splits `text` into parts, marking each word whose folded form is in `matched`. */
export function highlight(text: string, matched: ReadonlySet<string>): TextPart[] {
  const parts: TextPart[] = [];
  let position = 0;
  for (const token of tokenize(text)) {
    if (!matched.has(token.term)) continue;
    if (token.start > position) parts.push({ text: text.slice(position, token.start), mark: false });
    parts.push({ text: text.slice(token.start, token.end), mark: true });
    position = token.end;
  }
  if (position < text.length) parts.push({ text: text.slice(position), mark: false });
  return parts;
}

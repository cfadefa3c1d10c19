/**
 * The naive approach the benchmark compares against: fuse.js over whole
 * documents, tuned as one would (ignoreLocation so matches deep in a body
 * count, ignoreDiacritics, threshold 0.3, title and body).
 */
import Fuse from 'fuse.js';

/** A document as the naive approach ships it: everything, bodies included. */
export interface NaiveDocument {
  readonly title: string;
  readonly body: string;
  readonly url: string;
}

/** The tuned options. */
export const naiveOptions = { keys: ['title', 'body'], ignoreLocation: true, ignoreDiacritics: true, threshold: 0.3, includeScore: true };

/** A fuse.js instance over `documents`. */
export function naiveFuse(documents: readonly NaiveDocument[]): Fuse<NaiveDocument> {
  return new Fuse(documents, naiveOptions);
}

/** Top-10 URLs for `query`. */
export function naiveSearch(fuse: Fuse<NaiveDocument>, query: string): string[] {
  return fuse.search(query, { limit: 10 }).map((result) => result.item.url);
}

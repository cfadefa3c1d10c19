// If this fails, a result's excerpt is cut from the wrong passage, or its « … » lie about the text around it.
import { describe, expect, test } from 'vitest';
import { tokenize, terms } from '../../../src/search/normalize';
import { resultCloseness, resultExcerpt, runsOf, type ResultText, type Segment } from '../../../src/search/runtime/result-text';

test.each([
  [[0], [[0]]],
  [[0, 1, 3], [[0, 1], [3]]],
  [[0, 2, 3], [[0], [2, 3]]],
  [[], []],
])('runsOf(%j) = %j', (numbers, runs) => {
  expect(runsOf(numbers)).toEqual(runs);
});

/** A segment of `text`, with more text before or after it. */
function segment(text: string, before: boolean, after: boolean): Segment {
  return { text, tokens: tokenize(text), terms: terms(text, 'fr'), before, after };
}

const result: ResultText = {
  titleTerms: ['calendrier'],
  segments: [segment('Le programme commence en janvier.', false, true), segment('Plus loin, la date limite tombe le 15 mars.', true, false)],
};
const parts = (...words: string[]) => words.map((word) => new Set([word]));

describe('resultExcerpt', () => {
  test('comes from the passage holding the most parts of the query, with « … » where the text goes on', () => {
    expect(resultExcerpt(result, parts('date', 'limite'))).toBe('… Plus loin, la date limite tombe le 15 mars.');
  });

  test('is the first passage when nothing matches', () => {
    expect(resultExcerpt(result, parts('absent'))).toBe('Le programme commence en janvier. …');
  });
});

describe('resultCloseness', () => {
  test('the best of the title and the passages read', () => {
    expect(resultCloseness(result, parts('date', 'limite'))).toBe(1.5);
    expect(resultCloseness(result, parts('programme', 'mars'))).toBe(1);
  });
});

// If this fails, the index no longer says where in a text a word first occurs, so a result would fetch the wrong
// passage (and show an excerpt without the match) or whole texts.
import { describe, expect, test } from 'vitest';
import { buildIndex, documentTerms, splitPassages } from '../../../src/search/build/index-build';
import { indexPaths, maxPassages } from '../../../src/search/format';
import { doc } from './fixtures';

/** `count` sentences of about 50 characters, numbered. */
const sentences = (count: number) => Array.from({ length: count }, (_, index) => `Phrase numéro ${index} avec quelques mots de plus.`).join(' ');

describe('splitPassages', () => {
  test.each([
    ['a short text stays whole', 'Un texte court.', 1],
    ['about 700 characters each', sentences(28), 2],
    ['never more than the maximum: longer passages instead', sentences(200), maxPassages],
  ])('%s', (_, text, count) => {
    const passages = splitPassages(text);
    expect(passages).toHaveLength(count);
    expect(passages.join(' ')).toBe(text);
  });

  test('cuts after the end of a sentence when one is near', () => {
    for (const passage of splitPassages(sentences(28)).slice(0, -1)) expect(passage).toMatch(/\.$/);
  });

  test('without sentences, cuts at a space, never inside a word', () => {
    const words = Array.from({ length: 300 }, (_, index) => `mot${index}`).join(' ');
    const passages = splitPassages(words);
    expect(passages.length).toBeGreaterThan(1);
    expect(passages.join(' ')).toBe(words);
    for (const passage of passages) expect(passage).toMatch(/^mot\d+( mot\d+)*$/);
  });
});

describe('documentTerms', () => {
  test('flags each term and gives the first passage of the body holding it (0 for the title only)', () => {
    const terms = documentTerms(doc('Titre unique', 'ignored'), 'fr', ['alpha beta.', 'gamma alpha.', 'delta gamma gamma.']);
    expect(Object.fromEntries(terms)).toEqual({
      titre: { flags: 1, passage: 0 },
      unique: { flags: 1, passage: 0 },
      alpha: { flags: 2, passage: 0 },
      beta: { flags: 0, passage: 0 },
      gamma: { flags: 2, passage: 1 },
      delta: { flags: 0, passage: 2 },
    });
  });
});

test('a long text is stored as its first passage with the document, and each other passage in a file of its own', () => {
  const index = buildIndex([doc('Long', sentences(60))], 'fr');
  const stored = index.files.get(indexPaths.document(index.manifest.h, 0)) as readonly unknown[];
  const count = stored[5] as number;
  expect(count).toBeGreaterThan(1);
  const rest = Array.from({ length: count - 1 }, (_, index_) => index.files.get(indexPaths.passage(index.manifest.h, 0, index_ + 1)));
  expect([stored[4], ...rest].join(' ')).toBe(sentences(60));
});

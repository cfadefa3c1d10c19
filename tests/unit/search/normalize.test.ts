import { describe, expect, test } from 'vitest';
import { allowedTypos, fold, terms, tokenize, typingErrors } from '../../../src/search/normalize';

describe('fold', () => {
  test.each([
    ['réalité', 'realite'],
    ['REALITE', 'realite'],
    ['Réalité', 'realite'],
    ['Cybersécurité', 'cybersecurite'],
    ['ŒUVRE', 'oeuvre'],
    ['cœur', 'coeur'],
    ['Québec', 'quebec'],
    ['naïve', 'naive'],
    ['ça', 'ca'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('terms (stop words and French elisions)', () => {
  test.each([
    ['fr', "l'entreprise", ['entreprise']],
    ['fr', 'l’entreprise', ['entreprise']],
    ['fr', "d'admissibilité", ['admissibilite']],
    ['fr', "jusqu'au 15 mars", ['15', 'mars']],
    ['fr', "qu'est-ce qu'une jeune pousse", ['jeune', 'pousse']],
    ['fr', 'Combien de jeunes pousses ?', ['combien', 'jeunes', 'pousses']],
    ['en', 'How many startups will be selected?', ['how', 'many', 'startups', 'selected']],
    ['en', "Microsoft's network", ['microsoft', 'network']],
    ['fr', 'incubateur-accélérateur', ['incubateur', 'accelerateur']],
    ['fr', 'Faut-il payer ? Qui peut postuler ?', ['payer', 'qui', 'postuler']],
    ['en', 'Can I apply? Who runs it?', ['apply', 'who', 'runs']],
  ] as const)('%s: %s', (lang, input, expected) => {
    expect(terms(input, lang)).toEqual(expected);
  });
});

test('tokenize keeps offsets in the original text', () => {
  const text = 'Réalité mixte, l’équipe';
  expect(tokenize(text).map((token) => [token.term, text.slice(token.start, token.end)])).toEqual([
    ['realite', 'Réalité'],
    ['mixte', 'mixte'],
    ['l', 'l'],
    ['equipe', 'équipe'],
  ]);
});

describe('allowedTypos: one from 4 letters, two from 8 (7 typed, a letter may be missing)', () => {
  test.each([
    [1, 0],
    [3, 0],
    [4, 1],
    [6, 1],
    [7, 2],
    [8, 2],
    [12, 2],
  ])('%i letters → %i', (length, typos) => {
    expect(allowedTypos(length)).toBe(typos);
  });
});

describe('typingErrors (a swap of neighbours is one error)', () => {
  test.each([
    ['blockchian', 'blockchain', 2, 1],
    ['modlees', 'modeles', 1, 1],
    ['criteres', 'criteres', 1, 0],
    ['critreres', 'criteres', 2, 1],
    ['cybersecurte', 'cybersecurite', 2, 1],
    ['abc', 'xyz', 1, 2],
    ['date', 'dates', 1, 1],
    ['seafpa', 'sefapa', 1, 1],
    ['leerfeac', 'lerefeca', 2, 2],
    ['iontopo', 'intotopo', 2, 2],
    ['ca', 'abc', 3, 2],
    ['aaccompagnement', 'accompagnement', 2, 1],
    ['', 'ab', 2, 2],
    ['xyzxyz', 'abcabc', 2, 3],
  ])('%s → %s (limit %i) = %i', (typed, term, limit, errors) => {
    expect(typingErrors(typed, term, limit)).toBe(errors);
  });
});

describe('typingErrors with prefix: to the closest beginning of the term (an unfinished word with a typo)', () => {
  test.each([
    ['cybrsec', 'cybersecurite', 2, 1],
    ['cybersec', 'cybersecurite', 1, 0],
    ['acompag', 'accompagnement', 1, 1],
    ['criteres', 'crit', 2, 3],
    ['xyz', 'cybersecurite', 1, 2],
    ['subvension', 'subvention', 2, 1],
  ])('%s → %s… (limit %i) = %i', (typed, term, limit, errors) => {
    expect(typingErrors(typed, term, limit, true)).toBe(errors);
  });

  test('never more than the errors to the whole term', () => {
    for (const [typed, term] of [['blockchian', 'blockchain'], ['date', 'dates'], ['abc', 'xyz']] as const) {
      expect(typingErrors(typed, term, 3, true)).toBeLessThanOrEqual(typingErrors(typed, term, 3));
    }
  });
});

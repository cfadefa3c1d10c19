// If these fail, French quotations in English pages are read with English pronunciation (WCAG 3.1.2), or the reverse.
import { expect, test } from 'vitest';
import { guessLanguage } from '../../../src/i18n/language-detect';

test.each([
  ['En technologie de l’information, il faut exporter. C’est majeur.', 'fr'],
  ['C’est important de dire qu’on ne s’en va pas dans la crypto monnaie.', 'fr'],
  ['Les entreprises auront à leur disponibilité tout le réseau.', 'fr'],
  ['We are the best in the world at this.', 'en'],
  ['The program supports ten startups for one year.', 'en'],
  ['Microsoft', undefined],
  ['Le CAMP', undefined],
  ['2027', undefined],
  ['the café', undefined],
] as const)('%s → %s', (text, expected) => {
  expect(guessLanguage(text)).toBe(expected);
});

test('a lower minimum accepts one word of evidence', () => {
  expect(guessLanguage('Cybersécurité', 1)).toBe('fr');
  expect(guessLanguage('Cybersécurité')).toBeUndefined();
});

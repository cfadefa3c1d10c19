/**
 * Which of the site's two languages a passage is in, for the language of
 * parts (WCAG 3.1.2): a French quotation in an English page must be marked
 * `lang="fr-CA"` so screen readers pronounce it in French.
 *
 * Why a word list and not a general language detector (franc, cld): the site
 * has two languages, and the passages to classify are short (a quotation, a
 * paragraph). Trigram detectors need 50 to 100 characters to be reliable and
 * ship models for dozens of languages; the function words of French and
 * English (articles, pronouns, prepositions, auxiliaries) almost never
 * overlap, appear in every sentence, and make a deterministic, testable rule.
 * Accented letters count as French evidence (English loans such as « café »
 * are outweighed by the function words around them).
 */
import type { Locale } from './locales';

/**
 * French function words, lower case, elisions without their apostrophe (`l’`,
 * `qu’` → `l`, `qu`). Words both languages use (« a », « on », « an ») are in neither list.
 */
const frenchWords = new Set(
  ('le la les l un une des du de d au aux et ou est sont été être ont avait sera seront il elle ils elles nous vous je j ' +
    'ce c cet cette ces qui que qu quoi dont où ne n pas plus se s sa son ses leur leurs notre nos votre vos mon ma mes ' +
    'avec pour par sur dans chez sans sous entre vers aussi mais donc car si comme tout tous toute toutes très bien faut ' +
    'y en à année ans depuis jusqu lorsque quand afin ainsi être avoir fait peut doit leurs celui celle ceux')
    .split(' '),
);

/** English function words, lower case. */
const englishWords = new Set(
  ('the and or of to in at by for with from is are was were be been being has have had will would shall should ' +
    'can could may might must do does did not no it its this that these those they them their he she his her we our you your ' +
    'i me my which who whom whose what when where why how there here as if than then so but also all any each about into ' +
    'over after before under between through during per via')
    .split(' '),
);

/** Letters with accents French uses and English does not (loans aside). */
const frenchLetters = /[àâçéèêëîïôûùüÿœæ]/i;

/** Evidence for each language in a passage: function words, and words with French accents. */
export function languageScores(text: string): Readonly<Record<Locale, number>> {
  const words = text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  let fr = 0;
  let en = 0;
  for (const word of words) {
    if (frenchWords.has(word)) fr += 1;
    else if (frenchLetters.test(word)) fr += 1;
    if (englishWords.has(word)) en += 1;
  }
  return { fr, en };
}

/**
 * The language of `text` when the evidence is clear: at least `minimum`
 * points, and twice the other language's. `undefined` when it is not (a
 * name, a number, a mixed or too short passage).
 */
export function guessLanguage(text: string, minimum = 2): Locale | undefined {
  const { fr, en } = languageScores(text);
  if (fr >= minimum && fr >= 2 * en) return 'fr';
  if (en >= minimum && en >= 2 * fr) return 'en';
  return undefined;
}

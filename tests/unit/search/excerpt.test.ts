// If this fails, a result's excerpt no longer shows why it matched (the passage with the query's words), or the ranking
// stops telling words side by side from the same words far apart.
import { describe, expect, test } from 'vitest';
import { closestSpan, excerptAround, passageStrength } from '../../../src/search/runtime/excerpt';
import { terms, tidy, tokenize } from '../../../src/search/normalize';

/** 148 characters: « Chaque » starts at 38, « Microsoft » at 80, « Les ventes » at 91, « 120 pays » at 111, « Fin » at 135. */
const text = 'Le programme vise dix jeunes pousses. Chaque pousse reçoit un accompagnement de Microsoft. Les ventes couvrent 120 pays dans le monde. Fin du texte.';
const short = { min: 40, max: 60 };
const parts = (...words: string[]) => words.map((word) => new Set([word]));

describe('excerptAround (40 to 60 characters here)', () => {
  test.each([
    // The match near the end: back to the start of its sentence, to the end of the text.
    [['120', 'pays'], '… Les ventes couvrent 120 pays dans le monde. Fin du texte.'],
    // In the middle: from its sentence's start to its end.
    [['microsoft'], '… Chaque pousse reçoit un accompagnement de Microsoft. …'],
    // At the start: from the start; the first sentence (37 characters) is too short, so cut before the word at 60.
    [['programme'], 'Le programme vise dix jeunes pousses. Chaque pousse reçoit …'],
    // Nothing matches: the beginning.
    [['absent'], 'Le programme vise dix jeunes pousses. Chaque pousse reçoit …'],
    // Two words: the passage holding both wins over one holding only the first (« pousses » at 29).
    [['pousse', 'microsoft'], '… Chaque pousse reçoit un accompagnement de Microsoft. …'],
  ])('%j → %j', (words, expected) => {
    expect(excerptAround(text, parts(...words), short)).toBe(expected);
  });

  test('a text that fits is shown whole, its spaces tidied', () => {
    expect(excerptAround('  Un   texte court. ', parts('texte'), short)).toBe('Un texte court.');
    expect(tidy(' a\n\tb  c ')).toBe('a b c');
    // The typography's no-break spaces stay: « 9 h 30 », « dates : ».
    expect(tidy('9\u00A0h\u00A030 \n dates\u00A0: ok')).toBe('9\u00A0h\u00A030 dates\u00A0: ok');
    expect(tidy('a \u202F; b')).toBe('a\u202F; b');
  });

  test('a passage of a longer text gets « … » where that text goes on', () => {
    expect(excerptAround('Un texte court.', parts('texte'), short, undefined, { before: true, after: true })).toBe('… Un texte court. …');
    expect(excerptAround(text, parts('programme'), short, undefined, { after: true })).toBe('Le programme vise dix jeunes pousses. Chaque pousse reçoit …');
    expect(excerptAround(text, parts('120', 'pays'), short, undefined, { after: true })).toBe('… Les ventes couvrent 120 pays dans le monde. Fin du texte. …');
  });

  test('given the text’s words, cuts the same excerpt', () => {
    expect(excerptAround(text, parts('microsoft'), short, tokenize(text))).toBe(excerptAround(text, parts('microsoft'), short));
  });

  test('without a sentence boundary in reach, cuts at word boundaries and never inside the match', () => {
    const words = Array.from({ length: 40 }, (_, index) => `mot${index}`).join(' ');
    const excerpt = excerptAround(words, parts('mot20'), short);
    expect(excerpt).toMatch(/^… mot\d+ .* mot\d+ …$/);
    expect(excerpt).toContain('mot20');
    expect(excerpt.length).toBeLessThanOrEqual(short.max + 4);
    expect(excerpt.length).toBeGreaterThanOrEqual(short.min);
  });

  test('the default length is 160 to 220 characters', () => {
    const long = `${'Une phrase de remplissage sans rapport. '.repeat(12)}Ici la date limite du programme. ${'Encore du texte sans rapport. '.repeat(12)}`;
    const excerpt = excerptAround(long, parts('date', 'limite'));
    expect(excerpt).toContain('date limite');
    expect(excerpt.replace(/^… | …$/g, '').length).toBeGreaterThanOrEqual(160);
    expect(excerpt.replace(/^… | …$/g, '').length).toBeLessThanOrEqual(220);
  });
});

describe('passageStrength: the most parts one excerpt holds, and how short their run is', () => {
  test.each([
    [['120', 'pays'], { parts: 2, length: 8 }],
    [['pousse', 'microsoft'], { parts: 2, length: 44 }],
    [['absent'], { parts: 0, length: 0 }],
  ])('%j → %j', (words, expected) => {
    expect(passageStrength(tokenize(text), parts(...words), 60)).toEqual(expected);
  });
});

describe('closestSpan: the fewest words (stop words aside) holding one word of each part present', () => {
  test.each([
    ['Date limite de dépôt', ['date', 'limite'], 2, 2],
    ['La date de dépôt et, plus loin, la limite', ['date', 'limite'], 2, 5],
    ['limite ici, date là, puis date limite', ['date', 'limite'], 2, 2],
    ['Seulement la date', ['date', 'limite'], 1, 0],
    ['dépôt des candidatures avant la date limite', ['date', 'limite', 'depot'], 3, 5],
    ['', ['date'], 0, 0],
  ])('%j, parts %j → %i parts within %i words', (field, words, present, span) => {
    expect(closestSpan(terms(field, 'fr'), parts(...words))).toEqual({ parts: present, span });
  });
});

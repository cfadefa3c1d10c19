// If these fail, French pages break « 23 h 59 » across lines, leave « : » alone at the start of a line, or show straight quotes.
import { describe, expect, test } from 'vitest';
import { typeset, typesetData } from '../../../src/i18n/typography';

/** Shows the invisible: ⍽ for U+00A0 (no-break space), · for U+202F (narrow no-break space). */
const show = (text: string) => text.replace(/\u00A0/g, '⍽').replace(/\u202F/g, '·');

describe('French', () => {
  test.each([
    ['no-break space before the colon', 'Correction : le critère', 'Correction⍽: le critère'],
    ['one added when missing', 'Note: voici', 'Note⍽: voici'],
    ['a text node that starts with the colon', ' : texte', '⍽: texte'],
    ['narrow no-break space before ; ? !', 'vise ; et toi ? Oui !', 'vise·; et toi·? Oui·!'],
    ['only before the first of a run', 'Quoi ?!', 'Quoi·?!'],
    ['after a closing parenthesis', '(voir ci-dessous) !', '(voir ci-dessous)·!'],
    ['guillemets get no-break spaces inside', '« Jeune entreprise »', '«⍽Jeune entreprise⍽»'],
    ['straight double quotes become guillemets', 'le critère "Jeune entreprise"', 'le critère «⍽Jeune entreprise⍽»'],
    ['English curly quotes become guillemets', 'C’est “majeur”.', 'C’est «⍽majeur⍽».'],
    ['typographic apostrophe', "heure de l'Est, jusqu'au", 'heure de l’Est, jusqu’au'],
    ['an apostrophe cut off by markup', "l'", 'l’'],
    ['times never break', '23 h 59, 9 h 30 et 9 h.', '23⍽h⍽59, 9⍽h⍽30 et 9⍽h.'],
    ['amounts never break', '120 000 $, 1 200 000 $ et 15 %', '120⍽000⍽$, 1⍽200⍽000⍽$ et 15⍽%'],
    ['ellipsis', 'et ensuite...', 'et ensuite…'],
    ['a phone number is not an amount', '+1 418 555-0100 ou 1 800 555 1234', '+1 418 555-0100 ou 1 800 555 1234'],
    ['a clock time with a colon is left alone', 'à 10:30', 'à 10:30'],
    ['URLs are left alone', 'Voir https://example.ca/a:b?x=1 et mailto:a@b.ca', 'Voir https://example.ca/a:b?x=1 et mailto:a@b.ca'],
    ['a less-than sign or an ampersand is text, not markup', 'a < b et R&D : oui', 'a < b et R&D⍽: oui'],
    ['text with nothing to do is returned as is', 'Dates clés', 'Dates clés'],
  ])('%s', (_name, input, expected) => {
    expect(show(typeset('fr', input))).toBe(expected);
  });
});

describe('English', () => {
  test.each([
    ['curly apostrophes and double quotes', 'Don\'t "quote" me', 'Don’t “quote” me'],
    ['single quotes', "it's 'fine'", 'it’s ‘fine’'],
    ['no French spacing', 'Note: see you; ok?', 'Note: see you; ok?'],
    ['times stay as written', '11:59 p.m. ET', '11:59 p.m. ET'],
  ])('%s', (_name, input, expected) => {
    expect(show(typeset('en', input))).toBe(expected);
  });
});

describe('idempotence: typeset text is left as it is', () => {
  test.each([
    ['fr', 'Correction : « Jeune entreprise » ; 23 h 59 ; 120 000 $ ? Oui ! l\'Est "x"'],
    ['en', 'Don\'t "quote" it\'s \'fine\'...'],
  ] as const)('%s', (lang, input) => {
    const once = typeset(lang, input);
    expect(typeset(lang, once)).toBe(once);
  });
});

describe('typesetData', () => {
  test('typesets every string at any depth, leaves addresses, numbers and dates', () => {
    const day = new Date('2027-03-15T00:00:00Z');
    const data = {
      title: 'Date limite : 15 mars',
      items: [{ description: "l'Est", id: 'jeune-entreprise' }],
      applicationFormUrl: 'https://formulaire.example.ca/a:b',
      email: 'programme@camp.example.ca',
      image: '../../media/photo.jpg',
      figures: { startups: 10 },
      published: day,
    };
    const result = typesetData('fr', data);
    expect(show(result.title)).toBe('Date limite⍽: 15 mars');
    expect(result.items[0]?.description).toBe('l’Est');
    expect(result.items[0]?.id).toBe('jeune-entreprise');
    expect(result.applicationFormUrl).toBe(data.applicationFormUrl);
    expect(result.email).toBe(data.email);
    expect(result.image).toBe(data.image);
    expect(result.figures.startups).toBe(10);
    expect(result.published).toBe(day);
    expect(data.title).toBe('Date limite : 15 mars');
  });

  test('a text keyed by language is typeset in each language, whatever the file', () => {
    const note = typesetData('fr', { date: '2026-11-23', note: { fr: 'Critère « Potentiel » : coquille.', en: '"Export potential" criterion: typo.' } });
    expect(show(note.note.fr)).toBe('Critère «⍽Potentiel⍽»⍽: coquille.');
    expect(note.note.en).toBe('“Export potential” criterion: typo.');
    expect(note.date).toBe('2026-11-23');
  });
});

describe('typeset remembers texts per language', () => {
  test('the same text typeset in French, English, then French again gets each language’s typography', () => {
    const text = 'Date limite: "15 mars"';
    const french = typeset('fr', text);
    expect(french).toBe(`Date limite\u00A0: «\u00A015 mars\u00A0»`);
    expect(typeset('en', text)).toBe('Date limite: “15 mars”');
    expect(typeset('fr', text)).toBe(french);
  });
});

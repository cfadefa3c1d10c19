// If this fails, the admin lets a non-image or an oversized file into the repository, or stores pictures larger than needed.
import { describe, expect, test } from 'vitest';
import { maxImageSide, maxUploadBytes, storedSize, unreadableImage, uploadProblem } from '../../../src/cms/media-upload';

describe('uploadProblem', () => {
  test.each<[string, string, number, string | undefined]>([
    ['photo.jpg', 'image/jpeg', 3_000_000, undefined],
    ['logo.png', 'image/png', 40_000, undefined],
    ['photo.webp', 'image/webp', maxUploadBytes, undefined],
    ['rapport.pdf', 'application/pdf', 100_000, '« rapport.pdf » n’est pas une image JPEG, PNG ou WebP : le fichier n’a pas été envoyé.'],
    ['dessin.svg', 'image/svg+xml', 2_000, '« dessin.svg » n’est pas une image JPEG, PNG ou WebP : le fichier n’a pas été envoyé.'],
    ['sans-type', '', 10, '« sans-type » n’est pas une image JPEG, PNG ou WebP : le fichier n’a pas été envoyé.'],
    ['brut.jpg', 'image/jpeg', maxUploadBytes + 1, '« brut.jpg » pèse 20\u00a0Mo, au-delà de la limite de 20\u00a0Mo : réduisez l’image avant de l’envoyer.'],
    ['enorme.png', 'image/png', 48_300_000, '« enorme.png » pèse 48,3\u00a0Mo, au-delà de la limite de 20\u00a0Mo : réduisez l’image avant de l’envoyer.'],
  ])('%s (%s, %d bytes)', (name, type, size, expected) => {
    expect(uploadProblem({ name, type, size })).toBe(expected);
  });
});

test('an unreadable file is named in the message', () => {
  expect(unreadableImage('faux.jpg')).toBe('« faux.jpg » ne peut pas être lu comme une image : le fichier n’a pas été envoyé.');
});

describe('storedSize', () => {
  test.each<[number, number, { width: number; height: number; scaled: boolean }]>([
    [1600, 900, { width: 1600, height: 900, scaled: false }],
    [maxImageSide, 2000, { width: maxImageSide, height: 2000, scaled: false }],
    [4000, 3000, { width: 3000, height: 2250, scaled: true }],
    [3000, 6000, { width: 1500, height: 3000, scaled: true }],
    [12000, 10, { width: 3000, height: 3, scaled: true }],
    [100000, 1, { width: 3000, height: 1, scaled: true }],
  ])('%d × %d', (width, height, expected) => {
    expect(storedSize(width, height)).toEqual(expected);
  });
});

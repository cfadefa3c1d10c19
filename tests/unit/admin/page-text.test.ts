// If this fails, an English confirmation of Decap reaches French editors.
import { expect, test } from 'vitest';
import { frenchConfirmation } from '../../../admin/page-text';

test.each<[string, string]>([
  ['photo.jpg already exists. Do you want to replace it?', 'Un fichier nommé «\u00a0photo.jpg\u00a0» existe déjà. Le remplacer ?'],
  ['Publier cette entrée ?', 'Publier cette entrée ?'],
])('%j', (message, expected) => {
  expect(frenchConfirmation(message)).toBe(expected);
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { chooseCmsBackend } from '../../../src/cms/backend';
import { buildCmsConfig, type DecapCollection } from '../../../src/cms/config';
import { editorMessage, formatCmsIssues, validateCmsEntry, type CmsEntryData } from '../../../src/cms/validation';
import { fieldLabelPath } from '../../../src/content/fields/decap';
import { readRawText } from '../../../src/content/reader';
import type { CollectionName } from '../../../src/content/collections';

const config = buildCmsConfig(chooseCmsBackend({}));

function collection(name: CollectionName): DecapCollection {
  const found = config.collections.find((candidate) => candidate.name === name);
  if (!found) throw new Error(name);
  return found;
}

/** A Decap-written fixture as the data Decap holds in memory: frontmatter plus `body`. */
function entryData(path: string): Record<string, unknown> {
  const { data, body } = readRawText(readFileSync(new URL(`../../fixtures/decap/${path}`, import.meta.url), 'utf8'), 'markdown', path, 'astro');
  return body.trim() ? { ...data, body } : data;
}

describe('fieldLabelPath', () => {
  test.each<[CollectionName, PropertyKey[], string]>([
    ['announcements', ['title'], 'Titre'],
    ['announcements', ['image', 'alt'], 'Image › Texte de remplacement'],
    ['criteria', ['items', 1, 'kind'], 'Critères › 2 › Type de critère'],
    ['settings', ['applicationChecklist', 0], 'À préparer avant de poser sa candidature › 1'],
    ['settings', ['mediaContact', 'email'], 'Relations avec les médias › Courriel'],
    ['faq', ['unknown'], 'unknown'],
  ])('%s %j → %s', (name, path, expected) => {
    expect(fieldLabelPath(collection(name).fields, path)).toBe(expected);
  });
});

describe('validateCmsEntry', () => {
  test.each<[CollectionName, string]>([
    ['announcements', 'announcements/{lang}/ete-2027-l-appel-a-candidatures-s-ouvre-a-quebec.md'],
    ['announcements', 'announcements/{lang}/image-retiree.md'],
    ['faq', 'faq/{lang}/combien-de-jeunes-pousses.md'],
    ['keyDates', 'key-dates/{lang}/date-limite.md'],
    ['pages', 'pages/{lang}/accessibilite.md'],
    ['criteria', 'criteria/{lang}/criteres.md'],
    ['settings', 'settings/{lang}/site.yml'],
  ])('accepts %s saved by Decap in both languages (%s)', (name, path) => {
    const read = (lang: string) => {
      const file = `valid/${path.replace('{lang}', lang)}`;
      return file.endsWith('.yml') ? readRawText(readFileSync(new URL(`../../fixtures/decap/${file}`, import.meta.url), 'utf8'), 'yaml', file, 'astro').data : entryData(file);
    };
    expect(validateCmsEntry(collection(name), { fr: read('fr'), en: read('en') })).toEqual([]);
  });

  test('refuses an untranslated English file, naming each missing field', () => {
    const data: CmsEntryData = {
      fr: entryData('valid/announcements/fr/image-retiree.md'),
      en: entryData('broken/announcements/en/translation-left-empty.md'),
    };
    const issues = validateCmsEntry(collection('announcements'), data);
    expect(issues.map((issue) => `${issue.locale}:${issue.field}`)).toEqual(['en:Titre', 'en:Résumé', 'en:Texte']);
  });

  test('refuses an image without alt text in the second language', () => {
    const data: CmsEntryData = {
      fr: entryData('valid/announcements/fr/ete-2027-l-appel-a-candidatures-s-ouvre-a-quebec.md'),
      en: entryData('broken/announcements/en/image-without-alt.md'),
    };
    expect(validateCmsEntry(collection('announcements'), data)).toEqual([
      { locale: 'en', field: 'Image › Texte de remplacement', message: expect.stringContaining('obligatoire') },
    ]);
  });

  test('refuses a language with no data at all', () => {
    const issues = validateCmsEntry(collection('faq'), { fr: entryData('valid/faq/fr/combien-de-jeunes-pousses.md') });
    expect(issues.map((issue) => `${issue.locale}:${issue.field}`)).toEqual(['en:Question', 'en:Catégorie', 'en:Réponse']);
  });

  test('the message lists every problem in French', () => {
    expect(
      formatCmsIssues([
        { locale: 'en', field: 'Titre', message: 'champ obligatoire (required field)' },
        { locale: 'fr', field: 'Image › Texte de remplacement', message: 'au plus 250 caractères' },
      ]),
    ).toBe('publication refusée, contenu incomplet ou invalide. anglais — Titre : champ obligatoire ; français — Image › Texte de remplacement : au plus 250 caractères');
  });

  test('accepts a press kit item without caption: its body is optional', () => {
    const item = { title: 'Logo', kind: 'logo', file: '../../media/logo.png', alt: 'Logo du programme', credit: 'Le CAMP', licence: 'Usage éditorial' };
    expect(validateCmsEntry(collection('pressKit'), { fr: item, en: item })).toEqual([]);
    expect(collection('pressKit').fields.find((field) => field.name === 'body')?.required).toBe(false);
  });

  test('Zod’s own messages come in French (a figure below its minimum)', () => {
    const read = (lang: string) => readRawText(readFileSync(new URL(`../../fixtures/decap/valid/settings/${lang}/site.yml`, import.meta.url), 'utf8'), 'yaml', lang, 'astro').data;
    const en = read('en');
    const issues = validateCmsEntry(collection('settings'), { fr: read('fr'), en: { ...en, figures: { ...(en['figures'] as object), startups: 0 } } });
    expect(issues).toEqual([{ locale: 'en', field: 'Chiffres clés › Nombre de jeunes pousses retenues', message: expect.stringMatching(/^Trop petit/) }]);
  });
});

describe('editorMessage', () => {
  test.each<[string, string]>([
    ['champ obligatoire (required field)', 'champ obligatoire'],
    ['au plus 140 caractères (at most 140 characters)', 'au plus 140 caractères'],
    ['date obligatoire sauf si elle est « à annoncer » (date required unless to be announced)', 'date obligatoire sauf si elle est « à annoncer »'],
    ['Trop petit : attendu que number soit >=1', 'Trop petit : attendu que number soit >=1'],
    ['une date est requise (à venir)', 'une date est requise (à venir)'],
    ['(only English)', '(only English)'],
  ])('%j → %j', (message, expected) => {
    expect(editorMessage(message)).toBe(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { cohortSectionDocuments, joinText, markdownToText, searchDocuments, searchLabels, type SearchContent } from '../../../src/search/build/documents';
import { buildIndex } from '../../../src/search/build/index-build';
import { documentsFromContent } from '../../search/content';

/** A French content set with one draft and one entry of every kind. */
const content: SearchContent = {
  lang: 'fr',
  announcements: [
    { id: 'fr/publiee', body: 'Texte **gras** et [lien](https://x.test).', data: { title: 'Publiée', summary: 'Résumé publié.', published: '2026-11-02', kind: 'news', topics: ['blockchain'], slug: undefined, draft: false } },
    { id: 'fr/brouillon', body: 'Secret', data: { title: 'Brouillon secret', summary: 'Pas encore.', published: '2026-11-03', kind: 'press-release', topics: ['program'], slug: undefined, draft: true } },
    { id: 'fr/communique', body: '', data: { title: 'Communiqué', summary: 'Un communiqué.', published: '2026-11-01', kind: 'press-release', topics: ['program'], slug: 'mon-communique', draft: false } },
  ],
  faq: [
    { id: 'fr/combien-de-jeunes-pousses', body: 'Dix.', data: { question: 'Combien ?', slug: undefined } },
    { id: 'fr/autre-question', body: 'Oui.', data: { question: 'Autre ?', slug: 'question-localisee' } },
  ],
  criteria: {
    id: 'fr/criteres',
    body: 'Introduction.',
    data: { title: 'Critères', summary: 'Qui peut poser sa candidature.', items: [{ id: 'domaine-vise', title: 'Domaine visé', description: 'Réalité mixte.', kind: 'eligibility', previous: [], satisfiedBy: 'yes' }] },
  },
  keyDates: [
    { id: 'fr/date-limite', data: { label: 'Date limite', date: '2027-03-15', time: '23:59', timeZone: 'America/Toronto', state: 'confirmed', milestone: 'applications-close', description: 'Le formulaire ferme.' } },
    { id: 'fr/resultats', data: { label: 'Résultats', date: undefined, time: undefined, timeZone: 'America/Toronto', state: 'to-be-announced', milestone: 'results', description: undefined } },
  ],
  pages: [{ id: 'fr/a-propos', body: 'Le CAMP.', data: { title: 'À propos', summary: 'Le programme.', slug: undefined } }],
  cohort: [
    { id: 'fr/bastion-sept', data: { name: 'Bastion Sept', field: 'cybersecurity', description: 'Surveille les réseaux des petites entreprises.', city: 'Québec', founders: ['Charlie Exemple'], slug: undefined, draft: false } },
    { id: 'fr/cachee', data: { name: 'Jeune pousse cachée', field: 'blockchain', description: 'Brouillon.', city: 'Québec', founders: [], slug: undefined, draft: true } },
  ],
  sections: [{ title: 'Dates clés', text: 'Toutes les heures.', url: '/fr/dates/' }],
  labels: searchLabels('fr'),
};

describe('searchDocuments', () => {
  const documents = searchDocuments(content);
  const byTitle = (title: string) => documents.find((document) => document.title === title);

  test('drafts never enter the index', () => {
    expect(byTitle('Brouillon secret')).toBeUndefined();
    const index = buildIndex(documents, 'fr');
    expect(index.vocabulary).not.toContain('secret');
    expect(JSON.stringify([...index.files.values()])).not.toContain('Brouillon');
  });

  test.each([
    ['Publiée', 'announcement', '/fr/annonces/publiee/'],
    ['Communiqué', 'press-release', '/fr/annonces/mon-communique/'],
    ['Combien ?', 'faq', '/fr/faq/#combien-de-jeunes-pousses'],
    ['Autre ?', 'faq', '/fr/faq/#question-localisee'],
    ['Critères', 'page', '/fr/criteres/'],
    ['Domaine visé', 'criterion', '/fr/criteres/#domaine-vise'],
    ['Date limite', 'key-date', '/fr/dates/#date-limite'],
    ['Résultats', 'key-date', '/fr/dates/#resultats'],
    ['À propos', 'page', '/fr/a-propos/'],
    ['Dates clés', 'page', '/fr/dates/'],
    ['Bastion Sept', 'startup', '/fr/cohorte/bastion-sept/'],
  ])('%s is a %s at %s', (title, type, url) => {
    expect(byTitle(title)).toMatchObject({ type, url });
  });

  test('dates: publication day, and the key date as readers read it; none when to be announced', () => {
    expect(byTitle('Publiée')?.date).toEqual({ iso: '2026-11-02', text: '2 novembre 2026' });
    expect(byTitle('Date limite')?.date?.text).toBe('15 mars 2027 à 23\u00A0h\u00A059 (heure de l’Est)');
    expect(byTitle('Date limite')?.date?.iso).toBe('2027-03-16T03:59:00.000Z');
    expect(byTitle('Résultats')?.date).toBeUndefined();
    expect(byTitle('Résultats')?.body).toBe('À annoncer');
    // Typeset as the page reads: no-break spaces inside the time, the typographic apostrophe.
    expect(byTitle('Date limite')?.body).toBe('15 mars 2027 à 23\u00a0h\u00a059 (heure de l’Est) — Le formulaire ferme. Confirmée');
  });

  test('the body holds the summary, the text without Markdown and the topic labels', () => {
    expect(byTitle('Publiée')?.body).toContain('Texte gras et lien');
    expect(byTitle('Publiée')?.body).toContain('Chaînes de blocs');
    expect(byTitle('Domaine visé')?.body).toContain('Critères d’admissibilité');
  });
});

describe('startups', () => {
  const documents = searchDocuments(content);
  const startup = documents.find((document) => document.type === 'startup');

  test('found by name (title), field, city and founders (body); drafts left out', () => {
    expect(startup).toMatchObject({ title: 'Bastion Sept' });
    expect(startup?.body.startsWith('Surveille les réseaux des petites entreprises.')).toBe(true);
    expect(startup?.body).toContain('Cybersécurité');
    expect(startup?.body).toContain('Charlie Exemple');
    expect(documents.filter((document) => document.type === 'startup')).toHaveLength(1);
  });

  test('the cohort page is a searched section once startups are public, naming the latest edition', () => {
    expect(cohortSectionDocuments('fr', [])).toEqual([]);
    const members = [{ data: { edition: 2026, draft: false } }, { data: { edition: 2027, draft: false } }, { data: { edition: 2027, draft: false } }, { data: { edition: 2028, draft: true } }];
    expect(cohortSectionDocuments('fr', members)).toEqual([{ title: 'Cohorte 2027', text: 'Les 2 jeunes pousses retenues par le programme pour l’édition 2027, par domaine.', url: '/fr/cohorte/' }]);
    expect(cohortSectionDocuments('en', members)[0]?.url).toBe('/en/cohort/');
  });
});

describe('markdownToText', () => {
  test.each([
    ['## Titre\n\nTexte', 'Titre Texte'],
    ['**gras** _it_', 'gras it'],
    ['[lien](https://x.test) et ![image](a.png)', 'lien et image'],
    ['- un\n- deux\n1. trois', 'un deux trois'],
    ['<abbr title="x">CAMP</abbr>', 'CAMP'],
    ['| Étape | Date |\n| --- | :---: |\n| Ouverture | 11 janvier |', 'Étape Date Ouverture 11 janvier'],
    ['Avant\n\n---\n\n- Après', 'Avant Après'],
  ])('%j → %j', (markdown, text) => {
    expect(markdownToText(markdown)).toBe(text);
  });
});

describe('joinText: parts read as one text, a dash after a part that ends no sentence', () => {
  test.each([
    [['15 mars 2027 à 23 h 59', 'Le formulaire ferme.', 'Confirmée'], '15 mars 2027 à 23 h 59 — Le formulaire ferme. Confirmée'],
    [['Résumé.', '', undefined, '  Texte  '], 'Résumé. Texte'],
    [['Une question ?', 'Oui.'], 'Une question ? Oui.'],
    [[], ''],
  ])('%j → %j', (parts, text) => {
    expect(joinText(...parts)).toBe(text);
  });
});

describe('the real content', () => {
  test.each([
    ['fr', '/fr/faq/#combien-de-jeunes-pousses'],
    ['en', '/en/faq/#how-many-startups'],
    ['fr', '/fr/criteres/#domaine-vise'],
    ['en', '/en/criteria/#entreprise-de-quebec'],
    ['fr', '/fr/dates/#date-limite'],
    ['en', '/en/dates/#date-limite'],
    ['en', '/en/announcements/microsoft-and-le-camp-agreement/'],
  ] as const)('%s has a document at %s', (lang, url) => {
    expect(documentsFromContent('.', lang).map((document) => document.url)).toContain(url);
  });

  test('every URL stays in its language', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const document of documentsFromContent('.', lang)) expect(document.url.startsWith(`/${lang}/`)).toBe(true);
    }
  });
});

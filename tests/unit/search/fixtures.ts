/** Small search documents for the engine tests. */
import type { SearchDocument } from '../../../src/search/format';

/** Builds a document with defaults. */
export function doc(title: string, body: string, url = `/fr/${title.toLowerCase().replace(/[^a-z]+/g, '-')}/`): SearchDocument {
  return { type: 'page', title, url, body };
}

/** A French corpus covering the matching rules. */
export const frenchDocuments: readonly SearchDocument[] = [
  doc('Critères d’admissibilité', 'Qui peut poser sa candidature au programme.', '/fr/criteres/'),
  doc('Date limite de dépôt des candidatures', 'Le formulaire ferme le 15 mars 2027 à 23 h 59.', '/fr/dates/#date-limite'),
  doc('Chaînes de blocs', 'Les applications de chaînes de blocs hors cryptomonnaie.', '/fr/blocs/'),
  doc('Réalité mixte', 'Des casques de réalité virtuelle et augmentée.', '/fr/realite/'),
  doc('Cybersécurité', 'Protéger l’entreprise contre les attaques.', '/fr/cyber/'),
  doc('Accompagnement', 'Dix jeunes pousses reçoivent un accompagnement de Microsoft et de Le CAMP.', '/fr/accompagnement/'),
  doc('Nouvelles du programme', 'Le programme annonce ses critères et la date limite dans ce texte.', '/fr/nouvelles/'),
  doc('Équipe', 'L’équipe du programme à Québec.', '/fr/equipe/'),
];

/** Both shapes of the index: vocabulary in the manifest, and sharded by letter with tiny files. */
export const indexShapes = [
  ['inline vocabulary', {}],
  ['sharded vocabulary', { inlineVocabularyLimit: 0, postingsPerShard: 4 }],
] as const;

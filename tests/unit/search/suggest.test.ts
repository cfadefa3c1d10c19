// If this fails, « Vouliez-vous dire … ? » proposes the wrong words, or spells them the index's way (`criteres`) rather than the site's.
import { describe, expect, test } from 'vitest';
import { rewriteQuery, surfaceForm } from '../../../src/search/runtime/suggest';

describe('surfaceForm: how the site spells a folded term', () => {
  test.each([
    ['criteres', ['Critères d’admissibilité', 'les critères de sélection', 'les critères'], 'critères'],
    ['criteres', ['Critères d’admissibilité'], 'Critères'],
    ['microsoft', ['Microsoft et Le CAMP', 'avec Microsoft'], 'Microsoft'],
    ['absent', ['Rien ici'], 'absent'],
  ])('%s in %j → %s', (term, texts, expected) => {
    expect(surfaceForm(term, texts)).toBe(expected);
  });
});

describe('rewriteQuery: the query as typed, its misspelt words replaced', () => {
  test.each([
    ['critrères', [['critreres', 'critères']], 'critères'],
    ['Critrères de sélection', [['critreres', 'Critères']], 'Critères de sélection'],
    ['date limtie ?', [['limtie', 'limite']], 'date limite ?'],
    ['MICROSFOT', [['microsfot', 'Microsoft']], 'Microsoft'],
    ['microsfot', [['microsfot', 'Microsoft']], 'microsoft'],
    ['rien à changer', [['autre', 'mot']], undefined],
  ] as const)('%s → %s', (text, replacements, expected) => {
    expect(rewriteQuery(text, new Map(replacements))).toBe(expected);
  });
});

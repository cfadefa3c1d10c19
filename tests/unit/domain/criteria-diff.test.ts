import { describe, expect, test } from 'vitest';
import { criterionChanges, versionedWordings, wordDiff, type DiffPart } from '../../../src/domain/criteria-diff';

/** Renders parts as `[-removed-]{+added+}`, like `git diff --word-diff`. */
const show = (parts: readonly DiffPart[]) => parts.map((part) => (part.kind === 'same' ? part.text : part.kind === 'removed' ? `[-${part.text}-]` : `{+${part.text}+}`)).join('');

describe('wordDiff', () => {
  test.each([
    { before: 'Moins de cinq ans', after: 'Moins de cinq ans', expected: 'Moins de cinq ans' },
    { before: 'Moins de cinq ans', after: 'Moins de sept ans', expected: 'Moins de [-cinq-]{+sept+} ans' },
    { before: 'Équipe à Québec', after: 'Équipe établie à Québec', expected: 'Équipe {+établie +}à Québec' },
    { before: 'réalité mixte', after: 'réalité mixte ou cybersécurité', expected: 'réalité mixte {+ou cybersécurité+}' },
  ])('$before → $after', ({ before, after, expected }) => {
    expect(show(wordDiff('fr', before, after))).toBe(expected);
  });
});

describe('criterionChanges', () => {
  const current = { version: '1.2', title: 'Entreprise de Québec', description: 'Siège social dans la Capitale-Nationale.' };
  const previous = [
    { version: '1.0', date: '2027-01-10', title: 'Entreprise de Québec', description: 'Siège social à Québec.' },
    { version: '1.1', date: '2027-02-01', title: 'Entreprise de la région', description: 'Siège social dans la région.' },
  ];

  test('newest first, each compared with the wording that replaced it', () => {
    const changes = criterionChanges('fr', current, previous);
    expect(changes.map((change) => [change.fromVersion, change.toVersion, change.date])).toEqual([
      ['1.1', '1.2', '2027-02-01'],
      ['1.0', '1.1', '2027-01-10'],
    ]);
    expect(show(changes[0]?.title ?? [])).toBe('Entreprise de [-la région-]{+Québec+}');
    expect(changes[0]?.titleUnchanged).toBe(false);
    expect(show(changes[1]?.description ?? [])).toBe('Siège social [-à Québec-]{+dans la région+}.');
  });

  test('no earlier wording, no changes', () => {
    expect(criterionChanges('fr', current, [])).toEqual([]);
  });

  test('unchanged title is flagged', () => {
    const [change] = criterionChanges('fr', { ...current, title: 'Entreprise de Québec' }, [previous[0]!]);
    expect(change?.titleUnchanged).toBe(true);
  });
});

describe('versionedWordings', () => {
  test('each earlier wording belongs to the version in effect before its day (derived from the notes)', () => {
    const notes = [
      { date: '2027-01-10', impact: 'major' as const },
      { date: '2027-01-20', impact: 'minor' as const },
      { date: '2027-02-01', impact: 'minor' as const },
    ];
    const wordings = versionedWordings(
      [
        { date: '2027-01-10', title: 'A', description: 'a' },
        { date: '2027-02-01', title: 'B', description: 'b' },
      ],
      notes,
    );
    expect(wordings.map((wording) => [wording.date, wording.version])).toEqual([
      ['2027-01-10', '1.0'],
      ['2027-02-01', '2.1'],
    ]);
  });
});

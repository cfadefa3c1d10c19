import { expect, test } from 'vitest';
import type { ChangeNote } from '../../../src/content/fields/common';
import { criteriaInForce } from '../../../src/domain/criteria-in-force';

const note = { fr: 'Changement.', en: 'Change.' };
const major = (date: string): ChangeNote => ({ date, note, impact: 'major' });
const minor = (date: string): ChangeNote => ({ date, note, impact: 'minor' });

test.each<[string, { effective: string; changes: ChangeNote[] }, { since: string; version: string }]>([
  ['unchanged since they took effect: version 1.0', { effective: '2026-11-16', changes: [] }, { since: '2026-11-16', version: '1.0' }],
  ['a major change starts version 2.0 on its day', { effective: '2026-11-16', changes: [major('2026-11-19')] }, { since: '2026-11-19', version: '2.0' }],
  ['minor changes raise the minor number and start from their own day', { effective: '2026-11-16', changes: [minor('2026-11-23'), major('2026-11-19'), minor('2026-11-20')] }, { since: '2026-11-23', version: '2.2' }],
  ['notes in any order', { effective: '2026-11-16', changes: [major('2026-12-02'), major('2026-11-19')] }, { since: '2026-12-02', version: '3.0' }],
])('%s', (_name, data, expected) => {
  expect(criteriaInForce(data)).toEqual(expected);
});

import { expect, test } from 'vitest';
import type { ChangeNote } from '../../../src/content/fields/common';
import { criteriaInForce } from '../../../src/domain/criteria-in-force';

const major = (date: string): ChangeNote => ({ date, note: 'Changement majeur.', impact: 'major' });
const minor = (date: string): ChangeNote => ({ date, note: 'Coquille.', impact: 'minor' });

test.each<[string, { effective: string; version?: string; changes: ChangeNote[] }, { since: string; version: string | undefined }]>([
  ['unchanged since they took effect', { effective: '2026-11-16', version: '1.0', changes: [] }, { since: '2026-11-16', version: '1.0' }],
  ['changed after a version: the new version applies from the major change', { effective: '2026-11-16', version: '1.1', changes: [major('2026-11-19')] }, { since: '2026-11-19', version: '1.1' }],
  ['minor changes keep the day', { effective: '2026-11-16', version: '1.1', changes: [minor('2026-11-23'), major('2026-11-19'), minor('2026-11-20')] }, { since: '2026-11-19', version: '1.1' }],
  ['the latest of several major changes, in any order', { effective: '2026-11-16', version: '1.2', changes: [major('2026-12-02'), major('2026-11-19')] }, { since: '2026-12-02', version: '1.2' }],
  ['no version label', { effective: '2026-11-16', changes: [] }, { since: '2026-11-16', version: undefined }],
])('%s', (_name, data, expected) => {
  expect(criteriaInForce({ version: undefined, ...data })).toEqual(expected);
});

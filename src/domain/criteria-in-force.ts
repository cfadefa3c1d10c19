/**
 * Which criteria are in force: their version and the day that version took
 * effect. The self-check states it with every result (« Évaluation selon les
 * critères en vigueur le … (version …) »), so it is read in one place.
 */
import type { CriteriaData } from '../content/schemas/criteria';
import { versionAt } from './history';

/** The criteria in force: which version, and since when. */
export interface CriteriaInForce {
  /** Day the current version took effect, `YYYY-MM-DD`. */
  readonly since: string;
  /** Version derived from the change history (`2.1`), as the criteria page and the open data give it. */
  readonly version: string;
}

/**
 * The criteria in force of a criteria document (its history included: the
 * English document reads the French file's). Every change note starts a new
 * version (a major one raises the major number, a minor one the minor
 * number), so the version in force applies from the latest note, or from the
 * day the criteria took effect when there is none.
 */
export function criteriaInForce(data: { readonly effective: string; readonly changes: readonly Pick<CriteriaData['changes'][number], 'date' | 'impact'>[] }): CriteriaInForce {
  const since = data.changes.reduce((latest, change) => (change.date > latest ? change.date : latest), data.effective);
  return { since, version: versionAt(data.changes) };
}

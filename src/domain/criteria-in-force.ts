/**
 * Which criteria are in force: their version label and the day that version
 * took effect. The self-check states it with every result (« Évaluation selon
 * les critères en vigueur le … (version …) »), so it is read in one place.
 */
import type { CriteriaData } from '../content/schemas/criteria';
import { lastMajorUpdate } from './history';

/** The criteria in force: which version, and since when. */
export interface CriteriaInForce {
  /** Day the current wording took effect, `YYYY-MM-DD`. */
  readonly since: string;
  /** Version label (`1.1`), or `undefined` when the criteria carry none. */
  readonly version: string | undefined;
}

/**
 * The criteria in force of a criteria document. A major change starts a new
 * version, so the current wording applies from the latest major change, or
 * from the day the criteria took effect when none was made; minor changes
 * (typos, rewording) keep the version and its day.
 *
 * Today the version label is the one editors type (`version`). When it is
 * derived from the change history instead, this is the one function to point
 * at the derivation: the self-check reads nothing else.
 */
export function criteriaInForce(data: Pick<CriteriaData, 'effective' | 'version' | 'changes'>): CriteriaInForce {
  return { since: lastMajorUpdate(data.changes, data.effective), version: data.version };
}

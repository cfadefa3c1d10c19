/**
 * Change histories: which date the public sees as "last updated" and the
 * order notes are listed in. Only major changes move "last updated".
 */
import type { ChangeNote } from '../content/schemas/shared';

/** Notes newest first; same-day notes keep their written order. */
export function sortChanges(changes: readonly ChangeNote[]): ChangeNote[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || a.index - b.index)
    .map(({ change }) => change);
}

/** The visible "last updated" day: the latest major change, else `fallback` (publication or effective date). */
export function lastMajorUpdate(changes: readonly ChangeNote[], fallback: string): string {
  return changes.filter((change) => change.impact === 'major').reduce((latest, change) => (change.date > latest ? change.date : latest), fallback);
}

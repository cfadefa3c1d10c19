/**
 * Change histories: which date the public sees as "last updated" and the
 * order notes are listed in. Only major changes move "last updated".
 */
import type { ChangeNote } from '../content/fields/common';

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

/** A change note with the id of its item in the rendered history. */
export interface AnchoredChange {
  readonly change: ChangeNote;
  /** Fragment id, unique on its page: `change-2027-01-10`, then `change-2027-01-10-2` for a second note that day. */
  readonly anchor: string;
}

/**
 * Gives each note a stable fragment id from its date and its rank among the
 * notes of that day (in written order), so feeds can link to one note and an
 * edit to a note's wording does not change its address. `prefix` keeps ids
 * unique when a page shows several histories (`date-limite-`).
 */
export function anchorChanges(changes: readonly ChangeNote[], prefix = ''): AnchoredChange[] {
  const perDay = new Map<string, number>();
  return changes.map((change) => {
    const rank = (perDay.get(change.date) ?? 0) + 1;
    perDay.set(change.date, rank);
    return { change, anchor: `${prefix}change-${change.date}${rank > 1 ? `-${rank}` : ''}` };
  });
}

/** Major changes in effect on `today` (`YYYY-MM-DD`): the ones that enter the change feed. */
export function publishedMajorChanges(changes: readonly AnchoredChange[], today: string): AnchoredChange[] {
  return changes.filter(({ change }) => change.impact === 'major' && change.date <= today);
}

/** Anchored notes newest first; same-day notes keep their written order (as `sortChanges`). */
export function sortAnchoredChanges(changes: readonly AnchoredChange[]): AnchoredChange[] {
  return changes
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.change.date.localeCompare(a.item.change.date) || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * Change histories: the one rule for a page's « Date de modification », the
 * criteria's version derived from their notes, the order notes are listed in
 * and their anchors for the change feed.
 */
import type { ChangeNote } from '../content/fields/common';

/** What dates a page: the change notes it lists and its own days (published, updated, effective, corrections). */
export interface ModificationSource {
  /** Change notes the page lists (any impact: a page never shows a date older than a change it lists). */
  readonly changes?: readonly { readonly date: string }[] | undefined;
  /** The entry's own days (`YYYY-MM-DD`); `undefined` ones are skipped. */
  readonly days?: readonly (string | undefined)[] | undefined;
}

/**
 * A page's « Date de modification » (Canada.ca's "Date modified"): the latest
 * day among the change notes it lists and the entries' own days, or
 * `undefined` when nothing on the page carries a date. Every page, feed and
 * open data file takes its date from here.
 */
export function dateModified(sources: readonly ModificationSource[]): string | undefined {
  const days = sources.flatMap((source) => [...(source.changes ?? []).map((change) => change.date), ...(source.days ?? [])]);
  return days.filter((day): day is string => day !== undefined).reduce<string | undefined>((latest, day) => (latest === undefined || day > latest ? day : latest), undefined);
}

/**
 * The version after the notes dated up to `until` (inclusive; all of them by
 * default): `1.0` when published, a major change raises the major number
 * (`2.0`), a minor one the minor number (`2.1`). Same-day notes count in
 * written order. Never typed by hand, so it cannot disagree with the history.
 */
export function versionAt(changes: readonly Pick<ChangeNote, 'date' | 'impact'>[], until?: string): string {
  let [major, minor] = [1, 0];
  for (const change of changes.filter((candidate) => until === undefined || candidate.date <= until).sort((a, b) => a.date.localeCompare(b.date))) {
    if (change.impact === 'major') [major, minor] = [major + 1, 0];
    else minor += 1;
  }
  return `${major}.${minor}`;
}

/** The version in effect the day before `day`: what a wording replaced on `day` belonged to. */
export function versionBefore(changes: readonly Pick<ChangeNote, 'date' | 'impact'>[], day: string): string {
  return versionAt(changes.filter((change) => change.date < day));
}

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
export interface AnchoredChange<T extends ChangeNote = ChangeNote> {
  readonly change: T;
  /** Fragment id, unique on its page: `change-2027-01-10`, then `change-2027-01-10-2` for a second note that day. */
  readonly anchor: string;
}

/**
 * Gives each note a stable fragment id from its date and its rank among the
 * notes of that day (in written order), so feeds can link to one note and an
 * edit to a note's wording does not change its address. `prefix` keeps ids
 * unique when a page shows several histories (`date-limite-`).
 */
export function anchorChanges<T extends ChangeNote>(changes: readonly T[], prefix = ''): AnchoredChange<T>[] {
  const perDay = new Map<string, number>();
  return changes.map((change) => {
    const rank = (perDay.get(change.date) ?? 0) + 1;
    perDay.set(change.date, rank);
    return { change, anchor: `${prefix}change-${change.date}${rank > 1 ? `-${rank}` : ''}` };
  });
}

/** Major changes in effect on `today` (`YYYY-MM-DD`): the ones that enter the change feed. */
export function publishedMajorChanges<T extends ChangeNote>(changes: readonly AnchoredChange<T>[], today: string): AnchoredChange<T>[] {
  return changes.filter(({ change }) => change.impact === 'major' && change.date <= today);
}

/** Anchored notes newest first; same-day notes keep their written order (as `sortChanges`). */
export function sortAnchoredChanges<T extends ChangeNote>(changes: readonly AnchoredChange<T>[]): AnchoredChange<T>[] {
  return changes
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.change.date.localeCompare(a.item.change.date) || a.index - b.index)
    .map(({ item }) => item);
}

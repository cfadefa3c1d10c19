/**
 * No silent change: the part of the content check that compares each key date
 * and criteria file with its published version (the file at a git base, read
 * by `git-base.ts`). A confirmed date whose day, time or zone moves (or that
 * is cancelled or withdrawn), and a criterion whose title, description or kind
 * changes (or that is added or removed), need a new change note; the note of
 * a moved date records the old value, and a reworded criterion keeps its old
 * wording, so every output can say what it was. The CMS applies the same rule
 * before publishing (`src/cms/change-rule.ts`).
 *
 * Pure, and light enough for the admin: the rules read plain data; reading
 * files' text is `history-files.ts`.
 */
import type { ContentProblem } from './check';
import { collectionTable } from './collections';
import { fieldLabelPath } from './fields/decap';
import { programTimeZone } from './fields/values';

/** A record read leniently: the base may predate today's schema. */
type Data = Readonly<Record<string, unknown>>;

/** Text of a field, `undefined` when absent or empty; YAML dates and numbers read as text. */
function text(data: Data | undefined, key: string): string | undefined {
  const value = data?.[key];
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Items of a list field that are records. */
function records(data: Data | undefined, key: string): Data[] {
  const value = data?.[key];
  return Array.isArray(value) ? value.filter((item): item is Data => item !== null && typeof item === 'object') : [];
}

/** The notes of `head` that `base` does not have, counted by day (a note's wording may be edited, its day not). */
export function newNotes(base: readonly Data[], head: readonly Data[]): Data[] {
  const remaining = new Map<string, number>();
  for (const note of base) remaining.set(text(note, 'date') ?? '', (remaining.get(text(note, 'date') ?? '') ?? 0) + 1);
  return head.filter((note) => {
    const day = text(note, 'date') ?? '';
    const left = remaining.get(day) ?? 0;
    remaining.set(day, left - 1);
    return left <= 0;
  });
}

/** A key date's value as the rule compares it. */
interface When {
  readonly state: string;
  readonly date: string | undefined;
  readonly time: string | undefined;
  readonly timeZone: string;
}

/** The value of a key date file. */
function whenOf(data: Data): When {
  return { state: text(data, 'state') ?? 'to-be-announced', date: text(data, 'date'), time: text(data, 'time'), timeZone: text(data, 'timeZone') ?? programTimeZone };
}

/** The value in the form editors type it: `2026-12-10 12:00 (America/Toronto)`. */
export function describeWhen(when: Pick<When, 'date' | 'time' | 'timeZone'>): string {
  return `${when.date ?? '?'}${when.time ? ` ${when.time}` : ''} (${when.timeZone})`;
}

/** The field that moved first, by the order editors see them. */
function movedField(base: When, head: When): 'date' | 'time' | 'timeZone' | 'state' | undefined {
  const cancelled = (when: When) => when.state === 'cancelled';
  if (head.state === 'to-be-announced' || cancelled(base) !== cancelled(head)) return 'state';
  if (base.date !== head.date) return 'date';
  if (base.time !== head.time) return 'time';
  if (base.timeZone !== head.timeZone) return 'timeZone';
  return undefined;
}

/** One problem on a field of a key date file, labelled as in the CMS. */
function keyDateProblem(file: string, field: string, message: string): ContentProblem {
  return { file, field, fieldLabel: fieldLabelPath(collectionTable.keyDates.fields, field.split('.')), message };
}

/** A published key date that moved needs a new note recording its old value. */
export function keyDateHistoryProblems(file: string, base: Data, head: Data): ContentProblem[] {
  const before = whenOf(base);
  const after = whenOf(head);
  if (before.state === 'to-be-announced' || before.date === undefined) return [];
  const field = movedField(before, after);
  if (field === undefined) return [];
  const added = newNotes(records(base, 'changes'), records(head, 'changes'));
  const change = `${describeWhen(before)} → ${after.state === 'to-be-announced' ? 'à annoncer' : after.state === 'cancelled' ? 'annulée' : describeWhen(after)}`;
  const expected = `ancienne valeur : date ${before.date}${before.time ? `, heure ${before.time}` : ', toute la journée'}, fuseau ${before.timeZone}`;
  if (added.length === 0) {
    return [
      keyDateProblem(
        file,
        field,
        `la date publiée a changé (${change}) sans nouveau changement dans « Historique des changements » : en ajouter un, daté, avec le texte en français et en anglais, l’importance et l’${expected} (a published date moved without a change note)`,
      ),
    ];
  }
  const previousValues = added.map((note) => note['previous']).filter((previous): previous is Data => previous !== null && typeof previous === 'object');
  const recorded = previousValues.some((previous) => text(previous, 'date') === before.date && text(previous, 'time') === before.time && (text(previous, 'timeZone') ?? programTimeZone) === before.timeZone);
  return recorded ? [] : [keyDateProblem(file, 'changes', `le nouveau changement doit indiquer l’ancienne valeur (${change}) : ${expected} (the change note must record the previous value)`)];
}

/** The criteria of a file, by id. */
function criteriaById(data: Data): Map<string, { readonly index: number; readonly item: Data }> {
  return new Map(records(data, 'items').map((item, index) => [text(item, 'id') ?? `#${index}`, { index, item }]));
}

/** The fields of a criterion the rule watches. */
const watched = ['title', 'description', 'kind'] as const;

/** One problem on a field of the criteria file, labelled as in the CMS. */
function criteriaProblem(file: string, path: readonly (string | number)[], message: string): ContentProblem {
  return { file, field: path.join('.'), fieldLabel: fieldLabelPath(collectionTable.criteria.fields, path), message };
}

/**
 * A criterion that changed, appeared or disappeared needs a new note; a
 * reworded one keeps its old wording. The notes are in the French file:
 * `notes` gives its base and current versions when checking another language.
 */
export function criteriaHistoryProblems(file: string, base: Data, head: Data, notes: { readonly base: Data; readonly head: Data } = { base, head }): ContentProblem[] {
  const before = criteriaById(base);
  const after = criteriaById(head);
  const hasNewNote = newNotes(records(notes.base, 'changes'), records(notes.head, 'changes')).length > 0;
  const problems: ContentProblem[] = [];
  const noNote = 'sans nouveau changement dans « Historique des changements » : en ajouter un, daté, avec le texte en français et en anglais et l’importance (a criterion changed without a change note)';
  for (const [id, { item: old }] of before) {
    if (!after.has(id) && !hasNewNote) problems.push(criteriaProblem(file, ['items'], `critère « ${id} » retiré ${noNote}`));
    const current = after.get(id);
    if (!current) continue;
    const field = watched.find((key) => text(old, key) !== text(current.item, key));
    if (field === undefined) continue;
    if (!hasNewNote) problems.push(criteriaProblem(file, ['items', current.index, field], `critère « ${id} » modifié ${noNote}`));
    const kept = newNotes(records(old, 'previous'), records(current.item, 'previous')).some(
      (earlier) => text(earlier, 'title') === text(old, 'title') && text(earlier, 'description') === text(old, 'description') && (field !== 'kind' || text(earlier, 'kind') === text(old, 'kind')),
    );
    if (!kept) {
      problems.push(
        criteriaProblem(file, ['items', current.index, 'previous'], `critère « ${id} » modifié : ajouter à « Versions précédentes » l’ancien libellé (intitulé « ${text(old, 'title') ?? ''} », sa description${field === 'kind' ? ' et son ancien type' : ''}), daté du changement (the old wording must be kept)`),
      );
    }
  }
  for (const [id, { index }] of after) {
    if (!before.has(id) && !hasNewNote) problems.push(criteriaProblem(file, ['items', index, 'id'], `critère « ${id} » ajouté ${noNote}`));
  }
  return problems;
}

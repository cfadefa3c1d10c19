/**
 * The key dates and the criteria of the open data file, with their change
 * histories: each note's text in the file's language, and for a moved key
 * date the old and the new value, so a reuser can say "was, now" exactly as
 * the pages do. The shape is declared in `open-data.ts`.
 */
import type { ChangeNote } from '../content/fields/common';
import type { CriterionVersion, criterionKinds } from '../content/schemas/criteria';
import type { KeyDateData } from '../content/schemas/key-dates';
import type { WallClock } from '../domain/dates';
import { dateModified, lastMajorUpdate, versionAt, versionBefore } from '../domain/history';
import { eventSequence, keyDateMoves, keyDateSpan, type KeyDateTimeFields } from '../domain/key-date-changes';
import { isDated, keyDateInstant } from '../domain/key-dates';
import type { Locale } from '../i18n/locales';
import { absoluteUrl, anchorPath, keyDateCalendarPath, sectionPath } from '../routes/urls';
import type { OpenData } from './open-data';
import { isoWithOffset } from './structured-data';

/** A key date as the open data reads it. */
export interface OpenDataKeyDateInput extends KeyDateTimeFields, Pick<KeyDateData, 'kind' | 'place' | 'description'> {
  /** Translation key, shared by both languages (the `id`). */
  readonly key: string;
  /** Anchor on the dates page. */
  readonly slug: string;
  readonly label: string;
  readonly sample: boolean;
}

/** The criteria as the open data reads them. */
export interface OpenDataCriteriaInput {
  readonly title: string;
  readonly effective: string;
  readonly changes: readonly ChangeNote[];
  readonly items: readonly {
    readonly id: string;
    readonly kind: (typeof criterionKinds)[number];
    readonly title: string;
    readonly description: string;
    readonly previous: readonly CriterionVersion[];
  }[];
  readonly sample: boolean;
}

type OpenDataKeyDate = OpenData['keyDates'][number];

/** A moment with its instant, read as the key date reads its own (a deadline given as a day ends with the day). */
function moment(when: WallClock, milestone: KeyDateData['milestone']): NonNullable<NonNullable<OpenDataKeyDate['changes'][number]['move']>['after']> {
  const start = keyDateInstant({ date: when.day, time: when.time, timeZone: when.timeZone, state: 'confirmed', milestone });
  return { date: when.day, time: when.time ?? null, timeZone: when.timeZone, start: isoWithOffset(start, when.timeZone) };
}

/** Notes oldest first, same-day notes in written order. */
function chronological<T extends { readonly date: string }>(changes: readonly T[]): T[] {
  return [...changes].sort((a, b) => a.date.localeCompare(b.date));
}

/** One key date of the open data file. */
export function openDataKeyDate(keyDate: OpenDataKeyDateInput, lang: Locale, site: URL | string): OpenDataKeyDate {
  const url = (path: string) => absoluteUrl(path, site);
  const dated = isDated(keyDate);
  const span = keyDateSpan(keyDate);
  const majorChange = lastMajorUpdate(keyDate.changes, '');
  const moves = keyDateMoves(keyDate);
  return {
    id: keyDate.key,
    label: keyDate.label,
    state: keyDate.state,
    milestone: keyDate.milestone,
    kind: keyDate.kind,
    place: keyDate.place ?? null,
    date: dated ? keyDate.date : null,
    time: dated ? (keyDate.time ?? null) : null,
    timeZone: keyDate.timeZone,
    start: dated ? isoWithOffset(keyDateInstant(keyDate), keyDate.timeZone) : null,
    end: span && !span.allDay ? isoWithOffset(span.end, keyDate.timeZone) : null,
    description: keyDate.description ?? null,
    sequence: eventSequence(keyDate),
    lastUpdated: majorChange === '' ? null : majorChange,
    dateModified: dateModified([{ changes: keyDate.changes }]) ?? null,
    changes: chronological(keyDate.changes).map((change) => {
      const move = moves.find((candidate) => candidate.change === change);
      const after = move?.after.when;
      return {
        date: change.date,
        impact: change.impact,
        note: change.note[lang],
        move: move ? { before: moment(move.before, keyDate.milestone), after: after && !move.after.cancelled ? moment(after, keyDate.milestone) : null, cancelled: move.after.cancelled } : null,
      };
    }),
    url: url(anchorPath(lang, 'dates', keyDate.slug)),
    calendarUrl: dated ? url(keyDateCalendarPath(lang, keyDate.slug)) : null,
  };
}

/** The criteria of the open data file: the derived version, each criterion's earlier wordings, the history. */
export function openDataCriteria(criteria: OpenDataCriteriaInput, lang: Locale, site: URL | string): OpenData['criteria'] {
  const url = (path: string) => absoluteUrl(path, site);
  return {
    title: criteria.title,
    version: versionAt(criteria.changes),
    effective: criteria.effective,
    lastUpdated: lastMajorUpdate(criteria.changes, criteria.effective),
    dateModified: dateModified([{ changes: criteria.changes, days: [criteria.effective] }]) ?? criteria.effective,
    url: url(sectionPath(lang, 'criteria')),
    items: criteria.items.map((item) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      description: item.description,
      url: url(anchorPath(lang, 'criteria', item.id)),
      previous: [...item.previous]
        .sort((a, b) => b.date.localeCompare(a.date))
        .map((earlier) => ({ date: earlier.date, version: versionBefore(criteria.changes, earlier.date), title: earlier.title, description: earlier.description, kind: earlier.kind ?? item.kind })),
    })),
    changes: chronological(criteria.changes).map((change) => ({ date: change.date, impact: change.impact, note: change.note[lang], version: versionAt(criteria.changes, change.date) })),
  };
}

/**
 * The cohort's publication rule, its order and its groups. Pure: the caller
 * passes the entries, the schedule (the results instant from the key dates,
 * the current edition from the settings) and the instant to judge them at
 * (the build's "now", `src/data/now.ts`).
 *
 * The rule: a startup of the current edition is public from the results
 * instant, or from its own `publishAt` if that is later; while the results
 * date is to be announced, none is. A startup of an earlier edition was
 * announced with its edition's results, so only its own `publishAt` holds it
 * back; a later edition's is never public (prepared in advance). Drafts never are.
 */
import { programFields, type ProgramField } from '../content/fields/program-fields';
import { entryLang, type Translatable } from '../content/translations';
import type { KeyDateFields } from './key-dates';
import { statusTimeline } from './key-dates';
import { releaseInstant, type ScheduledRelease } from './announcements';
import type { Locale } from '../i18n/locales';

/** The fields of a cohort entry this module reads. */
export interface CohortMemberLike extends Translatable {
  readonly data: {
    readonly name: string;
    readonly field: ProgramField;
    readonly edition: number;
    readonly draft: boolean;
    readonly publishAt?: ScheduledRelease | undefined;
  };
}

/** What the rule depends on besides the entry. */
export interface CohortSchedule {
  /** The results instant (ms since the epoch), `null` while the results date is to be announced. */
  readonly resultsAt: number | null;
  /** The edition under way (settings); `undefined`: every entry belongs to it. */
  readonly currentEdition?: number | undefined;
}

/**
 * The results instant over the key dates of every language: `null` if any
 * language still has it to be announced, else the latest, so a language
 * whose date was typed earlier by mistake cannot publish the cohort early.
 * Per language it is the instant the status turns « Résultats annoncés »
 * (`statusTimeline`), so the status and the cohort agree.
 */
export function resultsInstant(keyDatesByLanguage: readonly (readonly KeyDateFields[])[]): number | null {
  if (keyDatesByLanguage.length === 0) return null;
  let latest = Number.NEGATIVE_INFINITY;
  for (const keyDates of keyDatesByLanguage) {
    // `closingSoonDays` only moves the "closing soon" instant, which this rule does not read.
    const { resultsAt } = statusTimeline(keyDates, 1);
    if (resultsAt === null) return null;
    latest = Math.max(latest, resultsAt);
  }
  return latest;
}

/**
 * The instant (ms) an entry becomes public, `null` when it cannot be public
 * under `schedule`; `-Infinity` for an earlier edition's entry without `publishAt`.
 */
export function cohortReleaseInstant(member: CohortMemberLike, schedule: CohortSchedule): number | null {
  const { data } = member;
  if (data.draft) return null;
  const own = data.publishAt ? releaseInstant(data.publishAt).getTime() : Number.NEGATIVE_INFINITY;
  const current = schedule.currentEdition;
  if (current !== undefined && data.edition > current) return null;
  if (current !== undefined && data.edition < current) return own;
  if (schedule.resultsAt === null) return null;
  return Math.max(schedule.resultsAt, own);
}

/** True when an entry may appear anywhere public at `now` (from its release instant on, inclusive). */
export function isCohortMemberPublic(member: CohortMemberLike, schedule: CohortSchedule, now: Date): boolean {
  const instant = cohortReleaseInstant(member, schedule);
  return instant !== null && instant <= now.getTime();
}

/** Orders startups: newest edition first, then by field in the program's order, then by name. */
export function compareCohortMembers(lang: Locale): (a: CohortMemberLike, b: CohortMemberLike) => number {
  return (a, b) =>
    b.data.edition - a.data.edition ||
    programFields.indexOf(a.data.field) - programFields.indexOf(b.data.field) ||
    a.data.name.localeCompare(b.data.name, lang);
}

/** The public startups of `lang` at `now`, in display order. */
export function publicCohort<T extends CohortMemberLike>(entries: readonly T[], lang: Locale, schedule: CohortSchedule, now: Date): T[] {
  return entries.filter((entry) => entryLang(entry) === lang && isCohortMemberPublic(entry, schedule, now)).sort(compareCohortMembers(lang));
}

/** The editions present among `members`, newest first. */
export function cohortEditions(members: readonly { readonly data: Pick<CohortMemberLike['data'], 'edition'> }[]): number[] {
  return [...new Set(members.map((member) => member.data.edition))].sort((a, b) => b - a);
}

/** One field's startups. */
export interface FieldGroup<T> {
  readonly field: ProgramField;
  readonly members: T[];
}

/** Startups grouped by field, in the program's order of fields, empty fields left out; each group keeps the given order. */
export function groupByField<T extends CohortMemberLike>(members: readonly T[]): FieldGroup<T>[] {
  return programFields
    .map((field) => ({ field, members: members.filter((member) => member.data.field === field) }))
    .filter((group) => group.members.length > 0);
}

/** One edition's startups. */
export interface EditionGroup<T> {
  readonly edition: number;
  readonly members: T[];
}

/** Startups grouped by edition, newest first. */
export function groupByEdition<T extends CohortMemberLike>(members: readonly T[]): EditionGroup<T>[] {
  return cohortEditions(members).map((edition) => ({ edition, members: members.filter((member) => member.data.edition === edition) }));
}

/**
 * Addresses under one of `prefixes` (`/fr/cohorte/`) that `text` mentions,
 * each ending with `/`, without repeats. A plain
 * scan rather than a Markdown parse on purpose: a mention anywhere (a link,
 * a reference definition, an absolute URL, plain text) counts, so the check
 * built on it errs on the side of holding back.
 */
export function mentionedPaths(text: string, prefixes: readonly string[]): string[] {
  const found = new Set<string>();
  for (const prefix of prefixes) {
    const escaped = prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    for (const match of text.matchAll(new RegExp(`${escaped}[a-z0-9/-]*`, 'g'))) {
      found.add(match[0].endsWith('/') ? match[0] : `${match[0]}/`);
    }
  }
  return [...found];
}

/**
 * The cohort addresses an announcement mentions while it could go public
 * before the cohort does: it is not a draft, and its own release (`publishAt`,
 * or at once without one) comes before the results instant, or the results
 * date is still to be announced. Empty when the announcement is safe. Checked
 * on the content, so editors learn it before the build would stop.
 */
export function earlyCohortMentions(
  announcement: { readonly body?: string | undefined; readonly data: { readonly draft: boolean; readonly publishAt?: ScheduledRelease | undefined } },
  resultsAt: number | null,
  prefixes: readonly string[],
): string[] {
  if (announcement.data.draft) return [];
  const mentioned = mentionedPaths(announcement.body ?? '', prefixes);
  if (mentioned.length === 0) return [];
  const release = announcement.data.publishAt ? releaseInstant(announcement.data.publishAt).getTime() : Number.NEGATIVE_INFINITY;
  return resultsAt !== null && release >= resultsAt ? [] : mentioned;
}

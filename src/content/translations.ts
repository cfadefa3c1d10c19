/**
 * Pairs entries across languages and computes each page's counterpart, so the
 * language toggle lands on the same announcement, question or page in the
 * other language, or on that language's section when there is none.
 */
import { defaultLocale, type Locale } from '../i18n/locales';
import { parseEntryId } from './paths';

/** The minimum an entry needs to be paired: its id and optional overrides. */
export interface Translatable {
  /** Astro entry id, `<lang>/<file>`. */
  readonly id: string;
  /** Explicit pairing key; defaults to the file name. */
  readonly translationKey?: string | undefined;
  /** Localized slug; defaults to the file name. */
  readonly slug?: string | undefined;
}

/** Language of an entry, from its folder. */
export function entryLang(entry: Translatable): Locale {
  return parseEntryId(entry.id).lang;
}

/** The key shared by an entry and its translation. */
export function translationKeyOf(entry: Translatable): string {
  return entry.translationKey ?? parseEntryId(entry.id).fileSlug;
}

/** The entry's slug in URLs and anchors. */
export function slugOf(entry: Translatable): string {
  return entry.slug ?? parseEntryId(entry.id).fileSlug;
}

/** The entry in `lang` sharing `entry`'s translation key, if any. */
export function findCounterpart<T extends Translatable>(entry: Translatable, lang: Locale, candidates: readonly T[]): T | undefined {
  const key = translationKeyOf(entry);
  return candidates.find((candidate) => entryLang(candidate) === lang && translationKeyOf(candidate) === key);
}

/**
 * `findCounterpart` for many lookups: indexes `candidates` once by language and
 * translation key, so pairing every entry of a large site costs one pass
 * instead of one scan per entry. On duplicate keys the first candidate wins,
 * as with `findCounterpart`.
 */
export function counterpartFinder<T extends Translatable>(candidates: readonly T[]): (entry: Translatable, lang: Locale) => T | undefined {
  const index = new Map<string, T>();
  for (const candidate of candidates) {
    const key = `${entryLang(candidate)}\u0000${translationKeyOf(candidate)}`;
    if (!index.has(key)) index.set(key, candidate);
  }
  return (entry, lang) => index.get(`${lang}\u0000${translationKeyOf(entry)}`);
}

/** An entry with a change history, as the history sharing reads it. */
export interface EntryWithHistory {
  readonly id: string;
  readonly data: { readonly translationKey?: string | undefined; readonly changes: readonly unknown[] };
}

/**
 * The change history is written once, in the default language's file (the
 * CMS keeps it there: Decap cannot copy a list to the other language's file):
 * each entry of another language gets its default-language counterpart's
 * history. An entry without counterpart keeps its own.
 */
export function withSharedHistory<T extends EntryWithHistory>(entries: readonly T[], all: readonly T[]): T[] {
  const find = counterpartFinder(all.map((entry) => ({ id: entry.id, translationKey: entry.data.translationKey, entry })));
  return entries.map((entry) => {
    if (entryLang(entry) === defaultLocale) return entry;
    const reference = find({ id: entry.id, translationKey: entry.data.translationKey }, defaultLocale)?.entry;
    return reference ? { ...entry, data: { ...entry.data, changes: reference.data.changes } } : entry;
  });
}

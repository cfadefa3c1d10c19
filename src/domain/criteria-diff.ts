/**
 * What changed in a criterion between two versions, word by word (jsdiff),
 * for the criteria page to render as `<del>` / `<ins>`.
 */
import { diffWords } from 'diff';
import type { ChangeNote } from '../content/fields/common';
import type { Locale } from '../i18n/locales';
import { locales } from '../i18n/locales';
import { versionBefore } from './history';

/** A run of text: unchanged, removed in the newer version, or added in it. */
export interface DiffPart {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/** Word diff of two texts; spaces go with the words around them, so the result reads naturally. */
export function wordDiff(lang: Locale, before: string, after: string): DiffPart[] {
  const segmenter = new Intl.Segmenter(locales[lang].intlLocale, { granularity: 'word' });
  return diffWords(before, after, { intlSegmenter: segmenter }).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** The wording of a criterion at one version. */
export interface CriterionWording {
  readonly title: string;
  readonly description: string;
}

/** An earlier wording, as stored in `previous`. */
export interface EarlierWording extends CriterionWording {
  readonly version: string;
  /** Day the wording was replaced. */
  readonly date: string;
}

/** Earlier wordings as stored (no version: it is derived), with the version each belonged to: the one in effect before its day. */
export function versionedWordings(previous: readonly (CriterionWording & { readonly date: string })[], changes: readonly Pick<ChangeNote, 'date' | 'impact'>[]): EarlierWording[] {
  return previous.map((earlier) => ({ title: earlier.title, description: earlier.description, date: earlier.date, version: versionBefore(changes, earlier.date) }));
}

/** One step of a criterion's history: from an earlier version to the next one. */
export interface CriterionChange {
  /** Version the change starts from. */
  readonly fromVersion: string;
  /** Version it leads to, or `undefined` for the current wording. */
  readonly toVersion: string | undefined;
  /** Day of the change. */
  readonly date: string;
  readonly title: readonly DiffPart[];
  readonly description: readonly DiffPart[];
  /** True when the title did not change (the page then shows it once, plainly). */
  readonly titleUnchanged: boolean;
}

/**
 * A criterion's changes, newest first: each earlier wording compared with the
 * one that replaced it (the next earlier wording, or the current text).
 */
export function criterionChanges(lang: Locale, current: CriterionWording & { readonly version?: string | undefined }, previous: readonly EarlierWording[]): CriterionChange[] {
  const ordered = [...previous].sort((a, b) => b.date.localeCompare(a.date));
  return ordered.map((earlier, index) => {
    const newer: CriterionWording & { readonly version?: string | undefined } = index === 0 ? current : (ordered[index - 1] as EarlierWording);
    return {
      fromVersion: earlier.version,
      toVersion: index === 0 ? current.version : (newer.version ?? undefined),
      date: earlier.date,
      title: wordDiff(lang, earlier.title, newer.title),
      description: wordDiff(lang, earlier.description, newer.description),
      titleUnchanged: earlier.title === newer.title,
    };
  });
}

/**
 * A key date's change in words, "was, now": the one wording the dates page,
 * the home page, the calendars, the change feed and the announcement notices
 * share (« Date modifiée le 25 novembre 2026 : auparavant le 10 décembre 2026
 * à 12 h (heure de l’Est) ; désormais le 10 décembre 2026 à 13 h 30 … »).
 */
import type { Locale } from '../i18n/locales';
import type { UiKey, UiValues } from '../i18n/translate';
import { formatDay, formatWallClock } from './dates';
import type { KeyDateMove } from './key-date-changes';

/** A translator bound to one locale. */
export type Translator = (key: UiKey, values?: UiValues) => string;

/** One move as a sentence: when it was decided, what it was, what it is now (or that it was cancelled or withdrawn). */
export function moveSentence(lang: Locale, t: Translator, move: KeyDateMove): string {
  const values = { date: formatDay(lang, move.change.date), before: formatWallClock(lang, move.before) };
  if (move.after.cancelled) return t('change.cancelled', values);
  if (move.after.when === undefined) return t('change.unscheduled', values);
  return t('change.moved', { ...values, after: formatWallClock(lang, move.after.when) });
}

/**
 * The notice at the top of an old announcement that names a key date's old
 * value: its new value now (or that it is cancelled or withdrawn), and the old
 * one the text still gives.
 */
export function staleNoticeText(lang: Locale, t: Translator, label: string, move: Pick<KeyDateMove, 'before'>, now: KeyDateMove['after']): string {
  const values = { label, before: formatWallClock(lang, move.before) };
  if (now.cancelled) return t('notice.cancelled', values);
  if (now.when === undefined) return t('notice.unscheduled', values);
  return t('notice.moved', { ...values, after: formatWallClock(lang, now.when) });
}

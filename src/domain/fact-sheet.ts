/**
 * The press fact sheet: the program's key figures and dates as label/value
 * rows, computed from the same settings, criteria and key dates as the home
 * page and the open data, so a figure is never typed twice.
 */
import type { Locale } from '../i18n/locales';
import type { UiKey, UiValues } from '../i18n/translate';
import { formatDay, formatWallClock } from './dates';
import { isDated, type KeyDateFields } from './key-dates';
import { criteriaInForce } from './criteria-in-force';
import { formatList, formatMoney } from './amounts-and-lists';
import type { ChangeNote } from '../content/fields/common';

/** One row of the fact sheet. */
export interface FactRow {
  readonly label: string;
  readonly value: string;
}

/** What the fact sheet reads. */
export interface FactSheetInput {
  readonly lang: Locale;
  /** The page's translator. */
  readonly t: (key: UiKey, values?: UiValues) => string;
  readonly settings: {
    readonly programName: string;
    readonly organizer: string;
    readonly partner: string;
    readonly region: string;
    readonly figures: { readonly startups: number; readonly supportPerStartup: number; readonly salesCountries: number; readonly durationMonths: number };
  };
  /** Field names, already translated, in display order. */
  readonly fields: readonly string[];
  /** The criteria's effective day and change notes (the version is derived from them). */
  readonly criteria: { readonly effective: string; readonly changes: readonly Pick<ChangeNote, 'date' | 'impact'>[] };
  /** Key dates in timeline order. */
  readonly keyDates: readonly (KeyDateFields & { readonly label: string })[];
}

/** The rows about the program itself: name, partners, figures, fields, network, duration (the admin's settings preview shows these). */
export function programFactRows(input: Pick<FactSheetInput, 'lang' | 't' | 'settings' | 'fields'>): FactRow[] {
  const { lang, t, settings } = input;
  const { figures } = settings;
  return [
    { label: t('media.facts.program'), value: settings.programName },
    { label: t('media.facts.partners'), value: formatList(lang, [settings.organizer, settings.partner]) },
    { label: t('media.facts.startups'), value: t('media.facts.startupsValue', { count: figures.startups, region: settings.region }) },
    { label: t('media.facts.support'), value: formatMoney(lang, figures.supportPerStartup) },
    { label: t('media.facts.total'), value: formatMoney(lang, figures.startups * figures.supportPerStartup) },
    { label: t('media.facts.fields'), value: formatList(lang, input.fields) },
    { label: t('media.facts.network'), value: t('media.facts.networkValue', { count: figures.salesCountries }) },
    { label: t('media.facts.duration'), value: t('media.facts.durationValue', { count: figures.durationMonths }) },
  ];
}

/** The fact sheet rows: program, figures, fields, criteria, then every key date. */
export function factSheetRows(input: FactSheetInput): FactRow[] {
  const { lang, t } = input;
  const inForce = criteriaInForce(input.criteria);
  const criteriaValue = t('media.facts.criteriaValue', { version: inForce.version, date: formatDay(lang, inForce.since) });
  return [
    ...programFactRows(input),
    { label: t('media.facts.criteria'), value: criteriaValue },
    ...input.keyDates.map((keyDate) => ({
      label: keyDate.label,
      value: !isDated(keyDate)
        ? t('dates.tba')
        : keyDate.state === 'cancelled'
          ? t('dates.state.cancelled')
          : formatWallClock(lang, { day: keyDate.date, time: keyDate.time, timeZone: keyDate.timeZone }),
    })),
  ];
}

/**
 * What every preview template shares: the language being previewed, the
 * entry's data as plain values, and the site's own pieces (a day as the site
 * writes it, the page frame, a change history, a contact). Templates reuse
 * the site's markup classes, UI strings and formatting functions; the site's
 * stylesheet is registered for the preview frame in `cms.ts`.
 */
import { createElement as h, type ReactElement, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { changeImpacts, type ChangeNote } from '../../src/content/fields/common';
import { isRealCalendarDay } from '../../src/content/fields/values';
import { formatDay } from '../../src/domain/dates';
import { anchorChanges, sortAnchoredChanges } from '../../src/domain/history';
import { telHref, unbreakablePhone } from '../../src/domain/phone';
import { defaultLocale, isLocale, locales, type Locale } from '../../src/i18n/locales';
import { translate } from '../../src/i18n/translate';
import { plainRecord } from '../decap-data';

/** Decap passes the language being previewed as `locale`, which its typings omit. */
export type PreviewProps = PreviewTemplateComponentProps & { readonly locale?: string };

/** The entry's data as plain values. */
export type Data = Readonly<Record<string, unknown>>;

/** Language of the preview; the default language when Decap does not say. */
export function previewLang(props: PreviewProps): Locale {
  return isLocale(props.locale) ? props.locale : defaultLocale;
}

/** The entry's fields in the previewed language. */
export function entryData(props: PreviewProps): Data {
  return plainRecord(props.entry.get('data')) ?? {};
}

/** A text value, or `undefined` when empty or not text. */
export function text(data: Data | undefined, key: string): string | undefined {
  const value = data?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A list value's items that are plain records (list items of objects). */
export function records(data: Data | undefined, key: string): Data[] {
  const value = data?.[key];
  return Array.isArray(value) ? value.flatMap((item: unknown) => (plainRecord(item) ? [plainRecord(item) ?? {}] : [])) : [];
}

/** A list value's text items (`topics`, the checklist). */
export function strings(data: Data | undefined, key: string): string[] {
  const value = data?.[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : [];
}

/** True when `value` is one of `options` (a select value the site knows). */
export function isOneOf<T extends string>(options: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (options as readonly string[]).includes(value);
}

/** A day as the site writes it (« 15 mars 2027 »), or the raw value while the editor is still typing it. */
export function day(lang: Locale, value: string): ReactElement {
  return h('time', { dateTime: value, className: 'nowrap' }, isRealCalendarDay(value) ? formatDay(lang, value) : value);
}

/** The page frame around a preview: the site's container, in the previewed language. */
export function frame(lang: Locale, ...children: ReactNode[]): ReactElement {
  return h('main', { className: 'container', lang: locales[lang].htmlLang }, ...children);
}

/** The change notes of a list, as the site reads them (impact defaults to minor; a text missing in one language reads as empty). */
export function changeNotes(data: Data, key = 'changes'): ChangeNote[] {
  return records(data, key).flatMap((item) => {
    const date = text(item, 'date');
    const note = plainRecord(item['note']);
    const impact = text(item, 'impact');
    const fr = text(note, 'fr') ?? '';
    const en = text(note, 'en') ?? '';
    return date && (fr || en) ? [{ date, note: { fr, en }, impact: isOneOf(changeImpacts, impact) ? impact : 'minor' }] : [];
  });
}

/** A change history as `ChangeHistory.astro` renders it: newest first, impact named, each note anchored. */
export function changeHistory(lang: Locale, changes: readonly ChangeNote[], options: { readonly anchorPrefix?: string; readonly compact?: boolean } = {}): ReactElement | null {
  const { anchorPrefix = '', compact = false } = options;
  const items = sortAnchoredChanges(anchorChanges(changes, anchorPrefix));
  if (compact && items.length === 0) return null;
  return h(
    compact ? 'div' : 'section',
    { className: compact ? 'change-history change-history--compact' : 'change-history prose' },
    h(compact ? 'h3' : 'h2', null, translate(lang, 'criteria.history')),
    items.length === 0
      ? h('p', null, translate(lang, 'criteria.noHistory'))
      : h(
          'ul',
          null,
          ...items.map(({ change, anchor }) =>
            h('li', { id: anchor, key: anchor }, day(lang, change.date), ' — ', h('span', { className: 'tag' }, translate(lang, `criteria.impact.${change.impact}`)), ' ', change.note[lang]),
          ),
        ),
  );
}

/** A contact as `ContactBlock.astro` renders it. */
export function contactBlock(lang: Locale, contact: Data | undefined): ReactElement | null {
  if (!contact) return null;
  const email = text(contact, 'email');
  const phone = text(contact, 'phone');
  return h(
    'p',
    null,
    text(contact, 'name') ?? '',
    ...(email ? [h('br'), translate(lang, 'contact.email'), ' ', h('a', { href: `mailto:${email}` }, email)] : []),
    ...(phone ? [h('br'), translate(lang, 'contact.phone'), ' ', h('a', { href: telHref(phone) }, unbreakablePhone(phone))] : []),
  );
}

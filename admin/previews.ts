/**
 * Preview templates: what an announcement or a FAQ answer will look like on
 * the site, in the language being edited. They reuse the site's markup classes
 * (`prose`, `meta`, `tag`, `faq`), its UI strings and its date formatting; the
 * site's own stylesheet is registered for the preview frame in `cms.ts`.
 */
import { createElement as h, type ReactElement, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { announcementKinds, announcementTopics } from '../src/content/schemas/announcements';
import { faqCategories } from '../src/content/schemas/faq';
import { defaultLocale, isLocale, locales, type Locale } from '../src/i18n/locales';
import { translate } from '../src/i18n/translate';
import { isRealCalendarDay } from '../src/content/fields/values';
import { formatDay } from '../src/domain/dates';
import { plainValue } from './decap-data';

/** Decap passes the language being previewed as `locale`, which its typings omit. */
export type PreviewProps = PreviewTemplateComponentProps & { readonly locale?: string };

/** Language of the preview; the default language when Decap does not say. */
export function previewLang(props: PreviewProps): Locale {
  return isLocale(props.locale) ? props.locale : defaultLocale;
}

/** A text value of the entry, or `undefined` when empty. */
export function text(props: PreviewProps, ...path: string[]): string | undefined {
  const value: unknown = props.entry.getIn(['data', ...path]);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A list of strings of the entry (`topics`). */
export function strings(props: PreviewProps, key: string): string[] {
  const list = plainValue(props.entry.getIn(['data', key]));
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
}

/** True when `value` is one of `options` (a select value the site knows). */
export function isOneOf<T extends string>(options: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (options as readonly string[]).includes(value);
}

/** A day as the site writes it, or the raw value while the editor is still typing it. */
function day(lang: Locale, value: string): ReactElement {
  return h('time', { dateTime: value, className: 'nowrap' }, isRealCalendarDay(value) ? formatDay(lang, value) : value);
}

/** The page frame around a preview: the site's container, in the previewed language. */
export function frame(lang: Locale, ...children: ReactNode[]): ReactElement {
  return h('main', { className: 'container', lang: locales[lang].htmlLang }, ...children);
}

/** An announcement as `AnnouncementPage.astro` renders it. */
export function AnnouncementPreview(props: PreviewProps): ReactElement {
  const lang = previewLang(props);
  const kind = text(props, 'kind');
  const published = text(props, 'published');
  const updated = text(props, 'updated');
  const topics = strings(props, 'topics').filter((topic) => isOneOf(announcementTopics, topic));
  const imageSrc = text(props, 'image', 'src');
  const imageAlt = text(props, 'image', 'alt') ?? '';
  return frame(
    lang,
    h(
      'article',
      { className: 'prose' },
      isOneOf(announcementKinds, kind) ? h('p', { className: 'meta' }, h('span', { className: 'tag' }, translate(lang, `kind.${kind}`))) : null,
      h('h1', null, text(props, 'title') ?? ''),
      published
        ? h(
            'p',
            { className: 'meta' },
            translate(lang, 'site.published', { date: '' }),
            day(lang, published),
            updated ? [' · ', translate(lang, 'site.updated', { date: '' }), day(lang, updated)] : null,
          )
        : null,
      topics.length > 0
        ? h('p', { className: 'meta' }, translate(lang, 'announcements.topics'), ' ', ...topics.map((topic) => h('span', { className: 'tag', key: topic }, translate(lang, `topic.${topic}`))))
        : null,
      imageSrc ? h('figure', { className: 'figure' }, h('img', { src: String(props.getAsset(imageSrc)), alt: imageAlt })) : null,
      props.widgetFor('body'),
    ),
  );
}

/** A FAQ entry as `FaqPage.astro` renders it: its category heading and the opened answer. */
export function FaqPreview(props: PreviewProps): ReactElement {
  const lang = previewLang(props);
  const category = text(props, 'category');
  return frame(
    lang,
    h('h1', null, translate(lang, 'faq.title')),
    h(
      'div',
      { className: 'faq' },
      h(
        'section',
        null,
        isOneOf(faqCategories, category) ? h('h2', null, translate(lang, `faq.category.${category}`)) : null,
        h('details', { open: true }, h('summary', null, text(props, 'question') ?? ''), h('div', null, props.widgetFor('body'))),
      ),
    ),
  );
}

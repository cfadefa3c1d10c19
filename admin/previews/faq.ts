/** Preview of a FAQ entry as `FaqPage.astro` renders it: its category heading and the opened answer. */
import { createElement as h, type ReactElement } from 'react';
import { faqCategories } from '../../src/content/schemas/faq';
import { translate } from '../../src/i18n/translate';
import { entryData, frame, isOneOf, previewLang, text, type PreviewProps } from './shared';

/** A question under its category, answer open. */
export function FaqPreview(props: PreviewProps): ReactElement {
  const lang = previewLang(props);
  const data = entryData(props);
  const category = text(data, 'category');
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
        h('details', { open: true }, h('summary', null, text(data, 'question') ?? ''), h('div', null, props.widgetFor('body'))),
      ),
    ),
  );
}

/** Preview of a press kit item as `PressKitItem.astro` renders it on the media page. */
import { createElement as h, type ReactElement } from 'react';
import { pressKitKinds } from '../../src/content/schemas/press-kit';
import { translate } from '../../src/i18n/translate';
import { entryData, frame, isOneOf, previewLang, text, type PreviewProps } from './shared';

/** An item under its kind's heading: picture, title, caption, credit and licence. */
export function PressKitPreview(props: PreviewProps): ReactElement {
  const lang = previewLang(props);
  const data = entryData(props);
  const kind = text(data, 'kind');
  const file = text(data, 'file');
  const licence = text(data, 'licence') ?? '';
  const licenceUrl = text(data, 'licenceUrl');
  return frame(
    lang,
    h(
      'section',
      { className: 'press-kit' },
      h('h2', null, translate(lang, 'media.kit')),
      isOneOf(pressKitKinds, kind) ? h('h3', null, translate(lang, `media.kit.kind.${kind}`)) : null,
      h(
        'ul',
        { className: 'press-kit__list' },
        h(
          'li',
          { className: 'press-kit__item' },
          h(
            'figure',
            { className: 'press-kit__figure' },
            file ? h('img', { className: 'press-kit__thumb', src: String(props.getAsset(file)), alt: text(data, 'alt') ?? '', width: 240 }) : null,
            h(
              'figcaption',
              null,
              h('h4', null, text(data, 'title') ?? ''),
              h('div', { className: 'press-kit__caption' }, props.widgetFor('body')),
              h('p', { className: 'meta' }, translate(lang, 'media.kit.credit'), ' ', text(data, 'credit') ?? ''),
              h('p', { className: 'meta' }, translate(lang, 'media.kit.licence'), ' ', licenceUrl ? h('a', { href: licenceUrl, rel: 'external license' }, licence) : licence),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Preview of an announcement as `AnnouncementPage.astro` renders it. */
import { createElement as h, type ReactElement } from 'react';
import { announcementKinds, announcementTopics } from '../../src/content/schemas/announcements';
import { translate } from '../../src/i18n/translate';
import { plainRecord } from '../decap-data';
import { day, entryData, frame, isOneOf, previewLang, records, strings, text, type PreviewProps } from './shared';

/** An announcement: kind, title, dates, topics, corrections, image, then its text. */
export function AnnouncementPreview(props: PreviewProps): ReactElement {
  const lang = previewLang(props);
  const data = entryData(props);
  const kind = text(data, 'kind');
  const published = text(data, 'published');
  const updated = text(data, 'updated');
  const topics = strings(data, 'topics').filter((topic) => isOneOf(announcementTopics, topic));
  const image = plainRecord(data['image']);
  const imageSrc = text(image, 'src');
  const corrections = records(data, 'corrections');
  return frame(
    lang,
    h(
      'article',
      { className: 'prose' },
      isOneOf(announcementKinds, kind) ? h('p', { className: 'meta' }, h('span', { className: 'tag' }, translate(lang, `kind.${kind}`))) : null,
      h('h1', null, text(data, 'title') ?? ''),
      published
        ? h(
            'p',
            { className: 'meta' },
            translate(lang, 'site.published', { date: '' }),
            day(lang, published),
            ...(updated ? [' · ', translate(lang, 'site.updated', { date: '' }), day(lang, updated)] : []),
          )
        : null,
      topics.length > 0
        ? h('p', { className: 'meta' }, translate(lang, 'announcements.topics'), ' ', ...topics.map((topic) => h('span', { className: 'tag', key: topic }, translate(lang, `topic.${topic}`))))
        : null,
      corrections.length > 0
        ? h(
            'aside',
            { className: 'corrections notice' },
            h('h2', null, translate(lang, 'corrections.title')),
            h('p', null, translate(lang, 'corrections.intro')),
            h(
              'ul',
              null,
              ...[...corrections]
                .sort((a, b) => (text(a, 'date') ?? '').localeCompare(text(b, 'date') ?? ''))
                .map((correction, index) => h('li', { key: index }, day(lang, text(correction, 'date') ?? ''), ' — ', text(correction, 'note') ?? '')),
            ),
          )
        : null,
      imageSrc ? h('figure', { className: 'figure' }, h('img', { src: String(props.getAsset(imageSrc)), alt: text(image, 'alt') ?? '' })) : null,
      props.widgetFor('body'),
    ),
  );
}

/** Preview of a standing page (about, contact, accessibility, privacy) as `StandingPage.astro` renders it. */
import { createElement as h, type ReactElement } from 'react';
import { lastMajorUpdate } from '../../src/domain/history';
import { translate } from '../../src/i18n/translate';
import { changeHistory, changeNotes, day, entryData, frame, previewLang, text, type PreviewProps } from './shared';

/** A page: title, last major update, text, change history. */
export function PagePreview(props: PreviewProps): ReactElement {
  const lang = previewLang(props);
  const data = entryData(props);
  const changes = changeNotes(data);
  const lastUpdated = changes.length > 0 ? lastMajorUpdate(changes, '') : '';
  return frame(
    lang,
    h(
      'article',
      { className: 'prose' },
      h('h1', null, text(data, 'title') ?? ''),
      lastUpdated ? h('p', { className: 'meta' }, translate(lang, 'site.lastUpdated', { date: '' }), day(lang, lastUpdated)) : null,
      props.widgetFor('body'),
    ),
    changes.length > 0 ? changeHistory(lang, changes) : null,
  );
}

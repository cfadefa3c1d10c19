/** Preview of the criteria as `CriteriaPage.astro` renders them: by kind, each with its anchor, then the change history. */
import { createElement as h, type ReactElement } from 'react';
import { criterionKinds } from '../../src/content/schemas/criteria';
import { lastMajorUpdate } from '../../src/domain/history';
import { translate } from '../../src/i18n/translate';
import { anchorPath } from '../../src/routes/urls';
import { changeHistory, changeNotes, day, entryData, frame, previewLang, records, text, type PreviewProps } from './shared';

/** The criteria page: effective day, version, last major update, introduction, criteria by kind. */
export function CriteriaPreview(props: PreviewProps): ReactElement {
  const lang = previewLang(props);
  const data = entryData(props);
  const effective = text(data, 'effective') ?? '';
  const version = text(data, 'version');
  const changes = changeNotes(data);
  const items = records(data, 'items');
  return frame(
    lang,
    h('h1', null, text(data, 'title') ?? ''),
    h(
      'p',
      { className: 'meta' },
      translate(lang, 'criteria.effective', { date: '' }),
      day(lang, effective),
      ...(version ? [' · ', translate(lang, 'criteria.version', { version })] : []),
      ' · ',
      translate(lang, 'site.lastUpdated', { date: '' }),
      day(lang, lastMajorUpdate(changes, effective)),
    ),
    h('div', { className: 'prose' }, props.widgetFor('body')),
    ...criterionKinds.map((kind) => {
      const ofKind = items.filter((item) => text(item, 'kind') === kind);
      if (ofKind.length === 0) return null;
      return h(
        'section',
        { key: kind },
        h('h2', null, translate(lang, `criteria.${kind}`)),
        h(
          'ol',
          { className: 'criteria-list' },
          ...ofKind.map((item, index) => {
            const id = text(item, 'id');
            return h(
              'li',
              { id, key: id ?? index },
              h('h3', null, text(item, 'title') ?? ''),
              h('p', null, text(item, 'description') ?? ''),
              // Editors see the address journalists cite: the anchor must not change once published.
              id ? h('p', { className: 'meta' }, translate(lang, 'criteria.anchor', { url: anchorPath(lang, 'criteria', id) })) : null,
            );
          }),
        ),
      );
    }),
    changeHistory(lang, changes),
  );
}

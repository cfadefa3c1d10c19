/**
 * Preview of a selected startup, as `CohortMemberPage.astro` renders it: the
 * field and « Exemple fictif » tags, the name, the logo, the description, the
 * facts (city, website, founders, edition) and the attributed quote. Uses the
 * site's classes and UI strings, in the language being edited.
 */
import { createElement as h, type ReactElement } from 'react';
import { programFields } from '../../src/content/fields/program-fields';
import { formatList } from '../../src/domain/amounts-and-lists';
import { translate } from '../../src/i18n/translate';
import { plainRecord } from '../decap-data';
import { entryData, frame, isOneOf, previewLang, strings, text, type PreviewProps } from './shared';

/** One row of the facts list; nothing when the value is empty. */
function fact(label: string, value: ReactElement | string | undefined): ReactElement | null {
  return value ? h('div', { key: label }, h('dt', null, label), h('dd', null, value)) : null;
}

/** A startup as its page shows it. */
export function CohortPreview(props: PreviewProps): ReactElement {
  const lang = previewLang(props);
  const data = entryData(props);
  const logoData = plainRecord(data['logo']);
  const quoteData = plainRecord(data['quote']);
  const field = text(data, 'field');
  const fieldLabel = isOneOf(programFields, field) ? translate(lang, `topic.${field}`) : undefined;
  const name = text(data, 'name') ?? '';
  const website = text(data, 'website');
  const logo = text(logoData, 'src');
  const edition = data['edition'];
  const founders = strings(data, 'founders');
  const quote = text(quoteData, 'text');
  const author = text(quoteData, 'author');
  const role = text(quoteData, 'role');
  return frame(
    lang,
    h(
      'article',
      { className: 'cohort-member' },
      h('p', { className: 'meta' }, fieldLabel ? h('span', { className: 'tag' }, fieldLabel) : null),
      h('h1', null, name),
      logo ? h('img', { className: 'cohort-member__logo', src: String(props.getAsset(logo)), alt: text(logoData, 'alt') ?? '' }) : null,
      h('p', { className: 'prose' }, text(data, 'description') ?? ''),
      h('h2', null, translate(lang, 'cohort.member.details')),
      h(
        'dl',
        { className: 'fact-sheet' },
        fact(translate(lang, 'cohort.member.field'), fieldLabel),
        fact(translate(lang, 'cohort.member.city'), text(data, 'city')),
        fact(translate(lang, 'cohort.member.website'), website ? h('a', { href: website }, website) : undefined),
        fact(translate(lang, 'cohort.member.founders'), founders.length > 0 ? formatList(lang, founders) : undefined),
        fact(translate(lang, 'cohort.member.edition'), typeof edition === 'number' ? translate(lang, 'cohort.editionLink', { edition }) : undefined),
      ),
      quote
        ? h(
            'figure',
            { className: 'cohort-member__quote' },
            h('blockquote', null, h('p', null, translate(lang, 'cohort.member.quote', { text: quote }))),
            h('figcaption', null, `— ${author ?? ''}${role ? `, ${role}` : ''}`),
          )
        : null,
    ),
  );
}

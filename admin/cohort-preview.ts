/**
 * Preview of a selected startup, as `CohortMemberPage.astro` renders it: the
 * field and « Exemple fictif » tags, the name, the logo, the description, the
 * facts (city, website, founders, edition) and the attributed quote. Uses the
 * site's classes and UI strings, in the language being edited.
 */
import { createElement as h, type ReactElement } from 'react';
import { programFields } from '../src/content/fields/program-fields';
import { translate } from '../src/i18n/translate';
import { formatList } from '../src/domain/amounts-and-lists';
import { plainValue } from './decap-data';
import { frame, isOneOf, previewLang, strings, text, type PreviewProps } from './previews';

/** One row of the facts list; nothing when the value is empty. */
function fact(label: string, value: ReactElement | string | undefined): ReactElement | null {
  return value ? h('div', { key: label }, h('dt', null, label), h('dd', null, value)) : null;
}

/** A startup as its page shows it. */
export function CohortPreview(props: PreviewProps): ReactElement {
  const lang = previewLang(props);
  const field = text(props, 'field');
  const fieldLabel = isOneOf(programFields, field) ? translate(lang, `topic.${field}`) : undefined;
  const name = text(props, 'name') ?? '';
  const website = text(props, 'website');
  const logo = text(props, 'logo', 'src');
  const edition = plainValue(props.entry.getIn(['data', 'edition']));
  const founders = strings(props, 'founders').filter((founder) => founder.trim() !== '');
  const quote = text(props, 'quote', 'text');
  const author = text(props, 'quote', 'author');
  const role = text(props, 'quote', 'role');
  return frame(
    lang,
    h(
      'article',
      { className: 'cohort-member' },
      h('p', { className: 'meta' }, fieldLabel ? h('span', { className: 'tag' }, fieldLabel) : null),
      h('h1', null, name),
      logo ? h('img', { className: 'cohort-member__logo', src: String(props.getAsset(logo)), alt: text(props, 'logo', 'alt') ?? '' }) : null,
      h('p', { className: 'prose' }, text(props, 'description') ?? ''),
      h('h2', null, translate(lang, 'cohort.member.details')),
      h(
        'dl',
        { className: 'fact-sheet' },
        fact(translate(lang, 'cohort.member.field'), fieldLabel),
        fact(translate(lang, 'cohort.member.city'), text(props, 'city')),
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

/**
 * Preview of the site settings where the site shows them: the program in
 * brief (the media page's fact sheet, amounts as the site writes them), the
 * call to action and checklist, the contacts of the footer, the « À propos »
 * of press releases.
 */
import { createElement as h, type ReactElement } from 'react';
import { programFields } from '../../src/content/fields/program-fields';
import { programFactRows } from '../../src/domain/fact-sheet';
import { translate, useTranslations } from '../../src/i18n/translate';
import { plainRecord } from '../decap-data';
import { contactBlock, entryData, frame, previewLang, strings, text, type Data, type PreviewProps } from './shared';

/** The key figures, when all four are whole numbers. */
function figuresOf(data: Data): { startups: number; supportPerStartup: number; salesCountries: number; durationMonths: number } | undefined {
  const figures = plainRecord(data['figures']);
  const read = (key: string) => (typeof figures?.[key] === 'number' && Number.isFinite(figures[key]) ? figures[key] : undefined);
  const [startups, supportPerStartup, salesCountries, durationMonths] = ['startups', 'supportPerStartup', 'salesCountries', 'durationMonths'].map(read);
  return startups !== undefined && supportPerStartup !== undefined && salesCountries !== undefined && durationMonths !== undefined
    ? { startups, supportPerStartup, salesCountries, durationMonths }
    : undefined;
}

/** The settings, laid out as the site uses them. */
export function SettingsPreview(props: PreviewProps): ReactElement {
  const lang = previewLang(props);
  const t = useTranslations(lang);
  const data = entryData(props);
  const figures = figuresOf(data);
  const facts = figures
    ? programFactRows({
        lang,
        t,
        settings: {
          programName: text(data, 'programName') ?? '',
          organizer: text(data, 'organizer') ?? '',
          partner: text(data, 'partner') ?? '',
          region: text(data, 'region') ?? '',
          figures,
        },
        fields: programFields.map((topic) => t(`topic.${topic}`).toLowerCase()),
      })
    : [];
  const formUrl = text(data, 'applicationFormUrl');
  return frame(
    lang,
    h('h1', null, text(data, 'programName') ?? ''),
    h('p', { className: 'prose' }, text(data, 'tagline') ?? ''),
    h('h2', null, translate(lang, 'media.facts')),
    h('dl', { className: 'fact-sheet' }, ...facts.map((row) => h('div', { key: row.label }, h('dt', null, row.label), h('dd', null, row.value)))),
    h(
      'section',
      { className: 'status' },
      formUrl ? h('p', null, h('a', { className: 'button', href: formUrl, rel: 'external noopener' }, translate(lang, 'cta.apply'))) : null,
      h('p', null, h('strong', null, translate(lang, 'cta.prepare'))),
      h('ul', null, ...strings(data, 'applicationChecklist').map((item, index) => h('li', { key: index }, item))),
    ),
    h('h2', null, translate(lang, 'site.footer.contact')),
    contactBlock(lang, plainRecord(data['generalContact'])),
    h('h2', null, translate(lang, 'site.footer.media')),
    contactBlock(lang, plainRecord(data['mediaContact'])),
    h('h2', null, translate(lang, 'release.about')),
    h('p', null, text(data, 'about') ?? ''),
  );
}

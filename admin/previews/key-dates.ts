/** Preview of a key date as it appears in the timeline of `DatesPage.astro`. */
import { createElement as h, type ReactElement } from 'react';
import { isKnownTimeZone, isRealCalendarDay, programTimeZone } from '../../src/content/fields/values';
import { keyDateStates, milestones } from '../../src/content/schemas/key-dates';
import { timeProblem } from '../../src/cms/day-time-input';
import { datetimeAttribute, formatWallClock } from '../../src/domain/dates';
import { translate } from '../../src/i18n/translate';
import { changeHistory, changeNotes, entryData, frame, isOneOf, previewLang, text, type PreviewProps } from './shared';

/** A key date: its label, when it happens (day, 24-hour time, zone) or « à annoncer », its state, step and history. */
export function KeyDatePreview(props: PreviewProps): ReactElement {
  const lang = previewLang(props);
  const data = entryData(props);
  const state = text(data, 'state') ?? 'to-be-announced';
  const milestone = text(data, 'milestone') ?? 'other';
  const date = text(data, 'date');
  const time = text(data, 'time');
  const zone = text(data, 'timeZone');
  // The same rule as KeyDateTime.astro: a date « à annoncer » shows no day, whatever is typed.
  const moment =
    date && isRealCalendarDay(date) && state !== 'to-be-announced'
      ? { day: date, time: time && timeProblem(time) === undefined ? time : undefined, timeZone: zone && isKnownTimeZone(zone) ? zone : programTimeZone }
      : undefined;
  const slug = String(props.entry.get('slug') ?? '');
  return frame(
    lang,
    h('h1', null, translate(lang, 'dates.title')),
    h(
      'ol',
      { className: 'timeline' },
      h(
        'li',
        { id: slug || undefined },
        h('h2', null, text(data, 'label') ?? ''),
        h(
          'p',
          null,
          moment ? h('time', { dateTime: datetimeAttribute(moment) }, formatWallClock(lang, moment)) : h('span', null, translate(lang, 'dates.tba')),
          ' ',
          isOneOf(keyDateStates, state) ? h('span', { className: 'tag' }, translate(lang, `dates.state.${state}`)) : null,
        ),
        isOneOf(milestones, milestone) ? h('p', { className: 'meta' }, translate(lang, 'dates.milestone', { name: translate(lang, `dates.milestone.${milestone}`) })) : null,
        text(data, 'description') ? h('p', null, text(data, 'description')) : null,
        changeHistory(lang, changeNotes(data), { anchorPrefix: slug ? `${slug}-` : '', compact: true }),
      ),
    ),
  );
}

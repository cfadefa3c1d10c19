/**
 * The admin's day field: three boxes, day, month, year (the GOV.UK date
 * input), whatever the browser's language, and below them the day as the
 * site will write it (« 15 mars 2027 »). It stores exactly `YYYY-MM-DD`
 * (`src/cms/day-time-input.ts`). Registered as the `day` widget by `cms.ts`.
 */
import { Component, createElement as h, type ReactElement } from 'react';
import { dayParts, dayProblem, dayValue, digitsOnly, type DayParts } from '../../src/cms/day-time-input';
import { isRealCalendarDay, programTimeZone } from '../../src/content/fields/values';
import { dayInZone, formatDay } from '../../src/domain/dates';
import { fieldLabel, validity, widgetStyles, type ControlProps, type ControlValidity } from './control-props';

/** The three boxes, in the order French readers write a date. */
const boxes: readonly { readonly part: keyof DayParts; readonly label: string; readonly digits: number }[] = [
  { part: 'day', label: 'Jour', digits: 2 },
  { part: 'month', label: 'Mois', digits: 2 },
  { part: 'year', label: 'Année', digits: 4 },
];

interface DayState {
  /** The boxes as typed: `03` stays `03`, `3` stays `3` while the editor types. */
  readonly parts: DayParts;
  /** The value these boxes stored last, to tell the editor's typing from a change made elsewhere. */
  readonly stored: string;
}

/** The day control. A class: Decap asks it `isValid()` before saving. */
export class DayControl extends Component<ControlProps, DayState> {
  override state: DayState = { parts: dayParts(this.props.value), stored: typeof this.props.value === 'string' ? this.props.value : '' };

  /** A value set from outside (« Recopier une autre langue », a duplicated field) refills the boxes. */
  static getDerivedStateFromProps(props: ControlProps, state: DayState): Partial<DayState> | null {
    const value = typeof props.value === 'string' ? props.value : '';
    return value === state.stored ? null : { parts: dayParts(value), stored: value };
  }

  /** Decap's check before saving: an unfinished or impossible day is refused on the field. */
  isValid = (): ControlValidity => validity(this.props.field, dayProblem(this.props.value));

  private store(parts: DayParts): void {
    const value = dayValue(parts);
    this.setState({ parts, stored: value });
    this.props.onChange(value);
  }

  override render(): ReactElement {
    const { field, forID, classNameWrapper, isDisabled = false, setActiveStyle, setInactiveStyle } = this.props;
    const label = fieldLabel(field);
    const value = dayValue(this.state.parts);
    const box = ({ part, label: boxLabel, digits }: (typeof boxes)[number]) => {
      const id = part === 'day' ? forID : `${forID}-${part}`;
      return h(
        'label',
        { key: part, htmlFor: id, style: widgetStyles.box },
        boxLabel,
        h('input', {
          id,
          type: 'text',
          inputMode: 'numeric',
          autoComplete: 'off',
          'aria-label': `${label} — ${boxLabel.toLowerCase()}`,
          size: digits + 1,
          maxLength: digits,
          value: this.state.parts[part],
          disabled: isDisabled,
          style: widgetStyles.input,
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
          onChange: (event: { target: { value: string } }) => this.store({ ...this.state.parts, [part]: digitsOnly(event.target.value, digits) }),
        }),
      );
    };
    return h(
      'div',
      { className: classNameWrapper },
      h(
        'div',
        { role: 'group', 'aria-label': label, style: widgetStyles.row },
        ...boxes.map(box),
        isDisabled
          ? null
          : [
              h('button', { key: 'today', type: 'button', style: widgetStyles.button, onClick: () => this.store(dayParts(dayInZone(new Date(), programTimeZone))) }, 'Aujourd’hui'),
              h('button', { key: 'clear', type: 'button', style: widgetStyles.button, onClick: () => this.store({ day: '', month: '', year: '' }) }, 'Effacer'),
            ],
      ),
      // Always present, so screen readers announce the day as it becomes complete.
      h('p', { style: widgetStyles.echo, 'aria-live': 'polite' }, isRealCalendarDay(value) ? formatDay('fr', value) : ''),
    );
  }
}

/** How a day shows in Decap's default previews: as the site writes it. */
export function DayPreview({ value }: { readonly value?: unknown }): ReactElement {
  const text = typeof value === 'string' ? value : '';
  return h('span', null, isRealCalendarDay(text) ? formatDay('fr', text) : text);
}

/**
 * The admin's time field: typed on the 24-hour clock (`13:30`, `13 h 30`,
 * `13h`), whatever the browser's language, and shown below as the site will
 * write it (« 13 h 30 »). It stores exactly `HH:MM`
 * (`src/cms/day-time-input.ts`). Registered as the `time` widget by `cms.ts`.
 */
import { Component, createElement as h, type ReactElement } from 'react';
import { clockTimeValue, timeProblem } from '../../src/cms/day-time-input';
import { formatTime } from '../../src/domain/dates';
import { validity, widgetStyles, type ControlProps, type ControlValidity } from './control-props';

interface TimeState {
  /** The text as typed (`13 h 30`), kept while the editor types. */
  readonly text: string;
  /** The value this text stored last, to tell the editor's typing from a change made elsewhere. */
  readonly stored: string;
}

/** True for a stored `HH:MM` time. */
function isClockTime(value: string): boolean {
  return timeProblem(value) === undefined && value !== '';
}

/** The time control. A class: Decap asks it `isValid()` before saving. */
export class TimeControl extends Component<ControlProps, TimeState> {
  override state: TimeState = { text: typeof this.props.value === 'string' ? this.props.value : '', stored: typeof this.props.value === 'string' ? this.props.value : '' };

  /** A value set from outside (« Recopier une autre langue », a duplicated field) replaces the text. */
  static getDerivedStateFromProps(props: ControlProps, state: TimeState): Partial<TimeState> | null {
    const value = typeof props.value === 'string' ? props.value : '';
    return value === state.stored ? null : { text: value, stored: value };
  }

  /** Decap's check before saving: a time not on the 24-hour clock is refused on the field. */
  isValid = (): ControlValidity => validity(this.props.field, timeProblem(this.props.value));

  private store(text: string): void {
    const value = clockTimeValue(text);
    this.setState({ text, stored: value });
    this.props.onChange(value);
  }

  override render(): ReactElement {
    const { forID, classNameWrapper, isDisabled = false, setActiveStyle, setInactiveStyle } = this.props;
    const value = clockTimeValue(this.state.text);
    return h(
      'div',
      { className: classNameWrapper },
      h(
        'div',
        { style: widgetStyles.row },
        h('input', {
          id: forID,
          type: 'text',
          inputMode: 'text',
          autoComplete: 'off',
          size: 8,
          value: this.state.text,
          disabled: isDisabled,
          style: widgetStyles.input,
          onFocus: setActiveStyle,
          // Once the editor leaves the box, it shows the time as stored (`13 h 30` → `13:30`).
          onBlur: () => {
            setInactiveStyle();
            if (isClockTime(value) && value !== this.state.text) this.setState({ text: value });
          },
          onChange: (event: { target: { value: string } }) => this.store(event.target.value),
        }),
        isDisabled ? null : h('button', { type: 'button', style: widgetStyles.button, onClick: () => this.store('') }, 'Effacer'),
      ),
      h('p', { style: widgetStyles.echo, 'aria-live': 'polite' }, isClockTime(value) ? formatTime('fr', value) : ''),
    );
  }
}

/** How a time shows in Decap's default previews: as the site writes it. */
export function TimePreview({ value }: { readonly value?: unknown }): ReactElement {
  const text = typeof value === 'string' ? value : '';
  return h('span', null, isClockTime(text) ? formatTime('fr', text) : text);
}

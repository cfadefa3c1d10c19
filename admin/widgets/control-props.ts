/**
 * What Decap hands a field's control, as far as the admin's own widgets use
 * it (Decap's typings list only a few of these props).
 */
import type { CSSProperties } from 'react';

/** A Decap field's settings (an Immutable.js map). */
export interface FieldSettings {
  get(key: string): unknown;
}

/** Props of a Decap widget control. */
export interface ControlProps {
  readonly value: unknown;
  readonly field: FieldSettings;
  readonly onChange: (value: unknown) => void;
  /** The id Decap's `<label for>` points to. */
  readonly forID: string;
  /** Decap's box style (border, focus ring), for the control's outer element. */
  readonly classNameWrapper: string;
  readonly setActiveStyle: () => void;
  readonly setInactiveStyle: () => void;
  /** True in the other language's pane for a field entered once (`i18n: duplicate`). */
  readonly isDisabled?: boolean;
  /** Language of the pane the control is in. */
  readonly locale?: string;
}

/** Decap's answer to "is this value valid?": `true`, or the French message shown on the field. */
export type ControlValidity = true | { readonly error: { readonly type: 'CUSTOM'; readonly message: string } };

/** The label editors read for a field. */
export function fieldLabel(field: FieldSettings): string {
  const label = field.get('label');
  const name = field.get('name');
  return typeof label === 'string' ? label : typeof name === 'string' ? name : '';
}

/** A Decap validity from a French problem (or none). */
export function validity(field: FieldSettings, problem: string | undefined): ControlValidity {
  return problem === undefined ? true : { error: { type: 'CUSTOM', message: `${fieldLabel(field)} : ${problem}` } };
}

/** Look of the admin's own small parts, close to Decap's (inline styles: the admin has no stylesheet of its own). */
export const widgetStyles = {
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '12px' },
  box: { display: 'flex', flexDirection: 'column', gap: '4px', fontSize: '13px', color: '#5d626f' },
  input: { border: '2px solid #dfdfe3', borderRadius: '5px', padding: '8px 10px', fontSize: '15px', fontVariantNumeric: 'tabular-nums', background: '#fff', color: '#313d3e' },
  button: { border: 0, borderRadius: '5px', padding: '8px 12px', fontSize: '13px', fontWeight: 700, background: '#e8eaf0', color: '#313d3e', cursor: 'pointer' },
  echo: { margin: '8px 0 0', fontSize: '14px', color: '#313d3e' },
} satisfies Record<string, CSSProperties>;

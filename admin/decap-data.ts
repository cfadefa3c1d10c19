/**
 * Decap hands entry data to event handlers and previews as Immutable.js
 * values; the site's code works on plain data. The one place that unwraps them.
 */

/** A Decap value as plain data: Immutable.js collections become objects and arrays, anything else is returned as is. */
export function plainValue(value: unknown): unknown {
  return value && typeof value === 'object' && 'toJS' in value && typeof value.toJS === 'function' ? (value.toJS() as unknown) : value;
}

/** A Decap value as a plain record, or `undefined` when it is not an object. */
export function plainRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  const data = plainValue(value);
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}

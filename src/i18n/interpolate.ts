/**
 * Placeholders in UI strings (`{count} résultats`), filled the same way at
 * build time and in the browser. Apart from `translate.ts` so a page script
 * can use it without bundling the dictionaries.
 */

/** Values substituted into `{name}` placeholders. */
export type UiValues = Readonly<Record<string, string | number>>;

/** Replaces `{name}` placeholders; an unknown placeholder is left visible so it gets noticed. */
export function interpolate(template: string, values: UiValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/**
 * The site's UI strings as a page shows them (filled in and typeset), for
 * browser tests: Playwright's loader does not import JSON modules, so the
 * files are read as text; the typesetting is the site's own
 * (`src/i18n/typography.ts`), the text a test looks for being the text shown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { interpolate, type UiValues } from '../../src/i18n/interpolate';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { typeset } from '../../src/i18n/typography';

const files = Object.fromEntries(
  localeCodes.map((lang) => [lang, JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'i18n', 'ui', `${lang}.json`), 'utf8')) as Record<string, string>]),
) as Record<Locale, Record<string, string>>;

/** The UI string `key` of `lang`, filled with `values` and typeset. Throws for an unknown key. */
export function uiString(lang: Locale, key: string, values?: UiValues): string {
  const template = files[lang][key];
  if (template === undefined) throw new Error(`no UI string ${key}`);
  return typeset(lang, interpolate(template, values));
}

/**
 * The one list of locales for the site, the content folders and the CMS.
 * Astro's i18n routing, Decap's `i18n.locales`, the UI string files and the
 * language toggle all read from here, so adding a language starts here.
 */

/** A locale the site publishes in. French is first: it is the default. */
export const localeCodes = ['fr', 'en'] as const;

/** A locale code such as `fr`: the first URL segment and the content folder name. */
export type Locale = (typeof localeCodes)[number];

/** The language everything falls back to (URLs, CMS validation, missing strings). */
export const defaultLocale: Locale = 'fr';

/** What each locale needs besides its code. */
export interface LocaleInfo {
  /** BCP 47 tag for `<html lang>` and hreflang: Canadian variants, since the program is in Québec. */
  readonly htmlLang: string;
  /** The language's own name, shown in the toggle (a French speaker looks for "Français"). */
  readonly nativeName: string;
  /** The `Intl` locale used for dates and numbers. */
  readonly intlLocale: string;
  /** Open Graph locale (`fr_CA`). */
  readonly ogLocale: string;
}

/** Per-locale details, keyed by code. */
export const locales: Readonly<Record<Locale, LocaleInfo>> = {
  fr: { htmlLang: 'fr-CA', nativeName: 'Français', intlLocale: 'fr-CA', ogLocale: 'fr_CA' },
  en: { htmlLang: 'en-CA', nativeName: 'English', intlLocale: 'en-CA', ogLocale: 'en_CA' },
};

/** True when `value` is one of the site's locale codes. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as readonly string[]).includes(value);
}

/** The other locale of a bilingual pair (used by the language toggle). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'fr' ? 'en' : 'fr';
}

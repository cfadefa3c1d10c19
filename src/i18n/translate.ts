/**
 * UI strings: one JSON file per locale under `ui/`, French being the reference
 * (every key exists there). A missing English string falls back to French
 * rather than showing a key; the unit tests keep both files in step.
 */
import en from './ui/en.json';
import fr from './ui/fr.json';
import { interpolate, type UiValues } from './interpolate';
import { defaultLocale, type Locale } from './locales';
import { typeset } from './typography';

export type { UiValues };

/** A UI string key (`nav.faq`), as defined by the French file. */
export type UiKey = keyof typeof fr;

/** Strings of every locale; non-default locales may lag behind and fall back. */
const dictionaries: Record<Locale, Partial<Record<UiKey, string>>> = { fr, en };


/** True when `key` is a UI string key: for labels a new value may or may not have yet (a result type added later). */
export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(fr, key);
}

/**
 * Looks up `key` in `lang`, falling back to the default locale, fills its
 * placeholders and typesets the result in `lang` (« Date limite : » with a
 * no-break space; values such as amounts and times included).
 */
export function translate(lang: Locale, key: UiKey, values?: UiValues): string {
  const template = dictionaries[lang][key] ?? dictionaries[defaultLocale][key] ?? key;
  return typeset(lang, interpolate(template, values));
}

/** A translator bound to one locale: `const t = useTranslations('fr'); t('nav.faq')`. */
export function useTranslations(lang: Locale): (key: UiKey, values?: UiValues) => string {
  return (key, values) => translate(lang, key, values);
}

/** Amounts and lists in the reader's language: `120 000 $` / `$120,000`, « a, b et c ». */
import { locales, type Locale } from '../i18n/locales';

/** Canadian dollars without cents. */
export function formatMoney(lang: Locale, amount: number): string {
  return new Intl.NumberFormat(locales[lang].intlLocale, { style: 'currency', currency: 'CAD', maximumFractionDigits: 0, currencyDisplay: 'narrowSymbol' }).format(amount);
}

/** A conjunction list: `réalité mixte, cybersécurité et chaînes de blocs`. */
export function formatList(lang: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(locales[lang].intlLocale, { style: 'long', type: 'conjunction' }).format(items);
}

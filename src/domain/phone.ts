/** Numbers, amounts and lists in the reader's language: `120 000 $` / `$120,000`, « a, b et c ». */
import { locales, type Locale } from '../i18n/locales';

/** Canadian dollars without cents. */
export function formatMoney(lang: Locale, amount: number): string {
  return new Intl.NumberFormat(locales[lang].intlLocale, { style: 'currency', currency: 'CAD', maximumFractionDigits: 0, currencyDisplay: 'narrowSymbol' }).format(amount);
}

/** A conjunction list: `réalité mixte, cybersécurité et chaînes de blocs`. */
export function formatList(lang: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(locales[lang].intlLocale, { style: 'long', type: 'conjunction' }).format(items);
}

/** A phone number that never breaks across lines: no-break spaces and hyphens (`+1 418 555-0100`). */
export function unbreakablePhone(phone: string): string {
  return phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}

/** The `tel:` form of a displayed phone number: digits and a leading `+` only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}

/** Downloadable files as journalists read them: weight and pixel size (`1,2 Mo`, `1 600 × 900 px`). */
import { locales, type Locale } from '../i18n/locales';

/** Unit names, decimal (1 kB = 1000 bytes, as file managers show them). */
const units: Readonly<Record<Locale, readonly string[]>> = {
  fr: ['octets', 'Ko', 'Mo', 'Go'],
  en: ['bytes', 'KB', 'MB', 'GB'],
};

/** A file size in the reader's language: `845 Ko`, `1,2 Mo`, `1.2 MB`. */
export function formatFileSize(lang: Locale, bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units[lang].length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(locales[lang].intlLocale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
  return `${number}\u00a0${units[lang][unit]}`;
}

/** Pixel dimensions in the reader's language: `1 600 × 900 px` / `1,600 × 900 px`. */
export function formatDimensions(lang: Locale, width: number, height: number): string {
  const number = new Intl.NumberFormat(locales[lang].intlLocale);
  return `${number.format(width)}\u00a0×\u00a0${number.format(height)}\u00a0px`;
}

/**
 * Typography of the text the site writes, by language: French (Québec usage,
 * OQLF) and English. One function, `typeset`, applied where text is produced:
 * the Markdown processor (text nodes), the content loader (frontmatter text),
 * the UI strings (`translate`), dates and times (`src/domain/dates.ts`), and
 * the search documents' plain text. Templates never fix typography themselves.
 *
 * The engine is Typograf (maintained, MIT, no dependencies): it keeps URLs
 * and e-mail addresses out of reach of every rule, and brings the apostrophe,
 * quotation-mark and ellipsis rules of both languages. Its other rules are
 * tuned for Russian (a no-break space after every short word; spaces before
 * `: ; ? !` removed), so only the rules listed below run, and the French
 * spacing rules Typograf lacks are added to it as Typograf rules, so they get
 * the same protection of URLs.
 *
 * French: U+00A0 (no-break space) before `:` and inside « », U+202F (narrow
 * no-break space) before `; ? !`, no-break spaces in `9 h 30`, `120 000 $`,
 * `15 %`; ’ for the apostrophe; "…" becomes « … ». English: ’ and “ ” ‘ ’.
 * Idempotent: typesetting typeset text changes nothing.
 */
import Typograf from 'typograf';
import { isLocale, type Locale } from './locales';

/** No-break space (U+00A0): before `:`, inside « », in times and amounts. */
export const nbsp = '\u00A0';

/** Narrow no-break space (U+202F): before `; ? !`. */
export const narrowNbsp = '\u202F';

/** Any space a rule may replace: ordinary, no-break or narrow no-break. */
const anySpace = `[ ${nbsp}${narrowNbsp}]`;

/**
 * French rules Typograf does not have. Each is a function of text; they run
 * after Typograf's own rules, with URLs hidden.
 */
const frenchRules: readonly { readonly name: string; readonly handler: (text: string) => string }[] = [
  {
    // « Correction : » — a no-break space before the colon (added when missing after a word).
    // A colon between digits (10:30) or followed by a non-space (a:b) is left alone.
    name: 'fr/nbsp/colon',
    handler: (text) => text.replace(new RegExp(`(\\S?)${anySpace}*:(?=\\s|$)`, 'gu'), (_match, before: string) => (before === '' ? `${nbsp}:` : `${before}${nbsp}:`)),
  },
  {
    // « Qui peut postuler ? » — a narrow no-break space before ; ? ! (the first of a run: « ?! »).
    name: 'fr/nbsp/highPunctuation',
    handler: (text) =>
      text.replace(new RegExp(`([^\\s;?!])${anySpace}*([;?!]+)(?=\\s|$|[)»\\]])`, 'gu'), (_match, before: string, marks: string) => `${before}${narrowNbsp}${marks}`),
  },
  {
    // « 9 h 30 », « 23 h 59 », « 9 h » never break.
    name: 'fr/nbsp/time',
    handler: (text) => text.replace(new RegExp(`\\b(\\d{1,2})${anySpace}h(?:${anySpace}(\\d{2}))?\\b`, 'gu'), (_match, hours: string, minutes?: string) => (minutes ? `${hours}${nbsp}h${nbsp}${minutes}` : `${hours}${nbsp}h`)),
  },
  {
    // « 120 000 $ »: groups of three digits and the unit stay together. A phone
    // number (418 555-0100) is not an amount: a group followed by a hyphen or
    // by another number does not count.
    name: 'fr/nbsp/amount',
    handler: (text) =>
      text
        .replace(new RegExp(`\\b\\d{1,3}(?:${anySpace}\\d{3})+\\b(?![-‑\\d]|${anySpace}\\d)`, 'gu'), (number) => number.replace(new RegExp(anySpace, 'gu'), nbsp))
        .replace(new RegExp(`(\\d)${anySpace}?([$€%])`, 'gu'), `$1${nbsp}$2`),
  },
  {
    // French quotation marks get no-break spaces inside: « ainsi ».
    name: 'fr/nbsp/guillemets',
    handler: (text) =>
      text.replace(new RegExp(`«${anySpace}*`, 'gu'), `«${nbsp}`).replace(new RegExp(`${anySpace}*»`, 'gu'), `${nbsp}»`),
  },
];

/**
 * What Typograf's apostrophe rule leaves: a straight quote next to one letter
 * only (« l'<em>Est</em> » split by markup, « the '90s », « 'fine' »).
 * French has no single quotation marks: every one left is an apostrophe.
 */
const quoteRules: readonly { readonly name: string; readonly handler: (text: string) => string }[] = [
  { name: 'fr/punctuation/apostropheLeft', handler: (text) => text.replace(/'/g, '’') },
  { name: 'en-US/punctuation/singleQuotes', handler: (text) => text.replace(/(^|[\s(\[“—–-])'(?=\S)/gu, '$1‘').replace(/'/g, '’') },
];

for (const rule of [...frenchRules, ...quoteRules]) {
  // Typograf's rule table is global: register once, even if this module is evaluated again (dev server reloads).
  if (!Typograf.getRule(rule.name)) Typograf.addRule({ ...rule, handler: (text) => rule.handler(text) });
}

/** Typograf's own rules that are right for both languages. */
const sharedRules = ['common/punctuation/apostrophe', 'common/punctuation/quote', 'common/punctuation/hellip'];

/** One configured engine per language (building one compiles its rules). */
const engines: Readonly<Record<Locale, Typograf>> = {
  fr: new Typograf({
    locale: ['fr'],
    htmlEntity: { type: 'default' },
    disableRule: '*',
    enableRule: [...sharedRules, ...frenchRules.map((rule) => rule.name), 'fr/punctuation/apostropheLeft'],
  }),
  en: new Typograf({ locale: ['en-US'], htmlEntity: { type: 'default' }, disableRule: '*', enableRule: [...sharedRules, 'en-US/punctuation/singleQuotes'] }),
};

/** Text Typograf would read as HTML (a tag or an entity): typeset as plain text, characters kept as they are. */
const looksLikeHtml = /<\/?[a-z!]|&[a-z#\d]+;/i;

/**
 * What a rule of each language acts on: text without any of it is returned as
 * is, without running the engine (most text nodes of a page; a build types
 * thousands).
 */
const actionable: Readonly<Record<Locale, RegExp>> = {
  fr: /['"“”«»:;?!%$€]|\.\.\.|\d\s*h\b|\d\s\d/u,
  en: /['"]|\.\.\./u,
};

/**
 * Texts already typeset, by language. Every page repeats the same labels (the
 * menu, the footer, « Date limite : »), a build renders thousands of pages,
 * and the engine is deterministic: a profile at 1,000 announcements per
 * language spent most of `typeset`'s time on texts it had typeset before.
 */
const typesetTexts: Readonly<Record<Locale, Map<string, string>>> = { fr: new Map(), en: new Map() };

/** How many texts each language keeps: the labels of every page, with room; content text cannot grow it without end. */
const typesetTextsKept = 10_000;

/**
 * `text` with the typography of `lang`. Plain text in, plain text out (no
 * entities): callers escape as their format requires (HTML, XML, ICS, JSON).
 * Nothing is trimmed, so text nodes can be typeset one by one.
 */
export function typeset(lang: Locale, text: string): string {
  if (text === '' || !actionable[lang].test(text)) return text;
  const known = typesetTexts[lang].get(text);
  if (known !== undefined) return known;
  const result = looksLikeHtml.test(text) ? typesetMixed(lang, text) : engines[lang].execute(text);
  if (typesetTexts[lang].size >= typesetTextsKept) typesetTexts[lang].clear();
  typesetTexts[lang].set(text, result);
  return result;
}

/**
 * Text that contains `<` or `&` as characters (« a < b », « R&D »): typeset
 * around them, so Typograf neither hides a fake tag nor decodes an entity.
 */
function typesetMixed(lang: Locale, text: string): string {
  return text
    .split(/([<&])/)
    .map((part) => (part === '<' || part === '&' ? part : typeset(lang, part)))
    .join('');
}

/** A value that is an address, not prose: a URL, an e-mail address, a path. */
const address = /^(?:[a-z][a-z\d+.-]*:|\.{0,2}\/|[^\s@]+@[^\s@]+$)\S*$/i;

/**
 * Every string of `data` typeset in `lang`, at any depth (arrays, plain
 * objects), addresses (URLs, e-mail, paths) left as they are; other values
 * (numbers, dates, booleans) untouched. An object keyed by language codes
 * (a change note's `{ fr, en }`, written once in the French file) has each
 * text typeset in its own language. Returns a new value.
 */
export function typesetData<T>(lang: Locale, data: T): T {
  if (typeof data === 'string') return (address.test(data) ? data : typeset(lang, data)) as T;
  if (Array.isArray(data)) return data.map((item: unknown) => typesetData(lang, item)) as T;
  if (data !== null && typeof data === 'object' && Object.getPrototypeOf(data) === Object.prototype) {
    const entries = Object.entries(data);
    const byLanguage = entries.length > 0 && entries.every(([key]) => isLocale(key));
    return Object.fromEntries(entries.map(([key, value]) => [key, typesetData(byLanguage ? (key as Locale) : lang, value)])) as T;
  }
  return data;
}

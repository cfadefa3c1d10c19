/**
 * A typography scan of the build output, independent of the code that
 * typesets it: reads each file as its format says (HTML text nodes and
 * human-readable attributes, RSS/XML text, iCalendar property values, JSON
 * string values, search shards) and reports every fault, located.
 *
 * French text: a straight apostrophe or double quote, a breakable space
 * before « : ; ? ! » » or after « « », a breakable space inside a time
 * (`9 h 30`, `23 h 59`) or an amount (`120 000 $`, `15 %`). English text: a
 * straight apostrophe or double quote. A passage's language is the nearest
 * `lang` (HTML), the feed's `<language>`, or the file's language folder.
 * Code, URLs and e-mail addresses are not text.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import ICAL from 'ical.js';

/** The two languages the site writes. */
export type ScanLang = 'fr' | 'en';

/** One typography fault. */
export interface TypographyFault {
  readonly file: string;
  readonly lang: ScanLang;
  readonly rule: string;
  /** The text around the fault, spaces made visible (⍽ U+00A0, · U+202F, ␣ breakable). */
  readonly context: string;
}

/** Breakable white space (not U+00A0 or U+202F). */
const breakable = '[ \\t\\r\\n\\u2000-\\u200A\\u205F\\u3000]';

/** The rules, by language: a name and the pattern of a fault. */
const rules: Readonly<Record<ScanLang, readonly { readonly rule: string; readonly pattern: RegExp }[]>> = {
  fr: [
    { rule: 'straight apostrophe', pattern: /'/g },
    { rule: 'straight double quote', pattern: /"/g },
    { rule: 'breakable space before : ; ? ! »', pattern: new RegExp(`(?<=\\S)${breakable}+[:;?!»]`, 'gu') },
    { rule: 'breakable space after «', pattern: new RegExp(`«${breakable}`, 'gu') },
    { rule: 'breakable space in a time', pattern: new RegExp(`\\b\\d{1,2}${breakable}h\\b|\\b\\d{1,2}\\s?h${breakable}\\d{2}\\b`, 'gu') },
    { rule: 'breakable space in an amount', pattern: new RegExp(`\\d${breakable}[$€%]|\\b\\d{1,3}(?:${breakable}\\d{3})+\\s?[$€%]`, 'gu') },
  ],
  en: [
    { rule: 'straight apostrophe', pattern: /'/g },
    { rule: 'straight double quote', pattern: /"/g },
  ],
};

/** Addresses (URLs, e-mail addresses, paths) inside text: blanked before the rules run. */
const addresses = /\b(?:https?|mailto|tel|webcal):[^\s<>"«»]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w/])\/[\w./#?=&%-]*/gu;

/** Makes spaces visible in a fault's context. */
function visible(text: string): string {
  return text.replace(/\u00A0/g, '⍽').replace(/\u202F/g, '·').replace(/[ \t\r\n]/g, '␣');
}

/** Faults in one piece of text of language `lang`. */
export function textFaults(file: string, lang: ScanLang, text: string): TypographyFault[] {
  const clean = text.replace(addresses, (address) => ' '.repeat(address.length).replace(/ /g, '_'));
  return rules[lang].flatMap(({ rule, pattern }) =>
    [...clean.matchAll(pattern)].map((match) => ({
      file,
      lang,
      rule,
      context: visible(text.slice(Math.max(0, match.index - 25), match.index + match[0].length + 25)),
    })),
  );
}

/** The scan language a BCP 47 tag designates, if the site writes it. */
function scanLang(tag: string | undefined, fallback: ScanLang): ScanLang {
  const primary = tag?.toLowerCase().split('-')[0];
  return primary === 'fr' || primary === 'en' ? primary : fallback;
}

/** Elements whose text is code or data, not prose. */
const codeElements = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'template']);

/** Attributes whose values people read. */
const readAttributes = ['alt', 'title', 'aria-label', 'placeholder'];

/** `<meta>` whose `content` people read (descriptions, share titles). */
const readMeta = /^(description|og:title|og:description|og:image:alt|og:site_name|twitter:title|twitter:description|twitter:image:alt)$/;

/** Faults of an HTML page: text nodes (template content included), readable attributes, JSON-LD strings. */
export function htmlFaults(file: string, html: string, fallback: ScanLang): TypographyFault[] {
  const $ = cheerio.load(html);
  const faults: TypographyFault[] = [];
  const langOf = (element: Element) => scanLang($(element).closest('[lang]').attr('lang'), fallback);
  const walk = (nodes: AnyNode[], lang: ScanLang) => {
    for (const node of nodes) {
      if (node.type === 'text') faults.push(...textFaults(file, lang, node.data));
      else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        const element = node as Element;
        const own = scanLang(element.attribs['lang'], lang);
        for (const attribute of readAttributes) {
          const value = element.attribs[attribute];
          if (value) faults.push(...textFaults(file, own, value));
        }
        // A <template>'s content is a separate fragment: read it as such.
        if (element.name === 'template') faults.push(...htmlFaults(file, `<div lang="${own}">${$(element).html() ?? ''}</div>`, own));
        if (!codeElements.has(element.name)) walk(element.children, own);
      }
    }
  };
  walk($.root().children().toArray(), fallback);
  $('meta[name], meta[property]').each((_index, element) => {
    const key = $(element).attr('name') ?? $(element).attr('property') ?? '';
    if (readMeta.test(key)) faults.push(...textFaults(file, langOf(element), $(element).attr('content') ?? ''));
  });
  $('script[type="application/ld+json"]').each((_index, element) => {
    faults.push(...jsonFaults(file, $(element).text(), langOf(element)));
  });
  return faults;
}

/** Faults of an XML file (RSS feed, its stylesheet, sitemap): text nodes, in the feed's `<language>` if it has one. */
export function xmlFaults(file: string, xml: string, fallback: ScanLang): TypographyFault[] {
  const $ = cheerio.load(xml, { xml: true });
  const lang = scanLang($('channel > language').first().text() || undefined, fallback);
  const faults: TypographyFault[] = [];
  const walk = (nodes: AnyNode[], partLang: ScanLang) => {
    for (const node of nodes) {
      if (node.type === 'text') faults.push(...textFaults(file, partLang, node.data));
      else if (node.type === 'cdata') {
        faults.push(...textFaults(file, partLang, node.children.map((child) => (child.type === 'text' ? child.data : '')).join('')));
      } else if (node.type === 'tag') {
        const element = node as Element;
        // In an XSL stylesheet, xsl:* elements are program, their text output: only literal text counts.
        if (/^xsl:(value-of|attribute|copy-of)$/.test(element.name)) continue;
        walk(element.children, scanLang(element.attribs['lang'] ?? element.attribs['xml:lang'], partLang));
      }
    }
  };
  walk($.root().children().toArray(), lang);
  return faults;
}

/** iCalendar properties whose values are text for people. */
const icsTextProperties = new Set(['summary', 'description', 'location', 'x-wr-calname', 'x-wr-caldesc', 'name', 'comment']);

/** Faults of an iCalendar file: the text properties of the calendar and of each event, unescaped. */
export function icsFaults(file: string, ics: string, lang: ScanLang): TypographyFault[] {
  const root = new ICAL.Component(ICAL.parse(ics));
  const components = [root, ...root.getAllSubcomponents()];
  return components.flatMap((component) =>
    component
      .getAllProperties()
      .filter((property) => icsTextProperties.has(property.name))
      .flatMap((property) => property.getValues().flatMap((value) => textFaults(file, lang, String(value)))),
  );
}

/** Keys whose values are identifiers, addresses or dates in the site's JSON files. */
const jsonIdentifierKeys = /^(@?id|@type|@context|\$schema|\$ref|\$id|pattern|format|const|enum|url|href|path|slug|src|email|telephone|phone|inLanguage|lang|language|type|kind|state|milestone|field|topic|timeZone|date|time|.*(Date|At|Url|Path|Id|Iso|Hash))$/;

/**
 * Faults of a JSON document: every string value people may read (not keys,
 * not identifiers); a value holding HTML (an answer in JSON-LD) is read as HTML.
 */
export function jsonFaults(file: string, json: string, lang: ScanLang): TypographyFault[] {
  const faults: TypographyFault[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (jsonIdentifierKeys.test(key)) return;
      faults.push(...(/<[a-z][^>]*>/i.test(value) ? htmlFaults(file, `<div lang="${lang}">${value}</div>`, lang) : textFaults(file, lang, value)));
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value !== null && typeof value === 'object') for (const [name, item] of Object.entries(value)) walk(item, name);
  };
  walk(JSON.parse(json) as unknown, '');
  return faults;
}

/** The language of a file of the build from its path (`fr/…`, `search/en/…`); `undefined` for bilingual or language-free files. */
export function fileLang(file: string): ScanLang | undefined {
  const match = /(?:^|\/)(fr|en)\//.exec(file);
  return match?.[1] === 'fr' || match?.[1] === 'en' ? match[1] : undefined;
}

/**
 * Faults of one output file, by its extension; files of no known format have
 * none. A page's language is its `<html lang>`; other files outside a language
 * folder (the open data schema) are in English.
 */
export function fileFaults(file: string, text: string): TypographyFault[] {
  const lang = fileLang(file) ?? (file.endsWith('.html') ? 'fr' : 'en');
  if (file.endsWith('.html')) return htmlFaults(file, text, lang);
  if (/\.(xml|xsl)$/.test(file)) return xmlFaults(file, text, lang);
  if (file.endsWith('.ics')) return icsFaults(file, text, lang);
  if (file.endsWith('.json')) return jsonFaults(file, text, lang);
  return [];
}

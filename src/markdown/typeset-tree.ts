/**
 * Typography of a rendered Markdown document (`typeset` from
 * `src/i18n/typography.ts`), text node by text node, each in the language of
 * its part: the document's, or the `lang` of the nearest element that sets
 * one (a French quotation in an English page gets French spacing). Code is
 * left as typed; of the attributes, only those people read (`alt`, `title`).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { typeset } from '../i18n/typography';
import type { Locale } from '../i18n/locales';
import { localeOfTag } from './language-parts';

/** Elements whose text is code: no typography. */
const codeElements = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

/** Attributes whose value is text for people. */
const textAttributes = ['alt', 'title'] as const;

/** Typesets `node` and its descendants in place, in `lang` unless an element says otherwise. */
export function typesetTree(node: Root | RootContent | ElementContent, lang: Locale): void {
  if (node.type === 'text') {
    node.value = typeset(lang, node.value);
    return;
  }
  if (node.type !== 'root' && node.type !== 'element') return;
  let partLang = lang;
  if (node.type === 'element') {
    if (codeElements.has(node.tagName)) return;
    const tag = node.properties['lang'];
    // A passage in a language the site does not typeset (« Gracias ») is left as typed.
    if (tag !== undefined && localeOfTag(tag) === undefined) return;
    partLang = localeOfTag(tag) ?? lang;
    typesetAttributes(node, partLang);
  }
  for (const child of node.children) typesetTree(child, partLang);
}

/** `alt` and `title` in the element's language. */
function typesetAttributes(element: Element, lang: Locale): void {
  for (const name of textAttributes) {
    const value = element.properties[name];
    if (typeof value === 'string') element.properties[name] = typeset(lang, value);
  }
}

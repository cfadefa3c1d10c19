/**
 * Language of parts (WCAG 3.1.2) in editor-written Markdown: a passage in the
 * other language gets a `lang` attribute, so screen readers switch voice.
 *
 * Quotations first: in an English document a « … » quotation is French unless
 * its words say English (guillemets are French punctuation), and a quotation
 * whose words are clearly in the other language (“ … ” or « … ») is marked in
 * either document. Then whole blocks (a paragraph, a list item, a cell):
 * one whose own text, quotations aside, is clearly in the other language gets
 * `lang` itself. Editors mark what the rule cannot see with inline HTML:
 * `<span lang="fr">…</span>` (the allowlist keeps `lang`, see `sanitize.ts`);
 * nothing inside an element that already has `lang` is touched.
 *
 * Pure apart from the tree it is given; the decision is `guessLanguage`.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { guessLanguage } from '../i18n/language-detect';
import { locales, localeCodes, type Locale } from '../i18n/locales';

/** Elements whose text is code or a name: never marked. */
const skipped = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style']);

/** Elements whose own text is one passage, marked whole when it is in the other language. */
const blocks = new Set(['p', 'li', 'blockquote', 'td', 'th', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'caption']);

/** A quotation inside a text node: « … » or “ … ”, not nested. */
const quotation = /«[^«»]+»|“[^“”]+”/gu;

/** The site locale a `lang` attribute designates (`fr`, `fr-CA` → `fr`), if any. */
export function localeOfTag(tag: unknown): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = tag.toLowerCase().split('-')[0];
  return localeCodes.find((code) => code === primary);
}

/** The language of a quotation in a document of `documentLang`, when it differs. */
export function quotationLanguage(quoted: string, documentLang: Locale): Locale | undefined {
  const guess = guessLanguage(quoted, quoted.startsWith('«') ? 1 : 2);
  if (guess !== undefined) return guess === documentLang ? undefined : guess;
  // « … » with no clear evidence: French punctuation, so French, unless the document already is.
  return quoted.startsWith('«') && documentLang !== 'fr' ? 'fr' : undefined;
}

/** A `span` with `lang` around `value`. */
function languageSpan(value: string, lang: Locale): Element {
  return { type: 'element', tagName: 'span', properties: { lang: locales[lang].htmlLang }, children: [{ type: 'text', value }] };
}

/** A text node split around its quotations in the other language. */
function splitQuotations(node: Text, documentLang: Locale): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(quotation)) {
    const lang = quotationLanguage(match[0], documentLang);
    if (lang === undefined) continue;
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    parts.push(languageSpan(match[0], lang));
    last = match.index + match[0].length;
  }
  if (last === 0) return [node];
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

/** Text of `node` outside elements that carry `lang` or hold code. */
function ownText(node: Element | Root): string {
  return node.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type !== 'element' || skipped.has(child.tagName) || child.properties['lang'] !== undefined) return '';
      return ownText(child);
    })
    .join('');
}

/** Marks quotations inside `node`, then each block in the other language, in place. */
function mark(node: Element | Root, documentLang: Locale): void {
  const children: (Root['children'][number] | ElementContent)[] = [];
  for (const child of node.children) children.push(...(child.type === 'text' ? splitQuotations(child, documentLang) : [child]));
  node.children = children as typeof node.children;
  for (const child of node.children) {
    if (child.type !== 'element' || skipped.has(child.tagName) || child.properties['lang'] !== undefined) continue;
    mark(child, documentLang);
    if (!blocks.has(child.tagName)) continue;
    const guess = guessLanguage(ownText(child), 3);
    if (guess !== undefined && guess !== documentLang) child.properties['lang'] = locales[guess].htmlLang;
  }
}

/** Marks the passages of `tree` (a document in `documentLang`) that are in the other language. */
export function markLanguageParts(tree: Root, documentLang: Locale): void {
  mark(tree, documentLang);
}

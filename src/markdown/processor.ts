/**
 * The Markdown processor of the site: Astro 7's default, Sätteri (parsing and
 * HTML in native code), with the editors' allowlist applied to the HTML tree
 * by rehype-sanitize's own function, at the same point of the pipeline as the
 * former remark/rehype (unified) processor applied it: before Astro marks
 * images and gives headings their ids, with raw HTML dropped.
 *
 * Why not the unified processor: at 5,000 announcements per language it spent
 * most of the build rendering Markdown (remark-smartypants alone half of
 * that); Sätteri gives the same HTML for the site's content several times
 * faster (docs/benchmarks.md, "Build scaling"). Two habits of the old
 * pipeline are kept on purpose, so pages do not change: `--` becomes an em
 * dash (Sätteri would make it an en dash), and column alignment in tables is
 * an `align` attribute (Sätteri writes a `style`, which the allowlist and the
 * Content Security Policy both refuse).
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import type { HastPluginDefinition } from 'satteri';
import { markdownSanitizeSchema } from './sanitize';

/** Elements whose text is code: smart punctuation leaves it alone. */
const codeElements = new Set(['code', 'pre', 'kbd', 'samp']);

/** `--` not part of a longer run of dashes (remark-smartypants' default: `---` stays as typed). */
const doubleDash = /(?<!-)--(?!-)/g;

/** A table cell's alignment as Sätteri writes it. */
const alignStyle = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/;

/** Children of a root or element, typed for walking. */
type Node = Root | RootContent | ElementContent;

/**
 * Rewrites the tree in place: `--` outside code becomes `—`, and a table
 * cell's `style="text-align: …"` becomes `align="…"`. Pure apart from the tree
 * it is given (a fresh copy in the pipeline).
 */
export function keepLegacyTypography(node: Node, inCode = false): void {
  if (node.type === 'text') {
    if (!inCode) node.value = node.value.replace(doubleDash, '—');
    return;
  }
  if (node.type !== 'root' && node.type !== 'element') return;
  if (node.type === 'element') alignFromStyle(node);
  const code = inCode || (node.type === 'element' && codeElements.has(node.tagName));
  for (const child of node.children) keepLegacyTypography(child, code);
}

/** `th`/`td` alignment as the `align` attribute GitHub's allowlist keeps. */
function alignFromStyle(element: Element): void {
  if (element.tagName !== 'th' && element.tagName !== 'td') return;
  const style = element.properties['style'];
  const match = typeof style === 'string' ? alignStyle.exec(style) : null;
  if (!match?.[1]) return;
  element.properties['align'] = match[1];
  delete element.properties['style'];
}

/** rehype-sanitize's transform with the site's allowlist (a function of a tree, returning a new tree). */
const sanitizeTree = rehypeSanitize(markdownSanitizeSchema) as (tree: Root) => Root;

/**
 * The allowlist, then the typography above, on a plain copy of the tree:
 * Sätteri hands plugins a view over its native tree, and takes a new root back.
 * Anything the allowlist does not name (script, style, event handlers,
 * `javascript:` links, raw HTML) is gone before Astro's own steps run.
 */
export function cleanTree(tree: Root): Root {
  const copy = JSON.parse(JSON.stringify(tree)) as Root;
  keepLegacyTypography(copy);
  return sanitizeTree(copy);
}

/** The Sätteri plugin applying `cleanTree` to every document. */
export const sanitizePlugin: HastPluginDefinition = {
  name: 'site-sanitize',
  before(root, context) {
    context.replaceNode(root, cleanTree(root as Root));
  },
};

/** URL schemes the allowlist keeps in links (`sanitize.ts`); any other scheme in a source sends it through the cleaning. */
const keptSchemes = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * What Markdown needs to produce anything the allowlist removes or the
 * typography above rewrites: raw HTML, comments or entities (`<`, `&`),
 * backslash escapes (`javascript\:`), tables (`|`, whose alignment is
 * rewritten), footnotes (`[^`), task lists (their checkboxes), `--`.
 */
const needsCleaningPattern = /[<&\\|]|--|\[\^|^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[[ xX]\]/m;

/**
 * True when `markdown` may produce something the allowlist removes or the
 * typography rewrites: one of the constructs above, or a word followed by a
 * colon that is not a kept URL scheme (`javascript:`, `data:`, `ftp:`, and
 * plain `Note:` too, to stay on the safe side). The rest (paragraphs,
 * headings, lists, emphasis, links and images to `/…`, `https:`, `mailto:`)
 * is made of elements and attributes the allowlist keeps as they are, so the
 * tree needs no copy and no cleaning: that copy costs five times the
 * rendering itself (docs/benchmarks.md, « Build scaling »).
 */
export function needsCleaning(markdown: string): boolean {
  if (needsCleaningPattern.test(markdown)) return true;
  for (const match of markdown.matchAll(/([a-z][a-z0-9+.-]*):/gi)) {
    if (!keptSchemes.has((match[1] ?? '').toLowerCase())) return true;
  }
  return false;
}

/**
 * The processor for `markdown.processor` in astro.config.mjs. `cleanEveryDocument`
 * runs the cleaning on documents `needsCleaning` lets through as well (tests
 * compare both).
 */
export function siteMarkdownProcessor({ cleanEveryDocument = false }: { readonly cleanEveryDocument?: boolean } = {}) {
  return satteri({
    // Dashes are done by `keepLegacyTypography`; quotes and ellipses by Sätteri.
    features: { smartPunctuation: { quotes: true, dashes: false, ellipses: true } },
    // Sätteri leaves a plugin out of a document when its factory returns null.
    hastPlugins: [(context) => (cleanEveryDocument || needsCleaning(context.source) ? sanitizePlugin : null)],
  });
}

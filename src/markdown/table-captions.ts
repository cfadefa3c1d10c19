/**
 * Captions for the data tables editors write in Markdown, which has no
 * caption syntax: a table gets a `<caption>` (WCAG 1.3.1, H39) from
 * - a paragraph right before it that is only bold or italic text
 *   (`**Dates confirmées**`), which becomes the caption; or else
 * - the heading of its section (the nearest heading before it), repeated.
 * A table with neither keeps none. Pure apart from the tree it is given.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Text content of a node. */
function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** The children that are elements, for looking back past white space. */
function isElement(node: RootContent | ElementContent | undefined): node is Element {
  return node?.type === 'element';
}

/** A paragraph whose only content is one `strong` or `em` (white space aside): a caption written by the editor. */
function captionParagraph(node: Element): Element | undefined {
  if (node.tagName !== 'p') return undefined;
  const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [only] = content;
  return content.length === 1 && isElement(only) && (only.tagName === 'strong' || only.tagName === 'em') ? only : undefined;
}

/** Adds captions to the tables among `parent`'s children (and deeper), in place. */
export function captionTables(parent: Root | Element): void {
  let heading: string | undefined;
  const children = parent.children as (RootContent | ElementContent)[];
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index];
    if (!isElement(child)) continue;
    if (/^h[2-6]$/.test(child.tagName)) heading = textOf(child).trim();
    if (child.tagName !== 'table') {
      if (child.tagName !== 'p') captionTables(child);
      continue;
    }
    if (child.children.some((cell) => isElement(cell) && cell.tagName === 'caption')) continue;
    const previousIndex = children.slice(0, index).findLastIndex((node) => isElement(node));
    const previous = children[previousIndex];
    const written = isElement(previous) ? captionParagraph(previous) : undefined;
    if (written) {
      child.children.unshift({ type: 'element', tagName: 'caption', properties: {}, children: written.children });
      children.splice(previousIndex, 1);
      index -= 1;
    } else if (heading) {
      child.children.unshift({ type: 'element', tagName: 'caption', properties: {}, children: [{ type: 'text', value: heading }] });
    }
  }
}

/**
 * Overlapping boxes on a rendered page: two visible pieces of content (text
 * blocks, links, controls, images, badges) whose boxes intersect while
 * neither contains the other in the DOM. Inline elements are compared line by
 * line (their client rects), so a link wrapping over two lines does not
 * "overlap" the text beside it. Off-screen and visually hidden elements are
 * not content boxes.
 */
import type { Page } from '@playwright/test';

/** The elements compared: what a reader sees as a box of its own. */
export const contentSelector =
  'h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption, figcaption, blockquote, summary, label, a, button, input, select, textarea, img, svg, picture, time, .tag, .status__badge, .button';

/** Describes each overlap found on the page in `page` (empty when none). Tolerates 1 px (rounding). */
export async function overlappingBoxes(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    type Box = { element: Element; rects: DOMRect[]; label: string };
    const isShown = (element: Element) => {
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
      const rect = element.getBoundingClientRect();
      // Visually hidden (1 px clipped) text and zero-size boxes are not boxes a reader sees.
      return rect.width > 2 && rect.height > 2 && rect.bottom > 0 && rect.right > 0 && element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    };
    const label = (element: Element) => {
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
      const classes = element.classList.length > 0 ? `.${[...element.classList].join('.')}` : '';
      return `<${element.tagName.toLowerCase()}${classes}> « ${text} »`;
    };
    const boxes: Box[] = [...document.querySelectorAll(selector)]
      .filter(isShown)
      .map((element) => {
        const inline = getComputedStyle(element).display === 'inline';
        return { element, rects: inline ? [...element.getClientRects()] : [element.getBoundingClientRect()], label: label(element) };
      });
    const intersect = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const found: string[] = [];
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i] as Box;
        const b = boxes[j] as Box;
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        if (a.rects.some((rectA) => b.rects.some((rectB) => intersect(rectA, rectB)))) found.push(`${a.label} overlaps ${b.label}`);
      }
    }
    return found;
  }, contentSelector);
}

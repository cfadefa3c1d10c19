/**
 * What `<site-search>` draws, as DOM nodes (never HTML strings): a result
 * with its marked title and excerpt, the filters by type with their counts,
 * and « Vouliez-vous dire … ? ». The element (`site-search.ts`) decides when.
 */
import type { SearchHit } from '../search/runtime/engine';
import type { TextPart } from '../search/runtime/highlight';

/** Splits a text into marked and unmarked parts (`highlight`, loaded with the engine). */
export type Highlighter = (text: string, marks: ReadonlySet<string>) => TextPart[];

/** Text nodes and `<mark>` elements for `text`, marking the words of `marks`. */
function marked(text: string, marks: ReadonlySet<string>, highlight: Highlighter): Node[] {
  return highlight(text, marks).map((part) => {
    if (!part.mark) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}

/** One result: its title as a link, its type and date, and its excerpt. */
export function resultItem(hit: SearchHit, typeLabel: string, highlight: Highlighter): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = hit.url;
  link.append(...marked(hit.title, hit.marks, highlight));
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'search-results__meta';
  const type = document.createElement('span');
  type.className = 'tag';
  type.textContent = typeLabel;
  meta.append(type);
  if (hit.date) {
    const time = document.createElement('time');
    time.dateTime = hit.date.iso;
    time.textContent = hit.date.text;
    meta.append(' ', time);
  }
  item.append(heading, meta);
  if (hit.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.append(...marked(hit.excerpt, hit.marks, highlight));
    item.append(excerpt);
  }
  return item;
}

/**
 * The filters' radio buttons, one per type and one for all (value `''`),
 * made once so that redrawing their counts never takes the focus from a
 * reader moving through them with the arrow keys.
 */
export function filterOptions(group: HTMLFieldSetElement, labels: Readonly<Record<string, string>>, all: string): Map<string, HTMLLabelElement> {
  const options = new Map<string, HTMLLabelElement>();
  for (const [value, text] of [['', all], ...Object.entries(labels)] as const) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'type';
    input.value = value;
    label.append(input, document.createElement('span'));
    label.dataset['text'] = text;
    group.append(label);
    options.set(value, label);
  }
  return options;
}

/**
 * Shows each filter with its count, the one chosen checked; a type without
 * results is hidden unless it is the one chosen (so a shared URL shows why it
 * finds nothing, and how to widen it).
 */
export function updateFilters(options: ReadonlyMap<string, HTMLLabelElement>, counts: Readonly<Record<string, number>>, total: number, chosen: string): void {
  for (const [value, label] of options) {
    const count = value === '' ? total : (counts[value] ?? 0);
    const input = label.querySelector('input');
    const text = label.querySelector('span');
    if (!input || !text) continue;
    text.textContent = `${label.dataset['text'] ?? value} (${count})`;
    input.checked = value === chosen;
    label.hidden = count === 0 && value !== chosen && value !== '';
  }
}

/** « Vouliez-vous dire … ? » in `target`: the template around a link to the corrected query. */
export function showSuggestion(target: HTMLElement, template: string, suggestion: string, href: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = href;
  link.textContent = suggestion;
  const [before = '', after = ''] = template.split('{suggestion}');
  target.replaceChildren(before, link, after);
  target.hidden = false;
  return link;
}

/**
 * The pages the Lighthouse benchmark loads, read from the built site rather
 * than hard-coded (the announcement is whichever the list shows first), and
 * the zero-JS reference page made from an announcement's text.
 */
import { parseHTML } from 'linkedom';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { sectionPath, type Section } from '../../src/routes/urls';

/** The page templates measured, each in both languages: a section's landing page, or the first announcement of the list. */
export const templates = ['home', 'announcements', 'announcement', 'criteria', 'dates', 'faq', 'search'] as const satisfies readonly (Section | 'announcement')[];

/** One of the templates. */
export type Template = (typeof templates)[number];

/** A page the benchmark loads. */
export interface BenchPage {
  /** `fr-home`, `en-announcement`: what `BENCH_PAGES` filters on. */
  readonly id: string;
  readonly lang: Locale;
  readonly template: Template;
  /** URL path on the served site (`/fr/annonces/`). */
  readonly path: string;
}

/** Where the reference page is served: a path no site route can take (routes start with a language). */
export const referencePath = '/__reference/';

/**
 * Path of the first announcement linked from a list page's `<main>`: a link
 * under the list's own path, neither the list itself nor one of its
 * pagination pages. Undefined when the list links none.
 */
export function firstAnnouncementPath(listHtml: string, listPath: string): string | undefined {
  const { document } = parseHTML(listHtml);
  const main = document.querySelector('main');
  if (!main) return undefined;
  for (const link of main.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    const path = new URL(href, 'http://site.invalid').pathname;
    if (path.startsWith(listPath) && path !== listPath && !path.startsWith(`${listPath}page/`)) return path;
  }
  return undefined;
}

/**
 * Every page to measure, in report order (templates, French then English).
 * `readPage` returns a built page's HTML by URL path; the announcement of each
 * language is the first one its list shows.
 */
export function benchPages(readPage: (path: string) => string): BenchPage[] {
  const announcement = (listPath: string) => {
    const found = firstAnnouncementPath(readPage(listPath), listPath);
    if (!found) throw new Error(`${listPath} links no announcement`);
    return found;
  };
  return templates.flatMap((template) =>
    localeCodes.map((lang) => ({ id: `${lang}-${template}`, lang, template, path: template === 'announcement' ? announcement(sectionPath(lang, 'announcements')) : sectionPath(lang, template) })),
  );
}

/** Pages whose id contains one of the comma-separated `filter` words (`search`, `fr-`); all of them for an empty filter. */
export function filterPages(pages: readonly BenchPage[], filter: string): BenchPage[] {
  const words = filter.split(',').map((word) => word.trim()).filter(Boolean);
  return words.length === 0 ? [...pages] : pages.filter((page) => words.some((word) => page.id.includes(word)));
}

/** Escapes text for HTML content and attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The zero-JS reference page: an announcement's `<main>` text (headings,
 * paragraphs, list items, in order) in a page with a few lines of inline CSS,
 * no script, no image, no stylesheet to fetch: the fastest page the site's
 * stack (same server, same text) could serve, so LCP ratios to it cancel the
 * machine's drift.
 */
export function referencePage(announcementHtml: string, lang: Locale): string {
  const { document } = parseHTML(announcementHtml);
  const main = document.querySelector('main');
  if (!main) throw new Error('The announcement has no <main>');
  const blocks: string[] = [];
  for (const element of main.querySelectorAll('h1, h2, h3, p, li')) {
    // A paragraph inside a list item is already in the item's text.
    if (element.tagName !== 'LI' && element.parentElement?.closest('li')) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const tag = element.tagName === 'H1' ? 'h1' : /^H[23]$/.test(element.tagName) ? 'h2' : 'p';
    blocks.push(`<${tag}>${escapeHtml(text)}</${tag}>`);
  }
  const title = (main.querySelector('h1')?.textContent ?? 'Reference').replace(/\s+/g, ' ').trim();
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    // An empty icon: otherwise Chromium asks for /favicon.ico, and the 404 is a console error that costs a best-practices point.
    '<link rel="icon" href="data:,">',
    `<meta name="description" content="${escapeHtml(title)}">`,
    '<style>body{margin:0 auto;max-width:40rem;padding:1rem;font:1.125rem/1.6 system-ui,sans-serif;color:#1b1b1b;background:#fff}h1{font-size:1.75rem;line-height:1.2}</style>',
    '</head>',
    `<body><main>${blocks.join('')}</main></body>`,
    '</html>',
    '',
  ].join('\n');
}

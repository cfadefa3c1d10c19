/**
 * Gates over the build output as files: every internal link and #anchor
 * resolves (editor-written Markdown included), pages link to the other
 * language only through the toggle and hreflang, no vague link text, and
 * every page is valid HTML (html-validate, recommended rules).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import * as cheerio from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { entries } from '../support/content';
import { distRoot, htmlFiles, isAdminFile, readOutput, urlPathOf } from '../support/site-output';

/** Every text file of the build (HTML, XML, JSON, ICS, JS…), relative to dist/. */
function allOutputFiles(directory = distRoot, prefix = ''): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return allOutputFiles(path, `${prefix}${name}/`);
    return /\.(html|xml|json|ics|js|txt)$/.test(name) ? [`${prefix}${name}`] : [];
  });
}

const files = htmlFiles().filter((file) => !isAdminFile(file));

/** Link texts that say nothing out of context (WCAG 2.4.4), in both languages. */
const vagueLinkTexts = /^(cliquez ici|cliquer ici|ici|en savoir plus|lire la suite|plus|click here|here|read more|more|learn more)\.?$/i;

/** The output file a site path is served from, or `undefined`. */
function fileForPath(path: string): string | undefined {
  const clean = decodeURIComponent(path);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.map((candidate) => candidate.replace(/^\//, '')).find((candidate) => existsSync(join(distRoot, candidate)));
}

/** Ids present in an output file. */
const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const $ = cheerio.load(readOutput(file));
    ids = new Set($('[id]').map((_index, element) => $(element).attr('id') ?? '').get());
    idCache.set(file, ids);
  }
  return ids;
}

/** Problems with the links of one page. */
export function linkProblems(file: string, html: string): string[] {
  const problems: string[] = [];
  const $ = cheerio.load(html);
  const pagePath = urlPathOf(file);
  const pageLang = pagePath.split('/')[1];
  $('a[href]').each((_index, element) => {
    const link = $(element);
    const href = link.attr('href') ?? '';
    const text = link.text().replace(/\s+/g, ' ').trim();
    if (vagueLinkTexts.test(text)) problems.push(`${pagePath}: vague link text « ${text} » → ${href}`);
    if (/^(mailto:|tel:|https?:)/.test(href) && !href.startsWith('http://127.0.0.1')) return;
    const url = new URL(href, `http://site${pagePath}`);
    if (url.host !== 'site') return;
    const target = url.pathname === pagePath || href.startsWith('#') ? file : fileForPath(url.pathname);
    if (!target) {
      problems.push(`${pagePath}: broken link → ${href}`);
      return;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && !idsOf(target).has(anchor)) problems.push(`${pagePath}: missing anchor → ${href}`);
    const targetLang = url.pathname.split('/')[1];
    const isToggle = link.attr('hreflang') !== undefined;
    if ((pageLang === 'fr' || pageLang === 'en') && (targetLang === 'fr' || targetLang === 'en') && targetLang !== pageLang && !isToggle) {
      problems.push(`${pagePath}: link to the other language outside the toggle → ${href}`);
    }
  });
  return problems;
}

test('every internal link and #anchor resolves; other-language links only via the toggle; no vague link text', () => {
  const problems = files.flatMap((file) => linkProblems(file, readOutput(file)));
  expect(problems).toEqual([]);
});

test('the link gate catches a broken link, a missing anchor, a cross-language link and a vague text', () => {
  const html = `<main>
    <a href="/fr/nulle-part/">Page absente</a>
    <a href="/fr/faq/#question-inexistante">Question</a>
    <a href="/en/faq/">FAQ in English</a>
    <a href="/fr/criteres/">cliquez ici</a>
  </main>`;
  const problems = linkProblems('fr/test/index.html', html);
  expect(problems).toEqual([
    expect.stringContaining('broken link'),
    expect.stringContaining('missing anchor'),
    expect.stringContaining('other language'),
    expect.stringContaining('vague link text'),
  ]);
});

test('drafts appear nowhere in the output (pages, lists, any file)', () => {
  const drafts = (['fr', 'en'] as const).flatMap((lang) =>
    entries('announcements', lang).filter((entry) => entry.data['draft'] === true).map((entry) => ({ lang, ...entry })),
  );
  expect(drafts.length, 'the sample content keeps a draft to prove this').toBeGreaterThan(0);
  const outputs = allOutputFiles().map((file) => ({ file, text: readFileSync(join(distRoot, file), 'utf8') }));
  for (const draft of drafts) {
    const title = String(draft.data['title']);
    const slug = typeof draft.data['slug'] === 'string' ? draft.data['slug'] : draft.file;
    expect(outputs.filter((output) => output.text.includes(title)).map((output) => output.file), title).toEqual([]);
    expect(existsSync(join(distRoot, draft.lang === 'fr' ? 'fr/annonces' : 'en/announcements', slug))).toBe(false);
  }
});

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // HTML5 allows ids that start with a digit; Astro derives heading ids from headings such as « 1. Vérifiez… ».
    'valid-id': ['error', { relaxed: true }],
    // Advice for search snippets, not validity: announcement titles may reach 140 characters (the schema's limit) and are read whole by screen readers.
    'long-title': 'off',
    // Typographic advice; phone links never wrap thanks to CSS (a[href^='tel:'] { white-space: nowrap }), including those editors write in Markdown.
    'tel-non-breaking': 'off',
  },
});

/** html-validate errors of a document, one line each. */
async function htmlErrors(label: string, html: string): Promise<string[]> {
  const report = await validator.validateString(html, label);
  return report.results.flatMap((result) => result.messages.map((message) => `${label}:${message.line} ${message.ruleId} ${message.message}`));
}

test('every page is valid HTML (html-validate, recommended rules)', async () => {
  const errors = (await Promise.all(files.map((file) => htmlErrors(file, readOutput(file))))).flat();
  expect(errors).toEqual([]);
});

test('the HTML gate reports an invalid document', async () => {
  const errors = await htmlErrors('canary.html', '<!doctype html><html lang="fr"><head><title>x</title></head><body><div><p>Non fermé</div><img src="a.png"></body></html>');
  expect(errors.length).toBeGreaterThan(0);
});

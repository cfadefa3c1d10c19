// If these fail, editor-written Markdown may reach a page with something executable in it, or pages change typography.
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { siteMarkdownProcessor } from '../../../src/markdown/processor';

/**
 * Renders Markdown as the build does (no syntax highlighting, Astro's defaults
 * otherwise); with `file` (`fr/x.md`), as a content file of that language folder.
 */
async function render(markdown: string, file?: string): Promise<string> {
  const renderer = await siteMarkdownProcessor().createRenderer({ syntaxHighlight: false, image: {} } as Parameters<ReturnType<typeof siteMarkdownProcessor>['createRenderer']>[0]);
  const fileURL = file === undefined ? undefined : new URL(`file:///site/content/faq/${file}`);
  return (await renderer.render(markdown, { frontmatter: {}, ...(fileURL ? { fileURL } : {}) })).code;
}

/** Shows the invisible: ⍽ for U+00A0, · for U+202F. */
const show = (text: string) => text.replace(/\u00A0/g, '⍽').replace(/\u202F/g, '·');

describe('the allowlist', () => {
  const vectors = readFileSync(new URL('../../fixtures/xss/vecteurs-xss.md', import.meta.url), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');

  test.each([
    ['<script', 'script element'],
    ['javascript:', 'javascript: URL'],
    ['data:text', 'data: URL'],
    ['<iframe', 'frame'],
    ['<style', 'style element'],
    ['style=', 'style attribute'],
    ['<form', 'form'],
    ['<object', 'object'],
    ['<embed', 'embed'],
    ['<base', 'base'],
    ['<meta', 'meta refresh'],
    ['<input', 'input'],
    ['<svg', 'svg'],
  ])('the XSS fixture renders without %s (%s)', async (needle) => {
    expect((await render(vectors)).toLowerCase()).not.toContain(needle);
  });

  // Inline HTML is parsed (editors mark a passage with <span lang>), so a vector written as text may show as
  // escaped text (« &lt;img onerror=…&gt; »): what must never exist is an element carrying a handler.
  test.each(['onerror', 'onload', 'ontoggle', 'onclick', 'onfocus'])('the XSS fixture renders no element with an %s handler', async (handler) => {
    const $ = cheerio.load(await render(vectors));
    const withHandler = $('*').filter((_index, element) => Object.keys($(element).attr() ?? {}).some((name) => name.toLowerCase() === handler));
    expect(withHandler.length).toBe(0);
    // The vector is in the fixture, so the check has something to find.
    expect(vectors.toLowerCase()).toContain(handler);
  });

  test('the handler check finds a handler when there is one', () => {
    const $ = cheerio.load('<p><img src="x" onerror="alert(1)"></p>');
    expect($('*').filter((_index, element) => $(element).attr('onerror') !== undefined).length).toBe(1);
  });

  test('ordinary text around the vectors survives', async () => {
    const html = await render(vectors);
    expect(html).toContain('Texte ordinaire avant les vecteurs.');
    expect(html).toContain('Texte ordinaire après les vecteurs.');
  });
});

describe('typography and structure as before the switch to Sätteri', () => {
  test.each([
    ['two dashes are an em dash', 'a -- b', '<p>a — b</p>'],
    ['three dashes stay as typed', 'a --- b', '<p>a --- b</p>'],
    ['code keeps its dashes', 'run `a -- b`', '<p>run <code>a -- b</code></p>'],
    ['curly quotes and apostrophes', 'He said "it\'s fine"...', '<p>He said “it’s fine”…</p>'],
    ['French text is left as typed', '« Déjà » vu ; l’été', '<p>« Déjà » vu ; l’été</p>'],
    ['headings get ids', '## Les prochaines étapes', '<h2 id="les-prochaines-étapes">Les prochaines étapes</h2>'],
    ['inline HTML the allowlist names is kept', 'a <b>b</b> c', '<p>a <b>b</b> c</p>'],
    ['inline HTML it does not name is dropped', 'a <button onclick="x()">b</button> <script>alert(1)</script>c', '<p>a b c</p>'],
    ['safe links stay', '[dates](/fr/dates/) [mail](mailto:a@b.ca)', '<p><a href="/fr/dates/">dates</a> <a href="mailto:a@b.ca">mail</a></p>'],
  ])('%s', async (_name, markdown, expected) => {
    expect((await render(markdown)).trim()).toBe(expected);
  });

  test('table alignment is an attribute, not a style the policy would block', async () => {
    const html = await render('| A | B |\n| --- | :---: |\n| a | b |');
    expect(html).toContain('<th align="center">B</th>');
    expect(html).toContain('<td align="center">b</td>');
    expect(html).not.toContain('style=');
  });
});

describe('typography in the language of the file', () => {
  test.each([
    ['French spacing and guillemets', 'fr/a.md', 'Correction : le critère "Jeune entreprise" ; à 9 h 30 !', '<p>Correction⍽: le critère «⍽Jeune entreprise⍽»·; à 9⍽h⍽30·!</p>'],
    ['headings too, with ids from the typeset text', 'fr/a.md', '## Qui peut postuler ?', '<h2 id="qui-peut-postuler">Qui peut postuler·?</h2>'],
    ['code is left as typed', 'fr/a.md', 'Voir `a : b`', '<p>Voir <code>a : b</code></p>'],
    ['alt text is typeset', 'fr/a.md', "![Vue de l'Est](https://example.ca/a.png)", '<p><img src="https://example.ca/a.png" alt="Vue de l’Est"></p>'],
    ['English keeps its punctuation', 'en/a.md', 'Note: it\'s "fine"; ok?', '<p>Note: it’s “fine”; ok?</p>'],
    ['a file outside a language folder is left as typed', undefined, '« Déjà » vu ; l’été', '<p>« Déjà » vu ; l’été</p>'],
  ])('%s', async (_name, file, markdown, expected) => {
    expect(show((await render(markdown, file)).trim())).toBe(expected);
  });
});

describe('language of parts', () => {
  test.each([
    [
      'a French quotation in an English page, with French spacing',
      'en/a.md',
      'The mayor said (in French): « En technologie de l’information, il faut exporter. C’est majeur. »',
      '<p>The mayor said (in French): <span lang="fr-CA">«⍽En technologie de l’information, il faut exporter. C’est majeur.⍽»</span></p>',
    ],
    ['guillemets in an English page are French even around a name', 'en/a.md', 'The section « Le programme en bref ».', '<p>The section <span lang="fr-CA">«⍽Le programme en bref⍽»</span>.</p>'],
    ['an English quotation in a French page', 'fr/a.md', 'Il a dit “we are the best of the world”.', '<p>Il a dit <span lang="en-CA">“we are the best of the world”</span>.</p>'],
    ['a French quotation in a French page is not marked', 'fr/a.md', 'Il a dit « c’est majeur ».', '<p>Il a dit «⍽c’est majeur⍽».</p>'],
    ['a whole paragraph in the other language', 'fr/a.md', 'The whole paragraph is in English and it has the words of that language.', '<p lang="en-CA">The whole paragraph is in English and it has the words of that language.</p>'],
    ['an editor’s own mark is kept, and its part typeset in its language', 'en/a.md', 'Our motto: <span lang="fr">Vive le Québec : oui !</span>', '<p>Our motto: <span lang="fr">Vive le Québec⍽: oui·!</span></p>'],
    ['a passage in another language is left as typed', 'fr/a.md', 'Ils ont dit <span lang="es">¡Hola : amigos!</span>', '<p>Ils ont dit <span lang="es">¡Hola : amigos!</span></p>'],
  ])('%s', async (_name, file, markdown, expected) => {
    expect(show((await render(markdown, file)).trim())).toBe(expected);
  });
});

describe('table captions', () => {
  const table = '| Étape | Date |\n| --- | --- |\n| Ouverture | 11 janvier |';
  test.each([
    ['a bold paragraph right before the table becomes its caption', `Intro.\n\n**Les dates confirmées**\n\n${table}`, '<caption>Les dates confirmées</caption>', 'Intro.'],
    ['otherwise the section heading is repeated as the caption', `## Les dates confirmées\n\nTexte.\n\n${table}`, '<caption>Les dates confirmées</caption>', 'Texte.'],
    ['a table with neither keeps none', table, '<table>\n<thead>', ''],
  ])('%s', async (_name, markdown, expected, kept) => {
    const html = await render(markdown);
    expect(html).toContain(expected);
    expect(html).toContain(kept);
    expect(html.match(/<caption>/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(html).not.toContain('<strong>Les dates');
  });
});

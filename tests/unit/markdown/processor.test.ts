// If these fail, editor-written Markdown may reach a page with something executable in it, or pages change typography.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { needsCleaning, siteMarkdownProcessor } from '../../../src/markdown/processor';
import { Writer } from '../../../bench/build/text';

/** Renders Markdown as the build does (no syntax highlighting, Astro's defaults otherwise); `cleanEveryDocument` as in `siteMarkdownProcessor`. */
async function render(markdown: string, cleanEveryDocument = false): Promise<string> {
  const processor = siteMarkdownProcessor({ cleanEveryDocument });
  const renderer = await processor.createRenderer({ syntaxHighlight: false, image: {} } as Parameters<typeof processor.createRenderer>[0]);
  return (await renderer.render(markdown, { frontmatter: {} })).code;
}

describe('the allowlist', () => {
  const vectors = readFileSync(new URL('../../fixtures/xss/vecteurs-xss.md', import.meta.url), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');

  test.each([
    ['<script', 'script element'],
    ['javascript:', 'javascript: URL'],
    ['data:text', 'data: URL'],
    ['onerror', 'event handler'],
    ['onload', 'event handler'],
    ['ontoggle', 'event handler'],
    ['onclick', 'event handler'],
    ['onfocus', 'event handler'],
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
    ['raw HTML is dropped', 'a <b>b</b> c', '<p>a b c</p>'],
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

describe('documents that need no cleaning skip it', () => {
  test.each([
    ['prose, headings, lists, emphasis', '## Titre\n\nUn **mot** et *un autre*.\n\n- un\n- deux\n\n1. a\n2. b', false],
    ['links to the site, https, mailto and tel', '[a](/fr/dates/) [b](https://x.ca) [c](mailto:a@b.ca) [d](tel:+14185550100) https://y.ca', false],
    ['French punctuation (a space before the colon)', 'Date limite : le 15 mars.', false],
    ['raw HTML', 'a <b>b</b>', true],
    ['an entity', 'a &amp; b', true],
    ['a javascript: link', '[x](javascript:alert(1))', true],
    ['a javascript: link in capitals', '[x](JAVASCRIPT:alert(1))', true],
    ['an escaped colon', '[x](javascript\\:alert(1))', true],
    ['a data: image', '![i](data:image/png;base64,AAAA)', true],
    ['a reference definition to another scheme', '[x]\n\n[x]: ftp://example.org/', true],
    ['an English colon after a word', 'Note: this is safe but checked.', true],
    ['a table', '| a | b |\n| - | - |', true],
    ['two dashes', 'a -- b', true],
    ['a footnote', 'a[^1]\n\n[^1]: b', true],
    ['a task list', '- [ ] todo\n- [x] done', true],
  ])('%s: needs cleaning = %s', (_name, markdown, expected) => {
    expect(needsCleaning(markdown)).toBe(expected);
  });

  /** Bodies of every Markdown file under `content/`, and synthetic ones from the build benchmark's writer. */
  const corpus = [
    ...(readdirSync(new URL('../../../content/', import.meta.url), { recursive: true, encoding: 'utf8' }) as string[])
      .filter((file) => file.endsWith('.md'))
      .map((file) => readFileSync(new URL(`../../../content/${file}`, import.meta.url), 'utf8').replace(/^---[\s\S]*?\n---\n/, '')),
    ...Array.from({ length: 60 }, (_, index) => new Writer(index % 2 === 0 ? 'fr' : 'en', index * 7919 + 1).body(150, 600)),
  ];

  test('the corpus has documents on both paths', () => {
    const skipped = corpus.filter((markdown) => !needsCleaning(markdown)).length;
    expect(skipped).toBeGreaterThan(20);
    expect(corpus.length - skipped).toBeGreaterThan(0);
  });

  test('every document that skips the cleaning renders exactly as it would with it', async () => {
    const different: string[] = [];
    for (const markdown of corpus.filter((text) => !needsCleaning(text))) {
      if ((await render(markdown)) !== (await render(markdown, true))) different.push(markdown.slice(0, 80));
    }
    expect(different).toEqual([]);
  });
});

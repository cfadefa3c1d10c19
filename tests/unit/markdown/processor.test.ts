// If these fail, editor-written Markdown may reach a page with something executable in it, or pages change typography.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { siteMarkdownProcessor } from '../../../src/markdown/processor';

/** Renders Markdown as the build does (no syntax highlighting, Astro's defaults otherwise). */
async function render(markdown: string): Promise<string> {
  const renderer = await siteMarkdownProcessor().createRenderer({ syntaxHighlight: false, image: {} } as Parameters<ReturnType<typeof siteMarkdownProcessor>['createRenderer']>[0]);
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

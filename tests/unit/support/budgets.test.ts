import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { auditPage, budgets, firstVisitViolations, moduleGraph, sameOriginPath, srcsetUrls, staticImports, type AssetReader } from '../../support/budgets';

describe('staticImports', () => {
  test.each([
    { code: 'import{a as b}from"./chunk.js";b()', expected: ['./chunk.js'] },
    { code: 'import "./side.js";import * as x from \'./ns.js\'', expected: ['./side.js', './ns.js'] },
    { code: 'const m=import("./lazy.js");import.meta.url', expected: [] },
    { code: 'export{a}from"./re.js";export*from"./all.js"', expected: ['./re.js', './all.js'] },
    { code: 'let important="./x.js"', expected: [] },
  ])('$code', ({ code, expected }) => {
    expect(staticImports(code)).toEqual(expected);
  });
});

describe('srcsetUrls and sameOriginPath', () => {
  test.each([
    { srcset: '/a.avif 400w, /b.avif 800w', expected: ['/a.avif', '/b.avif'] },
    { srcset: '/a.webp 1x,/b.webp 2x', expected: ['/a.webp', '/b.webp'] },
    { srcset: '/a.webp, /b.webp 2x', expected: ['/a.webp', '/b.webp'] }, // a URL's trailing comma ends the candidate
    { srcset: '/a.webp,/b.webp 2x', expected: ['/a.webp,/b.webp'] }, // a comma inside a URL belongs to it
    { srcset: 'data:image/png;base64,AAAA 1x, /b.png 2x', expected: ['data:image/png;base64,AAAA', '/b.png'] },
    { srcset: undefined, expected: [] },
  ])('srcset $srcset', ({ srcset, expected }) => {
    expect(srcsetUrls(srcset)).toEqual(expected);
  });
  test.each([
    { reference: '/_astro/x.css', page: '/fr/', expected: '/_astro/x.css' },
    { reference: 'x.js', page: '/_astro/entry.js', expected: '/_astro/x.js' },
    { reference: 'https://cdn.example.com/x.js', page: '/fr/', expected: undefined },
    { reference: 'data:image/png;base64,AA', page: '/fr/', expected: undefined },
    { reference: '/m%C3%A9dia/photo.jpg', page: '/fr/', expected: '/média/photo.jpg' },
  ])('$reference from $page', ({ reference, page, expected }) => {
    expect(sameOriginPath(reference, page)).toBe(expected);
  });
});

/** An output in memory. */
const reader = (files: Record<string, string | Buffer>): AssetReader => (path) => {
  const content = files[path];
  return content === undefined ? undefined : Buffer.from(content);
};

test('moduleGraph follows static imports once, not dynamic ones', () => {
  const read = reader({ '/a.js': 'import"./b.js";import("./lazy.js")', '/b.js': 'import"./a.js";import"./c.js"', '/c.js': '' });
  expect(moduleGraph('/a.js', read).sort()).toEqual(['/a.js', '/b.js', '/c.js']);
});

describe('auditPage', () => {
  const shell = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const files = { '/s.css': 'body{margin:0}', '/t.css': 'h1{color:red}', '/font.css': '@font-face{font-family:X;src:url(/x.woff2)}', '/app.js': 'import"./dep.js"', '/dep.js': '', '/big.jpg': Buffer.alloc(budgets.imageBytes + 1) };
  test.each([
    { name: 'one small stylesheet and the status refresher', head: '<link rel="stylesheet" href="/s.css"><script type="module">customElements.define("program-status",class{})</script>', body: '', rules: [] },
    { name: 'two stylesheets', head: '<link rel="stylesheet" href="/s.css"><link rel="stylesheet" href="/t.css">', body: '', rules: ['render-blocking'] },
    { name: 'a font that hides text', head: '<link rel="stylesheet" href="/font.css">', body: '', rules: ['render-blocking'] },
    { name: 'a classic script in the head', head: '<script src="/dep.js"></script>', body: '', rules: ['render-blocking', 'javascript'] },
    { name: 'a module file on a text page', head: '<script type="module" src="/app.js"></script>', body: '', rules: ['javascript'] },
    { name: 'inline code other than the refresher', head: '<script type="module">console.log(1)</script>', body: '', rules: ['javascript'] },
    { name: 'JSON-LD is data, not script', head: '<script type="application/ld+json">{"@type":"Thing"}</script>', body: '', rules: [] },
    { name: 'a JPEG without dimensions, over 100 KB', head: '', body: '<img src="/big.jpg" alt="">', rules: ['image-dimensions', 'image-format', 'image-size'] },
    { name: 'an SVG logo with dimensions', head: '', body: '<img src="/logo.svg" alt="" width="10" height="10">', rules: [] },
    { name: 'a picture with AVIF and WebP', head: '', body: '<picture><source type="image/avif" srcset="/a.avif 400w"><source type="image/webp" srcset="/a.webp 400w"><img src="/a.jpg" alt="" width="4" height="3"></picture>', rules: [] },
    { name: 'an image from another origin', head: '', body: '<img src="https://cdn.example.com/a.webp" srcset="https://cdn.example.com/a.webp 1x" alt="" width="4" height="3">', rules: ['third-party'] },
  ])('$name', ({ head, body, rules }) => {
    const audit = auditPage('/fr/page/', shell(head, body), reader(files), { scriptAllowed: false });
    expect([...new Set(audit.violations.map((violation) => violation.rule))].sort()).toEqual([...rules].sort());
  });

  test.each([
    { name: 'a script file within the page’s own budget', head: '<script type="module" src="/app.js"></script>', own: 1024, rules: [] },
    { name: 'inline code within the page’s own budget', head: '<script type="module">customElements.define("self-check",class{})</script>', own: 1024, rules: [] },
    { name: 'a script over the page’s own budget', head: '<script type="module" src="/heavy.js"></script>', own: 1024, rules: ['javascript'] },
  ])('a page with a script of its own: $name', ({ head, own, rules }) => {
    // Random bytes do not compress: about 3 KB gzip.
    const heavy = { ...files, '/heavy.js': `console.log(${JSON.stringify(randomBytes(3000).toString('base64'))})` };
    const audit = auditPage('/fr/admissibilite/', shell(head), reader(heavy), { scriptAllowed: false, ownScriptGzipBytes: own });
    expect([...new Set(audit.violations.map((violation) => violation.rule))]).toEqual(rules);
  });

  test('the search page may load its script', () => {
    const audit = auditPage('/fr/recherche/', shell('<script type="module" src="/app.js"></script>'), reader(files), { scriptAllowed: true });
    expect(audit.violations).toEqual([]);
    expect(audit.scriptFiles.sort()).toEqual(['/app.js', '/dep.js']);
  });
});

describe('firstVisitViolations', () => {
  const visit = (count: number, bytes: number, host = 'site.test') => ({
    requests: Array.from({ length: count }, (_, index) => ({ url: `http://${index === count - 1 ? host : 'site.test'}/${index}`, bytes })),
    totalBytes: count * bytes,
  });
  test.each([
    { name: 'within budget', value: visit(6, 8 * 1024), rules: [] },
    { name: 'seven requests', value: visit(7, 1024), rules: ['first-visit-requests'] },
    { name: '51 KB', value: visit(3, 17 * 1024), rules: ['first-visit-bytes'] },
    { name: 'another origin', value: visit(2, 1024, 'cdn.example.com'), rules: ['third-party'] },
  ])('$name', ({ value, rules }) => {
    expect(firstVisitViolations('/fr/', 'http://site.test', value).map((violation) => violation.rule)).toEqual(rules);
  });
});

/**
 * A small build output that breaks every page-weight budget once, on purpose,
 * next to one page that keeps them all: the budget gate must name each broken
 * rule on the right page and stay quiet on the good one. Generated at test
 * time (deterministic text, sharp-made images) rather than committed, because
 * an over-budget fixture is by nature a pile of heavy bytes.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { BudgetRule } from './budgets';

/** A budget the fixture breaks, and where. */
export interface ExpectedViolation {
  readonly rule: BudgetRule;
  readonly where: string;
}

/** Letters from a seeded generator: text gzip cannot shrink much, as long pages of prose would be. */
function incompressibleText(length: number, seed = 42): string {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let text = '';
  while (text.length < length) text += `${Math.floor(next() * 36 ** 6).toString(36)} `;
  return text.slice(0, length);
}

/** A page shell; `head` and `body` are the parts a case changes. */
function page(title: string, head: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><main>${body}</main></body></html>`;
}

/** Writes the fixture output under `root`; returns the violations it must produce. */
export async function writeOverBudgetSite(
  root: string,
): Promise<{ pages: string[]; admin: string; ownScript: Readonly<Record<string, number>>; expected: ExpectedViolation[] }> {
  const write = (path: string, content: string | Buffer) => {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  };

  // Shared assets: one small stylesheet (allowed), a second one, a heavy one.
  write('_astro/site.css', 'body{font-family:system-ui,sans-serif;margin:0}main{max-width:40rem;margin:auto}');
  write('_astro/extra.css', 'h1{color:#036}');
  write('_astro/heavy.css', `@font-face{font-family:Brand;src:url(/brand.woff2)}${incompressibleText(20_000, 7).replace(/(\w+) /g, '.$1{color:red}')}`);
  write('_astro/app.js', `import "./helper.js";console.log(${JSON.stringify(incompressibleText(3000, 3))});`);
  write('_astro/helper.js', 'export const helper = 1;');
  const small = await sharp({ create: { width: 400, height: 225, channels: 3, background: '#0b3d91' } }).avif({ quality: 50 }).toBuffer();
  write('_astro/small.avif', small);
  write('_astro/small.webp', await sharp(small).webp().toBuffer());
  const noise = { type: 'gaussian', mean: 128, sigma: 80 } as const;
  write('_astro/heavy.jpg', await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#777', noise } }).jpeg({ quality: 92 }).toBuffer());
  for (let index = 1; index <= 7; index += 1) {
    write(`_astro/photo-${index}.webp`, await sharp({ create: { width: 300, height: 200, channels: 3, background: '#777', noise } }).webp({ quality: 80 }).toBuffer());
  }

  // The admin: an entry under 1.6 MB gzip alone but over once its static import is counted; a dynamic chunk that is not.
  write('_astro/admin-chunk.js', `export const name = "decap-cms-app"; export const data = ${JSON.stringify(randomBytes(600_000).toString('base64'))};`);
  write('_astro/admin-lazy.js', `export const lazy = ${JSON.stringify(randomBytes(600_000).toString('base64'))};`);
  write('_astro/admin-entry.js', `import{data}from"./admin-chunk.js";const more=${JSON.stringify(randomBytes(1_100_000).toString('base64'))};import("./admin-lazy.js");`);
  write('admin/index.html', page('Admin', '<script type="module" src="/_astro/admin-entry.js"></script>', ''));

  const goodImage = '<picture><source type="image/avif" srcset="/_astro/small.avif 400w"><source type="image/webp" srcset="/_astro/small.webp 400w"><img src="/_astro/small.webp" alt="Bleu" width="400" height="225"></picture>';
  write('fr/bon/index.html', page('Bon', '<link rel="stylesheet" href="/_astro/site.css"><script type="module">customElements.define("program-status",class extends HTMLElement{})</script>', `<h1>Bon</h1><p>Une page dans son budget.</p>${goodImage}`));
  write(
    'fr/lourde/index.html',
    page(
      'Lourde',
      '<link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/_astro/extra.css"><script src="/_astro/app.js"></script>',
      `<h1>Lourde</h1><p>${incompressibleText(30_000)}</p>`,
    ),
  );
  write(
    'fr/images/index.html',
    page(
      'Images',
      '<link rel="stylesheet" href="/_astro/heavy.css">',
      `<h1>Images</h1><img src="/_astro/heavy.jpg" alt="Bruit"><img src="https://cdn.example.com/logo.png" alt="Logo" width="10" height="10" srcset="https://cdn.example.com/logo.png 1x">`,
    ),
  );
  write(
    'fr/galerie/index.html',
    page(
      'Galerie',
      '<link rel="stylesheet" href="/_astro/site.css">',
      `<h1>Galerie</h1>${Array.from({ length: 7 }, (_, index) => `<img src="/_astro/photo-${index + 1}.webp" srcset="/_astro/photo-${index + 1}.webp 300w" alt="Photo ${index + 1}" width="300" height="200">`).join('')}<script type="module" src="/_astro/admin-chunk.js"></script>`,
    ),
  );

  // A page allowed a script of its own (as the eligibility self-check is), under and over its budget.
  write('_astro/check-small.js', 'customElements.define("self-check",class extends HTMLElement{})');
  write('_astro/check-heavy.js', `import"./helper.js";console.log(${JSON.stringify(incompressibleText(8000, 5))});`);
  write('fr/verifier/index.html', page('Vérifier', '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/check-small.js"></script>', '<h1>Vérifier</h1>'));
  write('fr/verifier-lourd/index.html', page('Vérifier', '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/check-heavy.js"></script>', '<h1>Vérifier</h1>'));

  return {
    pages: ['/fr/bon/', '/fr/lourde/', '/fr/images/', '/fr/galerie/', '/fr/verifier/', '/fr/verifier-lourd/'],
    admin: '/admin/',
    ownScript: { '/fr/verifier/': 4 * 1024, '/fr/verifier-lourd/': 4 * 1024 },
    expected: [
      { rule: 'html-size', where: '/fr/lourde/' },
      { rule: 'render-blocking', where: '/fr/lourde/' }, // two stylesheets, and a classic script in the head
      { rule: 'javascript', where: '/fr/lourde/' },
      { rule: 'render-blocking', where: '/fr/images/' }, // a heavy stylesheet with a font that hides text
      { rule: 'image-dimensions', where: '/fr/images/' },
      { rule: 'image-format', where: '/fr/images/' },
      { rule: 'image-size', where: '/fr/images/' },
      { rule: 'third-party', where: '/fr/images/' },
      { rule: 'javascript', where: '/fr/galerie/' },
      { rule: 'admin-on-public-page', where: '/fr/galerie/' },
      { rule: 'admin-bundle', where: '/admin/' },
      { rule: 'javascript', where: '/fr/verifier-lourd/' }, // its own script, over its 4 KB
      // Found by the browser: seven photos, a stylesheet and the admin chunk after the HTML.
      { rule: 'first-visit-requests', where: '/fr/galerie/' },
      { rule: 'first-visit-bytes', where: '/fr/galerie/' },
      { rule: 'first-visit-bytes', where: '/fr/images/' }, // the heavy JPEG
    ],
  };
}

/**
 * Page-weight budgets, checked on a build output (the real `dist/` or the
 * over-budget fixture): sizes and requests, never times, so the gate means the
 * same on a fast laptop and a loaded CI machine.
 *
 * The static checks read the files (HTML, the scripts, stylesheets and images
 * they reference); `measureFirstVisit` loads a page in a real browser and
 * counts what it fetched. Both report violations as data, so one test can
 * assert that the real site has none and another that the fixture has each.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import * as cheerio from 'cheerio';
import { ImportType, initSync, parse } from 'es-module-lexer';
import { parseSrcset } from 'srcset';

// The lexer is WebAssembly: load it once, synchronously, before any page is read.
initSync();

/**
 * The budgets. KB is 1,024 bytes; MB (admin bundle) is 1,000,000 bytes, as the
 * issue compares with Decap's published 1.52 MB.
 */
export const budgets = {
  /** Each HTML page, gzip: fits in the first round trip (TCP's initial window is ~14.6 KB). */
  htmlGzipBytes: 14 * 1024,
  /** The one stylesheet a page may block on, gzip. Above this, inline the critical part instead. */
  stylesheetGzipBytes: 8 * 1024,
  /** Script on a text page: the program-status refresher only. */
  statusScriptGzipBytes: 1024,
  /**
   * Script of the eligibility self-check (`/fr/admissibilite/`, `/en/eligibility/`), gzip, everything it
   * loads. It evaluates the answers in the browser so they never leave it: the evaluation, the status
   * rule and a small custom element, about 2 KB. Twice that leaves room for wording, not for a framework;
   * every other text page still carries the refresher alone.
   */
  selfCheckScriptGzipBytes: 4 * 1024,
  /** Everything a first visit to a page downloads, gzip for text. */
  firstVisitGzipBytes: 50 * 1024,
  /** Requests of a first visit, the HTML included. */
  firstVisitRequests: 6,
  /** Any single image file a page can download (every candidate of every `srcset`). */
  imageBytes: 100 * 1024,
  /** The admin's entry script and everything it imports statically, gzip (dynamic chunks load on use). */
  adminBundleGzipBytes: 1_600_000,
} as const;

/** Which budget a violation breaks. */
export type BudgetRule =
  | 'html-size'
  | 'render-blocking'
  | 'javascript'
  | 'image-format'
  | 'image-dimensions'
  | 'image-size'
  | 'third-party'
  | 'first-visit-bytes'
  | 'first-visit-requests'
  | 'admin-bundle'
  | 'admin-on-public-page';

/** One broken budget, located. */
export interface BudgetViolation {
  readonly rule: BudgetRule;
  /** The page (URL path) or file concerned. */
  readonly where: string;
  readonly message: string;
}

/** Reads a file of the output by its URL path (`/_astro/x.css`), or `undefined` when absent. */
export type AssetReader = (urlPath: string) => Buffer | undefined;

/** Bytes of `content` once gzipped (level 9, as a host's static compression would). */
export function gzipBytes(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** `12.3 KB` for messages. */
export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Marks the program-status refresher, the one script text pages may carry (`src/scripts/program-status.ts`). */
const statusRefresherMarker = 'program-status';

/** The URL path of a same-origin reference, or `undefined` for another origin or a non-fetch scheme. */
export function sameOriginPath(reference: string, pagePath: string): string | undefined {
  if (/^(data|blob|mailto|tel|javascript):/i.test(reference)) return undefined;
  const url = new URL(reference, `http://site.invalid${pagePath}`);
  return url.host === 'site.invalid' ? decodeURIComponent(url.pathname) : undefined;
}

/** True for a reference the browser fetches from another origin. */
function isThirdParty(reference: string): boolean {
  return /^(https?:)?\/\//i.test(reference) && !/^(https?:)?\/\/site\.invalid\//i.test(reference);
}

/** Candidate URLs of a `srcset` (`a.avif 400w, b.avif 800w` → `[a.avif, b.avif]`), parsed as the HTML standard says. */
export function srcsetUrls(srcset: string | undefined): string[] {
  return srcset ? parseSrcset(srcset).map((candidate) => candidate.url) : [];
}

/**
 * Static imports and re-exports of an ES module, not dynamic `import()`:
 * what loads before the module runs.
 */
export function staticImports(code: string): string[] {
  const [imports] = parse(code);
  return [...new Set(imports.filter((entry) => entry.t === ImportType.Static && entry.n !== undefined).map((entry) => entry.n ?? ''))];
}

/** Every script file a module entry loads before running (itself included), as URL paths. */
export function moduleGraph(entry: string, readAsset: AssetReader): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readAsset(path)?.toString('utf8');
    if (code === undefined) return;
    for (const specifier of staticImports(code)) {
      const resolved = sameOriginPath(specifier, path);
      if (resolved) visit(resolved);
    }
  };
  visit(entry);
  return [...seen];
}

/** What a page's markup costs: its size, what blocks rendering, its scripts, its images. */
export interface PageAudit {
  readonly violations: BudgetViolation[];
  /** Script files (URL paths) the page loads at start, with their static imports. */
  readonly scriptFiles: string[];
}

/** Options of `auditPage`. */
export interface PageAuditOptions {
  /**
   * Whether the page may load script beyond the status refresher. Only the
   * search page does (its search code still waits for the field to be used;
   * tests/e2e/search.spec.ts proves the 0 bytes).
   */
  readonly scriptAllowed: boolean;
  /**
   * A page with a script of its own, within this many bytes gzip in all
   * (inline and files): the eligibility self-check (`budgets.selfCheckScriptGzipBytes`).
   */
  readonly ownScriptGzipBytes?: number | undefined;
}

/** Checks one HTML page against the static budgets. */
export function auditPage(pagePath: string, html: string, readAsset: AssetReader, options: PageAuditOptions): PageAudit {
  const violations: BudgetViolation[] = [];
  const report = (rule: BudgetRule, message: string) => violations.push({ rule, where: pagePath, message });
  const $ = cheerio.load(html);

  const htmlSize = gzipBytes(html);
  if (htmlSize > budgets.htmlGzipBytes) report('html-size', `HTML is ${formatKb(htmlSize)} gzip, over ${formatKb(budgets.htmlGzipBytes)}`);

  // Render-blocking: stylesheets anywhere, classic scripts in the head without async/defer.
  const stylesheets = $('link[rel~="stylesheet"]').map((_index, element) => $(element).attr('href') ?? '').get();
  if (stylesheets.length > 1) report('render-blocking', `${stylesheets.length} stylesheets block rendering (at most one): ${stylesheets.join(', ')}`);
  for (const href of stylesheets) {
    if (isThirdParty(href)) continue; // reported below as third-party
    const path = sameOriginPath(href, pagePath);
    const css = path ? readAsset(path) : undefined;
    if (!css) continue;
    const size = gzipBytes(css);
    if (size > budgets.stylesheetGzipBytes) report('render-blocking', `stylesheet ${href} is ${formatKb(size)} gzip, over ${formatKb(budgets.stylesheetGzipBytes)}`);
    const text = css.toString('utf8');
    if (/@import\b/.test(text)) report('render-blocking', `stylesheet ${href} chains another with @import`);
    for (const fontFace of text.match(/@font-face\s*{[^}]*}/g) ?? []) {
      if (!/font-display\s*:\s*(swap|optional|fallback)/.test(fontFace)) report('render-blocking', `stylesheet ${href} has a web font that hides text while loading (no font-display: swap/optional/fallback)`);
    }
  }
  $('head script[src]').each((_index, element) => {
    const script = $(element);
    const isModule = script.attr('type') === 'module';
    if (!isModule && script.attr('async') === undefined && script.attr('defer') === undefined) report('render-blocking', `script ${script.attr('src') ?? ''} blocks rendering (no async, defer or type=module)`);
  });

  // Scripts: inline code and files, with what they import.
  const executable = $('script').filter((_index, element) => {
    const type = $(element).attr('type');
    return type === undefined || type === '' || type === 'module' || /javascript/i.test(type);
  });
  let inlineBytes = 0;
  const inlineTexts: string[] = [];
  const scriptFiles = new Set<string>();
  executable.each((_index, element) => {
    const script = $(element);
    const src = script.attr('src');
    if (src === undefined) {
      const code = script.html() ?? '';
      inlineTexts.push(code);
      inlineBytes += gzipBytes(code);
      for (const specifier of staticImports(code)) {
        const path = sameOriginPath(specifier, pagePath);
        if (path) for (const file of moduleGraph(path, readAsset)) scriptFiles.add(file);
      }
    } else if (!isThirdParty(src)) {
      const path = sameOriginPath(src, pagePath);
      if (path) for (const file of moduleGraph(path, readAsset)) scriptFiles.add(file);
    }
  });
  if (!options.scriptAllowed) {
    const fileBytes = [...scriptFiles].reduce((sum, file) => sum + gzipBytes(readAsset(file) ?? ''), 0);
    const total = inlineBytes + fileBytes;
    const own = options.ownScriptGzipBytes;
    if (own !== undefined) {
      // A page with a script of its own: inline or in files, one total.
      if (total > own) report('javascript', `${formatKb(total)} of script gzip, over this page's ${formatKb(own)}`);
    } else {
      const foreign = inlineTexts.filter((code) => !code.includes(statusRefresherMarker));
      if (scriptFiles.size > 0) report('javascript', `loads script files ${[...scriptFiles].join(', ')}: text pages carry only the program-status refresher, inline`);
      if (foreign.length > 0) report('javascript', `${foreign.length} inline script(s) other than the program-status refresher (${formatKb(foreign.reduce((sum, code) => sum + gzipBytes(code), 0))} gzip)`);
      if (total > budgets.statusScriptGzipBytes) report('javascript', `${formatKb(total)} of script gzip, over ${formatKb(budgets.statusScriptGzipBytes)}`);
    }
  }

  // Images: modern formats with srcset, explicit dimensions, no heavy file.
  $('img').each((_index, element) => {
    const img = $(element);
    const src = img.attr('src') ?? '';
    const label = `image ${src || '(no src)'}`;
    if (img.attr('width') === undefined || img.attr('height') === undefined) report('image-dimensions', `${label} has no explicit width and height (layout shifts when it loads)`);
    const picture = img.parent('picture');
    const sources = picture.find('source');
    const isVector = /\.svg($|\?)/i.test(src) || src.startsWith('data:image/svg');
    if (!isVector) {
      const modernSources = sources.filter((_i, source) => /image\/(avif|webp)/.test($(source).attr('type') ?? '') && Boolean($(source).attr('srcset'))).length;
      const modernImg = /\.(avif|webp)($|\?)/i.test(src) && Boolean(img.attr('srcset'));
      if (modernSources === 0 && !modernImg) report('image-format', `${label} is offered neither as AVIF nor WebP with a srcset`);
    }
    const candidates = [src, ...srcsetUrls(img.attr('srcset')), ...sources.map((_i, source) => srcsetUrls($(source).attr('srcset'))).get().flat()].filter(Boolean);
    for (const candidate of new Set(candidates)) {
      if (isThirdParty(candidate)) continue;
      const path = sameOriginPath(candidate, pagePath);
      const bytes = path ? readAsset(path)?.length : undefined;
      if (bytes !== undefined && bytes > budgets.imageBytes) report('image-size', `image ${candidate} is ${formatKb(bytes)}, over ${formatKb(budgets.imageBytes)}`);
    }
  });

  // Everything fetched comes from the site itself (privacy, and no third-party round trips).
  const fetched = [
    ...$('link[href]').filter((_i, element) => /\b(stylesheet|icon|preload|modulepreload|manifest|apple-touch-icon)\b/.test($(element).attr('rel') ?? '')).map((_i, element) => $(element).attr('href') ?? '').get(),
    ...$('script[src], img[src], iframe[src], video[src], audio[src]').map((_i, element) => $(element).attr('src') ?? '').get(),
    ...$('img[srcset], source[srcset]').map((_i, element) => srcsetUrls($(element).attr('srcset'))).get().flat(),
  ];
  for (const reference of new Set(fetched)) {
    if (isThirdParty(reference)) report('third-party', `fetches ${reference} from another origin`);
  }

  return { violations, scriptFiles: [...scriptFiles] };
}

/** Checks the admin page: its bundle's gzip size, entry and static imports. */
export function auditAdmin(adminPath: string, html: string, readAsset: AssetReader): { violations: BudgetViolation[]; files: string[]; gzipBytes: number } {
  const $ = cheerio.load(html);
  const files = new Set<string>();
  // The bundle is a module script, or the one the page's inline loader inserts (`script.src="/_astro/….js"`, src/cms/admin-page.ts).
  const entries = [
    ...$('script[type="module"][src]').map((_index, element) => $(element).attr('src') ?? '').get(),
    ...$('script:not([src])')
      .map((_index, element) => [...$(element).text().matchAll(/\.src\s*=\s*["']([^"']+\.js)["']/g)].map((match) => match[1] ?? ''))
      .get(),
  ];
  for (const entry of entries) {
    const path = sameOriginPath(entry, adminPath);
    if (path) for (const file of moduleGraph(path, readAsset)) files.add(file);
  }
  const total = [...files].reduce((sum, file) => sum + gzipBytes(readAsset(file) ?? ''), 0);
  const violations: BudgetViolation[] =
    total > budgets.adminBundleGzipBytes
      ? [{ rule: 'admin-bundle', where: adminPath, message: `admin bundle is ${(total / 1e6).toFixed(2)} MB gzip, over ${(budgets.adminBundleGzipBytes / 1e6).toFixed(2)} MB` }]
      : [];
  return { violations, files: [...files], gzipBytes: total };
}

/**
 * Signatures of Decap CMS and React in bundled code. Matching code rather than
 * file names: the admin shares Vite's tiny preload helper with the search page,
 * which is neither.
 */
const adminCodeSignature = /decap-cms|Decap CMS|__REACT_DEVTOOLS_GLOBAL_HOOK__|react\.dev\/errors/;

/** Public pages whose scripts carry Decap CMS or React code. */
export function adminOnPublicPages(pages: ReadonlyMap<string, readonly string[]>, readAsset: AssetReader): BudgetViolation[] {
  return [...pages].flatMap(([page, files]) =>
    files
      .filter((file) => adminCodeSignature.test(readAsset(file)?.toString('utf8') ?? ''))
      .map((file) => ({ rule: 'admin-on-public-page' as const, where: page, message: `loads ${file}, which carries Decap CMS or React code` })),
  );
}

/** What a first visit fetched. */
export interface FirstVisit {
  readonly requests: { readonly url: string; readonly bytes: number }[];
  readonly totalBytes: number;
}

/** True for responses a host compresses (text formats). */
function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(javascript|json|xml|rss\+xml|atom\+xml|manifest\+json)|image\/svg\+xml)/.test(contentType);
}

/**
 * Loads `url` in a fresh page (empty cache) and lists what it fetched, each
 * response counted as its body gzipped for text (as served with compression),
 * as is for images. Waits for the network to settle, so lazy images in view
 * and anything a script starts are included.
 */
export async function measureFirstVisit(page: Page, url: string): Promise<FirstVisit> {
  const requests: { url: string; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    pending.push(
      response.body().then(
        (body) => void requests.push({ url: response.url(), bytes: isCompressible(type) ? gzipBytes(body) : body.length }),
        () => void requests.push({ url: response.url(), bytes: 0 }),
      ),
    );
  });
  page.on('requestfailed', (request) => requests.push({ url: request.url(), bytes: 0 }));
  await page.goto(url, { waitUntil: 'networkidle' });
  // Response events may still be queued when `goto` resolves: wait until no new one arrives.
  for (let settled = -1; settled !== pending.length; ) {
    settled = pending.length;
    await Promise.all(pending);
  }
  page.removeAllListeners('response');
  page.removeAllListeners('requestfailed');
  return { requests, totalBytes: requests.reduce((sum, request) => sum + request.bytes, 0) };
}

/** The violations of a first visit: total size, request count, other origins. */
export function firstVisitViolations(pagePath: string, origin: string, visit: FirstVisit): BudgetViolation[] {
  const violations: BudgetViolation[] = [];
  if (visit.totalBytes > budgets.firstVisitGzipBytes) {
    violations.push({ rule: 'first-visit-bytes', where: pagePath, message: `first visit downloads ${formatKb(visit.totalBytes)}, over ${formatKb(budgets.firstVisitGzipBytes)}` });
  }
  if (visit.requests.length > budgets.firstVisitRequests) {
    violations.push({ rule: 'first-visit-requests', where: pagePath, message: `first visit makes ${visit.requests.length} requests, over ${budgets.firstVisitRequests}: ${visit.requests.map((request) => request.url).join(', ')}` });
  }
  for (const request of visit.requests) {
    if (new URL(request.url).origin !== origin) violations.push({ rule: 'third-party', where: pagePath, message: `first visit fetches ${request.url} from another origin` });
  }
  return violations;
}

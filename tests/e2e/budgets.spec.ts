/**
 * Page-weight budgets on the built site (sizes and requests, not times):
 * every HTML page ≤ 14 KB gzip with at most one small stylesheet blocking it,
 * no script on text pages beyond the program-status refresher (≤ 1 KB), the
 * eligibility self-check's own script ≤ 4 KB on its two pages only,
 * modern images with srcset and dimensions, none over 100 KB, a first visit
 * ≤ 50 KB in ≤ 6 same-origin requests, no admin code on public pages and an
 * admin bundle ≤ 1.6 MB gzip. The same gate runs on a generated over-budget
 * output and must name every broken rule there.
 */
import { mkdtempSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { localeCodes } from '../../src/i18n/locales';
import { sectionPath } from '../../src/routes/urls';
import {
  adminOnPublicPages,
  budgets,
  auditAdmin,
  auditPage,
  firstVisitViolations,
  formatKb,
  measureFirstVisit,
  type AssetReader,
  type BudgetViolation,
  type PageAuditOptions,
} from '../support/budgets';
import { writeOverBudgetSite } from '../support/over-budget-site';
import { distRoot, htmlFiles, isAdminFile, urlPathOf } from '../support/site-output';

/** Reads a file of an output folder by URL path. */
function assetReader(root: string): AssetReader {
  return (urlPath) => {
    const file = join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
    return file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
  };
}

/** The static gate over a whole output folder. */
function auditOutput(root: string, pages: readonly string[], adminPath: string | undefined, scriptRule: (path: string) => PageAuditOptions): BudgetViolation[] {
  const read = assetReader(root);
  const violations: BudgetViolation[] = [];
  const scripts = new Map<string, string[]>();
  for (const path of pages) {
    const html = read(path)?.toString('utf8');
    if (html === undefined) throw new Error(`${path}: no such page in ${root}`);
    const audit = auditPage(path, html, read, scriptRule(path));
    violations.push(...audit.violations);
    scripts.set(path, audit.scriptFiles);
  }
  if (adminPath !== undefined) {
    const admin = auditAdmin(adminPath, read(adminPath)?.toString('utf8') ?? '', read);
    violations.push(...admin.violations);
  }
  violations.push(...adminOnPublicPages(scripts, read));
  return violations;
}

/** A phone on its first visit: small screen, dense pixels, empty cache. */
async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  return context.newPage();
}

/** `rule @ where` pairs, for comparing what the gate found with what was expected. */
const located = (violations: readonly { rule: string; where: string }[]) => [...new Set(violations.map(({ rule, where }) => `${rule} @ ${where}`))].sort();

const publicPages = htmlFiles()
  .filter((file) => !isAdminFile(file))
  .map(urlPathOf);
const searchPages = new Set(localeCodes.map((lang) => sectionPath(lang, 'search')));
const selfCheckPages = new Set(localeCodes.map((lang) => sectionPath(lang, 'eligibility')));

/** What script a page of the site may carry: the search page its own, the self-check up to its budget, the others the refresher. */
function siteScriptRule(path: string): PageAuditOptions {
  if (searchPages.has(path)) return { scriptAllowed: true };
  return { scriptAllowed: false, ownScriptGzipBytes: selfCheckPages.has(path) ? budgets.selfCheckScriptGzipBytes : undefined };
}

test('every page of the build keeps the static budgets; the admin bundle stays off public pages and under 1.6 MB', () => {
  expect(publicPages.length).toBeGreaterThan(20);
  const violations = auditOutput(distRoot, publicPages, '/admin/', siteScriptRule);
  expect(violations.map(({ where, message }) => `${where}: ${message}`)).toEqual([]);
  // The admin's bundle is found (an empty graph would pass the size budget vacuously).
  const admin = auditAdmin('/admin/', readFileSync(join(distRoot, 'admin', 'index.html'), 'utf8'), assetReader(distRoot));
  expect(admin.gzipBytes).toBeGreaterThan(500_000);
});

test('a first visit to every public page downloads ≤ 50 KB in ≤ 6 requests, all from the site', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL ?? '').origin;
  const violations: BudgetViolation[] = [];
  const visits: { path: string; bytes: number; requests: number }[] = [];
  // A few pages at a time: each visit waits for the network to stay idle for 500 ms.
  for (let start = 0; start < publicPages.length; start += 4) {
    await Promise.all(
      publicPages.slice(start, start + 4).map(async (path) => {
        const page = await phonePage(browser);
        const visit = await measureFirstVisit(page, `${origin}${path}`);
        expect(visit.requests.length, path).toBeGreaterThan(0);
        violations.push(...firstVisitViolations(path, origin, visit));
        visits.push({ path, bytes: visit.totalBytes, requests: visit.requests.length });
        await page.context().close();
      }),
    );
  }
  const heaviest = visits.reduce((max, visit) => (visit.bytes > max.bytes ? visit : max));
  const busiest = visits.reduce((max, visit) => (visit.requests > max.requests ? visit : max));
  test.info().annotations.push({ type: 'heaviest first visit', description: `${heaviest.path}: ${formatKb(heaviest.bytes)}` }, { type: 'most requests', description: `${busiest.path}: ${busiest.requests}` });
  console.log(`first visits: heaviest ${heaviest.path} ${formatKb(heaviest.bytes)}; most requests ${busiest.path} ${busiest.requests}`);
  expect(violations.map(({ where, message }) => `${where}: ${message}`)).toEqual([]);
});

test.describe('on an over-budget output', () => {
  let root: string;
  let fixture: Awaited<ReturnType<typeof writeOverBudgetSite>>;

  // Generating heavy files and visiting four pages: give a loaded machine room.
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    root = mkdtempSync(join(tmpdir(), 'over-budget-'));
    fixture = await writeOverBudgetSite(root);
  });
  test.afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('the gate names every broken budget on its page, and none on the page that keeps them', async ({ browser }) => {
    const origin = 'http://budget.test';
    const found = auditOutput(root, fixture.pages, fixture.admin, (path) => ({ scriptAllowed: false, ownScriptGzipBytes: fixture.ownScript[path] }));
    const types: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.avif': 'image/avif', '.webp': 'image/webp', '.jpg': 'image/jpeg' };
    const read = assetReader(root);
    for (const path of fixture.pages) {
      const page = await phonePage(browser);
      // The fixture is served from files; anything else is "another origin" and gets a tiny image.
      await page.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== origin) return route.fulfill({ status: 200, contentType: 'image/png', body: Buffer.alloc(64) });
        const body = read(url.pathname);
        if (!body) return route.fulfill({ status: 404, body: '' });
        const extension = extname(url.pathname.endsWith('/') ? 'index.html' : url.pathname);
        return route.fulfill({ status: 200, contentType: types[extension] ?? 'application/octet-stream', body });
      });
      found.push(...firstVisitViolations(path, origin, await measureFirstVisit(page, `${origin}${path}`)));
      await page.context().close();
    }
    expect(located(found)).toEqual(located(fixture.expected));
    expect(found.filter(({ where }) => where === '/fr/bon/')).toEqual([]);
    // Messages say what is over and by how much.
    expect(found.find(({ rule }) => rule === 'html-size')?.message).toMatch(/^HTML is \d+\.\d KB gzip, over 14\.0 KB$/);
    expect(found.find(({ rule }) => rule === 'admin-bundle')?.message).toMatch(/^admin bundle is 1\.\d\d MB gzip, over 1\.60 MB$/);
  });
});

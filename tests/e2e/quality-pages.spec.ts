/**
 * Quality gates over every page of the build, both languages, at 320 px and
 * 1280 px: 0 axe violations (WCAG 2.2 AA), no horizontal scrolling at 320 px,
 * no Content Security Policy violation, and no request to another origin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { publicPagePaths } from '../support/site-output';
import { accessibilityViolations } from './accessibility';

const pages = publicPagePaths();

test('the crawl covers both languages and every section', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/fr/', '/en/', '/fr/faq/', '/en/faq/', '/fr/criteres/', '/en/criteria/']));
  expect(pages.filter((path) => path.startsWith('/fr/')).length).toBeGreaterThan(15);
  expect(pages.filter((path) => path.startsWith('/en/')).length).toBeGreaterThan(15);
});

test('the accessibility gate reports a known violation (canary kept out of the build)', async ({ page }) => {
  const html = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'a11y-canary', 'index.html'), 'utf8');
  await page.setContent(html);
  const rules = (await accessibilityViolations(page)).map((violation) => violation.rule);
  expect(rules).toEqual(expect.arrayContaining(['image-alt', 'label', 'color-contrast']));
});

for (const path of pages) {
  test(`${path} passes the gates at 320 px and 1280 px`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const foreignRequests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreignRequests.push(request.url());
    });
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Refused to load (CSP): ${event.violatedDirective} ${event.blockedURI}`);
      });
    });

    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const response = await page.goto(path);
      expect(response?.ok() || path === '/404.html', `${path} status`).toBe(true);
      expect(await accessibilityViolations(page), `axe at ${width}px`).toEqual([]);
      if (width === 320) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'horizontal scrolling at 320 px').toBeLessThanOrEqual(0);
      }
    }
    expect(cspViolations, 'CSP violations').toEqual([]);
    expect(foreignRequests, 'requests to other origins').toEqual([]);
  });
}

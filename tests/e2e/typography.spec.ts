/**
 * French and English typography in every file the site publishes: pages,
 * feeds (and their stylesheet), calendars, open data, search data, sitemap.
 * The scan (tests/support/typography-scan.ts) reads each format as such and
 * shares no code with the typesetting it checks (src/i18n/typography.ts).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distRoot, readOutput } from '../support/site-output';
import { fileFaults } from '../support/typography-scan';

/** Every file of the build people or their tools read: not the CMS, not scripts, styles or images. */
function publishedTextFiles(directory = distRoot, prefix = ''): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    const file = `${prefix}${name}`;
    if (statSync(path).isDirectory()) return file === 'admin' || file === '_astro' ? [] : publishedTextFiles(path, `${file}/`);
    return /\.(html|xml|xsl|ics|json)$/.test(name) ? [file] : [];
  });
}

test('every published file follows French and English typography', () => {
  const files = publishedTextFiles();
  expect(files.length).toBeGreaterThan(60);
  for (const kind of ['.html', '.xml', '.ics', '.json']) expect(files.some((file) => file.endsWith(kind)), kind).toBe(true);
  const faults = files.flatMap((file) => fileFaults(file, readOutput(file)));
  expect(faults.map((fault) => `${fault.file} [${fault.lang}] ${fault.rule}: ${fault.context}`)).toEqual([]);
});

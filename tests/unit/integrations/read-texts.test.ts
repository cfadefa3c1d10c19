import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { forEachText } from '../../../src/integrations/read-texts';

const folder = mkdtempSync(join(tmpdir(), 'read-texts-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('every file is read and handed over with its path, in order, across several batches', async () => {
  const paths = Array.from({ length: 150 }, (_, index) => {
    const path = join(folder, `page-${index}.html`);
    writeFileSync(path, `<p>${index} é</p>`);
    return path;
  });
  const seen: [string, string][] = [];
  await forEachText(paths, (path, text) => seen.push([path, text]));
  expect(seen).toEqual(paths.map((path, index) => [path, `<p>${index} é</p>`]));
});

test('a file that cannot be read fails the whole call, naming it', async () => {
  await expect(forEachText([join(folder, 'absent.html')], () => undefined)).rejects.toThrow(/absent\.html/);
});

// If this fails, press kit web versions are encoded again on every build (or, worse, a changed source or
// setting reads an old file back from the cache).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { cachedEncoding, encodedFileName } from '../../../src/outputs/encode-cache';

const root = mkdtempSync(join(tmpdir(), 'encode-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const bytes = (text: string) => new Uint8Array(Buffer.from(text));

describe('encodedFileName', () => {
  const base = encodedFileName(bytes('logo'), 'png 9', 'png');
  test.each([
    ['another source', encodedFileName(bytes('logo2'), 'png 9', 'png')],
    ['another setting', encodedFileName(bytes('logo'), 'png 6', 'png')],
    ['settings and bytes do not run together', encodedFileName(bytes('9logo'), 'png ', 'png')],
  ])('%s is another file', (_name, other) => {
    expect(other).not.toBe(base);
  });

  test('is the extension after a hex digest', () => {
    expect(base).toMatch(/^[0-9a-f]{64}\.png$/);
  });
});

describe('cachedEncoding', () => {
  test('encodes once, then a later build (another process, same folder) reads the file back', async () => {
    const folder = pathToFileURL(join(root, 'first/'));
    let encodes = 0;
    const encode = async () => {
      encodes += 1;
      return bytes(`web version ${encodes}`);
    };
    const [a, b] = await Promise.all([cachedEncoding(folder, bytes('source'), 's', 'jpg', encode), cachedEncoding(folder, bytes('source'), 's', 'jpg', encode)]);
    expect(encodes).toBe(1);
    expect(Buffer.from(a).toString()).toBe('web version 1');
    expect(b).toBe(a);
    expect(readdirSync(join(root, 'first'))).toEqual([encodedFileName(bytes('source'), 's', 'jpg')]);

    // A new build (a fresh module, nothing in memory) reads the file back.
    vi.resetModules();
    const fresh = await import('../../../src/outputs/encode-cache');
    const again = await fresh.cachedEncoding(folder, bytes('source'), 's', 'jpg', encode);
    expect(encodes).toBe(1);
    expect(Buffer.from(again).toString()).toBe('web version 1');

    // A changed setting encodes.
    await cachedEncoding(folder, bytes('source'), 's2', 'jpg', encode);
    expect(encodes).toBe(2);
  });
});

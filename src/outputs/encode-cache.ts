/**
 * Files the build encodes itself (the press kit's web versions; Astro caches
 * its own images), kept between builds in Astro's cache folder, named by the
 * hash of their source bytes and encoding settings: a rebuild, or a host that
 * restores that folder (docs/deploy.md), reads them back instead of encoding
 * again. A changed source or setting is a new name, never a stale file.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The cache's file name for `source` encoded with `settings` (hex SHA-256 of both, and the extension). */
export function encodedFileName(source: Uint8Array, settings: string, extension: string): string {
  return `${createHash('sha256').update(settings).update('\0').update(source).digest('hex')}.${extension}`;
}

/** Encodings under way or done in this process, so two pages asking for the same file share one encode. */
const pending = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/**
 * The bytes of `source` encoded with `settings`: read from `folder` when a
 * previous build wrote them, otherwise made by `encode` and written there
 * (whole, then renamed, so a reader never sees half a file).
 */
export function cachedEncoding(
  folder: URL,
  source: Uint8Array,
  settings: string,
  extension: string,
  encode: () => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>> {
  const path = join(fileURLToPath(folder), encodedFileName(source, settings, extension));
  let result = pending.get(path);
  if (!result) {
    result = readFile(path).then(
      (bytes) => new Uint8Array(bytes),
      async () => {
        const bytes = await encode();
        await mkdir(fileURLToPath(folder), { recursive: true });
        const partial = `${path}.${process.pid}.part`;
        await writeFile(partial, bytes);
        await rename(partial, path);
        return bytes;
      },
    );
    pending.set(path, result);
  }
  return result;
}

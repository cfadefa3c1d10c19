/**
 * Reading every built file after a build, for the integrations that look
 * through the output. A large site has tens of thousands of files: reading
 * them all at once opens more files than a process may (EMFILE) and holds
 * every text in memory, so they are read a few at a time and each text is
 * handed over, then dropped.
 */
import { readFile } from 'node:fs/promises';

/** Files read at once. */
const readsAtOnce = 64;

/** Reads each of `paths` as UTF-8, a few at a time, and hands it to `use` with its path, in order. */
export async function forEachText(paths: readonly string[], use: (path: string, text: string) => void): Promise<void> {
  for (let start = 0; start < paths.length; start += readsAtOnce) {
    const batch = paths.slice(start, start + readsAtOnce);
    const texts = await Promise.all(batch.map((path) => readFile(path, 'utf8')));
    texts.forEach((text, index) => use(batch[index] ?? '', text));
  }
}

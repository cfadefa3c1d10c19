/**
 * Writes the search index's files out of the pack `astro build` rendered
 * (`src/search/build/pack.ts` says why there is a pack), then removes the
 * pack: `dist/search/` then holds exactly the files `astro dev` serves one
 * by one. Runs after the unreferenced-image check, which reads the pack as
 * one file instead of thousands.
 */
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchPackName, unpackSearchFiles, type SearchFile } from '../search/build/pack';

/** Files written at once: enough to keep the disk busy, few enough to stay far from the open-files limit. */
const writesAtOnce = 64;

/** Writes `files` under `folder`, each folder made once. */
export async function writeSearchFiles(folder: string, files: readonly SearchFile[]): Promise<void> {
  const folders = new Set(files.map((file) => dirname(join(folder, file.path))));
  for (const path of folders) await mkdir(path, { recursive: true });
  for (let start = 0; start < files.length; start += writesAtOnce) {
    await Promise.all(files.slice(start, start + writesAtOnce).map((file) => writeFile(join(folder, file.path), file.text)));
  }
}

/** The integration; add it to `integrations` in `astro.config.mjs` after `pruneUnreferencedImages` (it reads the pack as one file). */
export function searchFiles(): AstroIntegration {
  return {
    name: 'search-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const folder = fileURLToPath(new URL('search/', dir));
        const pack = join(folder, `${searchPackName}.json`);
        const files = unpackSearchFiles(await readFile(pack, 'utf8'), pack);
        await writeSearchFiles(folder, files);
        await unlink(pack);
        logger.info(`${files.length} search index files written`);
      },
    },
  };
}

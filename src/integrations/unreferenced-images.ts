/**
 * Removes, after the build, image files Astro emitted into its assets folder
 * that no output file refers to. Astro emits every image a content entry
 * names (the content layer imports them all), and keeps the original of any
 * image it did not transform: the logo of a startup not yet announced, or the
 * picture of an embargoed announcement, would otherwise be published under
 * its own file name (`_astro/calqueo.Bx3k.png`) before its instant.
 */
import { readdir, readFile, unlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Files an asset could be referred to from. */
const textFile = /\.(html|css|js|mjs|json|xml|txt|ics|svg|webmanifest)$/i;

/** Image files the check may remove. */
const imageFile = /\.(png|jpe?g|webp|avif|gif|svg)$/i;

/**
 * The images of the assets folder (`assetNames`, file names) that no text
 * refers to as `/<assetsFolder>/<name>`. Pure; the integration reads the files.
 */
export function unreferencedImages(assetNames: readonly string[], texts: readonly string[], assetsFolder: string): string[] {
  const referenced = new Set<string>();
  const pattern = new RegExp(`/${assetsFolder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([^"'\\s)?#,<>\\\\]+)`, 'g');
  for (const text of texts) for (const match of text.matchAll(pattern)) if (match[1]) referenced.add(match[1]);
  return assetNames.filter((name) => imageFile.test(name) && !referenced.has(name));
}

/** The integration: after `astro build`, removes unreferenced images from the assets folder. */
export function pruneUnreferencedImages(): AstroIntegration {
  let assetsFolder = '_astro';
  return {
    name: 'prune-unreferenced-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        assetsFolder = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        const texts = await Promise.all(entries.filter((entry) => entry.isFile() && textFile.test(entry.name)).map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')));
        const assets = entries.filter((entry) => entry.isFile() && relative(root, entry.parentPath) === assetsFolder).map((entry) => entry.name);
        const unused = unreferencedImages(assets, texts, assetsFolder);
        await Promise.all(unused.map((name) => unlink(join(root, assetsFolder, name))));
        if (unused.length > 0) logger.info(`${unused.length} image(s) referred to by no page removed from ${assetsFolder}/`);
      },
    },
  };
}

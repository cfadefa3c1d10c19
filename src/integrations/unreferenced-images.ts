/**
 * Removes, after the build, image files Astro emitted into its assets folder
 * that no output file refers to. Astro emits every image a content entry
 * names (the content layer imports them all), and keeps the original of any
 * image it did not transform: the logo of a startup not yet announced, or the
 * picture of an embargoed announcement, would otherwise be published under
 * its own file name (`_astro/calqueo.Bx3k.png`) before its instant.
 */
import { readdir, unlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forEachText } from './read-texts';

/** Files an asset could be referred to from. */
const textFile = /\.(html|css|js|mjs|json|xml|txt|ics|svg|webmanifest)$/i;

/** Image files the check may remove. */
const imageFile = /\.(png|jpe?g|webp|avif|gif|svg)$/i;

/** Adds to `referenced` every asset name `text` refers to as `/<assetsFolder>/<name>`. */
export function addAssetReferences(referenced: Set<string>, text: string, assetsFolder: string): void {
  const pattern = new RegExp(`/${assetsFolder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([^"'\\s)?#,<>\\\\]+)`, 'g');
  for (const match of text.matchAll(pattern)) if (match[1]) referenced.add(match[1]);
}

/**
 * The images of the assets folder (`assetNames`, file names) that `referenced`
 * (filled by `addAssetReferences` from every output text) does not hold.
 * Pure; the integration reads the files.
 */
export function unreferencedImages(assetNames: readonly string[], referenced: ReadonlySet<string>): string[] {
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
        const textFiles = entries.filter((entry) => entry.isFile() && textFile.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
        const referenced = new Set<string>();
        await forEachText(textFiles, (_path, text) => addAssetReferences(referenced, text, assetsFolder));
        const assets = entries.filter((entry) => entry.isFile() && relative(root, entry.parentPath) === assetsFolder).map((entry) => entry.name);
        const unused = unreferencedImages(assets, referenced);
        await Promise.all(unused.map((name) => unlink(join(root, assetsFolder, name))));
        if (unused.length > 0) logger.info(`${unused.length} image(s) referred to by no page removed from ${assetsFolder}/`);
      },
    },
  };
}

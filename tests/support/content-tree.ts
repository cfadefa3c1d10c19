/**
 * Loads a content tree from disk for the content check: every file under a
 * `content/` folder, as repository-relative paths.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile } from '../../src/content/check';

/** Every file below `root/content`, paths relative to `root` with `/` separators. */
export function readContentTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path).split('\\').join('/'), readFileSync(path, 'latin1'));
    }
  };
  const content = join(root, 'content');
  if (existsSync(content)) walk(content);
  return files;
}

/** The text files of a tree, decoded as UTF-8 (images are skipped by the check anyway). */
export function asContentFiles(tree: Map<string, string>): ContentFile[] {
  return [...tree.entries()].map(([path, latin1]) => ({ path, text: Buffer.from(latin1, 'latin1').toString('utf8') }));
}

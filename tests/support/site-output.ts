/**
 * The built site as files: every HTML page under `dist/`, as URL paths, so the
 * quality gates cover whatever the build produced, not a hand-kept list.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The build output folder. */
export const distRoot = join(import.meta.dirname, '..', '..', 'dist');

/** Every HTML file of the build, relative to `dist/` (`fr/faq/index.html`). */
export function htmlFiles(root: string = distRoot): string[] {
  if (!existsSync(root)) throw new Error(`${root} is missing: run \`npm run build\` first`);
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) found.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(root);
  return found.sort();
}

/** True for pages of the CMS, which are Decap's interface, not public pages. */
export function isAdminFile(file: string): boolean {
  return file.startsWith('admin/');
}

/** The URL path a file is served at (`fr/faq/index.html` → `/fr/faq/`). */
export function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** True for the redirect pages kept for old slugs (they only send the reader on). */
export function isRedirectFile(file: string, root: string = distRoot): boolean {
  return /<meta http-equiv="refresh"/i.test(readFileSync(join(root, file), 'utf8'));
}

/** Every public page's URL path (the CMS and old-slug redirects aside). */
export function publicPagePaths(root: string = distRoot): string[] {
  return htmlFiles(root)
    .filter((file) => !isAdminFile(file) && !isRedirectFile(file, root))
    .map(urlPathOf);
}

/** A built file's text. */
export function readOutput(file: string, root: string = distRoot): string {
  return readFileSync(join(root, file), 'utf8');
}

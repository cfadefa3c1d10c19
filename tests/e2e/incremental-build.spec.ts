/**
 * Astro's incremental build (astro.config.mjs) copies a page from the cache
 * when its cache key (src/routes/cache-keys.ts) and code are unchanged. If a
 * key missed something the page shows, the site would keep publishing an old
 * version of it. So: a copy of the project is built, edited three times as
 * editors would (an announcement's text, an image replaced under the same
 * name, a site-wide setting) and rebuilt each time with only its cache kept,
 * as a host restoring `.cache/` on a fresh checkout; each rebuild renders what
 * the edit touched and copies the rest; and the last one is, file for file,
 * the site a full build of the same content gives.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { isRedirectFile } from '../support/site-output';
import { buildCopy, copyProject, removeCopy } from '../support/temp-site';

/** Every build renders for the same instant, so two builds of the same content give the same files. */
const env = { BUILD_NOW: '2026-11-30T12:00:00-05:00' };

/** The three edits, applied to a copy. */
const edits = {
  text: (root: string) => append(join(root, 'content', 'announcements', 'fr', 'entente-microsoft-le-camp.md'), '\n\nUne phrase ajoutée après la première publication.\n'),
  image: async (root: string) => {
    // The same file name, other pixels: the entry's own file does not change.
    const file = join(root, 'content', 'media', 'realite-mixte-calques.jpg');
    writeFileSync(file, await sharp(readFileSync(file)).flop().jpeg({ quality: 80 }).toBuffer());
  },
  setting: (root: string) => {
    const file = join(root, 'content', 'settings', 'fr', 'site.yml');
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(/^shortName: .*$/m, 'shortName: Jeunes pousses de Québec');
    if (changed === text) throw new Error(`${file}: shortName not found`);
    writeFileSync(file, changed);
  },
};

function append(file: string, text: string): void {
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}${text}`);
}

/** A rebuild, by when it started: pages it rendered were written to the cache after that. */
interface Rebuild {
  readonly startedMs: number;
}

/** Builds `root` as a fresh checkout would (no `dist/` or `.astro/`), keeping `.cache/`. */
async function rebuild(root: string): Promise<Rebuild> {
  for (const folder of ['dist', '.astro']) rmSync(join(root, folder), { recursive: true, force: true });
  const startedMs = Date.now();
  const result = await buildCopy(root, env);
  expect(result.code, result.output.slice(-3000)).toBe(0);
  return { startedMs };
}

/**
 * Whether the build copied `page` (`/fr/annonces/…/index.html`) from the cache (`true`) or rendered it (`false`).
 * Astro writes each page it renders to its cache folder too (`.cache/astro/dist/`, astro.config.mjs) and copies
 * a cached page without touching the cached file; the build log cannot say, since pages render four at a time
 * and their log lines interleave. `undefined` when the page has no cached copy (no cache key).
 */
function copied(root: string, build: Rebuild, page: string): boolean | undefined {
  const cached = join(root, '.cache', 'astro', 'dist', page);
  return existsSync(cached) ? statSync(cached).mtimeMs < build.startedMs : undefined;
}

/** Announcement pages the build of `root` rendered, and those it copied from the cache (redirect pages for old slugs aside). */
function announcementPages(root: string, build: Rebuild): { rendered: string[]; copied: string[] } {
  const dist = join(root, 'dist');
  const pages = ['fr/annonces', 'en/announcements']
    .flatMap((section) => readdirSync(join(dist, section)).map((slug) => `${section}/${slug}/index.html`))
    .filter((file) => existsSync(join(dist, file)) && !isRedirectFile(file, dist))
    .map((file) => `/${file}`);
  return {
    rendered: pages.filter((page) => copied(root, build, page) === false),
    copied: pages.filter((page) => copied(root, build, page) === true),
  };
}

/** Every file of a build, by path, with its bytes. */
function files(dist: string): Map<string, Buffer> {
  const paths = (readdirSync(dist, { recursive: true, withFileTypes: true }) as { isFile(): boolean; name: string; parentPath: string }[]).filter((entry) => entry.isFile());
  return new Map(paths.map((entry) => [relative(dist, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name))]));
}

test('a rebuild with the cache kept renders what an edit touched, copies the rest, and gives the same site as a full build', async () => {
  test.setTimeout(900_000);
  const kept = copyProject('incremental-');
  const full = copyProject('full-build-');
  try {
    const first = announcementPages(kept, await rebuild(kept));
    expect(first.copied).toEqual([]);
    expect(first.rendered.length).toBeGreaterThan(10);

    edits.text(kept);
    const textBuild = await rebuild(kept);
    const afterText = announcementPages(kept, textBuild);
    expect(afterText.rendered).toEqual(['/fr/annonces/entente-microsoft-le-camp/index.html']);
    expect(afterText.copied.length).toBe(first.rendered.length - 1);
    // The list showing the edited announcement is rendered again; the other language's list is copied.
    expect(copied(kept, textBuild, '/fr/annonces/index.html')).toBe(false);
    expect(copied(kept, textBuild, '/en/announcements/index.html')).toBe(true);

    await edits.image(kept);
    const afterImage = announcementPages(kept, await rebuild(kept));
    expect(afterImage.rendered.sort()).toEqual(['/en/announcements/mixed-reality-explained/index.html', '/fr/annonces/la-realite-mixte-en-bref/index.html']);

    edits.setting(kept);
    const afterSetting = announcementPages(kept, await rebuild(kept));
    expect(afterSetting.copied).toEqual([]);

    edits.text(full);
    await edits.image(full);
    edits.setting(full);
    const result = await buildCopy(full, env);
    expect(result.code, result.output.slice(-3000)).toBe(0);

    const [incremental, complete] = [files(join(kept, 'dist')), files(join(full, 'dist'))];
    expect([...incremental.keys()].sort()).toEqual([...complete.keys()].sort());
    const differing = [...complete].filter(([path, bytes]) => !incremental.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
  } finally {
    removeCopy(kept);
    removeCopy(full);
  }
});

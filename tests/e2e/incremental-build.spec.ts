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
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Builds `root` as a fresh checkout would (no `dist/` or `.astro/`), keeping `.cache/`; returns the build's log. */
async function rebuild(root: string): Promise<string> {
  for (const folder of ['dist', '.astro']) rmSync(join(root, folder), { recursive: true, force: true });
  const result = await buildCopy(root, env);
  expect(result.code, result.output.slice(-3000)).toBe(0);
  return result.output;
}

/** Announcement pages the build of `root` rendered, and those it copied from the cache, from its log (redirect pages for old slugs aside). */
function announcementPages(root: string, log: string): { rendered: string[]; copied: string[] } {
  const lines = log.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const pages = lines
    .map((line) => /[├└]─ (\/(?:fr\/annonces|en\/announcements)\/[^/]+\/index\.html)(.*)$/.exec(line))
    .filter((match) => match !== null)
    .filter((match) => !isRedirectFile((match[1] ?? '').slice(1), join(root, 'dist')));
  return {
    rendered: pages.filter((match) => !/\((cached|restored)\)/.test(match[2] ?? '')).map((match) => match[1] ?? ''),
    copied: pages.filter((match) => /\((cached|restored)\)/.test(match[2] ?? '')).map((match) => match[1] ?? ''),
  };
}

/** Whether the build copied `page` from the cache (`true`) or rendered it (`false`), from its log. */
function copied(log: string, page: string): boolean | undefined {
  const line = log.replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((text) => text.includes(`─ ${page} `) || text.endsWith(`─ ${page}`));
  return line === undefined ? undefined : /\((cached|restored)\)/.test(line);
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
    const textLog = await rebuild(kept);
    const afterText = announcementPages(kept, textLog);
    expect(afterText.rendered).toEqual(['/fr/annonces/entente-microsoft-le-camp/index.html']);
    expect(afterText.copied.length).toBe(first.rendered.length - 1);
    // The list showing the edited announcement is rendered again; the other language's list is copied.
    expect(copied(textLog, '/fr/annonces/index.html')).toBe(false);
    expect(copied(textLog, '/en/announcements/index.html')).toBe(true);

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

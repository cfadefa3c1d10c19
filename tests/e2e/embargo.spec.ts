/**
 * Scheduled publishing, end to end: a copy of the project with an embargoed
 * press release (tests/fixtures/embargo/) is built with `BUILD_NOW` one second
 * before its release instant, then at that instant. Before, no output file of
 * any kind (pages, lists, feeds, sitemap, JSON, calendars, redirects) may
 * mention it; at the instant, it is everywhere it belongs.
 *
 * Two builds of about 10–20 s each; the copy lives in the system's temporary
 * folder and shares this checkout's node_modules through a symlink.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, realpath, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';

/** The project root (this file is in tests/e2e/). */
const projectRoot = join(import.meta.dirname, '..', '..');

/** Strings only the embargoed fixture contains: its code, its slugs (current and old). */
const markers = ['ZQX-7731', 'communique-sous-embargo-zqx', 'embargoed-release-zqx', 'ancien-embargo-zqx'];

/** The fixture's French title: markup and an ampersand, which no output may let through unescaped. */
const frenchTitle = 'Communiqué sous embargo ZQX-7731 — R&D </script><b>gras</b>';

/** 10:00 Eastern Daylight Time on 15 March 2027. */
const releaseInstant = '2027-03-15T14:00:00Z';

/** What is not copied: dependencies (symlinked instead), outputs, caches, history, test results. */
const skipped = new Set(['node_modules', 'dist', '.astro', '.cache', '.git', '.tmp', 'test-results', 'playwright-report']);

/** Copies the project and adds the embargoed fixture to its content. */
async function makeCopy(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'press-embargo-'));
  for (const name of await readdir(projectRoot)) {
    if (!skipped.has(name)) await cp(join(projectRoot, name), join(root, name), { recursive: true });
  }
  await symlink(await realpath(join(projectRoot, 'node_modules')), join(root, 'node_modules'), 'dir');
  await cp(join(projectRoot, 'tests/fixtures/embargo/content'), join(root, 'content'), { recursive: true });
  return root;
}

/** Builds the copy as at `now`; resolves with the output folder. */
function build(root: string, now: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: { ...process.env, BUILD_NOW: now, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(join(root, 'dist')) : reject(new Error(`astro build (BUILD_NOW=${now}) failed:\n${log}`))));
  });
}

/** Every file under `folder`, relative, with its bytes. */
async function outputFiles(folder: string): Promise<{ path: string; bytes: Buffer }[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const full = join(entry.parentPath, entry.name);
        return { path: relative(folder, full), bytes: await readFile(full) };
      }),
  );
}

/** Output files mentioning any marker (searched in the raw bytes, so every file type counts). */
async function filesMentioningFixture(folder: string): Promise<string[]> {
  return (await outputFiles(folder)).filter(({ bytes }) => markers.some((marker) => bytes.includes(marker))).map(({ path }) => path).sort();
}

test('an embargoed release is absent from every output until its instant, then present', async () => {
  test.setTimeout(300_000);
  const root = await makeCopy();
  try {
    const before = await build(root, new Date(Date.parse(releaseInstant) - 1000).toISOString());
    const filesBefore = await outputFiles(before);
    expect(filesBefore.length).toBeGreaterThan(30);
    expect(await filesMentioningFixture(before)).toEqual([]);

    const after = await build(root, releaseInstant);
    const mentioning = await filesMentioningFixture(after);
    expect(mentioning).toEqual(
      expect.arrayContaining([
        'fr/annonces/communique-sous-embargo-zqx/index.html',
        'en/announcements/embargoed-release-zqx/index.html',
        'fr/annonces/ancien-embargo-zqx/index.html',
        'fr/annonces/index.html',
        'fr/index.html',
        'fr/medias/index.html',
        'fr/rss.xml',
        'en/rss.xml',
        'fr/programme.json',
        'en/program.json',
        'sitemap-0.xml',
      ]),
    );
    const release = (await readFile(join(after, 'fr/annonces/communique-sous-embargo-zqx/index.html'))).toString();
    expect(release).toContain('Sous embargo jusqu’au 15 mars 2027 à 10\u00A0h (heure de l’Est)');
    const feed = (await readFile(join(after, 'fr/rss.xml'))).toString();
    expect(feed).toContain('<pubDate>Mon, 15 Mar 2027 14:00:00 GMT</pubDate>');
    expect(parseFeed(feed).items[0]?.title).toBe(frenchTitle);

    // A title containing `</script>` cannot break out of the JSON-LD: the block parses, and holds the title intact.
    const scripts = [...release.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0] ?? '')).toMatchObject({ '@type': 'NewsArticle', headline: frenchTitle });
    expect(release).toContain('<h1>Communiqué sous embargo ZQX-7731 — R&amp;D &lt;/script&gt;&lt;b&gt;gras&lt;/b&gt;</h1>');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

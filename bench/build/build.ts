/**
 * Work copies and timed builds for the build benchmark: copies the project's
 * sources (not its git history, output, caches or tests) into `.tmp/`, links
 * the shared `node_modules`, runs `astro build` under GNU `time -v` so the
 * operating system, not Node, reports wall and CPU time, and samples the
 * memory of the whole process tree (Astro and the CMS bundler's process).
 */
import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, openSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { astroPhases, cmsBundleReused, countImageWork, parseTimeVerbose, residentMb, type BuildPhases, type ImageWork } from './measure';

/** What the site is built from; everything else (tests, docs, benches) stays out. */
const projectParts = ['src', 'content', 'public', 'admin', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'] as const;

/** Copies the project into `destination` (emptied first) and links `node_modules`. */
export function copyProject(root: string, destination: string): void {
  rmSync(destination, { recursive: true, force: true });
  for (const part of projectParts) cpSync(join(root, part), join(destination, part), { recursive: true });
  linkModules(root, destination);
}

/** Links `root`'s node_modules (resolved, so a worktree's own link is followed) into `destination`. */
export function linkModules(root: string, destination: string): void {
  symlinkSync(realpathSync(join(root, 'node_modules')), join(destination, 'node_modules'), 'dir');
}

/** One timed build, as the report needs it. */
export interface BuildFigures {
  /** Wall-clock seconds of the whole `astro build` process, and its CPU seconds (user + system, all threads and waited-for children). */
  readonly seconds: number;
  readonly cpuSeconds: number;
  /** The kernel's part of `cpuSeconds`: on a virtual machine, what varies most between identical builds. */
  readonly systemSeconds: number;
  /** Peak memory, MiB: the larger of GNU time's peak of one process and the sampled sum over the process tree. */
  readonly peakMb: number;
  /** HTML files in `dist/` (pages, redirect pages and the 404 included), and every file there (feeds, calendars, JSON, search shards, images, scripts too). */
  readonly htmlPages: number;
  readonly files: number;
  /** Bytes of all HTML pages: what rendering produces (and Node allocates) for them. */
  readonly htmlBytes: number;
  readonly images: ImageWork;
  /** True when the admin bundle came from the cache (always false for the bare site, which has none). */
  readonly cmsReused: boolean;
  /** Where the time went, from Astro's log (kept in `<project>/build-<kind>.log`). */
  readonly phases: BuildPhases;
}

/** Files under `directory` whose name ends with `suffix` (all files when empty), as paths. */
function listFiles(directory: string, suffix = ''): string[] {
  if (!existsSync(directory)) return [];
  return (readdirSync(directory, { recursive: true, withFileTypes: true }) as { isFile(): boolean; name: string; parentPath: string }[])
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Resident memory of `pid` and every process below it, MiB, from `/proc` (Linux). */
function treeMb(pid: number): number {
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop() ?? 0;
    try {
      total += residentMb(readFileSync(`/proc/${current}/status`, 'utf8'));
      for (const task of readdirSync(`/proc/${current}/task`)) {
        pending.push(...readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

/** Which caches a build keeps: none (`cold`), or `.cache/` only, as a host restoring its build cache on a fresh checkout (`warm`). */
export type BuildKind = 'cold' | 'warm';

/**
 * Runs `astro build` in `project` under `/usr/bin/time -v`, with the Node that
 * runs this script (the project's Node 24), and logs one line as `label`.
 * Both kinds start without `dist/` and `.astro/` (a fresh checkout); `cold`
 * also removes `.cache/`. Throws with the log's tail when the build fails.
 */
export async function timedBuild(project: string, label: string, kind: BuildKind, env: Record<string, string> = {}): Promise<BuildFigures> {
  for (const folder of ['dist', '.astro', ...(kind === 'cold' ? ['.cache'] : [])]) rmSync(join(project, folder), { recursive: true, force: true });
  const [logFile, timeFile] = ['log', 'time'].map((extension) => join(project, `build-${kind}.${extension}`)) as [string, string];
  const log = openSync(logFile, 'w');
  let sampledPeak = 0;
  try {
    const child = spawn('/usr/bin/time', ['-v', '-o', timeFile, process.execPath, join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: project,
      stdio: ['ignore', log, log],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, treeMb(child.pid ?? 0))), 100);
    await new Promise((resolve) => child.once('exit', resolve));
    clearInterval(sampler);
  } finally {
    closeSync(log);
  }
  const text = readFileSync(logFile, 'utf8');
  const usage = parseTimeVerbose(readFileSync(timeFile, 'utf8'));
  if (usage.exitStatus !== 0) throw new Error(`build ${label} in ${project} failed (exit ${usage.exitStatus}):\n${text.split('\n').slice(-40).join('\n')}`);
  const dist = join(project, 'dist');
  const pages = listFiles(dist, '.html');
  const build: BuildFigures = {
    seconds: usage.wallSeconds,
    cpuSeconds: usage.userSeconds + usage.systemSeconds,
    systemSeconds: usage.systemSeconds,
    peakMb: Math.max(usage.maxRssMb, sampledPeak),
    htmlPages: pages.length,
    files: listFiles(dist).length,
    htmlBytes: pages.reduce((total, page) => total + statSync(page).size, 0),
    images: countImageWork(text),
    cmsReused: cmsBundleReused(text),
    phases: astroPhases(text),
  };
  const { images, phases } = build;
  console.log(
    `   ${label}: ${build.seconds.toFixed(1)} s wall, ${build.cpuSeconds.toFixed(1)} s CPU, peak ${build.peakMb.toFixed(0)} MB (one process ${usage.maxRssMb.toFixed(0)}, tree ${sampledPeak.toFixed(0)}), ${build.htmlPages} HTML pages, ${build.files} files, images ${images.encoded} encoded / ${images.reused} reused, CMS ${build.cmsReused ? 'reused' : `bundled in ${phases.cms} s`}; sync ${phases.contentSync} s, bundle ${phases.bundle} s, render ${phases.render} s, images ${phases.images} s (load ${loadavg()[0]?.toFixed(1)})`,
  );
  return build;
}

/** The sentence the benchmark adds to an announcement: the warm build must publish it. */
export const editMarker = 'Phrase ajoutée par le banc d’essai de construction après la première publication.';

/**
 * Edits one published French announcement of the copy as an editor would (a
 * sentence added to its body) and returns its file: the first one, by name,
 * that is not a draft.
 */
export function editOneAnnouncement(project: string): string {
  const folder = join(project, 'content', 'announcements', 'fr');
  const name = readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .find((file) => !/^draft:\s*true\s*$/m.test(readFileSync(join(folder, file), 'utf8')));
  if (!name) throw new Error(`${folder}: no published announcement to edit`);
  const file = join(folder, name);
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${editMarker}\n`);
  return file;
}

/** Number of HTML pages of the build in `project` that show the edit. */
export function pagesShowingEdit(project: string): number {
  const dist = join(project, 'dist');
  return (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.html'))
    .filter((file) => readFileSync(join(dist, file), 'utf8').includes(editMarker)).length;
}

/**
 * Work copies and timed builds for the build benchmark: copies the project's
 * sources (not its git history, output, caches or tests) into `.tmp/`, links
 * the shared `node_modules`, and runs `astro build` under GNU `time -v` so the
 * operating system, not Node, reports wall time and peak memory.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, openSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { astroPhases, countImageWork, parseTimeVerbose, type BuildPhases, type ImageWork } from './measure';

/** What the site is built from; everything else (tests, docs, benches) stays out. */
const projectParts = ['src', 'content', 'public', 'admin', 'astro.config.mjs', 'tsconfig.json', 'package.json'] as const;

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
  /** Wall-clock seconds of the whole `astro build` process, and its CPU seconds (user + system, all threads). */
  readonly seconds: number;
  readonly cpuSeconds: number;
  /** Peak resident set size, MiB. */
  readonly peakMb: number;
  /** HTML files in `dist/` (pages, redirect pages and the 404 included), and every file there (feeds, calendars, JSON, search shards, images, scripts too). */
  readonly htmlPages: number;
  readonly files: number;
  readonly images: ImageWork;
  /** Where the time went, from Astro's log (kept in `<project>/<label>.log`). */
  readonly phases: BuildPhases;
}

/** Counts files under `directory` whose name ends with `suffix` (all files when empty). */
function countFiles(directory: string, suffix = ''): number {
  if (!existsSync(directory)) return 0;
  return (readdirSync(directory, { recursive: true, withFileTypes: true }) as { isFile(): boolean; name: string }[]).filter(
    (entry) => entry.isFile() && entry.name.endsWith(suffix),
  ).length;
}

/**
 * Runs `astro build` in `project` under `/usr/bin/time -v`, with the Node that
 * runs this script (the project's Node 24), and logs one line as `label`.
 * `cold` removes `dist/` and every cache first; otherwise `.cache/` (images,
 * Vite) is kept, as on a CI that restores it. Throws with the log's tail when
 * the build fails.
 */
export function timedBuild(project: string, label: string, options: { cold: boolean; env?: Record<string, string> }): BuildFigures {
  rmSync(join(project, 'dist'), { recursive: true, force: true });
  // Only the copy's own caches: node_modules is shared with the main checkout and stays untouched.
  if (options.cold) for (const cache of ['.cache', '.astro']) rmSync(join(project, cache), { recursive: true, force: true });
  const [logFile, timeFile] = ['log', 'time'].map((extension) => join(project, `build-${options.cold ? 'cold' : 'warm'}.${extension}`)) as [string, string];
  const log = openSync(logFile, 'w');
  try {
    spawnSync('/usr/bin/time', ['-v', '-o', timeFile, process.execPath, join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: project,
      stdio: ['ignore', log, log],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    });
  } finally {
    closeSync(log);
  }
  const text = readFileSync(logFile, 'utf8');
  const usage = parseTimeVerbose(readFileSync(timeFile, 'utf8'));
  if (usage.exitStatus !== 0) throw new Error(`build ${label} in ${project} failed (exit ${usage.exitStatus}):\n${text.split('\n').slice(-40).join('\n')}`);
  const dist = join(project, 'dist');
  const build = {
    seconds: usage.wallSeconds,
    cpuSeconds: usage.userSeconds + usage.systemSeconds,
    peakMb: usage.maxRssMb,
    htmlPages: countFiles(dist, '.html'),
    files: countFiles(dist),
    images: countImageWork(text),
    phases: astroPhases(text),
  };
  const { images, phases } = build;
  console.log(
    `   ${label}: ${build.seconds.toFixed(1)} s wall, ${build.cpuSeconds.toFixed(1)} s CPU, peak RSS ${build.peakMb.toFixed(0)} MB, ${build.htmlPages} HTML pages, ${build.files} files, images ${images.encoded} encoded / ${images.reused} reused; sync ${phases.contentSync} s, bundle ${phases.bundle} s, render ${phases.render} s, images ${phases.images} s (load ${loadavg()[0]?.toFixed(1)})`,
  );
  return build;
}

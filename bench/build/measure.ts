/**
 * Pure readings of a build: what GNU `time -v` says about the process, what
 * `/proc` says about the memory of its process tree, what Astro's log says
 * about images, the CMS bundle and its phases, and how build time grows with
 * size. No I/O, so tests feed them recorded text (tests/unit/bench/build.test.ts).
 */

/** What `/usr/bin/time -v` reports about one command. */
export interface ProcessUsage {
  /** Elapsed wall-clock time, seconds. */
  readonly wallSeconds: number;
  /** CPU time in user mode, seconds (all threads). */
  readonly userSeconds: number;
  /** CPU time in the kernel, seconds (all threads). */
  readonly systemSeconds: number;
  /** Peak resident set size, MiB: the largest of the process and its waited-for children, threads included. */
  readonly maxRssMb: number;
  /** The command's exit status. */
  readonly exitStatus: number;
}

/** Seconds from GNU time's `h:mm:ss` or `m:ss.ss`. */
export function parseElapsed(text: string): number {
  const parts = text.trim().split(':').map(Number);
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => Number.isNaN(part))) throw new Error(`unreadable elapsed time « ${text} »`);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/**
 * Reads the report GNU `time -v` writes to stderr after the command's own
 * output. Throws when a field is missing, rather than reporting a zero.
 */
export function parseTimeVerbose(stderr: string): ProcessUsage {
  const field = (label: string): string => {
    const match = new RegExp(`^\\s*${label.replace(/[()]/g, '\\$&')}:\\s*(.+)$`, 'm').exec(stderr);
    if (!match?.[1]) throw new Error(`time -v output has no « ${label} »`);
    return match[1].trim();
  };
  return {
    wallSeconds: parseElapsed(field('Elapsed (wall clock) time (h:mm:ss or m:ss)')),
    userSeconds: Number(field('User time (seconds)')),
    systemSeconds: Number(field('System time (seconds)')),
    maxRssMb: Number(field('Maximum resident set size (kbytes)')) / 1024,
    exitStatus: Number(field('Exit status')),
  };
}

/** Image work in one Astro build, from its log. */
export interface ImageWork {
  /** Images sharp encoded in this build. */
  readonly encoded: number;
  /** Images copied from Astro's cache (`.cache/astro/assets/`). */
  readonly reused: number;
  /** Remote images revalidated against their server (none here). */
  readonly revalidated: number;
}

/** Colour codes Astro writes when its output is a terminal, or when forced. */
const ansi = /\u001b\[[0-9;]*m/g;

/**
 * Counts Astro's "generating optimized images" lines: `▶ /_astro/x.avif
 * (before: 65kB, after: 2kB)` is an encode, `(reused cache entry)` a copy from
 * the cache (astro/dist/assets/build/generate.js).
 */
export function countImageWork(log: string): ImageWork {
  let encoded = 0;
  let reused = 0;
  let revalidated = 0;
  for (const line of log.replace(ansi, '').split('\n')) {
    if (!/\u25B6 \S+/.test(line)) continue;
    if (line.includes('(reused cache entry)')) reused += 1;
    else if (line.includes('(revalidated cache entry)')) revalidated += 1;
    else if (/\(before: [\d.]+kB, after: [\d.]+kB\)/.test(line)) encoded += 1;
  }
  return { encoded, reused, revalidated };
}

/** One point of a scaling series. */
export interface ScalingPoint {
  /** Pages built. */
  readonly pages: number;
  /** Build time, seconds. */
  readonly seconds: number;
}

/**
 * Marginal time per page between consecutive sizes, milliseconds: what each
 * added page costs once fixed costs (bundling, image pool, startup) are paid.
 * Constant marginal cost is linear growth.
 */
export function marginalMsPerPage(points: readonly ScalingPoint[]): { from: number; to: number; ms: number }[] {
  const sorted = [...points].sort((a, b) => a.pages - b.pages);
  return sorted.slice(1).map((point, index) => {
    const previous = sorted[index] as ScalingPoint;
    return { from: previous.pages, to: point.pages, ms: ((point.seconds - previous.seconds) / (point.pages - previous.pages)) * 1000 };
  });
}

/** Where a build's time went, seconds, from Astro's log (NaN for a phase the log does not show). */
export interface BuildPhases {
  /** Bundling the admin (Decap CMS, React) with esbuild; 0 when the cached bundle was reused. */
  readonly cms: number;
  /** Content layer sync: reading, validating and rendering every Markdown entry (skipped for unchanged entries when the cache is kept). */
  readonly contentSync: number;
  /** Vite/Rolldown bundling of the site's server and client code. */
  readonly bundle: number;
  /** Rendering every route to files. */
  readonly render: number;
  /** Generating (or copying from the cache) optimized images. */
  readonly images: number;
}

/** Seconds from Astro's durations: `850ms`, `31.68s`, `1m 12s`, `2m`. */
export function parseAstroDuration(text: string): number {
  const match = /^(?:(\d+)m)?\s*(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return NaN;
  const minutes = Number(match[1] ?? 0);
  const value = Number(match[2] ?? 0);
  return minutes * 60 + (match[3] === 'ms' ? value / 1000 : value);
}

/** Seconds since midnight of a log line's `HH:MM:SS` prefix. */
function clock(line: string | undefined): number {
  const match = /^(\d\d):(\d\d):(\d\d)/.exec(line ?? '');
  return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : NaN;
}

/**
 * Phases of an `astro build` from its log: the CMS bundle from its own line
 * (src/integrations/admin-bundle/), content sync and bundling from the
 * timestamps of their start and end lines (one-second resolution), rendering
 * and images from the "✓ Completed in" line closing their sections.
 */
export function astroPhases(log: string): BuildPhases {
  const lines = log.replace(ansi, '').split('\n');
  const find = (pattern: RegExp, from = 0) => {
    const index = lines.findIndex((line, position) => position >= from && pattern.test(line));
    return index < 0 ? undefined : index;
  };
  const between = (start: RegExp, end: RegExp) => {
    const first = find(start);
    const last = first === undefined ? undefined : find(end, first);
    return first === undefined || last === undefined ? NaN : clock(lines[last]) - clock(lines[first]);
  };
  const section = (title: RegExp) => {
    const start = find(title);
    const done = start === undefined ? undefined : find(/✓ Completed in /, start);
    return done === undefined ? NaN : parseAstroDuration(lines[done]?.split('✓ Completed in ')[1]?.replace(/\.$/, '') ?? '');
  };
  const cms = lines.map((line) => /\[admin-bundle\] admin bundled in ([\d.]+)s/.exec(line)?.[1]).find((value) => value !== undefined);
  return {
    cms: cms === undefined ? 0 : Number(cms),
    contentSync: between(/\[content\] Syncing content/, /\[content\] Synced content/),
    bundle: between(/\[build\] Building static entrypoints/, /\[build\] Rearranging server assets/),
    render: section(/generating static routes/),
    images: section(/generating optimized images/),
  };
}

/** True when the build's log says the admin bundle came from the cache. */
export function cmsBundleReused(log: string): boolean {
  return /\[admin-bundle\] admin bundle reused from the cache/.test(log.replace(ansi, ''));
}

/** Resident memory of one process from its `/proc/<pid>/status`, MiB (0 when the line is missing: a process exiting). */
export function residentMb(status: string): number {
  const kilobytes = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
  return kilobytes === undefined ? 0 : Number(kilobytes) / 1024;
}

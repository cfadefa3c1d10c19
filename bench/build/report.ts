/** Turns build benchmark results into the Markdown section of docs/benchmarks.md, goals checked. */
import { int, loads, met, table } from '../shared/markdown';
import type { BuildFigures } from './build';
import { marginalMsPerPage, scalingExponent, type BuildPhases } from './measure';

/** Everything measured at one size. */
export interface SizeResult {
  /** Synthetic announcements per language. */
  readonly entries: number;
  /** FAQ entries and key dates per language, and illustrated announcements per language. */
  readonly faq: number;
  readonly keyDates: number;
  readonly illustrated: number;
  readonly cold: BuildFigures;
  readonly warm: BuildFigures;
  readonly baseline: BuildFigures;
}

/** What the run was, for the report's header. */
export interface RunMeta {
  readonly date: string;
  readonly minutes: number;
  readonly machine: string;
  /** Load average at the start and at the end of the run (1, 5, 15 min). */
  readonly loadStart: readonly number[];
  readonly loadEnd: readonly number[];
  readonly imagePool: number;
  readonly imageShare: number;
  /** File name of the chart, relative to docs/. */
  readonly chart: string;
}

/** The issue's goals. */
const goals = { pagesPerSecond: 300, goalEntries: 5000, ratio: 1.5, peakMb: 2048, marginalGrowth: 1.5 } as const;

/** How much the marginal cost per page grew from the first step to the last (1 is perfectly linear). */
function marginalGrowth(steps: readonly { ms: number }[]): number {
  const [first, last] = [steps[0], steps[steps.length - 1]];
  return first && last && first.ms > 0 ? last.ms / first.ms : NaN;
}

const seconds = (value: number) => (value < 10 ? `${value.toFixed(2)} s` : value < 100 ? `${value.toFixed(1)} s` : `${value.toFixed(0)} s`);
const signed = (value: number) => `${value < 0 ? '−' : '+'}${seconds(Math.abs(value))}`;
const mb = (value: number) => `${value.toFixed(0)} MB`;
/** A phase's seconds, 0 when the log did not show it (a build without images). */
const phase = (value: number) => (Number.isNaN(value) ? 0 : value);

/** Pages per second of a build: HTML pages over the whole process's wall time. */
const pagesPerSecond = (build: BuildFigures): number => build.htmlPages / build.seconds;

/**
 * Why goals are missed at the size that judges them, from what this run
 * measured: phases from Astro's log, the baseline beside the project, and the
 * smallest size, where pages are few and fixed costs show alone.
 */
function explainGaps({ cold, baseline, entries }: SizeResult, smallest: SizeResult) {
  const [p, b] = [cold.phases, baseline.phases];
  const extra = (key: keyof BuildPhases) => signed(phase(p[key]) - phase(b[key]));
  return {
    pages: `the bare baseline itself reaches ${pagesPerSecond(baseline).toFixed(0)} pages/s here; the project's cold build spends ${seconds(p.contentSync)} in content sync, ${seconds(p.bundle)} bundling (the CMS included), ${seconds(p.render)} rendering ${int(cold.files)} files and ${seconds(phase(p.images))} on ${cold.images.encoded} image encodes, on 2 shared cores`,
    ratio: `extra time over the baseline, by phase: content sync ${extra('contentSync')}, bundling ${extra('bundle')} (the CMS, Decap with React, bundled by Vite: ${seconds(smallest.warm.phases.bundle)} even at ${int(smallest.entries)} entries), rendering ${extra('render')} (list pages, feeds, calendars, search index, open data, share images: ${int(cold.files - baseline.files)} more files than the baseline), images ${extra('images')}`,
    memory: `the bare baseline with as many pages peaks at ${mb(baseline.peakMb)}; the project already peaks at ${mb(smallest.cold.peakMb)} with ${int(smallest.entries)} entries per language (bundling the CMS), and a larger content store and image work come on top`,
    images: 'a re-encoded image means the cache key changed between two identical builds',
    duration: `each size builds the project twice and the baseline once; at ${int(entries)} per language the project's cold build alone took ${seconds(cold.seconds)} on this shared machine`,
  };
}

/** The tables of one size: builds, then where their wall time went. */
function sizeSection(result: SizeResult): string[] {
  const { cold, warm, baseline } = result;
  // Each build with its name in the first table and in the second.
  const builds = [['Project, cold', 'Project, cold', cold], ['Project, warm (cache kept)', 'Project, warm', warm], ['Bare Astro baseline, cold', 'Baseline, cold', baseline]] as const;
  return [
    `### ${int(result.entries)} announcements per language`,
    '',
    `Synthetic content per language: ${int(result.entries)} announcements (${int(result.illustrated)} with an image), ${int(result.faq)} FAQ entries, ${int(result.keyDates)} key dates.`,
    '',
    ...table(
      ['Build', 'HTML pages', 'Files in dist', 'Wall time', 'CPU time', 'Pages/s', 'Peak RSS', 'Images encoded / reused'],
      'lrrrrrrr',
      builds.map(([name, , build]) => [name, int(build.htmlPages), int(build.files), seconds(build.seconds), seconds(build.cpuSeconds), pagesPerSecond(build).toFixed(0), mb(build.peakMb), build === baseline ? '–' : build === warm ? `**${build.images.encoded}** / ${build.images.reused}` : `${build.images.encoded} / ${build.images.reused}`]),
    ),
    '',
    "Where the wall time went (from Astro's log; *other* is startup, type generation, sitemap and exit):",
    '',
    ...table(
      ['Build', 'Content sync', 'Bundling', 'Rendering pages and files', 'Images', 'Other'],
      'lrrrrr',
      builds.map(([, name, build]) => {
        const parts = [build.phases.contentSync, build.phases.bundle, build.phases.render, build.phases.images];
        const known = parts.reduce((total, value) => total + phase(value), 0);
        return [name, ...[...parts, Math.max(0, build.seconds - known)].map((value) => (Number.isNaN(value) ? '–' : seconds(value)))];
      }),
    ),
    '',
    `Project / baseline: ${(cold.seconds / baseline.seconds).toFixed(2)}× wall time, ${(cold.cpuSeconds / baseline.cpuSeconds).toFixed(2)}× CPU time, ${(cold.peakMb / baseline.peakMb).toFixed(2)}× peak memory.`,
    '',
  ];
}

/** The Markdown section. */
export function renderReport(results: readonly SizeResult[], meta: RunMeta): string {
  const sorted = [...results].sort((a, b) => a.entries - b.entries);
  const series = (build: 'cold' | 'baseline', time: 'seconds' | 'cpuSeconds') => sorted.map((result) => ({ pages: result[build].htmlPages, seconds: result[build][time] }));
  const steps = (points: readonly { from: number; to: number; ms: number }[]) => points.map((step) => `${int(step.from)}→${int(step.to)}: ${step.ms.toFixed(1)}`).join('; ');
  const [marginal, marginalCpu, marginalBare] = [marginalMsPerPage(series('cold', 'seconds')), marginalMsPerPage(series('cold', 'cpuSeconds')), marginalMsPerPage(series('baseline', 'seconds'))];
  const exponent = scalingExponent(series('cold', 'seconds'));
  const lines = [
    '## Build scaling',
    '',
    `Written by \`npm run bench:build\` (bench/build/) on ${meta.date}, in ${meta.minutes.toFixed(1)} min. Machine: ${meta.machine}. ` +
      `Load average (1 / 5 / 15 min) at the start ${loads(meta.loadStart)}, at the end ${loads(meta.loadEnd)}: other jobs shared the cores, so times are inflated by an unknown factor (the CPU column is what the build itself used); peak memory does not depend on load.`,
    '',
    `![Build time and peak memory against announcements per language, the project against a bare Astro Markdown site with the same number of pages](${meta.chart})`,
    '',
    '**Method.** For each size, a copy of the project (src, content, public, admin and config; not tests, output or caches) in `.tmp/bench-build/project-<size>/` gets synthetic content next to the real entries, which stay: ' +
      `*N* announcements per language (150–600 words of French or English Markdown from a seeded writer, some with headings, lists, links and bold text; dates over 2019–2026; 15 % press releases; 1–2 topics; ${(meta.imageShare * 100).toFixed(0)} % with an image drawn from a pool of ${meta.imagePool} distinct generated 1200 × 675 JPEGs), ` +
      'N/10 FAQ entries and N/50 key dates per language (confirmed dates of milestone "other" over three years, so the program status does not move). French and English files share names; English entries set a localized slug. ' +
      "*Cold*: `astro build` with `dist/` and every cache removed; *warm*: the same build again, keeping `.cache/` (Astro's image cache and Vite's), as a CI restoring its cache would. " +
      "Both run under GNU `/usr/bin/time -v` with the project's Node 24: wall time is the whole process (startup, content sync, bundling the site and the CMS, rendering, images, sitemap); peak memory is the operating system's maximum resident set size of the build process, threads included (sharp/libvips and the bundler work in threads of that process, not in child processes). " +
      '*Pages* are the HTML files in `dist/` (every page in both languages, list pages, redirect pages for old slugs, the 404 and the CMS page); feeds, calendars, JSON, search shards and images are counted in *files* but not in pages. ' +
      "*Baseline*: a bare Astro Markdown site generated in `.tmp/bench-build/baseline-<size>/` (a glob-loaded collection, one `[...slug].astro` page, one layout, no integrations) with exactly as many Markdown pages as the project's build produced and bodies from the same writer, built cold the same way.",
    '',
    ...sorted.flatMap(sizeSection),
    '### Linearity',
    '',
    'Fitted exponent *b* of time ≈ *a* · pages^*b* over the sizes (1 is linear; below 1, fixed costs still dominate the small sizes), and the marginal cost of a page between consecutive sizes (constant when growth is linear):',
    '',
    ...table(['Build', 'Exponent (wall)', 'Exponent (CPU)', 'Marginal ms per page, wall', 'Marginal ms per page, CPU'], 'lrrll', [
      ['Project, cold', exponent.toFixed(2), scalingExponent(series('cold', 'cpuSeconds')).toFixed(2), steps(marginal), steps(marginalCpu)],
      ['Baseline', scalingExponent(series('baseline', 'seconds')).toFixed(2), scalingExponent(series('baseline', 'cpuSeconds')).toFixed(2), steps(marginalBare), '–'],
    ]),
    '',
    '### Goals on this run',
    '',
  ];
  const top = sorted.find((result) => result.entries === goals.goalEntries) ?? sorted[sorted.length - 1];
  const smallest = sorted[0];
  if (!top || !smallest) return lines.join('\n');
  const gaps = explainGaps(top, smallest);
  const ratio = top.cold.seconds / top.baseline.seconds;
  const peak = Math.max(...sorted.map((result) => Math.max(result.cold.peakMb, result.warm.peakMb)));
  const [growth, cpuGrowth, bareGrowth] = [marginalGrowth(marginal), marginalGrowth(marginalCpu), marginalGrowth(marginalBare)];
  // Wall time carries the other jobs' load, which moved during the run; CPU time is what the build itself did.
  const linearWhy = `the marginal cost per page grew from one step to the next; the bare Astro site grows ×${bareGrowth.toFixed(2)} over the same steps, so much of it is Astro's own (its content store is loaded whole and grows with the site), and the other jobs' load moved during the run`;
  const reencoded = sorted.map((result) => result.warm.images.encoded);
  const row = (goal: string, measured: string, ok: boolean, why: string) => [goal, measured, met(ok, why)];
  lines.push(
    ...table(['Goal', 'Measured', 'Met'], 'llc', [
      row(`≥ ${goals.pagesPerSecond} pages/s at ${int(top.entries)} per language`, `${pagesPerSecond(top.cold).toFixed(0)} pages/s (wall), ${(top.cold.htmlPages / top.cold.cpuSeconds).toFixed(0)} pages per CPU-second; baseline ${pagesPerSecond(top.baseline).toFixed(0)} pages/s`, pagesPerSecond(top.cold) >= goals.pagesPerSecond, gaps.pages),
      row(`time within ${goals.ratio}× the bare baseline (${int(top.entries)} per language)`, `${ratio.toFixed(2)}× (${seconds(top.cold.seconds)} vs ${seconds(top.baseline.seconds)}; CPU ${(top.cold.cpuSeconds / top.baseline.cpuSeconds).toFixed(2)}×)`, ratio <= goals.ratio, gaps.ratio),
      row('peak memory ≤ 2 GB (every build)', `${mb(peak)} at most (${sorted.map((result) => `${int(result.entries)}: ${mb(result.cold.peakMb)} cold, ${mb(result.warm.peakMb)} warm`).join('; ')})`, peak <= goals.peakMb, gaps.memory),
      [
        `growth close to linear: marginal cost per page at the last step ≤ ${goals.marginalGrowth}× the first`,
        `wall ${marginal.map((step) => step.ms.toFixed(1)).join(' then ')} ms per page (×${growth.toFixed(2)}), CPU ${marginalCpu.map((step) => step.ms.toFixed(1)).join(' then ')} ms (×${cpuGrowth.toFixed(2)}); bare baseline, wall ×${bareGrowth.toFixed(2)}; fitted exponent ${exponent.toFixed(2)} (fixed costs weigh on the small sizes)`,
        growth <= goals.marginalGrowth && cpuGrowth <= goals.marginalGrowth ? 'yes' : cpuGrowth <= goals.marginalGrowth ? `yes on CPU time; **no** on wall time: ${linearWhy}` : met(false, linearWhy),
      ],
      row('a warm rebuild re-encodes no image', `${reencoded.join(' / ')} images re-encoded (${sorted.map((result) => `${result.warm.images.reused} reused`).join(' / ')})`, reencoded.every((count) => count === 0), gaps.images),
      row('the benchmark runs in under 10 minutes', `${meta.minutes.toFixed(1)} min (load average ${loads(meta.loadStart)} at the start)`, meta.minutes <= 10, gaps.duration),
    ]),
  );
  return lines.join('\n');
}

/** Turns build benchmark results into the Markdown section of docs/benchmarks.md, goals checked. */
import { marginalMsPerPage, scalingExponent, type ImageWork } from './measure';

/** One build as the report needs it. */
export interface BuildFigures {
  /** Wall-clock seconds of the whole `astro build` process. */
  readonly seconds: number;
  /** CPU seconds (user + system, all threads). */
  readonly cpuSeconds: number;
  /** Peak resident set size, MiB. */
  readonly peakMb: number;
  /** HTML pages in `dist/`. */
  readonly htmlPages: number;
  /** Every file in `dist/`. */
  readonly files: number;
  readonly images: ImageWork;
}

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
  /** Why a goal is missed, measured on the run (a profile, a phase's time), shown next to it. */
  readonly gaps?: Partial<Record<GoalName, string>>;
}

/** Goals that may need an explanation. */
export type GoalName = 'pages' | 'ratio' | 'memory' | 'linear' | 'images';

/** The issue's goals. */
export const goals = { pagesPerSecond: 300, goalEntries: 5000, ratio: 1.5, peakMb: 2048, exponent: 1.15 } as const;

const seconds = (value: number) => (value < 10 ? `${value.toFixed(2)} s` : value < 100 ? `${value.toFixed(1)} s` : `${value.toFixed(0)} s`);
const mb = (value: number) => `${value.toFixed(0)} MB`;
const int = (value: number) => value.toLocaleString('en');

/** Pages per second of a build: HTML pages over the whole process's wall time. */
export function pagesPerSecond(build: BuildFigures): number {
  return build.htmlPages / build.seconds;
}

/** Project time over baseline time. */
export function ratio(result: SizeResult): number {
  return result.cold.seconds / result.baseline.seconds;
}

/** The Markdown section. */
export function renderReport(results: readonly SizeResult[], meta: RunMeta): string {
  const sorted = [...results].sort((a, b) => a.entries - b.entries);
  const lines: string[] = [];
  const load = (values: readonly number[]) => values.map((value) => value.toFixed(1)).join(' / ');
  lines.push(
    '## Build scaling',
    '',
    `Written by \`npm run bench:build\` (bench/build/) on ${meta.date}, in ${meta.minutes.toFixed(1)} min. Machine: ${meta.machine}. ` +
      `Load average (1 / 5 / 15 min) at the start ${load(meta.loadStart)}, at the end ${load(meta.loadEnd)}: other jobs shared the cores, so times are inflated by an unknown factor (the CPU column is what the build itself used); peak memory does not depend on load.`,
    '',
    `![Build time and peak memory against announcements per language, the project against a bare Astro Markdown site with the same number of pages](${meta.chart})`,
    '',
    '**Method.** For each size, a copy of the project (src, content, public, admin and config; not tests, output or caches) in `.tmp/bench-build/project-<size>/` gets synthetic content next to the real entries, which stay: ' +
      `*N* announcements per language (150–600 words of French or English Markdown from a seeded writer, some with headings, lists, links and bold text; dates over 2019–2026; 15 % press releases; 1–2 topics; ${(meta.imageShare * 100).toFixed(0)} % with an image drawn from a pool of ${meta.imagePool} distinct generated 1200 × 675 JPEGs), ` +
      'N/10 FAQ entries and N/50 key dates per language (confirmed dates of milestone "other" over three years, so the program status does not move). French and English files share names; English entries set a localized slug. ' +
      '*Cold*: `astro build` with `dist/` and every cache removed; *warm*: the same build again, keeping `.cache/` (Astro\'s image cache and Vite\'s), as a CI restoring its cache would. ' +
      'Both run under GNU `/usr/bin/time -v` with the project\'s Node 24: wall time is the whole process (startup, content sync, bundling the site and the CMS, rendering, images, sitemap); peak memory is the operating system\'s maximum resident set size of the build process, threads included (sharp/libvips and the bundler work in threads of that process, not in child processes). ' +
      '*Pages* are the HTML files in `dist/` (every page in both languages, list pages, redirect pages for old slugs, the 404 and the CMS page); feeds, calendars, JSON, search shards and images are counted in *files* but not in pages. ' +
      '*Baseline*: a bare Astro Markdown site generated in `.tmp/bench-build/baseline-<size>/` (a glob-loaded collection, one `[...slug].astro` page, one layout, no integrations) with exactly as many Markdown pages as the project\'s build produced and bodies from the same writer, built cold the same way.',
    '',
  );

  for (const result of sorted) {
    const { cold, warm, baseline } = result;
    lines.push(
      `### ${int(result.entries)} announcements per language`,
      '',
      `Synthetic content per language: ${int(result.entries)} announcements (${int(result.illustrated)} with an image), ${int(result.faq)} FAQ entries, ${int(result.keyDates)} key dates.`,
      '',
      '| Build | HTML pages | Files in dist | Wall time | CPU time | Pages/s | Peak RSS | Images encoded / reused |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      `| Project, cold | ${int(cold.htmlPages)} | ${int(cold.files)} | ${seconds(cold.seconds)} | ${seconds(cold.cpuSeconds)} | ${pagesPerSecond(cold).toFixed(0)} | ${mb(cold.peakMb)} | ${cold.images.encoded} / ${cold.images.reused} |`,
      `| Project, warm (cache kept) | ${int(warm.htmlPages)} | ${int(warm.files)} | ${seconds(warm.seconds)} | ${seconds(warm.cpuSeconds)} | ${pagesPerSecond(warm).toFixed(0)} | ${mb(warm.peakMb)} | **${warm.images.encoded}** / ${warm.images.reused} |`,
      `| Bare Astro baseline, cold | ${int(baseline.htmlPages)} | ${int(baseline.files)} | ${seconds(baseline.seconds)} | ${seconds(baseline.cpuSeconds)} | ${pagesPerSecond(baseline).toFixed(0)} | ${mb(baseline.peakMb)} | – |`,
      '',
      `Project / baseline: ${ratio(result).toFixed(2)}× wall time, ${(cold.cpuSeconds / baseline.cpuSeconds).toFixed(2)}× CPU time, ${(cold.peakMb / baseline.peakMb).toFixed(2)}× peak memory.`,
      '',
    );
  }

  const project = sorted.map((result) => ({ pages: result.cold.htmlPages, seconds: result.cold.seconds }));
  const projectCpu = sorted.map((result) => ({ pages: result.cold.htmlPages, seconds: result.cold.cpuSeconds }));
  const bare = sorted.map((result) => ({ pages: result.baseline.htmlPages, seconds: result.baseline.seconds }));
  const exponent = scalingExponent(project);
  const marginal = marginalMsPerPage(project);
  const marginalCpu = marginalMsPerPage(projectCpu);
  const marginalBare = marginalMsPerPage(bare);
  lines.push(
    '### Linearity',
    '',
    'Fitted exponent *b* of time ≈ *a* · pages^*b* over the three sizes (1 is linear; below 1, fixed costs still dominate the small sizes), and the marginal cost of a page between consecutive sizes (constant when growth is linear):',
    '',
    '| Build | Exponent (wall) | Exponent (CPU) | Marginal ms per page, wall | Marginal ms per page, CPU |',
    '| --- | ---: | ---: | --- | --- |',
    `| Project, cold | ${exponent.toFixed(2)} | ${scalingExponent(projectCpu).toFixed(2)} | ${marginal.map((step) => `${int(step.from)}→${int(step.to)}: ${step.ms.toFixed(1)}`).join('; ')} | ${marginalCpu.map((step) => `${int(step.from)}→${int(step.to)}: ${step.ms.toFixed(1)}`).join('; ')} |`,
    `| Baseline | ${scalingExponent(bare).toFixed(2)} | ${scalingExponent(sorted.map((result) => ({ pages: result.baseline.htmlPages, seconds: result.baseline.cpuSeconds }))).toFixed(2)} | ${marginalBare.map((step) => `${int(step.from)}→${int(step.to)}: ${step.ms.toFixed(1)}`).join('; ')} | – |`,
    '',
  );

  const top = sorted.find((result) => result.entries === goals.goalEntries) ?? sorted[sorted.length - 1];
  lines.push('### Goals on this run', '', '| Goal | Measured | Met |', '| --- | --- | :---: |');
  const row = (goal: string, measured: string, met: boolean, why?: string) => lines.push(`| ${goal} | ${measured} | ${met ? 'yes' : `**no**${why ? `: ${why}` : ''}`} |`);
  if (top) {
    const rate = pagesPerSecond(top.cold);
    const cpuRate = top.cold.htmlPages / top.cold.cpuSeconds;
    row(`≥ ${goals.pagesPerSecond} pages/s at ${int(top.entries)} per language`, `${rate.toFixed(0)} pages/s (wall), ${cpuRate.toFixed(0)} pages per CPU-second`, rate >= goals.pagesPerSecond, meta.gaps?.pages);
    row(`time within ${goals.ratio}× the bare baseline (${int(top.entries)} per language)`, `${ratio(top).toFixed(2)}× (${seconds(top.cold.seconds)} vs ${seconds(top.baseline.seconds)})`, ratio(top) <= goals.ratio, meta.gaps?.ratio);
  }
  const peak = Math.max(...sorted.map((result) => Math.max(result.cold.peakMb, result.warm.peakMb)));
  row('peak memory ≤ 2 GB (every build)', `${mb(peak)} at most`, peak <= goals.peakMb, meta.gaps?.memory);
  row(`growth close to linear (fitted exponent ≤ ${goals.exponent})`, `exponent ${exponent.toFixed(2)}; marginal ${marginal.map((step) => `${step.ms.toFixed(1)} ms`).join(' then ')} per page`, exponent <= goals.exponent, meta.gaps?.linear);
  const reencoded = sorted.map((result) => result.warm.images.encoded);
  row('a warm rebuild re-encodes no image', `${reencoded.join(' / ')} images re-encoded (${sorted.map((result) => `${result.warm.images.reused} reused`).join(' / ')})`, reencoded.every((count) => count === 0), meta.gaps?.images);
  return lines.join('\n');
}

/** Turns build benchmark results into the Markdown section of docs/benchmarks.md, goals checked. */
import type { AvifEncoding } from '../../src/domain/image-encoding';
import { int, loads, met, table } from '../shared/markdown';
import { avifLimits, chooseAvif, type AvifResult } from './avif';
import type { BuildFigures } from './build';
import { marginalMsPerPage, type BuildPhases } from './measure';

/** Everything measured for one content set: the sample content or a synthetic size. */
export interface CaseResult {
  /** Synthetic announcements per language, or `sample` for the real content folder. */
  readonly size: number | 'sample';
  /** Announcement files per language, real and synthetic (drafts included): the chart's x. */
  readonly announcements: number;
  /** Synthetic FAQ entries, key dates and illustrated announcements per language. */
  readonly synthetic?: { readonly faq: number; readonly keyDates: number; readonly illustrated: number } | undefined;
  /** The announcement edited before the warm build, and how many pages showed the edit. */
  readonly edited: string;
  readonly editShown: number;
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

/** The run's record (`.tmp/bench-build/run.json`). */
export interface RunRecord {
  readonly meta: RunMeta;
  readonly cases: readonly CaseResult[];
  readonly avif: { readonly results: readonly AvifResult[]; readonly configured: AvifEncoding; readonly reference: AvifEncoding };
}

/** The issue's goals (MB are MiB: 1 GB = 1,024 MB). */
export const goals = { sampleRatio: 2, samplePeakMb: 1024, warmRatio: 1.5, topEntries: 5000, topRatio: 2, pagesPerSecond: 200, topPeakMb: 2048, marginalGrowth: 1.5 } as const;

const seconds = (value: number) => (value < 10 ? `${value.toFixed(2)} s` : value < 100 ? `${value.toFixed(1)} s` : `${value.toFixed(0)} s`);
const signed = (value: number) => `${value < 0 ? '−' : '+'}${seconds(Math.abs(value))}`;
const mb = (value: number) => `${value.toFixed(0)} MB`;
const ratio = (value: number) => `${value.toFixed(2)}×`;
/** A phase's seconds, 0 when the log did not show it (a build without images). */
const phase = (value: number) => (Number.isNaN(value) ? 0 : value);
/** Pages per second of a build: HTML pages over the whole process's wall time. */
const pagesPerSecond = (build: BuildFigures): number => build.htmlPages / build.seconds;
const caseName = (result: CaseResult) => (result.size === 'sample' ? 'sample content' : `${int(result.size)} per language`);

/** Where a build's extra time over the baseline went, by phase, from Astro's log. */
function extraTime(build: BuildFigures, baseline: BuildFigures): string {
  const [p, b] = [build.phases, baseline.phases];
  const extra = (key: keyof BuildPhases) => signed(phase(p[key]) - phase(b[key]));
  const other = build.seconds - baseline.seconds - (['cms', 'contentSync', 'bundle', 'render', 'images'] as const).reduce((total, key) => total + phase(p[key]) - phase(b[key]), 0);
  const pageKb = (figures: BuildFigures) => (figures.htmlBytes / figures.htmlPages / 1024).toFixed(1);
  return `CMS bundle ${extra('cms')}, content sync ${extra('contentSync')}, site bundling ${extra('bundle')}, rendering ${extra('render')} (${int(build.files - baseline.files)} more files: search index shards, list pages, feeds, calendars, open data; pages of ${pageKb(build)} KB on average against ${pageKb(baseline)} KB: inline stylesheet, header, footer, metadata), images ${extra('images')}, the rest (startup, types, exit) ${signed(other)}`;
}

/** The tables of one case: builds, then where their wall time went. */
function caseSection(result: CaseResult): string[] {
  const { cold, warm, baseline } = result;
  const builds = [['Project, cold', cold], ['Project, warm, one announcement edited', warm], ['Bare Astro baseline, cold', baseline]] as const;
  const content = result.synthetic
    ? `Synthetic content per language: ${int(Number(result.size))} announcements (${int(result.synthetic.illustrated)} with an image), ${int(result.synthetic.faq)} FAQ entries, ${int(result.synthetic.keyDates)} key dates, next to the real entries (${int(result.announcements)} announcement files per language in all).`
    : `The real \`content/\` folder: ${int(result.announcements)} announcements per language (a draft included), the criteria, key dates, FAQ, pages and press kit as shipped.`;
  return [
    `### ${result.size === 'sample' ? 'Sample content' : `${int(result.size)} announcements per language`}`,
    '',
    `${content} Edited before the warm build: \`${result.edited}\` (a sentence added to its body; ${int(result.editShown)} built ${result.editShown === 1 ? 'page shows' : 'pages show'} it).`,
    '',
    ...table(
      ['Build', 'HTML pages', 'Files in dist', 'Wall time', 'CPU time (system)', 'Pages/s', 'Peak memory', 'Images encoded / reused', 'CMS bundle'],
      'lrrrrrrrl',
      builds.map(([name, build]) => [
        name,
        int(build.htmlPages),
        int(build.files),
        seconds(build.seconds),
        `${seconds(build.cpuSeconds)} (${seconds(build.systemSeconds)})`,
        pagesPerSecond(build).toFixed(0),
        mb(build.peakMb),
        build === baseline ? '–' : `${build === warm ? `**${build.images.encoded}**` : build.images.encoded} / ${build.images.reused}`,
        build === baseline ? '–' : build.cmsReused ? '**reused**' : `bundled, ${seconds(build.phases.cms)}`,
      ]),
    ),
    '',
    "Where the wall time went (from the build's log; *other* is startup, type generation, the sitemap and exit):",
    '',
    ...table(
      ['Build', 'CMS bundle', 'Content sync', 'Site bundling', 'Rendering pages and files', 'Images', 'Other'],
      'lrrrrrr',
      builds.map(([name, build]) => {
        const parts = [build.phases.cms, build.phases.contentSync, build.phases.bundle, build.phases.render, build.phases.images];
        const known = parts.reduce((total, value) => total + phase(value), 0);
        return [name, ...[...parts, Math.max(0, build.seconds - known)].map((value) => (Number.isNaN(value) ? '–' : seconds(value)))];
      }),
    ),
    '',
    `Project / baseline: cold ${ratio(cold.seconds / baseline.seconds)} wall time (CPU ${ratio(cold.cpuSeconds / baseline.cpuSeconds)}), warm after one edit ${ratio(warm.seconds / baseline.seconds)} (CPU ${ratio(warm.cpuSeconds / baseline.cpuSeconds)}); peak memory cold ${ratio(cold.peakMb / baseline.peakMb)}.`,
    '',
  ];
}

/** The AVIF table and the rule's choice on this run. */
function avifSection({ results, configured, reference }: RunRecord['avif']): string[] {
  const base = results.find((result) => result.effort === reference.effort && result.quality === reference.quality);
  const chosen = chooseAvif(results, reference);
  if (!base || !chosen) return [];
  const same = (a: AvifEncoding, b: AvifEncoding) => a.effort === b.effort && a.quality === b.quality;
  return [
    '### AVIF settings',
    '',
    `The site's images (\`content/media/\`) at the widths announcement pages use (400, 800 and 1,200 px), encoded by sharp with each setting; CPU time of the encodes (all threads), total bytes, and mean SSIM of the luminance against the resized original (8 × 8 windows). Rule: among settings at most ${((avifLimits.maxSizeRatio - 1) * 100).toFixed(0)} % larger than sharp's default (effort ${reference.effort}, quality ${reference.quality}) with an SSIM at most ${avifLimits.maxSsimLoss} below it, the smallest files of those within ${((avifLimits.sameSpeed - 1) * 100).toFixed(0)} % of the least CPU time.`,
    '',
    ...table(
      ['Effort', 'Quality', 'CPU time', 'Size', 'Size vs default', 'SSIM', 'Within the limits'],
      'rrrrrrl',
      results.map((result) => [
        String(result.effort),
        String(result.quality),
        `${result.cpuMs.toFixed(0)} ms`,
        `${(result.bytes / 1024).toFixed(1)} KB`,
        `${((result.bytes / base.bytes - 1) * 100).toFixed(1)} %`,
        result.ssim.toFixed(4),
        [
          result.bytes <= base.bytes * avifLimits.maxSizeRatio && result.ssim >= base.ssim - avifLimits.maxSsimLoss ? 'yes' : 'no',
          same(result, reference) ? '(sharp default)' : '',
          same(result, chosen) ? '**chosen**' : '',
          same(result, configured) ? '(configured)' : '',
        ].filter(Boolean).join(' '),
      ]),
    ),
    '',
    `On this run the rule picks effort ${chosen.effort}, quality ${chosen.quality}: ${(base.cpuMs / chosen.cpuMs).toFixed(1)}× less CPU than the default, ${chosen.bytes >= base.bytes ? `${((chosen.bytes / base.bytes - 1) * 100).toFixed(1)} % more` : `${((1 - chosen.bytes / base.bytes) * 100).toFixed(1)} % fewer`} bytes, SSIM ${chosen.ssim.toFixed(4)} against ${base.ssim.toFixed(4)}. The site uses effort ${configured.effort}, quality ${configured.quality} (\`src/domain/image-encoding.ts\`)${same(chosen, configured) ? ', the same.' : ': **not the rule’s choice on this run**; look at the table before changing it (CPU time moves with the load).'}`,
    '',
  ];
}

/** The Markdown section. */
export function renderReport(record: RunRecord): string {
  const { meta, avif } = record;
  const sample = record.cases.find((result) => result.size === 'sample');
  const sized = record.cases.filter((result): result is CaseResult & { size: number } => result.size !== 'sample').sort((a, b) => a.size - b.size);
  const series = (build: 'cold' | 'baseline', time: 'seconds' | 'cpuSeconds') => sized.map((result) => ({ pages: result[build].htmlPages, seconds: result[build][time] }));
  const steps = (points: readonly { from: number; to: number; ms: number }[]) => points.map((step) => `${int(step.from)}→${int(step.to)}: ${step.ms.toFixed(1)}`).join('; ');
  const [marginal, marginalCpu, marginalBare] = [marginalMsPerPage(series('cold', 'seconds')), marginalMsPerPage(series('cold', 'cpuSeconds')), marginalMsPerPage(series('baseline', 'seconds'))];
  const lines = [
    '## Build scaling',
    '',
    `Written by \`npm run bench:build\` (bench/build/) on ${meta.date}, in ${meta.minutes.toFixed(1)} min. Machine: ${meta.machine}. ` +
      `Load average (1 / 5 / 15 min) at the start ${loads(meta.loadStart)}, at the end ${loads(meta.loadEnd)}: other jobs shared the cores, so wall times are inflated by an unknown factor (the CPU column is what the build itself used); memory does not depend on load.`,
    '',
    `![Build time and peak memory against announcements per language: the project cold, warm after one edit, and a bare Astro Markdown site with the same number of pages](${meta.chart})`,
    '',
    '**Method.** Each content set is built in a copy of the project (src, content, public, admin, config and lockfile; not tests, output or caches) under `.tmp/bench-build/`: the sample content as shipped, and sizes with synthetic content next to the real entries: ' +
      `*N* announcements per language (150–600 words of French or English Markdown from a seeded writer, some with headings, lists, links and bold text; dates over 2019–2026; 15 % press releases; 1–2 topics; ${(meta.imageShare * 100).toFixed(0)} % with an image drawn from a pool of ${meta.imagePool} distinct generated 1200 × 675 JPEGs), ` +
      'N/10 FAQ entries and N/50 key dates per language (confirmed dates of milestone "other" over three years, so the program status does not move); French and English files share names, English entries set a localized slug. ' +
      '*Cold*: `astro build` on a fresh checkout (no `dist/`, `.astro/` or `.cache/`). *Warm, one announcement edited*: a sentence is added to one published French announcement, then `astro build` on a fresh checkout whose `.cache/` was restored (Astro\'s content store and images, the CMS bundle, the press kit\'s web versions), as a host keeping its build cache (docs/deploy.md); the run checks that the built pages show the sentence. ' +
      "Both run under GNU `/usr/bin/time -v` with the project's Node 24: wall and CPU time are the whole process (startup, the CMS bundle, content sync, bundling the site, rendering, images, sitemap), CPU including the threads and the child processes it waited for; in brackets, the kernel's part of it (system time), which on this virtual machine is what moves most between identical builds: the kernel's cost of giving the process fresh memory pages, for its heap and for the files it writes, rises for a while after the machine handed memory back (measured by hand on 2026-11-30: 8,000 small files written in 0.18 s by a fresh Node process, in 4 s by one that had just grown by 1 GB). When two runs disagree, compare CPU time less its system part. *Peak memory* is the larger of GNU time's peak of one process and the sum of the resident memory of the build's whole process tree (Astro and the CMS bundler), sampled every 100 ms; MB are MiB. " +
      '*Pages* are the HTML files in `dist/` (every page in both languages, list pages, redirect pages for old slugs, the 404 and the CMS page); feeds, calendars, JSON, search shards, images and the CMS bundle count in *files*. ' +
      "*Baseline*: a bare Astro Markdown site generated in `.tmp/bench-build/baseline-<set>/` (a glob-loaded collection, one `[...slug].astro` page, one layout, no integrations) with exactly as many Markdown pages as the project's build produced and bodies from the same writer, built cold the same way.",
    '',
    ...(sample ? caseSection(sample) : []),
    ...sized.flatMap(caseSection),
    ...(sized.length > 1
      ? [
          '### Linearity',
          '',
          'Marginal cost of a page between consecutive sizes, cold builds (constant when growth is linear; the fixed costs, startup and the CMS bundle, drop out). CPU time is what judges: wall time also carries the load of the other jobs, which moves during a run:',
          '',
          ...table(['Build', 'Marginal ms per page, wall', 'Marginal ms per page, CPU'], 'lll', [
            ['Project, cold', steps(marginal), steps(marginalCpu)],
            ['Baseline', steps(marginalBare), steps(marginalMsPerPage(series('baseline', 'cpuSeconds')))],
          ]),
          '',
        ]
      : []),
    ...avifSection(avif),
    '### Goals on this run',
    '',
    ...table(['Goal', 'Measured', 'Met'], 'llc', goalRows(sample, sized, { marginal, marginalCpu, marginalBareCpu: marginalMsPerPage(series('baseline', 'cpuSeconds')) })),
  ];
  return lines.join('\n');
}

/** How much the marginal cost per page grew from the first step to the last (1 is perfectly linear; NaN when the first is not positive). */
function marginalGrowth(steps: readonly { ms: number }[]): number {
  const [first, last] = [steps[0], steps[steps.length - 1]];
  return first && last && first.ms > 0 ? last.ms / first.ms : NaN;
}

type Steps = readonly { from: number; to: number; ms: number }[];

/** The goals table's rows, each with its measured reason when missed. */
function goalRows(sample: CaseResult | undefined, sized: readonly CaseResult[], linear: { marginal: Steps; marginalCpu: Steps; marginalBareCpu: Steps }): string[][] {
  const rows: string[][] = [];
  const row = (goal: string, measured: string, ok: boolean, why: string) => rows.push([goal, measured, met(ok, why)]);
  const versus = (build: BuildFigures, baseline: BuildFigures) => `${ratio(build.seconds / baseline.seconds)} (${seconds(build.seconds)} vs ${seconds(baseline.seconds)}; CPU ${ratio(build.cpuSeconds / baseline.cpuSeconds)})`;
  if (sample) {
    const { cold, baseline } = sample;
    row(`Sample content, cold: ≤ ${goals.sampleRatio}× the bare site`, versus(cold, baseline), cold.seconds <= baseline.seconds * goals.sampleRatio, `extra over the baseline: ${extraTime(cold, baseline)}`);
    row('Sample content, cold: peak ≤ 1 GB', `${mb(cold.peakMb)} (baseline ${mb(baseline.peakMb)})`, cold.peakMb <= goals.samplePeakMb, `the bare site with as many pages peaks at ${mb(baseline.peakMb)}`);
  }
  for (const result of [...(sample ? [sample] : []), ...sized]) {
    const { warm, baseline } = result;
    row(`One announcement edited, warm rebuild (${caseName(result)}): ≤ ${goals.warmRatio}× the bare site's cold build`, versus(warm, baseline), warm.seconds <= baseline.seconds * goals.warmRatio, `extra over the baseline: ${extraTime(warm, baseline)}`);
  }
  const top = sized.find((result) => result.size === goals.topEntries);
  if (top) {
    const { cold, baseline } = top;
    row(`${int(goals.topEntries)} per language, cold: ≤ ${goals.topRatio}× the bare site`, versus(cold, baseline), cold.seconds <= baseline.seconds * goals.topRatio, `extra over the baseline: ${extraTime(cold, baseline)}`);
    row(
      `${int(goals.topEntries)} per language, cold: ≥ ${goals.pagesPerSecond} pages/s`,
      `${pagesPerSecond(cold).toFixed(0)} pages/s (${(cold.htmlPages / cold.cpuSeconds).toFixed(0)} per CPU-second); baseline ${pagesPerSecond(baseline).toFixed(0)}`,
      pagesPerSecond(cold) >= goals.pagesPerSecond,
      `the bare site itself reaches ${pagesPerSecond(baseline).toFixed(0)} pages/s on this run; ${extraTime(cold, baseline)}`,
    );
    row(`${int(goals.topEntries)} per language, cold: peak ≤ 2 GB`, `${mb(cold.peakMb)} (baseline ${mb(baseline.peakMb)})`, cold.peakMb <= goals.topPeakMb, `the bare site with as many pages peaks at ${mb(baseline.peakMb)}`);
  }
  if (linear.marginalCpu.length > 1) {
    const [growth, cpuGrowth, bareGrowth] = [marginalGrowth(linear.marginal), marginalGrowth(linear.marginalCpu), marginalGrowth(linear.marginalBareCpu)];
    const ms = (steps: Steps) => steps.map((step) => step.ms.toFixed(1)).join(' then ');
    // CPU time is what the build did; wall time also carries the other jobs' load, which moves during the run.
    row(
      `Growth stays linear: CPU time per added page at the last step ≤ ${goals.marginalGrowth}× the first`,
      `CPU ${ms(linear.marginalCpu)} ms per page (×${cpuGrowth.toFixed(2)}); bare site ×${bareGrowth.toFixed(2)}; wall ${ms(linear.marginal)} ms (×${Number.isNaN(growth) ? 'n/a' : growth.toFixed(2)}, load-dependent)`,
      cpuGrowth <= goals.marginalGrowth,
      `the CPU time per added page grew from one step to the next; the bare site grows ×${bareGrowth.toFixed(2)} over the same steps (Astro keeps its whole content store in memory)`,
    );
  }
  const all = [...(sample ? [sample] : []), ...sized];
  row(
    'A warm rebuild encodes no image and reuses the CMS bundle',
    all.map((result) => `${caseName(result)}: ${result.warm.images.encoded} encoded / ${result.warm.images.reused} reused, CMS ${result.warm.cmsReused ? 'reused' : 'bundled'}`).join('; '),
    all.every((result) => result.warm.images.encoded === 0 && result.warm.cmsReused),
    'a cache key changed between two builds of the same sources',
  );
  return rows;
}

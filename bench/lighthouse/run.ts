/**
 * `npm run bench:lighthouse`: Lighthouse on the public pages. Builds the site
 * into its own folder, serves it on 127.0.0.1 with gzip, and runs Lighthouse
 * (mobile preset, simulated throttling) several times on each template in
 * both languages and on a zero-JS reference page, in one Chromium. Writes the
 * tables and the goals to docs/benchmarks.md (between the
 * lighthouse-benchmark markers).
 *
 * Environment: `BENCH_RUNS` (runs per page, default 5), `BENCH_PAGES`
 * (comma-separated words a page id must contain, `fr-home,search`; a
 * filtered run writes .tmp/bench-lighthouse/report.md, not the docs),
 * `BENCH_PORT` (default 4435; Chromium's debugging port is the next one),
 * `BENCH_SKIP_BUILD=1` (reuse the last build, while working on the benchmark
 * itself), `BENCH_REPORT_ONLY=1` (render the last run's record again,
 * measuring nothing), `CHROMIUM_PATH`.
 *
 * Not a timed test: numbers depend on the machine and its load, which the
 * report states.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import lighthouse, { type Flags } from 'lighthouse';
import { headersFor } from '../../src/outputs/headers-file';
import { launchChromium } from '../shared/browser';
import { machine, root, runBench, today, writeSection } from '../shared/run';
import { serve } from '../shared/server';
import { renderReport, type GoalId, type MeasuredPage, type ReferenceResult, type ReportMeta } from './report';
import { categoryIds, metricsOf, summarise, type RunMetrics } from './results';
import { benchPages, filterPages, referencePage, referencePath } from './site';

const work = join(root, '.tmp', 'bench-lighthouse');
const outDir = join(work, 'dist');
const runs = Number(process.env['BENCH_RUNS'] ?? 5);
const filter = process.env['BENCH_PAGES'] ?? '';
const port = Number(process.env['BENCH_PORT'] ?? 4435);

/**
 * Lighthouse settings beyond the default (mobile) configuration, to keep 75
 * runs within 10 minutes on 2 shared cores. Dropped: what no score uses, the
 * full-page screenshot (report picture only) and the bf-cache audit (a
 * weight-0 diagnostic that navigates away and back). Shortened: the quiet
 * windows Lighthouse waits for after load (1 s each by default, about 1.5 s
 * of a 7 s run), since these pages fetch and schedule nothing after load
 * (`<program-status>` reads its markup, search loads only on input); throttling
 * and emulation stay the mobile preset's.
 */
const flags: Flags = {
  output: 'json',
  logLevel: 'error',
  onlyCategories: [...categoryIds],
  disableFullPageScreenshot: true,
  skipAudits: ['bf-cache'],
  pauseAfterFcpMs: 500,
  pauseAfterLoadMs: 500,
  networkQuietThresholdMs: 500,
  cpuQuietThresholdMs: 500,
};

/** Goals whose misses have a cause found in the runs' audits (.tmp/bench-lighthouse/reports/), recorded in docs/benchmarks.md. */
const knownGaps: Partial<Record<GoalId, string>> = Object.fromEntries(
  (['performance', 'tbt', 'lcp', 'lcp-ratio', 'wall-time'] as const).map((id) => [id, 'Known causes: see *Lighthouse: known gaps* below.']),
);

/** What a run records, enough to render its report again. */
interface LighthouseRun {
  readonly meta: ReportMeta;
  readonly reference: ReferenceResult;
  readonly pages: MeasuredPage[];
}

/** The 1-minute load average. */
const load1 = () => loadavg()[0] ?? NaN;

/** Builds the site into the benchmark's own folder, leaving `dist/` to whoever else uses it; seconds taken, or undefined when an earlier build was reused. */
function build(): number | undefined {
  if (process.env['BENCH_SKIP_BUILD'] === '1' && existsSync(join(outDir, 'index.html'))) return undefined;
  const start = performance.now();
  console.log(`Building the site into ${relative(root, outDir)}…`);
  rmSync(outDir, { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return (performance.now() - start) / 1000;
}

/** One Lighthouse run of `url`, its JSON report kept in `file`; one retry, since a run can fail on a shared machine (a timeout) without anything being wrong with the page. */
async function audit(url: string, debuggingPort: number, file: string): Promise<{ metrics: RunMetrics; version: string }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const result = await lighthouse(url, { ...flags, port: debuggingPort });
      if (!result) throw new Error('Lighthouse returned nothing');
      writeFileSync(file, typeof result.report === 'string' ? result.report : JSON.stringify(result.lhr));
      return { metrics: metricsOf(result.lhr), version: result.lhr.lighthouseVersion };
    } catch (error) {
      if (attempt >= 2) throw error;
      console.warn(`   ${url}: run failed (${error instanceof Error ? error.message : String(error)}), retrying`);
    }
  }
}

async function measure(): Promise<LighthouseRun> {
  const [started, loadStart] = [performance.now(), loadavg()];
  const buildSeconds = build();
  const readPage = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
  const allPages = benchPages(readPage);
  const pages = filterPages(allPages, filter);
  const announcement = allPages.find((page) => page.id === 'fr-announcement');
  if (!announcement) throw new Error('No French announcement to make the reference page from');
  mkdirSync(join(outDir, referencePath), { recursive: true });
  writeFileSync(join(outDir, referencePath, 'index.html'), referencePage(readPage(announcement.path), 'fr'));
  const headersFile = join(outDir, '_headers');
  const reportsDir = join(work, 'reports');
  rmSync(reportsDir, { recursive: true, force: true });
  mkdirSync(reportsDir, { recursive: true });

  const server = await serve(outDir, port, existsSync(headersFile) ? headersFor(readFileSync(headersFile, 'utf8'), '/*') : {});
  const browser = await launchChromium([`--remote-debugging-port=${port + 1}`]);
  const chromiumVersion = `Chromium ${browser.version()}`;
  const targets = [{ id: 'reference', path: referencePath }, ...pages];
  const measured = new Map<string, RunMetrics[]>(targets.map((target) => [target.id, []]));
  const [loadDuringRuns, runSeconds] = [[] as number[], [] as number[]];
  let lighthouseVersion = '';
  const runsStarted = performance.now();
  try {
    console.log(`${chromiumVersion}; ${targets.length} pages × ${runs} runs, served at ${server.url}`);
    for (let round = 1; round <= runs; round += 1) {
      for (const target of targets) {
        const runStart = performance.now();
        const { metrics, version } = await audit(`${server.url}${target.path}`, port + 1, join(reportsDir, `${target.id}-${round}.json`));
        lighthouseVersion = version;
        measured.get(target.id)?.push(metrics);
        loadDuringRuns.push(load1());
        runSeconds.push((performance.now() - runStart) / 1000);
        const summary = `${categoryIds.map((id) => Math.round(metrics.scores[id])).join('/')}  LCP ${metrics.lcpMs.toFixed(0)} ms  TBT ${metrics.tbtMs.toFixed(0)} ms  CLS ${metrics.cls.toFixed(3)}  ${metrics.failing.map((failing) => failing.id).join(' ')}`;
        console.log(`[${round}/${runs}] ${target.id.padEnd(18)} ${summary}  (${runSeconds.at(-1)?.toFixed(1)} s, load ${load1().toFixed(1)})`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const reference = summarise(measured.get('reference') ?? []);
  return {
    meta: {
      date: today(),
      wallMinutes: (performance.now() - started) / 60000,
      ...(buildSeconds === undefined ? {} : { buildSeconds }),
      lighthouseMinutes: (performance.now() - runsStarted) / 60000,
      machine: machine(),
      lighthouseVersion,
      chromiumVersion,
      loadStart,
      loadEnd: loadavg(),
      loadDuringRuns,
      runSeconds,
      benchmarkIndexes: [...measured.values()].flat().map((run) => run.benchmarkIndex),
      runsPerPage: runs,
      outDir: relative(root, outDir),
      filter,
    },
    reference: { path: referencePath, summary: reference },
    pages: pages.map((page) => {
      const summary = summarise(measured.get(page.id) ?? []);
      return { ...page, summary, lcpRatio: summary.lcpMs / reference.lcpMs };
    }),
  };
}

// The report goes to the docs for a full run, to .tmp only for a filtered one.
runBench<LighthouseRun>(work, measure, ({ meta, reference, pages }) => {
  const report = renderReport(pages, reference, meta, knownGaps);
  writeFileSync(join(work, 'report.md'), `${report}\n`);
  const target = meta.filter === '' ? writeSection('lighthouse', report) : join(work, 'report.md');
  console.log(`\nWrote ${relative(root, target)}${meta.filter ? ` only (filtered run, BENCH_PAGES=${meta.filter})` : ''} (run of ${meta.wallMinutes.toFixed(1)} min).`);
});

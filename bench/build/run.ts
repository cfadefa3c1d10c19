/**
 * `npm run bench:build`: the build scaling benchmark. For 100, 1,000 and
 * 5,000 synthetic announcements per language (`BENCH_SIZES` to change), in
 * copies of the project under `.tmp/bench-build/`, measures a cold build, a
 * warm rebuild (image cache kept) and a bare Astro Markdown site with the same
 * number of pages, under GNU `time -v`. Writes the tables to
 * docs/benchmarks.md (between the build-benchmark markers) and the chart to
 * docs/benchmarks-build.svg.
 *
 * Not a timed test: numbers depend on the machine and its load, which the
 * report states.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBaseline } from './baseline';
import { copyProject, linkModules, timedBuild, type BuildRun } from './build';
import { renderChart } from './chart';
import { contentPlan, writeSyntheticContent } from './content';
import { renderReport, type BuildFigures, type RunMeta, type SizeResult } from './report';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const work = join(root, '.tmp', 'bench-build');
const sizes = (process.env['BENCH_SIZES'] ?? '100,1000,5000').split(',').map(Number);

/**
 * Every build renders for the same instant, so the same content gives the
 * same pages (embargoes, past dates and the program status depend on it).
 */
const buildEnv = { BUILD_NOW: '2026-11-26T12:00:00-05:00' };

/** The figures of a run, for the report. */
function figures(run: BuildRun): BuildFigures {
  return {
    seconds: run.usage.wallSeconds,
    cpuSeconds: run.usage.userSeconds + run.usage.systemSeconds,
    peakMb: run.usage.maxRssMb,
    htmlPages: run.htmlPages,
    files: run.files,
    images: run.images,
    phases: run.phases,
  };
}

/** One line of progress. */
function describe(label: string, run: BuildRun): void {
  const { usage, images, phases } = run;
  console.log(
    `   ${label}: ${usage.wallSeconds.toFixed(1)} s wall, ${(usage.userSeconds + usage.systemSeconds).toFixed(1)} s CPU, peak RSS ${usage.maxRssMb.toFixed(0)} MB, ${run.htmlPages} HTML pages, ${run.files} files, images ${images.encoded} encoded / ${images.reused} reused; sync ${phases.contentSync} s, bundle ${phases.bundle} s, render ${phases.render} s, images ${phases.images} s (load ${loadavg()[0]?.toFixed(1)})`,
  );
}

async function benchSize(size: number): Promise<SizeResult> {
  console.log(`\n== ${size.toLocaleString('en')} announcements per language`);
  const project = join(work, `project-${size}`);
  copyProject(root, project);
  const written = await writeSyntheticContent(project, size);
  console.log(`   content: ${written.files} synthetic files (${written.plan.faq} FAQ, ${written.plan.keyDates} key dates per language, ${written.illustrated} illustrated announcements per language)`);

  const cold = timedBuild(project, 'build-cold', { cold: true, env: buildEnv });
  describe('project cold', cold);
  const warm = timedBuild(project, 'build-warm', { cold: false, env: buildEnv });
  describe('project warm', warm);
  if (warm.htmlPages !== cold.htmlPages) throw new Error(`warm build produced ${warm.htmlPages} pages, cold ${cold.htmlPages}`);

  const baseline = join(work, `baseline-${size}`);
  writeBaseline(baseline, cold.htmlPages);
  linkModules(root, baseline);
  const bare = timedBuild(baseline, 'build-cold', { cold: true });
  describe('baseline cold', bare);

  return {
    entries: size,
    faq: written.plan.faq,
    keyDates: written.plan.keyDates,
    illustrated: written.illustrated,
    cold: figures(cold),
    warm: figures(warm),
    baseline: figures(bare),
  };
}

/** Replaces the build-benchmark section of docs/benchmarks.md, adding it after the search section when absent. */
function writeSection(report: string): string {
  const target = join(root, 'docs', 'benchmarks.md');
  mkdirSync(dirname(target), { recursive: true });
  const start = '<!-- build-benchmark:start -->';
  const end = '<!-- build-benchmark:end -->';
  const existing = existsSync(target) ? readFileSync(target, 'utf8') : '# Benchmarks\n\nMeasured on this project\'s machine; each section is written by its benchmark script.\n';
  const block = `${start}\n${report}\n${end}`;
  const next = existing.includes(start) ? existing.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => block) : `${existing.trimEnd()}\n\n${block}\n`;
  writeFileSync(target, next);
  return target;
}

/** Writes the chart and the report section from a run's record. */
function publish(record: RunRecord): void {
  const { meta, results } = record;
  const subtitle = `${meta.date}, ${meta.machine}; load average ${meta.loadEnd.map((value) => value.toFixed(1)).join(' / ')} at the end (machine shared)`;
  writeFileSync(join(root, 'docs', meta.chart), renderChart(results, subtitle));
  const target = writeSection(renderReport(results, meta));
  console.log(`\nWrote ${relative(root, target)} and docs/${meta.chart} (run of ${meta.minutes.toFixed(1)} min).`);
}

/** What a run measured, kept in `.tmp/bench-build/run.json` so the report can be redrawn without rebuilding (`BENCH_REPORT_ONLY=1`). */
interface RunRecord {
  readonly meta: RunMeta;
  readonly results: SizeResult[];
}

async function main(): Promise<void> {
  const record = join(work, 'run.json');
  if (process.env['BENCH_REPORT_ONLY'] === '1') {
    // JSON writes NaN (a phase the log did not show) as null; read it back as NaN.
    publish(JSON.parse(readFileSync(record, 'utf8'), (_key, value: unknown) => (value === null ? NaN : value)) as RunRecord);
    return;
  }
  const started = performance.now();
  const loadStart = loadavg();
  mkdirSync(work, { recursive: true });
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await benchSize(size));
  const plan = contentPlan(sizes[0] ?? 100);
  const meta: RunMeta = {
    date: new Date().toISOString().slice(0, 10),
    minutes: (performance.now() - started) / 60000,
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    loadStart,
    loadEnd: loadavg(),
    imagePool: plan.imagePool,
    imageShare: plan.imageShare,
    chart: 'benchmarks-build.svg',
  };
  writeFileSync(record, JSON.stringify({ meta, results } satisfies RunRecord, null, 2));
  publish({ meta, results });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

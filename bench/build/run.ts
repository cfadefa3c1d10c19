/**
 * `npm run bench:build`: the build scaling benchmark. For 100, 1,000 and
 * 5,000 synthetic announcements per language (`BENCH_SIZES` to change), in
 * copies of the project under `.tmp/bench-build/`, measures a cold build, a
 * warm rebuild (image cache kept) and a bare Astro Markdown site with the same
 * number of pages, under GNU `time -v`. Writes the tables to
 * docs/benchmarks.md (between the build-benchmark markers) and the chart to
 * docs/benchmarks-build.svg; `BENCH_REPORT_ONLY=1` redraws them from the last
 * run's record.
 *
 * Not a timed test: numbers depend on the machine and its load, which the
 * report states.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { loads } from '../shared/markdown';
import { machine, root, runBench, today, writeSection } from '../shared/run';
import { writeBaseline } from './baseline';
import { copyProject, linkModules, timedBuild } from './build';
import { renderChart } from './chart';
import { contentPlan, writeSyntheticContent } from './content';
import { renderReport, type RunMeta, type SizeResult } from './report';

const work = join(root, '.tmp', 'bench-build');
const sizes = (process.env['BENCH_SIZES'] ?? '100,1000,5000').split(',').map(Number);

/**
 * Every build renders for the same instant, so the same content gives the
 * same pages (embargoes, past dates and the program status depend on it).
 */
const buildEnv = { BUILD_NOW: '2026-11-26T12:00:00-05:00' };

async function benchSize(size: number): Promise<SizeResult> {
  console.log(`\n== ${size.toLocaleString('en')} announcements per language`);
  const project = join(work, `project-${size}`);
  copyProject(root, project);
  const written = await writeSyntheticContent(project, size);
  console.log(`   content: ${written.files} synthetic files (${written.plan.faq} FAQ, ${written.plan.keyDates} key dates per language, ${written.illustrated} illustrated announcements per language)`);
  const cold = timedBuild(project, 'project cold', { cold: true, env: buildEnv });
  const warm = timedBuild(project, 'project warm', { cold: false, env: buildEnv });
  if (warm.htmlPages !== cold.htmlPages) throw new Error(`warm build produced ${warm.htmlPages} pages, cold ${cold.htmlPages}`);
  const baseline = join(work, `baseline-${size}`);
  writeBaseline(baseline, cold.htmlPages);
  linkModules(root, baseline);
  return { entries: size, faq: written.plan.faq, keyDates: written.plan.keyDates, illustrated: written.illustrated, cold, warm, baseline: timedBuild(baseline, 'baseline cold', { cold: true }) };
}

runBench<{ meta: RunMeta; results: SizeResult[] }>(
  work,
  async () => {
    const [started, loadStart] = [performance.now(), loadavg()];
    const results: SizeResult[] = [];
    for (const size of sizes) results.push(await benchSize(size));
    const { imagePool, imageShare } = contentPlan(sizes[0] ?? 100);
    const meta = { date: today(), minutes: (performance.now() - started) / 60000, machine: machine(), loadStart, loadEnd: loadavg(), imagePool, imageShare, chart: 'benchmarks-build.svg' };
    return { meta, results };
  },
  ({ meta, results }) => {
    writeFileSync(join(root, 'docs', meta.chart), renderChart(results, `${meta.date}, ${meta.machine}; load average ${loads(meta.loadEnd)} at the end (machine shared)`));
    const target = writeSection('build', renderReport(results, meta));
    console.log(`\nWrote ${relative(root, target)} and docs/${meta.chart} (run of ${meta.minutes.toFixed(1)} min).`);
  },
);

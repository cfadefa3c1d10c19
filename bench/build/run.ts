/**
 * `npm run bench:build`: what a build costs editors. For the sample content
 * (the real `content/`) and for 100, 1,000 and 5,000 synthetic announcements
 * per language (`BENCH_SIZES` to change; empty for the sample content alone), in copies of the project under
 * `.tmp/bench-build/`: a cold build (no cache), a warm rebuild after editing
 * one announcement (`.cache/` kept, as a host restoring its build cache), and
 * a bare Astro Markdown site with the same number of pages, built cold. Then
 * the AVIF settings measurement. Writes the tables to docs/benchmarks.md
 * (between the build-benchmark markers) and the chart to
 * docs/benchmarks-build.svg; `BENCH_REPORT_ONLY=1` redraws them from the last
 * run's record.
 *
 * Not a timed test: numbers depend on the machine and its load, which the
 * report states.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { avifEncoding, sharpDefaultAvif } from '../../src/domain/image-encoding';
import { loads } from '../shared/markdown';
import { machine, root, runBench, today, writeSection } from '../shared/run';
import { measureAvif } from './avif';
import { writeBaseline } from './baseline';
import { copyProject, editOneAnnouncement, linkModules, pagesShowingEdit, timedBuild } from './build';
import { renderChart } from './chart';
import { contentPlan, writeSyntheticContent } from './content';
import { renderReport, type CaseResult, type RunMeta, type RunRecord } from './report';

const work = join(root, '.tmp', 'bench-build');
const sizes = (process.env['BENCH_SIZES'] ?? '100,1000,5000').split(',').filter(Boolean).map(Number);

/**
 * Every build renders for the same instant, so the same content gives the
 * same pages (embargoes, past dates and the program status depend on it).
 */
const buildEnv = { BUILD_NOW: '2026-11-26T12:00:00-05:00' };

/** Cold build, one edit, warm rebuild, then the bare site with as many pages. */
async function benchCase(size: number | 'sample'): Promise<CaseResult> {
  console.log(`\n== ${size === 'sample' ? 'sample content' : `${size.toLocaleString('en')} announcements per language`}`);
  const project = join(work, `project-${size}`);
  copyProject(root, project);
  const written = size === 'sample' ? undefined : await writeSyntheticContent(project, size);
  if (written) console.log(`   content: ${written.files} synthetic files (${written.plan.faq} FAQ, ${written.plan.keyDates} key dates per language, ${written.illustrated} illustrated announcements per language)`);
  const announcements = readdirSync(join(project, 'content', 'announcements', 'fr')).filter((file) => file.endsWith('.md')).length;
  const cold = await timedBuild(project, 'project cold', 'cold', buildEnv);
  const edited = relative(project, editOneAnnouncement(project));
  const warm = await timedBuild(project, `project warm, ${edited} edited`, 'warm', buildEnv);
  const editShown = pagesShowingEdit(project);
  if (editShown === 0) throw new Error(`the warm build does not show the edit of ${edited}`);
  if (warm.htmlPages !== cold.htmlPages) throw new Error(`warm build produced ${warm.htmlPages} pages, cold ${cold.htmlPages}`);
  const baselineRoot = join(work, `baseline-${size}`);
  writeBaseline(baselineRoot, cold.htmlPages);
  linkModules(root, baselineRoot);
  const baseline = await timedBuild(baselineRoot, 'baseline cold', 'cold');
  return { size, announcements, synthetic: written && { faq: written.plan.faq, keyDates: written.plan.keyDates, illustrated: written.illustrated }, edited, editShown, cold, warm, baseline };
}

runBench<RunRecord>(
  work,
  async () => {
    const [started, loadStart] = [performance.now(), loadavg()];
    const cases: CaseResult[] = [];
    for (const size of ['sample' as const, ...sizes]) cases.push(await benchCase(size));
    console.log('\n== AVIF settings');
    const avif = await measureAvif(root);
    const { imagePool, imageShare } = contentPlan(sizes[0] ?? 100);
    const meta: RunMeta = { date: today(), minutes: (performance.now() - started) / 60000, machine: machine(), loadStart, loadEnd: loadavg(), imagePool, imageShare, chart: 'benchmarks-build.svg' };
    return { meta, cases, avif: { results: avif, configured: avifEncoding, reference: sharpDefaultAvif } };
  },
  (record) => {
    const { meta } = record;
    writeFileSync(join(root, 'docs', meta.chart), renderChart(record.cases, `${meta.date}, ${meta.machine}; load average ${loads(meta.loadEnd)} at the end (machine shared)`));
    const target = writeSection('build', renderReport(record));
    console.log(`\nWrote ${relative(root, target)} and docs/${meta.chart} (run of ${meta.minutes.toFixed(1)} min).`);
  },
);

/** The Lighthouse benchmark's goals, checked on a run's page medians, and its section of docs/benchmarks.md. */
import { kb, loads, ms, table } from '../shared/markdown';
import { median } from '../shared/stats';
import { categoryIds, type CategoryId, type PageSummary } from './results';
import type { BenchPage } from './site';

/** A page with its summary and its LCP over the reference page's, from the same run. */
export interface MeasuredPage extends BenchPage {
  readonly summary: PageSummary;
  readonly lcpRatio: number;
}

/** The reference page, measured in the same rounds. */
export interface ReferenceResult {
  readonly path: string;
  readonly summary: PageSummary;
}

/** Goals from the issue. */
export const goals = { score: 100, lcpMs: 1000, tbtMs: 50, cls: 0.01, lcpRatio: 1.15, wallMinutes: 10 } as const;

/** The goals, by key. */
export type GoalId = CategoryId | 'lcp' | 'tbt' | 'cls' | 'lcp-ratio' | 'wall-time';

/** One goal checked on a run: the worst case with its page, and the pages that miss it (none for the wall-time goal). */
export interface GoalResult {
  readonly id: GoalId;
  readonly goal: string;
  readonly measured: string;
  readonly met: boolean;
  readonly misses: readonly string[];
}

/** What the report says about the run besides the pages. */
export interface ReportMeta {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Whole benchmark, build included; the build (undefined when an earlier one was reused); the Lighthouse runs. */
  readonly wallMinutes: number;
  readonly buildSeconds?: number;
  readonly lighthouseMinutes: number;
  readonly machine: string;
  readonly lighthouseVersion: string;
  readonly chromiumVersion: string;
  /** Load averages at the start and at the end; the 1-minute load after each Lighthouse run. */
  readonly loadStart: readonly number[];
  readonly loadEnd: readonly number[];
  readonly loadDuringRuns: readonly number[];
  /** Seconds each Lighthouse run took (gathering and auditing), and Lighthouse's host benchmark index of each. */
  readonly runSeconds: readonly number[];
  readonly benchmarkIndexes: readonly number[];
  readonly runsPerPage: number;
  /** Folder the site was built into, relative to the project. */
  readonly outDir: string;
  /** Words of the page filter when the run did not cover every page, or empty. */
  readonly filter: string;
}

const categoryNames: Record<CategoryId, string> = { performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best practices', seo: 'SEO' };

/** Lighthouse's threshold (core/gather/driver/environment.js): a benchmark index at or below it is a host too slow for the default CPU slowdown. */
const slowHostIndex = 1000;

/** `fr announcement`: how a page is named in the goals. */
export const pageLabel = (page: BenchPage): string => `${page.lang} ${page.template}`;

/**
 * Checks every goal on the pages' medians (scores rounded as Lighthouse shows
 * them). Higher is better for scores, lower for the rest; the worst page is
 * reported. `wallMinutes` is the whole benchmark, build included.
 */
export function evaluateGoals(pages: readonly MeasuredPage[], wallMinutes: number): GoalResult[] {
  const check = (id: GoalId, goal: string, value: (page: MeasuredPage) => number, limit: number, format: (value: number) => string): GoalResult => {
    // Scores must reach their limit, the rest stay under it; a NaN (a metric Lighthouse could not compute) never passes.
    const higherIsBetter = categoryIds.includes(id as CategoryId);
    const passes = (page: MeasuredPage) => (higherIsBetter ? value(page) >= limit : value(page) <= limit);
    const worst = [...pages].sort((a, b) => (higherIsBetter ? value(a) - value(b) : value(b) - value(a)))[0];
    const misses = pages.filter((page) => !passes(page)).map(pageLabel);
    return { id, goal, measured: worst ? `${format(value(worst))} (${pageLabel(worst)})` : 'no page measured', met: pages.length > 0 && misses.length === 0, misses };
  };
  return [
    ...categoryIds.map((category) => check(category, `${categoryNames[category]} = ${goals.score}`, (page) => Math.round(page.summary.scores[category]), goals.score, (value) => value.toFixed(0))),
    check('lcp', `LCP ≤ ${ms(goals.lcpMs)}`, (page) => page.summary.lcpMs, goals.lcpMs, ms),
    check('tbt', `TBT ≤ ${goals.tbtMs} ms`, (page) => page.summary.tbtMs, goals.tbtMs, ms),
    check('cls', `CLS ≤ ${goals.cls}`, (page) => page.summary.cls, goals.cls, (value) => value.toFixed(3)),
    check('lcp-ratio', `LCP / zero-JS reference LCP ≤ ${goals.lcpRatio}`, (page) => page.lcpRatio, goals.lcpRatio, (value) => value.toFixed(2)),
    { id: 'wall-time', goal: `Whole benchmark < ${goals.wallMinutes} min on this machine`, measured: `${wallMinutes.toFixed(1)} min`, met: wallMinutes < goals.wallMinutes, misses: [] },
  ];
}

/** One row of the pages table. */
function pageRow(name: string, lang: string, path: string, summary: PageSummary, ratio: number): string[] {
  const number = (value: number, digits = 0) => (Number.isNaN(value) ? 'n/a' : value.toFixed(digits));
  const scores = categoryIds.map((id) => number(Math.round(summary.scores[id])));
  return [name, lang, `\`${path}\``, ...scores, ms(summary.lcpMs), ms(summary.tbtMs), number(summary.cls, 3), ratio.toFixed(2), ms(summary.fcpMs), kb(summary.transferBytes), number(summary.requests), summary.lcpElement || 'n/a'];
}

/**
 * The Markdown section (without its markers). `explanations` gives, for goals
 * known to miss, why: shown only when the goal is missed on this run, so a
 * stale excuse never sits beside a met goal.
 */
export function renderReport(pages: readonly MeasuredPage[], reference: ReferenceResult, meta: ReportMeta, explanations: Readonly<Partial<Record<GoalId, string>>> = {}): string {
  const [indexes, runs, load] = [meta.benchmarkIndexes, meta.runSeconds, meta.loadDuringRuns];
  const range = (values: readonly number[], digits: number) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
  const build = meta.buildSeconds === undefined ? `Site from an earlier \`astro build --outDir ${meta.outDir}\` (BENCH_SKIP_BUILD=1)` : `Site built by the benchmark (\`astro build --outDir ${meta.outDir}\`: this checkout, fresh, \`dist/\` untouched)`;
  const failing = [...pages.map((page) => ({ name: pageLabel(page), summary: page.summary })), { name: 'reference', summary: reference.summary }].flatMap(({ name, summary }) =>
    summary.failing.map((audit) => [name, audit.category, `\`${audit.id}\` ${audit.title}`, `${audit.runs} of ${summary.runs}`, audit.score.toFixed(2), audit.displayValue || '—']),
  );
  const warnings = [...new Set([...pages.flatMap((page) => page.summary.warnings), ...reference.summary.warnings])];
  return [
    '## Lighthouse',
    '',
    `Written by \`npm run bench:lighthouse\` (bench/lighthouse/) on ${meta.date}, in ${meta.wallMinutes.toFixed(1)} min (build ${(meta.buildSeconds ?? 0).toFixed(0)} s, ${runs.length} Lighthouse runs ${meta.lighthouseMinutes.toFixed(1)} min, ${median(runs).toFixed(1)} s per run median, ${range(runs, 1)} s). ` +
      `Machine: ${meta.machine}; load average (1 / 5 / 15 min) ${loads(meta.loadStart)} at the start, ${loads(meta.loadEnd)} at the end, 1-minute load after each run ${range(load, 1)} (median ${median(load).toFixed(1)}). ` +
      `Lighthouse ${meta.lighthouseVersion}, ${meta.chromiumVersion}; Lighthouse's host CPU benchmark index ${median(indexes).toFixed(0)} median (${range(indexes, 0)}), ` +
      `${indexes.filter((index) => index <= slowHostIndex).length} of ${indexes.length} runs at or below ${slowHostIndex}, where Lighthouse's CLI warns that the host is too slow for the default 4× CPU slowdown (its docs/throttling.md): main-thread times (TBT, and LCP where layout work precedes it) then overstate a phone. ` +
      "Other jobs shared the 2 cores: absolute times drift with them, which is why each page's LCP is also given as a ratio to a reference page measured in the same rounds.",
    '',
    `Method: ${build}, served from 127.0.0.1 by bench/shared/server.ts: gzip for text, images as stored, the \`/*\` headers of the built \`_headers\` file. ` +
      "One headless Chromium (Debian's, the flags of tests/e2e/browser.ts) launched by Playwright; Lighthouse's Node API with its default configuration, that is the mobile preset (Moto G Power screen, simulated throttling: 150 ms RTT, 1.6 Mbit/s down, 4× CPU slowdown), categories performance, accessibility, best practices and SEO. " +
      'Changed from the defaults only where no score depends on it, to fit the runs in 10 minutes: no full-page screenshot (`disableFullPageScreenshot`), the `bf-cache` audit skipped (a diagnostic of weight 0 that navigates away and back), and the quiet windows awaited after load halved to 500 ms (`pauseAfterFcpMs`, `pauseAfterLoadMs`, `networkQuietThresholdMs`, `cpuQuietThresholdMs`: these pages fetch and schedule nothing after load). ' +
      `${meta.runsPerPage} runs per page, in rounds (every page once per round, the reference first), so load drift weighs on all pages alike; ` +
      'every number below is the **median of that number over the runs, each metric on its own** (not the metrics of one "median run"). ' +
      `Reference (\`${reference.path}\`): the text of the French announcement below (headings, paragraphs, list items) with a few lines of inline CSS, no script, no image, no stylesheet, generated into the served folder at bench time: the fastest page this server and text allow.` +
      (meta.filter ? ` **Partial run**: only pages matching \`${meta.filter}\`.` : ''),
    '',
    ...table(
      ['Page', 'Lang', 'Path', 'Perf', 'A11y', 'BP', 'SEO', 'LCP', 'TBT', 'CLS', 'LCP / ref', 'FCP', 'Transfer', 'Requests', 'LCP element'],
      'lllrrrrrrrrrrrl',
      [pageRow('zero-JS reference', 'fr', reference.path, reference.summary, 1), ...pages.map((page) => pageRow(page.template, page.lang, page.path, page.summary, page.lcpRatio))],
    ),
    '',
    'Transfer: bytes over the wire for the whole load (gzip for text), with the request count, as Lighthouse counted them.',
    '',
    '### Failing audits',
    '',
    ...(failing.length === 0
      ? ['None: no scored audit (weight above 0) lost a point on any page in any run.']
      : ['Scored audits (weight above 0) below full marks in at least one run; worst score seen.', '', ...table(['Page', 'Category', 'Audit', 'Runs', 'Worst score', 'Value'], 'lllrrl', failing)]),
    '',
    ...(warnings.length > 0 ? ['Lighthouse warnings:', '', ...warnings.map((warning) => `- ${warning.replace(/\n/g, ' ')}`), ''] : []),
    '### Goals on this run',
    '',
    ...table(
      ['Goal', 'Worst case (page medians)', 'Met', 'Why not'],
      'llcl',
      evaluateGoals(pages, meta.wallMinutes).map((goal) => [
        goal.goal,
        goal.measured,
        goal.met ? 'yes' : '**no**',
        goal.met ? '' : [goal.misses.length > 0 ? `Missed by: ${goal.misses.join(', ')}.` : '', explanations[goal.id] ?? 'Not yet explained: see the failing audits above.'].filter(Boolean).join(' '),
      ]),
    ),
    '',
    `Scores are shown as Lighthouse rounds them. Goals use each page's medians; the reference page is measured only to give the LCP ratios (categories: ${categoryIds.length}, all on every run).`,
  ].join('\n');
}

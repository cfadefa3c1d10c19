/** Turns the Lighthouse benchmark's results into its Markdown section of docs/benchmarks.md, goals checked. */
import { evaluateGoals, formatMs, pageLabel, type GoalId, type MeasuredPage } from './goals';
import { categoryIds, median, type PageSummary } from './results';

/** What the report says about the run besides the pages. */
export interface ReportMeta {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Whole benchmark, build included. */
  readonly wallMinutes: number;
  readonly buildSeconds: number;
  readonly lighthouseMinutes: number;
  /** CPUs, memory, Node version. */
  readonly machine: string;
  readonly lighthouseVersion: string;
  readonly chromiumVersion: string;
  /** 1-minute load averages: at the start, after each Lighthouse run, at the end. */
  readonly loadStart: readonly number[];
  readonly loadEnd: readonly number[];
  readonly loadDuringRuns: readonly number[];
  /** Seconds each Lighthouse run took (gathering and auditing). */
  readonly runSeconds: readonly number[];
  /** Lighthouse's host benchmark index, every run. */
  readonly benchmarkIndexes: readonly number[];
  readonly runsPerPage: number;
  /** How the site was built and served, one sentence. */
  readonly build: string;
  /** Lighthouse settings changed from the defaults, one sentence. */
  readonly settings: string;
  /** Words of the page filter when the run did not cover every page, or empty. */
  readonly filter: string;
}

/** The reference page, measured in the same rounds. */
export interface ReferenceResult {
  readonly path: string;
  readonly summary: PageSummary;
}

/** Lighthouse's threshold (core/gather/driver/environment.js): a benchmark index at or below it is a host too slow for the default CPU slowdown. */
const slowHostIndex = 1000;

const score = (value: number) => (Number.isNaN(value) ? 'n/a' : Math.round(value).toFixed(0));
const kb = (bytes: number) => (Number.isNaN(bytes) ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`);
const cls = (value: number) => (Number.isNaN(value) ? 'n/a' : value.toFixed(3));
const loads = (values: readonly number[]) => values.map((value) => value.toFixed(1)).join(' / ');
/** Escapes a table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** One row of the pages table. */
function pageRow(name: string, lang: string, path: string, summary: PageSummary, ratio: string): string {
  const s = summary.scores;
  return `| ${name} | ${lang} | \`${path}\` | ${score(s.performance)} | ${score(s.accessibility)} | ${score(s['best-practices'])} | ${score(s.seo)} | ${formatMs(summary.lcpMs)} | ${formatMs(summary.tbtMs)} | ${cls(summary.cls)} | ${ratio} | ${formatMs(summary.fcpMs)} | ${kb(summary.transferBytes)} | ${Number.isNaN(summary.requests) ? 'n/a' : summary.requests.toFixed(0)} | ${cell(summary.lcpElement || 'n/a')} |`;
}

/**
 * The Markdown section (without its markers). `explanations` gives, for goals
 * known to miss, why: shown only when the goal is missed on this run, so a
 * stale excuse never sits beside a met goal.
 */
export function renderReport(pages: readonly MeasuredPage[], reference: ReferenceResult, meta: ReportMeta, explanations: Readonly<Partial<Record<GoalId, string>>> = {}): string {
  const lines: string[] = [];
  const indexes = meta.benchmarkIndexes;
  lines.push('## Lighthouse', '');
  lines.push(
    `Written by \`npm run bench:lighthouse\` (bench/lighthouse/) on ${meta.date}, in ${meta.wallMinutes.toFixed(1)} min (build ${meta.buildSeconds.toFixed(0)} s, ${meta.runSeconds.length} Lighthouse runs ${meta.lighthouseMinutes.toFixed(1)} min, ${median(meta.runSeconds).toFixed(1)} s per run median, ${Math.min(...meta.runSeconds).toFixed(1)}–${Math.max(...meta.runSeconds).toFixed(1)} s). ` +
      `Machine: ${meta.machine}; load average (1 / 5 / 15 min) ${loads(meta.loadStart)} at the start, ${loads(meta.loadEnd)} at the end, ` +
      `1-minute load after each run ${Math.min(...meta.loadDuringRuns).toFixed(1)}–${Math.max(...meta.loadDuringRuns).toFixed(1)} (median ${median(meta.loadDuringRuns).toFixed(1)}). ` +
      // Chromium names itself "Chrome/…" (or "HeadlessChrome/…") in its version string.
      `Lighthouse ${meta.lighthouseVersion}, ${meta.chromiumVersion.replace(/^(Headless)?Chrome\//, 'Chromium ')}; Lighthouse's host CPU benchmark index ${median(indexes).toFixed(0)} median (${Math.min(...indexes).toFixed(0)}–${Math.max(...indexes).toFixed(0)}), ` +
      `${indexes.filter((index) => index <= slowHostIndex).length} of ${indexes.length} runs at or below ${slowHostIndex}, where Lighthouse's CLI warns that the host is too slow for the default 4× CPU slowdown (its docs/throttling.md): main-thread times (TBT, and LCP where layout work precedes it) then overstate a phone. ` +
      'Other jobs shared the 2 cores: absolute times drift with them, which is why each page\'s LCP is also given as a ratio to a reference page measured in the same rounds.',
    '',
    `Method: ${meta.build} One headless Chromium (Debian's, \`--headless=new\` and the flags of tests/e2e/browser.ts) launched by chrome-launcher; Lighthouse's Node API with its default configuration, that is the mobile preset (Moto G Power screen, simulated throttling: 150 ms RTT, 1.6 Mbit/s down, 4× CPU slowdown), ` +
      `categories performance, accessibility, best practices and SEO. ${meta.settings} ` +
      `${meta.runsPerPage} runs per page, in rounds (every page once per round, the reference first), so load drift weighs on all pages alike; ` +
      'every number below is the **median of that number over the runs, each metric on its own** (not the metrics of one "median run"). ' +
      `Reference (\`${reference.path}\`): the text of the French announcement below (headings, paragraphs, list items) with a few lines of inline CSS, no script, no image, no stylesheet, generated into the served folder at bench time: the fastest page this server and text allow.` +
      (meta.filter ? ` **Partial run**: only pages matching \`${meta.filter}\`.` : ''),
    '',
    '| Page | Lang | Path | Perf | A11y | BP | SEO | LCP | TBT | CLS | LCP / ref | FCP | Transfer | Requests | LCP element |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    pageRow('zero-JS reference', 'fr', reference.path, reference.summary, '1.00'),
  );
  for (const page of pages) lines.push(pageRow(page.template, page.lang, page.path, page.summary, page.lcpRatio.toFixed(2)));
  lines.push('', 'Transfer: bytes over the wire for the whole load (gzip for text), with the request count, as Lighthouse counted them.', '');

  lines.push('### Failing audits', '');
  const failing = [...pages.map((page) => ({ name: pageLabel(page), summary: page.summary })), { name: 'reference', summary: reference.summary }].flatMap(({ name, summary }) =>
    summary.failing.map((audit) => `| ${name} | ${audit.category} | \`${audit.id}\` ${cell(audit.title)} | ${audit.runs} of ${summary.runs} | ${audit.score.toFixed(2)} | ${cell(audit.displayValue || '—')} |`),
  );
  if (failing.length === 0) lines.push('None: no scored audit (weight above 0) lost a point on any page in any run.', '');
  else lines.push('Scored audits (weight above 0) below full marks in at least one run; worst score seen.', '', '| Page | Category | Audit | Runs | Worst score | Value |', '| --- | --- | --- | ---: | ---: | --- |', ...failing, '');

  const warnings = [...new Set([...pages.flatMap((page) => page.summary.warnings), ...reference.summary.warnings])];
  if (warnings.length > 0) lines.push('Lighthouse warnings: ', '', ...warnings.map((warning) => `- ${cell(warning)}`), '');

  lines.push('### Goals on this run', '', '| Goal | Worst case (page medians) | Met | Why not |', '| --- | --- | :---: | --- |');
  for (const goal of evaluateGoals(pages, meta.wallMinutes)) {
    const why = goal.met ? '' : [goal.misses.length > 0 ? `Missed by: ${goal.misses.join(', ')}.` : '', explanations[goal.id] ?? 'Not yet explained: see the failing audits above.'].filter(Boolean).join(' ');
    lines.push(`| ${goal.goal} | ${cell(goal.measured)} | ${goal.met ? 'yes' : '**no**'} | ${cell(why)} |`);
  }
  lines.push(
    '',
    'Scores are shown as Lighthouse rounds them. ' + `Goals use each page's medians; the reference page is measured only to give the LCP ratios (categories: ${categoryIds.length}, all on every run).`,
  );
  return lines.join('\n');
}

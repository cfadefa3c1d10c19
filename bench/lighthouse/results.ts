/**
 * What one Lighthouse run says about a page, and the per-page summary of
 * several runs. Pure functions over the parts of a Lighthouse result the
 * benchmark reads, so they are tested without a browser.
 */

/** Lighthouse categories the benchmark runs, in report order. */
export const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One of the four categories. */
export type CategoryId = (typeof categoryIds)[number];

/** The parts of an audit result read here (a structural subset of Lighthouse's `Result.Audit`). */
export interface AuditLike {
  readonly id: string;
  readonly title: string;
  readonly score: number | null;
  readonly scoreDisplayMode?: string;
  readonly numericValue?: number;
  readonly displayValue?: string;
  readonly details?: unknown;
}

/** The parts of a Lighthouse result read here (a structural subset of `Result`, so the real one fits). */
export interface LhrLike {
  readonly lighthouseVersion: string;
  readonly runWarnings: readonly string[];
  readonly runtimeError?: { readonly code: string; readonly message: string };
  readonly environment: { readonly benchmarkIndex: number };
  readonly categories: Readonly<Record<string, { readonly score: number | null; readonly auditRefs: readonly { readonly id: string; readonly weight: number }[] } | undefined>>;
  readonly audits: Readonly<Record<string, AuditLike | undefined>>;
}

/** An audit that cost points in a run: scored (weight above 0) and below full marks. */
export interface FailingAudit {
  readonly id: string;
  readonly category: CategoryId;
  readonly title: string;
  /** 0–1, as Lighthouse scores audits. */
  readonly score: number;
  /** Lighthouse's short value (`1.2 s`, `3 elements`), empty when it has none. */
  readonly displayValue: string;
}

/** What Lighthouse measured of a load: of one run, or a page's medians. Scores are 0–100, unrounded; times in milliseconds. */
export interface LoadMetrics {
  readonly scores: Readonly<Record<CategoryId, number>>;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  readonly fcpMs: number;
  readonly speedIndexMs: number;
  /** Bytes over the wire for the whole load (compressed), and how many requests. */
  readonly transferBytes: number;
  readonly requests: number;
  /** The element Lighthouse found as largest contentful paint, as a short label. */
  readonly lcpElement: string;
  readonly warnings: readonly string[];
}

/** The numbers of one run. */
export interface RunMetrics extends LoadMetrics {
  /** Lighthouse's measure of the host CPU for this run (higher is faster; around 1000+ on a desktop). */
  readonly benchmarkIndex: number;
  readonly failing: readonly FailingAudit[];
}

/** True median: the middle value, or the mean of the two middle ones; NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? NaN) + upper) / 2;
}

/** A record with string keys, from an unknown value (details are untyped JSON). */
function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The `items` array of a details object, or none. */
function itemsOf(details: unknown): unknown[] {
  const items = asRecord(details)?.['items'];
  return Array.isArray(items) ? items : [];
}

/** The label of the LCP element: a list whose first table holds the node (`largest-contentful-paint-element`). */
function lcpElementOf(details: unknown): string {
  for (const part of itemsOf(details)) {
    for (const item of itemsOf(part)) {
      const node = asRecord(asRecord(item)?.['node']);
      const label = node?.['nodeLabel'];
      const selector = node?.['selector'];
      if (typeof label === 'string' || typeof selector === 'string') {
        const text = typeof label === 'string' ? label.replace(/\s+/g, ' ').trim() : '';
        const tag = typeof selector === 'string' ? (selector.split(/\s*>\s*/).pop() ?? selector) : '';
        return [tag, text.length > 40 ? `${text.slice(0, 39)}…` : text].filter(Boolean).join(' ');
      }
    }
  }
  return '';
}

/** A number from the first item of a details table (`diagnostics` carries one row of totals). */
function firstItemNumber(details: unknown, key: string): number {
  const value = asRecord(itemsOf(details)[0])?.[key];
  return typeof value === 'number' ? value : NaN;
}

/** Reads one run. Throws when Lighthouse reported a runtime error (the page did not load), so no bad run is averaged in. */
export function metricsOf(lhr: LhrLike): RunMetrics {
  if (lhr.runtimeError) throw new Error(`Lighthouse runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const score = (id: CategoryId) => {
    const value = lhr.categories[id]?.score;
    return typeof value === 'number' ? value * 100 : NaN;
  };
  const failing: FailingAudit[] = [];
  for (const category of categoryIds) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      // Weight 0 audits (diagnostics, "manual" checks) cannot cost a point; null scores are not applicable or informative.
      if (ref.weight <= 0 || !audit || audit.score === null || audit.score >= 1) continue;
      failing.push({ id: audit.id, category, title: audit.title, score: audit.score, displayValue: audit.displayValue ?? '' });
    }
  }
  const diagnostics = lhr.audits['diagnostics']?.details;
  return {
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    fcpMs: numeric('first-contentful-paint'),
    speedIndexMs: numeric('speed-index'),
    transferBytes: firstItemNumber(diagnostics, 'totalByteWeight'),
    requests: firstItemNumber(diagnostics, 'numRequests'),
    lcpElement: lcpElementOf(lhr.audits['largest-contentful-paint-element']?.details),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failing,
    warnings: [...lhr.runWarnings],
  };
}

/** A scored audit that failed in at least one run of a page, with how many. */
export interface FailingSummary extends FailingAudit {
  /** Runs in which it failed (out of the page's runs). */
  readonly runs: number;
}

/** A page's runs, reduced: every number is the median of that number over the runs, each on its own; the LCP element is the one most runs reported. */
export interface PageSummary extends LoadMetrics {
  readonly runs: number;
  /** Worst run, for the goals that must hold every time (scores are medians above). */
  readonly worstLcpMs: number;
  readonly failing: readonly FailingSummary[];
}

/** The most frequent value (first seen wins a tie). */
function mode(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Per-metric medians of a page's runs. Per metric rather than "the median run
 * by performance score": with 5 runs scoring 100, a median run would be picked
 * at random, and each metric's own median is the steadier number.
 */
export function summarise(runs: readonly RunMetrics[]): PageSummary {
  const of = (pick: (run: RunMetrics) => number) => median(runs.map(pick));
  const failing = new Map<string, FailingSummary>();
  for (const run of runs) {
    for (const audit of run.failing) {
      const key = `${audit.category}\u0000${audit.id}`;
      const seen = failing.get(key);
      // Keep the worst score seen, so the report shows how far off it got.
      failing.set(key, seen ? { ...(audit.score < seen.score ? audit : seen), runs: seen.runs + 1 } : { ...audit, runs: 1 });
    }
  }
  return {
    runs: runs.length,
    scores: {
      performance: of((run) => run.scores.performance),
      accessibility: of((run) => run.scores.accessibility),
      'best-practices': of((run) => run.scores['best-practices']),
      seo: of((run) => run.scores.seo),
    },
    lcpMs: of((run) => run.lcpMs),
    tbtMs: of((run) => run.tbtMs),
    cls: of((run) => run.cls),
    fcpMs: of((run) => run.fcpMs),
    speedIndexMs: of((run) => run.speedIndexMs),
    transferBytes: of((run) => run.transferBytes),
    requests: of((run) => run.requests),
    lcpElement: mode(runs.map((run) => run.lcpElement)),
    worstLcpMs: Math.max(...runs.map((run) => run.lcpMs)),
    failing: [...failing.values()].sort((a, b) => b.runs - a.runs || a.score - b.score),
    warnings: [...new Set(runs.flatMap((run) => run.warnings))],
  };
}

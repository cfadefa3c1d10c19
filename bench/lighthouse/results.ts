/**
 * What one Lighthouse run says about a page, and the per-page summary of
 * several runs. Pure functions over the parts of a Lighthouse result the
 * benchmark reads, so they are tested without a browser.
 */
import { median } from '../shared/stats';

/** Lighthouse categories the benchmark runs, in report order. */
export const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One of the four categories. */
export type CategoryId = (typeof categoryIds)[number];

/** The parts of a Lighthouse result read here (a structural subset of its `Result`, so the real one fits). */
export interface LhrLike {
  readonly lighthouseVersion: string;
  readonly runWarnings: readonly string[];
  readonly runtimeError?: { readonly code: string; readonly message: string };
  readonly environment: { readonly benchmarkIndex: number };
  readonly categories: Readonly<Record<string, { readonly score: number | null; readonly auditRefs: readonly { readonly id: string; readonly weight: number }[] } | undefined>>;
  readonly audits: Readonly<Record<string, { readonly id: string; readonly title: string; readonly score: number | null; readonly numericValue?: number; readonly displayValue?: string; readonly details?: unknown } | undefined>>;
}

/** An audit that cost points: scored (weight above 0) and below full marks (0–1); `runs` counts the runs it failed in, keeping the worst score. */
export interface FailingAudit {
  readonly id: string;
  readonly category: CategoryId;
  readonly title: string;
  readonly score: number;
  /** Lighthouse's short value (`1.2 s`, `3 elements`), empty when it has none. */
  readonly displayValue: string;
  readonly runs: number;
}

/** What Lighthouse measured of a load, one run's or a page's medians. Scores are 0–100, unrounded; times in milliseconds. */
export interface LoadMetrics {
  readonly scores: Readonly<Record<CategoryId, number>>;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  readonly fcpMs: number;
  /** Bytes over the wire for the whole load (compressed), and how many requests. */
  readonly transferBytes: number;
  readonly requests: number;
  /** The element Lighthouse found as largest contentful paint, as a short label. */
  readonly lcpElement: string;
  readonly warnings: readonly string[];
  readonly failing: readonly FailingAudit[];
}

/** The numbers of one run, with Lighthouse's measure of the host CPU (higher is faster; around 1000+ on a desktop). */
export interface RunMetrics extends LoadMetrics {
  readonly benchmarkIndex: number;
}

/** A page's runs reduced: every number is the median of that number over the runs, each on its own; the LCP element is the one most runs reported. */
export interface PageSummary extends LoadMetrics {
  readonly runs: number;
}

/** A record with string keys, from an unknown value (details are untyped JSON). */
const asRecord = (value: unknown): Record<string, unknown> | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined);

/** The `items` array of a details object, or none. */
function itemsOf(details: unknown): unknown[] {
  const items = asRecord(details)?.['items'];
  return Array.isArray(items) ? items : [];
}

/** The label of the LCP element: a list whose first table holds the node (`largest-contentful-paint-element`). */
function lcpElementOf(details: unknown): string {
  for (const item of itemsOf(details).flatMap(itemsOf)) {
    const node = asRecord(asRecord(item)?.['node']);
    const [label, selector] = [node?.['nodeLabel'], node?.['selector']];
    if (typeof label === 'string' || typeof selector === 'string') {
      const text = typeof label === 'string' ? label.replace(/\s+/g, ' ').trim() : '';
      const tag = typeof selector === 'string' ? (selector.split(/\s*>\s*/).pop() ?? selector) : '';
      return [tag, text.length > 40 ? `${text.slice(0, 39)}…` : text].filter(Boolean).join(' ');
    }
  }
  return '';
}

/** Reads one run. Throws when Lighthouse reported a runtime error (the page did not load), so no bad run is averaged in. */
export function metricsOf(lhr: LhrLike): RunMetrics {
  if (lhr.runtimeError) throw new Error(`Lighthouse runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  // `diagnostics` carries one row of totals.
  const diagnostic = (key: string) => {
    const value = asRecord(itemsOf(lhr.audits['diagnostics']?.details)[0])?.[key];
    return typeof value === 'number' ? value : NaN;
  };
  const failing = categoryIds.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      // Weight 0 audits (diagnostics, "manual" checks) cannot cost a point; null scores are not applicable or informative.
      return ref.weight <= 0 || !audit || audit.score === null || audit.score >= 1 ? [] : [{ id: audit.id, category, title: audit.title, score: audit.score, displayValue: audit.displayValue ?? '', runs: 1 }];
    }),
  );
  return {
    scores: Object.fromEntries(categoryIds.map((id) => [id, (lhr.categories[id]?.score ?? NaN) * 100])) as Record<CategoryId, number>,
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    fcpMs: numeric('first-contentful-paint'),
    transferBytes: diagnostic('totalByteWeight'),
    requests: diagnostic('numRequests'),
    lcpElement: lcpElementOf(lhr.audits['largest-contentful-paint-element']?.details),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failing,
    warnings: [...lhr.runWarnings],
  };
}

/** The most frequent value (first seen wins a tie). */
function mode(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['', 0])[0];
}

/**
 * Per-metric medians of a page's runs. Per metric rather than "the median run
 * by performance score": with 5 runs scoring 100, a median run would be picked
 * at random, and each metric's own median is the steadier number.
 */
export function summarise(runs: readonly RunMetrics[]): PageSummary {
  const of = (pick: (run: RunMetrics) => number) => median(runs.map(pick));
  const failing = new Map<string, FailingAudit>();
  for (const audit of runs.flatMap((run) => run.failing)) {
    const key = `${audit.category}\u0000${audit.id}`;
    const seen = failing.get(key);
    // Keep the worst score seen, so the report shows how far off it got.
    failing.set(key, seen ? { ...(audit.score < seen.score ? audit : seen), runs: seen.runs + 1 } : audit);
  }
  return {
    runs: runs.length,
    scores: Object.fromEntries(categoryIds.map((id) => [id, of((run) => run.scores[id])])) as Record<CategoryId, number>,
    lcpMs: of((run) => run.lcpMs),
    tbtMs: of((run) => run.tbtMs),
    cls: of((run) => run.cls),
    fcpMs: of((run) => run.fcpMs),
    transferBytes: of((run) => run.transferBytes),
    requests: of((run) => run.requests),
    lcpElement: mode(runs.map((run) => run.lcpElement)),
    failing: [...failing.values()].sort((a, b) => b.runs - a.runs || a.score - b.score),
    warnings: [...new Set(runs.flatMap((run) => run.warnings))],
  };
}

/**
 * The goals for the public pages, checked against a run's per-page
 * medians: each goal names its worst page, so a miss points at a template.
 */
import type { Locale } from '../../src/i18n/locales';
import { categoryIds, type CategoryId, type PageSummary } from './results';

/** The page templates measured, each in both languages. */
export const templates = ['home', 'announcements', 'announcement', 'criteria', 'dates', 'faq', 'search'] as const;

/** One of the templates. */
export type Template = (typeof templates)[number];

/** A page the benchmark loads. */
export interface BenchPage {
  /** `fr-home`, `en-announcement`: what `BENCH_PAGES` filters on. */
  readonly id: string;
  readonly lang: Locale;
  readonly template: Template;
  /** URL path on the served site (`/fr/annonces/`). */
  readonly path: string;
}

/** A page with its summary and its LCP over the reference page's, from the same run. */
export interface MeasuredPage extends BenchPage {
  readonly summary: PageSummary;
  readonly lcpRatio: number;
}

/** Goals from the issue. */
export const goals = {
  score: 100,
  lcpMs: 1000,
  tbtMs: 50,
  cls: 0.01,
  lcpRatio: 1.15,
  wallMinutes: 10,
} as const;

/** The goals, by key. */
export type GoalId = CategoryId | 'lcp' | 'tbt' | 'cls' | 'lcp-ratio' | 'wall-time';

/** One goal checked on a run. */
export interface GoalResult {
  readonly id: GoalId;
  readonly goal: string;
  /** Worst case, with the page it was measured on. */
  readonly measured: string;
  readonly met: boolean;
  /** Pages that miss the goal (empty when met, or for the wall-time goal). */
  readonly misses: readonly string[];
}

const categoryNames: Record<CategoryId, string> = { performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best practices', seo: 'SEO' };

/** `fr announcement`: how a page is named in the goals. */
export function pageLabel(page: BenchPage): string {
  return `${page.lang} ${page.template}`;
}

/** Milliseconds as the report writes them. */
export function formatMs(value: number): string {
  return Number.isNaN(value) ? 'n/a' : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}

/**
 * Checks every goal on the pages' medians (scores rounded as Lighthouse shows
 * them). Higher is better for scores, lower for the rest; the worst page is
 * reported. `wallMinutes` is the whole benchmark, build included.
 */
export function evaluateGoals(pages: readonly MeasuredPage[], wallMinutes: number): GoalResult[] {
  const check = (id: GoalId, goal: string, value: (page: MeasuredPage) => number, passes: (value: number) => boolean, format: (value: number) => string, higherIsBetter: boolean): GoalResult => {
    if (pages.length === 0) return { id, goal, measured: 'no page measured', met: false, misses: [] };
    const sorted = [...pages].sort((a, b) => (higherIsBetter ? value(a) - value(b) : value(b) - value(a)));
    const worst = sorted[0];
    // A NaN (a metric Lighthouse could not compute) never passes.
    const misses = pages.filter((page) => !(passes(value(page)) && !Number.isNaN(value(page)))).map(pageLabel);
    return { id, goal, measured: worst ? `${format(value(worst))} (${pageLabel(worst)})` : 'n/a', met: misses.length === 0, misses };
  };
  const results: GoalResult[] = categoryIds.map((category) =>
    check(category, `${categoryNames[category]} = ${goals.score}`, (page) => Math.round(page.summary.scores[category]), (value) => value >= goals.score, (value) => value.toFixed(0), true),
  );
  results.push(
    check('lcp', `LCP ≤ ${formatMs(goals.lcpMs)}`, (page) => page.summary.lcpMs, (value) => value <= goals.lcpMs, formatMs, false),
    check('tbt', `TBT ≤ ${goals.tbtMs} ms`, (page) => page.summary.tbtMs, (value) => value <= goals.tbtMs, formatMs, false),
    check('cls', `CLS ≤ ${goals.cls}`, (page) => page.summary.cls, (value) => value <= goals.cls, (value) => value.toFixed(3), false),
    check('lcp-ratio', `LCP / zero-JS reference LCP ≤ ${goals.lcpRatio}`, (page) => page.lcpRatio, (value) => value <= goals.lcpRatio, (value) => value.toFixed(2), false),
  );
  results.push({
    id: 'wall-time',
    goal: `Whole benchmark < ${goals.wallMinutes} min on this machine`,
    measured: `${wallMinutes.toFixed(1)} min`,
    met: wallMinutes < goals.wallMinutes,
    misses: [],
  });
  return results;
}

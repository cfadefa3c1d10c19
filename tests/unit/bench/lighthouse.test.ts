/**
 * The Lighthouse benchmark's pure parts: reading a run, summaries, goals,
 * page discovery, the reference page and the report, without a browser.
 */
import { describe, expect, it } from 'vitest';
import { evaluateGoals, renderReport, type MeasuredPage, type ReportMeta } from '../../../bench/lighthouse/report';
import { metricsOf, summarise, type LhrLike, type PageSummary, type RunMetrics } from '../../../bench/lighthouse/results';
import { filterPages, firstAnnouncementPath, referencePage } from '../../../bench/lighthouse/site';

/** A Lighthouse result with only what the benchmark reads. */
function lhr(overrides: { performance?: number; lcp?: number; failing?: { id: string; score: number; weight: number }[] } = {}): LhrLike {
  const failing = overrides.failing ?? [];
  return {
    lighthouseVersion: '12.8.2',
    runWarnings: [],
    environment: { benchmarkIndex: 900 },
    categories: {
      performance: { score: overrides.performance ?? 1, auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }, ...failing.map(({ id, weight }) => ({ id, weight }))] },
      accessibility: { score: 1, auditRefs: [] },
      'best-practices': { score: 0.96, auditRefs: [] },
      seo: { score: 1, auditRefs: [] },
    },
    audits: {
      'largest-contentful-paint': { id: 'largest-contentful-paint', title: 'LCP', score: 1, numericValue: overrides.lcp ?? 800 },
      'total-blocking-time': { id: 'total-blocking-time', title: 'TBT', score: 1, numericValue: 20 },
      'cumulative-layout-shift': { id: 'cumulative-layout-shift', title: 'CLS', score: 1, numericValue: 0.002 },
      diagnostics: { id: 'diagnostics', title: 'Diagnostics', score: null, details: { type: 'debugdata', items: [{ numRequests: 3, totalByteWeight: 9000 }] } },
      'largest-contentful-paint-element': {
        id: 'largest-contentful-paint-element',
        title: 'LCP element',
        score: null,
        details: { type: 'list', items: [{ type: 'table', items: [{ node: { selector: 'main > article > h1', nodeLabel: 'Bien préparer sa candidature' } }] }] },
      },
      ...Object.fromEntries(failing.map(({ id, score }) => [id, { id, title: `Audit ${id}`, score, displayValue: '1 element' }])),
    },
  };
}

describe('metricsOf', () => {
  it('reads scores as 0–100, metrics, transfer and the LCP element', () => {
    const metrics = metricsOf(lhr());
    expect(metrics.scores).toEqual({ performance: 100, accessibility: 100, 'best-practices': 96, seo: 100 });
    expect([metrics.lcpMs, metrics.tbtMs, metrics.cls, metrics.requests, metrics.transferBytes]).toEqual([800, 20, 0.002, 3, 9000]);
    expect(metrics.lcpElement).toBe('h1 Bien préparer sa candidature');
    expect(Number.isNaN(metrics.fcpMs)).toBe(true);
  });

  it.each([
    { name: 'a weighted audit below 1 fails', audit: { id: 'color-contrast', score: 0, weight: 7 }, failing: ['color-contrast'] },
    { name: 'a weight-0 diagnostic never fails', audit: { id: 'uses-long-cache-ttl', score: 0.5, weight: 0 }, failing: [] },
    { name: 'full marks do not fail', audit: { id: 'document-title', score: 1, weight: 7 }, failing: [] },
  ])('$name', ({ audit, failing }) => {
    expect(metricsOf(lhr({ failing: [audit] })).failing.map((item) => item.id)).toEqual(failing);
  });

  it('refuses a run Lighthouse reported as failed', () => {
    expect(() => metricsOf({ ...lhr(), runtimeError: { code: 'NO_FCP', message: 'no paint' } })).toThrow(/NO_FCP/);
  });
});

describe('summarise', () => {
  it('takes each metric’s own median and counts failing runs, keeping the worst score', () => {
    const runs: RunMetrics[] = [
      metricsOf(lhr({ performance: 1, lcp: 700 })),
      metricsOf(lhr({ performance: 0.97, lcp: 1200, failing: [{ id: 'total-blocking-time', score: 0.6, weight: 30 }] })),
      metricsOf(lhr({ performance: 0.99, lcp: 900, failing: [{ id: 'total-blocking-time', score: 0.9, weight: 30 }] })),
    ];
    const summary = summarise(runs);
    expect(summary.scores.performance).toBe(99);
    expect(summary.lcpMs).toBe(900);
    expect(summary.failing).toEqual([expect.objectContaining({ id: 'total-blocking-time', runs: 2, score: 0.6 })]);
  });
});

/** A measured page with the given medians. */
function page(id: string, values: Partial<Pick<PageSummary, 'lcpMs' | 'tbtMs' | 'cls'>> & { performance?: number; ratio?: number }): MeasuredPage {
  const [lang, template] = id.split('-') as ['fr' | 'en', 'home'];
  const summary = summarise([metricsOf(lhr())]);
  return {
    id,
    lang,
    template,
    path: `/${lang}/`,
    lcpRatio: values.ratio ?? 1,
    summary: {
      ...summary,
      scores: { ...summary.scores, 'best-practices': 100, performance: values.performance ?? 100 },
      lcpMs: values.lcpMs ?? 800,
      tbtMs: values.tbtMs ?? 0,
      cls: values.cls ?? 0,
    },
  };
}

describe('evaluateGoals', () => {
  it.each([
    { name: 'all met', pages: [page('fr-home', {}), page('en-home', {})], minutes: 8, missed: [] },
    { name: 'a rounded 99.6 is 100', pages: [page('fr-home', { performance: 99.6 })], minutes: 8, missed: [] },
    { name: 'a 99 misses performance', pages: [page('fr-home', { performance: 99 })], minutes: 8, missed: ['performance'] },
    { name: 'limits are inclusive', pages: [page('fr-home', { lcpMs: 1000, tbtMs: 50, cls: 0.01, ratio: 1.15 })], minutes: 8, missed: [] },
    { name: 'slow LCP, blocking, shift, ratio', pages: [page('fr-home', { lcpMs: 1001, tbtMs: 51, cls: 0.011, ratio: 1.16 })], minutes: 8, missed: ['lcp', 'tbt', 'cls', 'lcp-ratio'] },
    { name: 'a metric Lighthouse could not compute misses', pages: [page('fr-home', { lcpMs: NaN })], minutes: 8, missed: ['lcp'] },
    { name: 'ten minutes is too long', pages: [page('fr-home', {})], minutes: 10, missed: ['wall-time'] },
  ])('$name', ({ pages, minutes, missed }) => {
    expect(
      evaluateGoals(pages, minutes)
        .filter((goal) => !goal.met)
        .map((goal) => goal.id),
    ).toEqual(missed);
  });

  it('names the worst page and every page that misses', () => {
    const lcp = evaluateGoals([page('fr-home', { lcpMs: 1100 }), page('en-search', { lcpMs: 1300 }), page('en-home', {})], 8).find((goal) => goal.id === 'lcp');
    expect(lcp).toMatchObject({ measured: '1.30 s (en search)', misses: ['fr home', 'en search'] });
  });
});

describe('site', () => {
  const list = `<html><body><header><a href="/fr/annonces/autre/">nav</a></header><main><a href="/fr/annonces/">Toutes</a><a href="/fr/annonces/page/2/">2</a><article><a href="/fr/annonces/premiere/">Première</a></article><a href="/fr/annonces/seconde/">Seconde</a></main></body></html>`;

  it.each([
    { name: 'the first card in <main>, not the list, its pages or the header', html: list, expected: '/fr/annonces/premiere/' },
    { name: 'none without a card', html: '<main><a href="/fr/annonces/">Toutes</a></main>', expected: undefined },
    { name: 'none without <main>', html: '<body><a href="/fr/annonces/x/">x</a></body>', expected: undefined },
  ])('firstAnnouncementPath: $name', ({ html, expected }) => {
    expect(firstAnnouncementPath(html, '/fr/annonces/')).toBe(expected);
  });

  it.each([
    { filter: '', expected: ['fr-home', 'en-home', 'fr-search', 'en-search'] },
    { filter: 'search', expected: ['fr-search', 'en-search'] },
    { filter: 'fr-home, en-search', expected: ['fr-home', 'en-search'] },
  ])('filterPages "$filter"', ({ filter, expected }) => {
    const pages = ['fr-home', 'en-home', 'fr-search', 'en-search'].map((id) => page(id, {}));
    expect(filterPages(pages, filter).map((item) => item.id)).toEqual(expected);
  });

  it('makes a reference page of the announcement’s text only: no script, image or stylesheet', () => {
    const html = referencePage(
      '<html><head><script src="/x.js"></script></head><body><header>Menu</header><main><h1>Titre &amp; cie</h1><p>Texte <strong>gras</strong>.</p><img src="a.jpg" alt=""><ul><li><p>Point</p></li></ul></main></body></html>',
      'fr',
    );
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<main><h1>Titre &amp; cie</h1><p>Texte gras.</p><p>Point</p></main>');
    expect(html).not.toMatch(/<script|<img|rel="stylesheet"|Menu/);
  });
});

describe('renderReport', () => {
  const meta: ReportMeta = {
    date: '2026-11-26',
    wallMinutes: 9.5,
    buildSeconds: 30,
    lighthouseMinutes: 9,
    machine: '2 × CPU',
    lighthouseVersion: '12.8.2',
    chromiumVersion: 'Chromium 156',
    loadStart: [1, 2, 3],
    loadEnd: [1, 2, 3],
    loadDuringRuns: [1, 2],
    runSeconds: [7, 8],
    benchmarkIndexes: [900, 1000],
    runsPerPage: 5,
    outDir: '.tmp/bench-lighthouse/dist',
    filter: '',
  };
  const reference = { path: '/__reference/', summary: summarise([metricsOf(lhr({ lcp: 800 }))]) };

  it.each([
    { name: 'met goals give no reason', pages: [page('fr-home', {})], contains: ['| LCP ≤ 1.00 s | 800 ms (fr home) | yes |  |', 'None: no scored audit'], absent: ['Known cause'] },
    {
      name: 'a missed goal gives its pages and the known reason',
      pages: [page('en-search', { lcpMs: 1200, ratio: 1.5 })],
      contains: ['| LCP ≤ 1.00 s | 1.20 s (en search) | **no** | Missed by: en search. Known cause |', '| search | en | `/en/` |'],
      absent: [],
    },
  ])('$name', ({ pages, contains, absent }) => {
    const markdown = renderReport(pages, reference, meta, { lcp: 'Known cause', tbt: 'Known cause' });
    for (const text of contains) expect(markdown).toContain(text);
    for (const text of absent) expect(markdown).not.toContain(text);
  });
});

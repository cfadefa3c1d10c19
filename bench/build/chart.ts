/**
 * The build benchmark's chart: build time and peak memory against
 * announcements per language (the sample content at its own count), the
 * project cold and warm after one edit against the bare baseline, as one
 * standalone SVG (docs/benchmarks-build.svg). Observable Plot draws each panel
 * on a server-side DOM (linkedom); this module lays them side by side.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { BuildFigures } from './build';
import { goals, type CaseResult } from './report';

/** One point of a series. */
interface Point {
  readonly entries: number;
  readonly value: number;
  readonly series: string;
}

const panelWidth = 460;
const panelHeight = 300;
const titleHeight = 56;
const colours = { 'Project, cold': '#1f4e9c', 'Project, warm, one edit': '#6a9be0', 'Bare Astro baseline, cold': '#c2410c' } as const;

/** A dashed goal line: a constant (`y`) or a series of points. */
type Goal = { readonly label: string; readonly y: number } | { readonly label: string; readonly points: readonly Point[] };

/** A goal's dashed line and its label. */
function goalMarks(goal: Goal) {
  return 'y' in goal
    ? [Plot.ruleY([goal.y], { stroke: '#555', strokeDasharray: '5 4' }), Plot.text([goal.y], { y: (value: number) => value, frameAnchor: 'left', dx: 4, dy: -7, text: () => goal.label, fill: '#555', textAnchor: 'start' })]
    : [
        Plot.line(goal.points, { x: 'entries', y: 'value', stroke: '#555', strokeDasharray: '5 4', z: null }),
        Plot.text(goal.points.slice(-1), { x: 'entries', y: 'value', text: () => goal.label, fill: '#555', textAnchor: 'end', dx: -6, dy: -8 }),
      ];
}

/** One panel: `value` against entries (log scale, since sizes step by ×10), one line per series, and its goals dashed. */
function panel(points: readonly Point[], label: string, goals: readonly Goal[]): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const sizes = [...new Set(points.map((point) => point.entries))].sort((a, b) => a - b);
  const chart = Plot.plot({
    document,
    width: panelWidth,
    height: panelHeight,
    marginTop: 30,
    marginLeft: 56,
    marginRight: 44,
    marginBottom: 44,
    style: { fontSize: '12px', background: 'white' },
    x: { type: 'log', label: 'Announcements per language →', ticks: sizes, tickFormat: (value: number) => value.toLocaleString('en'), labelAnchor: 'center', labelOffset: 36 },
    y: { label: `↑ ${label}`, grid: true, zero: true, nice: true },
    color: { domain: Object.keys(colours), range: Object.values(colours) },
    marks: [
      Plot.ruleY([0]),
      ...goals.flatMap(goalMarks),
      Plot.line(points, { x: 'entries', y: 'value', stroke: 'series', strokeWidth: 2 }),
      Plot.dot(points, { x: 'entries', y: 'value', fill: 'series', r: 3.5 }),
      Plot.text(points, { x: 'entries', y: 'value', text: (point: Point) => (point.value >= 100 ? point.value.toFixed(0) : point.value.toFixed(1)), dx: 5, dy: -9, textAnchor: 'start', fill: 'series', fontSize: 10 }),
    ],
  });
  return chart.outerHTML;
}

/** Escapes text for SVG. */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The whole SVG: a title, a legend, time and memory panels. */
export function renderChart(results: readonly CaseResult[], subtitle: string): string {
  const sorted = [...results].sort((a, b) => a.announcements - b.announcements);
  const builds = { 'Project, cold': 'cold', 'Project, warm, one edit': 'warm', 'Bare Astro baseline, cold': 'baseline' } as const satisfies Record<keyof typeof colours, string>;
  const points = (value: (build: BuildFigures) => number): Point[] =>
    sorted.flatMap((result) => Object.entries(builds).map(([series, build]) => ({ entries: result.announcements, value: value(result[build]), series })));
  const baselineTimes = (factor: number, series: string) => sorted.map((result) => ({ entries: result.announcements, value: result.baseline.seconds * factor, series }));
  const width = panelWidth * 2 + 24;
  const height = titleHeight + 28 + panelHeight;
  const legend = Object.entries(colours)
    .map(([name, colour], index) => `<g transform="translate(${16 + index * 230} ${titleHeight + 6})"><rect width="14" height="14" rx="2" fill="${colour}"/><text x="20" y="11" font-size="12">${escape(name)}</text></g>`)
    .join('');
  const nested = (svg: string, x: number) => svg.replace(/^<svg /, `<svg x="${x}" y="${titleHeight + 28}" `);
  const timeGoals = [
    { label: `cold goal: ${goals.topRatio} × baseline`, points: baselineTimes(goals.topRatio, 'cold goal') },
    { label: `warm goal: ${goals.warmRatio} × baseline`, points: baselineTimes(goals.warmRatio, 'warm goal') },
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" role="img" aria-labelledby="title desc">`,
    '<title id="title">Build scaling: time and peak memory, project vs bare Astro baseline</title>',
    `<desc id="desc">Two panels against announcements per language (log scale; the sample content at its own count): build wall time in seconds and peak memory in megabytes, for the project's cold build, its warm rebuild after one announcement is edited, and a bare Astro Markdown site with the same number of pages built cold. ${escape(subtitle)}</desc>`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="16" y="26" font-size="17" font-weight="600" fill="#111">Build scaling: project vs bare Astro Markdown site with as many pages</text>`,
    `<text x="16" y="46" font-size="12" fill="#444">${escape(subtitle)}</text>`,
    legend,
    nested(panel(points((build) => build.seconds), 'Build wall time (s)', timeGoals), 0),
    nested(panel(points((build) => build.peakMb), 'Peak memory (MB)', [{ label: 'goal: 1 GB (sample)', y: goals.samplePeakMb }, { label: 'goal: 2 GB (5,000)', y: goals.topPeakMb }]), panelWidth + 24),
    '</svg>',
    '',
  ].join('\n');
}

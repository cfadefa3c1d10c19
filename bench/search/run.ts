/**
 * `npm run bench:search`: the search regression benchmark. For synthetic
 * bilingual corpora of 50, 500 and 5,000 documents per language
 * (`BENCH_SIZES` to change), measures the project's search: index build in a
 * process of its own (time, memory), bytes before and to first results, query
 * times in Node and in Chromium, the first query end to end, accent invariance
 * and typo recovery. Writes its section of docs/benchmarks.md; the one-off
 * comparison with fuse.js and Pagefind that chose this design is recorded
 * there, with the commit that reproduces it.
 *
 * Not a timed test: numbers depend on the machine and its load, which the
 * report states. `BENCH_PORT` (default 4425), `BENCH_REPORT_ONLY=1`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { localeCodes } from '../../src/i18n/locales';
import { SearchEngine } from '../../src/search/runtime/engine';
import { compileSynonyms } from '../../src/search/runtime/query';
import synonyms from '../../src/search/synonyms.json';
import { launchChromium } from '../shared/browser';
import { machine, root, runBench, today, writeSection } from '../shared/run';
import { serve } from '../shared/server';
import { median, percentile } from '../shared/stats';
import type { ChildBuild } from './build-child';
import { quality, resultKey, texts, type BenchQuery } from './queries';
import { renderReport, type ReportMeta, type SizeResult } from './report';

const work = join(root, '.tmp', 'bench');
const sizes = (process.env['BENCH_SIZES'] ?? '50,500,5000').split(',').map(Number);
const port = Number(process.env['BENCH_PORT'] ?? 4425);
const perLanguage = 20;

/** What a run records, enough to render its report again. */
interface SearchRun {
  readonly meta: ReportMeta;
  readonly results: SizeResult[];
}

/** Bundles the browser harness, the engine in a chunk of its own. */
function bundleHarness(): string {
  const out = join(work, 'harness');
  rmSync(out, { recursive: true, force: true });
  const args = ['--bundle', '--splitting', '--format=esm', '--minify', '--target=es2022', `--outdir=${out}`, '--entry-names=harness', '--chunk-names=[name]-[hash]', '--log-level=warning'];
  execFileSync(join(root, 'node_modules', '.bin', 'esbuild'), [join(root, 'bench', 'search', 'harness.ts'), ...args]);
  return out;
}

/** Raw bytes of every file under `directory`. */
function directoryBytes(directory: string): number {
  if (!existsSync(directory)) return 0;
  return (readdirSync(directory, { recursive: true }) as string[]).map((name) => statSync(join(directory, name))).reduce((total, stats) => total + (stats.isFile() ? stats.size : 0), 0);
}

/** Node: query times (after a warm-up pass that reads the shards) and top-10 URLs. */
async function inNode(site: string, queries: readonly BenchQuery[]): Promise<{ times: number[]; results: Map<string, string[]> }> {
  const times: number[] = [];
  const results = new Map<string, string[]>();
  for (const lang of localeCodes) {
    const base = join(site, 'search', lang);
    const engine = await SearchEngine.open({ read: async (path) => JSON.parse(readFileSync(join(base, path), 'utf8')) }, compileSynonyms(synonyms, lang));
    const all = texts(queries, lang);
    for (const text of all) await engine.search(text, { limit: 10 });
    for (const text of all) {
      const start = performance.now();
      const response = await engine.search(text, { limit: 10 });
      times.push(performance.now() - start);
      results.set(resultKey(lang, text), response.hits.map((hit) => hit.url));
    }
  }
  return { times, results };
}

/** Chromium: bytes before and to the first query, the first query end to end (five queries, each from nothing), then every query cold and warm. */
async function inChromium(browser: Browser, site: string, queries: readonly BenchQuery[]) {
  const server = await serve(site, port);
  const nth = (lang: string, kind: string, index: number) => queries.filter((query) => query.lang === lang && query.kind === kind)[index];
  const firstQueries = [nth('fr', 'exact', 0), nth('en', 'multi', 0), nth('fr', 'typo', 1), nth('en', 'prefix', 2), nth('fr', 'multi', 3)].filter((query) => query !== undefined);
  // Everything but the harness page and its script: search code, index and display data.
  const searchBytes = () => [...server.sent].filter(([path]) => !path.startsWith('/bench/harness.js') && !/^\/(fr|en)\/$/.test(path)).reduce((total, [, bytes]) => total + bytes, 0);
  const measured = { beforeBytes: 0, firstBytes: [] as number[], firstQueryMs: [] as number[], cold: [] as number[], warm: [] as number[] };
  try {
    for (const query of firstQueries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      server.reset();
      await page.goto(`${server.url}/${query.lang}/`);
      await page.waitForLoadState('networkidle');
      measured.beforeBytes = Math.max(measured.beforeBytes, searchBytes());
      server.reset();
      measured.firstQueryMs.push(await page.evaluate((text) => window.__bench.first(text), query.text));
      measured.firstBytes.push(searchBytes());
      await context.close();
    }
    for (const lang of localeCodes) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/${lang}/`);
      const run = () => page.evaluate((list) => window.__bench.run(list), texts(queries, lang));
      measured.cold.push(...(await run()));
      measured.warm.push(...(await run()));
      await context.close();
    }
  } finally {
    await server.close();
  }
  return measured;
}

async function benchSize(size: number, browser: Browser, harness: string): Promise<SizeResult> {
  const out = join(work, String(size));
  const site = join(out, 'site');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  console.log(`\n== ${size} documents per language`);
  execFileSync(process.execPath, ['--expose-gc', join(dirname(fileURLToPath(import.meta.url)), 'build-child.js'), String(size), out, String(perLanguage)], { stdio: 'inherit' });
  const build = JSON.parse(readFileSync(join(out, 'build.json'), 'utf8')) as ChildBuild;
  const queries = JSON.parse(readFileSync(join(out, 'queries.json'), 'utf8')) as BenchQuery[];
  console.log(`   build ${build.wallMs.toFixed(0)} ms wall, ${build.cpuMs.toFixed(0)} ms CPU, peak RSS ${build.peakRssMb.toFixed(0)} MB; vocabulary ${build.vocabulary.join(' / ')}; ${queries.length} queries`);

  cpSync(harness, join(site, 'bench'), { recursive: true });
  for (const lang of localeCodes) {
    mkdirSync(join(site, lang), { recursive: true });
    writeFileSync(join(site, lang, 'index.html'), `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>bench</title></head><body><script type="module" src="/bench/harness.js"></script></body></html>`);
  }
  const node = await inNode(site, queries);
  const chromium = await inChromium(browser, site, queries);
  console.log(`   p95: node ${percentile(node.times, 95).toFixed(2)} ms, chromium ${percentile(chromium.warm, 95).toFixed(2)} ms; first query ${median(chromium.firstQueryMs).toFixed(0)} ms, ${(median(chromium.firstBytes) / 1024).toFixed(1)} KB`);
  return {
    size,
    vocabulary: build.vocabulary,
    queries: queries.length,
    beforeBytes: chromium.beforeBytes,
    firstBytes: chromium.firstBytes,
    nodeP50: percentile(node.times, 50),
    nodeP95: percentile(node.times, 95),
    browserP50: percentile(chromium.warm, 50),
    browserP95: percentile(chromium.warm, 95),
    browserFirstPassP95: percentile(chromium.cold, 95),
    firstQueryMs: chromium.firstQueryMs,
    quality: quality(queries, node.results),
    buildMs: build.wallMs,
    buildCpuMs: build.cpuMs,
    peakRssMb: build.peakRssMb,
    heapGrowthMb: build.heapGrowthMb,
    indexBytes: directoryBytes(join(site, 'search')),
  };
}

runBench<SearchRun>(
  work,
  async () => {
    const started = performance.now();
    const harness = bundleHarness();
    const browser = await launchChromium();
    const results: SizeResult[] = [];
    try {
      for (const size of sizes) results.push(await benchSize(size, browser, harness));
    } finally {
      await browser.close();
    }
    return { meta: { date: today(), minutes: (performance.now() - started) / 60000, machine: machine(), loadEnd: loadavg(), perLanguage }, results };
  },
  ({ meta, results }) => console.log(`\nWrote ${relative(root, writeSection('search', renderReport(results, meta)))} (run of ${meta.minutes.toFixed(1)} min).`),
);

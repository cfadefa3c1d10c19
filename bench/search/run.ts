/**
 * `npm run bench:search`: the search benchmark. For synthetic bilingual
 * corpora of 50, 500 and 5,000 documents per language, measures in one run,
 * on the same corpus and queries: the project's search, fuse.js tuned over
 * full bodies (the naive approach), and Pagefind with its defaults. Writes the
 * table to docs/benchmarks.md (between the search-benchmark markers).
 *
 * Not a timed test: numbers depend on the machine and its load, which the
 * report states.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import * as pagefind from 'pagefind';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/browser';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { SearchEngine } from '../../src/search/runtime/engine';
import { compileSynonyms } from '../../src/search/runtime/query';
import synonyms from '../../src/search/synonyms.json';
import { documentHtml, generateCorpus } from './corpus';
import { naiveFuse, naiveSearch, type NaiveDocument } from './naive-fuse';
import type { BenchKind, BenchQuery } from './queries';
import { serve } from './server';
import { renderReport, type EngineName, type SizeResult } from './report';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const work = join(root, '.tmp', 'bench');
const sizes = (process.env['BENCH_SIZES'] ?? '50,500,5000').split(',').map(Number);
const port = Number(process.env['BENCH_PORT'] ?? 4425);
const perLanguage = 20;

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** Median. */
const median = (values: readonly number[]) => percentile(values, 50);

/** At most `count` queries of each kind and language (the naive engine is too slow for all at 5,000). */
function sample(queries: readonly BenchQuery[], count: number): BenchQuery[] {
  const taken = new Map<string, number>();
  return queries.filter((query) => {
    const key = `${query.lang}:${query.kind}`;
    const seen = taken.get(key) ?? 0;
    taken.set(key, seen + 1);
    return seen < count;
  });
}

/** Quality of an engine's answers: accent invariance, typo recovery and typos returning nothing. */
function quality(queries: readonly BenchQuery[], results: ReadonlyMap<string, string[]>) {
  const key = (lang: Locale, text: string) => `${lang}\u0000${text}`;
  const accents = queries.filter((query) => query.kind === 'accent' && query.plain !== undefined);
  const invariant = accents.filter((query) => JSON.stringify(results.get(key(query.lang, query.text))) === JSON.stringify(results.get(key(query.lang, query.plain ?? ''))));
  const typos = queries.filter((query) => query.kind === 'typo');
  const recovered = typos.filter((query) => results.get(key(query.lang, query.text))?.includes(query.target));
  const empty = typos.filter((query) => (results.get(key(query.lang, query.text))?.length ?? 0) === 0);
  return {
    accentInvariance: accents.length ? invariant.length / accents.length : NaN,
    accentQueries: accents.length,
    typoRecovery: typos.length ? recovered.length / typos.length : NaN,
    typoQueries: typos.length,
    typoEmpty: empty.length,
  };
}

/** Every text to run for `queries`: the queries and, for accent queries, their plain form. */
function texts(queries: readonly BenchQuery[], lang: Locale): string[] {
  return queries.filter((query) => query.lang === lang).flatMap((query) => (query.plain !== undefined ? [query.text, query.plain] : [query.text]));
}

/** Bundles the browser harness (each engine its own chunk). */
function bundleHarness(): string {
  const out = join(work, 'harness');
  rmSync(out, { recursive: true, force: true });
  execFileSync(join(root, 'node_modules', '.bin', 'esbuild'), [
    join(root, 'bench', 'search', 'harness.ts'),
    '--bundle',
    '--splitting',
    '--format=esm',
    '--minify',
    '--target=es2022',
    '--external:/pagefind/*',
    `--outdir=${out}`,
    '--entry-names=harness',
    '--chunk-names=[name]-[hash]',
    '--log-level=warning',
  ]);
  return out;
}

/** Sizes of files under `directory` by extension group, raw bytes. */
function directoryBytes(directory: string): number {
  if (!existsSync(directory)) return 0;
  let total = 0;
  for (const name of readdirSync(directory, { recursive: true }) as string[]) {
    const stats = statSync(join(directory, name));
    if (stats.isFile()) total += stats.size;
  }
  return total;
}

async function benchSize(size: number, browser: Browser, harness: string): Promise<SizeResult> {
  const out = join(work, String(size));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  console.log(`\n== ${size} documents per language`);

  // 1. The project's index, built in a child process of its own (time, memory).
  execFileSync(process.execPath, ['--expose-gc', join(here, 'build-child.js'), String(size), out, String(perLanguage)], { stdio: 'inherit' });
  const build = JSON.parse(readFileSync(join(out, 'build.json'), 'utf8')) as {
    wallMs: number;
    cpuMs: number;
    heapGrowthMb: number;
    peakRssMb: number;
    vocabulary: number[];
    words: number[];
  };
  const queries = JSON.parse(readFileSync(join(out, 'queries.json'), 'utf8')) as BenchQuery[];
  console.log(`   ours: build ${build.wallMs.toFixed(0)} ms wall, ${build.cpuMs.toFixed(0)} ms CPU, peak RSS ${build.peakRssMb.toFixed(0)} MB; vocabulary ${build.vocabulary.join(' / ')}; ${queries.length} queries`);

  // 2. The harness pages and bundles.
  const site = join(out, 'site');
  cpSync(harness, join(site, 'bench'), { recursive: true });
  for (const lang of localeCodes) {
    mkdirSync(join(site, lang), { recursive: true });
    writeFileSync(join(site, lang, 'index.html'), `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>bench</title></head><body><script type="module" src="/bench/harness.js"></script></body></html>`);
  }

  // 3. Pagefind, defaults, on generated HTML.
  const pagefindStart = performance.now();
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind did not start');
  for (const lang of localeCodes) {
    for (const document of generateCorpus(lang, size).documents) await index.addHTMLFile({ url: document.url, content: documentHtml(document, lang) });
  }
  await index.writeFiles({ outputPath: join(site, 'pagefind') });
  await index.deleteIndex();
  const pagefindBuildMs = performance.now() - pagefindStart;
  console.log(`   pagefind: build ${pagefindBuildMs.toFixed(0)} ms wall`);

  // 4. Node: ours and naive fuse.
  const naiveSample = size >= 5000 ? sample(queries, 1) : size >= 500 ? sample(queries, 4) : queries;
  const nodeTimes: Record<'ours' | 'fuse', number[]> = { ours: [], fuse: [] };
  const nodeResults: Record<'ours' | 'fuse', Map<string, string[]>> = { ours: new Map(), fuse: new Map() };
  let fuseBuildMs = 0;
  let fuseHeapMb = 0;
  for (const lang of localeCodes) {
    const base = join(site, 'search', lang);
    const engine = await SearchEngine.open({ read: async (path) => JSON.parse(readFileSync(join(base, path), 'utf8')) }, compileSynonyms(synonyms.groups, lang));
    const all = texts(queries, lang);
    for (const text of all) await engine.search(text, 10); // warm-up: shards read, JIT warm
    for (const text of all) {
      const start = performance.now();
      const response = await engine.search(text, 10);
      nodeTimes.ours.push(performance.now() - start);
      nodeResults.ours.set(`${lang}\u0000${text}`, response.hits.map((hit) => hit.url));
    }
    const documents = JSON.parse(readFileSync(join(site, 'naive', `${lang}.json`), 'utf8')) as NaiveDocument[];
    (globalThis as { gc?: () => void }).gc?.();
    const heap = process.memoryUsage().heapUsed;
    const start = performance.now();
    const fuse = naiveFuse(documents);
    fuseBuildMs += performance.now() - start;
    fuseHeapMb += (process.memoryUsage().heapUsed - heap) / 1048576;
    for (const text of texts(naiveSample, lang)) {
      const begin = performance.now();
      nodeResults.fuse.set(`${lang}\u0000${text}`, naiveSearch(fuse, text));
      nodeTimes.fuse.push(performance.now() - begin);
    }
  }
  console.log(`   node p95: ours ${percentile(nodeTimes.ours, 95).toFixed(2)} ms, fuse ${percentile(nodeTimes.fuse, 95).toFixed(1)} ms`);

  // 5. Chromium.
  const server = await serve(site, port);
  const engines: EngineName[] = ['ours', 'fuse', 'pagefind'];
  const firstMs: Record<EngineName, number[]> = { ours: [], fuse: [], pagefind: [] };
  const firstBytes: Record<EngineName, number[]> = { ours: [], fuse: [], pagefind: [] };
  const beforeBytes: Record<EngineName, number> = { ours: 0, fuse: 0, pagefind: 0 };
  const browserTimes: Record<EngineName, { first: number[]; warm: number[] }> = { ours: { first: [], warm: [] }, fuse: { first: [], warm: [] }, pagefind: { first: [], warm: [] } };
  const browserResults = new Map<string, string[]>();
  const firstQueries = [
    queries.find((query) => query.lang === 'fr' && query.kind === 'exact'),
    queries.find((query) => query.lang === 'en' && query.kind === 'multi'),
    queries.filter((query) => query.lang === 'fr' && query.kind === 'typo')[1],
    queries.filter((query) => query.lang === 'en' && query.kind === 'prefix')[2],
    queries.filter((query) => query.lang === 'fr' && query.kind === 'multi')[3],
  ].filter((query): query is BenchQuery => query !== undefined);
  const searchBytes = () => [...server.sent].filter(([path]) => !path.startsWith('/bench/harness.js') && !/^\/(fr|en)\/$/.test(path)).reduce((total, [, bytes]) => total + bytes, 0);
  try {
    // First queries from nothing, engines interleaved so the machine's load weighs on all alike.
    for (const query of firstQueries) {
      for (const engine of engines) {
        const context = await browser.newContext();
        const page = await context.newPage();
        server.reset();
        await page.goto(`${server.url}/${query.lang}/`);
        await page.waitForLoadState('networkidle');
        beforeBytes[engine] = Math.max(beforeBytes[engine], searchBytes());
        server.reset();
        const first = await page.evaluate(([name, text]) => (window as unknown as { __bench: { first(e: string, q: string): Promise<{ ms: number }> } }).__bench.first(name, text), [engine, query.text] as const);
        firstMs[engine].push(first.ms);
        firstBytes[engine].push(searchBytes());
        await context.close();
      }
    }
    for (const engine of engines) {
      for (const lang of localeCodes) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}/${lang}/`);
        const subset = engine === 'fuse' ? naiveSample : queries;
        const all = texts(subset, lang);
        const run = (list: string[]) =>
          page.evaluate(([name, list_]) => (window as unknown as { __bench: { run(e: string, q: string[]): Promise<{ times: number[]; urls: string[][] }> } }).__bench.run(name, list_), [engine, list] as const);
        const first = await run(all);
        browserTimes[engine].first.push(...first.times);
        if (engine !== 'fuse') {
          const warm = await run(all);
          browserTimes[engine].warm.push(...warm.times);
        } else browserTimes[engine].warm.push(...first.times);
        all.forEach((text, index) => browserResults.set(`${engine}\u0000${lang}\u0000${text}`, first.urls[index] ?? []));
        await context.close();
      }
      console.log(`   chromium ${engine}: first query ${median(firstMs[engine]).toFixed(0)} ms, ${(median(firstBytes[engine]) / 1024).toFixed(1)} KB; warm p95 ${percentile(browserTimes[engine].warm, 95).toFixed(2)} ms`);
    }
  } finally {
    await server.close();
  }
  // Pagefind in Node: its browser runtime runs there too once told the language (it reads `<html lang>`).
  const pagefindNodeTimes: number[] = [];
  const nodeServer = await serve(site, port + 1);
  try {
    for (const lang of localeCodes) {
      const module = (await import(`${pathToFileURL(join(site, 'pagefind', 'pagefind.js')).href}?size=${size}&lang=${lang}`)) as {
        options(options: Record<string, unknown>): Promise<void>;
        init(): Promise<void>;
        search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
      };
      const scope = globalThis as { document?: unknown };
      scope.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
      await module.options({ basePath: `${nodeServer.url}/pagefind/` });
      await module.init();
      delete scope.document;
      const all = texts(queries, lang);
      for (let pass = 0; pass < 2; pass += 1) {
        for (const text of all) {
          const start = performance.now();
          const found = await module.search(text);
          await Promise.all(found.results.slice(0, 10).map((result) => result.data()));
          if (pass === 1) pagefindNodeTimes.push(performance.now() - start);
        }
      }
    }
  } finally {
    await nodeServer.close();
  }
  console.log(`   node p95: pagefind ${percentile(pagefindNodeTimes, 95).toFixed(2)} ms`);

  const pagefindResults = new Map<string, string[]>();
  for (const [key, urls] of browserResults) if (key.startsWith('pagefind\u0000')) pagefindResults.set(key.slice('pagefind\u0000'.length), urls);

  return {
    size,
    words: build.words,
    vocabulary: build.vocabulary,
    queries: queries.length,
    naiveQueries: naiveSample.length,
    engines: {
      ours: {
        beforeBytes: beforeBytes.ours,
        firstBytes: firstBytes.ours,
        nodeP50: percentile(nodeTimes.ours, 50),
        nodeP95: percentile(nodeTimes.ours, 95),
        browserP50: percentile(browserTimes.ours.warm, 50),
        browserP95: percentile(browserTimes.ours.warm, 95),
        browserFirstPassP95: percentile(browserTimes.ours.first, 95),
        firstQueryMs: firstMs.ours,
        quality: quality(queries, nodeResults.ours),
        buildMs: build.wallMs,
        buildCpuMs: build.cpuMs,
        buildMemory: `peak RSS ${build.peakRssMb.toFixed(0)} MB (whole process, corpus included); heap +${build.heapGrowthMb.toFixed(0)} MB`,
        indexBytes: directoryBytes(join(site, 'search')),
      },
      fuse: {
        beforeBytes: beforeBytes.fuse,
        firstBytes: firstBytes.fuse,
        nodeP50: percentile(nodeTimes.fuse, 50),
        nodeP95: percentile(nodeTimes.fuse, 95),
        browserP50: percentile(browserTimes.fuse.warm, 50),
        browserP95: percentile(browserTimes.fuse.warm, 95),
        browserFirstPassP95: percentile(browserTimes.fuse.first, 95),
        firstQueryMs: firstMs.fuse,
        quality: quality(naiveSample, nodeResults.fuse),
        buildMs: fuseBuildMs,
        buildCpuMs: NaN,
        buildMemory: fuseHeapMb >= 0 ? `heap +${fuseHeapMb.toFixed(0)} MB (both languages, in the page too)` : 'heap growth not measurable (a collection ran during the build)',
        indexBytes: directoryBytes(join(site, 'naive')),
      },
      pagefind: {
        beforeBytes: beforeBytes.pagefind,
        firstBytes: firstBytes.pagefind,
        nodeP50: percentile(pagefindNodeTimes, 50),
        nodeP95: percentile(pagefindNodeTimes, 95),
        browserP50: percentile(browserTimes.pagefind.warm, 50),
        browserP95: percentile(browserTimes.pagefind.warm, 95),
        browserFirstPassP95: percentile(browserTimes.pagefind.first, 95),
        firstQueryMs: firstMs.pagefind,
        quality: quality(queries, pagefindResults),
        buildMs: pagefindBuildMs,
        buildCpuMs: NaN,
        buildMemory: 'not measured (separate Rust process)',
        indexBytes: directoryBytes(join(site, 'pagefind')),
      },
    },
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  mkdirSync(work, { recursive: true });
  const harness = bundleHarness();
  const browser = await chromium.launch({ args: chromiumArgs, ...(chromiumPath ? { executablePath: chromiumPath } : {}) });
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) results.push(await benchSize(size, browser, harness));
  } finally {
    await browser.close();
    await pagefind.close();
  }
  const minutes = (performance.now() - started) / 60000;
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average at the end ${loadavg().map((value) => value.toFixed(1)).join(' / ')}`;
  const report = renderReport(results, { minutes, machine, perLanguage });
  const target = join(root, 'docs', 'benchmarks.md');
  mkdirSync(dirname(target), { recursive: true });
  const start = '<!-- search-benchmark:start -->';
  const end = '<!-- search-benchmark:end -->';
  const existing = existsSync(target) ? readFileSync(target, 'utf8') : '# Benchmarks\n\nMeasured on this project\'s machine; each section is written by its benchmark script.\n\n';
  const block = `${start}\n${report}\n${end}`;
  const next = existing.includes(start) ? existing.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block) : `${existing.trimEnd()}\n\n${block}\n`;
  writeFileSync(target, next);
  writeFileSync(join(work, 'results.json'), JSON.stringify(results, null, 2));
  console.log(`\nWrote ${relative(root, target)} in ${minutes.toFixed(1)} min.`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

export type { BenchKind };

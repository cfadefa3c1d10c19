/**
 * Builds the project's index for one corpus size in a process of its own, so
 * its time and memory are measured alone; writes the index files and the
 * benchmark queries for the parent (`run.ts`).
 * Usage: node --expose-gc build-child.js <size> <outDir> <queriesPerLanguage>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { localeCodes } from '../../src/i18n/locales';
import { buildIndex } from '../../src/search/build/index-build';
import { generateCorpus } from './corpus';
import { benchQueries } from './queries';

/** What the child measured, as `run.ts` reads it from build.json. */
export interface ChildBuild {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly heapGrowthMb: number;
  /** Peak RSS of the whole child process, corpus included. */
  readonly peakRssMb: number;
  /** Distinct terms per language (fr, en). */
  readonly vocabulary: readonly number[];
}

const [size, outDir, perLanguage] = [Number(process.argv[2] ?? 50), process.argv[3] ?? '.tmp/bench', Number(process.argv[4] ?? 20)];

const corpora = localeCodes.map((lang) => generateCorpus(lang, size));
(globalThis as { gc?: () => void }).gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const cpuBefore = process.cpuUsage();
const start = performance.now();
const built = corpora.map((corpus) => buildIndex(corpus.documents, corpus.lang));
const wallMs = performance.now() - start;
const cpu = process.cpuUsage(cpuBefore);
const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;

const queries = corpora.flatMap((corpus, index) => {
  const index_ = built[index];
  if (!index_) return [];
  for (const [path, body] of index_.files) {
    const file = join(outDir, 'site', 'search', corpus.lang, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(body));
  }
  return benchQueries(corpus.documents, corpus.lang, perLanguage, (term) => index_.frequencies.get(term) ?? 0);
});

writeFileSync(join(outDir, 'queries.json'), JSON.stringify(queries));
writeFileSync(
  join(outDir, 'build.json'),
  JSON.stringify({
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    heapGrowthMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    vocabulary: built.map((index) => index.vocabulary.length),
  } satisfies ChildBuild),
);

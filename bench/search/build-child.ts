/**
 * Builds the project's index for one corpus size in a process of its own,
 * so its time and memory are measured alone; writes the index files, the
 * naive engine's JSON and the benchmark queries for the parent (`run.ts`).
 * Usage: node build-child.js <size> <outDir> <queriesPerLanguage>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { localeCodes } from '../../src/i18n/locales';
import { buildIndex } from '../../src/search/build/index-build';
import { generateCorpus, type Corpus } from './corpus';
import { benchQueries, type BenchQuery } from './queries';

const [sizeArgument = '50', outDir = '.tmp/bench', perLanguage = '20'] = process.argv.slice(2);
const size = Number(sizeArgument);

const corpora: Corpus[] = localeCodes.map((lang) => generateCorpus(lang, size));
(globalThis as { gc?: () => void }).gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const rssBefore = process.memoryUsage().rss;
const cpuBefore = process.cpuUsage();
const start = performance.now();
const built = corpora.map((corpus) => buildIndex(corpus.documents, corpus.lang));
const wallMs = performance.now() - start;
const cpu = process.cpuUsage(cpuBefore);
const heapAfter = process.memoryUsage().heapUsed;

const queries: BenchQuery[] = [];
corpora.forEach((corpus, index) => {
  const index_ = built[index];
  if (!index_) return;
  for (const [path, body] of index_.files) {
    const file = join(outDir, 'site', 'search', corpus.lang, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(body));
  }
  mkdirSync(join(outDir, 'site', 'naive'), { recursive: true });
  writeFileSync(
    join(outDir, 'site', 'naive', `${corpus.lang}.json`),
    JSON.stringify(corpus.documents.map((document) => ({ title: document.title, body: document.body, url: document.url }))),
  );
  queries.push(...benchQueries(corpus.documents, corpus.lang, Number(perLanguage), (term) => index_.frequencies.get(term) ?? 0));
});

writeFileSync(join(outDir, 'queries.json'), JSON.stringify(queries));
writeFileSync(
  join(outDir, 'build.json'),
  JSON.stringify({
    size,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    heapGrowthMb: (heapAfter - heapBefore) / 1048576,
    rssBeforeMb: rssBefore / 1048576,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    vocabulary: built.map((index) => index.vocabulary.length),
    files: built.map((index) => index.files.size),
    words: corpora.map((corpus) => corpus.documents.reduce((total, document) => total + document.body.split(' ').length + document.title.split(' ').length, 0)),
  }),
);

/**
 * What every benchmark run does around its measurements: find the project,
 * describe the machine, keep the run's record, and write its section of
 * docs/benchmarks.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root: two levels up, from bench/shared/ as from the bundles in .tmp/<bench>/. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** CPUs, memory and Node version, for a report's header. */
export function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

/** Today as `YYYY-MM-DD`. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Replaces the `<!-- <name>-benchmark:start -->` … `:end -->` section of
 * docs/benchmarks.md with `markdown` (appended when absent). Plain slicing,
 * not a RegExp replace, since reports hold `$` signs. Returns the file's path.
 */
export function writeSection(name: string, markdown: string): string {
  const target = join(root, 'docs', 'benchmarks.md');
  const [start, end] = [`<!-- ${name}-benchmark:start -->`, `<!-- ${name}-benchmark:end -->`];
  const existing = existsSync(target) ? readFileSync(target, 'utf8') : "# Benchmarks\n\nMeasured on this project's machine; each section is written by its benchmark script.\n";
  const block = `${start}\n${markdown}\n${end}`;
  const [from, to] = [existing.indexOf(start), existing.indexOf(end)];
  writeFileSync(target, from >= 0 && to > from ? `${existing.slice(0, from)}${block}${existing.slice(to + end.length)}` : `${existing.trimEnd()}\n\n${block}\n`);
  return target;
}

/**
 * Runs a benchmark: `measure`, keep its record in `<work>/run.json`, then
 * `publish` it. With `BENCH_REPORT_ONLY=1`, publishes the last record again
 * without measuring, for a change of the report's wording.
 */
export function runBench<T>(work: string, measure: () => Promise<T>, publish: (record: T) => void): void {
  const file = join(work, 'run.json');
  const run = async () => {
    // JSON writes NaN (a number that could not be read) as null; read it back as NaN.
    if (process.env['BENCH_REPORT_ONLY'] === '1') return publish(JSON.parse(readFileSync(file, 'utf8'), (_key, value: unknown) => (value === null ? NaN : value)) as T);
    mkdirSync(work, { recursive: true });
    const record = await measure();
    writeFileSync(file, JSON.stringify(record, null, 2));
    publish(record);
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

// If these fail, the build benchmark (npm run bench:build) misreads time, memory or image work and docs/benchmarks.md reports wrong numbers.
import { describe, expect, test } from 'vitest';
import { astroPhases, countImageWork, marginalMsPerPage, parseAstroDuration, parseElapsed, parseTimeVerbose, scalingExponent } from '../../../bench/build/measure';

/** GNU time 1.9 `-v` output, as written to its `-o` file (trimmed to the fields that matter plus neighbours). */
const timeOutput = `	Command being timed: "node node_modules/astro/bin/astro.mjs build"
	User time (seconds): 25.45
	System time (seconds): 3.47
	Percent of CPU this job got: 90%
	Elapsed (wall clock) time (h:mm:ss or m:ss): 0:31.95
	Average shared text size (kbytes): 0
	Maximum resident set size (kbytes): 1570472
	Average resident set size (kbytes): 0
	Exit status: 0
`;

describe('GNU time -v output', () => {
  test.each([
    ['0:31.95', 31.95],
    ['3:46.82', 226.82],
    ['1:02:03', 3723],
  ])('elapsed %s is %f s', (text, seconds) => {
    expect(parseElapsed(text)).toBeCloseTo(seconds, 6);
  });

  test('reads wall time, CPU time, peak RSS and exit status', () => {
    const usage = parseTimeVerbose(timeOutput);
    expect(usage.wallSeconds).toBeCloseTo(31.95, 6);
    expect(usage.userSeconds).toBe(25.45);
    expect(usage.systemSeconds).toBe(3.47);
    expect(usage.maxRssMb).toBeCloseTo(1570472 / 1024, 6);
    expect(usage.exitStatus).toBe(0);
  });

  test('a failed command keeps its exit status (time prints a line before the report)', () => {
    const usage = parseTimeVerbose(`Command exited with non-zero status 1\n${timeOutput.replace('Exit status: 0', 'Exit status: 1')}`);
    expect(usage.exitStatus).toBe(1);
  });

  test.each([['Maximum resident set size'], ['Elapsed (wall clock) time'], ['Exit status']])('a report without « %s » is refused, not read as zero', (label) => {
    const broken = timeOutput
      .split('\n')
      .filter((line) => !line.includes(label))
      .join('\n');
    expect(() => parseTimeVerbose(broken)).toThrow();
  });
});

describe('image work in an Astro build log', () => {
  const cold = [
    '15:30:21  generating optimized images ',
    '15:30:21   ▶ /_astro/default-source.-YBSUc4X_15UlHM.jpg (before: 92kB, after: 46kB) (+150ms) (1/3)',
    '15:30:21   ▶ /_astro/logo-programme.CxSXSv4Y_1hKLWh.avif (before: 52kB, after: 3kB) (+745ms) (2/3)',
    '15:30:22   \u001b[32m▶\u001b[39m /_astro/x.B9DdH1aO_2fMPdi.webp \u001b[2m(before: 59kB, after: 3kB)\u001b[22m \u001b[2m(+1.04s)\u001b[22m \u001b[2m(3/3)\u001b[22m',
    '15:30:22 ✓ Completed in 1.2s.',
  ].join('\n');
  const warm = [
    '15:31:02   ▶ /_astro/default-source.-YBSUc4X_15UlHM.jpg (reused cache entry) (+2ms) (1/3)',
    '15:31:02   ▶ /_astro/logo-programme.CxSXSv4Y_1hKLWh.avif (reused cache entry) (+1ms) (2/3)',
    '15:31:02   ▶ /_astro/x.B9DdH1aO_2fMPdi.webp (before: 59kB, after: 3kB) (+900ms) (3/3)',
  ].join('\n');

  test.each([
    ['cold build, colours included', cold, { encoded: 3, reused: 0, revalidated: 0 }],
    ['warm build with one image re-encoded', warm, { encoded: 1, reused: 2, revalidated: 0 }],
    ['page lines are not images', '15:30:20   ├─ /fr/annonces/index.html (+39ms)\n15:30:20   └─ /en/index.html (+32ms)', { encoded: 0, reused: 0, revalidated: 0 }],
    ['a remote image revalidated', '   ▶ /_astro/remote.webp (revalidated cache entry) (+80ms) (1/1)', { encoded: 0, reused: 0, revalidated: 1 }],
  ])('%s', (_name, log, expected) => {
    expect(countImageWork(log)).toEqual(expected);
  });
});

describe('scaling', () => {
  test.each([
    ['linear', [{ pages: 100, seconds: 1 }, { pages: 1000, seconds: 10 }, { pages: 10000, seconds: 100 }], 1],
    ['quadratic', [{ pages: 100, seconds: 1 }, { pages: 1000, seconds: 100 }], 2],
    ['square root', [{ pages: 100, seconds: 10 }, { pages: 10000, seconds: 100 }], 0.5],
  ])('fitted exponent of %s growth', (_name, points, exponent) => {
    expect(scalingExponent(points)).toBeCloseTo(exponent, 6);
  });

  test('one size gives no exponent', () => {
    expect(scalingExponent([{ pages: 100, seconds: 1 }])).toBeNaN();
  });

  test('marginal cost per page removes the fixed cost', () => {
    // 30 s fixed + 10 ms per page: each step costs 10 ms per added page.
    const points = [100, 1000, 10000].map((pages) => ({ pages, seconds: 30 + pages * 0.01 }));
    expect(marginalMsPerPage(points).map((step) => step.ms)).toEqual([expect.closeTo(10, 6), expect.closeTo(10, 6)]);
    expect(marginalMsPerPage(points).map((step) => [step.from, step.to])).toEqual([
      [100, 1000],
      [1000, 10000],
    ]);
  });
});

describe('phases of an Astro build', () => {
  test.each([
    ['850ms', 0.85],
    ['31.68s', 31.68],
    ['1m 12s', 72],
    ['2m', 120],
  ])('duration %s is %f s', (text, seconds) => {
    expect(parseAstroDuration(text)).toBeCloseTo(seconds, 6);
  });

  test('an unreadable duration is NaN', () => {
    expect(parseAstroDuration('soon')).toBeNaN();
  });

  test('reads sync, bundling, rendering and images from the log', () => {
    const log = [
      '15:40:43 [content] Syncing content',
      '15:41:58 [content] Synced content',
      '15:41:58 [build] Building static entrypoints...',
      '15:42:07 [vite] ✓ built in 9.07s',
      '15:42:29 [build] Rearranging server assets...',
      '\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m',
      '15:42:30   ├─ /fr/index.html (+108ms)',
      '15:43:01 ✓ Completed in 31.68s.',
      ' generating optimized images ',
      '15:44:13 ✓ Completed in 1m 12s.',
      '15:44:13 [build] ✓ Completed in 2m 15s.',
    ].join('\n');
    expect(astroPhases(log)).toEqual({ contentSync: 75, bundle: 31, render: 31.68, images: 72 });
  });

  test('a build without images has no image phase', () => {
    expect(astroPhases('10:00:00 [content] Syncing content\n10:00:02 [content] Synced content').images).toBeNaN();
  });
});

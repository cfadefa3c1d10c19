// If these fail, the build benchmark (npm run bench:build) misreads time, memory or image work and docs/benchmarks.md reports wrong numbers.
import { describe, expect, test } from 'vitest';
import { chooseAvif, ssim, type AvifResult } from '../../../bench/build/avif';
import { astroPhases, cmsBundleReused, countImageWork, marginalMsPerPage, parseAstroDuration, parseElapsed, parseTimeVerbose, residentMb } from '../../../bench/build/measure';

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
    expect(astroPhases(log)).toEqual({ cms: 0, contentSync: 75, bundle: 31, render: 31.68, images: 72 });
  });

  test('a build without images has no image phase', () => {
    expect(astroPhases('10:00:00 [content] Syncing content\n10:00:02 [content] Synced content').images).toBeNaN();
  });
});

describe('the CMS bundle in the log', () => {
  const bundled = '15:32:35 [admin-bundle] admin bundled in 3.10s (114 files, cache key d11e9555bfb6a196)';
  const reused = '15:09:41 \u001b[34m[admin-bundle]\u001b[39m admin bundle reused from the cache (114 files, cache key d11e9555bfb6a196, checked in 0.00s)';

  test.each([
    ['bundled', bundled, 3.1, false],
    ['reused, colours included', reused, 0, true],
    ['a bare site has no CMS', '10:00:00 [content] Syncing content', 0, false],
  ])('%s', (_name, log, seconds, wasReused) => {
    expect(astroPhases(log).cms).toBeCloseTo(seconds, 6);
    expect(cmsBundleReused(log)).toBe(wasReused);
  });
});

describe('memory of a process from /proc', () => {
  test.each([
    ['a running process', 'Name:\tnode\nVmPeak:\t 2000000 kB\nVmRSS:\t  524288 kB\nRssAnon:\t 400000 kB\n', 512],
    ['a process exiting (no VmRSS line)', 'Name:\tnode\nState:\tZ (zombie)\n', 0],
  ])('%s', (_name, status, megabytes) => {
    expect(residentMb(status)).toBe(megabytes);
  });
});

describe('AVIF settings', () => {
  test('SSIM is 1 for identical images and falls with noise', () => {
    const flat = Uint8Array.from({ length: 64 * 64 }, (_, index) => (index * 7) % 251);
    const noisy = flat.map((value, index) => Math.min(255, value + (index % 5) * 9));
    expect(ssim(flat, flat, 64, 64)).toBeCloseTo(1, 9);
    expect(ssim(flat, noisy, 64, 64)).toBeLessThan(0.99);
    expect(ssim(flat, flat, 4, 4)).toBeNaN();
  });

  const result = (effort: number, quality: number, cpuMs: number, bytes: number, similarity: number): AvifResult => ({ effort, quality, cpuMs, bytes, ssim: similarity });
  const reference = { effort: 4, quality: 50 };

  test.each([
    ['the fastest within the limits', [result(4, 50, 5000, 1000, 0.991), result(2, 50, 1000, 1090, 0.9898), result(3, 50, 2000, 1060, 0.9909)], { effort: 2, quality: 50 }],
    ['too large (+17 %) is out', [result(4, 50, 5000, 1000, 0.991), result(1, 50, 600, 1170, 0.988), result(3, 50, 2000, 1060, 0.9909)], { effort: 3, quality: 50 }],
    ['too far in SSIM is out', [result(4, 50, 5000, 1000, 0.991), result(2, 45, 800, 950, 0.985)], { effort: 4, quality: 50 }],
    ['equal time: the smaller file', [result(4, 50, 5000, 1000, 0.991), result(2, 50, 1000, 1090, 0.99), result(2, 55, 1000, 1050, 0.991)], { effort: 2, quality: 55 }],
    ['nearly as fast (3 % apart, run-to-run noise): the smaller file', [result(4, 50, 5000, 1000, 0.991), result(3, 50, 1917, 1067, 0.9909), result(3, 45, 1864, 940, 0.9899)], { effort: 3, quality: 45 }],
    ['twice as slow is not as fast, however small', [result(4, 50, 5000, 1000, 0.991), result(2, 50, 1000, 1090, 0.99), result(3, 45, 2000, 940, 0.9899)], { effort: 2, quality: 50 }],
  ])('%s', (_name, results, expected) => {
    expect(chooseAvif(results, reference)).toMatchObject(expected);
  });

  test('no reference measured, no choice', () => {
    expect(chooseAvif([result(2, 50, 1000, 1090, 0.99)], reference)).toBeUndefined();
  });
});

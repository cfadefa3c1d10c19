/**
 * How the site's pictures are encoded to AVIF (sharp, through Astro's image
 * service; astro.config.mjs). Chosen by measurement on the site's own images
 * at the widths its pages use (docs/benchmarks.md, « AVIF settings », rerun
 * by `npm run bench:build`): among settings whose files are at most 10 %
 * larger than with sharp's default (effort 4, quality 50) at a structural
 * similarity within 0.002 of it, the smallest files of the fastest ones. The
 * encode is paid once per image and width, then read from the build cache
 * (docs/deploy.md); changing these settings calls for clearing that cache.
 */

/** sharp's AVIF options: `effort` 0 (fastest) to 9, `quality` 1 to 100. */
export interface AvifEncoding {
  readonly effort: number;
  readonly quality: number;
}

/** sharp's own default, the reference of the measurement. */
export const sharpDefaultAvif: AvifEncoding = { effort: 4, quality: 50 };

/**
 * The site's setting: the rule's choice on the runs of 2026-11-30 (about 5× less CPU than sharp's
 * default, 5 % more bytes, SSIM 0.996 against 0.998); effort 3 had been chosen on an earlier run.
 */
export const avifEncoding: AvifEncoding = { effort: 2, quality: 45 };

/**
 * The AVIF measurement behind `src/domain/image-encoding.ts`: the site's own
 * images (`content/media/`) resized to the widths announcement pages use and
 * encoded with sharp at several efforts and qualities, for CPU time, bytes
 * and structural similarity to the resized original. The rule then picks the
 * fastest setting close enough to sharp's default in size and fidelity.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { AvifEncoding } from '../../src/domain/image-encoding';

/** What one setting gave over every image and width. */
export interface AvifResult extends AvifEncoding {
  /** CPU time of the encodes (all of sharp's threads), milliseconds. */
  readonly cpuMs: number;
  /** Total bytes of the files. */
  readonly bytes: number;
  /** Mean SSIM of the files against the resized originals (1 is identical). */
  readonly ssim: number;
}

/**
 * How far from the reference a setting may be: size at most `maxSizeRatio` of
 * its bytes, SSIM at most `maxSsimLoss` below. Settings within `sameSpeed` of
 * the fastest one's CPU time count as equally fast (CPU time moves a little
 * from run to run; bytes do not), and the smallest files win among them.
 */
export const avifLimits = { maxSizeRatio: 1.1, maxSsimLoss: 0.002, sameSpeed: 1.15 } as const;

/** Widths announcement pages ask for (src/components/pages/AnnouncementPage.astro). */
const widths = [400, 800, 1200] as const;

/** The settings tried: every effort up to 5 at the default quality, and a band of qualities where the choice lies. */
export const avifGrid: readonly AvifEncoding[] = [
  ...[0, 1, 2, 3, 4, 5].map((effort) => ({ effort, quality: 50 })),
  ...[1, 2, 3].flatMap((effort) => [45, 55, 60].map((quality) => ({ effort, quality }))),
];

/**
 * Mean structural similarity of two greyscale images of `width` × `height`
 * (Wang et al. 2004, on 8 × 8 windows, the usual constants for 8-bit values).
 */
export function ssim(a: Uint8Array, b: Uint8Array, width: number, height: number): number {
  const [c1, c2] = [(0.01 * 255) ** 2, (0.03 * 255) ** 2];
  let total = 0;
  let windows = 0;
  for (let y = 0; y + 8 <= height; y += 8) {
    for (let x = 0; x + 8 <= width; x += 8) {
      let [sumA, sumB, sumAA, sumBB, sumAB] = [0, 0, 0, 0, 0];
      for (let row = y; row < y + 8; row += 1) {
        for (let column = x; column < x + 8; column += 1) {
          const [p, q] = [a[row * width + column] ?? 0, b[row * width + column] ?? 0];
          [sumA, sumB, sumAA, sumBB, sumAB] = [sumA + p, sumB + q, sumAA + p * p, sumBB + q * q, sumAB + p * q];
        }
      }
      const [meanA, meanB] = [sumA / 64, sumB / 64];
      const [varA, varB, cov] = [(sumAA - 64 * meanA * meanA) / 63, (sumBB - 64 * meanB * meanB) / 63, (sumAB - 64 * meanA * meanB) / 63];
      total += ((2 * meanA * meanB + c1) * (2 * cov + c2)) / ((meanA * meanA + meanB * meanB + c1) * (varA + varB + c2));
      windows += 1;
    }
  }
  return windows === 0 ? NaN : total / windows;
}

/**
 * Among results within `limits` of `reference`, the smallest of those about
 * as fast as the fastest; the reference itself when nothing else qualifies.
 */
export function chooseAvif(results: readonly AvifResult[], reference: AvifEncoding, limits: typeof avifLimits = avifLimits): AvifResult | undefined {
  const base = results.find((result) => result.effort === reference.effort && result.quality === reference.quality);
  if (!base) return undefined;
  const eligible = results.filter((result) => result.bytes <= base.bytes * limits.maxSizeRatio && result.ssim >= base.ssim - limits.maxSsimLoss);
  const fastest = Math.min(...eligible.map((result) => result.cpuMs));
  return eligible.filter((result) => result.cpuMs <= fastest * limits.sameSpeed).sort((a, b) => a.bytes - b.bytes || a.cpuMs - b.cpuMs)[0];
}

/** The images of `content/media/` (and below), as paths. */
function mediaImages(root: string): string[] {
  const folder = join(root, 'content', 'media');
  return (readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => /\.(jpe?g|png|webp)$/i.test(file)).sort().map((file) => join(folder, file));
}

/** Encodes every image of the project at every width with each setting of `grid`. */
export async function measureAvif(root: string, grid: readonly AvifEncoding[] = avifGrid): Promise<AvifResult[]> {
  sharp.cache(false);
  // Each original resized once (lossless), with its greyscale pixels to compare against.
  const originals = await Promise.all(
    mediaImages(root).flatMap((path) =>
      widths.map(async (width) => {
        const resized = await sharp(path).resize({ width, withoutEnlargement: true }).png({ compressionLevel: 1 }).toBuffer();
        return { resized, grey: await sharp(resized).greyscale().raw().toBuffer({ resolveWithObject: true }) };
      }),
    ),
  );
  const results: AvifResult[] = [];
  for (const setting of grid) {
    let [cpuMs, bytes, similarity] = [0, 0, 0];
    for (const { resized, grey } of originals) {
      const before = process.cpuUsage();
      const encoded = await sharp(resized).avif({ effort: setting.effort, quality: setting.quality }).toBuffer();
      const used = process.cpuUsage(before);
      cpuMs += (used.user + used.system) / 1000;
      bytes += encoded.length;
      const decoded = await sharp(encoded).greyscale().raw().toBuffer();
      similarity += ssim(grey.data, decoded, grey.info.width, grey.info.height);
    }
    results.push({ ...setting, cpuMs, bytes, ssim: similarity / originals.length });
  }
  return results;
}

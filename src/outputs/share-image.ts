/**
 * Share images: every page is shared with a 1200 × 630 JPEG cropped by sharp
 * (Astro's `getImage`, fit cover), from the page's own image or the site's
 * default source image. The same call gives the same file, so the Open Graph
 * tags and the JSON-LD point to one image.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import defaultShareImage from '../assets/share/default-source.png';
import { oncePerBuild } from '../data/once-per-build';

/** The size every network accepts for a large card. */
export const shareImageSize = { width: 1200, height: 630 } as const;

/** A processed share image. */
export interface ProcessedShareImage {
  /** Path of the generated file (`/_astro/…jpg`). */
  readonly path: string;
  readonly width: number;
  readonly height: number;
  /** True when the site's default image was used. */
  readonly isDefault: boolean;
}

/**
 * The 1200 × 630 share image of `source`, or of the site's default image.
 * Asked once per source and build: most pages share the default image, and
 * the head and the structured data of an announcement ask for the same one.
 */
export function shareImage(source?: ImageMetadata): Promise<ProcessedShareImage> {
  return oncePerBuild(`share-image:${source?.src ?? 'default'}`, async () => {
    const image = await getImage({ src: source ?? defaultShareImage, ...shareImageSize, fit: 'cover', position: 'center', format: 'jpg', quality: 82 });
    return { path: image.src, ...shareImageSize, isDefault: source === undefined };
  });
}

/**
 * Image formats as the site names them: the MIME type servers and share tags
 * announce, and the label journalists read beside a download. One table, so a
 * format's type and name are written once (sharp and Astro say `jpg` or `jpeg`).
 */

/** What the site knows of each image format. */
const formats: Readonly<Record<string, { readonly mime: string; readonly label: string }>> = {
  jpeg: { mime: 'image/jpeg', label: 'JPEG' },
  png: { mime: 'image/png', label: 'PNG' },
  webp: { mime: 'image/webp', label: 'WebP' },
  avif: { mime: 'image/avif', label: 'AVIF' },
  gif: { mime: 'image/gif', label: 'GIF' },
  svg: { mime: 'image/svg+xml', label: 'SVG' },
};

/** The table's key for a format name as Astro or sharp spell it (`jpg`, `JPEG`, `svg`). */
function formatKey(format: string): string {
  const normalized = format.toLowerCase();
  return normalized === 'jpg' ? 'jpeg' : normalized;
}

/** MIME type of an image format (`jpg` → `image/jpeg`); an unknown format reads as `image/<format>`. */
export function imageMimeType(format: string): string {
  const key = formatKey(format);
  return formats[key]?.mime ?? `image/${key}`;
}

/** The format as people name it (`jpg` → `JPEG`, `webp` → `WebP`); an unknown format in capitals. */
export function imageFormatLabel(format: string): string {
  const key = formatKey(format);
  return formats[key]?.label ?? key.toUpperCase();
}

/**
 * The press kit: entries of one language in display order, and the two
 * downloads of each item, the original file as uploaded and a web version
 * made with sharp (at most 1600 px, JPEG, or PNG for logos to keep
 * transparency). Downloads are served at stable, readable addresses beside
 * the media page (`/fr/medias/logo-programme-web.png`) by
 * `src/pages/[lang]/[media]/[download].ts`; the page states each file's
 * type, pixel size and weight, computed from the very bytes served.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ImageMetadata } from 'astro';
import { cacheDir } from 'astro:config/server';
import { getCollection, type CollectionEntry } from 'astro:content';
import sharp from 'sharp';
import { pressKitKinds } from '../content/schemas/press-kit';
import { imageMimeType } from '../domain/image-formats';
import type { Locale } from '../i18n/locales';
import { entryLang, translationKeyOf } from '../content/translations';
import { pressKitFilePath } from '../routes/urls';
import { cachedEncoding } from './encode-cache';
import { oncePerBuild } from '../data/once-per-build';

/** Longest side of the web version, in pixels. */
export const webVersionMaxSize = 1600;

/** The web version's encodings: PNG (palette) where transparency matters, JPEG otherwise. */
const webPng = { compressionLevel: 9, palette: true } as const;
const webJpeg = { quality: 82, mozjpeg: true } as const;

/** A press kit entry. */
export type PressKitEntry = CollectionEntry<'pressKit'>;

/** One downloadable file. */
export interface PressKitFile {
  /** Public path (`/fr/medias/logo-programme-original.png`). */
  readonly path: string;
  /** File name offered to the browser. */
  readonly fileName: string;
  /** Image format (`png`, `jpeg`, `webp`). */
  readonly format: string;
  /** MIME type. */
  readonly mimeType: string;
  readonly width: number;
  readonly height: number;
  /** Weight in bytes. */
  readonly bytes: number;
  /** The bytes themselves (served by the download endpoint). */
  readonly body: Uint8Array<ArrayBuffer>;
}

/** The web version and the original of an item. */
export interface PressKitDownloads {
  readonly web: PressKitFile;
  readonly original: PressKitFile;
}

/** Press kit entries of `lang`: logos, then photos, then illustrations, each by `order` then title (once per build: every announcement asks for the logo). */
export function getPressKit(lang: Locale): Promise<PressKitEntry[]> {
  return oncePerBuild(`press-kit:${lang}`, async () => {
    const entries = (await getCollection('pressKit')).filter((entry) => entryLang(entry) === lang);
    return entries.sort(
      (a, b) =>
        pressKitKinds.indexOf(a.data.kind) - pressKitKinds.indexOf(b.data.kind) ||
        a.data.order - b.data.order ||
        a.data.title.localeCompare(b.data.title, lang),
    );
  });
}

/** Where Astro read an image from. `fsPath` is set on every local image Astro resolves, but not typed. */
function sourcePath(image: ImageMetadata, file: string): string {
  const fsPath = (image as { fsPath?: unknown }).fsPath;
  if (typeof fsPath !== 'string' || fsPath === '') {
    throw new Error(`${file} : fichier image introuvable (image file not resolved)`);
  }
  return fsPath.replace(/\?.*$/, '');
}

/** What a pair of downloads is made from. */
export interface DownloadSource {
  /** The image as Astro resolved it. */
  readonly image: ImageMetadata;
  /** The content file naming it, for error messages (`content/press-kit/fr/logo.md`). */
  readonly file: string;
  /** Stem of the download names (`logo-programme` → `logo-programme-web.png`). */
  readonly name: string;
  /** True for logos: the web version stays PNG, transparency kept. */
  readonly isLogo: boolean;
}

/** Downloads are computed once per file and build, then shared by the page and the endpoint. */
const cache = new Map<string, Promise<PressKitDownloads>>();

/** The original and web version of an image, with their paths beside the media page in `lang`. */
export function imageDownloads(source: DownloadSource, lang: Locale): Promise<PressKitDownloads> {
  const key = `${lang}:${source.file}`;
  let result = cache.get(key);
  if (!result) {
    result = makeDownloads(source, lang);
    cache.set(key, result);
  }
  return result;
}

/** The original and web version of a press kit item, with their paths in `lang`. */
export function pressKitDownloads(entry: PressKitEntry, lang: Locale): Promise<PressKitDownloads> {
  const name = translationKeyOf({ id: entry.id, translationKey: entry.data.translationKey });
  return imageDownloads({ image: entry.data.file, file: `content/press-kit/${entry.id}.md`, name, isLogo: entry.data.kind === 'logo' }, lang);
}

/** Reads the original and renders the web version. */
async function makeDownloads(source: DownloadSource, lang: Locale): Promise<PressKitDownloads> {
  const path = sourcePath(source.image, source.file);
  const originalBody = new Uint8Array(await readFile(path));
  const originalMeta = await sharp(originalBody).metadata();
  const originalFormat = originalMeta.format ?? source.image.format;
  const originalExtension = extname(path).slice(1).toLowerCase() || originalFormat;
  const keepsTransparency = source.isLogo || originalMeta.hasAlpha === true;
  const webExtension = keepsTransparency ? 'png' : 'jpg';
  const encoding = keepsTransparency ? webPng : webJpeg;
  // Encoded once per file and settings, then read back from Astro's cache folder by later builds.
  const webBody = await cachedEncoding(new URL('encoded/', cacheDir), originalBody, `press-kit-web ${JSON.stringify(encoding)}`, webExtension, async () => {
    const pipeline = sharp(originalBody).rotate().resize({ width: webVersionMaxSize, height: webVersionMaxSize, fit: 'inside', withoutEnlargement: true });
    return new Uint8Array(await (keepsTransparency ? pipeline.png(webPng) : pipeline.jpeg(webJpeg)).toBuffer());
  });
  const webMeta = await sharp(webBody).metadata();
  const file = (suffix: string, extension: string, body: Uint8Array<ArrayBuffer>, format: string, width: number, height: number): PressKitFile => {
    const fileName = `${source.name}-${suffix}.${extension}`;
    return { path: pressKitFilePath(lang, fileName), fileName, format, mimeType: imageMimeType(format), width, height, bytes: body.byteLength, body };
  };
  return {
    web: file('web', webExtension, webBody, webMeta.format ?? webExtension, webMeta.width ?? 0, webMeta.height ?? 0),
    original: file('original', originalExtension, originalBody, originalFormat, originalMeta.width ?? source.image.width, originalMeta.height ?? source.image.height),
  };
}

/** Path of the program's logo (web version of the first press kit logo), for structured data; `undefined` without one. */
export async function programLogoPath(lang: Locale): Promise<string | undefined> {
  const logo = (await getPressKit(lang)).find((entry) => entry.data.kind === 'logo');
  return logo ? (await pressKitDownloads(logo, lang)).web.path : undefined;
}

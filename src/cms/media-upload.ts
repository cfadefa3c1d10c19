/**
 * What the admin accepts as an upload, before anything reaches the
 * repository: a JPEG, PNG or WebP picture (what the site's sharp pipeline
 * turns into its sizes and formats), not too heavy, stored at most
 * `maxImageSide` pixels on its longer side. Larger pictures are scaled down
 * in the browser first: a phone photo or a print-quality original would
 * otherwise weigh on the repository forever, while the site never shows more
 * than 1,200 pixels. Pure: `admin/media-guard.ts` applies it.
 */
import { formatFileSize } from '../domain/file-facts';

/** Picture types accepted, by MIME type, with the name editors read. */
export const acceptedImageTypes: Readonly<Record<string, string>> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
};

/** Largest file accepted before scaling (a phone photo is 3 to 12 MB). */
export const maxUploadBytes = 20_000_000;

/** Longer side of a stored picture, in pixels: room for print-quality press downloads, a tenth of a raw camera file's weight. */
export const maxImageSide = 3_000;

/** What an upload is, as the browser describes it. */
export interface UploadCandidate {
  readonly name: string;
  /** MIME type from the browser (from the file name's extension). */
  readonly type: string;
  readonly size: number;
}

/** Why an upload is refused, in French, or `undefined` when it may go on to be read. */
export function uploadProblem(file: UploadCandidate): string | undefined {
  const accepted = Object.values(acceptedImageTypes).join(', ').replace(/, ([^,]*)$/, ' ou $1');
  if (!(file.type in acceptedImageTypes)) {
    return `« ${file.name} » n’est pas une image ${accepted} : le fichier n’a pas été envoyé.`;
  }
  if (file.size > maxUploadBytes) {
    return `« ${file.name} » pèse ${formatFileSize('fr', file.size)}, au-delà de la limite de ${formatFileSize('fr', maxUploadBytes)} : réduisez l’image avant de l’envoyer.`;
  }
  return undefined;
}

/** The message when the browser cannot read the picture (a renamed file, a damaged image). */
export function unreadableImage(name: string): string {
  return `« ${name} » ne peut pas être lu comme une image : le fichier n’a pas été envoyé.`;
}

/** The size a picture is stored at: unchanged when it fits, else scaled down to `maxSide` on its longer side. */
export function storedSize(width: number, height: number, maxSide = maxImageSide): { readonly width: number; readonly height: number; readonly scaled: boolean } {
  const longer = Math.max(width, height);
  if (longer <= maxSide) return { width, height, scaled: false };
  const ratio = maxSide / longer;
  return { width: Math.max(1, Math.round(width * ratio)), height: Math.max(1, Math.round(height * ratio)), scaled: true };
}

/**
 * Checks every file chosen in Decap's media library before Decap sends it to
 * the repository (`src/cms/media-upload.ts`): anything but a readable JPEG,
 * PNG or WebP picture, or a file too heavy, is refused with a French message;
 * a picture larger than `maxImageSide` is scaled down in the browser and
 * stored at that size. Decap reads the file input's `change` event; this
 * listener sees it first (capture, on `window`), stops it, checks and perhaps
 * replaces the file, then hands Decap a fresh event with the file to store.
 */
import { storedSize, unreadableImage, uploadProblem } from '../src/cms/media-upload';

/** Events this guard dispatched itself: Decap may have them. */
const checked = new WeakSet<Event>();

/** Encoding quality of a scaled-down JPEG or WebP (the site re-encodes its own sizes from it). */
const quality = 0.9;

/** `file` scaled down to the stored size, or `file` itself when it fits. Throws when the browser cannot read it. */
async function storable(file: File): Promise<File> {
  const bitmap = await createImageBitmap(file);
  try {
    const size = storedSize(bitmap.width, bitmap.height);
    if (!size.scaled) return file;
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2d unavailable');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, file.type, quality));
    if (!blob) throw new Error('encoding failed');
    return new File([blob], file.name, { type: file.type, lastModified: file.lastModified });
  } finally {
    bitmap.close();
  }
}

/** Checks the chosen file, then gives Decap the file to store, or refuses with a message. */
async function guard(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  const refuse = (message: string) => {
    input.value = '';
    window.alert(message);
  };
  const problem = uploadProblem(file);
  if (problem) return refuse(problem);
  let stored: File;
  try {
    stored = await storable(file);
  } catch {
    return refuse(unreadableImage(file.name));
  }
  if (stored !== file) {
    const transfer = new DataTransfer();
    transfer.items.add(stored);
    input.files = transfer.files;
  }
  const event = new Event('change', { bubbles: true });
  checked.add(event);
  input.dispatchEvent(event);
}

/** Starts guarding uploads: call once, before the CMS starts. */
export function guardUploads(): void {
  window.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || checked.has(event)) return;
      event.stopImmediatePropagation();
      void guard(input);
    },
    { capture: true },
  );
}

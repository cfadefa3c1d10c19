import { describe, expect, test } from 'vitest';
import { imageFormatLabel, imageMimeType } from '../../../src/domain/image-formats';

describe('image formats', () => {
  test.each([
    ['jpg', 'image/jpeg', 'JPEG'],
    ['JPEG', 'image/jpeg', 'JPEG'],
    ['png', 'image/png', 'PNG'],
    ['webp', 'image/webp', 'WebP'],
    ['avif', 'image/avif', 'AVIF'],
    ['svg', 'image/svg+xml', 'SVG'],
    ['tiff', 'image/tiff', 'TIFF'],
  ])('%s → %s, %s', (format, mime, label) => {
    expect(imageMimeType(format)).toBe(mime);
    expect(imageFormatLabel(format)).toBe(label);
  });
});

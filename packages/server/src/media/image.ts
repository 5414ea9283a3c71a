import { MediaError, malformedImage } from './errors.js';
import { jpegDimensions, jpegOrientation, stripJpeg } from './jpeg.js';
import { pngDimensions, pngOrientation, stripPng } from './png.js';
import type { ImageType, MediaType } from './sniff.js';
import { stripWebp, webpDimensions } from './webp.js';

export interface ImageDimensions {
  readonly width: number;
  readonly height: number;
}

/**
 * Width and height in pixels as the file's headers state them (JPEG SOFn, PNG IHDR, WebP
 * VP8X canvas or VP8/VP8L frame header), without decoding pixels; `undefined` when the
 * headers are malformed or `bytes` is not of `type`. Exif orientation is not applied.
 */
export function imageDimensions(bytes: Uint8Array, type: ImageType): ImageDimensions | undefined {
  try {
    switch (type) {
      case 'image/jpeg':
        return jpegDimensions(bytes);
      case 'image/png':
        return pngDimensions(bytes);
      case 'image/webp':
        return webpDimensions(bytes);
      default:
        return undefined;
    }
  } catch (error) {
    if (error instanceof MediaError) return undefined;
    throw error;
  }
}

/**
 * The Exif orientation (1–8) a browser applies when it shows the image: a JPEG's Exif APP1
 * or a PNG's eXIf before the image data. `undefined` when there is none, and always for
 * WebP (browsers do not apply its EXIF orientation).
 */
export function imageOrientation(bytes: Uint8Array, type: ImageType): number | undefined {
  if (type === 'image/jpeg') return jpegOrientation(bytes);
  if (type === 'image/png') return pngOrientation(bytes);
  return undefined;
}

/**
 * New bytes without location or identifying metadata, the pixels untouched (no re-encoding):
 * see {@link stripJpeg}, {@link stripPng} and {@link stripWebp} for what each format keeps.
 * The whole structure is checked on the way; a malformed or truncated image throws a
 * `malformed-image` {@link MediaError} and nothing is returned. A PDF is copied unchanged:
 * documents are never public.
 */
export function stripMetadata(bytes: Uint8Array, type: MediaType): Uint8Array<ArrayBuffer> {
  switch (type) {
    case 'image/jpeg':
      return stripJpeg(bytes);
    case 'image/png':
      return stripPng(bytes);
    case 'image/webp':
      return stripWebp(bytes);
    case 'application/pdf':
      return bytes.slice();
    default:
      throw malformedImage(`unknown type ${String(type)}`);
  }
}

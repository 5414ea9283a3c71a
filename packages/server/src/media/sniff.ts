import { type DOCUMENT_MIME_TYPES, PHOTO_MIME_TYPES } from '@cerdas/model';
import { hasAscii } from './bytes.js';

/** A type the server stores: an image (JPEG, PNG, WebP) or a PDF document. */
export type MediaType = (typeof DOCUMENT_MIME_TYPES)[number];
/** An image type: what a photo may be. */
export type ImageType = (typeof PHOTO_MIME_TYPES)[number];

/** The file extension each type is stored and served under. */
export const MEDIA_EXTENSIONS = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
} as const satisfies Record<MediaType, string>;

export function isImageType(type: string): type is ImageType {
  return (PHOTO_MIME_TYPES as readonly string[]).includes(type);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/**
 * The type of a file judged by its first bytes (magic numbers) alone: JPEG `FF D8 FF`, PNG's
 * 8-byte signature, WebP `RIFF····WEBP`, PDF `%PDF-`. The file's name and the Content-Type
 * the client declared are never consulted. `undefined` for anything else (HTML, SVG, GIF…).
 * Only the signature is checked; {@link imageDimensions} and {@link stripMetadata} check
 * the structure.
 */
export function sniffMediaType(bytes: Uint8Array): MediaType | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'image/jpeg';
  }
  if (isPngSignature(bytes)) return 'image/png';
  if (hasAscii(bytes, 0, 'RIFF') && hasAscii(bytes, 8, 'WEBP')) return 'image/webp';
  if (hasAscii(bytes, 0, '%PDF-')) return 'application/pdf';
  return undefined;
}

export function isPngSignature(bytes: Uint8Array): boolean {
  return bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

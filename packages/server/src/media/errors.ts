import type { LocalizedText } from '@cerdas/model';

/**
 * Why an upload was refused:
 *
 * - `too-large` (413): more bytes than the purpose allows, or wider or taller than
 *   `PHOTO_MAX_DIMENSION` pixels (a decoded image is "content" too).
 * - `unsupported-type` (415): the bytes are not JPEG, PNG or WebP (or PDF where documents are
 *   allowed). The name and the declared Content-Type are never looked at.
 * - `malformed-image` (415): the magic bytes say image, but its structure is broken or
 *   truncated. 415 rather than 422 because RFC 9110 §15.5.16 names "inspecting the data
 *   directly" as a reason for 415, the citizen's remedy is the same as for a wrong type (pick
 *   another file), and this API keeps 422 for refused rules and reused idempotency keys.
 */
export type MediaErrorCode = 'too-large' | 'unsupported-type' | 'malformed-image';

/** The HTTP status of each {@link MediaErrorCode}. */
export const MEDIA_ERROR_STATUS = {
  'too-large': 413,
  'unsupported-type': 415,
  'malformed-image': 415,
} as const satisfies Record<MediaErrorCode, number>;

export type MediaErrorStatus = (typeof MEDIA_ERROR_STATUS)[MediaErrorCode];

/**
 * The only error the media functions throw for bad input. `text` is the message for the
 * citizen in both languages; `message` (English, with a technical detail) is for logs.
 */
export class MediaError extends Error {
  override readonly name = 'MediaError';
  readonly code: MediaErrorCode;
  readonly status: MediaErrorStatus;
  readonly text: LocalizedText;

  constructor(code: MediaErrorCode, text: LocalizedText, detail?: string) {
    super(detail ? `${text.en} (${detail})` : text.en);
    this.code = code;
    this.status = MEDIA_ERROR_STATUS[code];
    this.text = text;
  }
}

export function isMediaError(error: unknown): error is MediaError {
  return error instanceof MediaError;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}

/** More bytes than allowed. */
export function tooLarge(maxBytes: number, actual: number): MediaError {
  const mb = megabytes(maxBytes);
  return new MediaError(
    'too-large',
    {
      id: `Berkas terlalu besar: paling besar ${mb} MB.`,
      en: `The file is too large: at most ${mb} MB.`,
    },
    `${actual} bytes > ${maxBytes}`,
  );
}

/** More pixels than allowed on one side. */
export function tooManyPixels(maxDimension: number, width: number, height: number): MediaError {
  const limit = maxDimension.toLocaleString('id-ID');
  const limitEn = maxDimension.toLocaleString('en-US');
  return new MediaError(
    'too-large',
    {
      id: `Gambar terlalu besar: lebar dan tinggi paling besar ${limit} piksel.`,
      en: `The image is too large: at most ${limitEn} pixels wide and high.`,
    },
    `${width}×${height}`,
  );
}

/** Not a type this purpose accepts. */
export function unsupportedType(allowsDocuments: boolean, detail?: string): MediaError {
  return new MediaError(
    'unsupported-type',
    allowsDocuments
      ? {
          id: 'Jenis berkas tidak didukung: unggah foto JPEG, PNG atau WebP, atau dokumen PDF.',
          en: 'Unsupported file type: upload a JPEG, PNG or WebP photo, or a PDF document.',
        }
      : {
          id: 'Jenis berkas tidak didukung: unggah foto JPEG, PNG atau WebP.',
          en: 'Unsupported file type: upload a JPEG, PNG or WebP photo.',
        },
    detail,
  );
}

/** Image magic bytes, but a broken or truncated structure. */
export function malformedImage(detail: string): MediaError {
  return new MediaError(
    'malformed-image',
    {
      id: 'Berkas ini bukan gambar yang utuh: mungkin rusak atau terpotong. Coba foto lain.',
      en: 'This file is not a complete image: it may be damaged or cut off. Try another photo.',
    },
    detail,
  );
}

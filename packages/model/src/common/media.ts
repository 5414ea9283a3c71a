import * as z from 'zod/mini';
import { RecordId } from './id.js';
import { matches, singleLine } from './text.js';

/** Image types a photo may have; the server checks the bytes (magic numbers), not the name. */
export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** Files a citizen may attach to a service request: photos and scanned documents. */
export const DOCUMENT_MIME_TYPES = [...PHOTO_MIME_TYPES, 'application/pdf'] as const;
/** The largest photo accepted, in bytes (5 MiB: a phone photo after the client's resize). */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** The largest document accepted, in bytes (10 MiB). */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
/** The largest width or height of a photo, in pixels. */
export const PHOTO_MAX_DIMENSION = 10_000;

/**
 * Where a stored file lives, relative to the API's media base URL: lowercase segments of
 * letters, digits, `.`, `_` and `-`, each starting with a letter or digit (so no `..`, no
 * leading `/`, no scheme), e.g. `umkm/01j8z3k4x7/foto-1.webp`.
 */
export const MediaPath = z
  .string()
  .check(
    z.maxLength(255),
    ...matches(
      /^[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*$/,
      'path berkas harus relatif, huruf kecil, tanpa .. atau / di depan',
      'a file path must be relative, lowercase, without .. or a leading /',
    ),
  );
export type MediaPath = z.infer<typeof MediaPath>;

/**
 * A stored photo's metadata: the server measures type, size and dimensions itself, and strips
 * location metadata before anything is shown. `alt` describes the picture for screen readers
 * (WCAG 2.2 SC 1.1.1).
 */
export const Photo = z.object({
  id: RecordId,
  path: MediaPath,
  mime: z.enum(PHOTO_MIME_TYPES),
  width: z.int().check(z.minimum(1), z.maximum(PHOTO_MAX_DIMENSION)),
  height: z.int().check(z.minimum(1), z.maximum(PHOTO_MAX_DIMENSION)),
  bytes: z.int().check(z.minimum(1), z.maximum(PHOTO_MAX_BYTES)),
  alt: singleLine(250),
});
export type Photo = z.infer<typeof Photo>;

/** A photo upload (multipart/form-data): the file and an optional description. */
export const PhotoUpload = z.object({
  file: z.file().check(z.maxSize(PHOTO_MAX_BYTES), z.mime([...PHOTO_MIME_TYPES])),
  alt: z.optional(singleLine(250)),
});
export type PhotoUpload = z.infer<typeof PhotoUpload>;

/** What a citizen's upload is for; it decides the allowed types and who may see it. */
export const UploadPurpose = z.enum(['complaint-photo', 'request-document', 'proposal-photo']);
export type UploadPurpose = z.infer<typeof UploadPurpose>;

/**
 * A citizen's or operator's upload ahead of a submission (multipart/form-data); the returned
 * id goes into the complaint's `photoIds`, the request's attachments or the proposal's photos.
 */
export const FileUpload = z.object({
  file: z.file().check(z.maxSize(DOCUMENT_MAX_BYTES), z.mime([...DOCUMENT_MIME_TYPES])),
  purpose: UploadPurpose,
  alt: z.optional(singleLine(250)),
});
export type FileUpload = z.infer<typeof FileUpload>;

/** The answer to an upload: what the server stored. Not a public link: it serves it only where the record it is attached to is public. */
export const UploadReceipt = z.object({
  id: RecordId,
  purpose: UploadPurpose,
  mime: z.enum(DOCUMENT_MIME_TYPES),
  bytes: z.int().check(z.minimum(1), z.maximum(DOCUMENT_MAX_BYTES)),
  width: z.optional(z.int().check(z.minimum(1), z.maximum(PHOTO_MAX_DIMENSION))),
  height: z.optional(z.int().check(z.minimum(1), z.maximum(PHOTO_MAX_DIMENSION))),
});
export type UploadReceipt = z.infer<typeof UploadReceipt>;

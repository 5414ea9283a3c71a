import type { UploadRecord } from '../storage/types.js';
import { isPublicPurpose } from './purposes.js';
import { isImageType, MEDIA_EXTENSIONS, type MediaType } from './sniff.js';

/** What {@link mediaResponseHeaders} needs to know about a stored file. */
export type ServedMedia = Pick<UploadRecord, 'id' | 'mime' | 'purpose'>;

/**
 * Headers to serve a stored file with. The same for every response, whatever the file holds:
 *
 * - `Content-Type` exactly the sniffed type, and `X-Content-Type-Options: nosniff`, so no
 *   browser second-guesses it into HTML or script;
 * - `Content-Security-Policy: default-src 'none'; sandbox`: opened directly, the file can
 *   load nothing and run nothing;
 * - `Content-Disposition`: `inline` for images, `attachment` for PDFs (and anything
 *   unknown), with the generated `<id>.<ext>` as file name;
 * - photos: `Cross-Origin-Resource-Policy: cross-origin` (widgets on a regency's other
 *   sites show them) and `Cache-Control: public, max-age=31536000, immutable` (a generated
 *   name never gets other content);
 * - request documents (never public; KTP scans and the like):
 *   `Cache-Control: private, no-store` and `Cross-Origin-Resource-Policy: same-origin`.
 */
export function mediaResponseHeaders(record: ServedMedia): Record<string, string> {
  const known = Object.hasOwn(MEDIA_EXTENSIONS, record.mime);
  const mime = known ? (record.mime as MediaType) : 'application/octet-stream';
  const extension = known ? MEDIA_EXTENSIONS[record.mime as MediaType] : 'bin';
  const inline = isImageType(mime);
  const open = inline && isPublicPurpose(record.purpose);
  const filename = `${record.id.replace(/[^a-z0-9_-]/gi, '_')}.${extension}`;
  return {
    'Content-Type': mime,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cross-Origin-Resource-Policy': open ? 'cross-origin' : 'same-origin',
    'Cache-Control': open ? 'public, max-age=31536000, immutable' : 'private, no-store',
    'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${filename}"`,
  };
}

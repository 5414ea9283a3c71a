import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, unlink } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { MediaPath, PHOTO_MAX_DIMENSION } from '@cerdas/model';
import type { UploadRecord } from '../storage/types.js';
import { malformedImage, tooLarge, tooManyPixels, unsupportedType } from './errors.js';
import { imageDimensions, imageOrientation, stripMetadata } from './image.js';
import { type MediaPurpose, purposeRules } from './purposes.js';
import { isImageType, MEDIA_EXTENSIONS, type MediaType, sniffMediaType } from './sniff.js';
import { swapsAxes } from './tiff.js';

/** A stored file: an {@link UploadRecord} not yet attached to an owner, with a known type. */
export interface StoredMedia extends UploadRecord {
  readonly mime: MediaType;
}

export interface SaveOptions {
  readonly purpose: MediaPurpose;
  /** Description for screen readers, already validated by the route. */
  readonly alt?: string | undefined;
}

export interface MediaStoreOptions {
  /** Directory the files live under; created (with parents) if missing. */
  readonly dir: string;
  /** The clock for `createdAt` and the `yyyy/mm` folders (UTC); defaults to now. */
  readonly now?: () => Date;
}

/** Crockford's base32 alphabet in lower case (no i, l, o, u). */
const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const ID_LENGTH = 26;

/** 26 random base32 characters: 130 bits, unguessable, and a valid RecordId. */
export function randomMediaId(): string {
  const random = randomBytes(ID_LENGTH);
  let id = '';
  for (const byte of random) id += ID_ALPHABET[byte & 31];
  return id;
}

const NOT_FOUND = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/**
 * Uploaded photos and documents on disk, each under a generated name
 * `<folder>/<yyyy>/<mm>/<26-char id>.<ext>` (a model `MediaPath`). Files are checked by
 * their bytes, stripped of metadata and written atomically; reading and deleting take only
 * paths that match `MediaPath` and stay inside the directory.
 */
export class MediaStore {
  /** Absolute directory of the files. */
  readonly dir: string;
  readonly #now: () => Date;

  constructor(options: MediaStoreOptions) {
    this.dir = resolve(options.dir);
    this.#now = options.now ?? (() => new Date());
    mkdirSync(this.dir, { recursive: true });
  }

  /**
   * Checks and stores an upload, returning its record (insert it with the upload
   * repository). In order: the size limit of the purpose (`too-large`), the type by magic
   * bytes against the purpose's types (`unsupported-type`), the image's dimensions
   * (`malformed-image`, or `too-large` beyond `PHOTO_MAX_DIMENSION`), metadata stripping
   * (`malformed-image`). Nothing is written unless every check passes. `bytes` is the size
   * stored; `width` and `height` are as displayed (swapped when the Exif orientation kept in a
   * JPEG or PNG turns it a quarter), so pages can reserve the right box.
   */
  async save(bytes: Uint8Array, options: SaveOptions): Promise<StoredMedia> {
    const rules = purposeRules(options.purpose);
    const allowsDocuments = rules.types.includes('application/pdf');
    if (bytes.length > rules.maxBytes) throw tooLarge(rules.maxBytes, bytes.length);
    const mime = sniffMediaType(bytes);
    if (!mime || !rules.types.includes(mime)) {
      throw unsupportedType(allowsDocuments, mime ? `${mime} for ${options.purpose}` : undefined);
    }
    let size: { width: number; height: number } | undefined;
    if (isImageType(mime)) {
      size = imageDimensions(bytes, mime);
      if (!size) throw malformedImage(`${mime}: unreadable dimensions`);
      if (size.width > PHOTO_MAX_DIMENSION || size.height > PHOTO_MAX_DIMENSION) {
        throw tooManyPixels(PHOTO_MAX_DIMENSION, size.width, size.height);
      }
    }
    const stored = stripMetadata(bytes, mime);
    if (size && isImageType(mime) && swapsAxes(imageOrientation(stored, mime))) {
      size = { width: size.height, height: size.width };
    }

    const now = this.#now();
    const id = randomMediaId();
    const yyyy = String(now.getUTCFullYear()).padStart(4, '0');
    const mm = String(now.getUTCMonth() + 1).padStart(2, '0');
    const path = `${rules.folder}/${yyyy}/${mm}/${id}.${MEDIA_EXTENSIONS[mime]}`;
    await this.#writeAtomically(path, stored, rules.public ? 0o644 : 0o600);
    return {
      id,
      purpose: options.purpose,
      path,
      mime,
      bytes: stored.length,
      ...(size && { width: size.width, height: size.height }),
      ...(options.alt !== undefined && { alt: options.alt }),
      createdAt: now.toISOString(),
    };
  }

  /** The stored bytes, or `undefined` when the path is not a valid `MediaPath` or no file. */
  async read(path: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
    const file = this.filePath(path);
    if (!file) return undefined;
    try {
      const buffer = await readFile(file);
      // A plain view (not a Buffer) of what readFile read, without a copy; readFile's memory
      // is an ArrayBuffer (never shared), so it is usable as a Response body.
      return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
    } catch (error) {
      if (NOT_FOUND.has(errorCode(error) ?? '')) return undefined;
      throw error;
    }
  }

  /** Deletes a stored file; false when the path is not valid or there was no file. */
  async delete(path: string): Promise<boolean> {
    const file = this.filePath(path);
    if (!file) return false;
    try {
      await unlink(file);
      return true;
    } catch (error) {
      if (NOT_FOUND.has(errorCode(error) ?? '') || errorCode(error) === 'EPERM') return false;
      throw error;
    }
  }

  /**
   * The absolute file of a stored path (for streaming), or `undefined` unless the path is a
   * model `MediaPath` (relative, lowercase, no `..`, no leading `/`, no `%`, no `\`) that
   * resolves inside the directory. Temporary files (names starting with `.`) never match.
   */
  filePath(path: string): string | undefined {
    if (typeof path !== 'string' || !MediaPath.safeParse(path).success) return undefined;
    const file = resolve(this.dir, ...path.split('/'));
    const inside = relative(this.dir, file);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
    return file;
  }

  /** Temp file in the target folder, written and fsynced, renamed over, folder fsynced. */
  async #writeAtomically(path: string, bytes: Uint8Array, mode: number): Promise<void> {
    const file = join(this.dir, ...path.split('/'));
    const folder = dirname(file);
    await mkdir(folder, { recursive: true });
    const temp = join(folder, `.${randomMediaId()}.tmp`);
    try {
      const handle = await open(temp, 'wx', mode);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    await syncDirectory(folder);
  }
}

/** Makes a rename durable (POSIX); Windows cannot open a directory for fsync. */
async function syncDirectory(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

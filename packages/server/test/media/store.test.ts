import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import {
  DOCUMENT_MAX_BYTES,
  MediaPath,
  PHOTO_MAX_BYTES,
  PHOTO_MAX_DIMENSION,
  Photo,
  RecordId,
  UploadReceipt,
} from '@cerdas/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MediaError,
  type MediaErrorCode,
  MediaStore,
  type StoredMedia,
  stripMetadata,
} from '../../src/media/index.js';
import type { UploadRecord } from '../../src/storage/types.js';
import {
  bytesOf,
  contains,
  exifTiff,
  gpsLatitudeBytes,
  HTML_FILE,
  ihdr,
  join,
  PNG_SIGNATURE,
  pdfFile,
  phoneJpeg,
  phonePng,
  phoneWebp,
  pngChunk,
  rgbPng,
} from './fixtures.js';

let root: string;
let dir: string;
let store: MediaStore;
const NOW = new Date('2026-05-17T02:30:00Z');

beforeEach(async () => {
  root = await mkdtemp(joinPath(tmpdir(), 'cerdas-media-'));
  dir = joinPath(root, 'data', 'media');
  store = new MediaStore({ dir, now: () => NOW });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every file under the media directory, relative, with `/`. */
async function listFiles(): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) =>
      joinPath(e.parentPath, e.name)
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

async function refusal(promise: Promise<unknown>): Promise<MediaError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(MediaError);
    return error as MediaError;
  }
  return expect.fail('expected a MediaError');
}

/** A valid PNG of exactly `size` bytes (a tEXt chunk fills it up; it is stripped). */
function pngOfSize(size: number): Uint8Array {
  const base = rgbPng().length;
  const fill = size - base - 12 - 4;
  const png = rgbPng({
    beforeData: [pngChunk('tEXt', join(bytesOf('pad\0'), new Uint8Array(fill).fill(0x78)))],
  });
  expect(png.length).toBe(size);
  return png;
}

function pdfOfSize(size: number): Uint8Array {
  const pdf = pdfFile();
  return join(pdf, new Uint8Array(size - pdf.length).fill(0x20));
}

const ID_PATTERN = /^[0-9abcdefghjkmnpqrstvwxyz]{26}$/;

describe('MediaStore', () => {
  it('creates its directory', () => {
    expect(existsSync(dir)).toBe(true);
    expect(store.dir).toBe(dir);
  });

  it('stores a phone photo stripped, under a generated name, and returns its record', async () => {
    const record = await store.save(phoneJpeg({ width: 40, height: 24 }), {
      purpose: 'complaint-photo',
      alt: 'Jalan berlubang di depan pasar',
    });
    expect(record.id).toMatch(ID_PATTERN);
    expect(RecordId.safeParse(record.id).success).toBe(true);
    expect(record.path).toBe(`complaints/2026/05/${record.id}.jpg`);
    expect(MediaPath.safeParse(record.path).success).toBe(true);
    expect(record).toMatchObject({
      purpose: 'complaint-photo',
      mime: 'image/jpeg',
      width: 40,
      height: 24,
      alt: 'Jalan berlubang di depan pasar',
      createdAt: '2026-05-17T02:30:00.000Z',
    });
    const onDisk = await readFile(joinPath(dir, record.path));
    expect(record.bytes).toBe(onDisk.length);
    expect(new Uint8Array(onDisk)).toEqual(
      stripMetadata(phoneJpeg({ width: 40, height: 24 }), 'image/jpeg'),
    );
    for (const trace of ['Exif', 'GPS', 'xpacket', 'Budi'])
      expect(contains(onDisk, trace)).toBe(false);
    expect(contains(onDisk, gpsLatitudeBytes())).toBe(false);
    expect(await store.read(record.path)).toEqual(new Uint8Array(onDisk));
    expect(await listFiles()).toEqual([record.path]);

    // It is an UploadRecord, and what the API answers and shows fits the model.
    const asUpload: UploadRecord = record;
    expect(UploadReceipt.safeParse({ ...asUpload }).success).toBe(true);
    expect(Photo.safeParse({ ...record, alt: record.alt }).success).toBe(true);
  });

  it('stores PNG and WebP photos in their own folders', async () => {
    const png = await store.save(phonePng(), { purpose: 'proposal-photo' });
    expect(png.path).toMatch(/^proposals\/2026\/05\/[0-9a-z]{26}\.png$/);
    expect(png).toMatchObject({ mime: 'image/png', width: 4, height: 3 });
    expect(png).not.toHaveProperty('alt');
    const webp = await store.save(phoneWebp(5, 3), { purpose: 'umkm-photo' });
    expect(webp.path).toMatch(/^umkm\/2026\/05\/[0-9a-z]{26}\.webp$/);
    expect(webp).toMatchObject({ mime: 'image/webp', width: 5, height: 3 });
    const stored = await store.read(webp.path);
    expect(stored && contains(stored, 'GPS')).toBe(false);
  });

  it('reports the displayed size of a photo turned by its Exif orientation', async () => {
    const record = await store.save(phoneJpeg({ width: 40, height: 24, orientation: 6 }), {
      purpose: 'complaint-photo',
    });
    expect(record).toMatchObject({ width: 24, height: 40 });
    const png = rgbPng({
      width: 6,
      height: 2,
      beforeData: [pngChunk('eXIf', exifTiff({ orientation: 8 }))],
    });
    expect(await store.save(png, { purpose: 'umkm-photo' })).toMatchObject({ width: 2, height: 6 });
    const upright = await store.save(phoneJpeg({ width: 40, height: 24, orientation: 3 }), {
      purpose: 'complaint-photo',
    });
    expect(upright).toMatchObject({ width: 40, height: 24 });
  });

  it('trusts the bytes, not the name: a PNG sent as photo.jpg is stored as PNG', async () => {
    const file = new File([rgbPng()], 'photo.jpg', { type: 'image/jpeg' });
    const record = await store.save(new Uint8Array(await file.arrayBuffer()), {
      purpose: 'complaint-photo',
    });
    expect(record.mime).toBe('image/png');
    expect(record.path.endsWith('.png')).toBe(true);
  });

  it('refuses HTML claiming to be a JPEG, and writes nothing', async () => {
    const file = new File([HTML_FILE], 'photo.jpg', { type: 'image/jpeg' });
    const error = await refusal(
      store.save(new Uint8Array(await file.arrayBuffer()), { purpose: 'complaint-photo' }),
    );
    expect(error.code).toBe<MediaErrorCode>('unsupported-type');
    expect(error.status).toBe(415);
    expect(error.text.id).toContain('JPEG, PNG atau WebP');
    expect(error.text.en).toContain('JPEG, PNG or WebP');
    expect(await listFiles()).toEqual([]);
  });

  it('accepts PDFs only as request documents, stored as they are', async () => {
    const error = await refusal(store.save(pdfFile(), { purpose: 'complaint-photo' }));
    expect(error.code).toBe('unsupported-type');
    const empty = await refusal(store.save(new Uint8Array(0), { purpose: 'request-document' }));
    expect(empty.code).toBe('unsupported-type');
    expect(empty.text.en).toContain('PDF');

    const pdf = pdfFile('% /Author (Budi)\n');
    const record = await store.save(pdf, { purpose: 'request-document' });
    expect(record.path).toMatch(/^requests\/2026\/05\/[0-9a-z]{26}\.pdf$/);
    expect(record).toMatchObject({ mime: 'application/pdf', bytes: pdf.length });
    expect(record).not.toHaveProperty('width');
    expect(await store.read(record.path)).toEqual(pdf);
    if (process.platform !== 'win32') {
      expect((await stat(joinPath(dir, record.path))).mode & 0o777).toBe(0o600);
    }
    const photo = await store.save(phoneJpeg(), { purpose: 'request-document' });
    expect(photo.mime).toBe('image/jpeg');
  });

  it('refuses a broken image as malformed-image (415), and writes nothing', async () => {
    const jpeg = phoneJpeg({ appended: false });
    const error = await refusal(
      store.save(jpeg.subarray(0, jpeg.length - 10), { purpose: 'complaint-photo' }),
    );
    expect(error).toMatchObject({ code: 'malformed-image', status: 415 });
    expect(error.text.id).toMatch(/rusak|terpotong/);
    expect(error.text.en).toMatch(/damaged|cut off/);
    const notAnImage = await refusal(
      store.save(join(PNG_SIGNATURE, bytesOf('not really')), { purpose: 'umkm-photo' }),
    );
    expect(notAnImage.code).toBe('malformed-image');
    expect(await listFiles()).toEqual([]);
  });

  it('enforces the photo size limit at the boundary', async () => {
    const atLimit = await store.save(pngOfSize(PHOTO_MAX_BYTES), { purpose: 'complaint-photo' });
    expect(atLimit.bytes).toBeLessThan(1000); // the filler chunk was stripped
    const error = await refusal(
      store.save(pngOfSize(PHOTO_MAX_BYTES + 1), { purpose: 'complaint-photo' }),
    );
    expect(error).toMatchObject({ code: 'too-large', status: 413 });
    expect(error.text).toEqual({
      id: 'Berkas terlalu besar: paling besar 5 MB.',
      en: 'The file is too large: at most 5 MB.',
    });
    // A request document may be larger: up to the document limit.
    const bigPhoto = await store.save(pngOfSize(PHOTO_MAX_BYTES + 1), {
      purpose: 'request-document',
    });
    expect(bigPhoto.mime).toBe('image/png');
  });

  it('enforces the document size limit at the boundary', async () => {
    const atLimit = await store.save(pdfOfSize(DOCUMENT_MAX_BYTES), {
      purpose: 'request-document',
    });
    expect(atLimit.bytes).toBe(DOCUMENT_MAX_BYTES);
    const error = await refusal(
      store.save(pdfOfSize(DOCUMENT_MAX_BYTES + 1), { purpose: 'request-document' }),
    );
    expect(error).toMatchObject({ code: 'too-large', status: 413 });
    expect(error.text.en).toContain('10 MB');
  });

  it('refuses images wider or taller than PHOTO_MAX_DIMENSION', async () => {
    const wide = (width: number) =>
      join(
        PNG_SIGNATURE,
        ihdr(width, 1, 1, 0),
        pngChunk('IDAT', new Uint8Array(4)),
        pngChunk('IEND', new Uint8Array(0)),
      );
    const ok = await store.save(wide(PHOTO_MAX_DIMENSION), { purpose: 'umkm-photo' });
    expect(ok.width).toBe(PHOTO_MAX_DIMENSION);
    const error = await refusal(
      store.save(wide(PHOTO_MAX_DIMENSION + 1), { purpose: 'umkm-photo' }),
    );
    expect(error).toMatchObject({ code: 'too-large', status: 413 });
    expect(error.text.id).toContain('10.000 piksel');
    expect(error.text.en).toContain('10,000 pixels');
  });

  it('refuses paths that are not MediaPaths: traversal, absolute, encoded', async () => {
    const record = await store.save(rgbPng(), { purpose: 'complaint-photo' });
    await writeFile(joinPath(root, 'secret.txt'), 'rahasia');
    await writeFile(joinPath(dir, '.hidden.tmp'), 'temp');
    const attempts = [
      '../secret.txt',
      '../../secret.txt',
      'complaints/../../secret.txt',
      'complaints/2026/../../../secret.txt',
      '..',
      '.',
      './complaints',
      '.hidden.tmp',
      `${joinPath(root, 'secret.txt')}`,
      '/etc/passwd',
      '%2e%2e/secret.txt',
      '%2e%2e%2fsecret.txt',
      '..%2fsecret.txt',
      '..%5csecret.txt',
      '..\\secret.txt',
      'complaints\\..\\..\\secret.txt',
      'C:\\Windows\\win.ini',
      'file:///etc/passwd',
      'complaints//x.jpg',
      'complaints/',
      record.path.toUpperCase(),
      `${record.path}\0.txt`,
      `${record.path}%00`,
      ' complaints/x.jpg',
      '',
      'a'.repeat(256),
    ];
    for (const path of attempts) {
      expect(await store.read(path), path).toBeUndefined();
      expect(store.filePath(path), path).toBeUndefined();
      expect(await store.delete(path), path).toBe(false);
    }
    expect(await readFile(joinPath(root, 'secret.txt'), 'utf8')).toBe('rahasia');
    expect(await store.read(record.path)).toBeDefined();
  });

  it('answers undefined for valid paths with no file, or a folder', async () => {
    const record = await store.save(rgbPng(), { purpose: 'complaint-photo' });
    expect(await store.read('complaints/2026/05/nothing.jpg')).toBeUndefined();
    expect(await store.read('complaints')).toBeUndefined();
    expect(await store.read(`${record.path}/deeper`)).toBeUndefined();
    expect(await store.delete('complaints')).toBe(false);
  });

  it('deletes a stored file', async () => {
    const record = await store.save(rgbPng(), { purpose: 'complaint-photo' });
    expect(await store.delete(record.path)).toBe(true);
    expect(await store.read(record.path)).toBeUndefined();
    expect(await store.delete(record.path)).toBe(false);
  });

  it('writes atomically: no temporary files are left, names never collide', async () => {
    const images = [phoneJpeg(), phonePng(), phoneWebp(), rgbPng()];
    const records: StoredMedia[] = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        store.save(images[i % images.length] as Uint8Array, { purpose: 'complaint-photo' }),
      ),
    );
    await Promise.all(
      Array.from({ length: 8 }, () =>
        store.save(HTML_FILE, { purpose: 'complaint-photo' }).catch(() => undefined),
      ),
    );
    const files = await listFiles();
    expect(new Set(records.map((r) => r.id)).size).toBe(24);
    expect(files).toEqual(records.map((r) => r.path).sort());
    expect(files.some((f) => f.split('/').some((s) => s.startsWith('.')))).toBe(false);
    for (const r of records) expect((await store.read(r.path))?.length).toBe(r.bytes);
  });

  it('uses the UTC month of the clock for folders', async () => {
    const late = new MediaStore({ dir, now: () => new Date('2026-12-31T23:59:59+07:00') });
    const record = await late.save(rgbPng(), { purpose: 'umkm-photo' });
    expect(record.path.startsWith('umkm/2026/12/')).toBe(true);
    const early = new MediaStore({ dir, now: () => new Date('2027-01-01T06:00:00+07:00') });
    expect((await early.save(rgbPng(), { purpose: 'umkm-photo' })).path).toMatch(
      /^umkm\/2026\/12\//,
    );
  });

  it('refuses an unknown purpose as a programming error', async () => {
    await expect(
      store.save(rgbPng(), { purpose: 'selfie' as unknown as 'complaint-photo' }),
    ).rejects.toThrow(TypeError);
  });
});

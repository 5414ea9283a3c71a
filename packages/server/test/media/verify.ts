/**
 * Independent structure checks for the tests, written apart from the code under test:
 * a PNG reader that checks every CRC with node:zlib and inflates the image data, a JPEG
 * segment walker, and a RIFF/WebP chunk reader.
 */
import { crc32, inflateSync } from 'node:zlib';
import { expect } from 'vitest';

function be32(b: Uint8Array, at: number): number {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).readUInt32BE(at);
}

function le32(b: Uint8Array, at: number): number {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).readUInt32LE(at);
}

function text(b: Uint8Array, at: number, length: number): string {
  return Buffer.from(b.subarray(at, at + length)).toString('latin1');
}

export interface PngChunkInfo {
  readonly type: string;
  readonly data: Uint8Array;
}

/** Reads a PNG strictly (signature, CRCs, IHDR first, IEND last with nothing after). */
export function readPng(bytes: Uint8Array): { chunks: PngChunkInfo[]; pixels: Uint8Array } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: PngChunkInfo[] = [];
  let at = 8;
  while (at < bytes.length) {
    const length = be32(bytes, at);
    const type = text(bytes, at + 4, 4);
    const data = bytes.subarray(at + 8, at + 8 + length);
    const crc = be32(bytes, at + 8 + length);
    expect(crc, `CRC of ${type}`).toBe(crc32(Buffer.from(bytes.subarray(at + 4, at + 8 + length))));
    chunks.push({ type, data });
    at += 12 + length;
  }
  expect(at).toBe(bytes.length);
  expect(chunks[0]?.type).toBe('IHDR');
  expect(chunks.at(-1)?.type).toBe('IEND');
  const idat = chunks.filter((c) => c.type === 'IDAT').map((c) => Buffer.from(c.data));
  return { chunks, pixels: new Uint8Array(inflateSync(Buffer.concat(idat))) };
}

export interface JpegSegmentInfo {
  readonly marker: number;
  readonly payload: Uint8Array;
  /** Entropy-coded data after an SOS header. */
  readonly scan?: Uint8Array;
}

/** Walks a JPEG from SOI to EOI; expects nothing after EOI. */
export function walkJpeg(bytes: Uint8Array): JpegSegmentInfo[] {
  expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
  const segments: JpegSegmentInfo[] = [];
  let at = 2;
  for (;;) {
    expect(bytes[at], `marker at ${at}`).toBe(0xff);
    const marker = bytes[at + 1] as number;
    if (marker === 0xd9) {
      expect(at + 2, 'nothing after EOI').toBe(bytes.length);
      return segments;
    }
    const length = ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
    const payload = bytes.subarray(at + 4, at + 2 + length);
    at += 2 + length;
    if (marker !== 0xda) {
      segments.push({ marker, payload });
      continue;
    }
    const start = at;
    while (
      !(
        bytes[at] === 0xff &&
        bytes[at + 1] !== 0 &&
        !((bytes[at + 1] as number) >= 0xd0 && (bytes[at + 1] as number) <= 0xd7)
      )
    ) {
      at++;
      expect(at).toBeLessThan(bytes.length);
    }
    segments.push({ marker, payload, scan: bytes.subarray(start, at) });
  }
}

export interface RiffChunkInfo {
  readonly fourcc: string;
  readonly data: Uint8Array;
}

/** Reads a WebP's RIFF chunks; the RIFF size must be the file's length minus 8. */
export function readWebp(bytes: Uint8Array): RiffChunkInfo[] {
  expect(text(bytes, 0, 4)).toBe('RIFF');
  expect(text(bytes, 8, 4)).toBe('WEBP');
  expect(le32(bytes, 4)).toBe(bytes.length - 8);
  const chunks: RiffChunkInfo[] = [];
  let at = 12;
  while (at < bytes.length) {
    const fourcc = text(bytes, at, 4);
    const size = le32(bytes, at + 4);
    chunks.push({ fourcc, data: bytes.subarray(at + 8, at + 8 + size) });
    if (size % 2) expect(bytes[at + 8 + size], 'pad byte').toBe(0);
    at += 8 + size + (size % 2);
  }
  expect(at).toBe(bytes.length);
  return chunks;
}

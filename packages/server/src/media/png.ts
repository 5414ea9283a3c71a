import { ascii, concat, u8, u32be } from './bytes.js';
import { malformedImage } from './errors.js';
import { isPngSignature } from './sniff.js';
import { orientationTiff, tiffOrientation } from './tiff.js';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as PNG uses it) of `bytes[start, end)`. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) {
    c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

interface PngChunk {
  readonly type: string;
  /** Offset of the length field. */
  readonly start: number;
  /** Offset after the CRC. */
  readonly end: number;
}

/**
 * Chunks kept by {@link stripPng}: the critical ones, transparency, colour and pixel-size
 * information, and APNG animation. An allowlist: text (tEXt, zTXt, iTXt), eXIf, tIME,
 * C2PA/caBX, vendor and any unknown ancillary chunk are dropped.
 */
const KEPT_CHUNKS = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'cHRM',
  'gAMA',
  'iCCP',
  'sBIT',
  'sRGB',
  'cICP',
  'mDCv',
  'cLLi',
  'bKGD',
  'hIST',
  'pHYs',
  'sPLT',
  'acTL',
  'fcTL',
  'fdAT',
]);

/** Allowed bit depths per colour type (PNG §11.2.2). */
const BIT_DEPTHS: Readonly<Record<number, readonly number[]>> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

const MAX_PNG_INT = 0x7fffffff;

function isChunkType(type: string): boolean {
  return /^[A-Za-z]{4}$/.test(type);
}

function readChunk(bytes: Uint8Array, start: number): PngChunk & { length: number } {
  const length = u32be(bytes, start, 'PNG chunk length');
  if (length > MAX_PNG_INT) throw malformedImage(`PNG: chunk length ${length} too large`);
  const type = ascii(bytes, start + 4, 4);
  if (!isChunkType(type)) throw malformedImage(`PNG: invalid chunk type at ${start}`);
  const end = start + 12 + length;
  if (end > bytes.length) throw malformedImage(`PNG: ${type} chunk is truncated`);
  if (crc32(bytes, start + 4, start + 8 + length) !== u32be(bytes, end - 4, 'PNG CRC')) {
    throw malformedImage(`PNG: ${type} chunk CRC mismatch`);
  }
  return { type, start, end, length };
}

function readHeader(bytes: Uint8Array): { width: number; height: number; colorType: number } {
  if (!isPngSignature(bytes)) throw malformedImage('PNG: no signature');
  const ihdr = readChunk(bytes, 8);
  if (ihdr.type !== 'IHDR' || ihdr.length !== 13) throw malformedImage('PNG: IHDR is not first');
  const at = 16;
  const width = u32be(bytes, at, 'IHDR');
  const height = u32be(bytes, at + 4, 'IHDR');
  const depth = u8(bytes, at + 8, 'IHDR');
  const colorType = u8(bytes, at + 9, 'IHDR');
  if (width === 0 || height === 0 || width > MAX_PNG_INT || height > MAX_PNG_INT) {
    throw malformedImage('PNG: invalid width or height');
  }
  if (!BIT_DEPTHS[colorType]?.includes(depth)) {
    throw malformedImage(`PNG: bit depth ${depth} with colour type ${colorType}`);
  }
  if (u8(bytes, at + 10, 'IHDR') !== 0 || u8(bytes, at + 11, 'IHDR') !== 0) {
    throw malformedImage('PNG: unknown compression or filter method');
  }
  if (u8(bytes, at + 12, 'IHDR') > 1) throw malformedImage('PNG: unknown interlace method');
  return { width, height, colorType };
}

/** Width and height from IHDR (its CRC and fields checked). */
export function pngDimensions(bytes: Uint8Array): { width: number; height: number } {
  const { width, height } = readHeader(bytes);
  return { width, height };
}

function makeChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) chunk[4 + i] = type.charCodeAt(i);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk, 4, 8 + data.length));
  return chunk;
}

/** The Exif orientation (1–8) of a PNG's eXIf chunk, when it has one. */
export function pngOrientation(bytes: Uint8Array): number | undefined {
  try {
    readHeader(bytes);
    for (let pos = 8; pos < bytes.length; ) {
      const chunk = readChunk(bytes, pos);
      if (chunk.type === 'eXIf') return tiffOrientation(bytes.subarray(pos + 8, chunk.end - 4));
      if (chunk.type === 'IDAT' || chunk.type === 'IEND') return undefined;
      pos = chunk.end;
    }
  } catch {
    // a malformed file has no orientation
  }
  return undefined;
}

/**
 * A PNG with only the chunks in {@link KEPT_CHUNKS}, copied byte for byte (so their CRCs stay
 * valid). The whole file is checked first: signature, IHDR first, every CRC, no unknown
 * critical chunk, PLTE for palette images, image data, and IEND; bytes after IEND are dropped.
 * Browsers apply the orientation of an eXIf before the image data, so one that is not 1
 * survives as a new eXIf chunk with that tag alone, right after IHDR.
 */
export function stripPng(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { colorType } = readHeader(bytes);
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  let orientation: number | undefined;
  let pos = 8;
  let sawPalette = false;
  let sawData = false;
  for (;;) {
    const chunk = readChunk(bytes, pos);
    const critical = chunk.type.charCodeAt(0) < 0x61;
    if (chunk.type === 'IHDR' && pos !== 8) throw malformedImage('PNG: second IHDR');
    if (chunk.type === 'PLTE') sawPalette = true;
    if (chunk.type === 'IDAT') sawData = true;
    if (critical && !KEPT_CHUNKS.has(chunk.type)) {
      throw malformedImage(`PNG: unknown critical chunk ${chunk.type}`);
    }
    if (chunk.type === 'eXIf' && orientation === undefined && !sawData) {
      orientation = tiffOrientation(bytes.subarray(chunk.start + 8, chunk.end - 4));
    }
    if (KEPT_CHUNKS.has(chunk.type)) kept.push(bytes.subarray(chunk.start, chunk.end));
    pos = chunk.end;
    if (chunk.type === 'IEND') break;
  }
  if (!sawData) throw malformedImage('PNG: no image data');
  if (colorType === 3 && !sawPalette) throw malformedImage('PNG: palette image without PLTE');
  if (orientation !== undefined && orientation !== 1) {
    kept.splice(2, 0, makeChunk('eXIf', orientationTiff(orientation)));
  }
  return concat(kept);
}

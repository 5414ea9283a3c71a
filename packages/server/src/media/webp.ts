import { ascii, concat, hasAscii, u8, u16le, u24le, u32le } from './bytes.js';
import { malformedImage } from './errors.js';

interface RiffChunk {
  readonly fourcc: string;
  readonly start: number;
  readonly dataStart: number;
  readonly size: number;
  /** Offset after the payload and its pad byte (if the file has it). */
  readonly end: number;
}

function payload(bytes: Uint8Array, chunk: RiffChunk): Uint8Array {
  return bytes.subarray(chunk.dataStart, chunk.dataStart + chunk.size);
}

interface WebpLayout {
  readonly chunks: readonly RiffChunk[];
}

const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

/**
 * Chunks kept in an extended (VP8X) WebP: everything a decoder needs, colour profile and
 * animation. EXIF, `XMP ` and any unknown chunk are dropped.
 */
const KEPT_CHUNKS = new Set(['VP8X', 'ICCP', 'ANIM', 'ANMF', 'ALPH', 'VP8 ', 'VP8L']);

/**
 * The RIFF container: `RIFF`, size, `WEBP`, then chunks of fourcc, size, payload and a pad
 * byte after an odd payload. The RIFF size must fit in the file; bytes beyond it are not
 * part of the image. Stops after the first chunk of a simple (VP8/VP8L) file.
 */
function parseWebp(bytes: Uint8Array): WebpLayout {
  if (!hasAscii(bytes, 0, 'RIFF') || !hasAscii(bytes, 8, 'WEBP')) {
    throw malformedImage('WebP: no RIFF/WEBP header');
  }
  const riffSize = u32le(bytes, 4, 'RIFF size');
  const riffEnd = 8 + riffSize;
  if (riffSize < 4 + 8 || riffEnd > bytes.length) {
    throw malformedImage(`WebP: RIFF size ${riffSize} does not fit the file`);
  }
  const chunks: RiffChunk[] = [];
  let pos = 12;
  while (pos < riffEnd) {
    if (pos + 8 > riffEnd) throw malformedImage('WebP: truncated chunk header');
    const fourcc = ascii(bytes, pos, 4);
    const size = u32le(bytes, pos + 4, 'WebP chunk size');
    const dataEnd = pos + 8 + size;
    if (dataEnd > riffEnd) throw malformedImage(`WebP: chunk ${fourcc} overruns the RIFF size`);
    // The last chunk may lack its pad byte (libwebp reads such files); output is re-padded.
    const end = size % 2 === 1 && dataEnd < riffEnd ? dataEnd + 1 : dataEnd;
    chunks.push({ fourcc, start: pos, dataStart: pos + 8, size, end });
    pos = end;
    if (chunks.length === 1 && fourcc !== 'VP8X') break;
  }
  const first = chunks[0];
  if (!first || !['VP8 ', 'VP8L', 'VP8X'].includes(first.fourcc)) {
    throw malformedImage('WebP: first chunk is not VP8, VP8L or VP8X');
  }
  return { chunks };
}

function vp8Dimensions(bytes: Uint8Array, chunk: RiffChunk): { width: number; height: number } {
  const at = chunk.dataStart;
  if (chunk.size < 10) throw malformedImage('WebP: VP8 chunk too small');
  if ((u8(bytes, at, 'VP8') & 1) !== 0) throw malformedImage('WebP: VP8 is not a key frame');
  if (u8(bytes, at + 3, 'VP8') !== 0x9d || bytes[at + 4] !== 0x01 || bytes[at + 5] !== 0x2a) {
    throw malformedImage('WebP: VP8 start code missing');
  }
  return {
    width: u16le(bytes, at + 6, 'VP8') & 0x3fff,
    height: u16le(bytes, at + 8, 'VP8') & 0x3fff,
  };
}

function vp8lDimensions(bytes: Uint8Array, chunk: RiffChunk): { width: number; height: number } {
  const at = chunk.dataStart;
  if (chunk.size < 5) throw malformedImage('WebP: VP8L chunk too small');
  if (u8(bytes, at, 'VP8L') !== 0x2f) throw malformedImage('WebP: VP8L signature missing');
  const bits = u32le(bytes, at + 1, 'VP8L');
  if (bits >>> 29 !== 0) throw malformedImage('WebP: unknown VP8L version');
  return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
}

function layoutDimensions(
  bytes: Uint8Array,
  chunks: readonly RiffChunk[],
): { width: number; height: number } {
  const first = chunks[0] as RiffChunk;
  let size: { width: number; height: number };
  if (first.fourcc === 'VP8 ') size = vp8Dimensions(bytes, first);
  else if (first.fourcc === 'VP8L') size = vp8lDimensions(bytes, first);
  else {
    if (first.size < 10) throw malformedImage('WebP: VP8X chunk too small');
    size = {
      width: u24le(bytes, first.dataStart + 4, 'VP8X') + 1,
      height: u24le(bytes, first.dataStart + 7, 'VP8X') + 1,
    };
  }
  if (size.width === 0 || size.height === 0) throw malformedImage('WebP: zero width or height');
  return size;
}

/** Width and height: the VP8X canvas, or the VP8/VP8L frame header of a simple file. */
export function webpDimensions(bytes: Uint8Array): { width: number; height: number } {
  return layoutDimensions(bytes, parseWebp(bytes).chunks);
}

function chunkBytes(fourcc: string, payload: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const part of payload) size += part.length;
  const header = new Uint8Array(8);
  for (let i = 0; i < 4; i++) header[i] = fourcc.charCodeAt(i);
  new DataView(header.buffer).setUint32(4, size, true);
  return concat([header, ...payload, new Uint8Array(size % 2)]);
}

/** Chunks inside an animation frame that are kept: its alpha and its bitstream. */
const KEPT_FRAME_CHUNKS = new Set(['ALPH', 'VP8 ', 'VP8L']);

/**
 * An ANMF chunk without unknown sub-chunks: the 16-byte frame header (position, size,
 * duration, flags), then ALPH and VP8/VP8L sub-chunks.
 */
function stripFrame(bytes: Uint8Array, frame: RiffChunk): Uint8Array {
  const end = frame.dataStart + frame.size;
  if (frame.size < 16 + 8) throw malformedImage('WebP: ANMF chunk too small');
  const kept: Uint8Array[] = [bytes.subarray(frame.dataStart, frame.dataStart + 16)];
  let image = false;
  let pos = frame.dataStart + 16;
  while (pos < end) {
    if (pos + 8 > end) throw malformedImage('WebP: truncated frame sub-chunk');
    const fourcc = ascii(bytes, pos, 4);
    const size = u32le(bytes, pos + 4, 'WebP frame sub-chunk size');
    const next = pos + 8 + size + (size % 2);
    if (next > end) throw malformedImage(`WebP: frame sub-chunk ${fourcc} overruns its frame`);
    if (KEPT_FRAME_CHUNKS.has(fourcc)) {
      kept.push(bytes.subarray(pos, next));
      if (fourcc !== 'ALPH') image = true;
    }
    pos = next;
  }
  if (!image) throw malformedImage('WebP: animation frame without image data');
  return chunkBytes('ANMF', kept);
}

function riff(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let size = 4;
  for (const chunk of chunks) size += chunk.length;
  const header = Uint8Array.of(0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50);
  new DataView(header.buffer).setUint32(4, size, true);
  return concat([header, ...chunks]);
}

/**
 * A WebP without metadata. A simple (VP8/VP8L) file has none: it is copied, cut at its RIFF
 * size. An extended (VP8X) file loses its EXIF, XMP and unknown chunks (also inside animation
 * frames), the EXIF and XMP flags of its VP8X header are cleared, and the RIFF size is
 * recomputed. The EXIF orientation is not kept: browsers do not apply it to WebP.
 */
export function stripWebp(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { chunks } = parseWebp(bytes);
  layoutDimensions(bytes, chunks);
  const first = chunks[0] as RiffChunk;
  if (first.fourcc !== 'VP8X') return riff([chunkBytes(first.fourcc, [payload(bytes, first)])]);
  if (!chunks.some((c) => ['VP8 ', 'VP8L', 'ANMF'].includes(c.fourcc))) {
    throw malformedImage('WebP: no image data');
  }
  const kept: Uint8Array[] = [];
  for (const chunk of chunks) {
    if (!KEPT_CHUNKS.has(chunk.fourcc)) continue;
    if (chunk.fourcc === 'VP8X') {
      if (kept.length > 0) throw malformedImage('WebP: second VP8X chunk');
      const header = payload(bytes, chunk).slice();
      header[0] = (header[0] as number) & ~(VP8X_EXIF | VP8X_XMP);
      kept.push(chunkBytes('VP8X', [header]));
    } else if (chunk.fourcc === 'ANMF') {
      kept.push(stripFrame(bytes, chunk));
    } else {
      kept.push(chunkBytes(chunk.fourcc, [payload(bytes, chunk)]));
    }
  }
  return riff(kept);
}

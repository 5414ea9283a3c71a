/**
 * Small real images built byte by byte for the media tests: a grey baseline JPEG with
 * one-symbol Huffman tables, an RGB PNG through node:zlib, a one-colour lossless WebP
 * (VP8L with one-symbol prefix codes), and the metadata phones put in them (Exif with GPS,
 * XMP, IPTC, comments, text chunks, appended preview images).
 */
import { crc32, deflateSync } from 'node:zlib';

export function bytesOf(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

export function join(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** True when `needle` occurs in `haystack` (byte search). */
export function contains(haystack: Uint8Array, needle: Uint8Array | string): boolean {
  const n = typeof needle === 'string' ? bytesOf(needle) : needle;
  return Buffer.from(haystack).indexOf(Buffer.from(n)) >= 0;
}

function u16(value: number, little: boolean): number[] {
  return little ? [value & 0xff, value >> 8] : [value >> 8, value & 0xff];
}

function u32(value: number, little: boolean): number[] {
  const b = [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
  return little ? b.reverse() : b;
}

// ---------------------------------------------------------------------------------------
// Exif (TIFF) with a GPS IFD

interface TiffEntry {
  readonly tag: number;
  readonly type: number;
  readonly count: number;
  readonly data: readonly number[];
}

const ASCII = 2;
const SHORT = 3;
const LONG = 4;
const RATIONAL = 5;
const UNDEFINED = 7;

/** The latitude/longitude of the complaint, as phones write them (Bangil, Pasuruan). */
export const GPS_LATITUDE = [7, 1, 36, 1, 2712, 100] as const;
export const GPS_LONGITUDE = [112, 1, 47, 1, 1848, 100] as const;

function rationals(values: readonly number[], little: boolean): number[] {
  return values.flatMap((v) => u32(v, little));
}

function ifdBytes(entries: readonly TiffEntry[], at: number, little: boolean): number[] {
  const head: number[] = [...u16(entries.length, little)];
  const data: number[] = [];
  const dataAt = at + 2 + 12 * entries.length + 4;
  for (const e of entries) {
    head.push(...u16(e.tag, little), ...u16(e.type, little), ...u32(e.count, little));
    if (e.data.length <= 4) {
      head.push(...e.data, ...new Array(4 - e.data.length).fill(0));
    } else {
      head.push(...u32(dataAt + data.length, little));
      data.push(...e.data);
      if (data.length % 2) data.push(0);
    }
  }
  head.push(0, 0, 0, 0);
  return [...head, ...data];
}

function ifdSize(entries: readonly TiffEntry[]): number {
  let size = 2 + 12 * entries.length + 4;
  for (const e of entries) if (e.data.length > 4) size += e.data.length + (e.data.length % 2);
  return size;
}

export interface ExifOptions {
  readonly orientation?: number;
  readonly littleEndian?: boolean;
}

/** A TIFF structure: IFD0 (Make, Model, Orientation, serial, GPS pointer) and a GPS IFD. */
export function exifTiff(options: ExifOptions = {}): Uint8Array {
  const le = options.littleEndian ?? false;
  const text = (s: string) => [...bytesOf(`${s}\0`)];
  const ifd0: TiffEntry[] = [
    { tag: 0x010f, type: ASCII, count: 7, data: text('Xiaomi') },
    { tag: 0x0110, type: ASCII, count: 14, data: text('Redmi Note 12') },
  ];
  if (options.orientation !== undefined) {
    ifd0.push({ tag: 0x0112, type: SHORT, count: 1, data: u16(options.orientation, le) });
  }
  ifd0.push({ tag: 0xa431, type: ASCII, count: 11, data: text('SN12345678') });
  const gpsPointer: TiffEntry = { tag: 0x8825, type: LONG, count: 1, data: [0, 0, 0, 0] };
  ifd0.push(gpsPointer);
  const gps: TiffEntry[] = [
    { tag: 0x0001, type: ASCII, count: 2, data: text('S') },
    { tag: 0x0002, type: RATIONAL, count: 3, data: rationals(GPS_LATITUDE, le) },
    { tag: 0x0003, type: ASCII, count: 2, data: text('E') },
    { tag: 0x0004, type: RATIONAL, count: 3, data: rationals(GPS_LONGITUDE, le) },
    { tag: 0x001b, type: UNDEFINED, count: 11, data: [...bytesOf('ASCII\0\0\0GPS')] },
  ];
  const gpsAt = 8 + ifdSize(ifd0);
  ifd0[ifd0.length - 1] = { ...gpsPointer, data: u32(gpsAt, le) };
  return Uint8Array.from([
    ...(le ? [0x49, 0x49] : [0x4d, 0x4d]),
    ...u16(42, le),
    ...u32(8, le),
    ...ifdBytes(ifd0, 8, le),
    ...ifdBytes(gps, gpsAt, le),
  ]);
}

/** The bytes of the GPS latitude as stored (big-endian rationals), to search for. */
export function gpsLatitudeBytes(littleEndian = false): Uint8Array {
  return Uint8Array.from(rationals(GPS_LATITUDE, littleEndian));
}

export const XMP_PACKET =
  '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="7,36.4520S"' +
  ' exif:GPSLongitude="112,47.3080E"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';

// ---------------------------------------------------------------------------------------
// JPEG

export function jpegSegment(marker: number, payload: Uint8Array): Uint8Array {
  const length = payload.length + 2;
  return join(Uint8Array.of(0xff, marker, length >> 8, length & 0xff), payload);
}

/** JFIF APP0, with a 1×1 RGB thumbnail when asked (a thumbnail can leak the uncropped scene). */
export function jfifApp0(thumbnail = false): Uint8Array {
  const base = [...bytesOf('JFIF\0'), 1, 2, 1, 0, 72, 0, 72];
  return jpegSegment(
    0xe0,
    Uint8Array.from(thumbnail ? [...base, 1, 1, 0xde, 0xad, 0xbe] : [...base, 0, 0]),
  );
}

export function exifApp1(options: ExifOptions = {}): Uint8Array {
  return jpegSegment(0xe1, join(bytesOf('Exif\0\0'), exifTiff(options)));
}

export function xmpApp1(): Uint8Array {
  return jpegSegment(
    0xe1,
    join(bytesOf('http://ns.adobe.com/xap/1.0/\0'), Buffer.from(XMP_PACKET, 'utf8')),
  );
}

/** A tiny (not colour-managing) ICC profile stand-in; its bytes are kept verbatim. */
export const ICC_PROFILE_BYTES = bytesOf('ICCprofile-sRGB-stand-in');

export function iccApp2(): Uint8Array {
  return jpegSegment(0xe2, join(bytesOf('ICC_PROFILE\0'), Uint8Array.of(1, 1), ICC_PROFILE_BYTES));
}

/** Photoshop IRB with an IPTC By-line (the photographer's name). */
export function iptcApp13(): Uint8Array {
  const iptc = join(Uint8Array.of(0x1c, 0x02, 0x50, 0x00, 12), bytesOf('Budi Santoso'));
  return jpegSegment(
    0xed,
    join(
      bytesOf('Photoshop 3.0\0'),
      bytesOf('8BIM'),
      Uint8Array.of(0x04, 0x04, 0, 0),
      Uint8Array.from(u32(iptc.length, false)),
      iptc,
      Uint8Array.of(0),
    ),
  );
}

export function comment(text: string): Uint8Array {
  return jpegSegment(0xfe, bytesOf(text));
}

export function adobeApp14(): Uint8Array {
  return jpegSegment(0xee, join(bytesOf('Adobe'), Uint8Array.of(0, 100, 0, 0, 0, 0, 0)));
}

/** Entropy-coded data of a flat grey image: per 8×8 block DC "category 0" + EOB, 2 bits. */
function flatScanData(width: number, height: number): Uint8Array {
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = 2 * blocks;
  const out = new Uint8Array(Math.ceil(bits / 8));
  const padBits = out.length * 8 - bits;
  if (padBits > 0) out[out.length - 1] = (1 << padBits) - 1; // pad with 1-bits
  return out;
}

export interface JpegOptions {
  readonly width?: number;
  readonly height?: number;
  /** Segments right after SOI (APPn, COM). */
  readonly head?: readonly Uint8Array[];
  /** Bytes after EOI (e.g. an appended preview image). */
  readonly trailing?: Uint8Array;
  /** Replaces the scan's entropy-coded data. */
  readonly scanData?: Uint8Array;
  /** Segments between the tables and SOS. */
  readonly beforeScan?: readonly Uint8Array[];
}

/** A decodable flat grey baseline JPEG. */
export function grayJpeg(options: JpegOptions = {}): Uint8Array {
  const width = options.width ?? 16;
  const height = options.height ?? 8;
  const dqt = jpegSegment(0xdb, Uint8Array.from([0x00, ...new Array(64).fill(1)]));
  const sof = jpegSegment(
    0xc0,
    Uint8Array.of(8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0),
  );
  const oneSymbolTable = (classAndId: number) =>
    jpegSegment(0xc4, Uint8Array.from([classAndId, 1, ...new Array(15).fill(0), 0x00]));
  const sos = jpegSegment(0xda, Uint8Array.of(1, 1, 0x00, 0, 63, 0));
  return join(
    Uint8Array.of(0xff, 0xd8),
    ...(options.head ?? []),
    dqt,
    sof,
    oneSymbolTable(0x00),
    oneSymbolTable(0x10),
    ...(options.beforeScan ?? []),
    sos,
    options.scanData ?? flatScanData(width, height),
    Uint8Array.of(0xff, 0xd9),
    options.trailing ?? new Uint8Array(0),
  );
}

/** A phone-like JPEG: JFIF with thumbnail, Exif with GPS, XMP, ICC, IPTC, comment, MPF tail. */
export function phoneJpeg(
  options: { orientation?: number; width?: number; height?: number; appended?: boolean } = {},
) {
  return grayJpeg({
    ...(options.width !== undefined && { width: options.width }),
    ...(options.height !== undefined && { height: options.height }),
    head: [
      jfifApp0(true),
      exifApp1(options.orientation === undefined ? {} : { orientation: options.orientation }),
      xmpApp1(),
      iccApp2(),
      jpegSegment(0xe2, join(bytesOf('MPF\0'), bytesOf('MM\0*'))),
      iptcApp13(),
      comment('Foto oleh Budi Santoso'),
      adobeApp14(),
    ],
    // A second image appended after EOI, as multi-picture phones do, with its own Exif.
    ...(options.appended !== false && {
      trailing: grayJpeg({ width: 8, height: 8, head: [exifApp1()] }),
    }),
  });
}

// ---------------------------------------------------------------------------------------
// PNG

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typeBytes = bytesOf(type);
  const crc = crc32(Buffer.from(join(typeBytes, data)));
  return join(
    Uint8Array.from(u32(data.length, false)),
    typeBytes,
    data,
    Uint8Array.from(u32(crc, false)),
  );
}

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** Scanlines (filter byte 0, then RGB) of a gradient. */
export function rgbScanlines(width: number, height: number): Uint8Array {
  const raw = new Uint8Array(height * (1 + 3 * width));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + 3 * width);
    for (let x = 0; x < width; x++) {
      raw[row + 1 + 3 * x] = (x * 40) & 0xff;
      raw[row + 2 + 3 * x] = (y * 40) & 0xff;
      raw[row + 3 + 3 * x] = 0x80;
    }
  }
  return raw;
}

export interface PngOptions {
  readonly width?: number;
  readonly height?: number;
  /** Chunks between IHDR and IDAT. */
  readonly beforeData?: readonly Uint8Array[];
  /** Chunks between IDAT and IEND. */
  readonly afterData?: readonly Uint8Array[];
  readonly trailing?: Uint8Array;
}

export function ihdr(width: number, height: number, depth = 8, colorType = 2): Uint8Array {
  return pngChunk(
    'IHDR',
    Uint8Array.from([...u32(width, false), ...u32(height, false), depth, colorType, 0, 0, 0]),
  );
}

/** An 8-bit RGB PNG encoded with node:zlib, split over two IDAT chunks. */
export function rgbPng(options: PngOptions = {}): Uint8Array<ArrayBuffer> {
  const width = options.width ?? 4;
  const height = options.height ?? 3;
  const compressed = deflateSync(rgbScanlines(width, height));
  const half = Math.floor(compressed.length / 2);
  return join(
    PNG_SIGNATURE,
    ihdr(width, height),
    ...(options.beforeData ?? []),
    pngChunk('IDAT', compressed.subarray(0, half)),
    pngChunk('IDAT', compressed.subarray(half)),
    ...(options.afterData ?? []),
    pngChunk('IEND', new Uint8Array(0)),
    options.trailing ?? new Uint8Array(0),
  );
}

export function textChunk(keyword: string, text: string): Uint8Array {
  return pngChunk('tEXt', join(bytesOf(`${keyword}\0`), bytesOf(text)));
}

/** A PNG from a phone screenshot tool: colour chunks plus eXIf (GPS), XMP iTXt, zTXt, tIME. */
export function phonePng(appended = true): Uint8Array {
  return rgbPng({
    beforeData: [
      pngChunk('sRGB', Uint8Array.of(0)),
      pngChunk('gAMA', Uint8Array.from(u32(45455, false))),
      pngChunk('pHYs', Uint8Array.of(0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1)),
      pngChunk('eXIf', exifTiff({ littleEndian: true })),
      pngChunk(
        'iTXt',
        join(bytesOf('XML:com.adobe.xmp\0\0\0\0\0'), Buffer.from(XMP_PACKET, 'utf8')),
      ),
      textChunk('Author', 'Budi Santoso'),
      pngChunk('zTXt', join(bytesOf('Comment\0\0'), deflateSync(bytesOf('Lokasi: Bangil')))),
      pngChunk('tIME', Uint8Array.of(0x07, 0xea, 5, 17, 9, 30, 0)),
      pngChunk('prVt', bytesOf('private vendor data')),
    ],
    afterData: [textChunk('GPS', 'lat=-7.6075 lon=112.7918')],
    ...(appended && { trailing: bytesOf('trailing data after IEND: Exif GPS') }),
  });
}

// ---------------------------------------------------------------------------------------
// WebP

/** LSB-first bit writer, as VP8L reads bits. */
class BitWriter {
  readonly #bytes: number[] = [];
  #bit = 0;

  write(value: number, count: number): this {
    for (let i = 0; i < count; i++) {
      if (this.#bit === 0) this.#bytes.push(0);
      if ((value >>> i) & 1) {
        const last = this.#bytes.length - 1;
        this.#bytes[last] = (this.#bytes[last] as number) | (1 << this.#bit);
      }
      this.#bit = (this.#bit + 1) % 8;
    }
    return this;
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.#bytes);
  }
}

/**
 * A VP8L bitstream of one colour: no transforms, no colour cache, and five "simple" prefix
 * codes of one symbol each, so every pixel costs zero bits.
 */
export function vp8lPayload(width: number, height: number, rgba = [0x20, 0x80, 0xc0, 0xff]) {
  const [r = 0, g = 0, b = 0, a = 0xff] = rgba;
  const w = new BitWriter();
  w.write(0x2f, 8)
    .write(width - 1, 14)
    .write(height - 1, 14)
    .write(0, 1)
    .write(0, 3);
  w.write(0, 1); // no transform
  w.write(0, 1); // no colour cache
  w.write(0, 1); // no meta prefix codes
  for (const symbol of [g, r, b, a]) w.write(1, 1).write(0, 1).write(1, 1).write(symbol, 8);
  w.write(1, 1).write(0, 1).write(0, 1).write(0, 1); // distance: one symbol, 0
  return w.bytes();
}

export function riffChunk(fourcc: string, payload: Uint8Array): Uint8Array {
  return join(
    bytesOf(fourcc),
    Uint8Array.from(u32(payload.length, true)),
    payload,
    payload.length % 2 ? Uint8Array.of(0) : new Uint8Array(0),
  );
}

export function webpFile(
  chunks: readonly Uint8Array[],
  trailing = new Uint8Array(0),
): Uint8Array<ArrayBuffer> {
  const body = join(bytesOf('WEBP'), ...chunks);
  return join(bytesOf('RIFF'), Uint8Array.from(u32(body.length, true)), body, trailing);
}

export function vp8xChunk(flags: number, width: number, height: number): Uint8Array {
  return riffChunk(
    'VP8X',
    Uint8Array.of(
      flags,
      0,
      0,
      0,
      (width - 1) & 0xff,
      ((width - 1) >> 8) & 0xff,
      (width - 1) >> 16,
      (height - 1) & 0xff,
      ((height - 1) >> 8) & 0xff,
      (height - 1) >> 16,
    ),
  );
}

export const VP8X_FLAGS = { icc: 0x20, alpha: 0x10, exif: 0x08, xmp: 0x04, animation: 0x02 };

/** A simple lossless WebP. */
export function simpleWebp(width = 5, height = 3): Uint8Array {
  return webpFile([riffChunk('VP8L', vp8lPayload(width, height))]);
}

/** An extended WebP with EXIF (GPS), XMP (odd length: padded) and an unknown chunk. */
export function phoneWebp(width = 5, height = 3): Uint8Array {
  const xmp = Buffer.from(`${XMP_PACKET} `, 'utf8');
  return webpFile([
    vp8xChunk(VP8X_FLAGS.exif | VP8X_FLAGS.xmp, width, height),
    riffChunk('VP8L', vp8lPayload(width, height)),
    riffChunk('EXIF', exifTiff({ littleEndian: true })),
    riffChunk('XMP ', xmp.length % 2 ? xmp : join(xmp, bytesOf(' '))),
    riffChunk('META', bytesOf('owner=Budi')),
  ]);
}

/** The first bytes of a lossy VP8 key frame (enough for dimensions, not decodable). */
export function vp8Header(width: number, height: number): Uint8Array {
  return Uint8Array.of(
    0x50,
    0x01,
    0x00,
    0x9d,
    0x01,
    0x2a,
    width & 0xff,
    width >> 8,
    height & 0xff,
    height >> 8,
  );
}

// ---------------------------------------------------------------------------------------
// Other files

export function pdfFile(extra = ''): Uint8Array {
  return bytesOf(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n${extra}trailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

export const HTML_FILE = bytesOf('<!doctype html><script>alert(document.cookie)</script>');

/** An animated WebP: ANIM, and two ANMF frames each with an unknown sub-chunk. */
export function animatedWebp(width = 4, height = 4): Uint8Array<ArrayBuffer> {
  const u24 = (v: number) => [v & 0xff, (v >> 8) & 0xff, v >> 16];
  const frame = (rgba: number[]) =>
    riffChunk(
      'ANMF',
      join(
        Uint8Array.from([
          ...u24(0),
          ...u24(0),
          ...u24(width - 1),
          ...u24(height - 1),
          ...u24(100),
          0,
        ]),
        riffChunk('VP8L', vp8lPayload(width, height, rgba)),
        riffChunk('GPSX', bytesOf('GPS -7.6 112.8')),
      ),
    );
  return webpFile([
    vp8xChunk(VP8X_FLAGS.animation | VP8X_FLAGS.exif, width, height),
    riffChunk('ANIM', Uint8Array.of(255, 255, 255, 255, 0, 0)),
    frame([255, 0, 0, 255]),
    frame([0, 0, 255, 255]),
    riffChunk('EXIF', exifTiff({ littleEndian: true })),
  ]);
}

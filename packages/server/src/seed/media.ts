import { deflateSync } from 'node:zlib';

/** A placeholder file the demo writes under the media directory. */
export interface DemoMediaFile {
  /** Relative path (a model `MediaPath`). */
  readonly path: string;
  readonly mime: 'image/png' | 'application/pdf';
  readonly bytes: Uint8Array;
  readonly width?: number;
  readonly height?: number;
}

type Rgb = readonly [number, number, number];

/** Muted colours for placeholder photos; the band below is a darker shade of the same hue. */
const PALETTE: readonly Rgb[] = [
  [214, 163, 95],
  [120, 160, 110],
  [95, 140, 180],
  [190, 120, 110],
  [150, 130, 185],
  [200, 190, 120],
  [110, 170, 165],
  [170, 150, 130],
];

export const PHOTO_WIDTH = 480;
export const PHOTO_HEIGHT = 360;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) chunk[4 + i] = type.charCodeAt(i);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A flat two-tone RGB PNG: colour above, a darker band below (a stand-in for a product photo). */
function placeholderPng(colour: Rgb): Uint8Array {
  const row = 1 + PHOTO_WIDTH * 3;
  const raw = new Uint8Array(row * PHOTO_HEIGHT);
  const band = Math.floor(PHOTO_HEIGHT * 0.72);
  for (let y = 0; y < PHOTO_HEIGHT; y++) {
    const [r, g, b] =
      y < band ? colour : (colour.map((c) => Math.round(c * 0.6)) as unknown as Rgb);
    for (let x = 0; x < PHOTO_WIDTH; x++) {
      const at = y * row + 1 + x * 3;
      raw[at] = r;
      raw[at + 1] = g;
      raw[at + 2] = b;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, PHOTO_WIDTH);
  view.setUint32(4, PHOTO_HEIGHT);
  header.set([8, 2, 0, 0, 0], 8);
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

const pngCache = new Map<number, Uint8Array>();

/** The placeholder photo of palette entry `index` (cached: a few distinct images suffice). */
export function placeholderPhoto(index: number): Uint8Array {
  const key = index % PALETTE.length;
  let png = pngCache.get(key);
  if (!png) {
    png = placeholderPng(PALETTE[key] as Rgb);
    pngCache.set(key, png);
  }
  return png;
}

/** The number of distinct placeholder photos. */
export const PHOTO_VARIANTS = PALETTE.length;

let pdfCache: Uint8Array | undefined;

/** A one-page PDF that says it is a demo document. */
export function placeholderPdf(): Uint8Array {
  if (pdfCache) return pdfCache;
  const text =
    'BT /F1 16 Tf 72 760 Td (Dokumen contoh - data demo Cerdas, bukan dokumen asli) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  pdfCache = new TextEncoder().encode(body);
  return pdfCache;
}

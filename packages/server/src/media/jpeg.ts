import { concat, hasAscii, u8, u16be } from './bytes.js';
import { malformedImage } from './errors.js';
import { orientationTiff, tiffOrientation } from './tiff.js';

/**
 * JPEG (ITU T.81 / JFIF) as a list of marker segments. Each segment starts at its `FF xx`
 * marker (fill bytes before it are left out); a scan (SOS) segment ends where its
 * entropy-coded data ends, so stuffed `FF 00` bytes and restart markers stay inside it.
 */
interface JpegSegment {
  readonly marker: number;
  /** Offset of the 0xFF of the marker. */
  readonly start: number;
  /** Offset of the first byte after the length field (equals `end` for standalone markers). */
  readonly dataStart: number;
  /** Offset after the segment (after the entropy-coded data for SOS). */
  readonly end: number;
}

interface JpegLayout {
  readonly segments: readonly JpegSegment[];
  readonly width: number;
  readonly height: number;
}

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;

/** Start-of-frame markers (all coding processes; DHT C4, JPG C8 and DAC CC are not frames). */
function isFrameMarker(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** Segments a decoder needs besides frames and scans: DHT, DAC, DQT, DNL, DRI, DHP, EXP. */
const DECODING_TABLES = new Set([0xc4, 0xcc, 0xdb, 0xdc, 0xdd, 0xde, 0xdf]);

function isRestart(marker: number): boolean {
  return marker >= 0xd0 && marker <= 0xd7;
}

/**
 * Walks the segments from SOI. With `frameOnly` it stops at the first start-of-frame (enough
 * for dimensions); otherwise it walks every scan to EOI and insists the file is complete:
 * one frame, at least one scan, and an EOI. Bytes after EOI are not part of the image.
 */
function parseJpeg(bytes: Uint8Array, frameOnly: boolean): JpegLayout {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== SOI) {
    throw malformedImage('JPEG: no start-of-image marker');
  }
  const segments: JpegSegment[] = [];
  let frame: { width: number; height: number } | undefined;
  let scans = 0;
  let pos = 2;
  for (;;) {
    if (u8(bytes, pos, 'JPEG marker') !== 0xff) {
      throw malformedImage(`JPEG: expected a marker at ${pos}`);
    }
    let m = pos + 1;
    while (u8(bytes, m, 'JPEG marker') === 0xff) m++;
    const marker = u8(bytes, m, 'JPEG marker');
    const start = m - 1;
    pos = m + 1;
    if (marker === EOI) {
      if (!frame || scans === 0) throw malformedImage('JPEG: no image data before EOI');
      return { segments, ...frame };
    }
    if (marker === 0x00 || marker === SOI) {
      throw malformedImage(`JPEG: invalid marker ${marker.toString(16)} at ${start}`);
    }
    if (isRestart(marker) || marker === 0x01) {
      // A restart marker outside a scan, or TEM: no length, nothing a decoder needs here.
      segments.push({ marker, start, dataStart: pos, end: pos });
      continue;
    }
    const length = u16be(bytes, pos, 'JPEG segment length');
    const end = pos + length;
    if (length < 2 || end > bytes.length) {
      throw malformedImage(`JPEG: segment ${marker.toString(16)} at ${start} overruns the file`);
    }
    const dataStart = pos + 2;
    if (isFrameMarker(marker)) {
      if (frame) throw malformedImage('JPEG: more than one frame (hierarchical JPEG)');
      const components = u8(bytes, dataStart + 5, 'JPEG frame');
      if (length !== 8 + 3 * components || components === 0) {
        throw malformedImage('JPEG: frame header length does not match its components');
      }
      const height = u16be(bytes, dataStart + 1, 'JPEG frame');
      const width = u16be(bytes, dataStart + 3, 'JPEG frame');
      if (width === 0 || height === 0) {
        throw malformedImage('JPEG: zero width or height (DNL-defined height is not supported)');
      }
      frame = { width, height };
      if (frameOnly) return { segments, ...frame };
    }
    if (marker !== SOS) {
      segments.push({ marker, start, dataStart, end });
      pos = end;
      continue;
    }
    if (!frame) throw malformedImage('JPEG: scan before frame header');
    // Entropy-coded data runs to the first marker that is not a stuffed 0xFF00 or RSTn.
    // (Fill bytes 0xFF may precede any marker.)
    let i = end;
    for (;;) {
      const ff = bytes.indexOf(0xff, i);
      if (ff < 0) throw malformedImage('JPEG: scan data is truncated');
      let next = ff + 1;
      while (bytes[next] === 0xff) next++; // fill bytes
      const code = bytes[next];
      if (code === undefined) throw malformedImage('JPEG: scan data is truncated');
      if (code === 0x00 || isRestart(code)) {
        i = next + 1;
      } else {
        i = ff; // the scan ends; fill bytes before the next marker are left out
        break;
      }
    }
    segments.push({ marker, start, dataStart, end: i });
    scans++;
    pos = i;
  }
}

/** Width and height from the frame header (SOFn), without decoding. */
export function jpegDimensions(bytes: Uint8Array): { width: number; height: number } {
  const { width, height } = parseJpeg(bytes, true);
  return { width, height };
}

const EXIF_ID = 'Exif\0\0';
const JFIF_ID = 'JFIF\0';
const ICC_ID = 'ICC_PROFILE\0';
const ADOBE_ID = 'Adobe';

/** The Exif orientation (1–8) of a JPEG, when it has one. */
export function jpegOrientation(bytes: Uint8Array): number | undefined {
  try {
    for (const segment of parseJpeg(bytes, false).segments) {
      if (segment.marker === APP1 && hasAscii(bytes, segment.dataStart, EXIF_ID)) {
        return tiffOrientation(bytes.subarray(segment.dataStart + EXIF_ID.length, segment.end));
      }
    }
  } catch {
    // a malformed file has no orientation
  }
  return undefined;
}

function segment(marker: number, payload: readonly number[]): Uint8Array {
  const length = payload.length + 2;
  return Uint8Array.from([0xff, marker, length >> 8, length & 0xff, ...payload]);
}

function asciiBytes(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

/** A fresh Exif APP1 segment holding one tag: Orientation. */
function orientationSegment(orientation: number): Uint8Array {
  return segment(APP1, [...asciiBytes(EXIF_ID), ...orientationTiff(orientation)]);
}

/**
 * A JPEG without metadata. Kept: what decoding needs (frame, tables, scans with their
 * entropy data byte for byte, restart interval), the JFIF APP0 header (its embedded thumbnail
 * removed: a thumbnail can show what a crop hid), ICC profiles (APP2 `ICC_PROFILE`) and the
 * 12-byte Adobe APP14 header (colour transform of CMYK/YCCK files). Dropped: Exif and XMP
 * (APP1), IPTC/Photoshop (APP13), every other APPn (maker notes, MPF, Ducky…), comments,
 * JPGn extensions, and all bytes after EOI (appended preview images carry their own Exif).
 * The Exif Orientation, if not 1, survives as a new one-tag Exif segment: browsers apply it,
 * and without it phone photos would turn sideways.
 */
export function stripJpeg(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { segments } = parseJpeg(bytes, false);
  let jfif: Uint8Array | undefined;
  let orientation: number | undefined;
  const body: Uint8Array[] = [];
  for (const s of segments) {
    const { marker } = s;
    if (marker === APP0) {
      if (!jfif && s.end - s.dataStart >= 14 && hasAscii(bytes, s.dataStart, JFIF_ID)) {
        // identifier (5), version (2), units (1), densities (4); thumbnail size 0×0
        jfif = segment(APP0, [...bytes.subarray(s.dataStart, s.dataStart + 12), 0, 0]);
      }
    } else if (marker === APP1) {
      if (orientation === undefined && hasAscii(bytes, s.dataStart, EXIF_ID)) {
        orientation = tiffOrientation(bytes.subarray(s.dataStart + EXIF_ID.length, s.end));
      }
    } else if (marker === APP2) {
      if (hasAscii(bytes, s.dataStart, ICC_ID)) body.push(bytes.subarray(s.start, s.end));
    } else if (marker === APP14) {
      // "Adobe", version, flags0, flags1, colour transform: 12 bytes; anything after them goes.
      if (s.end - s.dataStart >= 12 && hasAscii(bytes, s.dataStart, ADOBE_ID)) {
        body.push(segment(APP14, [...bytes.subarray(s.dataStart, s.dataStart + 12)]));
      }
    } else if (isFrameMarker(marker) || DECODING_TABLES.has(marker) || marker === SOS) {
      body.push(bytes.subarray(s.start, s.end));
    }
    // Everything else is dropped: other APPn, COM, JPGn, reserved markers, stray RSTn/TEM.
  }
  const parts: Uint8Array[] = [Uint8Array.of(0xff, SOI)];
  if (jfif) parts.push(jfif);
  if (orientation !== undefined && orientation !== 1) parts.push(orientationSegment(orientation));
  parts.push(...body, Uint8Array.of(0xff, EOI));
  return concat(parts);
}

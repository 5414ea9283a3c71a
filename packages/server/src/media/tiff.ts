import { hasAscii, u8, u16be, u32be } from './bytes.js';

/**
 * The Orientation tag (0x0112) of IFD0 in a TIFF structure (Exif), 1–8, or `undefined` when
 * absent or unreadable: a broken Exif block is dropped anyway and never fails the photo.
 * A leading `Exif\0\0` (as some PNG writers put in eXIf) is skipped.
 */
export function tiffOrientation(bytes: Uint8Array): number | undefined {
  const tiff = hasAscii(bytes, 0, 'Exif\0\0') ? bytes.subarray(6) : bytes;
  try {
    const little = hasAscii(tiff, 0, 'II');
    if (!little && !hasAscii(tiff, 0, 'MM')) return undefined;
    const u16 = (o: number) =>
      little ? u8(tiff, o, 'Exif') | (u8(tiff, o + 1, 'Exif') << 8) : u16be(tiff, o, 'Exif');
    const u32 = (o: number) => (little ? u16(o) + u16(o + 2) * 0x10000 : u32be(tiff, o, 'Exif'));
    if (u16(2) !== 42) return undefined;
    const ifd = u32(4);
    const count = u16(ifd);
    for (let k = 0; k < count; k++) {
      const entry = ifd + 2 + 12 * k;
      if (u16(entry) !== 0x0112) continue;
      if (u16(entry + 2) !== 3 || u32(entry + 4) !== 1) return undefined;
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : undefined;
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/** A minimal big-endian TIFF structure: IFD0 with the Orientation tag alone. */
export function orientationTiff(orientation: number): Uint8Array {
  return Uint8Array.of(
    ...[0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08], // "MM", 42, IFD0 at 8
    ...[0x00, 0x01], // one entry
    ...[0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00],
    ...[0x00, 0x00, 0x00, 0x00], // no next IFD
  );
}

/** Orientations 5–8 turn the picture a quarter: displayed width and height swap. */
export function swapsAxes(orientation: number | undefined): boolean {
  return orientation !== undefined && orientation >= 5;
}

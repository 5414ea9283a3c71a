import { malformedImage } from './errors.js';

/**
 * Bounds-checked readers: reading past the end is a truncated file, reported as
 * `malformed-image`, never a RangeError or `undefined` arithmetic.
 */
export function u8(bytes: Uint8Array, offset: number, what: string): number {
  const value = bytes[offset];
  if (value === undefined) throw malformedImage(`${what}: truncated at ${offset}`);
  return value;
}

export function u16be(bytes: Uint8Array, offset: number, what: string): number {
  return (u8(bytes, offset, what) << 8) | u8(bytes, offset + 1, what);
}

export function u16le(bytes: Uint8Array, offset: number, what: string): number {
  return u8(bytes, offset, what) | (u8(bytes, offset + 1, what) << 8);
}

export function u24le(bytes: Uint8Array, offset: number, what: string): number {
  return u16le(bytes, offset, what) | (u8(bytes, offset + 2, what) << 16);
}

export function u32be(bytes: Uint8Array, offset: number, what: string): number {
  return u16be(bytes, offset, what) * 0x10000 + u16be(bytes, offset + 2, what);
}

export function u32le(bytes: Uint8Array, offset: number, what: string): number {
  return u16le(bytes, offset, what) + u16le(bytes, offset + 2, what) * 0x10000;
}

/** True when `bytes` holds the ASCII text `text` at `offset`. */
export function hasAscii(bytes: Uint8Array, offset: number, text: string): boolean {
  if (offset < 0 || offset + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) {
    if (bytes[offset + i] !== text.charCodeAt(i)) return false;
  }
  return true;
}

export function ascii(bytes: Uint8Array, offset: number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(bytes[offset + i] ?? 0);
  return text;
}

/** Joins parts into one new array (never a view of the input). */
export function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

import { describe, expect, it } from 'vitest';
import { imageDimensions, sniffMediaType } from '../../src/media/index.js';
import {
  bytesOf,
  grayJpeg,
  HTML_FILE,
  join,
  pdfFile,
  phoneJpeg,
  phonePng,
  phoneWebp,
  rgbPng,
  riffChunk,
  simpleWebp,
  vp8Header,
  vp8xChunk,
  webpFile,
} from './fixtures.js';

describe('sniffMediaType', () => {
  it('recognises each type by its magic bytes', () => {
    expect(sniffMediaType(grayJpeg())).toBe('image/jpeg');
    expect(sniffMediaType(phoneJpeg())).toBe('image/jpeg');
    expect(sniffMediaType(rgbPng())).toBe('image/png');
    expect(sniffMediaType(simpleWebp())).toBe('image/webp');
    expect(sniffMediaType(phoneWebp())).toBe('image/webp');
    expect(sniffMediaType(pdfFile())).toBe('application/pdf');
  });

  it('ignores the name and declared type: a PNG sent as photo.jpg is a PNG', async () => {
    const file = new File([rgbPng()], 'photo.jpg', { type: 'image/jpeg' });
    expect(sniffMediaType(new Uint8Array(await file.arrayBuffer()))).toBe('image/png');
  });

  it('refuses HTML, SVG, GIF and other files whatever they claim to be', async () => {
    const html = new File([HTML_FILE], 'photo.jpg', { type: 'image/jpeg' });
    expect(sniffMediaType(new Uint8Array(await html.arrayBuffer()))).toBeUndefined();
    expect(sniffMediaType(bytesOf('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(sniffMediaType(bytesOf('GIF89a\x01\x00\x01\x00'))).toBeUndefined();
    expect(sniffMediaType(bytesOf('RIFF\x04\x00\x00\x00WAVE'))).toBeUndefined();
    expect(sniffMediaType(bytesOf('PK\x03\x04'))).toBeUndefined();
    expect(sniffMediaType(new Uint8Array(0))).toBeUndefined();
  });

  it('needs the whole signature, at the start', () => {
    expect(sniffMediaType(Uint8Array.of(0xff, 0xd8))).toBeUndefined();
    expect(sniffMediaType(rgbPng().subarray(0, 7))).toBeUndefined();
    expect(sniffMediaType(bytesOf('RIFF\0\0\0\0WEB'))).toBeUndefined();
    expect(sniffMediaType(bytesOf('%PDF'))).toBeUndefined();
    expect(sniffMediaType(join(bytesOf(' '), pdfFile()))).toBeUndefined();
    expect(sniffMediaType(join(bytesOf('\n'), rgbPng()))).toBeUndefined();
  });
});

describe('imageDimensions', () => {
  it('reads JPEG frame headers, whatever segments come first', () => {
    expect(imageDimensions(grayJpeg({ width: 37, height: 21 }), 'image/jpeg')).toEqual({
      width: 37,
      height: 21,
    });
    expect(imageDimensions(phoneJpeg({ width: 4000, height: 3000 }), 'image/jpeg')).toEqual({
      width: 4000,
      height: 3000,
    });
  });

  it('reads PNG IHDR', () => {
    expect(imageDimensions(rgbPng({ width: 7, height: 2 }), 'image/png')).toEqual({
      width: 7,
      height: 2,
    });
    expect(imageDimensions(phonePng(), 'image/png')).toEqual({ width: 4, height: 3 });
  });

  it('reads WebP VP8L, VP8X and VP8 headers', () => {
    expect(imageDimensions(simpleWebp(300, 200), 'image/webp')).toEqual({
      width: 300,
      height: 200,
    });
    expect(imageDimensions(phoneWebp(16383, 2), 'image/webp')).toEqual({ width: 16383, height: 2 });
    expect(
      imageDimensions(webpFile([riffChunk('VP8 ', vp8Header(640, 480))]), 'image/webp'),
    ).toEqual({ width: 640, height: 480 });
    const extended = webpFile([vp8xChunk(0, 70000, 3), riffChunk('VP8L', new Uint8Array(6))]);
    expect(imageDimensions(extended, 'image/webp')).toEqual({ width: 70000, height: 3 });
  });

  it('is undefined for malformed headers or the wrong type', () => {
    expect(imageDimensions(rgbPng(), 'image/jpeg')).toBeUndefined();
    expect(imageDimensions(grayJpeg(), 'image/png')).toBeUndefined();
    expect(imageDimensions(HTML_FILE, 'image/webp')).toBeUndefined();
    expect(imageDimensions(grayJpeg({ width: 0 }), 'image/jpeg')).toBeUndefined();
    expect(imageDimensions(rgbPng({ width: 0 }), 'image/png')).toBeUndefined();
    const badCrc = rgbPng();
    badCrc[20] = (badCrc[20] as number) ^ 1;
    expect(imageDimensions(badCrc, 'image/png')).toBeUndefined();
    expect(
      imageDimensions(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10), 'image/jpeg'),
    ).toBeUndefined();
    const interFrame = webpFile([
      riffChunk('VP8 ', Uint8Array.of(0x51, ...vp8Header(1, 1).slice(1))),
    ]);
    expect(imageDimensions(interFrame, 'image/webp')).toBeUndefined();
  });
});

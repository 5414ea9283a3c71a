import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  imageDimensions,
  imageOrientation,
  MediaError,
  sniffMediaType,
  stripMetadata,
} from '../../src/media/index.js';
import {
  adobeApp14,
  animatedWebp,
  bytesOf,
  comment,
  contains,
  exifApp1,
  exifTiff,
  gpsLatitudeBytes,
  grayJpeg,
  ICC_PROFILE_BYTES,
  iccApp2,
  ihdr,
  jfifApp0,
  join,
  jpegSegment,
  PNG_SIGNATURE,
  pdfFile,
  phoneJpeg,
  phonePng,
  phoneWebp,
  pngChunk,
  rgbPng,
  rgbScanlines,
  riffChunk,
  simpleWebp,
  VP8X_FLAGS,
  vp8lPayload,
  vp8xChunk,
  webpFile,
} from './fixtures.js';
import { readPng, readWebp, walkJpeg } from './verify.js';

/** Traces of the metadata the fixtures carry. */
const TRACES = [
  'Exif',
  'GPS',
  'xpacket',
  'xmpmeta',
  'GPSLatitude',
  'Xiaomi',
  'Redmi',
  'SN12345678',
  'Budi',
  'Photoshop',
  '8BIM',
  'Bangil',
  'MPF',
  'owner=',
  'vendor',
] as const;

function expectNoTraces(bytes: Uint8Array, allow: readonly string[] = []) {
  for (const trace of TRACES) {
    if (!allow.includes(trace)) expect(contains(bytes, trace), trace).toBe(false);
  }
  expect(contains(bytes, gpsLatitudeBytes(false)), 'GPS latitude (MM)').toBe(false);
  expect(contains(bytes, gpsLatitudeBytes(true)), 'GPS latitude (II)').toBe(false);
}

function expectMalformed(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MediaError);
    expect((error as MediaError).code).toBe('malformed-image');
    return;
  }
  expect.fail('expected a malformed-image error');
}

describe('stripMetadata: JPEG', () => {
  it('the fixture really carries the metadata', () => {
    const original = phoneJpeg();
    for (const trace of ['Exif', 'GPS', 'xpacket', 'Xiaomi', 'Budi', '8BIM', 'MPF']) {
      expect(contains(original, trace), trace).toBe(true);
    }
    expect(contains(original, gpsLatitudeBytes())).toBe(true);
  });

  it('drops Exif, XMP, IPTC, comments, MPF and the appended image; keeps what decodes', () => {
    const original = phoneJpeg({ width: 40, height: 24 });
    const stripped = stripMetadata(original, 'image/jpeg');
    expectNoTraces(stripped);

    const before = walkJpeg(phoneJpeg({ width: 40, height: 24, appended: false }));
    const after = walkJpeg(stripped);
    expect(after.map((s) => s.marker.toString(16))).toEqual([
      'e0', // JFIF
      'e2', // ICC profile
      'ee', // Adobe
      'db', // DQT
      'c0', // SOF0
      'c4', // DHT
      'c4',
      'da', // SOS
    ]);
    // Tables, frame and scan byte for byte
    const decoding = (segments: typeof after) =>
      segments.filter((s) => [0xdb, 0xc0, 0xc4, 0xda].includes(s.marker));
    expect(decoding(after)).toEqual(decoding(before));
    expect(contains(stripped, ICC_PROFILE_BYTES)).toBe(true);
    expect(imageDimensions(stripped, 'image/jpeg')).toEqual({ width: 40, height: 24 });
    expect(sniffMediaType(stripped)).toBe('image/jpeg');
  });

  it('keeps the JFIF header but removes its thumbnail', () => {
    const stripped = stripMetadata(grayJpeg({ head: [jfifApp0(true)] }), 'image/jpeg');
    const jfif = walkJpeg(stripped)[0];
    expect(jfif?.marker).toBe(0xe0);
    expect([...(jfif?.payload ?? [])]).toEqual([...bytesOf('JFIF\0'), 1, 2, 1, 0, 72, 0, 72, 0, 0]);
    expect(contains(stripped, Uint8Array.of(0xde, 0xad, 0xbe))).toBe(false);
  });

  it('keeps a quarter-turn orientation as a one-tag Exif segment, nothing else', () => {
    const stripped = stripMetadata(phoneJpeg({ orientation: 6 }), 'image/jpeg');
    const app1 = walkJpeg(stripped).filter((s) => s.marker === 0xe1);
    expect(app1).toHaveLength(1);
    expect([...(app1[0]?.payload ?? [])]).toEqual([
      ...bytesOf('Exif\0\0MM\0*\0\0\0\x08'),
      0,
      1,
      0x01,
      0x12,
      0,
      3,
      0,
      0,
      0,
      1,
      0,
      6,
      0,
      0,
      0,
      0,
      0,
      0,
    ]);
    expectNoTraces(stripped, ['Exif']);
    // little-endian Exif orientation is read too; orientation 1 needs no segment
    const le = stripMetadata(
      grayJpeg({ head: [exifApp1({ orientation: 8, littleEndian: true })] }),
      'image/jpeg',
    );
    expect(walkJpeg(le).find((s) => s.marker === 0xe1)?.payload[25]).toBe(8);
    const upright = stripMetadata(grayJpeg({ head: [exifApp1({ orientation: 1 })] }), 'image/jpeg');
    expect(contains(upright, 'Exif')).toBe(false);
  });

  it('copies entropy-coded data with stuffed bytes and restart markers, strips APPn between scans', () => {
    const scanData = Uint8Array.of(
      0x12,
      0xff,
      0x00,
      0x34,
      0xff,
      0xd0,
      0x56,
      0xff,
      0x00,
      0xff,
      0xd1,
      0x78,
    );
    const dri = jpegSegment(0xdd, Uint8Array.of(0, 1));
    const original = grayJpeg({
      beforeScan: [dri, comment('between tables and scan'), exifApp1()],
      scanData,
    });
    const stripped = stripMetadata(original, 'image/jpeg');
    const segments = walkJpeg(stripped);
    expect(segments.map((s) => s.marker)).toEqual([0xdb, 0xc0, 0xc4, 0xc4, 0xdd, 0xda]);
    expect([...(segments.at(-1)?.scan ?? [])]).toEqual([...scanData]);
    expectNoTraces(stripped);
  });

  it('walks several scans (progressive layout) and drops fill bytes before markers', () => {
    const sos = jpegSegment(0xda, Uint8Array.of(1, 1, 0x00, 0, 63, 0));
    const original = join(
      grayJpeg().subarray(0, -2), // everything up to EOI
      Uint8Array.of(0xff, 0xff), // fill bytes
      comment('second scan follows'),
      sos,
      Uint8Array.of(0x00),
      Uint8Array.of(0xff, 0xd9),
    );
    const stripped = stripMetadata(original, 'image/jpeg');
    expect(walkJpeg(stripped).filter((s) => s.marker === 0xda)).toHaveLength(2);
    expect(contains(stripped, 'second scan')).toBe(false);
    expect(contains(stripped, Uint8Array.of(0xff, 0xff))).toBe(false);
  });

  it('keeps fill bytes before a restart marker inside a scan', () => {
    const scanData = Uint8Array.of(0x12, 0xff, 0xff, 0xd0, 0x34);
    const stripped = stripMetadata(grayJpeg({ scanData }), 'image/jpeg');
    expect(contains(stripped, join(scanData, Uint8Array.of(0xff, 0xd9)))).toBe(true);
  });

  it('drops other APPn segments and non-ICC APP2', () => {
    const original = grayJpeg({
      head: [
        jpegSegment(0xec, bytesOf('Ducky\0\0Budi')),
        jpegSegment(0xe3, bytesOf('Meta Xiaomi')),
        jpegSegment(0xe2, bytesOf('FPXR\0Budi')),
        jpegSegment(0xe0, bytesOf('AVI1\0\0')),
        iccApp2(),
        adobeApp14(),
      ],
    });
    const stripped = stripMetadata(original, 'image/jpeg');
    expectNoTraces(stripped);
    expect(walkJpeg(stripped).map((s) => s.marker)).toEqual([
      0xe2, 0xee, 0xdb, 0xc0, 0xc4, 0xc4, 0xda,
    ]);
  });

  it('keeps only the 12-byte Adobe APP14 header', () => {
    const adobe = jpegSegment(
      0xee,
      join(bytesOf('Adobe'), Uint8Array.of(0, 100, 0, 0, 0, 0, 1), bytesOf('hidden Budi')),
    );
    const stripped = stripMetadata(grayJpeg({ head: [adobe] }), 'image/jpeg');
    const app14 = walkJpeg(stripped).find((s) => s.marker === 0xee);
    expect([...(app14?.payload ?? [])]).toEqual([...bytesOf('Adobe'), 0, 100, 0, 0, 0, 0, 1]);
    expect(contains(stripped, 'Budi')).toBe(false);
  });

  it('refuses broken JPEGs with a typed error', () => {
    const good = grayJpeg();
    expectMalformed(() => stripMetadata(good.subarray(0, good.length - 2), 'image/jpeg')); // no EOI
    expectMalformed(() => stripMetadata(good.subarray(0, 30), 'image/jpeg'));
    expectMalformed(() => stripMetadata(Uint8Array.of(0xff, 0xd8, 0xff, 0xd9), 'image/jpeg'));
    const sos = jpegSegment(0xda, Uint8Array.of(1, 1, 0x00, 0, 63, 0));
    const scanFirst = join(
      Uint8Array.of(0xff, 0xd8),
      sos,
      Uint8Array.of(0),
      Uint8Array.of(0xff, 0xd9),
    );
    expectMalformed(() => stripMetadata(scanFirst, 'image/jpeg')); // scan before frame
    const badLength = grayJpeg({ head: [comment('x')] });
    badLength[4] = 0xff; // COM length now overruns the file
    expectMalformed(() => stripMetadata(badLength, 'image/jpeg'));
    const junk = join(grayJpeg().subarray(0, 2), bytesOf('junk'), grayJpeg().subarray(2));
    expectMalformed(() => stripMetadata(junk, 'image/jpeg'));
    const twoFrames = grayJpeg({
      beforeScan: [jpegSegment(0xc2, Uint8Array.of(8, 0, 8, 0, 8, 1, 1, 0x11, 0))],
    });
    expectMalformed(() => stripMetadata(twoFrames, 'image/jpeg'));
  });
});

describe('stripMetadata: PNG', () => {
  it('the fixture really carries the metadata', () => {
    const types = readPng(phonePng(false)).chunks.map((c) => c.type);
    expect(types).toEqual(expect.arrayContaining(['eXIf', 'iTXt', 'tEXt', 'zTXt', 'tIME', 'prVt']));
  });

  it('drops eXIf, text, time, private chunks and trailing data; pixels stay the same', () => {
    const original = phonePng();
    const stripped = stripMetadata(original, 'image/png');
    expectNoTraces(stripped);
    const { chunks, pixels } = readPng(stripped);
    expect(chunks.map((c) => c.type)).toEqual([
      'IHDR',
      'sRGB',
      'gAMA',
      'pHYs',
      'IDAT',
      'IDAT',
      'IEND',
    ]);
    expect(pixels).toEqual(rgbScanlines(4, 3));
    expect(imageDimensions(stripped, 'image/png')).toEqual({ width: 4, height: 3 });
  });

  it('keeps a quarter-turn eXIf orientation as a one-tag eXIf right after IHDR', () => {
    const original = rgbPng({
      beforeData: [pngChunk('eXIf', exifTiff({ orientation: 6, littleEndian: true }))],
    });
    expect(imageOrientation(original, 'image/png')).toBe(6);
    const stripped = stripMetadata(original, 'image/png');
    const { chunks } = readPng(stripped);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'eXIf', 'IDAT', 'IDAT', 'IEND']);
    expect([...(chunks[1]?.data ?? [])]).toEqual([
      ...bytesOf('MM\0*\0\0\0\x08'),
      0,
      1,
      0x01,
      0x12,
      0,
      3,
      0,
      0,
      0,
      1,
      0,
      6,
      0,
      0,
      0,
      0,
      0,
      0,
    ]);
    expectNoTraces(stripped);
    expect(imageOrientation(stripped, 'image/png')).toBe(6);
    // After the image data browsers ignore it, and so does the stripper.
    const late = rgbPng({ afterData: [pngChunk('eXIf', exifTiff({ orientation: 6 }))] });
    expect(readPng(stripMetadata(late, 'image/png')).chunks.map((c) => c.type)).not.toContain(
      'eXIf',
    );
    expect(imageOrientation(late, 'image/png')).toBeUndefined();
  });

  it('keeps palette, transparency, ICC and animation chunks', () => {
    const compressed = deflateSync(Uint8Array.of(0, 0)); // one row: filter 0, palette index 0
    const original = join(
      PNG_SIGNATURE,
      ihdr(1, 1, 8, 3),
      pngChunk('iCCP', join(bytesOf('ICC\0\0'), deflateSync(ICC_PROFILE_BYTES))),
      pngChunk('PLTE', Uint8Array.of(255, 0, 0)),
      pngChunk('tRNS', Uint8Array.of(128)),
      pngChunk('acTL', Uint8Array.of(0, 0, 0, 1, 0, 0, 0, 0)),
      pngChunk('fcTL', new Uint8Array(26)),
      pngChunk('IDAT', compressed),
      pngChunk('tEXt', bytesOf('Author\0Budi')),
      pngChunk('IEND', new Uint8Array(0)),
    );
    const { chunks } = readPng(stripMetadata(original, 'image/png'));
    expect(chunks.map((c) => c.type)).toEqual([
      'IHDR',
      'iCCP',
      'PLTE',
      'tRNS',
      'acTL',
      'fcTL',
      'IDAT',
      'IEND',
    ]);
  });

  it('refuses broken PNGs with a typed error', () => {
    const good = rgbPng();
    expectMalformed(() => stripMetadata(good.subarray(0, good.length - 12), 'image/png')); // no IEND
    expectMalformed(() => stripMetadata(good.subarray(0, 40), 'image/png'));
    const badCrc = good.slice();
    badCrc[good.length - 20] = (badCrc[good.length - 20] as number) ^ 0xff; // inside IDAT
    expectMalformed(() => stripMetadata(badCrc, 'image/png'));
    const noData = join(PNG_SIGNATURE, ihdr(1, 1), pngChunk('IEND', new Uint8Array(0)));
    expectMalformed(() => stripMetadata(noData, 'image/png'));
    const paletteLess = join(
      PNG_SIGNATURE,
      ihdr(1, 1, 8, 3),
      pngChunk('IDAT', new Uint8Array(2)),
      pngChunk('IEND', new Uint8Array(0)),
    );
    expectMalformed(() => stripMetadata(paletteLess, 'image/png'));
    const unknownCritical = rgbPng({ beforeData: [pngChunk('ABCD', new Uint8Array(1))] });
    expectMalformed(() => stripMetadata(unknownCritical, 'image/png'));
    expectMalformed(() => stripMetadata(join(PNG_SIGNATURE, ihdr(1, 1, 3, 2)), 'image/png')); // bad depth
  });
});

describe('stripMetadata: WebP', () => {
  it('drops EXIF, XMP and unknown chunks, clears the flags and fixes the RIFF size', () => {
    const original = phoneWebp(5, 3);
    expect(contains(original, 'GPS')).toBe(true);
    const stripped = stripMetadata(original, 'image/webp');
    expectNoTraces(stripped);
    const chunks = readWebp(stripped);
    expect(chunks.map((c) => c.fourcc)).toEqual(['VP8X', 'VP8L']);
    expect((chunks[0]?.data[0] ?? 0) & (VP8X_FLAGS.exif | VP8X_FLAGS.xmp)).toBe(0);
    expect(chunks[1]?.data).toEqual(vp8lPayload(5, 3));
    expect(imageDimensions(stripped, 'image/webp')).toEqual({ width: 5, height: 3 });
  });

  it('keeps ICC, alpha and animation chunks and their flags', () => {
    const flags = VP8X_FLAGS.icc | VP8X_FLAGS.alpha | VP8X_FLAGS.exif;
    const original = webpFile([
      vp8xChunk(flags, 2, 2),
      riffChunk('ICCP', ICC_PROFILE_BYTES),
      riffChunk('ALPH', Uint8Array.of(0, 1, 2)),
      riffChunk('VP8L', vp8lPayload(2, 2)),
      riffChunk('EXIF', bytesOf('Exif GPS')),
    ]);
    const chunks = readWebp(stripMetadata(original, 'image/webp'));
    expect(chunks.map((c) => c.fourcc)).toEqual(['VP8X', 'ICCP', 'ALPH', 'VP8L']);
    expect(chunks[0]?.data[0]).toBe(VP8X_FLAGS.icc | VP8X_FLAGS.alpha);
  });

  it('drops unknown sub-chunks inside animation frames', () => {
    const original = animatedWebp(4, 4);
    const stripped = stripMetadata(original, 'image/webp');
    expectNoTraces(stripped);
    const chunks = readWebp(stripped);
    expect(chunks.map((c) => c.fourcc)).toEqual(['VP8X', 'ANIM', 'ANMF', 'ANMF']);
    expect(chunks[0]?.data[0]).toBe(VP8X_FLAGS.animation);
    for (const frame of chunks.filter((c) => c.fourcc === 'ANMF')) {
      // 16-byte frame header, then exactly one VP8L sub-chunk
      const sub = frame.data.subarray(16);
      expect(Buffer.from(sub.subarray(0, 4)).toString('latin1')).toBe('VP8L');
      expect(Buffer.from(sub).readUInt32LE(4) + 8).toBe(sub.length);
    }
    expect(imageDimensions(stripped, 'image/webp')).toEqual({ width: 4, height: 4 });
    expect(imageOrientation(original, 'image/webp')).toBeUndefined();
  });

  it('copies a simple WebP, without bytes beyond its RIFF size', () => {
    const original = simpleWebp(5, 3);
    expect(stripMetadata(original, 'image/webp')).toEqual(original);
    const withTail = join(original, bytesOf('Exif GPS trailing'));
    expect(stripMetadata(withTail, 'image/webp')).toEqual(original);
    const extraChunk = webpFile([
      riffChunk('VP8L', vp8lPayload(5, 3)),
      riffChunk('EXIF', bytesOf('GPS')),
    ]);
    expect(stripMetadata(extraChunk, 'image/webp')).toEqual(original);
  });

  it('accepts a last odd-sized chunk without its pad byte, and pads it', () => {
    const vp8l = join(vp8lPayload(5, 3), Uint8Array.of(0)); // 13 bytes: odd
    const unpadded = join(
      bytesOf('RIFF'),
      Uint8Array.of(4 + 8 + 13, 0, 0, 0),
      bytesOf('WEBPVP8L'),
      Uint8Array.of(13, 0, 0, 0),
      vp8l,
    );
    const stripped = stripMetadata(unpadded, 'image/webp');
    expect(readWebp(stripped).map((c) => [c.fourcc, c.data.length])).toEqual([['VP8L', 13]]);
    expect(stripped.length).toBe(unpadded.length + 1);
  });

  it('refuses broken WebPs with a typed error', () => {
    const good = phoneWebp();
    expectMalformed(() => stripMetadata(good.subarray(0, good.length - 1), 'image/webp'));
    expectMalformed(() => stripMetadata(good.subarray(0, 20), 'image/webp'));
    expectMalformed(() => stripMetadata(webpFile([vp8xChunk(0, 1, 1)]), 'image/webp')); // no image
    expectMalformed(() =>
      stripMetadata(webpFile([riffChunk('ALPH', new Uint8Array(2))]), 'image/webp'),
    );
    const pastEnd = simpleWebp().slice();
    pastEnd[4] = (pastEnd[4] as number) + 2; // RIFF size beyond the file
    expectMalformed(() => stripMetadata(pastEnd, 'image/webp'));
    expectMalformed(() =>
      stripMetadata(
        webpFile([riffChunk('VP8L', Uint8Array.of(0x2f, 0, 0, 0, 0xe0))]),
        'image/webp',
      ),
    ); // VP8L version 7
  });
});

describe('stripMetadata: PDF', () => {
  it('returns a copy of the document unchanged', () => {
    const pdf = pdfFile('% Author: Budi\n');
    const stored = stripMetadata(pdf, 'application/pdf');
    expect(stored).toEqual(pdf);
    expect(stored).not.toBe(pdf);
  });
});

describe('stripMetadata is idempotent', () => {
  it.each([
    ['image/jpeg', phoneJpeg({ orientation: 6 })],
    ['image/png', phonePng()],
    ['image/webp', phoneWebp()],
    ['image/webp', animatedWebp()],
  ] as const)('%s', (type, bytes) => {
    const once = stripMetadata(bytes, type);
    expect(stripMetadata(once, type)).toEqual(once);
  });
});

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ImageType,
  imageDimensions,
  MediaError,
  MediaStore,
  sniffMediaType,
  stripMetadata,
} from '../../src/media/index.js';
import {
  animatedWebp,
  bytesOf,
  grayJpeg,
  join,
  phoneJpeg,
  phonePng,
  phoneWebp,
  rgbPng,
  simpleWebp,
} from './fixtures.js';

const TYPES: readonly ImageType[] = ['image/jpeg', 'image/png', 'image/webp'];

const VALID: readonly (readonly [ImageType, Uint8Array])[] = [
  ['image/jpeg', phoneJpeg({ orientation: 6 })],
  ['image/jpeg', grayJpeg({ width: 9, height: 17 })],
  ['image/png', phonePng()],
  ['image/png', rgbPng()],
  ['image/webp', phoneWebp()],
  ['image/webp', simpleWebp()],
  ['image/webp', animatedWebp()],
];

/** Runs `work`; it may return or throw a MediaError, never anything else. */
function typedOutcome<T>(work: () => T): T | MediaError {
  try {
    return work();
  } catch (error) {
    if (error instanceof MediaError) return error;
    throw error;
  }
}

const magic = fc.constantFrom(
  Uint8Array.of(0xff, 0xd8, 0xff),
  Uint8Array.of(0xff, 0xd8, 0xff, 0xe1),
  Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
  Uint8Array.of(
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    0,
    0,
    0,
    13,
    0x49,
    0x48,
    0x44,
    0x52,
  ),
  join(bytesOf('RIFF'), Uint8Array.of(0x20, 0, 0, 0), bytesOf('WEBPVP8X')),
  join(bytesOf('RIFF'), Uint8Array.of(0x20, 0, 0, 0), bytesOf('WEBPVP8L')),
  bytesOf('%PDF-'),
);

/** Random bytes, half of them behind a real magic number so the parsers get to work. */
const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc.tuple(magic, fc.uint8Array({ maxLength: 600 })).map(([head, tail]) => join(head, tail)),
);

function checkAll(bytes: Uint8Array) {
  const sniffed = sniffMediaType(bytes);
  expect([undefined, 'image/jpeg', 'image/png', 'image/webp', 'application/pdf']).toContain(
    sniffed,
  );
  for (const type of TYPES) {
    const size = imageDimensions(bytes, type);
    if (size) expect(size.width > 0 && size.height > 0).toBe(true);
    const stripped = typedOutcome(() => stripMetadata(bytes, type));
    if (stripped instanceof MediaError) expect(stripped.code).toBe('malformed-image');
    else expect(stripMetadata(stripped, type)).toEqual(stripped);
  }
}

describe('robustness (fast-check)', () => {
  it('random bytes never throw anything but a MediaError', () => {
    fc.assert(fc.property(anyBytes, checkAll), { numRuns: 1500 });
  });

  it('a truncated image is refused, or (cut in data after the image) gives the same result', () => {
    for (const [type, image] of VALID) {
      const full = stripMetadata(image, type);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: image.length - 1 }), (cut) => {
          const result = typedOutcome(() => stripMetadata(image.subarray(0, cut), type));
          if (result instanceof MediaError) expect(result.code).toBe('malformed-image');
          else expect(result).toEqual(full);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('every single truncation of each fixture is handled', () => {
    for (const [, image] of VALID) {
      for (let cut = 0; cut < image.length; cut++) checkAll(image.subarray(0, cut));
    }
  });

  it('corrupted images never throw anything but a MediaError', () => {
    const corruption = fc.record({
      index: fc.nat({ max: VALID.length - 1 }),
      edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 6,
      }),
    });
    fc.assert(
      fc.property(corruption, ({ index, edits }) => {
        const [, image] = VALID[index] as (typeof VALID)[number];
        const bytes = image.slice();
        for (const [at, value] of edits) bytes[at % bytes.length] = value;
        checkAll(bytes);
      }),
      { numRuns: 1500 },
    );
  });

  describe('MediaStore.save', () => {
    let root: string;
    let store: MediaStore;
    beforeAll(async () => {
      root = await mkdtemp(joinPath(tmpdir(), 'cerdas-media-fuzz-'));
      store = new MediaStore({ dir: root });
    });
    afterAll(async () => {
      await rm(root, { recursive: true, force: true });
    });

    it('refuses random and truncated input with a MediaError and writes nothing', async () => {
      const input = fc.oneof(
        anyBytes,
        fc
          .tuple(fc.constantFrom(...VALID), fc.nat())
          .map(([[, image], cut]) => image.subarray(0, cut % image.length))
          .filter((bytes) => !(bytes[0] === 0xff && bytes.length > 700)),
      );
      await fc.assert(
        fc.asyncProperty(
          input,
          fc.constantFrom('complaint-photo', 'request-document'),
          async (bytes, purpose) => {
            try {
              const saved = await store.save(bytes, { purpose });
              await store.delete(saved.path); // a cut after the image's end is still an image
            } catch (error) {
              expect(error).toBeInstanceOf(MediaError);
            }
          },
        ),
        { numRuns: 200 },
      );
      const left = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) =>
        e.isFile(),
      );
      expect(left).toEqual([]);
    });
  });
});

import * as fc from 'fast-check';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { validate } from './i18n.js';
import {
  CURSOR_MAX_LENGTH,
  type CursorValue,
  decodeCursor,
  encodeCursor,
  InvalidCursorError,
  Page,
  PageQuery,
} from './page.js';

function messages(data: unknown, lang: 'id' | 'en' = 'id'): string[] {
  const result = validate(PageQuery, data, lang);
  return result.success ? [] : result.errors.map((e) => e.message);
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

/** base64url without padding of raw bytes, built independently of the code under test. */
function base64url(binary: string): string {
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('PageQuery (?limit=&cursor=)', () => {
  it('defaults limit to 20 and reads it from a query string', () => {
    expect(PageQuery.parse({})).toEqual({ limit: 20 });
    expect(PageQuery.parse({ limit: '1' })).toEqual({ limit: 1 });
    expect(PageQuery.parse({ limit: '100', cursor: 'WyJhIl0' })).toEqual({
      limit: 100,
      cursor: 'WyJhIl0',
    });
    expect(PageQuery.parse({ limit: 50 })).toEqual({ limit: 50 });
  });

  it('refuses limits outside 1–100 with messages in both languages', () => {
    expect(messages({ limit: '0' })).toEqual(['limit: minimal 1']);
    expect(messages({ limit: '101' })).toEqual(['limit: maksimal 100']);
    expect(messages({ limit: '2.5' })).toEqual(['limit: harus berupa bilangan bulat']);
    expect(messages({ limit: 'banyak' })).toEqual(['limit: harus berupa angka']);
    expect(messages({ limit: '101' }, 'en')).toEqual(['limit: must be at most 100']);
  });

  it('refuses an empty or overlong cursor', () => {
    expect(messages({ cursor: '' })).toEqual(['cursor: minimal 1 karakter']);
    expect(messages({ cursor: 'a'.repeat(CURSOR_MAX_LENGTH + 1) }, 'en')).toEqual([
      'cursor: must be at most 512 characters',
    ]);
  });
});

describe('Page(item)', () => {
  const Umkm = z.object({ id: z.string(), namaUsaha: z.string() });
  const UmkmPage = Page(Umkm);

  it('is { items, nextCursor } with null on the last page', () => {
    const last = { items: [{ id: 'u1', namaUsaha: 'Keripik Tempe Bu Sri' }], nextCursor: null };
    expect(UmkmPage.parse(last)).toEqual(last);
    expect(UmkmPage.safeParse({ items: [{ id: 'u1' }], nextCursor: 'WyJhIl0' }).success).toBe(
      false,
    );
    expect(UmkmPage.safeParse({ items: [] }).success).toBe(false);
  });

  it('infers the same type as Page<T>', () => {
    expectTypeOf<z.infer<typeof UmkmPage>>().toEqualTypeOf<Page<z.infer<typeof Umkm>>>();
  });
});

describe('the cursor codec', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('round-trips keyset values in a URL-safe string', () => {
    const cursor = encodeCursor(['2026-03-20T08:00:00+07:00', 'ADU-3514-2026-000123', 42]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(['2026-03-20T08:00:00+07:00', 'ADU-3514-2026-000123', 42]);
  });

  it('works without Buffer, as in a browser', () => {
    vi.stubGlobal('Buffer', undefined);
    expect(decodeCursor(encodeCursor(['Pasuruan ✓', -1.5]))).toEqual(['Pasuruan ✓', -1.5]);
  });

  it('decodes tolerantly: padding, the standard alphabet, surrounding spaces', () => {
    const raw = btoa(String.fromCharCode(...new TextEncoder().encode('["~~~?",1]')));
    expect(raw).toMatch(/[+/=]/);
    expect(decodeCursor(raw)).toEqual(['~~~?', 1]);
    expect(decodeCursor(` ${base64url('["a"]')}== `)).toEqual(['a']);
  });

  it('checks and types the values when given a shape', () => {
    const Keyset = z.tuple([z.string(), z.int()]);
    const values = decodeCursor(encodeCursor(['2026-03-20', 7]), Keyset);
    expectTypeOf(values).toEqualTypeOf<[string, number]>();
    expect(values).toEqual(['2026-03-20', 7]);
    const error = thrown(() => decodeCursor(encodeCursor([7, '2026-03-20']), Keyset));
    expect(error).toBeInstanceOf(InvalidCursorError);
    expect((error as InvalidCursorError).cause).toBeInstanceOf(Error);
  });

  it('throws InvalidCursorError for garbage', () => {
    const garbage = [
      '',
      '!!!',
      'abcde',
      base64url('not json'),
      base64url('{"a":1}'),
      base64url('[]'),
      base64url('[true]'),
      base64url('[null]'),
      base64url('[["nested"]]'),
      base64url('\xff\xfe'),
      'A'.repeat(CURSOR_MAX_LENGTH + 1),
    ];
    for (const cursor of garbage) {
      const error = thrown(() => decodeCursor(cursor));
      expect(error, cursor).toBeInstanceOf(InvalidCursorError);
      expect(error).toMatchObject({ name: 'InvalidCursorError', cursor });
    }
    expect((thrown(() => decodeCursor('!!!')) as InvalidCursorError).text.id).toContain(
      'Kursor halaman tidak valid',
    );
  });

  it('refuses to encode what it could not decode', () => {
    expect(() => encodeCursor([])).toThrow(RangeError);
    expect(() => encodeCursor([Number.NaN])).toThrow(TypeError);
    expect(() => encodeCursor([Number.POSITIVE_INFINITY])).toThrow(TypeError);
    expect(() => encodeCursor(['x'.repeat(CURSOR_MAX_LENGTH)])).toThrow(RangeError);
  });

  it('round-trips any strings and finite numbers (property)', () => {
    const value: fc.Arbitrary<CursorValue> = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 5 }), (values) => {
        const cursor = encodeCursor(values);
        expect(cursor.length).toBeLessThanOrEqual(CURSOR_MAX_LENGTH);
        expect(PageQuery.parse({ cursor }).cursor).toBe(cursor);
        expect(decodeCursor(cursor)).toEqual(values);
      }),
    );
  });

  it('answers any string with values or an InvalidCursorError (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.base64String()), (cursor) => {
        try {
          const values = decodeCursor(cursor);
          expect(values.length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidCursorError);
        }
      }),
    );
  });
});

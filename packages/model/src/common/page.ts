import * as z from 'zod/mini';
import type { LocalizedText } from './i18n.js';

/** Items per page when the query names no `limit`. */
export const PAGE_LIMIT_DEFAULT = 20;
/** The largest `limit` a list accepts. */
export const PAGE_LIMIT_MAX = 100;
/** The longest cursor a list accepts or {@link encodeCursor} produces. */
export const CURSOR_MAX_LENGTH = 512;

/** An opaque position in a list, as returned in `nextCursor` (wire convention: cursor pages). */
export const PageCursor = z.string().check(z.minLength(1), z.maxLength(CURSOR_MAX_LENGTH));
export type PageCursor = z.infer<typeof PageCursor>;

/**
 * The query of a list endpoint, `?limit=&cursor=`: `limit` arrives as a string and becomes a
 * whole number 1–100 (default 20); `cursor` is the `nextCursor` of the previous page.
 */
export const PageQuery = z.object({
  limit: z._default(
    z.pipe(z.coerce.number(), z.int().check(z.minimum(1), z.maximum(PAGE_LIMIT_MAX))),
    PAGE_LIMIT_DEFAULT,
  ),
  cursor: z.optional(PageCursor),
});
export type PageQuery = z.infer<typeof PageQuery>;

/**
 * The schema of one page of a list, `{ items, nextCursor }` (wire convention: cursor pages);
 * `nextCursor` is `null` on the last page.
 */
export function Page<T extends z.core.SomeType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.nullable(PageCursor) });
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** One key of a keyset position: the sort value(s) and the id of the last item of a page. */
export type CursorValue = string | number;

/** A cursor that is not one this API produced: garbled, truncated or of another shape. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
  /** What to tell the user, in both languages. */
  readonly text: LocalizedText = {
    id: 'Kursor halaman tidak valid; muat ulang daftar dari awal.',
    en: 'The page cursor is invalid; reload the list from the start.',
  };

  constructor(
    readonly cursor: string,
    options?: { cause?: unknown },
  ) {
    super('Invalid page cursor', options);
  }
}

function isCursorValue(value: unknown): value is CursorValue {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/**
 * Packs keyset values into an opaque, URL-safe cursor (base64url of their JSON, RFC 4648 §5,
 * without padding). Works in browsers and Node without `Buffer`.
 */
export function encodeCursor(values: readonly CursorValue[]): string {
  if (values.length === 0) throw new RangeError('A cursor needs at least one value');
  if (!values.every(isCursorValue)) {
    throw new TypeError('Cursor values must be strings or finite numbers');
  }
  const bytes = new TextEncoder().encode(JSON.stringify(values));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const cursor = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  if (cursor.length > CURSOR_MAX_LENGTH) {
    throw new RangeError(`A cursor may be at most ${CURSOR_MAX_LENGTH} characters`);
  }
  return cursor;
}

function unpack(cursor: string): CursorValue[] {
  const base64 = cursor.trim().replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]+$/.test(base64) || base64.length % 4 === 1) {
    throw new InvalidCursorError(cursor);
  }
  let values: unknown;
  try {
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    values = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (cause) {
    throw new InvalidCursorError(cursor, { cause });
  }
  if (!Array.isArray(values) || values.length === 0 || !values.every(isCursorValue)) {
    throw new InvalidCursorError(cursor);
  }
  return values;
}

/**
 * Unpacks a cursor made by {@link encodeCursor}. Accepts it with or without padding and in
 * either base64 alphabet; anything else throws an {@link InvalidCursorError}. With `shape`
 * (e.g. `z.tuple([z.string(), z.int()])`) the values are checked and typed as well.
 */
export function decodeCursor(cursor: string): CursorValue[];
export function decodeCursor<T>(cursor: string, shape: z.core.$ZodType<T>): T;
export function decodeCursor(cursor: string, shape?: z.core.$ZodType): unknown {
  if (typeof cursor !== 'string' || cursor.length > CURSOR_MAX_LENGTH) {
    throw new InvalidCursorError(String(cursor));
  }
  const values = unpack(cursor);
  if (!shape) return values;
  const result = z.safeParse(shape, values);
  if (!result.success) throw new InvalidCursorError(cursor, { cause: result.error });
  return result.data;
}

import { Conflict } from './types.js';

/**
 * A programming error: a repository of the storage itself (or a nested `transaction`) was
 * used inside `storage.transaction(work)`. On SQLite the transaction holds the only
 * connection, so that call would wait for the transaction, which waits for the call: the
 * request would hang forever. Inside a transaction use only the `tx` it passes.
 */
export class TransactionMisuse extends Error {
  override readonly name = 'TransactionMisuse';
}

/** An update of a record that does not exist (nothing was written). */
export class RecordNotFound extends Error {
  override readonly name = 'RecordNotFound';
}

/**
 * Whether a driver error is a uniqueness violation: better-sqlite3's
 * `SQLITE_CONSTRAINT_PRIMARYKEY`/`SQLITE_CONSTRAINT_UNIQUE`, PostgreSQL's SQLSTATE 23505.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === '23505'
  );
}

/**
 * Runs a write (an UPDATE, where `ON CONFLICT` is not available) and turns a uniqueness
 * violation into {@link Conflict}. On PostgreSQL the failed statement still aborts the
 * surrounding transaction: a caller that catches this Conflict inside one must end it.
 */
export async function unique<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict(`${what} already exists`, { cause: error });
    throw error;
  }
}

/**
 * Inserts with `ON CONFLICT DO NOTHING … RETURNING` and throws {@link Conflict} when no row
 * came back. Unlike catching the driver's error this leaves a PostgreSQL transaction usable
 * (a failed statement would abort it), so both dialects behave alike after a Conflict.
 */
export async function insertNew(what: string, insert: () => Promise<readonly unknown[]>) {
  const inserted = await insert();
  if (inserted.length === 0) throw new Conflict(`${what} already exists`);
}

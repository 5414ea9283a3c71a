import { createPostgresStorage } from './postgres.js';
import { createSqliteStorage } from './sqlite.js';
import type { Storage } from './types.js';

export { RecordNotFound, TransactionMisuse } from './errors.js';
export { createPostgresStorage } from './postgres.js';
export { createSqliteStorage, SqliteStorage } from './sqlite.js';
export * from './types.js';

export interface StorageOptions {
  /**
   * Where the data lives:
   * - `postgres://user:pass@host:5432/db` or `postgresql://…`: PostgreSQL;
   * - `sqlite:./data/cerdas.db`, `sqlite:/var/lib/cerdas.db` or a plain path: an SQLite file;
   * - `sqlite::memory:` or `:memory:`: a throw-away in-memory SQLite database.
   */
  readonly url: string;
}

/** Opens the storage a URL names. Call `migrate()` before use and `close()` at shutdown. */
export function openStorage(options: StorageOptions): Storage {
  const url = options.url.trim();
  if (/^postgres(ql)?:\/\//i.test(url)) return createPostgresStorage(url);
  if (/^sqlite:/i.test(url)) {
    // `sqlite:///abs/path` and `sqlite://rel/path` are read like `sqlite:/abs/path`.
    const path = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (path === '') throw new Error(`No file in storage URL ${url}`);
    return createSqliteStorage(path);
  }
  if (url === '') throw new Error('The storage URL is empty');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new Error(`Unsupported storage URL ${url}: use postgres://…, sqlite:<path> or a path`);
  }
  return createSqliteStorage(url);
}

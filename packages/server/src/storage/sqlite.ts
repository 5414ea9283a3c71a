import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import type { Database } from './schema.js';
import { KyselyStorage } from './storage.js';

/**
 * Transactions that take SQLite's write lock when they begin. A deferred `BEGIN` would take it
 * at the first write, and a transaction that read first could then fail with SQLITE_BUSY
 * against another process (the lock cannot be upgraded while a reader holds it) instead of
 * waiting `busy_timeout`. Every Cerdas transaction may write, so all begin IMMEDIATE.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class CerdasSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/** An SQLite storage; `sqlite` is the better-sqlite3 handle (for backups and diagnostics). */
export class SqliteStorage extends KyselyStorage {
  constructor(readonly sqlite: BetterSqlite3.Database) {
    super(
      'sqlite',
      new Kysely<Database>({ dialect: new CerdasSqliteDialect({ database: sqlite }) }),
    );
  }
}

/**
 * Opens (creating it and its folder if needed) an SQLite database file, or an in-memory one
 * for `:memory:`. Call `migrate()` before use.
 *
 * - `journal_mode=WAL`: readers do not block the writer; the mode is stored in the file.
 * - `synchronous=FULL`: in WAL mode every commit fsyncs the WAL, so a write that was
 *   acknowledged survives a crash, a SIGKILL or a power cut (NORMAL would fsync only at
 *   checkpoints and may lose the last commits on power loss).
 * - `foreign_keys=ON`: SQLite enforces references only when asked, per connection.
 * - `busy_timeout=5000`: another process's write lock is waited for up to 5 s, not refused.
 *
 * One process should open a file once: two storages on one file in one process would make
 * each wait for the other on the same thread.
 */
export function createSqliteStorage(path: string): SqliteStorage {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new BetterSqlite3(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new SqliteStorage(sqlite);
}

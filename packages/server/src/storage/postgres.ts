import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { KyselyStorage } from './storage.js';

/**
 * Opens a PostgreSQL storage on a connection pool for a `postgres://` or `postgresql://` URL
 * (user, password, host, port, database and `?sslmode=` as libpq reads them). Nothing connects
 * until the first query. Call `migrate()` before use.
 */
export function createPostgresStorage(url: string): KyselyStorage {
  const pool = new pg.Pool({ connectionString: url });
  // An idle client that loses its connection emits 'error' on the pool; without a listener
  // that would end the process. The next query gets a fresh client (or fails and says why).
  pool.on('error', () => {});
  return new KyselyStorage(
    'postgres',
    new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
  );
}

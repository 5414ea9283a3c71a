/** A throwaway local PostgreSQL server for tests and benchmarks. */
export interface PostgresServer {
  /** URL of a database created at start. */
  readonly url: string;
  /** Creates another empty database and returns its URL. */
  createDatabase(): Promise<string>;
  /** Stops the server and deletes its files. */
  stop(): Promise<void>;
}

/** The folder of `initdb`, `pg_ctl` and `postgres`, or undefined when PostgreSQL is not installed. */
export function findPostgresBin(): string | undefined;

/** Prints why the PostgreSQL tests did not run, so a skipped suite is never mistaken for a pass. */
export function warnPostgresMissing(reason: string): void;

/**
 * Starts a server in a fresh temporary folder on a free local port (as the `postgres` user when
 * run as root); undefined, after a loud warning, when the binaries are missing.
 */
export function startPostgres(): Promise<PostgresServer | undefined>;

import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely } from 'kysely';
import { TransactionMisuse } from './errors.js';
import type { Dialect } from './migrations.js';
import type { Database } from './schema.js';

/** Where a repository runs its queries: the database itself or one open transaction. */
export interface Context {
  readonly dialect: Dialect;
  readonly inTransaction: boolean;
  /** The connection to query; throws {@link TransactionMisuse} when it must not be used now. */
  db(): Kysely<Database>;
  /**
   * Runs several statements as one unit: inside the current transaction, or in a new one.
   * Use it for read-then-write sequences (a business and its search text).
   */
  atomic<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T>;
}

/** Whether a transaction's `work` is still running, seen by the code it calls. */
interface TransactionState {
  open: boolean;
}

const MISUSE =
  'Inside storage.transaction(work) use only the tx it passes to work: calling the storage ' +
  'itself (or starting another transaction) there would wait for the transaction forever on ' +
  'SQLite and could wait for its locks on PostgreSQL.';

/**
 * Tracks the transactions of one storage through async calls, so that misuse inside one is
 * an immediate error rather than a hang. Calls made from other requests at the same time are
 * not affected: they simply wait their turn (SQLite) or take another connection (PostgreSQL).
 */
export class TransactionScope {
  readonly #current = new AsyncLocalStorage<TransactionState>();

  /** Throws when called from inside a running transaction of this storage. */
  assertOutside(): void {
    if (this.#current.getStore()?.open) throw new TransactionMisuse(MISUSE);
  }

  /** Runs `work` marked as inside a transaction; the mark ends when `work` settles. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const state: TransactionState = { open: true };
    try {
      return await this.#current.run(state, work);
    } finally {
      state.open = false;
    }
  }
}

/**
 * Starts a transaction builder. PostgreSQL runs at READ COMMITTED, which the idempotency and
 * sequence designs rely on (a blocked INSERT sees the winner's committed row). SQLite's
 * transactions begin IMMEDIATE (see sqlite.ts).
 */
export function begin(db: Kysely<Database>, dialect: Dialect) {
  const builder = db.transaction();
  return dialect === 'postgres' ? builder.setIsolationLevel('read committed') : builder;
}

/** The storage's own context: every call first checks that no transaction is misused. */
export class RootContext implements Context {
  readonly inTransaction = false;

  constructor(
    readonly dialect: Dialect,
    private readonly kysely: Kysely<Database>,
    private readonly scope: TransactionScope,
  ) {}

  db(): Kysely<Database> {
    this.scope.assertOutside();
    return this.kysely;
  }

  atomic<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return begin(this.db(), this.dialect).execute(work);
  }
}

/** The context of one transaction; unusable once the transaction has ended. */
export class TransactionContext implements Context {
  readonly inTransaction = true;
  #open = true;

  constructor(
    readonly dialect: Dialect,
    private readonly transaction: Kysely<Database>,
  ) {}

  /** Called when the transaction commits or rolls back. */
  end(): void {
    this.#open = false;
  }

  db(): Kysely<Database> {
    if (!this.#open) {
      throw new TransactionMisuse('This transaction has ended; its tx can no longer be used.');
    }
    return this.transaction;
  }

  atomic<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return work(this.db());
  }
}

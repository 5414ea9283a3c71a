import { type Kysely, Migrator } from 'kysely';
import {
  begin,
  type Context,
  RootContext,
  TransactionContext,
  TransactionScope,
} from './context.js';
import { type Dialect, migrationProvider } from './migrations.js';
import {
  idempotencyRepository,
  sequenceRepository,
  tokenRepository,
  uploadRepository,
} from './repositories/access.js';
import { businessRepository, productRepository } from './repositories/businesses.js';
import {
  opdRepository,
  proposalRepository,
  scheduleRepository,
  workPlanRepository,
} from './repositories/planning.js';
import {
  complaintRepository,
  ikmRepository,
  serviceRequestRepository,
  serviceStandardRepository,
} from './repositories/services.js';
import type { Database } from './schema.js';
import type { Repositories, Storage } from './types.js';

function repositories(context: Context): Repositories {
  return {
    businesses: businessRepository(context),
    products: productRepository(context),
    opds: opdRepository(context),
    schedules: scheduleRepository(context),
    proposals: proposalRepository(context),
    workPlan: workPlanRepository(context),
    services: serviceStandardRepository(context),
    serviceRequests: serviceRequestRepository(context),
    complaints: complaintRepository(context),
    ikm: ikmRepository(context),
    tokens: tokenRepository(context),
    uploads: uploadRepository(context),
    idempotency: idempotencyRepository(context),
    sequences: sequenceRepository(context),
  };
}

/**
 * The {@link Storage} over a Kysely instance of either dialect.
 *
 * Inside `transaction(work)` use only the `tx` that `work` receives. Calling the storage
 * itself there (or nesting `transaction`) throws `TransactionMisuse` at once: on SQLite the
 * transaction holds the only connection, so such a call would otherwise wait forever.
 */
export class KyselyStorage implements Storage {
  readonly #db: Kysely<Database>;
  readonly #scope = new TransactionScope();
  readonly #repositories: Repositories;

  constructor(
    readonly dialect: Dialect,
    db: Kysely<Database>,
  ) {
    this.#db = db;
    this.#repositories = repositories(new RootContext(dialect, db, this.#scope));
  }

  get businesses() {
    return this.#repositories.businesses;
  }
  get products() {
    return this.#repositories.products;
  }
  get opds() {
    return this.#repositories.opds;
  }
  get schedules() {
    return this.#repositories.schedules;
  }
  get proposals() {
    return this.#repositories.proposals;
  }
  get workPlan() {
    return this.#repositories.workPlan;
  }
  get services() {
    return this.#repositories.services;
  }
  get serviceRequests() {
    return this.#repositories.serviceRequests;
  }
  get complaints() {
    return this.#repositories.complaints;
  }
  get ikm() {
    return this.#repositories.ikm;
  }
  get tokens() {
    return this.#repositories.tokens;
  }
  get uploads() {
    return this.#repositories.uploads;
  }
  get idempotency() {
    return this.#repositories.idempotency;
  }
  get sequences() {
    return this.#repositories.sequences;
  }

  async transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
    this.#scope.assertOutside();
    return begin(this.#db, this.dialect).execute(async (transaction) => {
      const context = new TransactionContext(this.dialect, transaction);
      try {
        return await this.#scope.run(() => work(repositories(context)));
      } finally {
        context.end();
      }
    });
  }

  async migrate(): Promise<string[]> {
    this.#scope.assertOutside();
    const migrator = new Migrator({ db: this.#db, provider: migrationProvider(this.dialect) });
    const { error, results = [] } = await migrator.migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error(String(error));
    return results.filter((result) => result.status === 'Success').map((r) => r.migrationName);
  }

  async isEmpty(): Promise<boolean> {
    this.#scope.assertOutside();
    for (const table of ['businesses', 'opds', 'complaints'] as const) {
      const row = await this.#db.selectFrom(table).select('id').limit(1).executeTakeFirst();
      if (row) return false;
    }
    return true;
  }

  async close(): Promise<void> {
    await this.#db.destroy();
  }
}

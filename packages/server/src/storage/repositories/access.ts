import type { StaffToken } from '@cerdas/model';
import { sql } from 'kysely';
import type { Context } from '../context.js';
import { insertNew, TransactionMisuse } from '../errors.js';
import { utc } from '../time.js';
import type {
  IdempotencyRepository,
  SequenceRepository,
  TokenRepository,
  UploadRecord,
  UploadRepository,
} from '../types.js';

// ── Staff tokens ───────────────────────────────────────────────────────────────────────────

interface TokenRow {
  data: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/**
 * A token as stored: `data` as inserted, with the last use and the revocation from their own
 * columns. Keeping those two apart means a `touch` can never undo a concurrent `revoke` (each
 * is one UPDATE of one column, no read-modify-write of the JSON).
 */
function toToken(row: TokenRow): StaffToken {
  const { lastUsedAt: _used, revokedAt: _revoked, ...token } = JSON.parse(row.data) as StaffToken;
  return {
    ...token,
    ...(row.last_used_at !== null && { lastUsedAt: row.last_used_at }),
    ...(row.revoked_at !== null && { revokedAt: row.revoked_at }),
  };
}

const TOKEN_COLUMNS = ['data', 'last_used_at', 'revoked_at'] as const;

/**
 * Staff tokens. `findBySecretHash` returns revoked and expired tokens too: deciding whether a
 * token may act (and saying why not) is the caller's.
 */
export function tokenRepository(context: Context): TokenRepository {
  return {
    async insert({ token, secretHash }) {
      await insertNew(`Token ${token.id}`, () =>
        context
          .db()
          .insertInto('tokens')
          .values({
            id: token.id,
            secret_hash: secretHash,
            created_utc: utc(token.createdAt),
            last_used_at: token.lastUsedAt ?? null,
            revoked_at: token.revokedAt ?? null,
            data: JSON.stringify(token),
          })
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .execute(),
      );
    },

    async findBySecretHash(secretHash) {
      const row = await context
        .db()
        .selectFrom('tokens')
        .select(TOKEN_COLUMNS)
        .where('secret_hash', '=', secretHash)
        .executeTakeFirst();
      return row && toToken(row);
    },

    async get(id) {
      const row = await context
        .db()
        .selectFrom('tokens')
        .select(TOKEN_COLUMNS)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toToken(row);
    },

    async list() {
      const rows = await context
        .db()
        .selectFrom('tokens')
        .select(TOKEN_COLUMNS)
        .orderBy('created_utc')
        .orderBy('id')
        .execute();
      return rows.map(toToken);
    },

    /**
     * Revokes a token at `at`; true when the token exists. Revoking again keeps the first
     * revocation time (a repeated DELETE changes nothing).
     */
    revoke(id, at) {
      return context.atomic(async (db) => {
        await db
          .updateTable('tokens')
          .set({ revoked_at: at })
          .where('id', '=', id)
          .where('revoked_at', 'is', null)
          .execute();
        const row = await db
          .selectFrom('tokens')
          .select('id')
          .where('id', '=', id)
          .executeTakeFirst();
        return row !== undefined;
      });
    },

    async touch(id, at) {
      await context
        .db()
        .updateTable('tokens')
        .set({ last_used_at: at })
        .where('id', '=', id)
        .execute();
    },
  };
}

// ── Uploads ────────────────────────────────────────────────────────────────────────────────

interface UploadRow {
  owner: string | null;
  data: string;
}

function toUpload(row: UploadRow): UploadRecord {
  const upload = JSON.parse(row.data) as UploadRecord;
  return row.owner === null ? upload : { ...upload, owner: row.owner };
}

/** Uploads; the owner lives in its own column so `attach` is one atomic UPDATE. */
export function uploadRepository(context: Context): UploadRepository {
  return {
    async insert(upload) {
      const { owner, ...record } = upload;
      await insertNew(`Upload ${upload.id} (${upload.path})`, () =>
        context
          .db()
          .insertInto('uploads')
          .values({
            id: upload.id,
            path: upload.path,
            purpose: upload.purpose,
            owner: owner ?? null,
            created_utc: utc(upload.createdAt),
            data: JSON.stringify(record),
          })
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .execute(),
      );
    },

    async get(id) {
      const row = await context
        .db()
        .selectFrom('uploads')
        .select(['owner', 'data'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toUpload(row);
    },

    async getByPath(path) {
      const row = await context
        .db()
        .selectFrom('uploads')
        .select(['owner', 'data'])
        .where('path', '=', path)
        .executeTakeFirst();
      return row && toUpload(row);
    },

    /**
     * Gives the free uploads among `ids` to `owner`, in one statement, and returns them in the
     * order asked. An upload already used (by this owner or another) is not returned, so two
     * submissions racing for one photo cannot both get it.
     */
    async attach(ids, owner) {
      if (ids.length === 0) return [];
      const rows = await context
        .db()
        .updateTable('uploads')
        .set({ owner })
        .where('id', 'in', [...ids])
        .where('owner', 'is', null)
        .returning('id')
        .execute();
      const attached = new Set(rows.map((row) => row.id));
      return [...new Set(ids)].filter((id) => attached.has(id));
    },
  };
}

// ── Idempotency keys ───────────────────────────────────────────────────────────────────────

const OUTSIDE_TRANSACTION =
  'Idempotency keys are claimed and completed inside storage.transaction(work), on its tx: ' +
  'the claim must become visible only together with the response it records.';

/**
 * Idempotency keys. `claim` inserts the key with `ON CONFLICT DO NOTHING` and then reads it.
 * The row becomes visible to others only when the claiming transaction commits, and by then
 * `complete` has stored the response, so every other claimer sees either nothing (it wins the
 * key) or a finished response. Under concurrency on PostgreSQL (READ COMMITTED) a second
 * INSERT of the same key waits for the first transaction: after a commit it does nothing and
 * the SELECT (a new snapshot) sees the stored response; after a rollback it inserts. On SQLite
 * transactions are serialised, so the second claimer starts after the first has finished.
 *
 * A row with the same body hash but no response can exist only if a transaction committed a
 * claim without completing it (a handler that returned without calling `complete`). There is
 * nothing to replay then, so the claim answers `new` and the new request's `complete`
 * overwrites the row: the request runs again rather than being refused forever.
 */
export function idempotencyRepository(context: Context): IdempotencyRepository {
  const db = () => {
    if (!context.inTransaction) throw new TransactionMisuse(OUTSIDE_TRANSACTION);
    return context.db();
  };
  return {
    async claim(operation, key, bodyHash, at) {
      await db()
        .insertInto('idempotency')
        .values({ operation, key, body_hash: bodyHash, status: null, body: null, created_at: at })
        .onConflict((oc) => oc.columns(['operation', 'key']).doNothing())
        .execute();
      const row = await db()
        .selectFrom('idempotency')
        .select(['body_hash', 'status', 'body'])
        .where('operation', '=', operation)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      if (row.body_hash !== bodyHash) return { state: 'mismatch' };
      if (row.status === null || row.body === null) return { state: 'new' };
      return { state: 'replay', status: row.status, body: JSON.parse(row.body) };
    },

    async complete(operation, key, status, body) {
      const result = await db()
        .updateTable('idempotency')
        .set({ status, body: JSON.stringify(body ?? null) })
        .where('operation', '=', operation)
        .where('key', '=', key)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) {
        throw new TransactionMisuse(`Idempotency key ${operation}/${key} was not claimed`);
      }
    },
  };
}

// ── Sequences ──────────────────────────────────────────────────────────────────────────────

/**
 * Named counters: one upsert that creates the counter at 1 or increments it, returning the
 * new value. The row lock it takes (PostgreSQL) or the write lock of the transaction (SQLite)
 * makes concurrent callers wait, so no number is handed out twice; a rolled-back transaction
 * gives its number back.
 */
export function sequenceRepository(context: Context): SequenceRepository {
  return {
    async next(name) {
      const row = await context
        .db()
        .insertInto('sequences')
        .values({ name, value: 1 })
        .onConflict((oc) =>
          oc.column('name').doUpdateSet({ value: sql<number>`sequences.value + 1` }),
        )
        .returning('value')
        .executeTakeFirstOrThrow();
      return Number(row.value);
    },
  };
}

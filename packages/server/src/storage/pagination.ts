import { type CursorValue, decodeCursor, encodeCursor, type Page } from '@cerdas/model';
import { type Expression, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { any } from './query.js';
import type { Database } from './schema.js';
import { InvalidCursor, type PageRequest } from './types.js';

/** One key of a list's order, read back from a row to build the next page's cursor. */
export interface SortKey<Row> {
  /** What is sorted on: a column, or an expression such as a relevance rank. */
  readonly by: Expression<unknown>;
  readonly direction: 'asc' | 'desc';
  /** The type of the key's values, checked when a cursor is read. */
  readonly type: 'string' | 'number';
  readonly read: (row: Row) => string | number;
}

/**
 * A total order of a list: its keys end with the id, so no two rows tie and keyset paging
 * neither skips nor repeats a row. `name` is written into the cursor, so a cursor of one
 * order is refused by another instead of being misread.
 */
export interface Ordering<Row> {
  readonly name: string;
  readonly keys: readonly SortKey<Row>[];
}

function invalid(cursor: string, cause?: unknown): InvalidCursor {
  return new InvalidCursor(`Invalid page cursor: ${cursor.slice(0, 64)}`, { cause });
}

/** The key values of a cursor made by {@link paginate} for the same ordering. */
function positionOf<Row>(ordering: Ordering<Row>, cursor: string): CursorValue[] {
  let values: CursorValue[];
  try {
    values = decodeCursor(cursor);
  } catch (error) {
    throw invalid(cursor, error);
  }
  const [name, ...position] = values;
  if (name !== ordering.name || position.length !== ordering.keys.length) throw invalid(cursor);
  if (ordering.keys.some((key, index) => typeof position[index] !== key.type)) {
    throw invalid(cursor);
  }
  return position;
}

/**
 * Rows strictly after `position` in the ordering, as
 * `k1 > v1 OR (k1 = v1 AND k2 > v2) OR …` (with `<` for descending keys), which both
 * dialects plan well and which allows mixed directions.
 */
function after<Row>(ordering: Ordering<Row>, position: readonly CursorValue[]) {
  const branches = ordering.keys.map((key, index) => {
    const equal = ordering.keys
      .slice(0, index)
      .map((earlier, j) => sql<SqlBool>`${earlier.by} = ${position[j]}`);
    const beyond = sql<SqlBool>`${key.by} ${sql.raw(key.direction === 'asc' ? '>' : '<')} ${position[index]}`;
    return sql<SqlBool>`(${sql.join([...equal, beyond], sql` and `)})`;
  });
  return any(branches);
}

/**
 * One page of a filtered query: at most `limit` rows after the cursor, in the ordering, and
 * the cursor of the next page (`null` on the last page: one row more than asked is fetched to
 * know). Throws {@link InvalidCursor} for a cursor this ordering did not produce.
 */
export async function paginate<TB extends keyof Database, Row extends { data: string }, T>(
  query: SelectQueryBuilder<Database, TB, Row>,
  ordering: Ordering<Row>,
  page: PageRequest,
): Promise<Page<T>> {
  if (!Number.isInteger(page.limit) || page.limit < 1) {
    throw new RangeError(`A page limit is a whole number from 1, not ${page.limit}`);
  }
  let ordered = query;
  if (page.cursor !== undefined)
    ordered = ordered.where(after(ordering, positionOf(ordering, page.cursor)));
  for (const key of ordering.keys) ordered = ordered.orderBy(key.by, key.direction);
  const rows = await ordered.limit(page.limit + 1).execute();
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > page.limit && last
      ? encodeCursor([ordering.name, ...ordering.keys.map((key) => key.read(last))])
      : null;
  return { items: items.map((row) => JSON.parse(row.data) as T), nextCursor };
}

/** Every row of a query in the ordering, parsed. */
export async function everything<TB extends keyof Database, Row extends { data: string }, T>(
  query: SelectQueryBuilder<Database, TB, Row>,
  ordering: Ordering<Row>,
): Promise<T[]> {
  let ordered = query;
  for (const key of ordering.keys) ordered = ordered.orderBy(key.by, key.direction);
  const rows = await ordered.execute();
  return rows.map((row) => JSON.parse(row.data) as T);
}

/** A sort key on a text column the query selects. */
export function textKey<Row>(
  column: keyof Row & string,
  direction: 'asc' | 'desc' = 'asc',
): SortKey<Row> {
  return { by: sql.ref(column), direction, type: 'string', read: (row) => String(row[column]) };
}

/** A sort key on an integer column the query selects. */
export function numberKey<Row>(
  column: keyof Row & string,
  direction: 'asc' | 'desc' = 'asc',
): SortKey<Row> {
  return { by: sql.ref(column), direction, type: 'number', read: (row) => Number(row[column]) };
}

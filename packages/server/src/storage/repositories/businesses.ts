import { type Business, mainKbliCategory, type Page, type ProductPublic } from '@cerdas/model';
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { Context } from '../context.js';
import { insertNew, RecordNotFound } from '../errors.js';
import { numberKey, type Ordering, paginate, textKey } from '../pagination.js';
import {
  all,
  contains,
  delimited,
  hasMemberStartingWith,
  lower,
  searchWords,
  toCount,
} from '../query.js';
import type { Database } from '../schema.js';
import { utc } from '../time.js';
import type {
  BusinessListFilter,
  BusinessRepository,
  PageRequest,
  ProductRepository,
} from '../types.js';

/** A halal certificate without a bound is in force from the first or to the last day. */
const NO_START = '0000-01-01';
const NO_END = '9999-12-31';

/**
 * The text that catalog words are looked for in: name, description, KBLI codes and the names
 * of the business's products, lowered. Parts are joined by line breaks; a search word holds
 * no whitespace, so it never matches across two parts.
 */
function searchText(business: Business, productNames: readonly string[]): string {
  return lower(
    [business.name, business.description, ...(business.kbli?.codes ?? []), ...productNames].join(
      '\n',
    ),
  );
}

function businessRow(business: Business, productNames: readonly string[]) {
  return {
    id: business.id,
    name_sort: lower(business.name),
    search_text: searchText(business, productNames),
    district_code: business.location.villageCode.slice(0, 8),
    village_code: business.location.villageCode,
    kbli_category: mainKbliCategory(business.kbli) ?? null,
    kbli_codes: delimited(business.kbli?.codes ?? []),
    scale: business.scale,
    verification_status: business.verification.status,
    created_at: business.createdAt,
    created_utc: utc(business.createdAt),
    updated_at: business.updatedAt,
    data: JSON.stringify(business),
  };
}

/**
 * The periods in which the business's halal certificates are in force, one per certificate:
 * from `issuedOn` to `validUntil` inclusive, unbounded where a date is missing (a halal
 * certificate without an end date stays valid, UU 33/2014 Pasal 42 as amended by UU 6/2023).
 * This is `isCertificationInForce` of the model, kept as rows so SQL can ask it for any day.
 */
function halalRows(business: Business) {
  return business.certifications
    .filter((cert) => cert.kind === 'halal')
    .map((cert) => ({
      business_id: business.id,
      valid_from: cert.issuedOn ?? NO_START,
      valid_until: cert.validUntil ?? NO_END,
    }));
}

/**
 * Reads a business for a change that rewrites its derived columns, locking its row on
 * PostgreSQL so that concurrent product writes recompute the search text one after another
 * (SQLite transactions are serialised already).
 */
async function lockBusiness(
  context: Context,
  db: Kysely<Database>,
  id: string,
): Promise<Business | undefined> {
  const row = await db
    .selectFrom('businesses')
    .select('data')
    .where('id', '=', id)
    .$if(context.dialect === 'postgres', (query) => query.forUpdate())
    .executeTakeFirst();
  return row && (JSON.parse(row.data) as Business);
}

async function productNames(db: Kysely<Database>, businessId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('products')
    .select('name')
    .where('business_id', '=', businessId)
    .orderBy('created_utc')
    .orderBy('id')
    .execute();
  return rows.map((row) => row.name);
}

/** Recomputes a locked business's search text after its products changed. */
async function refreshSearchText(db: Kysely<Database>, business: Business): Promise<void> {
  await db
    .updateTable('businesses')
    .set({ search_text: searchText(business, await productNames(db, business.id)) })
    .where('id', '=', business.id)
    .execute();
}

type Filter = Omit<BusinessListFilter, 'sort'>;

function filterConditions(eb: ExpressionBuilder<Database, 'businesses'>, filter: Filter) {
  const conditions: Expression<SqlBool>[] = searchWords(filter.text).map((word) =>
    contains(sql.ref('search_text'), word),
  );
  conditions.push(
    filter.statuses.length === 0
      ? sql<SqlBool>`1 = 0`
      : eb('verification_status', 'in', [...filter.statuses]),
  );
  if (filter.districtCode !== undefined) {
    conditions.push(eb('district_code', '=', filter.districtCode));
  }
  if (filter.villageCode !== undefined) {
    conditions.push(eb('village_code', '=', filter.villageCode));
  }
  if (filter.kbliCategory !== undefined) {
    conditions.push(eb('kbli_category', '=', filter.kbliCategory));
  }
  if (filter.kbliPrefix !== undefined) {
    conditions.push(hasMemberStartingWith(sql.ref('kbli_codes'), filter.kbliPrefix));
  }
  if (filter.scale !== undefined) conditions.push(eb('scale', '=', filter.scale));
  if (filter.halal !== undefined) {
    const inForce = eb.exists(
      eb
        .selectFrom('business_halal')
        .select(sql`1`.as('one'))
        .whereRef('business_halal.business_id', '=', 'businesses.id')
        .where('business_halal.valid_from', '<=', filter.today)
        .where('business_halal.valid_until', '>=', filter.today),
    );
    conditions.push(filter.halal ? inForce : eb.not(inForce));
  }
  return all(conditions);
}

interface BusinessListRow {
  id: string;
  name_sort: string;
  created_utc: string;
  rank: number;
  data: string;
}

const BY_NAME: Ordering<BusinessListRow> = {
  name: 'name',
  keys: [textKey('name_sort'), textKey('id')],
};

const NEWEST: Ordering<BusinessListRow> = {
  name: 'newest',
  keys: [textKey('created_utc', 'desc'), textKey('id', 'desc')],
};

/**
 * 0 for a business whose name holds every search word, 1 for one that matches only through
 * its description, codes or products: `relevance` lists name matches first, then by name.
 */
function nameRank(words: readonly string[]) {
  return sql<number>`case when ${all(words.map((word) => contains(sql.ref('name_sort'), word)))} then 0 else 1 end`;
}

export function businessRepository(context: Context): BusinessRepository {
  return {
    async get(id) {
      const row = await context
        .db()
        .selectFrom('businesses')
        .select('data')
        .where('id', '=', id)
        .executeTakeFirst();
      return row && (JSON.parse(row.data) as Business);
    },

    async list(filter, page: PageRequest): Promise<Page<Business>> {
      const words = searchWords(filter.text);
      const rank = nameRank(words);
      const query = context
        .db()
        .selectFrom('businesses')
        .select(['id', 'name_sort', 'created_utc', 'data', rank.as('rank')])
        .where((eb) => filterConditions(eb, filter));
      const ordering: Ordering<BusinessListRow> =
        filter.sort === 'newest'
          ? NEWEST
          : filter.sort === 'relevance' && words.length > 0
            ? {
                name: 'relevance',
                keys: [
                  { ...numberKey<BusinessListRow>('rank'), by: rank },
                  textKey('name_sort'),
                  textKey('id'),
                ],
              }
            : BY_NAME;
      return paginate(query, ordering, page);
    },

    async count(filter) {
      const row = await context
        .db()
        .selectFrom('businesses')
        .select((eb) => eb.fn.countAll().as('n'))
        .where((eb) => filterConditions(eb, filter))
        .executeTakeFirst();
      return toCount(row?.n);
    },

    async insert(business) {
      await context.atomic(async (db) => {
        await insertNew(`Business ${business.id}`, () =>
          db
            .insertInto('businesses')
            .values(businessRow(business, []))
            .onConflict((oc) => oc.doNothing())
            .returning('id')
            .execute(),
        );
        const halal = halalRows(business);
        if (halal.length > 0) await db.insertInto('business_halal').values(halal).execute();
      });
    },

    async update(business) {
      await context.atomic(async (db) => {
        if (!(await lockBusiness(context, db, business.id))) {
          throw new RecordNotFound(`Business ${business.id} does not exist`);
        }
        const names = await productNames(db, business.id);
        const { id: _id, ...columns } = businessRow(business, names);
        await db.updateTable('businesses').set(columns).where('id', '=', business.id).execute();
        await db.deleteFrom('business_halal').where('business_id', '=', business.id).execute();
        const halal = halalRows(business);
        if (halal.length > 0) await db.insertInto('business_halal').values(halal).execute();
      });
    },
  };
}

interface ProductRow {
  business_id: string;
  id: string;
  created_utc: string;
  data: string;
}

const PRODUCT_ORDER: Ordering<ProductRow> = {
  name: 'products',
  keys: [textKey('created_utc'), textKey('id')],
};

function productRow(product: ProductPublic) {
  return {
    business_id: product.businessId,
    id: product.id,
    name: product.name,
    created_utc: utc(product.createdAt),
    data: JSON.stringify(product),
  };
}

/** Products in the order they were added (then by id), within their business. */
export function productRepository(context: Context): ProductRepository {
  return {
    async get(businessId, id) {
      const row = await context
        .db()
        .selectFrom('products')
        .select('data')
        .where('business_id', '=', businessId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && (JSON.parse(row.data) as ProductPublic);
    },

    listByBusiness(businessId, page) {
      const query = context
        .db()
        .selectFrom('products')
        .select(['business_id', 'id', 'created_utc', 'data'])
        .where('business_id', '=', businessId);
      return paginate(query, PRODUCT_ORDER, page);
    },

    async forBusinesses(businessIds) {
      const grouped = new Map<string, ProductPublic[]>(businessIds.map((id) => [id, []]));
      if (businessIds.length === 0) return grouped;
      const rows = await context
        .db()
        .selectFrom('products')
        .select(['business_id', 'data'])
        .where('business_id', 'in', [...businessIds])
        .orderBy('business_id')
        .orderBy('created_utc')
        .orderBy('id')
        .execute();
      for (const row of rows) grouped.get(row.business_id)?.push(JSON.parse(row.data));
      return grouped;
    },

    async insert(product) {
      await context.atomic(async (db) => {
        const business = await lockBusiness(context, db, product.businessId);
        if (!business) throw new RecordNotFound(`Business ${product.businessId} does not exist`);
        await insertNew(`Product ${product.businessId}/${product.id}`, () =>
          db
            .insertInto('products')
            .values(productRow(product))
            .onConflict((oc) => oc.doNothing())
            .returning('id')
            .execute(),
        );
        await refreshSearchText(db, business);
      });
    },

    async update(product) {
      await context.atomic(async (db) => {
        const business = await lockBusiness(context, db, product.businessId);
        const { business_id, id, ...columns } = productRow(product);
        const result = business
          ? await db
              .updateTable('products')
              .set(columns)
              .where('business_id', '=', business_id)
              .where('id', '=', id)
              .executeTakeFirst()
          : undefined;
        if (!business || result?.numUpdatedRows === 0n) {
          throw new RecordNotFound(`Product ${business_id}/${id} does not exist`);
        }
        await refreshSearchText(db, business);
      });
    },

    delete(businessId, id) {
      return context.atomic(async (db) => {
        const business = await lockBusiness(context, db, businessId);
        if (!business) return false;
        const result = await db
          .deleteFrom('products')
          .where('business_id', '=', businessId)
          .where('id', '=', id)
          .executeTakeFirst();
        if (result.numDeletedRows === 0n) return false;
        await refreshSearchText(db, business);
        return true;
      });
    },
  };
}

import {
  type ColumnDataType,
  type Expression,
  type Kysely,
  type Migration,
  type MigrationProvider,
  sql,
} from 'kysely';
import { resolutionDate } from './time.js';

export type Dialect = 'sqlite' | 'postgres';

/**
 * The schema's history, in code (the server is bundled, so no migration files are read at run
 * time). Names sort in the order they apply; never edit an applied migration, add one.
 */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001_initial': { up: (db) => initial(db, dialect) },
    '0002_complaint_resolved_date': { up: (db) => complaintResolvedDate(db, dialect) },
  };
  return { getMigrations: async () => migrations };
}

/**
 * Text that sorts by code point on both dialects. SQLite's default collation is binary; on
 * PostgreSQL the database's collation (often ICU or glibc `en_US`) would order `a-b` before
 * `ab` and change keyset order between servers, so every text column uses `"C"` there.
 */
function textType(dialect: Dialect): ColumnDataType | Expression<unknown> {
  return dialect === 'postgres' ? sql`text collate "C"` : 'text';
}

// biome-ignore lint/suspicious/noExplicitAny: migrations see the schema as it was, not as it is.
async function initial(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const text = textType(dialect);

  await db.schema
    .createTable('businesses')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('name_sort', text, (c) => c.notNull())
    .addColumn('search_text', text, (c) => c.notNull())
    .addColumn('district_code', text, (c) => c.notNull())
    .addColumn('village_code', text, (c) => c.notNull())
    .addColumn('kbli_category', text)
    .addColumn('kbli_codes', text, (c) => c.notNull())
    .addColumn('scale', text, (c) => c.notNull())
    .addColumn('verification_status', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('created_utc', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addColumn('data', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('businesses_name')
    .on('businesses')
    .columns(['name_sort', 'id'])
    .execute();
  await db.schema
    .createIndex('businesses_created')
    .on('businesses')
    .columns(['created_utc', 'id'])
    .execute();
  await db.schema
    .createIndex('businesses_village')
    .on('businesses')
    .column('village_code')
    .execute();
  await db.schema
    .createIndex('businesses_district')
    .on('businesses')
    .column('district_code')
    .execute();

  await db.schema
    .createTable('business_halal')
    .addColumn('business_id', text, (c) =>
      c.notNull().references('businesses.id').onDelete('cascade'),
    )
    .addColumn('valid_from', text, (c) => c.notNull())
    .addColumn('valid_until', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('business_halal_business')
    .on('business_halal')
    .column('business_id')
    .execute();

  await db.schema
    .createTable('products')
    .addColumn('business_id', text, (c) =>
      c.notNull().references('businesses.id').onDelete('cascade'),
    )
    .addColumn('id', text, (c) => c.notNull())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('created_utc', text, (c) => c.notNull())
    .addColumn('data', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('products_pk', ['business_id', 'id'])
    .execute();
  await db.schema
    .createIndex('products_order')
    .on('products')
    .columns(['business_id', 'created_utc', 'id'])
    .execute();

  await db.schema
    .createTable('opds')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('name_sort', text, (c) => c.notNull())
    .addColumn('search_text', text, (c) => c.notNull())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('bidang_codes', text, (c) => c.notNull())
    .addColumn('data', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('opds_name').on('opds').columns(['name_sort', 'id']).execute();

  await db.schema
    .createTable('schedules')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('data', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('proposals')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('source', text, (c) => c.notNull())
    .addColumn('region_code', text, (c) => c.notNull())
    .addColumn('bidang_code', text, (c) => c.notNull())
    .addColumn('search_text', text, (c) => c.notNull())
    .addColumn('created_utc', text, (c) => c.notNull())
    .addColumn('data', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('proposals_year')
    .on('proposals')
    .columns(['fiscal_year', 'created_utc', 'id'])
    .execute();
  await db.schema
    .createIndex('proposals_created')
    .on('proposals')
    .columns(['created_utc', 'id'])
    .execute();
  await db.schema.createIndex('proposals_region').on('proposals').column('region_code').execute();

  await db.schema
    .createTable('work_plan')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('opd_id', text, (c) => c.notNull())
    .addColumn('sub_kegiatan', text, (c) => c.notNull())
    .addColumn('funding_source', text, (c) => c.notNull())
    .addColumn('locations', text, (c) => c.notNull())
    .addColumn('proposal_ids', text, (c) => c.notNull())
    .addColumn('data', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('work_plan_year')
    .on('work_plan')
    .columns(['fiscal_year', 'sub_kegiatan', 'id'])
    .execute();
  await db.schema
    .createIndex('work_plan_code')
    .on('work_plan')
    .columns(['sub_kegiatan', 'id'])
    .execute();
  await db.schema.createIndex('work_plan_opd').on('work_plan').column('opd_id').execute();

  await db.schema
    .createTable('service_standards')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('name_sort', text, (c) => c.notNull())
    .addColumn('search_text', text, (c) => c.notNull())
    .addColumn('opd_id', text, (c) => c.notNull())
    .addColumn('category', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('channel_kinds', text, (c) => c.notNull())
    .addColumn('data', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('service_standards_name')
    .on('service_standards')
    .columns(['name_sort', 'id'])
    .execute();

  await db.schema
    .createTable('service_requests')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('tracking_number', text, (c) => c.notNull().unique())
    .addColumn('service_id', text, (c) => c.notNull())
    .addColumn('opd_id', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('created_utc', text, (c) => c.notNull())
    .addColumn('created_date', text, (c) => c.notNull())
    .addColumn('receipt_hash', text, (c) => c.notNull())
    .addColumn('data', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('complaints')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('tracking_number', text, (c) => c.notNull().unique())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('category', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('opd_id', text)
    .addColumn('district_code', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('created_utc', text, (c) => c.notNull())
    .addColumn('created_date', text, (c) => c.notNull())
    .addColumn('receipt_hash', text, (c) => c.notNull())
    .addColumn('data', text, (c) => c.notNull())
    .execute();

  for (const table of ['service_requests', 'complaints'] as const) {
    await db.schema
      .createIndex(`${table}_created`)
      .on(table)
      .columns(['created_utc', 'id'])
      .execute();
    await db.schema.createIndex(`${table}_status`).on(table).column('status').execute();
    await db.schema.createIndex(`${table}_opd`).on(table).column('opd_id').execute();
  }

  await db.schema
    .createTable('ikm_responses')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('service_id', text, (c) => c.notNull())
    .addColumn('opd_id', text, (c) => c.notNull())
    .addColumn('date', text, (c) => c.notNull())
    .addColumn('created_utc', text, (c) => c.notNull())
    .addColumn('data', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ikm_responses_service')
    .on('ikm_responses')
    .columns(['service_id', 'date'])
    .execute();
  await db.schema
    .createIndex('ikm_responses_opd')
    .on('ikm_responses')
    .columns(['opd_id', 'date'])
    .execute();

  await db.schema
    .createTable('tokens')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('secret_hash', text, (c) => c.notNull().unique())
    .addColumn('created_utc', text, (c) => c.notNull())
    .addColumn('last_used_at', text)
    .addColumn('revoked_at', text)
    .addColumn('data', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('uploads')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('path', text, (c) => c.notNull().unique())
    .addColumn('purpose', text, (c) => c.notNull())
    .addColumn('owner', text)
    .addColumn('created_utc', text, (c) => c.notNull())
    .addColumn('data', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('uploads_owner').on('uploads').column('owner').execute();

  await db.schema
    .createTable('idempotency')
    .addColumn('operation', text, (c) => c.notNull())
    .addColumn('key', text, (c) => c.notNull())
    .addColumn('body_hash', text, (c) => c.notNull())
    .addColumn('status', 'integer')
    .addColumn('body', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_pk', ['operation', 'key'])
    .execute();

  await db.schema
    .createTable('sequences')
    .addColumn('name', text, (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();
}

/**
 * `complaints.resolved_date`: the local date of a resolved or closed complaint's latest
 * resolution (null otherwise), so that the public figures count this year's resolutions with
 * SQL. Existing rows are filled in from their stored records.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations see the schema as it was, not as it is.
async function complaintResolvedDate(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('complaints').addColumn('resolved_date', textType(dialect)).execute();
  await db.schema
    .createIndex('complaints_resolved')
    .on('complaints')
    .column('resolved_date')
    .execute();
  const rows: { id: string; tracking_number: string; data: string }[] = await db
    .selectFrom('complaints')
    .select(['id', 'tracking_number', 'data'])
    .where('status', 'in', ['resolved', 'closed'])
    .execute();
  for (const row of rows) {
    await db
      .updateTable('complaints')
      .set({ resolved_date: resolutionDate(JSON.parse(row.data), row.tracking_number) })
      .where('id', '=', row.id)
      .execute();
  }
}

import {
  type Complaint,
  FINISHED_COMPLAINT_STATUSES,
  type IkmResponse,
  type ServiceRequest,
  type ServiceStandard,
} from '@cerdas/model';
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Context } from '../context.js';
import { insertNew, RecordNotFound, unique } from '../errors.js';
import { type Ordering, paginate, textKey } from '../pagination.js';
import { all, contains, delimited, hasMember, lower, searchWords, toCount } from '../query.js';
import { resolutionDate, submissionDate, utc } from '../time.js';
import type {
  ComplaintRepository,
  IkmRepository,
  ServiceRequestRepository,
  ServiceStandardRepository,
  WithReceipt,
} from '../types.js';

// ── Service standards ──────────────────────────────────────────────────────────────────────

function standardRow(standard: ServiceStandard) {
  return {
    id: standard.id,
    name_sort: lower(standard.name),
    search_text: lower(
      [standard.name, standard.description ?? '', ...standard.keywords].join('\n'),
    ),
    opd_id: standard.opdId,
    category: standard.category,
    status: standard.status,
    channel_kinds: delimited(standard.channels.map((channel) => channel.kind)),
    data: JSON.stringify(standard),
  };
}

interface NamedRow {
  id: string;
  name_sort: string;
  data: string;
}

const BY_NAME: Ordering<NamedRow> = { name: 'name', keys: [textKey('name_sort'), textKey('id')] };

/**
 * The catalogue by name. `text` finds standards whose name, description and keywords hold
 * every word (ignoring case); `channel` a standard offered through that kind of channel.
 */
export function serviceStandardRepository(context: Context): ServiceStandardRepository {
  return {
    async get(id) {
      const row = await context
        .db()
        .selectFrom('service_standards')
        .select('data')
        .where('id', '=', id)
        .executeTakeFirst();
      return row && (JSON.parse(row.data) as ServiceStandard);
    },

    list(query, page) {
      const conditions: Expression<SqlBool>[] = searchWords(query.text).map((word) =>
        contains(sql.ref('search_text'), word),
      );
      if (query.opd !== undefined) conditions.push(sql<SqlBool>`opd_id = ${query.opd}`);
      if (query.category !== undefined) {
        conditions.push(sql<SqlBool>`category = ${query.category}`);
      }
      if (query.status !== undefined) conditions.push(sql<SqlBool>`status = ${query.status}`);
      if (query.channel !== undefined) {
        conditions.push(hasMember(sql.ref('channel_kinds'), query.channel));
      }
      const select = context
        .db()
        .selectFrom('service_standards')
        .select(['id', 'name_sort', 'data'])
        .where(all(conditions));
      return paginate(select, BY_NAME, page);
    },

    async insert(standard) {
      await insertNew(`Service standard ${standard.id}`, () =>
        context
          .db()
          .insertInto('service_standards')
          .values(standardRow(standard))
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .execute(),
      );
    },

    async update(standard) {
      const { id, ...columns } = standardRow(standard);
      const result = await context
        .db()
        .updateTable('service_standards')
        .set(columns)
        .where('id', '=', id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) {
        throw new RecordNotFound(`Service standard ${id} does not exist`);
      }
    },

    async count() {
      const row = await context
        .db()
        .selectFrom('service_standards')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst();
      return toCount(row?.n);
    },
  };
}

// ── Citizens' cases: service requests and complaints ───────────────────────────────────────

interface CaseRow {
  id: string;
  created_utc: string;
  data: string;
}

/** Staff work from the latest submissions down. */
const NEWEST: Ordering<CaseRow> = {
  name: 'newest',
  keys: [textKey('created_utc', 'desc'), textKey('id', 'desc')],
};

/** `from`/`to`: the first and last local date of submission, inclusive. */
function dateRange(from: string | undefined, to: string | undefined): Expression<SqlBool>[] {
  return [
    ...(from === undefined ? [] : [sql<SqlBool>`created_date >= ${from}`]),
    ...(to === undefined ? [] : [sql<SqlBool>`created_date <= ${to}`]),
  ];
}

function withReceipt<T>(
  row: { data: string; receipt_hash: string } | undefined,
): WithReceipt<T> | undefined {
  return row && { record: JSON.parse(row.data) as T, receiptHash: row.receipt_hash };
}

function requestRow(request: ServiceRequest) {
  return {
    id: request.id,
    tracking_number: request.trackingNumber,
    service_id: request.serviceId,
    opd_id: request.opdId,
    status: request.status,
    created_at: request.createdAt,
    created_utc: utc(request.createdAt),
    created_date: submissionDate(request.createdAt, request.trackingNumber),
    data: JSON.stringify(request),
  };
}

/** Service requests, newest first; the receipt hash never changes after the insert. */
export function serviceRequestRepository(context: Context): ServiceRequestRepository {
  return {
    async get(id) {
      const row = await context
        .db()
        .selectFrom('service_requests')
        .select(['data', 'receipt_hash'])
        .where('id', '=', id)
        .executeTakeFirst();
      return withReceipt<ServiceRequest>(row);
    },

    async getByTrackingNumber(trackingNumber) {
      const row = await context
        .db()
        .selectFrom('service_requests')
        .select(['data', 'receipt_hash'])
        .where('tracking_number', '=', trackingNumber)
        .executeTakeFirst();
      return withReceipt<ServiceRequest>(row);
    },

    list(filter, page) {
      const conditions = dateRange(filter.from, filter.to);
      if (filter.status !== undefined) conditions.push(sql<SqlBool>`status = ${filter.status}`);
      if (filter.service !== undefined) {
        conditions.push(sql<SqlBool>`service_id = ${filter.service}`);
      }
      if (filter.opd !== undefined) conditions.push(sql<SqlBool>`opd_id = ${filter.opd}`);
      if (filter.scopeOpd !== undefined) {
        conditions.push(sql<SqlBool>`opd_id = ${filter.scopeOpd}`);
      }
      const query = context
        .db()
        .selectFrom('service_requests')
        .select(['id', 'created_utc', 'data'])
        .where(all(conditions));
      return paginate(query, NEWEST, page);
    },

    async insert(request, receiptHash) {
      await insertNew(`Service request ${request.id} (${request.trackingNumber})`, () =>
        context
          .db()
          .insertInto('service_requests')
          .values({ ...requestRow(request), receipt_hash: receiptHash })
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .execute(),
      );
    },

    async update(request) {
      const { id, ...columns } = requestRow(request);
      const result = await unique(`Tracking number ${request.trackingNumber}`, () =>
        context
          .db()
          .updateTable('service_requests')
          .set(columns)
          .where('id', '=', id)
          .executeTakeFirst(),
      );
      if (result.numUpdatedRows === 0n) {
        throw new RecordNotFound(`Service request ${id} does not exist`);
      }
    },

    async count() {
      const row = await context
        .db()
        .selectFrom('service_requests')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst();
      return toCount(row?.n);
    },
  };
}

function complaintRow(complaint: Complaint) {
  return {
    id: complaint.id,
    tracking_number: complaint.trackingNumber,
    kind: complaint.kind,
    category: complaint.category,
    status: complaint.status,
    opd_id: complaint.opdId ?? null,
    district_code: complaint.regionCode.slice(0, 8),
    created_at: complaint.createdAt,
    created_utc: utc(complaint.createdAt),
    created_date: submissionDate(complaint.createdAt, complaint.trackingNumber),
    resolved_date: resolutionDate(complaint, complaint.trackingNumber),
    data: JSON.stringify(complaint),
  };
}

/**
 * Complaints, newest first. `opd` and `scopeOpd` both match the OPD that has the complaint
 * now (`Complaint.opdId`); `district` the kecamatan of its region code.
 */
export function complaintRepository(context: Context): ComplaintRepository {
  return {
    async get(id) {
      const row = await context
        .db()
        .selectFrom('complaints')
        .select(['data', 'receipt_hash'])
        .where('id', '=', id)
        .executeTakeFirst();
      return withReceipt<Complaint>(row);
    },

    async getByTrackingNumber(trackingNumber) {
      const row = await context
        .db()
        .selectFrom('complaints')
        .select(['data', 'receipt_hash'])
        .where('tracking_number', '=', trackingNumber)
        .executeTakeFirst();
      return withReceipt<Complaint>(row);
    },

    list(filter, page) {
      const conditions = dateRange(filter.from, filter.to);
      if (filter.status !== undefined) conditions.push(sql<SqlBool>`status = ${filter.status}`);
      if (filter.kind !== undefined) conditions.push(sql<SqlBool>`kind = ${filter.kind}`);
      if (filter.category !== undefined) {
        conditions.push(sql<SqlBool>`category = ${filter.category}`);
      }
      if (filter.opd !== undefined) conditions.push(sql<SqlBool>`opd_id = ${filter.opd}`);
      if (filter.scopeOpd !== undefined) {
        conditions.push(sql<SqlBool>`opd_id = ${filter.scopeOpd}`);
      }
      if (filter.district !== undefined) {
        conditions.push(sql<SqlBool>`district_code = ${filter.district}`);
      }
      const query = context
        .db()
        .selectFrom('complaints')
        .select(['id', 'created_utc', 'data'])
        .where(all(conditions));
      return paginate(query, NEWEST, page);
    },

    async insert(complaint, receiptHash) {
      await insertNew(`Complaint ${complaint.id} (${complaint.trackingNumber})`, () =>
        context
          .db()
          .insertInto('complaints')
          .values({ ...complaintRow(complaint), receipt_hash: receiptHash })
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .execute(),
      );
    },

    async update(complaint) {
      const { id, ...columns } = complaintRow(complaint);
      const result = await unique(`Tracking number ${complaint.trackingNumber}`, () =>
        context.db().updateTable('complaints').set(columns).where('id', '=', id).executeTakeFirst(),
      );
      if (result.numUpdatedRows === 0n) throw new RecordNotFound(`Complaint ${id} does not exist`);
    },

    async countOpen() {
      const row = await context
        .db()
        .selectFrom('complaints')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('status', 'not in', [...FINISHED_COMPLAINT_STATUSES])
        .executeTakeFirst();
      return toCount(row?.n);
    },

    async countResolvedBetween(first, last) {
      const row = await context
        .db()
        .selectFrom('complaints')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('resolved_date', '>=', first)
        .where('resolved_date', '<=', last)
        .executeTakeFirst();
      return toCount(row?.n);
    },

    async count() {
      const row = await context
        .db()
        .selectFrom('complaints')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst();
      return toCount(row?.n);
    },
  };
}

// ── IKM survey answers ─────────────────────────────────────────────────────────────────────

/** Survey answers; `from`/`to` compare the local date the service was rated. */
export function ikmRepository(context: Context): IkmRepository {
  return {
    async insert(response) {
      await insertNew(`IKM response ${response.id}`, () =>
        context
          .db()
          .insertInto('ikm_responses')
          .values({
            id: response.id,
            service_id: response.serviceId,
            opd_id: response.opdId,
            date: response.date,
            created_utc: utc(response.createdAt),
            data: JSON.stringify(response),
          })
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .execute(),
      );
    },

    async find(query) {
      const rows = await context
        .db()
        .selectFrom('ikm_responses')
        .select('data')
        .$if(query.service !== undefined, (q) => q.where('service_id', '=', query.service ?? ''))
        .$if(query.opd !== undefined, (q) => q.where('opd_id', '=', query.opd ?? ''))
        .$if(query.from !== undefined, (q) => q.where('date', '>=', query.from ?? ''))
        .$if(query.to !== undefined, (q) => q.where('date', '<=', query.to ?? ''))
        .orderBy('date')
        .orderBy('created_utc')
        .orderBy('id')
        .execute();
      return rows.map((row) => JSON.parse(row.data) as IkmResponse);
    },
  };
}

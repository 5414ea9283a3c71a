import type { Opd, PlanningSchedule, Proposal, WorkPlanEntry } from '@cerdas/model';
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Context } from '../context.js';
import { insertNew, RecordNotFound } from '../errors.js';
import { everything, numberKey, type Ordering, paginate, textKey } from '../pagination.js';
import {
  all,
  any,
  contains,
  delimited,
  hasMember,
  hasMemberStartingWith,
  lower,
  regionAndAncestors,
  startsWith,
} from '../query.js';
import { utc } from '../time.js';
import type {
  OpdRepository,
  ProposalRepository,
  ScheduleRepository,
  WorkPlanRepository,
} from '../types.js';

/** The `text` filter of OPDs and proposals as the model's matchers read it: trimmed, lowered. */
function phrase(text: string | undefined): string | undefined {
  const needle = text === undefined ? '' : lower(text.trim());
  return needle === '' ? undefined : needle;
}

// ── OPDs ───────────────────────────────────────────────────────────────────────────────────

function opdRow(opd: Opd) {
  return {
    id: opd.id,
    name_sort: lower(opd.name),
    search_text: lower(`${opd.name} ${opd.shortName}`),
    kind: opd.kind,
    bidang_codes: delimited(opd.bidang),
    data: JSON.stringify(opd),
  };
}

interface NamedRow {
  id: string;
  name_sort: string;
  data: string;
}

const BY_NAME: Ordering<NamedRow> = { name: 'name', keys: [textKey('name_sort'), textKey('id')] };

/**
 * OPDs by name (then id). Filters follow `matchesOpdQuery`: `bidang` carried, `kind`, and
 * `text` as one phrase inside `name shortName`, ignoring case.
 */
export function opdRepository(context: Context): OpdRepository {
  return {
    async get(id) {
      const row = await context
        .db()
        .selectFrom('opds')
        .select('data')
        .where('id', '=', id)
        .executeTakeFirst();
      return row && (JSON.parse(row.data) as Opd);
    },

    list(query, page) {
      const conditions: Expression<SqlBool>[] = [];
      if (query.bidang !== undefined) {
        conditions.push(hasMember(sql.ref('bidang_codes'), query.bidang));
      }
      if (query.kind !== undefined) conditions.push(sql<SqlBool>`kind = ${query.kind}`);
      const needle = phrase(query.text);
      if (needle !== undefined) conditions.push(contains(sql.ref('search_text'), needle));
      const select = context
        .db()
        .selectFrom('opds')
        .select(['id', 'name_sort', 'data'])
        .where(all(conditions));
      return paginate(select, BY_NAME, page);
    },

    all() {
      return everything(
        context.db().selectFrom('opds').select(['id', 'name_sort', 'data']),
        BY_NAME,
      );
    },

    async insert(opd) {
      await insertNew(`OPD ${opd.id}`, () =>
        context
          .db()
          .insertInto('opds')
          .values(opdRow(opd))
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .execute(),
      );
    },

    async update(opd) {
      const { id, ...columns } = opdRow(opd);
      const result = await context
        .db()
        .updateTable('opds')
        .set(columns)
        .where('id', '=', id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw new RecordNotFound(`OPD ${id} does not exist`);
    },
  };
}

// ── Planning schedules ─────────────────────────────────────────────────────────────────────

export function scheduleRepository(context: Context): ScheduleRepository {
  return {
    async get(year) {
      const row = await context
        .db()
        .selectFrom('schedules')
        .select('data')
        .where('year', '=', year)
        .executeTakeFirst();
      return row && (JSON.parse(row.data) as PlanningSchedule);
    },

    async put(schedule) {
      await context
        .db()
        .insertInto('schedules')
        .values({ year: schedule.year, data: JSON.stringify(schedule) })
        .onConflict((oc) =>
          oc.column('year').doUpdateSet({ data: (eb) => eb.ref('excluded.data') }),
        )
        .execute();
    },
  };
}

// ── Proposals ──────────────────────────────────────────────────────────────────────────────

function proposalRow(proposal: Proposal) {
  return {
    id: proposal.id,
    fiscal_year: proposal.fiscalYear,
    status: proposal.status,
    source: proposal.source,
    region_code: proposal.regionCode,
    bidang_code: proposal.bidangUrusan,
    search_text: lower(`${proposal.title}\n${proposal.problem}`),
    created_utc: utc(proposal.createdAt),
    data: JSON.stringify(proposal),
  };
}

interface ProposalRow {
  id: string;
  created_utc: string;
  data: string;
}

/** Newest first; the dashboard and the staff lists both read the latest proposals first. */
const NEWEST_PROPOSALS: Ordering<ProposalRow> = {
  name: 'newest',
  keys: [textKey('created_utc', 'desc'), textKey('id', 'desc')],
};

/**
 * Proposals, newest first. Filters follow `matchesProposalQuery`: year, status and source
 * exactly, `region` as the region or anything inside it, `bidang` as a list of codes (what an
 * OPD carries), `text` as one phrase inside `title\nproblem` ignoring case.
 */
export function proposalRepository(context: Context): ProposalRepository {
  return {
    async get(id) {
      const row = await context
        .db()
        .selectFrom('proposals')
        .select('data')
        .where('id', '=', id)
        .executeTakeFirst();
      return row && (JSON.parse(row.data) as Proposal);
    },

    list(filter, page) {
      const conditions: Expression<SqlBool>[] = [];
      if (filter.year !== undefined) conditions.push(sql<SqlBool>`fiscal_year = ${filter.year}`);
      if (filter.status !== undefined) conditions.push(sql<SqlBool>`status = ${filter.status}`);
      if (filter.source !== undefined) conditions.push(sql<SqlBool>`source = ${filter.source}`);
      if (filter.excludeDrafts) conditions.push(sql<SqlBool>`status <> 'draft'`);
      if (filter.region !== undefined) {
        conditions.push(
          any([
            sql<SqlBool>`region_code = ${filter.region}`,
            startsWith(sql.ref('region_code'), `${filter.region}.`),
          ]),
        );
      }
      if (filter.bidang !== undefined) {
        conditions.push(any(filter.bidang.map((code) => sql<SqlBool>`bidang_code = ${code}`)));
      }
      const needle = phrase(filter.text);
      if (needle !== undefined) conditions.push(contains(sql.ref('search_text'), needle));
      const query = context
        .db()
        .selectFrom('proposals')
        .select(['id', 'created_utc', 'data'])
        .where(all(conditions));
      return paginate(query, NEWEST_PROPOSALS, page);
    },

    forYear(fiscalYear) {
      return everything(
        context
          .db()
          .selectFrom('proposals')
          .select(['id', 'created_utc', 'data'])
          .where('fiscal_year', '=', fiscalYear),
        NEWEST_PROPOSALS,
      );
    },

    async insert(proposal) {
      await insertNew(`Proposal ${proposal.id}`, () =>
        context
          .db()
          .insertInto('proposals')
          .values(proposalRow(proposal))
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .execute(),
      );
    },

    async update(proposal) {
      const { id, ...columns } = proposalRow(proposal);
      const result = await context
        .db()
        .updateTable('proposals')
        .set(columns)
        .where('id', '=', id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw new RecordNotFound(`Proposal ${id} does not exist`);
    },
  };
}

// ── Work plan (Renja/RKPD rows) ────────────────────────────────────────────────────────────

function workPlanRow(entry: WorkPlanEntry) {
  return {
    id: entry.id,
    fiscal_year: entry.fiscalYear,
    opd_id: entry.opdId,
    sub_kegiatan: entry.subKegiatan,
    funding_source: entry.fundingSource,
    locations: delimited(entry.locations),
    proposal_ids: delimited(entry.proposalIds),
    data: JSON.stringify(entry),
  };
}

interface WorkPlanRow {
  id: string;
  fiscal_year: number;
  sub_kegiatan: string;
  data: string;
}

/** The order of a Renja table: by year, then nomenclature code, then id. */
const BY_CODE: Ordering<WorkPlanRow> = {
  name: 'code',
  keys: [numberKey('fiscal_year'), textKey('sub_kegiatan'), textKey('id')],
};

/**
 * Work plan rows by year and code. Filters follow `matchesWorkPlanQuery`: `code` at any level
 * of the nomenclature, `region` touching a location (a location inside the region, or a
 * location that contains it, such as regency-wide work), `proposal` accommodated.
 */
export function workPlanRepository(context: Context): WorkPlanRepository {
  return {
    async get(id) {
      const row = await context
        .db()
        .selectFrom('work_plan')
        .select('data')
        .where('id', '=', id)
        .executeTakeFirst();
      return row && (JSON.parse(row.data) as WorkPlanEntry);
    },

    list(query, page) {
      const conditions: Expression<SqlBool>[] = [];
      if (query.year !== undefined) conditions.push(sql<SqlBool>`fiscal_year = ${query.year}`);
      if (query.opd !== undefined) conditions.push(sql<SqlBool>`opd_id = ${query.opd}`);
      if (query.code !== undefined) {
        conditions.push(
          any([
            sql<SqlBool>`sub_kegiatan = ${query.code}`,
            startsWith(sql.ref('sub_kegiatan'), `${query.code}.`),
          ]),
        );
      }
      if (query.fundingSource !== undefined) {
        conditions.push(sql<SqlBool>`funding_source = ${query.fundingSource}`);
      }
      if (query.proposal !== undefined) {
        conditions.push(hasMember(sql.ref('proposal_ids'), query.proposal));
      }
      if (query.region !== undefined) {
        const locations = sql.ref('locations');
        conditions.push(
          any([
            hasMemberStartingWith(locations, `${query.region}.`),
            ...regionAndAncestors(query.region).map((code) => hasMember(locations, code)),
          ]),
        );
      }
      const select = context
        .db()
        .selectFrom('work_plan')
        .select(['id', 'fiscal_year', 'sub_kegiatan', 'data'])
        .where(all(conditions));
      return paginate(select, BY_CODE, page);
    },

    forYear(fiscalYear) {
      return everything(
        context
          .db()
          .selectFrom('work_plan')
          .select(['id', 'fiscal_year', 'sub_kegiatan', 'data'])
          .where('fiscal_year', '=', fiscalYear),
        BY_CODE,
      );
    },

    async insert(entry) {
      await insertNew(`Work plan entry ${entry.id}`, () =>
        context
          .db()
          .insertInto('work_plan')
          .values(workPlanRow(entry))
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .execute(),
      );
    },

    async update(entry) {
      const { id, ...columns } = workPlanRow(entry);
      const result = await context
        .db()
        .updateTable('work_plan')
        .set(columns)
        .where('id', '=', id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) {
        throw new RecordNotFound(`Work plan entry ${id} does not exist`);
      }
    },
  };
}

import {
  type Actor,
  applyWorkPlanProgress,
  createProposal,
  type LocalizedText,
  PROPOSAL_ERROR_STATUS,
  PROPOSAL_TRANSITIONS,
  type Proposal,
  type ProposalError,
  type ProposalListQuery,
  summarizePlanning,
  toProposalPublic,
  transitionProposal,
  updateProposal,
} from '@cerdas/model';
import { HttpProblem, MESSAGES } from '../errors.js';
import type { HandlerContext, HandlerGroup } from '../handler.js';
import { newId } from '../ids.js';
import type { ProposalListFilter } from '../storage/types.js';
import { actorOpd, found, opdScope, pageOf, staffActor } from './shared.js';

const UNKNOWN_PROPOSAL = { id: 'Usulan tidak ditemukan.', en: 'No such proposal.' };
const UNKNOWN_ROW = { id: 'Baris rencana kerja tidak ditemukan.', en: 'No such work plan row.' };
const NO_SCHEDULE = {
  id: 'Jadwal perencanaan tahun ini belum ditetapkan.',
  en: 'The planning schedule of this year has not been set.',
};
const YEAR_MISMATCH = {
  id: 'year: tahun di alamat dan di isi permintaan harus sama.',
  en: 'year: the year in the path and in the body must be the same.',
};
const OTHER_OPD = {
  id: 'opdId: staf OPD hanya mengelola rencana kerja OPD-nya sendiri.',
  en: "opdId: OPD staff manage their own OPD's work plan only.",
};

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: ProposalError }): T {
  if (result.ok) return result.value;
  throw new HttpProblem(PROPOSAL_ERROR_STATUS[result.error.code], result.error.message);
}

async function filterOf(
  query: ProposalListQuery,
  ctx: HandlerContext,
): Promise<ProposalListFilter> {
  const { limit: _l, cursor: _c, opd, bidang, ...rest } = query;
  let bidangs: string[] | undefined = bidang ? [bidang] : undefined;
  if (opd) {
    const carried = (await ctx.db.opds.get(opd))?.bidang ?? [];
    bidangs = bidangs ? bidangs.filter((b) => carried.includes(b)) : [...carried];
  }
  return { ...rest, ...(bidangs ? { bidang: bidangs } : {}) };
}

/** What a staff token may see: its village, its district, its OPD's bidang, or everything. */
async function scopeOf(actor: Actor, ctx: HandlerContext): Promise<Partial<ProposalListFilter>> {
  if (actor.role === 'desa' || actor.role === 'kecamatan') return { region: actor.regionCode };
  if (actor.role === 'opd') return { bidang: [...((await actorOpd(ctx))?.bidang ?? [])] };
  return actor.regionCode ? { region: actor.regionCode } : {};
}

function inScope(proposal: Proposal, scope: Partial<ProposalListFilter>): boolean {
  if (scope.region && !proposal.regionCode.startsWith(scope.region)) return false;
  if (scope.bidang && !scope.bidang.includes(proposal.bidangUrusan)) return false;
  return true;
}

async function scopedProposal(id: string, ctx: HandlerContext): Promise<Proposal> {
  const proposal = found(await ctx.db.proposals.get(id), UNKNOWN_PROPOSAL);
  if (!inScope(proposal, await scopeOf(staffActor(ctx), ctx))) {
    throw new HttpProblem(403, MESSAGES.scopeForbidden);
  }
  return proposal;
}

function narrow(
  filter: ProposalListFilter,
  scope: Partial<ProposalListFilter>,
): ProposalListFilter {
  const region =
    scope.region && filter.region && !filter.region.startsWith(scope.region)
      ? scope.region
      : (filter.region ?? scope.region);
  const bidang =
    scope.bidang && filter.bidang
      ? filter.bidang.filter((b) => scope.bidang?.includes(b))
      : (filter.bidang ?? scope.bidang);
  return { ...filter, ...(region ? { region } : {}), ...(bidang ? { bidang } : {}) };
}

async function opdOrThrow(ctx: HandlerContext, opdId: string): Promise<void> {
  const actor = staffActor(ctx);
  if (actor.role === 'opd' && actor.opdId !== opdId) throw new HttpProblem(403, OTHER_OPD);
}

const NOT_FOUND_TEXT: LocalizedText = UNKNOWN_PROPOSAL;

export const planningHandlers: HandlerGroup<
  | 'planning.schedules.get'
  | 'planning.schedules.put'
  | 'planning.proposals.list'
  | 'planning.proposals.get'
  | 'planning.proposals.rules'
  | 'planning.proposals.staff.list'
  | 'planning.proposals.staff.get'
  | 'planning.proposals.create'
  | 'planning.proposals.update'
  | 'planning.proposals.transition'
  | 'planning.workPlan.list'
  | 'planning.workPlan.create'
  | 'planning.workPlan.progress'
  | 'planning.summary'
> = {
  'planning.schedules.get': async ({ params }, ctx) =>
    found(await ctx.db.schedules.get(params.year), NO_SCHEDULE),
  'planning.schedules.put': async ({ params, body }, ctx) => {
    if (body.year !== params.year) throw new HttpProblem(422, YEAR_MISMATCH);
    await ctx.db.schedules.put(body);
    return body;
  },
  'planning.proposals.list': async ({ query }, ctx) => {
    const page = await ctx.db.proposals.list(
      { ...(await filterOf(query, ctx)), excludeDrafts: true },
      pageOf(query),
    );
    return { items: page.items.map(toProposalPublic), nextCursor: page.nextCursor };
  },
  'planning.proposals.get': async ({ params }, ctx) => {
    const proposal = await ctx.db.proposals.get(params.id);
    if (!proposal || proposal.status === 'draft') throw new HttpProblem(404, NOT_FOUND_TEXT);
    return toProposalPublic(proposal);
  },
  'planning.proposals.rules': async () => [...PROPOSAL_TRANSITIONS],
  'planning.proposals.staff.list': async ({ query }, ctx) => {
    const scope = await scopeOf(staffActor(ctx), ctx);
    return ctx.db.proposals.list(narrow(await filterOf(query, ctx), scope), pageOf(query));
  },
  'planning.proposals.staff.get': async ({ params }, ctx) => scopedProposal(params.id, ctx),
  'planning.proposals.create': async ({ body }, ctx) => {
    const opd = opdScope(await actorOpd(ctx));
    const proposal = unwrap(
      createProposal(body, staffActor(ctx), { id: newId(), at: ctx.now, ...(opd ? { opd } : {}) }),
    );
    await ctx.db.proposals.insert(proposal);
    return proposal;
  },
  'planning.proposals.update': async ({ params, body }, ctx) => {
    const current = await scopedProposal(params.id, ctx);
    const opd = opdScope(await actorOpd(ctx));
    const proposal = unwrap(
      updateProposal(current, body, staffActor(ctx), { at: ctx.now, ...(opd ? { opd } : {}) }),
    );
    await ctx.db.proposals.update(proposal);
    return proposal;
  },
  'planning.proposals.transition': async ({ params, body }, ctx) => {
    const current = await scopedProposal(params.id, ctx);
    const opd = opdScope(await actorOpd(ctx));
    const phases = await ctx.db.schedules.get(current.fiscalYear);
    const { action, ...details } = body;
    const proposal = unwrap(
      transitionProposal(current, action, staffActor(ctx), {
        ...details,
        at: ctx.now,
        ...(phases ? { phases } : {}),
        ...(opd ? { opd } : {}),
      }),
    );
    await ctx.db.proposals.update(proposal);
    return proposal;
  },
  'planning.workPlan.list': async ({ query }, ctx) => {
    const { limit: _l, cursor: _c, ...filter } = query;
    return ctx.db.workPlan.list(filter, pageOf(query));
  },
  'planning.workPlan.create': async ({ body }, ctx) => {
    await opdOrThrow(ctx, body.opdId);
    const entry = {
      ...body,
      id: newId(),
      proposalIds: body.proposalIds ?? [],
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    await ctx.db.workPlan.insert(entry);
    return entry;
  },
  'planning.workPlan.progress': async ({ params, body }, ctx) => {
    const current = found(await ctx.db.workPlan.get(params.id), UNKNOWN_ROW);
    await opdOrThrow(ctx, current.opdId);
    const result = applyWorkPlanProgress(current, body, ctx.now);
    if (!result.ok) throw new HttpProblem(422, result.reason);
    await ctx.db.workPlan.update(result.value);
    return result.value;
  },
  'planning.summary': async ({ query }, ctx) => {
    const [entries, proposals, opds] = await Promise.all([
      ctx.db.workPlan.forYear(query.year),
      ctx.db.proposals.forYear(query.year),
      ctx.db.opds.all(),
    ]);
    return summarizePlanning({ fiscalYear: query.year, entries, proposals, opds });
  },
};

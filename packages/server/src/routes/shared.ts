import {
  type Actor,
  type LocalizedText,
  type Opd,
  type OpdScope,
  toLocalDate,
} from '@cerdas/model';
import { HttpProblem, MESSAGES } from '../errors.js';
import type { HandlerContext } from '../handler.js';
import type { PageRequest } from '../storage/types.js';

/** `{ limit, cursor }` of a validated list query. */
export function pageOf(query: { limit: number; cursor?: string | undefined }): PageRequest {
  return { limit: query.limit, cursor: query.cursor };
}

/** Today's date in the regency's time zone (`YYYY-MM-DD`). */
export function today(ctx: HandlerContext): string {
  return toLocalDate(ctx.now, ctx.config.timeZone);
}

/** The authenticated actor of a staff route (the app guarantees one exists there). */
export function staffActor(ctx: HandlerContext): Actor {
  if (!ctx.actor) throw new HttpProblem(401, MESSAGES.tokenMissing);
  return ctx.actor;
}

/** A record or a 404 naming what was looked for. */
export function found<T>(value: T | undefined, what: LocalizedText = MESSAGES.notFound): T {
  if (value === undefined) throw new HttpProblem(404, what);
  return value;
}

/** The OPD behind an `opd` token, with the bidang urusan it carries. */
export async function actorOpd(ctx: HandlerContext): Promise<Opd | undefined> {
  const actor = ctx.actor;
  if (actor?.role !== 'opd' || !actor.opdId) return undefined;
  return ctx.db.opds.get(actor.opdId);
}

export function opdScope(opd: Opd | undefined): OpdScope | undefined {
  return opd ? { id: opd.id, bidang: [...opd.bidang] } : undefined;
}

/** Refuses an OPD token whose OPD does not carry `bidang` (e.g. 2.17 for UMKM); admin passes. */
export async function requireBidang(ctx: HandlerContext, bidang: string): Promise<void> {
  const actor = staffActor(ctx);
  if (actor.role === 'admin') return;
  const opd = await actorOpd(ctx);
  if (!opd?.bidang.includes(bidang)) throw new HttpProblem(403, MESSAGES.scopeForbidden);
}

/** A model function's refusal as a problem with the model's own bilingual message. */
export function refused(status: number, message: LocalizedText): HttpProblem {
  return new HttpProblem(status, message);
}

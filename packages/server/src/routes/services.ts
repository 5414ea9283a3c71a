import {
  type Attachment,
  type CitizenActor,
  formatTrackingNumber,
  openServiceRequest,
  SERVICES_TRANSITION_ERROR_STATUS,
  type ServiceRequest,
  type ServiceStandard,
  type ServicesTransitionResult,
  toServiceRequestPublic,
  transitionServiceRequest,
} from '@cerdas/model';
import { HttpProblem, MESSAGES } from '../errors.js';
import type { HandlerContext, HandlerGroup } from '../handler.js';
import { hashSecret, newId, newSecret } from '../ids.js';
import { found, pageOf, staffActor } from './shared.js';

const UNKNOWN_SERVICE = { id: 'Layanan tidak ditemukan.', en: 'No such service.' };
const UNKNOWN_REQUEST = { id: 'Permohonan tidak ditemukan.', en: 'No such service request.' };
const UNKNOWN_ATTACHMENT = {
  id: 'attachments: berkas ini tidak ada, sudah dipakai, atau bukan dokumen permohonan.',
  en: 'attachments: this file does not exist, is already used, or is not a request document.',
};
const OTHER_OPD = {
  id: 'Staf OPD hanya mengelola layanan OPD-nya sendiri.',
  en: "OPD staff manage their own OPD's services only.",
};
const CITIZEN: CitizenActor = { role: 'citizen' };

export function unwrapTransition<T>(result: ServicesTransitionResult<T>): T {
  if (result.ok) return result.value;
  throw new HttpProblem(SERVICES_TRANSITION_ERROR_STATUS[result.error.code], result.error.message);
}

/** A new tracking number: `ADU`/`LYN`, the regency, the year and an atomic sequence. */
export async function nextTrackingNumber(
  prefix: 'ADU' | 'LYN',
  ctx: HandlerContext,
): Promise<string> {
  const year = Number(ctx.now.slice(0, 4));
  const sequence = await ctx.db.sequences.next(`${prefix}-${ctx.config.regencyDigits}-${year}`);
  const formatted = formatTrackingNumber({
    prefix,
    regencyCode: ctx.config.regionCode,
    year,
    sequence,
  });
  if (!formatted.ok) throw new Error(`tracking number: ${formatted.reason.en}`);
  return formatted.value;
}

function requestView(
  request: ServiceRequest,
  standard: ServiceStandard | undefined,
  ctx: HandlerContext,
) {
  return toServiceRequestPublic(request, {
    serviceName: standard?.name ?? request.serviceId,
    calendar: ctx.config.calendar,
    timeZone: ctx.config.timeZone,
    lang: ctx.lang,
  });
}

function assertOwnOpd(ctx: HandlerContext, opdId: string): void {
  const actor = staffActor(ctx);
  if (actor.role === 'opd' && actor.opdId !== opdId) throw new HttpProblem(403, OTHER_OPD);
}

async function scopedRequest(id: string, ctx: HandlerContext): Promise<ServiceRequest> {
  const request = found(await ctx.db.serviceRequests.get(id), UNKNOWN_REQUEST).record;
  const actor = staffActor(ctx);
  if (actor.role === 'opd' && actor.opdId !== request.opdId) {
    throw new HttpProblem(403, MESSAGES.scopeForbidden);
  }
  return request;
}

export const serviceHandlers: HandlerGroup<
  | 'services.list'
  | 'services.get'
  | 'services.create'
  | 'services.update'
  | 'serviceRequests.submit'
  | 'serviceRequests.track'
  | 'serviceRequests.resubmit'
  | 'serviceRequests.staff.list'
  | 'serviceRequests.staff.get'
  | 'serviceRequests.transition'
> = {
  'services.list': async ({ query }, ctx) => {
    const { limit: _l, cursor: _c, ...filter } = query;
    return ctx.db.services.list(filter, pageOf(query));
  },
  'services.get': async ({ params }, ctx) =>
    found(await ctx.db.services.get(params.id), UNKNOWN_SERVICE),
  'services.create': async ({ body }, ctx) => {
    assertOwnOpd(ctx, body.opdId);
    const standard: ServiceStandard = {
      ...body,
      id: newId(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    await ctx.db.services.insert(standard);
    return standard;
  },
  'services.update': async ({ params, body }, ctx) => {
    const current = found(await ctx.db.services.get(params.id), UNKNOWN_SERVICE);
    assertOwnOpd(ctx, current.opdId);
    if (body.opdId) assertOwnOpd(ctx, body.opdId);
    const standard = { ...current, ...body, updatedAt: ctx.now } as ServiceStandard;
    await ctx.db.services.update(standard);
    return standard;
  },
  'serviceRequests.submit': async ({ body }, ctx) => {
    const standard = found(await ctx.db.services.get(body.serviceId), UNKNOWN_SERVICE);
    const attachments: Attachment[] = [];
    for (const ref of body.attachments) {
      const upload = await ctx.db.uploads.get(ref.id);
      if (!upload || upload.owner !== undefined || upload.purpose !== 'request-document') {
        throw new HttpProblem(422, UNKNOWN_ATTACHMENT);
      }
      attachments.push({
        id: upload.id,
        ...(ref.requirementKey ? { requirementKey: ref.requirementKey } : {}),
        fileName: `${upload.id}.${upload.path.split('.').pop() ?? 'bin'}`,
        mediaType: upload.mime as Attachment['mediaType'],
        sizeBytes: upload.bytes,
      });
    }
    const id = newId();
    const trackingNumber = await nextTrackingNumber('LYN', ctx);
    const opened = openServiceRequest(body, standard, {
      id,
      trackingNumber,
      now: ctx.now,
      attachments,
    });
    if (!opened.ok) throw new HttpProblem(422, opened.reason);
    const receiptCode = newSecret();
    await ctx.db.serviceRequests.insert(opened.value, hashSecret(receiptCode));
    await ctx.db.uploads.attach(
      attachments.map((a) => a.id),
      `request:${id}`,
    );
    return { trackingNumber, receiptCode, request: requestView(opened.value, standard, ctx) };
  },
  'serviceRequests.track': async ({ params }, ctx) => {
    const stored = found(
      await ctx.db.serviceRequests.getByTrackingNumber(params.trackingNumber),
      UNKNOWN_REQUEST,
    );
    return requestView(stored.record, await ctx.db.services.get(stored.record.serviceId), ctx);
  },
  'serviceRequests.resubmit': async ({ params, body }, ctx) => {
    const stored = found(
      await ctx.db.serviceRequests.getByTrackingNumber(params.trackingNumber),
      UNKNOWN_REQUEST,
    );
    if (hashSecret(body.receiptCode) !== stored.receiptHash) {
      throw new HttpProblem(403, MESSAGES.receiptInvalid);
    }
    const request = unwrapTransition(
      transitionServiceRequest(
        stored.record,
        {
          action: 'resubmit',
          ...(body.answers ? { answers: body.answers } : {}),
          ...(body.note ? { note: body.note } : {}),
        },
        CITIZEN,
        { now: ctx.now },
      ),
    );
    await ctx.db.serviceRequests.update(request);
    return requestView(request, await ctx.db.services.get(request.serviceId), ctx);
  },
  'serviceRequests.staff.list': async ({ query }, ctx) => {
    const { limit: _l, cursor: _c, ...filter } = query;
    const actor = staffActor(ctx);
    return ctx.db.serviceRequests.list(
      { ...filter, ...(actor.role === 'opd' ? { scopeOpd: actor.opdId } : {}) },
      pageOf(query),
    );
  },
  'serviceRequests.staff.get': async ({ params }, ctx) => scopedRequest(params.id, ctx),
  'serviceRequests.transition': async ({ params, body }, ctx) => {
    const current = await scopedRequest(params.id, ctx);
    const request = unwrapTransition(
      transitionServiceRequest(current, body, staffActor(ctx), { now: ctx.now }),
    );
    await ctx.db.serviceRequests.update(request);
    return request;
  },
};

import {
  type CitizenActor,
  type Complaint,
  type ComplaintChannelKind,
  type ComplaintCreate,
  complaintForActor,
  type IkmResponse,
  ikmReport,
  openComplaint,
  toComplaintPublic,
  transitionComplaint,
} from '@cerdas/model';
import { HttpProblem, MESSAGES } from '../errors.js';
import type { HandlerContext, HandlerGroup } from '../handler.js';
import { hashSecret, newId, newSecret } from '../ids.js';
import { nextTrackingNumber, unwrapTransition } from './services.js';
import { found, pageOf, staffActor, today } from './shared.js';

const UNKNOWN_COMPLAINT = { id: 'Pengaduan tidak ditemukan.', en: 'No such complaint.' };
const UNKNOWN_SERVICE = {
  id: 'serviceId: layanan tidak ditemukan.',
  en: 'serviceId: no such service.',
};
const UNKNOWN_PHOTO = {
  id: 'photoIds: foto ini tidak ada, sudah dipakai, atau bukan foto pengaduan.',
  en: 'photoIds: this photo does not exist, is already used, or is not a complaint photo.',
};
const CITIZEN: CitizenActor = { role: 'citizen' };
const OUTSIDE_REGENCY = {
  id: 'regionCode: lokasi pengaduan harus berada di wilayah kabupaten/kota ini.',
  en: 'regionCode: the place of the complaint must lie inside this regency.',
};

async function opdNames(ctx: HandlerContext): Promise<(id: string) => string | undefined> {
  const names = new Map((await ctx.db.opds.all()).map((opd) => [opd.id, opd.name]));
  return (id) => names.get(id);
}

async function publicView(
  complaint: Complaint,
  ctx: HandlerContext,
  audience: 'public' | 'reporter' = 'public',
) {
  return toComplaintPublic(complaint, {
    lang: ctx.lang,
    calendar: ctx.config.calendar,
    timeZone: ctx.config.timeZone,
    opdName: await opdNames(ctx),
    audience,
  });
}

/** The complaint as the staff member may see it; others' complaints do not exist for them. */
async function visibleComplaint(id: string, ctx: HandlerContext): Promise<Complaint> {
  const stored = found(await ctx.db.complaints.get(id), UNKNOWN_COMPLAINT);
  return found(complaintForActor(stored.record, staffActor(ctx)), UNKNOWN_COMPLAINT);
}

/**
 * Files a citizen's complaint: checks the place and the photos, issues the tracking number
 * and the receipt code, stores it and claims its photos. Shared by the Cerdas route and the
 * Open311 endpoint.
 */
export async function fileComplaint(
  body: ComplaintCreate,
  ctx: HandlerContext,
  channel: ComplaintChannelKind,
): Promise<{ complaint: Complaint; receiptCode: string }> {
  if (!body.regionCode.startsWith(`${ctx.config.regionCode}.`)) {
    throw new HttpProblem(422, OUTSIDE_REGENCY);
  }
  for (const photoId of body.photoIds) {
    const upload = await ctx.db.uploads.get(photoId);
    if (!upload || upload.owner !== undefined || upload.purpose !== 'complaint-photo') {
      throw new HttpProblem(422, UNKNOWN_PHOTO);
    }
  }
  const id = newId();
  const trackingNumber = await nextTrackingNumber('ADU', ctx);
  const complaint = openComplaint(body, { id, trackingNumber, now: ctx.now, channel });
  const receiptCode = newSecret();
  await ctx.db.complaints.insert(complaint, hashSecret(receiptCode));
  await ctx.db.uploads.attach(body.photoIds, `complaint:${id}`);
  return { complaint, receiptCode };
}

export const complaintHandlers: HandlerGroup<
  | 'complaints.submit'
  | 'complaints.track'
  | 'complaints.citizenAction'
  | 'complaints.staff.list'
  | 'complaints.staff.get'
  | 'complaints.transition'
  | 'ikm.submit'
  | 'ikm.report'
> = {
  'complaints.submit': async ({ body }, ctx) => {
    const { complaint, receiptCode } = await fileComplaint(body, ctx, 'web');
    return {
      trackingNumber: complaint.trackingNumber,
      receiptCode,
      complaint: await publicView(complaint, ctx),
    };
  },
  'complaints.track': async ({ params }, ctx) => {
    const stored = found(
      await ctx.db.complaints.getByTrackingNumber(params.trackingNumber),
      UNKNOWN_COMPLAINT,
    );
    return publicView(stored.record, ctx);
  },
  'complaints.citizenAction': async ({ params, body }, ctx) => {
    const stored = found(
      await ctx.db.complaints.getByTrackingNumber(params.trackingNumber),
      UNKNOWN_COMPLAINT,
    );
    if (hashSecret(body.receiptCode) !== stored.receiptHash) {
      throw new HttpProblem(403, MESSAGES.receiptInvalid);
    }
    const { receiptCode: _secret, ...action } = body;
    const complaint = unwrapTransition(
      transitionComplaint(stored.record, action, CITIZEN, { now: ctx.now }),
    );
    await ctx.db.complaints.update(complaint);
    return publicView(complaint, ctx, 'reporter');
  },
  'complaints.staff.list': async ({ query }, ctx) => {
    const { limit: _l, cursor: _c, ...filter } = query;
    const actor = staffActor(ctx);
    const page = await ctx.db.complaints.list(
      { ...filter, ...(actor.role === 'opd' ? { scopeOpd: actor.opdId ?? '' } : {}) },
      pageOf(query),
    );
    return {
      items: page.items.flatMap((c) => {
        const shown = complaintForActor(c, actor);
        return shown ? [shown] : [];
      }),
      nextCursor: page.nextCursor,
    };
  },
  'complaints.staff.get': async ({ params }, ctx) => visibleComplaint(params.id, ctx),
  'complaints.transition': async ({ params, body }, ctx) => {
    const actor = staffActor(ctx);
    const stored = found(await ctx.db.complaints.get(params.id), UNKNOWN_COMPLAINT).record;
    if (!complaintForActor(stored, actor)) throw new HttpProblem(404, UNKNOWN_COMPLAINT);
    if (body.action === 'dispatch' && !(await ctx.db.opds.get(body.opdId))) {
      throw new HttpProblem(422, {
        id: 'opdId: perangkat daerah tidak terdaftar.',
        en: 'opdId: no such perangkat daerah.',
      });
    }
    const complaint = unwrapTransition(transitionComplaint(stored, body, actor, { now: ctx.now }));
    await ctx.db.complaints.update(complaint);
    return found(complaintForActor(complaint, actor), UNKNOWN_COMPLAINT);
  },
  'ikm.submit': async ({ body }, ctx) => {
    const standard = found(await ctx.db.services.get(body.serviceId), UNKNOWN_SERVICE);
    const response: IkmResponse = {
      id: newId(),
      serviceId: standard.id,
      opdId: standard.opdId,
      date: today(ctx),
      scores: body.scores,
      ...(body.respondent ? { respondent: body.respondent } : {}),
      ...(body.comment ? { comment: body.comment } : {}),
      createdAt: ctx.now,
    };
    await ctx.db.ikm.insert(response);
    return { id: response.id };
  },
  'ikm.report': async ({ query }, ctx) => {
    const report = ikmReport(query, await ctx.db.ikm.find(query));
    if (!report.ok) throw new HttpProblem(422, report.reason);
    return report.value;
  },
};

import type { Language, LocalizedText, ParseResult } from '../common/i18n.js';
import type { Timestamp } from '../common/time.js';
import type { WorkingDayCalendar } from '../common/working-days.js';
import { type DeadlineResult, dueDate, toDueDate } from './deadline.js';
import type { Attachment } from './request.js';
import {
  SERVICE_REQUEST_STATUS_LABELS,
  type ServiceRequest,
  type ServiceRequestCreate,
  type ServiceRequestHistoryEntry,
  type ServiceRequestPublic,
  type ServiceRequestStatus,
  ServiceRequestTransitionRequest,
} from './request.js';
import {
  admitTransition,
  allowedActions,
  type ServicesActor,
  type ServicesTransitionResult,
  type ServicesTransitionRule,
} from './shared.js';
import { acceptsRequests, type ServiceStandard } from './standard.js';

type TransitionAction = ServiceRequestTransitionRequest['action'];

/**
 * Who may move a permohonan where. Staff of the service's OPD and the admin act; the
 * applicant only resubmits after a revision request (UU 25/2009 Pasal 21; PermenPANRB 15/2014).
 */
export const SERVICE_REQUEST_TRANSITIONS: Readonly<
  Record<TransitionAction, ServicesTransitionRule<ServiceRequestStatus>>
> = {
  verify: { from: ['submitted'], to: 'verified', by: ['opd', 'admin'] },
  start: { from: ['verified'], to: 'in-process', by: ['opd', 'admin'] },
  complete: { from: ['in-process'], to: 'completed', by: ['opd', 'admin'] },
  reject: { from: ['submitted', 'verified', 'in-process'], to: 'rejected', by: ['opd', 'admin'] },
  'request-revision': {
    from: ['submitted', 'verified', 'in-process'],
    to: 'needs-revision',
    by: ['opd', 'admin'],
  },
  resubmit: { from: ['needs-revision'], to: 'submitted', by: ['citizen'] },
};

export interface ServiceRequestTransitionContext {
  /** The time of the change (injected: the function is pure). */
  readonly now: Timestamp;
}

function historyEntry(
  request: ServiceRequest,
  action: ServiceRequestTransitionRequest,
  actor: ServicesActor,
  to: ServiceRequestStatus,
  now: Timestamp,
): ServiceRequestHistoryEntry {
  const base = { action: action.action, from: request.status, to, at: now, actor };
  switch (action.action) {
    case 'verify':
    case 'start':
      return { ...base, ...(action.internalNote && { internalNote: action.internalNote }) };
    case 'complete':
      return {
        ...base,
        ...(action.publicNote && { publicNote: action.publicNote }),
        ...(action.internalNote && { internalNote: action.internalNote }),
      };
    case 'reject':
      return {
        ...base,
        publicNote: action.reason,
        ...(action.internalNote && { internalNote: action.internalNote }),
      };
    case 'request-revision':
      return {
        ...base,
        publicNote: action.note,
        ...(action.internalNote && { internalNote: action.internalNote }),
      };
    case 'resubmit':
      return { ...base, ...(action.note && { internalNote: action.note }) };
  }
}

/**
 * Applies one status change to a permohonan, or says why it is refused: `forbidden` or
 * `not-assigned` (the actor may not), `invalid-transition` (not from this status),
 * `invalid-input` (the body breaks its schema). Pure: the clock comes in `ctx.now`.
 */
export function transitionServiceRequest(
  request: ServiceRequest,
  action: ServiceRequestTransitionRequest,
  actor: ServicesActor,
  ctx: ServiceRequestTransitionContext,
): ServicesTransitionResult<ServiceRequest> {
  const admitted = admitTransition(
    ServiceRequestTransitionRequest,
    action,
    SERVICE_REQUEST_TRANSITIONS,
    request,
    actor,
  );
  if (!admitted.ok) return admitted;
  const { body, to } = admitted;
  return {
    ok: true,
    value: {
      ...request,
      ...(body.action === 'resubmit' && body.answers && { answers: body.answers }),
      status: to,
      history: [...request.history, historyEntry(request, body, actor, to, ctx.now)],
      updatedAt: ctx.now,
    },
  };
}

/** The actions `actor` may take on `request` now. */
export function allowedServiceRequestActions(
  request: Pick<ServiceRequest, 'status' | 'opdId'>,
  actor: ServicesActor,
): TransitionAction[] {
  return allowedActions(SERVICE_REQUEST_TRANSITIONS, request.status, actor, request.opdId);
}

/**
 * When the clock of jangka waktu started: the latest (re)submission, since a request sent
 * back for revision is complete only when resubmitted (PermenPANRB 15/2014: time runs from
 * complete requirements).
 */
export function lastSubmittedAt(request: Pick<ServiceRequest, 'history' | 'createdAt'>): Timestamp {
  for (let i = request.history.length - 1; i >= 0; i -= 1) {
    const entry = request.history[i];
    if (entry?.to === 'submitted') return entry.at;
  }
  return request.createdAt;
}

/**
 * The completion date of a stored request: its copied jangka waktu counted in working days
 * from the latest submission ({@link dueDate}).
 */
export function serviceRequestDueDate(
  request: Pick<ServiceRequest, 'history' | 'createdAt' | 'completionDays'>,
  calendar: WorkingDayCalendar,
  timeZone: string,
): DeadlineResult {
  return dueDate(lastSubmittedAt(request), request, calendar, timeZone);
}

export interface ServiceRequestPublicOptions {
  /** The service's name, from the standard. */
  readonly serviceName: string;
  readonly calendar: WorkingDayCalendar;
  /** IANA zone of the region (`timeZoneOf(regionCode)`), for local dates. */
  readonly timeZone: string;
  readonly lang: Language;
}

/**
 * The public tracking view of a request: status, timeline with public notes, due date. It
 * copies no applicant data, answer or file.
 */
export function toServiceRequestPublic(
  request: ServiceRequest,
  options: ServiceRequestPublicOptions,
): ServiceRequestPublic {
  const { lang } = options;
  return {
    trackingNumber: request.trackingNumber,
    serviceId: request.serviceId,
    serviceName: options.serviceName,
    status: request.status,
    statusLabel: SERVICE_REQUEST_STATUS_LABELS[request.status][lang],
    dueDate: toDueDate(serviceRequestDueDate(request, options.calendar, options.timeZone), lang),
    submittedAt: request.createdAt,
    updatedAt: request.updatedAt,
    timeline: request.history.map((entry) => ({
      status: entry.to,
      statusLabel: SERVICE_REQUEST_STATUS_LABELS[entry.to][lang],
      at: entry.at,
      ...(entry.publicNote && { note: entry.publicNote }),
    })),
  };
}

/**
 * Required items of the standard that a request lacks: a requirement is met by an answer
 * under its key or an attachment naming it (UU 25/2009 Pasal 21 huruf a, persyaratan).
 */
export function unmetRequirements(
  request: Pick<ServiceRequestCreate, 'answers' | 'attachments'>,
  standard: Pick<ServiceStandard, 'requirements'>,
): string[] {
  const attached = new Set(request.attachments.map((a) => a.requirementKey));
  return standard.requirements
    .filter((r) => r.required)
    .filter((r) => {
      const answer = request.answers[r.key];
      const answered =
        answer !== undefined && !(typeof answer === 'string' && answer.trim() === '');
      return !answered && !attached.has(r.key);
    })
    .map((r) => r.key);
}

export interface OpenServiceRequestOptions {
  readonly id: string;
  /** Issued by the server with `formatTrackingNumber({ prefix: 'LYN', … })`. */
  readonly trackingNumber: string;
  readonly now: Timestamp;
  /** Metadata of the files the body refers to, looked up by the server. */
  readonly attachments: readonly Attachment[];
  /** Staff entering a request taken at the counter; the applicant otherwise. */
  readonly submittedBy?: ServicesActor;
}

const NOT_ACCEPTING: LocalizedText = {
  id: 'Layanan ini sedang tidak menerima permohonan.',
  en: 'This service is not taking requests at the moment.',
};

/**
 * The stored record of a new permohonan: the service's OPD and jangka waktu copied from the
 * standard, status `submitted`, one history entry. Refused when the service is not active
 * or a required item is missing (the reason lists the requirement keys).
 */
export function openServiceRequest(
  input: ServiceRequestCreate,
  standard: Pick<ServiceStandard, 'id' | 'opdId' | 'completionDays' | 'requirements' | 'status'>,
  options: OpenServiceRequestOptions,
): ParseResult<ServiceRequest> {
  if (!acceptsRequests(standard)) return { ok: false, reason: NOT_ACCEPTING };
  const missing = unmetRequirements(input, standard);
  if (missing.length > 0) {
    return {
      ok: false,
      reason: {
        id: `Persyaratan belum lengkap: ${missing.join(', ')}`,
        en: `Missing requirements: ${missing.join(', ')}`,
      },
    };
  }
  return {
    ok: true,
    value: {
      id: options.id,
      trackingNumber: options.trackingNumber,
      serviceId: standard.id,
      opdId: standard.opdId,
      completionDays: standard.completionDays,
      applicant: input.applicant,
      answers: input.answers,
      attachments: [...options.attachments],
      status: 'submitted',
      history: [
        {
          action: 'submit',
          to: 'submitted',
          at: options.now,
          actor: options.submittedBy ?? { role: 'citizen' },
        },
      ],
      createdAt: options.now,
      updatedAt: options.now,
    },
  };
}

import type { Language } from '../common/i18n.js';
import type { Timestamp } from '../common/time.js';
import type { WorkingDayCalendar } from '../common/working-days.js';
import {
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_STATUS_LABELS,
  type Complaint,
  type ComplaintChannelKind,
  type ComplaintCreate,
  type ComplaintHistoryEntry,
  type ComplaintOpdRef,
  type ComplaintPublic,
  type ComplaintStatus,
  type ComplaintTimelineEntry,
  ComplaintTransitionRequest,
} from './complaint.js';
import { type DeadlineResult, toDueDate, workingDaysAfter } from './deadline.js';
import {
  admitTransition,
  allowedActions,
  type ServicesActor,
  type ServicesTransitionResult,
  type ServicesTransitionRule,
} from './shared.js';

type TransitionAction = ComplaintTransitionRequest['action'];

/**
 * Who may move a report where (SP4N-LAPOR!, Perpres 76/2013; PermenPANRB 62/2018): the admin
 * (admin koordinator) verifies, asks for information, rejects, dispatches and closes; the
 * staff of the assigned OPD (admin penghubung) start, respond, resolve or hand it back; the
 * reporter adds information, confirms or reopens.
 */
export const COMPLAINT_TRANSITIONS: Readonly<
  Record<TransitionAction, ServicesTransitionRule<ComplaintStatus>>
> = {
  verify: { from: ['received'], to: 'verified', by: ['admin'] },
  'request-info': { from: ['received'], to: 'needs-info', by: ['admin'] },
  'provide-info': { from: ['needs-info'], to: 'received', by: ['citizen'] },
  reject: { from: ['received', 'needs-info', 'verified'], to: 'rejected', by: ['admin'] },
  dispatch: { from: ['verified', 'dispatched', 'in-progress'], to: 'dispatched', by: ['admin'] },
  return: { from: ['dispatched', 'in-progress'], to: 'verified', by: ['opd'] },
  start: { from: ['dispatched'], to: 'in-progress', by: ['opd'] },
  respond: { from: ['in-progress'], to: null, by: ['opd'] },
  resolve: { from: ['in-progress'], to: 'resolved', by: ['opd'] },
  reopen: { from: ['resolved'], to: 'in-progress', by: ['citizen', 'admin'] },
  confirm: { from: ['resolved'], to: 'closed', by: ['citizen'] },
  close: { from: ['resolved'], to: 'closed', by: ['admin'] },
};

/** SP4N-LAPOR!: the admin verifies and dispatches within 3 working days of receipt. */
export const VERIFICATION_WORKING_DAYS = 3;
/** SP4N-LAPOR!: the agency follows up within 5 working days of dispatch. */
export const FOLLOW_UP_WORKING_DAYS = 5;
/** SP4N-LAPOR!: a followed-up report without the reporter's reply for 10 working days is done. */
export const CONFIRMATION_WORKING_DAYS = 10;

export interface ComplaintTransitionContext {
  /** The time of the change (injected: the function is pure). */
  readonly now: Timestamp;
}

function historyEntry(
  complaint: Complaint,
  body: ComplaintTransitionRequest,
  actor: ServicesActor,
  to: ComplaintStatus,
  now: Timestamp,
): ComplaintHistoryEntry {
  const base = { action: body.action, from: complaint.status, to, at: now, actor };
  switch (body.action) {
    case 'verify':
    case 'close':
      return { ...base, ...(body.internalNote && { internalNote: body.internalNote }) };
    case 'request-info':
      return {
        ...base,
        publicNote: body.reason,
        ...(body.internalNote && { internalNote: body.internalNote }),
      };
    case 'provide-info':
      return { ...base, internalNote: body.information };
    case 'reject':
      return {
        ...base,
        grounds: body.grounds,
        publicNote: body.reason,
        ...(body.internalNote && { internalNote: body.internalNote }),
      };
    case 'dispatch':
      return {
        ...base,
        opdId: body.opdId,
        ...(body.internalNote && { internalNote: body.internalNote }),
      };
    case 'return':
    case 'reopen':
      return { ...base, internalNote: body.reason };
    case 'start':
    case 'respond':
    case 'resolve':
      return {
        ...base,
        ...(body.publicNote && { publicNote: body.publicNote }),
        ...(body.internalNote && { internalNote: body.internalNote }),
      };
    case 'confirm':
      return base;
  }
}

/**
 * Applies one step to a report, or says why not: `forbidden`/`not-assigned` (the actor may
 * not), `invalid-transition` (not from this status), `invalid-input` (the body breaks its
 * schema, or a dispatch names the OPD that has the report already). Pure: the clock is
 * `ctx.now`.
 */
export function transitionComplaint(
  complaint: Complaint,
  action: ComplaintTransitionRequest,
  actor: ServicesActor,
  ctx: ComplaintTransitionContext,
): ServicesTransitionResult<Complaint> {
  const admitted = admitTransition(
    ComplaintTransitionRequest,
    action,
    COMPLAINT_TRANSITIONS,
    complaint,
    actor,
  );
  if (!admitted.ok) return admitted;
  const { body, to } = admitted;
  if (body.action === 'dispatch' && body.opdId === complaint.opdId) {
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        field: 'opdId',
        message: {
          id: 'Laporan sudah berada di OPD tersebut.',
          en: 'The report is already with that OPD.',
        },
      },
    };
  }
  if (body.action === 'verify' && body.privacy && complaint.privacy === 'anonymous') {
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        field: 'privacy',
        message: {
          id: 'Laporan anonim tidak dapat dijadikan rahasia; tolak bila isinya tidak patut dipublikasikan.',
          en: 'An anonymous report cannot be made confidential; reject it if its content must not be published.',
        },
      },
    };
  }
  const { opdId: _previous, ...rest } = complaint;
  const opdId =
    body.action === 'dispatch'
      ? body.opdId
      : body.action === 'return'
        ? undefined
        : complaint.opdId;
  return {
    ok: true,
    value: {
      ...rest,
      ...(opdId !== undefined && { opdId }),
      ...(body.action === 'verify' && body.privacy && { privacy: body.privacy }),
      status: to,
      history: [...complaint.history, historyEntry(complaint, body, actor, to, ctx.now)],
      updatedAt: ctx.now,
    },
  };
}

/** The actions `actor` may take on `complaint` now. */
export function allowedComplaintActions(
  complaint: Pick<Complaint, 'status' | 'opdId'>,
  actor: ServicesActor,
): TransitionAction[] {
  return allowedActions(COMPLAINT_TRANSITIONS, complaint.status, actor, complaint.opdId);
}

export interface ComplaintOpening {
  readonly id: string;
  /** Issued by the server with `formatTrackingNumber({ prefix: 'ADU', … })`. */
  readonly trackingNumber: string;
  readonly now: Timestamp;
  readonly channel: ComplaintChannelKind;
  /** Staff entering a report taken at the counter; the reporter otherwise. */
  readonly submittedBy?: ServicesActor;
}

/** The stored record of a new report: status `received`, one history entry. */
export function openComplaint(input: ComplaintCreate, options: ComplaintOpening): Complaint {
  const { reporter, ...content } = input;
  return {
    id: options.id,
    trackingNumber: options.trackingNumber,
    ...content,
    ...(input.privacy !== 'anonymous' && reporter && { reporter }),
    channel: options.channel,
    status: 'received',
    history: [
      {
        action: 'submit',
        to: 'received',
        at: options.now,
        actor: options.submittedBy ?? { role: 'citizen' },
      },
    ],
    createdAt: options.now,
    updatedAt: options.now,
  };
}

function latest(
  history: readonly ComplaintHistoryEntry[],
  test: (entry: ComplaintHistoryEntry) => boolean,
): ComplaintHistoryEntry | undefined {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const entry = history[i];
    if (entry && test(entry)) return entry;
  }
  return undefined;
}

export interface ComplaintDeadlines {
  /** ≤ 3 working days after the report was (last) received. */
  readonly verification: DeadlineResult;
  /** ≤ 5 working days after the latest dispatch; `null` while no OPD has the report. */
  readonly followUp: DeadlineResult | null;
  /** 10 working days after the latest resolution; `null` unless resolved or closed. */
  readonly confirmation: DeadlineResult | null;
}

const WITH_OPD: readonly ComplaintStatus[] = ['dispatched', 'in-progress', 'resolved', 'closed'];

/**
 * The SP4N-LAPOR! deadlines of a report in working days (national holidays and cuti bersama
 * excluded), each counted from the local date of its stage's start in `timeZone`; a start on
 * a day off counts from the next working day. A year without a calendar gives `ok: false`.
 */
export function complaintDeadlines(
  complaint: Pick<Complaint, 'history' | 'status' | 'createdAt'>,
  calendar: WorkingDayCalendar,
  timeZone: string,
): ComplaintDeadlines {
  const { history, status } = complaint;
  const received = latest(history, (e) => e.to === 'received')?.at ?? complaint.createdAt;
  const dispatched = latest(history, (e) => e.action === 'dispatch');
  const resolved = latest(history, (e) => e.action === 'resolve');
  return {
    verification: workingDaysAfter(received, VERIFICATION_WORKING_DAYS, calendar, timeZone),
    followUp:
      dispatched && WITH_OPD.includes(status)
        ? workingDaysAfter(dispatched.at, FOLLOW_UP_WORKING_DAYS, calendar, timeZone)
        : null,
    confirmation:
      resolved && (status === 'resolved' || status === 'closed')
        ? workingDaysAfter(resolved.at, CONFIRMATION_WORKING_DAYS, calendar, timeZone)
        : null,
  };
}

/**
 * Whether title, description, place and photos may be published: never for a confidential
 * report; otherwise only after the admin verified it (moderation) and unless it was rejected.
 */
export function isComplaintContentPublic(
  complaint: Pick<Complaint, 'privacy' | 'status' | 'history'>,
): boolean {
  return (
    complaint.privacy !== 'confidential' &&
    complaint.status !== 'rejected' &&
    complaint.history.some((e) => e.action === 'verify')
  );
}

export interface ComplaintPublicOptions {
  readonly lang: Language;
  readonly calendar: WorkingDayCalendar;
  /** IANA zone of the region (`timeZoneOf(regionCode)`), for local dates. */
  readonly timeZone: string;
  /** The OPD's name for an id; the id is shown when unknown. */
  readonly opdName: (opdId: string) => string | undefined;
  /**
   * `public` (default): anyone with the tracking number. `reporter`: the reporter, proven by
   * the server (e.g. with a receipt code), who also sees their own text and every public
   * note of a confidential report. Neither ever contains identity or contact data.
   */
  readonly audience?: 'public' | 'reporter';
}

const OPD_STEPS: ReadonlySet<string> = new Set(['dispatch', 'start', 'respond', 'resolve']);

function entryOpdId(entry: ComplaintHistoryEntry): string | undefined {
  if (!OPD_STEPS.has(entry.action)) return undefined;
  if (entry.action === 'dispatch') return entry.opdId;
  return entry.actor.role === 'opd' ? entry.actor.opdId : undefined;
}

/**
 * The public tracking view of a report (the "timeline"). It is assembled field by field
 * from what may be shown; the reporter, contacts, village code and internal notes never
 * enter it. See {@link isComplaintContentPublic} for title and description.
 */
export function toComplaintPublic(
  complaint: Complaint,
  options: ComplaintPublicOptions,
): ComplaintPublic {
  const { lang } = options;
  const reporterView = options.audience === 'reporter';
  const showContent = reporterView || isComplaintContentPublic(complaint);
  const showNotes = reporterView || complaint.privacy !== 'confidential';
  const opd = (id: string): ComplaintOpdRef => ({ id, name: options.opdName(id) ?? id });
  const timeline: ComplaintTimelineEntry[] = complaint.history
    .filter((e) => e.from !== e.to || e.publicNote !== undefined || e.action === 'dispatch')
    .map((entry) => {
      const opdId = entryOpdId(entry);
      return {
        status: entry.to,
        statusLabel: COMPLAINT_STATUS_LABELS[entry.to][lang],
        at: entry.at,
        ...(showNotes && entry.publicNote !== undefined && { note: entry.publicNote }),
        ...(opdId !== undefined && { opd: opd(opdId) }),
      };
    });
  const deadlines = complaintDeadlines(complaint, options.calendar, options.timeZone);
  const rejection =
    complaint.status === 'rejected'
      ? latest(complaint.history, (e) => e.action === 'reject')?.grounds
      : undefined;
  return {
    trackingNumber: complaint.trackingNumber,
    kind: complaint.kind,
    category: complaint.category,
    categoryLabel: COMPLAINT_CATEGORY_LABELS[complaint.category][lang],
    ...(showContent && {
      title: complaint.title,
      description: complaint.description,
      ...(complaint.location && { location: complaint.location }),
      ...(complaint.photoIds.length > 0 && { photoIds: [...complaint.photoIds] }),
      ...(complaint.mediaUrl && { mediaUrl: complaint.mediaUrl }),
    }),
    districtCode: complaint.regionCode.slice(0, 8),
    status: complaint.status,
    statusLabel: COMPLAINT_STATUS_LABELS[complaint.status][lang],
    ...(complaint.opdId !== undefined && { opd: opd(complaint.opdId) }),
    ...(rejection !== undefined && { rejectionGrounds: rejection }),
    timeline,
    dueDates: {
      verification: toDueDate(deadlines.verification, lang),
      followUp: deadlines.followUp && toDueDate(deadlines.followUp, lang),
      confirmation: deadlines.confirmation && toDueDate(deadlines.confirmation, lang),
    },
    createdAt: complaint.createdAt,
    updatedAt: complaint.updatedAt,
  };
}

/**
 * A report as a staff member may see it, or `undefined` when they may not see it at all.
 * The admin sees everything; OPD staff see reports assigned to their OPD, without the
 * reporter and without the reporter's own words in the history when it is confidential;
 * other roles see none.
 */
export function complaintForActor(
  complaint: Complaint,
  actor: ServicesActor,
): Complaint | undefined {
  if (actor.role === 'admin') return complaint;
  if (actor.role !== 'opd' || complaint.opdId === undefined || actor.opdId !== complaint.opdId) {
    return undefined;
  }
  if (complaint.privacy !== 'confidential') return complaint;
  const { reporter: _hidden, ...rest } = complaint;
  return {
    ...rest,
    history: complaint.history.map((entry) => {
      if (entry.actor.role !== 'citizen' || entry.internalNote === undefined) return entry;
      const { internalNote: _note, ...kept } = entry;
      return kept;
    }),
  };
}

/**
 * The statuses of a report that still waits for the government: received and needs-info
 * (with the admin or the reporter), verified (to be dispatched), dispatched and in-progress
 * (with an OPD). A `resolved` report has been followed up and only awaits the reporter's
 * confirmation; `closed` and `rejected` are final. None of those three counts as open.
 */
export const OPEN_COMPLAINT_STATUSES = [
  'received',
  'needs-info',
  'verified',
  'dispatched',
  'in-progress',
] as const satisfies readonly ComplaintStatus[];

/** `resolved`, `closed` and `rejected`: the statuses of a report no longer open. */
export const FINISHED_COMPLAINT_STATUSES = [
  'resolved',
  'closed',
  'rejected',
] as const satisfies readonly ComplaintStatus[];

/** Whether a report still waits for the government (see {@link OPEN_COMPLAINT_STATUSES}). */
export function isComplaintOpen(status: ComplaintStatus): boolean {
  return (OPEN_COMPLAINT_STATUSES as readonly ComplaintStatus[]).includes(status);
}

/**
 * When a report was (last) resolved, or `undefined` unless it is `resolved` or `closed` now:
 * the time of its latest `resolve` step (a reopened and resolved-again report counts from the
 * second resolution; a reopened one is not resolved at all), or `updatedAt` for a record
 * imported in that status without the step in its history. A rejected report is never
 * resolved.
 */
export function complaintResolvedAt(
  complaint: Pick<Complaint, 'status' | 'history' | 'updatedAt'>,
): Timestamp | undefined {
  if (complaint.status !== 'resolved' && complaint.status !== 'closed') return undefined;
  return latest(complaint.history, (e) => e.action === 'resolve')?.at ?? complaint.updatedAt;
}

import * as z from 'zod/mini';
import { type LocalizedText, localized } from '../common/i18n.js';
import { Nik } from '../common/nik.js';
import { PageQuery } from '../common/page.js';
import { personal } from '../common/personal.js';
import { PhoneNumber, PhoneNumberInput } from '../common/phone.js';
import { VillageCode } from '../common/region.js';
import { LocalDate, Timestamp } from '../common/time.js';
import { DueDate } from './deadline.js';
import {
  AttachmentId,
  OpdId,
  ServiceRequestId,
  ServiceStandardId,
  ServicesActor,
  text,
} from './shared.js';
import { CompletionDays, DocumentKind } from './standard.js';
import { ServiceRequestTrackingNumber } from './tracking.js';

/**
 * Lifecycle of a permohonan: submitted → verified → in-process → completed; rejected (with a
 * reason) or needs-revision (with a note; the applicant resubmits → submitted).
 */
export const ServiceRequestStatus = z.enum([
  'submitted',
  'verified',
  'in-process',
  'completed',
  'rejected',
  'needs-revision',
]);
export type ServiceRequestStatus = z.infer<typeof ServiceRequestStatus>;

export const SERVICE_REQUEST_STATUS_LABELS: Readonly<Record<ServiceRequestStatus, LocalizedText>> =
  {
    submitted: { id: 'Diajukan', en: 'Submitted' },
    verified: { id: 'Berkas terverifikasi', en: 'Documents verified' },
    'in-process': { id: 'Sedang diproses', en: 'In process' },
    completed: { id: 'Selesai', en: 'Completed' },
    rejected: { id: 'Ditolak', en: 'Rejected' },
    'needs-revision': { id: 'Perlu perbaikan berkas', en: 'Needs revision' },
  };

/** A person's home address (personal data, UU 27/2022). */
export const ApplicantAddress = personal(
  z.object({
    /** Street, RT/RW, house number. */
    line: text(300),
    villageCode: z.optional(VillageCode),
  }),
);
export type ApplicantAddress = z.infer<typeof ApplicantAddress>;

const applicantFields = {
  name: personal(text(120)),
  nik: Nik,
  email: z.optional(personal(z.email().check(z.maxLength(254)))),
  address: z.optional(ApplicantAddress),
};

/** The applicant as stored: personal data (UU 27/2022), shown to staff only. */
export const Applicant = personal(z.object({ ...applicantFields, phone: personal(PhoneNumber) }));
export type Applicant = z.infer<typeof Applicant>;

/** The applicant as typed in a form: the phone number in any common notation. */
export const ApplicantInput = personal(
  z.object({ ...applicantFields, phone: personal(PhoneNumberInput) }),
);
export type ApplicantInput = z.infer<typeof ApplicantInput>;

const ANSWER_KEY = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const ANSWERS_MAX = 50;

/** One answer of the request form: text, number, yes/no or a multiple choice. */
export const AnswerValue = z.union([
  z.string().check(z.maxLength(2000)),
  z.number(),
  z.boolean(),
  z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20)),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/**
 * Answers keyed by the standard's requirement keys or form fields, at most 50. Personal:
 * they hold whatever the form asks (parents' names, a business address).
 */
export const Answers = personal(
  z
    .record(z.string().check(z.regex(ANSWER_KEY)), AnswerValue)
    .check(
      z.refine(
        (answers: object) => Object.keys(answers).length <= ANSWERS_MAX,
        localized(`maksimal ${ANSWERS_MAX} jawaban`, `at most ${ANSWERS_MAX} answers`),
      ),
    ),
);
export type Answers = z.infer<typeof Answers>;

/** Reference to an uploaded file in a request body, with the requirement it fulfils. */
export const AttachmentRef = z.object({
  id: AttachmentId,
  requirementKey: z.optional(z.string().check(z.regex(ANSWER_KEY))),
});
export type AttachmentRef = z.infer<typeof AttachmentRef>;

/** Metadata of an uploaded document as stored; the file is served separately to staff. */
export const Attachment = z.object({
  id: AttachmentId,
  requirementKey: z.optional(z.string().check(z.regex(ANSWER_KEY))),
  documentKind: z.optional(DocumentKind),
  /** As uploaded; may carry a name ("KTP Budi.jpg"), hence personal. */
  fileName: personal(text(255)),
  mediaType: z.enum(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']),
  sizeBytes: z.int().check(z.minimum(1), z.maximum(20 * 1024 * 1024)),
});
export type Attachment = z.infer<typeof Attachment>;

export const ServiceRequestAction = z.enum([
  'submit',
  'verify',
  'start',
  'complete',
  'reject',
  'request-revision',
  'resubmit',
]);
export type ServiceRequestAction = z.infer<typeof ServiceRequestAction>;

/** One status change as staff see it. `publicNote` also appears on the public timeline. */
export const ServiceRequestHistoryEntry = z.object({
  action: ServiceRequestAction,
  /** Absent for the first entry (`submit`). */
  from: z.optional(ServiceRequestStatus),
  to: ServiceRequestStatus,
  at: Timestamp,
  actor: ServicesActor,
  publicNote: z.optional(text(1000)),
  /** Staff only; may quote what the applicant sent. */
  internalNote: z.optional(personal(text(2000))),
});
export type ServiceRequestHistoryEntry = z.infer<typeof ServiceRequestHistoryEntry>;

/** A permohonan as stored and shown to staff: holds the applicant's personal data. */
export const ServiceRequest = z.object({
  id: ServiceRequestId,
  trackingNumber: ServiceRequestTrackingNumber,
  serviceId: ServiceStandardId,
  /** The OPD responsible, copied from the standard at submission. */
  opdId: OpdId,
  /** Jangka waktu copied from the standard at submission, so later edits don't move it. */
  completionDays: CompletionDays,
  applicant: Applicant,
  answers: Answers,
  attachments: personal(z.array(Attachment).check(z.maxLength(30))),
  status: ServiceRequestStatus,
  /** Oldest first; the first entry is the submission. */
  history: z.array(ServiceRequestHistoryEntry).check(z.minLength(1)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ServiceRequest = z.infer<typeof ServiceRequest>;

/** Body of a citizen's request; the server adds tracking number, OPD and times. */
export const ServiceRequestCreate = z.object({
  serviceId: ServiceStandardId,
  applicant: ApplicantInput,
  answers: z._default(Answers, {}),
  attachments: z._default(z.array(AttachmentRef).check(z.maxLength(30)), []),
});
export type ServiceRequestCreate = z.infer<typeof ServiceRequestCreate>;

const internalNote = z.optional(text(2000));

/** Body of a status change, by action; reasons and notes are required where the rule says. */
export const ServiceRequestTransitionRequest = z.discriminatedUnion('action', [
  z.object({ action: z.literal('verify'), internalNote }),
  z.object({ action: z.literal('start'), internalNote }),
  z.object({
    action: z.literal('complete'),
    /** E.g. where to collect the product; shown publicly. */
    publicNote: z.optional(text(1000)),
    internalNote,
  }),
  z.object({
    action: z.literal('reject'),
    /** Shown to the applicant on the public timeline: write it without personal data. */
    reason: text(1000),
    internalNote,
  }),
  z.object({
    action: z.literal('request-revision'),
    /** What to fix; shown on the public timeline: write it without personal data. */
    note: text(1000),
    internalNote,
  }),
  z.object({
    action: z.literal('resubmit'),
    /** Replaces the earlier answers when present; files are added through uploads. */
    answers: z.optional(Answers),
    note: z.optional(personal(text(2000))),
  }),
]);
export type ServiceRequestTransitionRequest = z.infer<typeof ServiceRequestTransitionRequest>;

/** Staff list: `?status=&service=&opd=&from=&to=&cursor=&limit=` (dates of submission). */
export const ServiceRequestListQuery = z.extend(PageQuery, {
  status: z.optional(ServiceRequestStatus),
  service: z.optional(ServiceStandardId),
  opd: z.optional(OpdId),
  from: z.optional(LocalDate),
  to: z.optional(LocalDate),
});
export type ServiceRequestListQuery = z.infer<typeof ServiceRequestListQuery>;

/** One public step of a request: status, time and the note meant for the applicant. */
export const ServiceRequestTimelineEntry = z.object({
  status: ServiceRequestStatus,
  statusLabel: z.string(),
  at: Timestamp,
  note: z.optional(z.string()),
});
export type ServiceRequestTimelineEntry = z.infer<typeof ServiceRequestTimelineEntry>;

/**
 * What anyone with the tracking number sees. Listed field by field, so it cannot carry the
 * applicant, the answers or the files (UU 27/2022): tracking numbers are guessable.
 */
export const ServiceRequestPublic = z.object({
  trackingNumber: ServiceRequestTrackingNumber,
  serviceId: ServiceStandardId,
  serviceName: z.string(),
  status: ServiceRequestStatus,
  statusLabel: z.string(),
  /** Completion date by the standard's jangka waktu, or why it cannot be computed yet. */
  dueDate: DueDate,
  submittedAt: Timestamp,
  updatedAt: Timestamp,
  timeline: z.array(ServiceRequestTimelineEntry),
});
export type ServiceRequestPublic = z.infer<typeof ServiceRequestPublic>;

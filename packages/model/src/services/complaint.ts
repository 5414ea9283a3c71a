import * as z from 'zod/mini';
import { GeoPoint } from '../common/geo.js';
import { type LocalizedText, localized } from '../common/i18n.js';
import { PageQuery } from '../common/page.js';
import { personal } from '../common/personal.js';
import { PhoneNumber, PhoneNumberInput } from '../common/phone.js';
import { DistrictCode } from '../common/region.js';
import { LocalDate, Timestamp } from '../common/time.js';
import { DueDate } from './deadline.js';
import { AttachmentId, ComplaintId, OpdId, ServicesActor, text, WebUrl } from './shared.js';
import { ComplaintTrackingNumber } from './tracking.js';

/** Kinds of report in SP4N-LAPOR! (Perpres 76/2013): aspirasi, pengaduan, permintaan informasi. */
export const ComplaintKind = z.enum(['aspirasi', 'pengaduan', 'permintaan-informasi']);
export type ComplaintKind = z.infer<typeof ComplaintKind>;

export const COMPLAINT_KIND_LABELS: Readonly<Record<ComplaintKind, LocalizedText>> = {
  aspirasi: { id: 'Aspirasi', en: 'Suggestion' },
  pengaduan: { id: 'Pengaduan', en: 'Complaint' },
  'permintaan-informasi': { id: 'Permintaan informasi', en: 'Request for information' },
};

/** Subjects of reports; each routes to an OPD and maps to an Open311 service. */
export const ComplaintCategory = z.enum([
  'infrastruktur-jalan',
  'penerangan-jalan',
  'drainase-banjir',
  'kebersihan',
  'air-bersih',
  'layanan-kesehatan',
  'pendidikan',
  'administrasi-kependudukan',
  'perizinan',
  'bantuan-sosial',
  'ketertiban-umum',
  'lainnya',
]);
export type ComplaintCategory = z.infer<typeof ComplaintCategory>;

export const COMPLAINT_CATEGORY_LABELS: Readonly<Record<ComplaintCategory, LocalizedText>> = {
  'infrastruktur-jalan': { id: 'Infrastruktur jalan dan jembatan', en: 'Roads and bridges' },
  'penerangan-jalan': { id: 'Penerangan jalan umum', en: 'Street lighting' },
  'drainase-banjir': { id: 'Drainase dan banjir', en: 'Drainage and flooding' },
  kebersihan: { id: 'Kebersihan dan sampah', en: 'Cleanliness and waste' },
  'air-bersih': { id: 'Air bersih', en: 'Clean water' },
  'layanan-kesehatan': { id: 'Layanan kesehatan', en: 'Health services' },
  pendidikan: { id: 'Pendidikan', en: 'Education' },
  'administrasi-kependudukan': { id: 'Administrasi kependudukan', en: 'Civil registration' },
  perizinan: { id: 'Perizinan', en: 'Permits and licences' },
  'bantuan-sosial': { id: 'Bantuan sosial', en: 'Social assistance' },
  'ketertiban-umum': { id: 'Ketertiban umum', en: 'Public order' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

/**
 * Who may see the reporter and the report:
 * - `public`: the report is published once verified; the identity is seen by admin and the
 *   assigned OPD only, never publicly.
 * - `confidential` (LAPOR! "Rahasia"): the identity is stored but seen by the admin only,
 *   not by the OPD; title, description, place and photos are never published.
 * - `anonymous`: no identity is stored at all (stricter than LAPOR!'s "Anonim", which keeps
 *   the account); the report is published like a public one.
 */
export const ComplaintPrivacy = z.enum(['public', 'confidential', 'anonymous']);
export type ComplaintPrivacy = z.infer<typeof ComplaintPrivacy>;

/**
 * Lifecycle (SP4N-LAPOR!, PermenPANRB 62/2018): received → verified (≤ 3 working days) →
 * dispatched to an OPD → in-progress (follow-up ≤ 5 working days) → resolved → closed;
 * needs-info while the admin waits for the reporter; rejected with grounds and a reason.
 */
export const ComplaintStatus = z.enum([
  'received',
  'needs-info',
  'verified',
  'dispatched',
  'in-progress',
  'resolved',
  'closed',
  'rejected',
]);
export type ComplaintStatus = z.infer<typeof ComplaintStatus>;

export const COMPLAINT_STATUS_LABELS: Readonly<Record<ComplaintStatus, LocalizedText>> = {
  received: { id: 'Diterima', en: 'Received' },
  'needs-info': { id: 'Menunggu keterangan pelapor', en: 'Waiting for more information' },
  verified: { id: 'Terverifikasi', en: 'Verified' },
  dispatched: { id: 'Diteruskan ke OPD', en: 'Forwarded to the agency' },
  'in-progress': { id: 'Sedang ditindaklanjuti', en: 'Being followed up' },
  resolved: { id: 'Selesai ditindaklanjuti', en: 'Followed up' },
  closed: { id: 'Ditutup', en: 'Closed' },
  rejected: { id: 'Tidak dapat diproses', en: 'Not processed' },
};

/** Why a report is not processed (the verdicts of SP4N-LAPOR! verification). */
export const RejectionGrounds = z.enum([
  'bukan-wewenang',
  'duplikat',
  'informasi-tidak-lengkap',
  'tidak-layak',
]);
export type RejectionGrounds = z.infer<typeof RejectionGrounds>;

export const REJECTION_GROUNDS_LABELS: Readonly<Record<RejectionGrounds, LocalizedText>> = {
  'bukan-wewenang': {
    id: 'Bukan wewenang pemerintah kabupaten/kota',
    en: 'Not within the regency’s authority',
  },
  duplikat: { id: 'Laporan ganda', en: 'Duplicate report' },
  'informasi-tidak-lengkap': {
    id: 'Keterangan tidak dilengkapi',
    en: 'Requested information was not provided',
  },
  'tidak-layak': {
    id: 'Tidak dapat ditindaklanjuti (tidak jelas atau tidak patut)',
    en: 'Cannot be followed up (unclear or inappropriate)',
  },
};

/** Where the report came in. */
export const ComplaintChannelKind = z.enum([
  'web',
  'mobile',
  'open311',
  'sp4n-lapor',
  'whatsapp',
  'sms',
  'counter',
]);
export type ComplaintChannelKind = z.infer<typeof ComplaintChannelKind>;

/** A district (kecamatan) or village (desa/kelurahan) code: where the problem is. */
export const ComplaintRegionCode = z.string().check(
  z.refine(
    (code: string) => /^\d{2}\.\d{2}\.\d{2}(\.\d{4})?$/.test(code),
    localized(
      'harus berupa kode kecamatan (35.14.01) atau desa/kelurahan (35.14.01.2001)',
      'must be a district (35.14.01) or village (35.14.01.2001) code',
    ),
  ),
  z.refine(
    (code: string) => DistrictCode.safeParse(code.slice(0, 8)).success,
    localized('kode wilayah tidak valid', 'the region code is invalid'),
  ),
);

const CONTACT_NEEDED = localized(
  'isi nomor telepon atau e-mail agar petugas dapat menghubungi Anda',
  'give a phone number or an e-mail address so that officers can reach you',
);

function hasContact(reporter: { phone?: unknown; email?: unknown }): boolean {
  return reporter.phone !== undefined || reporter.email !== undefined;
}

const reporterFields = {
  name: z.optional(personal(text(120))),
  email: z.optional(personal(z.email().check(z.maxLength(254)))),
};

/** The reporter as stored: personal data (UU 27/2022); at least one way to reach them. */
export const Reporter = personal(
  z
    .object({ ...reporterFields, phone: z.optional(personal(PhoneNumber)) })
    .check(z.refine(hasContact, CONTACT_NEEDED)),
);
export type Reporter = z.infer<typeof Reporter>;

/** The reporter as typed in a form: the phone number in any common notation. */
export const ReporterInput = personal(
  z
    .object({ ...reporterFields, phone: z.optional(personal(PhoneNumberInput)) })
    .check(z.refine(hasContact, CONTACT_NEEDED)),
);
export type ReporterInput = z.infer<typeof ReporterInput>;

/** Open311 and LAPOR! limit descriptions to 4000 characters. */
export const COMPLAINT_DESCRIPTION_MAX = 4000;

const complaintContent = {
  kind: ComplaintKind,
  category: ComplaintCategory,
  title: text(150),
  description: text(COMPLAINT_DESCRIPTION_MAX),
  regionCode: ComplaintRegionCode,
  location: z.optional(GeoPoint),
  /** A description of the place ("depan SDN 1 Gerbo"), not a person's address. */
  locationDescription: z.optional(text(300)),
  photoIds: z.array(AttachmentId).check(z.maxLength(5)),
  /** A photo hosted elsewhere (e.g. sent by an Open311 client). */
  mediaUrl: z.optional(WebUrl),
};

const IDENTITY_RULE = localized(
  'laporan anonim tidak menyimpan identitas pelapor; laporan lain wajib mencantumkan pelapor',
  'an anonymous report stores no identity; any other report needs the reporter',
);

function identityMatchesPrivacy(value: { privacy: ComplaintPrivacy; reporter?: unknown }): boolean {
  return value.privacy === 'anonymous'
    ? value.reporter === undefined
    : value.reporter !== undefined;
}

export const ComplaintAction = z.enum([
  'submit',
  'verify',
  'request-info',
  'provide-info',
  'reject',
  'dispatch',
  'return',
  'start',
  'respond',
  'resolve',
  'reopen',
  'confirm',
  'close',
]);
export type ComplaintAction = z.infer<typeof ComplaintAction>;

/** One step as staff see it. `publicNote` also appears on the public timeline. */
export const ComplaintHistoryEntry = z.object({
  action: ComplaintAction,
  from: z.optional(ComplaintStatus),
  to: ComplaintStatus,
  at: Timestamp,
  actor: ServicesActor,
  /** The OPD the report was dispatched to, on `dispatch`. */
  opdId: z.optional(OpdId),
  grounds: z.optional(RejectionGrounds),
  publicNote: z.optional(text(2000)),
  /** Staff only; may quote what the reporter sent. */
  internalNote: z.optional(personal(text(4000))),
});
export type ComplaintHistoryEntry = z.infer<typeof ComplaintHistoryEntry>;

/**
 * A complaint as a staff member is shown it (see `complaintForActor`): the stored record,
 * except that an OPD's view of a confidential report carries no reporter.
 */
export const ComplaintStaffView = z.object({
  id: ComplaintId,
  trackingNumber: ComplaintTrackingNumber,
  ...complaintContent,
  privacy: ComplaintPrivacy,
  reporter: z.optional(Reporter),
  channel: ComplaintChannelKind,
  status: ComplaintStatus,
  /** The OPD that has the report now (after `dispatch`, until `return`). */
  opdId: z.optional(OpdId),
  /** Oldest first; the first entry is the submission. */
  history: z.array(ComplaintHistoryEntry).check(z.minLength(1)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ComplaintStaffView = z.infer<typeof ComplaintStaffView>;

/**
 * A report as stored. The reporter is personal data; an OPD never gets it for a confidential
 * report ({@link complaintForActor} in complaint-lifecycle.ts).
 */
export const Complaint = ComplaintStaffView.check(
  z.refine(identityMatchesPrivacy, { ...IDENTITY_RULE, path: ['reporter'] }),
);
export type Complaint = z.infer<typeof Complaint>;

/**
 * Body of a citizen's report. `privacy` defaults to `public`; an anonymous report must not
 * carry a reporter, any other must carry one with a phone number or an e-mail address.
 */
export const ComplaintCreate = z
  .object({
    ...complaintContent,
    photoIds: z._default(complaintContent.photoIds, []),
    privacy: z._default(ComplaintPrivacy, 'public'),
    reporter: z.optional(ReporterInput),
  })
  .check(
    z.refine(identityMatchesPrivacy, {
      ...IDENTITY_RULE,
      path: ['reporter'],
      when: (payload) => payload.issues.length === 0,
    }),
  );
export type ComplaintCreate = z.infer<typeof ComplaintCreate>;

const internalNote = z.optional(text(4000));

/** Body of a status change, by action; the fields each rule needs are required. */
export const ComplaintTransitionRequest = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('verify'),
    /**
     * Make a public report confidential while verifying, e.g. when it names other people
     * (as LAPOR! admins do). Privacy only ever gets stricter; an anonymous report stays so.
     */
    privacy: z.optional(z.literal('confidential')),
    internalNote,
  }),
  z.object({
    action: z.literal('request-info'),
    /** What the reporter should add; public, so write it without personal data. */
    reason: text(1000),
    internalNote,
  }),
  z.object({
    action: z.literal('provide-info'),
    /** What the reporter adds; staff only. */
    information: personal(text(4000)),
  }),
  z.object({
    action: z.literal('reject'),
    grounds: RejectionGrounds,
    /** Public, e.g. which agency has authority; write it without personal data. */
    reason: text(1000),
    internalNote,
  }),
  z.object({ action: z.literal('dispatch'), opdId: OpdId, internalNote }),
  z.object({
    action: z.literal('return'),
    /** Why the OPD hands the report back to the admin; staff only. */
    reason: text(1000),
  }),
  z.object({ action: z.literal('start'), publicNote: z.optional(text(2000)), internalNote }),
  z.object({ action: z.literal('respond'), publicNote: text(2000), internalNote }),
  z.object({ action: z.literal('resolve'), publicNote: text(2000), internalNote }),
  z.object({
    action: z.literal('reopen'),
    /** Why the follow-up is not enough; staff only. */
    reason: personal(text(2000)),
  }),
  z.object({ action: z.literal('confirm') }),
  z.object({ action: z.literal('close'), internalNote }),
]);
export type ComplaintTransitionRequest = z.infer<typeof ComplaintTransitionRequest>;

/** What each step of a complaint is called, e.g. on a staff member's buttons. */
export const COMPLAINT_ACTION_LABELS: Readonly<
  Record<ComplaintTransitionRequest['action'], LocalizedText>
> = {
  verify: { id: 'Verifikasi', en: 'Verify' },
  'request-info': { id: 'Minta keterangan', en: 'Ask for information' },
  'provide-info': { id: 'Lengkapi keterangan', en: 'Add information' },
  reject: { id: 'Tolak', en: 'Reject' },
  dispatch: { id: 'Teruskan ke OPD', en: 'Forward to an agency' },
  return: { id: 'Kembalikan ke admin', en: 'Hand back to the admin' },
  start: { id: 'Mulai tindak lanjut', en: 'Start the follow-up' },
  respond: { id: 'Beri tanggapan', en: 'Respond' },
  resolve: { id: 'Selesaikan', en: 'Resolve' },
  reopen: { id: 'Buka kembali', en: 'Reopen' },
  confirm: { id: 'Konfirmasi', en: 'Confirm' },
  close: { id: 'Tutup', en: 'Close' },
};

/** Staff list: `?status=&kind=&category=&opd=&district=&from=&to=&cursor=&limit=`. */
export const ComplaintListQuery = z.extend(PageQuery, {
  status: z.optional(ComplaintStatus),
  kind: z.optional(ComplaintKind),
  category: z.optional(ComplaintCategory),
  opd: z.optional(OpdId),
  district: z.optional(DistrictCode),
  /** First and last local date of submission, inclusive. */
  from: z.optional(LocalDate),
  to: z.optional(LocalDate),
});
export type ComplaintListQuery = z.infer<typeof ComplaintListQuery>;

/** An OPD as shown to the public: the office, never a person. */
export const ComplaintOpdRef = z.object({ id: OpdId, name: z.string() });
export type ComplaintOpdRef = z.infer<typeof ComplaintOpdRef>;

/** One public step: status, time, the public note, and the OPD involved. */
export const ComplaintTimelineEntry = z.object({
  status: ComplaintStatus,
  statusLabel: z.string(),
  at: Timestamp,
  note: z.optional(z.string()),
  opd: z.optional(ComplaintOpdRef),
});
export type ComplaintTimelineEntry = z.infer<typeof ComplaintTimelineEntry>;

/** Working-day deadlines of SP4N-LAPOR!; `null` until the stage has started. */
export const ComplaintDueDates = z.object({
  /** Verification ≤ 3 working days after receipt. */
  verification: DueDate,
  /** Follow-up by the OPD ≤ 5 working days after dispatch. */
  followUp: z.nullable(DueDate),
  /** After a resolution the reporter may answer for 10 working days; then it may be closed. */
  confirmation: z.nullable(DueDate),
});
export type ComplaintDueDates = z.infer<typeof ComplaintDueDates>;

/**
 * What anyone with the tracking number sees. Built field by field: no reporter, no contact,
 * no village; title, description, place and photos only for a verified, non-confidential
 * report (see `toComplaintPublic`).
 */
export const ComplaintPublic = z.object({
  trackingNumber: ComplaintTrackingNumber,
  kind: ComplaintKind,
  category: ComplaintCategory,
  categoryLabel: z.string(),
  title: z.optional(z.string()),
  description: z.optional(z.string()),
  districtCode: DistrictCode,
  location: z.optional(GeoPoint),
  photoIds: z.optional(z.array(AttachmentId)),
  mediaUrl: z.optional(WebUrl),
  status: ComplaintStatus,
  statusLabel: z.string(),
  /** The OPD handling the report now. */
  opd: z.optional(ComplaintOpdRef),
  rejectionGrounds: z.optional(RejectionGrounds),
  timeline: z.array(ComplaintTimelineEntry),
  dueDates: ComplaintDueDates,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ComplaintPublic = z.infer<typeof ComplaintPublic>;

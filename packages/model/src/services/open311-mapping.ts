import {
  issueMessage,
  type Language,
  type LocalizedText,
  type ParseResult,
} from '../common/i18n.js';
import type { ProblemDetails } from '../common/problem.js';
import { parseRegionCode, timeZoneOf } from '../common/region.js';
import {
  COMPLAINT_CATEGORY_LABELS,
  ComplaintCategory,
  ComplaintCreate,
  type ComplaintPrivacy,
  type ComplaintPublic,
  type ComplaintStatus,
} from './complaint.js';
import { FOLLOW_UP_WORKING_DAYS, VERIFICATION_WORKING_DAYS } from './complaint-lifecycle.js';
import type {
  Open311Errors,
  Open311PostRequest,
  Open311Service,
  Open311ServiceRequest,
} from './open311.js';

/** Open311 `group` of each complaint category, and search words. */
const CATEGORY_SERVICE: Readonly<
  Record<ComplaintCategory, { readonly group: string; readonly keywords: string }>
> = {
  'infrastruktur-jalan': {
    group: 'infrastruktur',
    keywords: 'jalan rusak, jalan berlubang, jembatan, trotoar',
  },
  'penerangan-jalan': { group: 'infrastruktur', keywords: 'lampu jalan, PJU, lampu mati' },
  'drainase-banjir': { group: 'infrastruktur', keywords: 'selokan, saluran air, genangan, banjir' },
  kebersihan: { group: 'lingkungan', keywords: 'sampah, TPS, kebersihan, bau' },
  'air-bersih': { group: 'lingkungan', keywords: 'PDAM, air mati, air keruh, sumur' },
  'layanan-kesehatan': {
    group: 'layanan-publik',
    keywords: 'puskesmas, rumah sakit, BPJS, posyandu',
  },
  pendidikan: { group: 'layanan-publik', keywords: 'sekolah, guru, PPDB, beasiswa' },
  'administrasi-kependudukan': { group: 'layanan-publik', keywords: 'KTP, KK, akta, dukcapil' },
  perizinan: { group: 'layanan-publik', keywords: 'izin, NIB, PBG, OSS' },
  'bantuan-sosial': { group: 'layanan-publik', keywords: 'bansos, PKH, BLT, DTKS' },
  'ketertiban-umum': { group: 'ketertiban', keywords: 'PKL, parkir liar, kebisingan, satpol PP' },
  lainnya: { group: 'lainnya', keywords: 'lain-lain' },
};

/**
 * A complaint category as an Open311 service: the category slug is the `service_code`, its
 * label the `service_name`. No attributes (`metadata: false`); reports get their id at once
 * (`realtime`).
 */
export function complaintCategoryToOpen311Service(
  category: ComplaintCategory,
  lang: Language = 'id',
): Open311Service {
  const { group, keywords } = CATEGORY_SERVICE[category];
  return {
    service_code: category,
    service_name: COMPLAINT_CATEGORY_LABELS[category][lang],
    metadata: false,
    type: 'realtime',
    keywords,
    group,
  };
}

/** `GET services` of a Cerdas server: every complaint category. */
export function open311ServiceList(lang: Language = 'id'): Open311Service[] {
  return ComplaintCategory.options.map((category) =>
    complaintCategoryToOpen311Service(category, lang),
  );
}

/** The category an Open311 `service_code` names (case and spaces forgiven), if any. */
export function open311ServiceCodeToComplaintCategory(
  serviceCode: string,
): ComplaintCategory | undefined {
  const result = ComplaintCategory.safeParse(serviceCode.trim().toLowerCase());
  return result.success ? result.data : undefined;
}

/**
 * Open311 has only open and closed: a report is closed once the agency has finished with it
 * (resolved, closed) or it was not processed (rejected), as FixMyStreet collapses its states.
 */
export function open311Status(status: ComplaintStatus): 'open' | 'closed' {
  return status === 'resolved' || status === 'closed' || status === 'rejected' ? 'closed' : 'open';
}

const SERVICE_NOTICE: LocalizedText = {
  id: `Laporan diverifikasi paling lambat ${VERIFICATION_WORKING_DAYS} hari kerja dan ditindaklanjuti OPD paling lambat ${FOLLOW_UP_WORKING_DAYS} hari kerja setelah diteruskan.`,
  en: `Reports are verified within ${VERIFICATION_WORKING_DAYS} working days and followed up by the agency within ${FOLLOW_UP_WORKING_DAYS} working days of being forwarded.`,
};

function offsetOf(regionCode: string): string {
  const zone = timeZoneOf(regionCode);
  const minutes = zone.ok ? zone.value.utcOffsetMinutes : 420;
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0');
  return `+${hours}:${String(minutes % 60).padStart(2, '0')}`;
}

export interface Open311RequestOptions {
  readonly lang?: Language;
  /** Public URL of an uploaded photo, for `media_url`. */
  readonly photoUrl?: (photoId: string) => string;
}

/**
 * A report's public view as an Open311 service request. It starts from `ComplaintPublic`,
 * so it cannot carry requester data. `address_id` is the district code; `expected_datetime`
 * is the end of the follow-up (or verification) due day in the region's time zone, and is
 * absent while that date cannot be computed.
 */
export function complaintToOpen311Request(
  complaint: ComplaintPublic,
  options: Open311RequestOptions = {},
): Open311ServiceRequest {
  const lang = options.lang ?? 'id';
  const lastNote = [...complaint.timeline].reverse().find((e) => e.note !== undefined)?.note;
  const due = complaint.dueDates.followUp ?? complaint.dueDates.verification;
  const photo = complaint.photoIds?.[0];
  const mediaUrl =
    complaint.mediaUrl ??
    (photo !== undefined && options.photoUrl ? options.photoUrl(photo) : undefined);
  const request: Open311ServiceRequest = {
    service_request_id: complaint.trackingNumber,
    status: open311Status(complaint.status),
    service_name: complaint.categoryLabel,
    service_code: complaint.category,
    service_notice: SERVICE_NOTICE[lang],
    requested_datetime: complaint.createdAt,
    updated_datetime: complaint.updatedAt,
    address_id: complaint.districtCode,
  };
  if (lastNote !== undefined) request.status_notes = lastNote;
  if (complaint.description !== undefined) request.description = complaint.description;
  if (complaint.opd) request.agency_responsible = complaint.opd.name;
  if (due.kind === 'date' && complaint.status !== 'rejected') {
    request.expected_datetime = `${due.date}T23:59:59${offsetOf(complaint.districtCode)}`;
  }
  if (complaint.location) {
    request.lat = complaint.location.lat;
    request.long = complaint.location.lng;
  }
  if (mediaUrl !== undefined) request.media_url = mediaUrl;
  return request;
}

export interface Open311IntakeOptions {
  /**
   * Where the report is when `address_id` is not a Kemendagri district or village code:
   * e.g. found from `lat`/`long` with region boundaries. Without it such posts are refused.
   */
  readonly regionCode?: (post: Open311PostRequest) => string | undefined;
  /**
   * Privacy of a report that names its requester; `public` by default, since Open311 clients
   * expect published reports. A post without requester fields is always `anonymous`.
   */
  readonly privacy?: Exclude<ComplaintPrivacy, 'anonymous'>;
}

const TITLE_MAX = 150;

/** The first line of the description, cut at a word boundary to fit a title. */
function titleFrom(description: string): string {
  const line = description.trim().split(/\r?\n/, 1)[0]?.trim() ?? '';
  if (line.length <= TITLE_MAX) return line;
  const cut = line.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function isComplaintRegion(code: string | undefined): code is string {
  if (code === undefined) return false;
  const parsed = parseRegionCode(code);
  return parsed.ok && (parsed.value.level === 'district' || parsed.value.level === 'village');
}

const REASONS = {
  service: {
    id: 'service_code tidak dikenal: gunakan salah satu kode dari GET services',
    en: 'Unknown service_code: use one of the codes from GET services',
  },
  region: {
    id: 'lokasi laporan tidak dapat ditentukan: kirim address_id berupa kode kecamatan atau desa (mis. 35.14.01)',
    en: 'The location cannot be placed: send address_id as a district or village code (e.g. 35.14.01)',
  },
  description: {
    id: 'description wajib diisi',
    en: 'description is required',
  },
} as const satisfies Record<string, LocalizedText>;

/**
 * An Open311 `POST requests` as the body of a new report. The requester fields (first and
 * last name, phone, email) become the reporter, personal data; `device_id`, `account_id`
 * and the attributes are not kept. The result passes {@link ComplaintCreate}, so phones are
 * normalised and every limit holds; otherwise the reason names the field.
 */
export function open311PostToComplaintCreate(
  post: Open311PostRequest,
  options: Open311IntakeOptions = {},
): ParseResult<ComplaintCreate> {
  const category = open311ServiceCodeToComplaintCategory(post.service_code);
  if (!category) return { ok: false, reason: REASONS.service };
  const addressId = post.address_id?.trim();
  const regionCode = isComplaintRegion(addressId) ? addressId : options.regionCode?.(post);
  if (!isComplaintRegion(regionCode)) return { ok: false, reason: REASONS.region };
  const description = post.description?.trim();
  if (!description) return { ok: false, reason: REASONS.description };
  const name = [post.first_name, post.last_name]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  const phone = post.phone?.trim();
  const email = post.email?.trim();
  const identified = Boolean(name || phone || email);
  const candidate = {
    kind: 'pengaduan',
    category,
    title: titleFrom(description),
    description,
    regionCode,
    ...(post.lat !== undefined &&
      post.long !== undefined && {
        location: { lat: post.lat, lng: post.long },
      }),
    ...(post.address_string?.trim() && { locationDescription: post.address_string.trim() }),
    ...(post.media_url && { mediaUrl: post.media_url }),
    privacy: identified ? (options.privacy ?? 'public') : 'anonymous',
    ...(identified && {
      reporter: {
        ...(name && { name }),
        ...(phone && { phone }),
        ...(email && { email }),
      },
    }),
  };
  const result = ComplaintCreate.safeParse(candidate);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return {
    ok: false,
    reason: issue
      ? { id: issueMessage(issue, 'id'), en: issueMessage(issue, 'en') }
      : { id: 'laporan tidak valid', en: 'the report is invalid' },
  };
}

/** An RFC 9457 problem as an Open311 error body: the status, then one error per field. */
export function problemToOpen311Errors(problem: ProblemDetails): Open311Errors {
  const head = { code: problem.status, description: problem.detail ?? problem.title };
  return [
    head,
    ...(problem.errors ?? []).map((e) => ({ code: problem.status, description: e.message })),
  ];
}

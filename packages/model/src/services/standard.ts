import * as z from 'zod/mini';
import { GeoPoint } from '../common/geo.js';
import { type Language, type LocalizedText, localized } from '../common/i18n.js';
import { PageQuery } from '../common/page.js';
import { PhoneNumber } from '../common/phone.js';
import { RegionCode } from '../common/region.js';
import { formatRupiah, Rupiah } from '../common/rupiah.js';
import { LocalDate, Timestamp } from '../common/time.js';
import { OpdId, ServiceStandardId, text, WebUrl } from './shared.js';

/** Kinds of public service in the catalogue, for browsing and filtering. */
export const ServiceCategory = z.enum([
  'administrasi-kependudukan',
  'perizinan',
  'kesehatan',
  'pendidikan',
  'sosial',
  'ketenagakerjaan',
  'pertanahan',
  'pajak-retribusi',
  'lingkungan-hidup',
  'pekerjaan-umum',
  'perhubungan',
  'lainnya',
]);
export type ServiceCategory = z.infer<typeof ServiceCategory>;

export const SERVICE_CATEGORY_LABELS: Readonly<Record<ServiceCategory, LocalizedText>> = {
  'administrasi-kependudukan': { id: 'Administrasi kependudukan', en: 'Civil registration' },
  perizinan: { id: 'Perizinan', en: 'Permits and licences' },
  kesehatan: { id: 'Kesehatan', en: 'Health' },
  pendidikan: { id: 'Pendidikan', en: 'Education' },
  sosial: { id: 'Sosial', en: 'Social affairs' },
  ketenagakerjaan: { id: 'Ketenagakerjaan', en: 'Employment' },
  pertanahan: { id: 'Pertanahan', en: 'Land' },
  'pajak-retribusi': { id: 'Pajak dan retribusi daerah', en: 'Local taxes and charges' },
  'lingkungan-hidup': { id: 'Lingkungan hidup', en: 'Environment' },
  'pekerjaan-umum': { id: 'Pekerjaan umum', en: 'Public works' },
  perhubungan: { id: 'Perhubungan', en: 'Transport' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

/** Whether a service is offered now (Open Referral HSDS 3.0 `service.status`). */
export const ServiceStatus = z.enum(['active', 'inactive', 'temporarily-closed', 'defunct']);
export type ServiceStatus = z.infer<typeof ServiceStatus>;

/** Documents that requirements commonly ask for. */
export const DocumentKind = z.enum([
  'ktp-el',
  'kartu-keluarga',
  'akta-kelahiran',
  'akta-perkawinan',
  'surat-pengantar-rt-rw',
  'surat-pengantar-desa',
  'surat-keterangan',
  'pas-foto',
  'npwp',
  'nib',
  'bukti-kepemilikan-tanah',
  'surat-kuasa',
  'formulir',
  'lainnya',
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

const SLUG = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** One requirement (persyaratan; UU 25/2009 Pasal 21 huruf a). */
export const ServiceRequirement = z.object({
  /** Stable key that answers and attachments of a request refer to, e.g. `ktp`. */
  key: z.string().check(z.regex(SLUG)),
  description: text(500),
  /** The document to show or upload, when the requirement is a document. */
  documentKind: z.optional(DocumentKind),
  /** A request lacking a required item is incomplete. */
  required: z.boolean(),
});
export type ServiceRequirement = z.infer<typeof ServiceRequirement>;

/** One step of sistem, mekanisme dan prosedur (UU 25/2009 Pasal 21 huruf b), in order. */
export const ProcedureStep = z.object({
  title: text(200),
  description: z.optional(text(1000)),
  /** Who acts in this step: the applicant or an officer. */
  performer: z.optional(z.enum(['applicant', 'officer'])),
});
export type ProcedureStep = z.infer<typeof ProcedureStep>;

/**
 * Biaya/tarif (UU 25/2009 Pasal 21 huruf d): free, a fixed amount, or a description; any
 * charge needs its legal basis (UU 25/2009 Pasal 31: set by peraturan perundang-undangan).
 */
export const ServiceFee = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('free') }),
  z.object({
    kind: z.literal('fixed'),
    amount: Rupiah.check(z.minimum(1)),
    legalBasis: text(300),
  }),
  z.object({
    kind: z.literal('variable'),
    description: text(1000),
    legalBasis: text(300),
  }),
]);
export type ServiceFee = z.infer<typeof ServiceFee>;

/** Produk pelayanan (UU 25/2009 Pasal 21 huruf e), e.g. "Kartu Keluarga". */
export const ServiceProduct = z.object({
  name: text(200),
  description: z.optional(text(1000)),
});
export type ServiceProduct = z.infer<typeof ServiceProduct>;

/**
 * Where complaints, suggestions and input about the service go (penanganan pengaduan, saran
 * dan masukan; UU 25/2009 Pasal 21 huruf f). Office contacts, not personal data.
 */
export const ComplaintChannel = z.discriminatedUnion('kind', [
  /** SP4N-LAPOR! (Perpres 76/2013): lapor.go.id, SMS 1708. */
  z.object({ kind: z.literal('sp4n-lapor'), value: z.optional(WebUrl) }),
  z.object({ kind: z.literal('phone'), value: PhoneNumber }),
  z.object({ kind: z.literal('sms'), value: PhoneNumber }),
  z.object({ kind: z.literal('whatsapp'), value: PhoneNumber }),
  z.object({ kind: z.literal('email'), value: z.email().check(z.maxLength(254)) }),
  z.object({ kind: z.literal('web'), value: WebUrl }),
  z.object({ kind: z.literal('counter'), value: text(200) }),
  z.object({ kind: z.literal('suggestion-box'), value: z.optional(text(200)) }),
]);
export type ComplaintChannel = z.infer<typeof ComplaintChannel>;

export const ComplaintHandling = z.object({
  description: z.optional(text(2000)),
  channels: z.array(ComplaintChannel).check(z.minLength(1), z.maxLength(10)),
});
export type ComplaintHandling = z.infer<typeof ComplaintHandling>;

export const ServiceWeekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type ServiceWeekday = z.infer<typeof ServiceWeekday>;

const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** Opening hours on some weekdays, local time of the office: `08:00`–`15:30`. */
export const ServiceOpeningHours = z
  .object({
    days: z.array(ServiceWeekday).check(
      z.minLength(1),
      z.maxLength(7),
      z.refine(
        (days: readonly string[]) => new Set(days).size === days.length,
        localized('hari tidak boleh berulang', 'days must not repeat'),
      ),
    ),
    opens: z.string().check(z.regex(CLOCK, localized('jam HH:MM', 'time HH:MM'))),
    closes: z.string().check(z.regex(CLOCK, localized('jam HH:MM', 'time HH:MM'))),
  })
  .check(
    z.refine((hours) => hours.opens < hours.closes, {
      ...localized('jam tutup harus setelah jam buka', 'closing time must be after opening time'),
      path: ['closes'],
      when: (payload) => payload.issues.length === 0,
    }),
  );
export type ServiceOpeningHours = z.infer<typeof ServiceOpeningHours>;

const Hours = z.array(ServiceOpeningHours).check(z.maxLength(14));

/**
 * Where the service is delivered: online, at a Mal Pelayanan Publik counter (Perpres
 * 89/2021) or at the office. `street` is an office's street, never a person's address.
 */
export const ServiceChannel = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('online'), url: WebUrl, name: z.optional(text(200)) }),
  z.object({
    kind: z.literal('mpp'),
    /** e.g. "Mal Pelayanan Publik Kabupaten Pasuruan". */
    name: text(200),
    /** e.g. "Loket 12". */
    counter: z.optional(text(100)),
    street: z.optional(text(300)),
    regionCode: z.optional(RegionCode),
    point: z.optional(GeoPoint),
    hours: Hours,
  }),
  z.object({
    kind: z.literal('office'),
    name: text(200),
    street: text(300),
    regionCode: z.optional(RegionCode),
    point: z.optional(GeoPoint),
    hours: Hours,
  }),
]);
export type ServiceChannel = z.infer<typeof ServiceChannel>;
export type ServiceChannelKind = ServiceChannel['kind'];

/**
 * The eight management components of a standard (UU 25/2009 Pasal 21 huruf g–n;
 * PermenPANRB 15/2014 calls them the "manufacturing" side). All optional.
 */
export const ServiceManagement = z.object({
  /** Dasar hukum: the acts the service rests on. */
  legalBasis: z.optional(z.array(text(300)).check(z.maxLength(30))),
  /** Sarana, prasarana dan/atau fasilitas. */
  facilities: z.optional(text(2000)),
  /** Kompetensi pelaksana. */
  staffCompetency: z.optional(text(2000)),
  /** Pengawasan internal. */
  internalSupervision: z.optional(text(2000)),
  /** Jumlah pelaksana. */
  staffCount: z.optional(z.int().check(z.minimum(0), z.maximum(100_000))),
  /** Jaminan pelayanan. */
  serviceGuarantee: z.optional(text(2000)),
  /** Jaminan keamanan dan keselamatan pelayanan. */
  securityAssurance: z.optional(text(2000)),
  /** Evaluasi kinerja pelaksana. */
  performanceEvaluation: z.optional(text(2000)),
});
export type ServiceManagement = z.infer<typeof ServiceManagement>;

/** The decree of the head of the OPD that sets the standard (PermenPANRB 15/2014). */
export const StandardDecree = z.object({ number: text(120), date: LocalDate });
export type StandardDecree = z.infer<typeof StandardDecree>;

/** Jangka waktu in working days: 0 = same day, at most a year of working days. */
export const CompletionDays = z.int().check(z.minimum(0), z.maximum(365));

const keywords = z.array(text(50)).check(z.maxLength(20));

const standardFields = {
  /** Internal code of the service (e.g. its SIPPN number). */
  code: z.optional(text(32)),
  name: text(200),
  description: z.optional(text(2000)),
  /** The responsible perangkat daerah. */
  opdId: OpdId,
  category: ServiceCategory,
  keywords,
  status: ServiceStatus,
  /** Persyaratan (huruf a). */
  requirements: z.array(ServiceRequirement).check(z.maxLength(50)),
  /** Sistem, mekanisme dan prosedur (huruf b), in order. */
  procedure: z.array(ProcedureStep).check(z.minLength(1), z.maxLength(50)),
  /** Jangka waktu penyelesaian (huruf c), in working days. */
  completionDays: CompletionDays,
  /** Biaya/tarif (huruf d). */
  fee: ServiceFee,
  /** Produk pelayanan (huruf e). */
  product: ServiceProduct,
  /** Penanganan pengaduan, saran dan masukan (huruf f). */
  complaintHandling: ComplaintHandling,
  channels: z.array(ServiceChannel).check(z.minLength(1), z.maxLength(10)),
  management: z.optional(ServiceManagement),
  decree: z.optional(StandardDecree),
};

const UNIQUE_KEYS = localized(
  'kunci persyaratan tidak boleh berulang',
  'requirement keys must be unique',
);

function uniqueRequirementKeys(value: { requirements?: readonly { key: string }[] }): boolean {
  const keys = (value.requirements ?? []).map((r) => r.key);
  return new Set(keys).size === keys.length;
}

/**
 * A standar pelayanan (UU 25/2009 Pasal 21; PermenPANRB 15/2014): the six published
 * components, the eight management ones, channels and catalogue data. Holds no personal
 * data, so the same shape serves the public catalogue and staff.
 */
export const ServiceStandard = z
  .object({
    id: ServiceStandardId,
    ...standardFields,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .check(z.refine(uniqueRequirementKeys, { ...UNIQUE_KEYS, path: ['requirements'] }));
export type ServiceStandard = z.infer<typeof ServiceStandard>;

/** Body of creating a standard (admin or the OPD's staff); the server sets id and times. */
export const ServiceStandardCreate = z
  .object({
    ...standardFields,
    keywords: z._default(keywords, []),
    status: z._default(ServiceStatus, 'active'),
    requirements: z._default(standardFields.requirements, []),
  })
  .check(z.refine(uniqueRequirementKeys, { ...UNIQUE_KEYS, path: ['requirements'] }));
export type ServiceStandardCreate = z.infer<typeof ServiceStandardCreate>;

/** Body of changing a standard: any subset of the fields, at least one. */
export const ServiceStandardUpdate = z.partial(z.object(standardFields)).check(
  z.refine(
    (value: object) => Object.keys(value).length > 0,
    localized('tidak ada perubahan yang dikirim', 'no change was sent'),
  ),
  z.refine(uniqueRequirementKeys, { ...UNIQUE_KEYS, path: ['requirements'] }),
);
export type ServiceStandardUpdate = z.infer<typeof ServiceStandardUpdate>;

/** `GET` the catalogue: `?text=&opd=&category=&channel=&status=&cursor=&limit=`. */
export const ServiceStandardQuery = z.extend(PageQuery, {
  /** Words to find in name, description and keywords. */
  text: z.optional(text(100)),
  opd: z.optional(OpdId),
  category: z.optional(ServiceCategory),
  channel: z.optional(z.enum(['online', 'mpp', 'office'])),
  status: z.optional(ServiceStatus),
});
export type ServiceStandardQuery = z.infer<typeof ServiceStandardQuery>;

/** The fee as people read it: `Gratis`, `Rp 50.000`, or the fee's own description. */
export function formatServiceFee(fee: ServiceFee, lang: Language = 'id'): string {
  switch (fee.kind) {
    case 'free':
      return lang === 'id' ? 'Gratis' : 'Free of charge';
    case 'fixed':
      return formatRupiah(fee.amount, { lang });
    case 'variable':
      return fee.description;
  }
}

/** Whether the standard takes new requests: only an `active` service does (HSDS status). */
export function acceptsRequests(standard: Pick<ServiceStandard, 'status'>): boolean {
  return standard.status === 'active';
}

/**
 * Valid records for the storage contract, built from the model's fixtures and parsed with the
 * model's schemas (a record that does not parse fails the import, not a test later). The data
 * is chosen to separate the filters: offsets that sort differently as text and as instants,
 * names that sort differently by code point and by a locale, halal certificates in force in
 * separate periods, codes with LIKE wildcards (`_`) in them.
 */
import {
  Business,
  Complaint,
  IkmResponse,
  Opd,
  PlanningSchedule,
  ProductPublic,
  Proposal,
  ServiceRequest,
  ServiceStandard,
  StaffToken,
  WorkPlanEntry,
} from '@cerdas/model';
import * as z from 'zod/mini';
import {
  ACTORS,
  GERBO,
  PURWODADI,
  TUTUR,
  TUTUR_VILLAGE,
} from '../../../model/src/planning/test-fixtures.js';
import { complaint, KK_STANDARD, serviceRequest } from '../../../model/src/services/fixtures.js';
import { product, staffBusiness } from '../../../model/src/umkm/test-fixtures.js';
import type { UploadRecord } from '../../src/storage/types.js';

function parse<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  return z.parse(schema, value);
}

// ── UMKM ───────────────────────────────────────────────────────────────────────────────────

/** The day the catalog's halal filter is judged on, unless a test says otherwise. */
export const TODAY = '2026-06-01';

export function business(overrides: Partial<Business>): Business {
  return parse(Business, staffBusiness(overrides));
}

const location = (villageCode: string) => ({ villageCode, showStreet: false });
const pending = { status: 'pending' as const };

export const BUSINESSES: readonly Business[] = [
  // KBLI 2020 C, halal without an end date, created 01:00Z.
  business({}),
  business({
    id: 'kopi-arjuno',
    name: 'Kopi Bubuk Arjuno',
    description: 'Kopi robusta sangrai dari lereng Arjuno.',
    kbli: { version: '2020', codes: ['56301'] },
    scale: 'kecil',
    location: location('35.14.02.2001'),
    certifications: [{ kind: 'halal', number: 'ID35110000000000001', validUntil: '2025-12-31' }],
    createdAt: '2026-01-01T20:00:00Z',
  }),
  // As text `…T03:00:00Z` sorts before `…T07:00:00+07:00`; as instants it is later.
  business({
    id: 'kopi_sumber',
    name: 'Kopi-Bubuk Sumber',
    description: 'Bubuk kopi arabika.',
    kbli: { version: '2025', codes: ['10761'] },
    scale: 'menengah',
    location: location('35.14.01.2002'),
    certifications: [{ kind: 'halal', number: 'ID35110000000000002', issuedOn: '2027-01-01' }],
    verification: pending,
    createdAt: '2026-01-02T03:00:00Z',
  }),
  business({
    id: 'batik-gerbo',
    name: 'batik Tulis Gerbo',
    description: 'Kain batik tulis motif bunga, 100% katun.',
    kbli: undefined,
    certifications: [],
    createdAt: '2026-01-02T07:00:00+07:00',
  }),
  // Halal in force 2020–2022 and again from July 2026: not on TODAY.
  business({
    id: 'sambal-mak-ti',
    name: 'Sambal Bawang Mak Ti',
    description: 'Sambal bawang pedas tanpa pengawet.',
    kbli: { version: '2020', codes: ['10799'] },
    scale: 'kecil',
    location: location('35.14.02.2002'),
    certifications: [
      {
        kind: 'halal',
        number: 'ID35110000000000003',
        issuedOn: '2020-01-01',
        validUntil: '2022-12-31',
      },
      { kind: 'halal', number: 'ID35110000000000004', issuedOn: '2026-07-01' },
    ],
    createdAt: '2026-02-01T09:00:00+07:00',
  }),
  business({
    id: 'kripik-pisang',
    name: 'Kripik Pisang Bu Siti',
    description: 'Kripik pisang manis.',
    kbli: { version: '2020', codes: ['10794'] },
    verification: { status: 'suspended', reason: 'Alamat tidak ditemukan' },
    createdAt: '2026-02-02T09:00:00+07:00',
  }),
  business({
    id: 'warung-tutur',
    name: 'Warung Kopi Tutur',
    description: 'Warung makan dan minum di Tutur.',
    kbli: { version: '2020', codes: ['56101', '56303'] },
    location: location('35.14.02.2001'),
    certifications: [],
    verification: pending,
    createdAt: '2026-02-03T09:00:00+07:00',
  }),
  // A second branch with the same name: the id breaks the tie, and `-` sorts before `_` by
  // code point (an ICU collation puts `_` first).
  business({
    id: 'warung_tutur',
    name: 'Warung Kopi Tutur',
    description: 'Cabang kedua di pasar Tutur.',
    kbli: { version: '2020', codes: ['56101'] },
    location: location('35.14.02.2001'),
    certifications: [],
    createdAt: '2026-02-03T09:00:00+07:00',
  }),
  business({
    id: 'kopiah-ikhlas',
    name: 'Kopiah Ikhlas',
    description: 'Peci rajut dan kopiah songkok.',
    kbli: { version: '2020', codes: ['14111'] },
    certifications: [],
    createdAt: '2026-02-03T02:00:00Z',
  }),
];

export function productOf(businessId: string, overrides: Partial<ProductPublic>): ProductPublic {
  return parse(ProductPublic, product({ businessId, ...overrides }));
}

export const PRODUCTS: readonly ProductPublic[] = [
  productOf('keripik-bu-siti', {}),
  productOf('keripik-bu-siti', {
    id: 'paket-hampers',
    name: 'Paket Hampers Kopi dan Keripik',
    createdAt: '2026-01-03T08:00:00+07:00',
  }),
  productOf('kopi-arjuno', { id: 'kopi-200g', name: 'Kopi Bubuk 200 g', price: null }),
];

// ── Planning ───────────────────────────────────────────────────────────────────────────────

export function opd(value: Opd): Opd {
  return parse(Opd, value);
}

export const OPDS: readonly Opd[] = [
  opd({
    id: 'dpupr',
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    shortName: 'DPUPR',
    kind: 'dinas',
    bidang: ['1.03'],
  }),
  opd({
    id: 'diskopum',
    name: 'Dinas Koperasi dan Usaha Mikro',
    shortName: 'Diskopum',
    kind: 'dinas',
    bidang: ['2.17', '3.30'],
  }),
  opd({
    id: 'bappeda',
    name: 'Badan Perencanaan Pembangunan Daerah',
    shortName: 'Bappeda',
    kind: 'badan',
    bidang: ['5.01'],
  }),
  opd({
    id: 'kec_purwodadi',
    name: 'Kecamatan Purwodadi',
    shortName: 'Kec. Purwodadi',
    kind: 'kecamatan',
    districtCode: PURWODADI,
    bidang: ['1.05'],
  }),
  opd({
    id: 'dinkes',
    name: 'Dinas Kesehatan',
    shortName: 'Dinkes',
    kind: 'dinas',
    bidang: ['1.02'],
  }),
];

export function proposal(overrides: Partial<Proposal> & Pick<Proposal, 'id'>): Proposal {
  const source = overrides.source ?? 'musrenbang-desa';
  const proposer = {
    'musrenbang-desa': ACTORS.desa,
    'musrenbang-kecamatan': ACTORS.kecamatan,
    opd: ACTORS.opd,
    pokir: ACTORS.bappeda,
  }[source];
  return parse(Proposal, {
    source,
    fiscalYear: 2027,
    regionCode: GERBO,
    bidangUrusan: '1.03',
    title: 'Pengaspalan jalan dusun Krajan',
    problem: 'Jalan dusun sepanjang 1,2 km rusak dan tergenang saat hujan.',
    volume: 1.2,
    unit: 'km',
    estimatedCost: 600_000_000,
    priority: 1,
    photos: [],
    proposer,
    status: 'draft',
    history: [],
    createdAt: '2026-01-05T08:00:00+07:00',
    updatedAt: '2026-01-05T08:00:00+07:00',
    ...overrides,
  });
}

export const PROPOSALS: readonly Proposal[] = [
  proposal({ id: 'usl-1' }),
  proposal({
    id: 'usl-2',
    regionCode: '35.14.01.2002',
    status: 'submitted',
    title: 'Perbaikan saluran irigasi',
    problem: 'Saluran irigasi tersier jebol, sawah kekeringan.',
    createdAt: '2026-01-06T08:00:00+07:00',
  }),
  proposal({
    id: 'usl-3',
    source: 'musrenbang-kecamatan',
    regionCode: PURWODADI,
    bidangUrusan: '2.17',
    status: 'verified-kecamatan',
    title: 'Pelatihan pemasaran daring UMKM keripik',
    problem: 'Pelaku UMKM keripik belum bisa berjualan daring.',
    createdAt: '2026-02-10T09:00:00+07:00',
  }),
  proposal({
    id: 'usl-4',
    source: 'opd',
    regionCode: TUTUR,
    status: 'rejected',
    title: 'Jalan tembus Tutur',
    createdAt: '2026-03-02T09:00:00+07:00',
  }),
  proposal({
    id: 'usl_5',
    source: 'pokir',
    regionCode: TUTUR_VILLAGE,
    bidangUrusan: '3.30',
    status: 'submitted',
    title: 'Bantuan alat produksi koperasi',
    problem: 'Koperasi susu kekurangan alat pendingin.',
    createdAt: '2026-01-15T09:00:00+07:00',
  }),
  proposal({
    id: 'usl-6',
    fiscalYear: 2026,
    status: 'submitted',
    createdAt: '2025-01-15T09:00:00+07:00',
  }),
  proposal({
    id: 'usl-7',
    status: 'accommodated',
    subKegiatan: '1.03.10.2.01.0001',
    pagu: 250_000_000,
    createdAt: '2026-01-05T01:00:00Z',
  }),
];

export function workPlanEntry(
  overrides: Partial<WorkPlanEntry> & Pick<WorkPlanEntry, 'id'>,
): WorkPlanEntry {
  return parse(WorkPlanEntry, {
    fiscalYear: 2027,
    subKegiatan: '1.03.10.2.01.0001',
    subKegiatanName: 'Rehabilitasi jalan',
    opdId: 'dpupr',
    locations: [],
    indicators: [
      { description: 'Panjang jalan direhabilitasi', unit: 'km', target: { '2027': 2 } },
    ],
    pagu: 500_000_000,
    fundingSource: 'dau',
    proposalIds: [],
    createdAt: '2026-05-01T08:00:00+07:00',
    updatedAt: '2026-05-01T08:00:00+07:00',
    ...overrides,
  });
}

export const WORK_PLAN: readonly WorkPlanEntry[] = [
  workPlanEntry({ id: 'rkpd-1', locations: [GERBO, TUTUR], proposalIds: ['usl-1'] }),
  workPlanEntry({
    id: 'rkpd-2',
    subKegiatan: '1.03.10.2.01.0002',
    locations: ['35.14'],
    fundingSource: 'pad',
  }),
  workPlanEntry({
    id: 'rkpd-3',
    subKegiatan: '2.17.03.2.01.0001',
    opdId: 'diskopum',
    locations: [PURWODADI],
    fundingSource: 'dak-nonfisik',
    proposalIds: ['usl-3', 'usl_5'],
  }),
  workPlanEntry({ id: 'rkpd-4', fiscalYear: 2026, fundingSource: 'pad' }),
  workPlanEntry({
    id: 'rkpd-5',
    subKegiatan: '2.17.03.2.01.0002',
    opdId: 'diskopum',
    locations: [TUTUR_VILLAGE, '35.14.03'],
  }),
  workPlanEntry({ id: 'rkpd-0', subKegiatan: '1.03.10.2.01.0003', locations: ['35.14.10'] }),
];

export const SCHEDULE = parse(PlanningSchedule, {
  year: 2027,
  phases: [
    { stage: 'musrenbang-desa', year: 2027, opensOn: '2026-01-01', closesOn: '2026-01-31' },
    { stage: 'musrenbang-kecamatan', year: 2027, opensOn: '2026-02-01', closesOn: '2026-02-28' },
    { stage: 'forum-perangkat-daerah', year: 2027, opensOn: '2026-02-15', closesOn: '2026-03-15' },
    { stage: 'musrenbang-kabupaten', year: 2027, opensOn: '2026-03-16', closesOn: '2026-03-31' },
    { stage: 'penetapan-rkpd', year: 2027, opensOn: '2026-04-01', closesOn: '2026-05-31' },
  ],
  pokirDueOn: '2026-03-09',
});

// ── Public services ────────────────────────────────────────────────────────────────────────

export function standard(overrides: Partial<ServiceStandard>): ServiceStandard {
  return parse(ServiceStandard, { ...KK_STANDARD, ...overrides });
}

type Channel = ServiceStandard['channels'][number];
const online: Channel = { kind: 'online', url: 'https://layanan.pasuruankab.go.id' };
const office: Channel = {
  kind: 'office',
  name: 'Kantor Dinas',
  street: 'Jl. Raya Raci, Bangil',
  hours: [],
};
const mpp: Channel = { kind: 'mpp', name: 'Mal Pelayanan Publik Kabupaten Pasuruan', hours: [] };

export const STANDARDS: readonly ServiceStandard[] = [
  standard({}),
  standard({
    id: 'akta-lahir',
    code: 'DUK-02',
    name: 'Penerbitan Akta Kelahiran',
    description: 'Akta kelahiran untuk anak yang baru lahir.',
    keywords: ['akta'],
    channels: [office],
  }),
  standard({
    id: 'izin_usaha',
    name: 'Izin Usaha Mikro',
    description: 'Izin usaha mikro dan kecil melalui OSS.',
    opdId: 'dpmptsp',
    category: 'perizinan',
    keywords: [],
    status: 'temporarily-closed',
    channels: [online],
  }),
  standard({
    id: 'surat-sehat',
    name: 'Surat Keterangan Sehat',
    description: undefined,
    opdId: 'dinkes',
    category: 'kesehatan',
    keywords: ['surat sehat', 'SKS'],
    status: 'inactive',
    channels: [mpp],
  }),
];

export function request(overrides: Partial<ServiceRequest>): ServiceRequest {
  return parse(ServiceRequest, serviceRequest(overrides));
}

export const REQUESTS: readonly ServiceRequest[] = [
  request({ id: 'req-1', trackingNumber: 'LYN-3514-2026-000001' }),
  // 20:00Z on the 16th is 03:00 on the 17th in Pasuruan (WIB).
  request({
    id: 'req-2',
    trackingNumber: 'LYN-3514-2026-000002',
    serviceId: 'akta-lahir',
    status: 'verified',
    createdAt: '2026-03-16T20:00:00Z',
  }),
  request({
    id: 'req-3',
    trackingNumber: 'LYN-3514-2026-000003',
    serviceId: 'surat-sehat',
    opdId: 'dinkes',
    status: 'completed',
    createdAt: '2026-03-17T23:30:00+07:00',
  }),
  request({
    id: 'req_4',
    trackingNumber: 'LYN-3514-2026-000004',
    createdAt: '2026-03-15T16:59:59Z',
  }),
  // Kota Makassar (73.71) is in WITA: 16:30Z on the 16th is 00:30 on the 17th there.
  request({
    id: 'req-5',
    trackingNumber: 'LYN-7371-2026-000001',
    createdAt: '2026-03-16T16:30:00Z',
  }),
];

export function complaintRecord(overrides: Partial<Complaint>): Complaint {
  return parse(Complaint, complaint(overrides));
}

export const COMPLAINTS: readonly Complaint[] = [
  complaintRecord({ id: 'adu-1', trackingNumber: 'ADU-3514-2026-000001' }),
  complaintRecord({
    id: 'adu-2',
    trackingNumber: 'ADU-3514-2026-000002',
    kind: 'aspirasi',
    category: 'kebersihan',
    regionCode: '35.14.02',
    status: 'dispatched',
    opdId: 'dlh',
    createdAt: '2026-03-16T20:00:00Z',
  }),
  complaintRecord({
    id: 'adu-3',
    trackingNumber: 'ADU-3514-2026-000003',
    status: 'resolved',
    opdId: 'dpupr',
    privacy: 'anonymous',
    reporter: undefined,
    createdAt: '2026-03-18T07:00:00+07:00',
  }),
  complaintRecord({
    id: 'adu-4',
    trackingNumber: 'ADU-3514-2026-000004',
    kind: 'permintaan-informasi',
    category: 'administrasi-kependudukan',
    regionCode: '35.14.02.2001',
    status: 'in-progress',
    opdId: 'dpupr',
    createdAt: '2026-03-15T16:59:59Z',
  }),
  complaintRecord({
    id: 'adu-5',
    trackingNumber: 'ADU-3514-2026-000005',
    status: 'rejected',
    privacy: 'confidential',
    createdAt: '2026-03-17T01:00:00+07:00',
  }),
  complaintRecord({
    id: 'adu-6',
    trackingNumber: 'ADU-3514-2026-000006',
    status: 'closed',
    opdId: 'dpupr',
    createdAt: '2026-03-19T10:00:00+07:00',
  }),
];

export function ikmResponse(overrides: Partial<IkmResponse> & Pick<IkmResponse, 'id'>) {
  return parse(IkmResponse, {
    serviceId: 'kk-baru',
    opdId: 'dispendukcapil',
    date: '2026-03-16',
    scores: {
      persyaratan: 4,
      prosedur: 3,
      waktu: 3,
      biaya: 4,
      produk: 4,
      kompetensi: 3,
      perilaku: 4,
      sarana: 2,
      pengaduan: 3,
    },
    createdAt: '2026-03-16T10:00:00+07:00',
    ...overrides,
  });
}

export const IKM: readonly IkmResponse[] = [
  ikmResponse({ id: 'ikm-1' }),
  ikmResponse({ id: 'ikm-2', date: '2026-03-17', createdAt: '2026-03-17T09:00:00+07:00' }),
  ikmResponse({
    id: 'ikm-3',
    serviceId: 'surat-sehat',
    opdId: 'dinkes',
    date: '2026-03-18',
    comment: 'Antrean panjang.',
    createdAt: '2026-03-18T09:00:00+07:00',
  }),
  ikmResponse({
    id: 'ikm-4',
    serviceId: 'akta-lahir',
    date: '2026-04-01',
    respondent: { ageBand: '31-40', sex: 'P' },
    createdAt: '2026-04-01T09:00:00+07:00',
  }),
];

// ── Access ─────────────────────────────────────────────────────────────────────────────────

export function token(overrides: Partial<StaffToken> & Pick<StaffToken, 'id'>): StaffToken {
  return parse(StaffToken, {
    role: 'opd',
    label: 'Operator DPUPR',
    opdId: 'dpupr',
    createdAt: '2026-01-05T08:00:00+07:00',
    ...overrides,
  });
}

export function upload(overrides: Partial<UploadRecord> & Pick<UploadRecord, 'id'>): UploadRecord {
  return {
    purpose: 'complaint-photo',
    mime: 'image/webp',
    bytes: 120_000,
    width: 1200,
    height: 800,
    path: `uploads/${overrides.id}.webp`,
    createdAt: '2026-03-16T10:00:00+07:00',
    ...overrides,
  };
}

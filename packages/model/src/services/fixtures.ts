/**
 * Sample records of Kabupaten Pasuruan (35.14) for the tests of this folder. Not exported from
 * the package: every value here is invented (the NIK is a well-formed fake).
 */
import type { Actor } from '../common/roles.js';
import type { Complaint } from './complaint.js';
import type { ServiceRequest } from './request.js';
import type { CitizenActor } from './shared.js';
import type { ServiceStandard } from './standard.js';

export const ADMIN: Actor = { id: 'tok-admin', role: 'admin', name: 'Admin Diskominfo' };
export const DUKCAPIL: Actor = {
  id: 'tok-dukcapil',
  role: 'opd',
  name: 'Operator Dispendukcapil',
  opdId: 'dispendukcapil',
};
export const DPUPR: Actor = {
  id: 'tok-dpupr',
  role: 'opd',
  name: 'Operator DPUPR',
  opdId: 'dpupr',
};
export const DINKES: Actor = {
  id: 'tok-dinkes',
  role: 'opd',
  name: 'Operator Dinkes',
  opdId: 'dinkes',
};
export const BAPPEDA: Actor = { id: 'tok-bappeda', role: 'bappeda' };
export const KECAMATAN: Actor = { id: 'tok-kec', role: 'kecamatan', regionCode: '35.14.01' };
export const DESA: Actor = { id: 'tok-desa', role: 'desa', regionCode: '35.14.01.2001' };
export const CITIZEN: CitizenActor = { role: 'citizen' };

export const KK_STANDARD: ServiceStandard = {
  id: 'kk-baru',
  code: 'DUK-01',
  name: 'Penerbitan Kartu Keluarga baru',
  description: 'Penerbitan KK karena membentuk keluarga baru.',
  opdId: 'dispendukcapil',
  category: 'administrasi-kependudukan',
  keywords: ['KK', 'kartu keluarga'],
  status: 'active',
  requirements: [
    {
      key: 'pengantar-desa',
      description: 'Surat pengantar dari desa/kelurahan',
      documentKind: 'surat-pengantar-desa',
      required: true,
    },
    {
      key: 'akta-perkawinan',
      description: 'Fotokopi buku nikah/akta perkawinan',
      documentKind: 'akta-perkawinan',
      required: true,
    },
    { key: 'catatan', description: 'Keterangan tambahan', required: false },
  ],
  procedure: [
    { title: 'Mengisi formulir F-1.01 dan mengunggah berkas', performer: 'applicant' },
    { title: 'Verifikasi berkas', performer: 'officer' },
    { title: 'Pencetakan KK dan tanda tangan elektronik', performer: 'officer' },
  ],
  completionDays: 3,
  fee: { kind: 'free' },
  product: { name: 'Kartu Keluarga' },
  complaintHandling: {
    channels: [
      { kind: 'sp4n-lapor', value: 'https://www.lapor.go.id' },
      { kind: 'whatsapp', value: '+6281234567890' },
      { kind: 'counter', value: 'Loket pengaduan, lantai 1' },
    ],
  },
  channels: [
    { kind: 'online', url: 'https://dispendukcapil.pasuruankab.go.id/layanan' },
    {
      kind: 'mpp',
      name: 'Mal Pelayanan Publik Kabupaten Pasuruan',
      counter: 'Loket 3',
      street: 'Jl. Raya Raci, Bangil',
      regionCode: '35.14.20',
      hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '15:00' }],
    },
    {
      kind: 'office',
      name: 'Kantor Dispendukcapil',
      street: 'Jl. Raya Raci Km 9, Bangil',
      regionCode: '35.14.20',
      point: { lat: -7.6, lng: 112.78 },
      hours: [
        { days: ['mon', 'tue', 'wed', 'thu'], opens: '07:30', closes: '16:00' },
        { days: ['fri'], opens: '07:30', closes: '11:00' },
      ],
    },
  ],
  management: {
    legalBasis: ['UU 24/2013 tentang Perubahan atas UU 23/2006 tentang Administrasi Kependudukan'],
    staffCount: 6,
  },
  decree: { number: '470/123/424.073/2026', date: '2026-01-05' },
  createdAt: '2026-01-05T08:00:00+07:00',
  updatedAt: '2026-01-05T08:00:00+07:00',
};

export function serviceRequest(overrides: Partial<ServiceRequest> = {}): ServiceRequest {
  return {
    id: 'req-1',
    trackingNumber: 'LYN-3514-2026-000042',
    serviceId: 'kk-baru',
    opdId: 'dispendukcapil',
    completionDays: 3,
    applicant: {
      name: 'Siti Aminah',
      nik: '3514014101900001',
      phone: '+6281234567890',
      email: 'siti@example.com',
      address: { line: 'Dusun Krajan RT 01 RW 02', villageCode: '35.14.01.2001' },
    },
    answers: { catatan: 'Pindah dari Kota Malang' },
    attachments: [
      {
        id: 'att-1',
        requirementKey: 'pengantar-desa',
        documentKind: 'surat-pengantar-desa',
        fileName: 'pengantar-siti.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 120_000,
      },
    ],
    status: 'submitted',
    history: [
      {
        action: 'submit',
        to: 'submitted',
        at: '2026-03-16T09:00:00+07:00',
        actor: { role: 'citizen' },
      },
    ],
    createdAt: '2026-03-16T09:00:00+07:00',
    updatedAt: '2026-03-16T09:00:00+07:00',
    ...overrides,
  };
}

export function complaint(overrides: Partial<Complaint> = {}): Complaint {
  return {
    id: 'adu-1',
    trackingNumber: 'ADU-3514-2026-000123',
    kind: 'pengaduan',
    category: 'infrastruktur-jalan',
    title: 'Jalan berlubang di depan SDN 1 Gerbo',
    description: 'Lubang besar sejak sebulan, membahayakan pengendara motor.',
    regionCode: '35.14.01.2001',
    location: { lat: -7.78, lng: 112.73 },
    locationDescription: 'Depan SDN 1 Gerbo',
    photoIds: ['foto-1'],
    privacy: 'public',
    reporter: { name: 'Budi Santoso', phone: '+6281398765432', email: 'budi@example.com' },
    channel: 'web',
    status: 'received',
    history: [
      {
        action: 'submit',
        to: 'received',
        at: '2026-03-16T10:00:00+07:00',
        actor: { role: 'citizen' },
      },
    ],
    createdAt: '2026-03-16T10:00:00+07:00',
    updatedAt: '2026-03-16T10:00:00+07:00',
    ...overrides,
  };
}

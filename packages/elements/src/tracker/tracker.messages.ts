import type { LocaleTable } from '../base/i18n.js';

const id = {
  regionLabel: 'Lacak pengaduan atau permohonan layanan',
  label: 'Nomor pelacakan',
  hint: 'Tertera pada tanda terima, misalnya ADU-3514-2026-000123 (pengaduan) atau LYN-3514-2026-000123 (permohonan layanan).',
  submit: 'Lacak',
  loading: 'Mencari status…',
  found: (trackingNumber: string, status: string): string => `Status ${trackingNumber}: ${status}.`,
  notFound: (trackingNumber: string): string =>
    `Nomor ${trackingNumber} tidak ditemukan. Periksa kembali nomor pada tanda terima Anda.`,
  error: 'Status tidak dapat dimuat.',
  offline: 'Perangkat Anda sedang luring. Status akan dimuat saat koneksi kembali.',
  retry: 'Coba lagi',
  complaintHeading: (trackingNumber: string): string => `Pengaduan ${trackingNumber}`,
  requestHeading: (trackingNumber: string): string => `Permohonan layanan ${trackingNumber}`,
  currentStatus: 'Status saat ini',
  category: 'Kategori',
  handledBy: 'Ditangani oleh',
  service: 'Layanan',
  submittedAt: 'Diajukan',
  timeline: 'Riwayat status',
  dueDates: 'Batas waktu',
  dueVerification: 'Verifikasi laporan (3 hari kerja)',
  dueFollowUp: 'Tindak lanjut oleh perangkat daerah (5 hari kerja)',
  dueConfirmation: 'Tanggapan pelapor atas hasil tindak lanjut (10 hari kerja)',
  dueCompletion: 'Perkiraan selesai',
  dueNotStarted: 'Dihitung setelah tahap ini dimulai.',
  dueUnavailable: (reason: string): string => `Belum dapat dihitung. ${reason}`,
};

export type TrackerMessages = typeof id;

const en: TrackerMessages = {
  regionLabel: 'Track a complaint or service request',
  label: 'Tracking number',
  hint: 'It is on your receipt, for example ADU-3514-2026-000123 (complaint) or LYN-3514-2026-000123 (service request).',
  submit: 'Track',
  loading: 'Looking up the status…',
  found: (trackingNumber, status) => `Status of ${trackingNumber}: ${status}.`,
  notFound: (trackingNumber) =>
    `Number ${trackingNumber} was not found. Check the number on your receipt.`,
  error: 'The status could not be loaded.',
  offline: 'You are offline. The status will load when the connection returns.',
  retry: 'Try again',
  complaintHeading: (trackingNumber) => `Complaint ${trackingNumber}`,
  requestHeading: (trackingNumber) => `Service request ${trackingNumber}`,
  currentStatus: 'Current status',
  category: 'Category',
  handledBy: 'Handled by',
  service: 'Service',
  submittedAt: 'Submitted',
  timeline: 'Status history',
  dueDates: 'Due dates',
  dueVerification: 'Verification of the report (3 working days)',
  dueFollowUp: 'Follow-up by the agency (5 working days)',
  dueConfirmation: 'Your response to the follow-up (10 working days)',
  dueCompletion: 'Expected completion',
  dueNotStarted: 'Counted once this stage starts.',
  dueUnavailable: (reason) => `Cannot be computed yet. ${reason}`,
};

export const trackerMessages: LocaleTable<TrackerMessages> = { id, en };

import type { LocaleTable } from '../base/i18n.js';

const id = {
  regionLabel: 'Direktori layanan publik',
  searchLabel: 'Cari layanan',
  searchHint: 'Nama layanan atau kata kunci, misalnya KTP atau izin usaha.',
  categoryLabel: 'Kategori',
  allCategories: 'Semua kategori',
  searchButton: 'Cari',
  loading: 'Memuat daftar layanan…',
  results: (shown: number, more: boolean): string =>
    more
      ? `${shown} layanan ditampilkan. Masih ada layanan lain di bawah.`
      : `${shown} layanan ditampilkan.`,
  empty: 'Tidak ada layanan yang cocok. Coba kata lain atau kategori lain.',
  error: 'Daftar layanan tidak dapat dimuat.',
  offline: 'Perangkat Anda sedang luring. Daftar akan dimuat ulang saat koneksi kembali.',
  retry: 'Coba lagi',
  loadMore: 'Tampilkan layanan lainnya',
  loadingMore: 'Memuat layanan lainnya…',
  requirements: 'Persyaratan',
  noRequirements: 'Tidak ada persyaratan khusus.',
  optionalRequirement: (description: string): string => `${description} (bila ada)`,
  procedure: 'Prosedur',
  applicant: 'Pemohon',
  officer: 'Petugas',
  completionTime: 'Jangka waktu penyelesaian',
  workingDays: (days: number): string =>
    days === 0 ? 'Selesai pada hari yang sama' : `${days} hari kerja`,
  fee: 'Biaya/tarif',
  feeVaries: 'Biaya menurut ketentuan',
  legalBasis: (basis: string): string => `Dasar hukum: ${basis}`,
  product: 'Produk layanan',
  whereToGo: 'Tempat layanan',
  hours: (days: string, opens: string, closes: string): string =>
    `${days}, pukul ${opens}–${closes}`,
  dayRange: (first: string, last: string): string => `${first} sampai ${last}`,
  applyOnline: 'Ajukan secara daring',
  inactive: 'Layanan ini sedang tidak aktif.',
  temporarilyClosed: 'Layanan ini sementara ditutup.',
  defunct: 'Layanan ini tidak lagi diselenggarakan.',
};

export type ServiceDirectoryMessages = typeof id;

const en: ServiceDirectoryMessages = {
  regionLabel: 'Public service directory',
  searchLabel: 'Search services',
  searchHint: 'Service name or keyword, for example KTP or business permit.',
  categoryLabel: 'Category',
  allCategories: 'All categories',
  searchButton: 'Search',
  loading: 'Loading services…',
  results: (shown, more) => {
    const count = shown === 1 ? '1 service shown.' : `${shown} services shown.`;
    return more ? `${count} More services follow below.` : count;
  },
  empty: 'No service matches. Try other words or another category.',
  error: 'The list of services could not be loaded.',
  offline: 'You are offline. The list will reload when the connection returns.',
  retry: 'Try again',
  loadMore: 'Show more services',
  loadingMore: 'Loading more services…',
  requirements: 'Requirements',
  noRequirements: 'No particular requirements.',
  optionalRequirement: (description) => `${description} (if any)`,
  procedure: 'Procedure',
  applicant: 'Applicant',
  officer: 'Officer',
  completionTime: 'Completion time',
  workingDays: (days) =>
    days === 0 ? 'Same working day' : days === 1 ? '1 working day' : `${days} working days`,
  fee: 'Fee',
  feeVaries: 'Fee depends on the case',
  legalBasis: (basis) => `Legal basis: ${basis}`,
  product: 'Service product',
  whereToGo: 'Where to go',
  hours: (days, opens, closes) => `${days}, ${opens}–${closes}`,
  dayRange: (first, last) => `${first} to ${last}`,
  applyOnline: 'Apply online',
  inactive: 'This service is not active at the moment.',
  temporarilyClosed: 'This service is temporarily closed.',
  defunct: 'This service is no longer provided.',
};

export const serviceDirectoryMessages: LocaleTable<ServiceDirectoryMessages> = { id, en };

import type { LocaleTable } from '../base/i18n.js';

/** KBLI 2020 kategori a UMKM can have (Perba BPS 2/2020), short names for a filter. */
const CATEGORIES_ID: Readonly<Record<string, string>> = {
  A: 'Pertanian, kehutanan dan perikanan',
  B: 'Pertambangan dan penggalian',
  C: 'Industri pengolahan',
  D: 'Pengadaan listrik dan gas',
  E: 'Pengelolaan air, limbah dan sampah',
  F: 'Konstruksi',
  G: 'Perdagangan besar dan eceran; reparasi kendaraan',
  H: 'Pengangkutan dan pergudangan',
  I: 'Penyediaan akomodasi dan makan minum',
  J: 'Informasi dan komunikasi',
  K: 'Jasa keuangan dan asuransi',
  L: 'Real estat',
  M: 'Jasa profesional, ilmiah dan teknis',
  N: 'Jasa persewaan dan penunjang usaha',
  P: 'Pendidikan',
  Q: 'Kesehatan dan kegiatan sosial',
  R: 'Kesenian, hiburan dan rekreasi',
  S: 'Jasa lainnya',
};

const CATEGORIES_EN: Readonly<Record<string, string>> = {
  A: 'Agriculture, forestry and fishing',
  B: 'Mining and quarrying',
  C: 'Manufacturing',
  D: 'Electricity and gas supply',
  E: 'Water supply, sewerage and waste',
  F: 'Construction',
  G: 'Wholesale and retail trade; vehicle repair',
  H: 'Transportation and storage',
  I: 'Accommodation and food service',
  J: 'Information and communication',
  K: 'Financial and insurance services',
  L: 'Real estate',
  M: 'Professional, scientific and technical services',
  N: 'Rental and business support services',
  P: 'Education',
  Q: 'Health and social work',
  R: 'Arts, entertainment and recreation',
  S: 'Other services',
};

/** The kategori letters offered in the filter, in KBLI order. */
export const CATALOG_CATEGORIES = Object.keys(CATEGORIES_ID);

const SCALES_ID: Readonly<Record<string, string>> = {
  mikro: 'Mikro',
  kecil: 'Kecil',
  menengah: 'Menengah',
  besar: 'Besar',
};
const SCALES_EN: Readonly<Record<string, string>> = {
  mikro: 'Micro',
  kecil: 'Small',
  menengah: 'Medium',
  besar: 'Large',
};

const id = {
  searchLabel: 'Cari usaha atau produk',
  searchHint: 'Hasil diperbarui saat Anda mengetik.',
  districtLabel: 'Kecamatan',
  allDistricts: 'Semua kecamatan',
  categoryLabel: 'Bidang usaha (KBLI)',
  allCategories: 'Semua bidang usaha',
  category: (code: string) => CATEGORIES_ID[code] ?? code,
  scaleLabel: 'Skala usaha',
  allScales: 'Semua skala',
  scale: (scale: string) => SCALES_ID[scale] ?? scale,
  halalLabel: 'Hanya yang bersertifikat halal',
  listLabel: 'Daftar usaha',
  loading: 'Memuat daftar usaha…',
  searching: 'Mencari…',
  results: (count: number, more: boolean) =>
    more
      ? `${count.toLocaleString('id-ID')} usaha pertama ditampilkan; masih ada lagi.`
      : `${count.toLocaleString('id-ID')} usaha ditampilkan.`,
  loadedMore: (added: number, total: number) =>
    `${added.toLocaleString('id-ID')} usaha lagi dimuat; semuanya ${total.toLocaleString('id-ID')} usaha.`,
  empty: 'Tidak ada usaha yang cocok dengan pencarian dan saringan ini.',
  clearFilters: 'Hapus pencarian dan saringan',
  errorNetwork: 'Daftar usaha tidak dapat dimuat. Periksa koneksi internet Anda, lalu coba lagi.',
  errorServer: 'Daftar usaha tidak dapat dimuat saat ini. Silakan coba lagi sebentar lagi.',
  offline: 'Anda sedang luring. Daftar akan dimuat lagi saat koneksi kembali.',
  retry: 'Coba lagi',
  loadMore: 'Muat lagi',
  loadingMore: 'Memuat usaha berikutnya…',
  district: (name: string) => `Kecamatan ${name}`,
  price: (amount: string) => `Harga ${amount}`,
  priceRange: (min: string, max: string) => `Harga ${min} – ${max}`,
  priceUnknown: 'Harga: tanyakan kepada penjual',
  halal: 'Halal',
  verified: 'Terverifikasi',
};

type CatalogMessages = typeof id;

const en: CatalogMessages = {
  searchLabel: 'Search businesses or products',
  searchHint: 'Results update as you type.',
  districtLabel: 'District (kecamatan)',
  allDistricts: 'All districts',
  categoryLabel: 'Line of business (KBLI)',
  allCategories: 'All lines of business',
  category: (code: string) => CATEGORIES_EN[code] ?? code,
  scaleLabel: 'Business size',
  allScales: 'All sizes',
  scale: (scale: string) => SCALES_EN[scale] ?? scale,
  halalLabel: 'Halal-certified only',
  listLabel: 'Businesses',
  loading: 'Loading businesses…',
  searching: 'Searching…',
  results: (count: number, more: boolean) => {
    const n = count.toLocaleString('en-GB');
    if (more)
      return `Showing the first ${n} ${count === 1 ? 'business' : 'businesses'}; there are more.`;
    return `Showing ${n} ${count === 1 ? 'business' : 'businesses'}.`;
  },
  loadedMore: (added: number, total: number) =>
    `${added.toLocaleString('en-GB')} more loaded; ${total.toLocaleString('en-GB')} businesses in all.`,
  empty: 'No business matches this search and these filters.',
  clearFilters: 'Clear search and filters',
  errorNetwork:
    'The businesses could not be loaded. Check your internet connection, then try again.',
  errorServer: 'The businesses cannot be loaded right now. Please try again in a moment.',
  offline: 'You are offline. The list will load again when the connection is back.',
  retry: 'Try again',
  loadMore: 'Load more',
  loadingMore: 'Loading more businesses…',
  district: (name: string) => `${name} District`,
  price: (amount: string) => `Price ${amount}`,
  priceRange: (min: string, max: string) => `Price ${min} – ${max}`,
  priceUnknown: 'Price: ask the seller',
  halal: 'Halal',
  verified: 'Verified',
};

/** Strings of `<cerdas-umkm-catalog>`, overridable one by one through `strings`. */
export const catalogMessages: LocaleTable<CatalogMessages> = { id, en };
export type { CatalogMessages };

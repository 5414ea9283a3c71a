import type { LocaleTable } from '../base/i18n.js';

const SCALES_ID: Readonly<Record<string, string>> = {
  mikro: 'Usaha mikro',
  kecil: 'Usaha kecil',
  menengah: 'Usaha menengah',
  besar: 'Usaha besar',
};
const SCALES_EN: Readonly<Record<string, string>> = {
  mikro: 'Micro business',
  kecil: 'Small business',
  menengah: 'Medium business',
  besar: 'Large business',
};
const AVAILABILITY_ID: Readonly<Record<string, string>> = {
  available: 'Tersedia',
  preorder: 'Pesan dulu (pre-order)',
  'out-of-stock': 'Stok habis',
};
const AVAILABILITY_EN: Readonly<Record<string, string>> = {
  available: 'Available',
  preorder: 'Made to order',
  'out-of-stock': 'Out of stock',
};

const id = {
  loading: 'Memuat profil usaha…',
  loaded: (name: string) => `Profil ${name} dimuat.`,
  notFound: 'Usaha ini tidak ditemukan atau tidak lagi ditampilkan.',
  errorNetwork: 'Profil usaha tidak dapat dimuat. Periksa koneksi internet Anda, lalu coba lagi.',
  errorServer: 'Profil usaha tidak dapat dimuat saat ini. Silakan coba lagi sebentar lagi.',
  offline: 'Anda sedang luring. Profil akan dimuat lagi saat koneksi kembali.',
  retry: 'Coba lagi',
  verified: 'Terverifikasi',
  pending: 'Menunggu verifikasi',
  halal: 'Halal',
  scale: (scale: string) => SCALES_ID[scale] ?? scale,
  place: (village: string, district: string) => `${village}, Kecamatan ${district}`,
  photos: 'Foto usaha',
  whatsApp: 'Chat lewat WhatsApp',
  call: 'Telepon',
  map: 'Lihat di peta',
  newTab: '(membuka tab baru)',
  share: 'Bagikan',
  copied: 'Tautan profil disalin.',
  copyThis: 'Salin tautan profil ini',
  addressHeading: 'Alamat',
  hoursHeading: (zone: string) => `Jam buka (${zone})`,
  openNow: 'Sedang buka',
  closedNow: 'Sedang tutup',
  today: (day: string) => `${day} (hari ini)`,
  closed: 'Tutup',
  timeRange: (opens: string, closes: string) =>
    `${opens.replace(':', '.')}–${closes.replace(':', '.')}`,
  productsHeading: 'Produk',
  price: (amount: string) => amount,
  priceRange: (min: string, max: string) => `${min} – ${max}`,
  perUnit: (price: string, unit: string) => `${price} per ${unit}`,
  priceUnknown: 'Harga: tanyakan kepada penjual',
  availability: (value: string) => AVAILABILITY_ID[value] ?? value,
  certificationsHeading: 'Sertifikat dan izin',
  certificateNumber: (number: string) => `Nomor ${number}`,
  validUntil: (date: string) => `Berlaku sampai ${date}`,
  paymentHeading: 'Cara bayar',
  cash: 'Tunai',
  qris: 'QRIS',
  bankTransfer: 'Transfer bank',
  linksHeading: 'Tautan',
};

type ProfileMessages = typeof id;

const en: ProfileMessages = {
  loading: 'Loading the business profile…',
  loaded: (name: string) => `Profile of ${name} loaded.`,
  notFound: 'This business was not found or is no longer listed.',
  errorNetwork:
    'The business profile could not be loaded. Check your internet connection, then try again.',
  errorServer: 'The business profile cannot be loaded right now. Please try again in a moment.',
  offline: 'You are offline. The profile will load again when the connection is back.',
  retry: 'Try again',
  verified: 'Verified',
  pending: 'Awaiting verification',
  halal: 'Halal',
  scale: (scale: string) => SCALES_EN[scale] ?? scale,
  place: (village: string, district: string) => `${village}, ${district} District`,
  photos: 'Photos of the business',
  whatsApp: 'Chat on WhatsApp',
  call: 'Call',
  map: 'View on the map',
  newTab: '(opens a new tab)',
  share: 'Share',
  copied: 'Link to the profile copied.',
  copyThis: 'Copy this link to the profile',
  addressHeading: 'Address',
  hoursHeading: (zone: string) => `Opening hours (${zone})`,
  openNow: 'Open now',
  closedNow: 'Closed now',
  today: (day: string) => `${day} (today)`,
  closed: 'Closed',
  timeRange: (opens: string, closes: string) => `${opens}–${closes}`,
  productsHeading: 'Products',
  price: (amount: string) => amount,
  priceRange: (min: string, max: string) => `${min} – ${max}`,
  perUnit: (price: string, unit: string) => `${price} per ${unit}`,
  priceUnknown: 'Price: ask the seller',
  availability: (value: string) => AVAILABILITY_EN[value] ?? value,
  certificationsHeading: 'Certificates and registrations',
  certificateNumber: (number: string) => `Number ${number}`,
  validUntil: (date: string) => `Valid until ${date}`,
  paymentHeading: 'Payment',
  cash: 'Cash',
  qris: 'QRIS',
  bankTransfer: 'Bank transfer',
  linksHeading: 'Links',
};

/** Strings of `<cerdas-umkm-profile>`, overridable one by one through `strings`. */
export const profileMessages: LocaleTable<ProfileMessages> = { id, en };
export type { ProfileMessages };

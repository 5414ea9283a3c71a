import type { LocaleTable } from '../base/i18n.js';

export type ComplaintFormMessages = {
  kind: string;
  category: string;
  chooseCategory: string;
  title: string;
  titleHint: string;
  description: string;
  counter: (count: string, max: string) => string;
  place: string;
  district: string;
  chooseDistrict: string;
  village: string;
  wholeDistrict: string;
  placeDescription: string;
  placeDescriptionHint: string;
  useLocation: string;
  locating: string;
  located: (lat: string, lng: string) => string;
  removeLocation: string;
  locationDenied: string;
  locationUnavailable: string;
  photos: string;
  photosHint: string;
  addPhotos: string;
  uploading: (name: string) => string;
  uploaded: string;
  uploadFailed: string;
  retryUpload: string;
  removePhoto: (name: string) => string;
  privacy: string;
  public: string;
  publicHint: string;
  confidential: string;
  confidentialHint: string;
  anonymous: string;
  anonymousHint: string;
  reporter: string;
  reporterHint: string;
  name: string;
  phone: string;
  email: string;
  submit: string;
  invalid: (count: number) => string;
  offline: string;
  refused: string;
  outbox: string;
  waiting: string;
  sendNow: string;
  fix: string;
  discard: string;
  receipt: string;
  trackingNumber: string;
  copy: string;
  copied: string;
  copyFailed: string;
  receiptCode: string;
  receiptNote: string;
  another: string;
  restored: string;
};

export const messages: LocaleTable<ComplaintFormMessages> = {
  id: {
    kind: 'Jenis laporan',
    category: 'Kategori',
    chooseCategory: 'Pilih kategori',
    title: 'Judul laporan',
    titleHint: 'Misalnya “Lampu jalan mati di depan SDN 1 Gerbo”.',
    description: 'Uraian',
    counter: (count, max) => `${count} dari ${max} karakter`,
    place: 'Lokasi kejadian',
    district: 'Kecamatan',
    chooseDistrict: 'Pilih kecamatan',
    village: 'Desa/kelurahan',
    wholeDistrict: 'Tidak tahu atau seluruh kecamatan',
    placeDescription: 'Keterangan tempat (opsional)',
    placeDescriptionHint: 'Misalnya “depan SDN 1 Gerbo”. Jangan tulis alamat rumah seseorang.',
    useLocation: 'Gunakan lokasi perangkat saya',
    locating: 'Mencari lokasi perangkat…',
    located: (lat, lng) => `Lokasi perangkat: lintang ${lat}, bujur ${lng}.`,
    removeLocation: 'Hapus lokasi',
    locationDenied:
      'Izin lokasi ditolak. Izinkan di pengaturan peramban, atau pilih kecamatan dan desa di atas.',
    locationUnavailable:
      'Lokasi perangkat tidak dapat ditentukan. Pilih kecamatan dan desa di atas.',
    photos: 'Foto (opsional, paling banyak 5)',
    photosHint: 'JPEG, PNG, atau WebP, paling besar 5 MB per foto.',
    addPhotos: 'Pilih foto',
    uploading: (name) => `Mengunggah ${name}`,
    uploaded: 'Terunggah.',
    uploadFailed: 'Gagal mengunggah; foto ini akan dikirim bersama laporan.',
    retryUpload: 'Unggah lagi',
    removePhoto: (name) => `Hapus foto ${name}`,
    privacy: 'Siapa yang boleh melihat laporan ini?',
    public: 'Publik',
    publicHint:
      'Laporan ditampilkan untuk umum setelah diverifikasi; identitas Anda hanya dilihat petugas.',
    confidential: 'Rahasia',
    confidentialHint:
      'Isi laporan tidak dipublikasikan; identitas Anda hanya dilihat admin pengaduan.',
    anonymous: 'Anonim',
    anonymousHint:
      'Identitas Anda tidak disimpan sama sekali, sehingga petugas tidak dapat menghubungi Anda.',
    reporter: 'Identitas pelapor',
    reporterHint:
      'Isi nomor telepon atau e-mail agar petugas dapat menghubungi Anda. Data ini tidak ditampilkan untuk umum.',
    name: 'Nama (opsional)',
    phone: 'Nomor telepon atau WhatsApp',
    email: 'E-mail',
    submit: 'Kirim laporan',
    invalid: (count) => `Ada ${count} isian yang perlu diperbaiki.`,
    offline:
      'Anda sedang offline. Laporan tetap bisa dikirim: disimpan di perangkat ini dan dikirim otomatis saat koneksi kembali.',
    refused: 'Server menolak laporan ini. Perbaiki, lalu kirim lagi.',
    outbox: 'Menunggu dikirim',
    waiting:
      'Belum terkirim: laporan tersimpan di perangkat ini dan dikirim otomatis saat koneksi kembali.',
    sendNow: 'Kirim sekarang',
    fix: 'Perbaiki',
    discard: 'Hapus',
    receipt: 'Laporan Anda sudah diterima',
    trackingNumber: 'Nomor pelacakan',
    copy: 'Salin nomor pelacakan',
    copied: 'Nomor pelacakan disalin.',
    copyFailed: 'Tidak dapat menyalin. Pilih nomornya lalu salin secara manual.',
    receiptCode: 'Kode tanda terima',
    receiptNote:
      'Simpan kode ini bersama nomor pelacakan: Anda memerlukannya untuk menambah keterangan atau menanggapi tindak lanjut. Kode ini tidak ditampilkan lagi.',
    another: 'Buat laporan lain',
    restored: 'Isian yang belum terkirim dipulihkan.',
  },
  en: {
    kind: 'Type of report',
    category: 'Category',
    chooseCategory: 'Choose a category',
    title: 'Title',
    titleHint: 'For example “Street light out in front of SDN 1 Gerbo”.',
    description: 'Description',
    counter: (count, max) => `${count} of ${max} characters`,
    place: 'Where it happened',
    district: 'District (kecamatan)',
    chooseDistrict: 'Choose a district',
    village: 'Village (desa/kelurahan)',
    wholeDistrict: 'Not sure, or the whole district',
    placeDescription: 'Description of the place (optional)',
    placeDescriptionHint:
      'For example “in front of SDN 1 Gerbo”. Do not write anyone’s home address.',
    useLocation: 'Use my device’s location',
    locating: 'Finding the device’s location…',
    located: (lat, lng) => `Device location: latitude ${lat}, longitude ${lng}.`,
    removeLocation: 'Remove the location',
    locationDenied:
      'Location permission was denied. Allow it in the browser settings, or choose the district and village above.',
    locationUnavailable:
      'The device’s location could not be found. Choose the district and village above.',
    photos: 'Photos (optional, at most 5)',
    photosHint: 'JPEG, PNG or WebP, at most 5 MB each.',
    addPhotos: 'Choose photos',
    uploading: (name) => `Uploading ${name}`,
    uploaded: 'Uploaded.',
    uploadFailed: 'Upload failed; this photo will be sent with the report.',
    retryUpload: 'Upload again',
    removePhoto: (name) => `Remove photo ${name}`,
    privacy: 'Who may see this report?',
    public: 'Public',
    publicHint: 'The report is shown publicly once verified; only officers see who you are.',
    confidential: 'Confidential',
    confidentialHint:
      'The report’s content is never published; only the complaints admin sees who you are.',
    anonymous: 'Anonymous',
    anonymousHint: 'Nothing about you is stored, so officers cannot contact you.',
    reporter: 'About you',
    reporterHint:
      'Give a phone number or an e-mail address so that officers can reach you. This is never shown publicly.',
    name: 'Name (optional)',
    phone: 'Phone or WhatsApp number',
    email: 'E-mail',
    submit: 'Send report',
    invalid: (count) => (count === 1 ? 'One field needs fixing.' : `${count} fields need fixing.`),
    offline:
      'You are offline. You can still send the report: it is kept on this device and sent when the connection returns.',
    refused: 'The server refused this report. Fix it, then send it again.',
    outbox: 'Waiting to be sent',
    waiting:
      'Not sent yet: the report is kept on this device and sent automatically when the connection returns.',
    sendNow: 'Send now',
    fix: 'Fix',
    discard: 'Remove',
    receipt: 'Your report has been received',
    trackingNumber: 'Tracking number',
    copy: 'Copy the tracking number',
    copied: 'Tracking number copied.',
    copyFailed: 'Could not copy. Select the number and copy it yourself.',
    receiptCode: 'Receipt code',
    receiptNote:
      'Keep this code with the tracking number: you need it to add information or to answer the follow-up. It is not shown again.',
    another: 'Make another report',
    restored: 'What you had typed but not sent has been restored.',
  },
};

import type { LocaleTable } from '../base/i18n.js';

export type ProposalFormMessages = {
  loading: string;
  loadFailed: string;
  retry: string;
  noSchedule: (year: number) => string;
  open: (stage: string, year: number, closes: string) => string;
  noVillage: string;
  tokenRefused: string;
  village: (name: string, code: string) => string;
  bidang: string;
  chooseBidang: string;
  title: string;
  problem: string;
  problemHint: (count: string, max: string) => string;
  volume: string;
  volumeHint: string;
  unit: string;
  unitHint: string;
  cost: string;
  costHint: string;
  costRead: (amount: string) => string;
  priority: string;
  priorityHint: string;
  submit: string;
  invalid: (count: number) => string;
  offline: string;
  waiting: string;
  refused: string;
  outbox: string;
  sendNow: string;
  fix: string;
  discard: string;
  submitted: string;
  submittedDetail: (title: string, status: string, when: string) => string;
  another: string;
  restored: string;
};

export const messages: LocaleTable<ProposalFormMessages> = {
  id: {
    loading: 'Memuat jadwal Musrenbang…',
    loadFailed: 'Jadwal Musrenbang tidak dapat dimuat.',
    retry: 'Coba lagi',
    noSchedule: (year) => `Jadwal perencanaan RKPD ${year} belum ditetapkan Bappeda.`,
    open: (stage, year, closes) => `Tahap ${stage} untuk RKPD ${year} dibuka sampai ${closes}.`,
    noVillage:
      'Desa/kelurahan pengusul belum diketahui: masuk dengan token operator desa/kelurahan.',
    tokenRefused: 'Token operator ditolak: token tidak dikenal, sudah dicabut, atau kedaluwarsa.',
    village: (name, code) => `Usulan Desa/Kelurahan ${name} (${code}).`,
    bidang: 'Bidang urusan',
    chooseBidang: 'Pilih bidang urusan',
    title: 'Judul usulan',
    problem: 'Permasalahan',
    problemHint: (count, max) =>
      `Apa masalahnya dan siapa yang terdampak; ${count} dari ${max} karakter.`,
    volume: 'Volume',
    volumeHint: 'Angka, misalnya 1,5.',
    unit: 'Satuan',
    unitHint: 'Misalnya m, unit, paket, orang.',
    cost: 'Perkiraan biaya',
    costHint: 'Misalnya 150.000.000 atau 150 jt.',
    costRead: (amount) => `Terbaca ${amount}.`,
    priority: 'Peringkat prioritas',
    priorityHint: '1 adalah yang paling penting.',
    submit: 'Ajukan usulan',
    invalid: (count) => `Ada ${count} isian yang perlu diperbaiki.`,
    offline:
      'Anda sedang offline. Usulan tetap bisa diajukan: disimpan di perangkat ini dan dikirim otomatis saat koneksi kembali.',
    waiting:
      'Belum terkirim: usulan tersimpan di perangkat ini dan dikirim otomatis saat koneksi kembali.',
    refused: 'Server menolak usulan ini. Perbaiki atau coba lagi.',
    outbox: 'Menunggu dikirim',
    sendNow: 'Kirim sekarang',
    fix: 'Perbaiki',
    discard: 'Hapus',
    submitted: 'Usulan sudah diajukan',
    submittedDetail: (title, status, when) => `Status “${title}”: ${status} (${when}).`,
    another: 'Buat usulan lain',
    restored: 'Isian yang belum terkirim dipulihkan.',
  },
  en: {
    loading: 'Loading the Musrenbang schedule…',
    loadFailed: 'The Musrenbang schedule could not be loaded.',
    retry: 'Try again',
    noSchedule: (year) => `Bappeda has not set the planning schedule for the ${year} RKPD yet.`,
    open: (stage, year, closes) =>
      `The ${stage} phase for the ${year} RKPD is open until ${closes}.`,
    noVillage: 'The proposing village is not known: sign in with a village operator token.',
    tokenRefused: 'The operator token was refused: it is unknown, revoked or expired.',
    village: (name, code) => `Proposal of the village ${name} (${code}).`,
    bidang: 'Bidang urusan (area of government affairs)',
    chooseBidang: 'Choose a bidang urusan',
    title: 'Title',
    problem: 'Problem',
    problemHint: (count, max) =>
      `What is wrong and who is affected; ${count} of ${max} characters.`,
    volume: 'Volume',
    volumeHint: 'A number, for example 1,5.',
    unit: 'Unit',
    unitHint: 'For example m, unit, paket, orang.',
    cost: 'Estimated cost',
    costHint: 'For example 150.000.000 or 150 jt (Indonesian notation).',
    costRead: (amount) => `Read as ${amount}.`,
    priority: 'Priority rank',
    priorityHint: '1 is the most important.',
    submit: 'Submit proposal',
    invalid: (count) => (count === 1 ? 'One field needs fixing.' : `${count} fields need fixing.`),
    offline:
      'You are offline. You can still submit: the proposal is kept on this device and sent when the connection returns.',
    waiting:
      'Not sent yet: the proposal is kept on this device and sent automatically when the connection returns.',
    refused: 'The server refused this proposal. Fix it or try again.',
    outbox: 'Waiting to be sent',
    sendNow: 'Send now',
    fix: 'Fix',
    discard: 'Remove',
    submitted: 'The proposal has been submitted',
    submittedDetail: (title, status, when) => `Status of “${title}”: ${status} (${when}).`,
    another: 'Make another proposal',
    restored: 'What you had typed but not sent has been restored.',
  },
};

import type { LocaleTable } from '../base/i18n.js';

const id = {
  label: 'Indeks Kepuasan Masyarakat',
  abbreviation: 'IKM',
  mutu: (letter: string, kinerja: string): string => `Mutu ${letter} (${kinerja})`,
  respondents: (count: number): string => `dari ${count} responden`,
  none: 'Belum ada penilaian',
  loading: 'Memuat indeks kepuasan…',
  error: 'Indeks kepuasan tidak dapat dimuat.',
  offline: 'Perangkat Anda sedang luring. Indeks dimuat saat koneksi kembali.',
  retry: 'Coba lagi',
};

export type IkmBadgeMessages = typeof id;

const en: IkmBadgeMessages = {
  label: 'Public Satisfaction Index',
  abbreviation: 'IKM',
  mutu: (letter, kinerja) => `Grade ${letter} (${kinerja})`,
  respondents: (count) => (count === 1 ? 'from 1 respondent' : `from ${count} respondents`),
  none: 'No ratings yet',
  loading: 'Loading the satisfaction index…',
  error: 'The satisfaction index could not be loaded.',
  offline: 'You are offline. The index will load when the connection returns.',
  retry: 'Try again',
};

export const ikmBadgeMessages: LocaleTable<IkmBadgeMessages> = { id, en };

import type { CalendarDay, CalendarYear } from '../working-days.js';

/**
 * 2026: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497 Tahun 2025,
 * 2 Tahun 2025, 5 Tahun 2025 (19 September 2025): 17 libur nasional, 8 cuti bersama.
 */
export const NATIONAL_YEAR_2026: CalendarYear = {
  year: 2026,
  decrees: [
    {
      title:
        'Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026',
      number: '1497 Tahun 2025, 2 Tahun 2025, 5 Tahun 2025',
      date: '2025-09-19',
      sources: [
        'https://www.cimahiaktual.com/2026/02/jadwal-libur-nasional-2026-resmi-berlaku.html',
        'https://disdiksmg.semarangkota.go.id/post-detail/resmi-daftar-hari-libur-nasional-dan-cuti-bersama-tahun-2026-berdasarkan-skb-3-menteri',
        'https://lintaspriangan.com/berita-nasional/skb-libur-nasional-cuti-bersama-2026-disahkan',
        'https://www.brilio.net/serius/rincian-lengkap-libur-cuti-bersama-2026-17-hari-libur-nasional-dan-8-cuti-bersama-2026-250920i.html',
      ],
    },
  ],
};

export const NATIONAL_DAYS_2026: readonly CalendarDay[] = [
  { date: '2026-01-01', kind: 'libur-nasional', name: 'Tahun Baru 2026 Masehi' },
  { date: '2026-01-16', kind: 'libur-nasional', name: 'Isra Mikraj Nabi Muhammad S.A.W.' },
  { date: '2026-02-16', kind: 'cuti-bersama', name: 'Tahun Baru Imlek 2577 Kongzili' },
  { date: '2026-02-17', kind: 'libur-nasional', name: 'Tahun Baru Imlek 2577 Kongzili' },
  { date: '2026-03-18', kind: 'cuti-bersama', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)' },
  { date: '2026-03-19', kind: 'libur-nasional', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)' },
  { date: '2026-03-20', kind: 'cuti-bersama', name: 'Idulfitri 1447 Hijriah' },
  { date: '2026-03-21', kind: 'libur-nasional', name: 'Idulfitri 1447 Hijriah' },
  { date: '2026-03-22', kind: 'libur-nasional', name: 'Idulfitri 1447 Hijriah' },
  { date: '2026-03-23', kind: 'cuti-bersama', name: 'Idulfitri 1447 Hijriah' },
  { date: '2026-03-24', kind: 'cuti-bersama', name: 'Idulfitri 1447 Hijriah' },
  { date: '2026-04-03', kind: 'libur-nasional', name: 'Wafat Yesus Kristus' },
  { date: '2026-04-05', kind: 'libur-nasional', name: 'Kebangkitan Yesus Kristus (Paskah)' },
  { date: '2026-05-01', kind: 'libur-nasional', name: 'Hari Buruh Internasional' },
  { date: '2026-05-14', kind: 'libur-nasional', name: 'Kenaikan Yesus Kristus' },
  { date: '2026-05-15', kind: 'cuti-bersama', name: 'Kenaikan Yesus Kristus' },
  { date: '2026-05-27', kind: 'libur-nasional', name: 'Iduladha 1447 Hijriah' },
  { date: '2026-05-28', kind: 'cuti-bersama', name: 'Iduladha 1447 Hijriah' },
  { date: '2026-05-31', kind: 'libur-nasional', name: 'Hari Raya Waisak 2570 BE' },
  { date: '2026-06-01', kind: 'libur-nasional', name: 'Hari Lahir Pancasila' },
  { date: '2026-06-16', kind: 'libur-nasional', name: '1 Muharam Tahun Baru Islam 1448 Hijriah' },
  { date: '2026-08-17', kind: 'libur-nasional', name: 'Proklamasi Kemerdekaan' },
  { date: '2026-08-25', kind: 'libur-nasional', name: 'Maulid Nabi Muhammad S.A.W.' },
  { date: '2026-12-24', kind: 'cuti-bersama', name: 'Kelahiran Yesus Kristus' },
  { date: '2026-12-25', kind: 'libur-nasional', name: 'Kelahiran Yesus Kristus' },
];

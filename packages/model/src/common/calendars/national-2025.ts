import type { CalendarDay, CalendarYear } from '../working-days.js';

const AMENDMENT = 'SKB 933 Tahun 2025, 1 Tahun 2025, 3 Tahun 2025 (7 Agustus 2025)';

/**
 * 2025: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1017 Tahun 2024,
 * 2 Tahun 2024, 2 Tahun 2024 (14 Oktober 2024), as amended by SKB 933/2025, 1/2025, 3/2025
 * (7 Agustus 2025), which added cuti bersama on 18 August: 17 libur nasional, 11 cuti bersama.
 */
export const NATIONAL_YEAR_2025: CalendarYear = {
  year: 2025,
  decrees: [
    {
      title:
        'Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025',
      number: '1017 Tahun 2024, 2 Tahun 2024, 2 Tahun 2024',
      date: '2024-10-14',
      sources: [
        'https://www.jpnn.com/news/27-hari-libur-nasional-cuti-bersama-2025-inilah-tanggal-tanggalnya',
        'https://lingkarwilis.com/pemerintah-tetapkan-hari-libur-nasional-dan-cuti-bersama-2025-sebanyak-27-hari',
        'https://rasikapekalongan.com/cek-libur-nasional-dan-cuti-bersama-tahun-2025',
      ],
    },
    {
      title:
        'Perubahan atas Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1017 Tahun 2024, 2 Tahun 2024, 2 Tahun 2024 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025',
      number: '933 Tahun 2025, 1 Tahun 2025, 3 Tahun 2025',
      date: '2025-08-07',
      sources: [
        'https://fajar.co.id/2025/08/08/presiden-prabowo-resmi-tetapkan-18-agustus-sebagai-cuti-bersama-nasional/',
        'https://m.jpnn.com/news/pemerintah-sepakat-tetapkan-cuti-bersama-pada-18-agustus',
      ],
    },
  ],
};

export const NATIONAL_DAYS_2025: readonly CalendarDay[] = [
  { date: '2025-01-01', kind: 'libur-nasional', name: 'Tahun Baru 2025 Masehi' },
  { date: '2025-01-27', kind: 'libur-nasional', name: 'Isra Mikraj Nabi Muhammad S.A.W.' },
  { date: '2025-01-28', kind: 'cuti-bersama', name: 'Tahun Baru Imlek 2576 Kongzili' },
  { date: '2025-01-29', kind: 'libur-nasional', name: 'Tahun Baru Imlek 2576 Kongzili' },
  { date: '2025-03-28', kind: 'cuti-bersama', name: 'Hari Suci Nyepi (Tahun Baru Saka 1947)' },
  { date: '2025-03-29', kind: 'libur-nasional', name: 'Hari Suci Nyepi (Tahun Baru Saka 1947)' },
  { date: '2025-03-31', kind: 'libur-nasional', name: 'Idulfitri 1446 Hijriah' },
  { date: '2025-04-01', kind: 'libur-nasional', name: 'Idulfitri 1446 Hijriah' },
  { date: '2025-04-02', kind: 'cuti-bersama', name: 'Idulfitri 1446 Hijriah' },
  { date: '2025-04-03', kind: 'cuti-bersama', name: 'Idulfitri 1446 Hijriah' },
  { date: '2025-04-04', kind: 'cuti-bersama', name: 'Idulfitri 1446 Hijriah' },
  { date: '2025-04-07', kind: 'cuti-bersama', name: 'Idulfitri 1446 Hijriah' },
  { date: '2025-04-18', kind: 'libur-nasional', name: 'Wafat Yesus Kristus' },
  { date: '2025-04-20', kind: 'libur-nasional', name: 'Kebangkitan Yesus Kristus (Paskah)' },
  { date: '2025-05-01', kind: 'libur-nasional', name: 'Hari Buruh Internasional' },
  { date: '2025-05-12', kind: 'libur-nasional', name: 'Hari Raya Waisak 2569 BE' },
  { date: '2025-05-13', kind: 'cuti-bersama', name: 'Hari Raya Waisak 2569 BE' },
  { date: '2025-05-29', kind: 'libur-nasional', name: 'Kenaikan Yesus Kristus' },
  { date: '2025-05-30', kind: 'cuti-bersama', name: 'Kenaikan Yesus Kristus' },
  { date: '2025-06-01', kind: 'libur-nasional', name: 'Hari Lahir Pancasila' },
  { date: '2025-06-06', kind: 'libur-nasional', name: 'Iduladha 1446 Hijriah' },
  { date: '2025-06-09', kind: 'cuti-bersama', name: 'Iduladha 1446 Hijriah' },
  { date: '2025-06-27', kind: 'libur-nasional', name: '1 Muharam Tahun Baru Islam 1447 Hijriah' },
  { date: '2025-08-17', kind: 'libur-nasional', name: 'Proklamasi Kemerdekaan' },
  {
    date: '2025-08-18',
    kind: 'cuti-bersama',
    name: 'Peringatan Ulang Tahun ke-80 Kemerdekaan Republik Indonesia',
    source: AMENDMENT,
  },
  { date: '2025-09-05', kind: 'libur-nasional', name: 'Maulid Nabi Muhammad S.A.W.' },
  { date: '2025-12-25', kind: 'libur-nasional', name: 'Kelahiran Yesus Kristus' },
  { date: '2025-12-26', kind: 'cuti-bersama', name: 'Kelahiran Yesus Kristus' },
];

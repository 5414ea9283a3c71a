import type { NomenclatureRegulation } from './nomenclature.js';

/*
 * The 8 urusan and the 40 bidang urusan of a kabupaten/kota, transcribed by hand from
 * ../shared/data/nomenklatur-urusan-bidang.json (see URUSAN_BIDANG_SOURCE). The package never
 * reads that file: urusan-bidang.test.ts compares this module with it when it is present.
 */

/** Where the list comes from, verbatim from the data file's `_source`. */
export const URUSAN_BIDANG_SOURCE =
  'Permendagri 90/2019 nomenclature as updated by Kepmendagri 050-5889/2021 and later; list transcribed from a public Laravel seeder. 3.28 Kehutanan and 3.29 ESDM are province-level and not in this kabupaten list. Verify against the current Kepmendagri before production use.';

/** The act the list follows (its `_source`): Kepmendagri 050-5889/2021. */
export const URUSAN_BIDANG_REGULATION: NomenclatureRegulation = 'kepmendagri-050-5889-2021';

/** An urusan (or unsur) of government: official name in capitals, readable names in title case. */
export interface UrusanInfo {
  readonly code: string;
  /** As the act writes it, in capitals. */
  readonly officialName: string;
  /** The official name in title case. */
  readonly name: string;
  /** A short label for charts and filters. */
  readonly shortName: string;
}

/** A bidang urusan, with the urusan it belongs to. */
export interface BidangUrusanInfo extends UrusanInfo {
  readonly urusanCode: string;
}

/**
 * Urusan 1 wajib pelayanan dasar, 2 wajib bukan pelayanan dasar, 3 pilihan (UU 23/2014 Pasal 11–12),
 * then the unsur 4 pendukung, 5 penunjang, 6 pengawasan, 7 kewilayahan, 8 pemerintahan umum
 * (Permendagri 90/2019).
 */
export const URUSAN = [
  {
    code: '1',
    officialName: 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR',
    name: 'Urusan Pemerintahan Wajib yang Berkaitan dengan Pelayanan Dasar',
    shortName: 'Wajib Pelayanan Dasar',
  },
  {
    code: '2',
    officialName: 'URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR',
    name: 'Urusan Pemerintahan Wajib yang Tidak Berkaitan dengan Pelayanan Dasar',
    shortName: 'Wajib Bukan Pelayanan Dasar',
  },
  {
    code: '3',
    officialName: 'URUSAN PEMERINTAHAN PILIHAN',
    name: 'Urusan Pemerintahan Pilihan',
    shortName: 'Pilihan',
  },
  {
    code: '4',
    officialName: 'UNSUR PENDUKUNG URUSAN PEMERINTAHAN',
    name: 'Unsur Pendukung Urusan Pemerintahan',
    shortName: 'Pendukung',
  },
  {
    code: '5',
    officialName: 'UNSUR PENUNJANG URUSAN PEMERINTAHAN',
    name: 'Unsur Penunjang Urusan Pemerintahan',
    shortName: 'Penunjang',
  },
  {
    code: '6',
    officialName: 'UNSUR PENGAWASAN URUSAN PEMERINTAHAN',
    name: 'Unsur Pengawasan Urusan Pemerintahan',
    shortName: 'Pengawasan',
  },
  {
    code: '7',
    officialName: 'UNSUR KEWILAYAHAN',
    name: 'Unsur Kewilayahan',
    shortName: 'Kewilayahan',
  },
  {
    code: '8',
    officialName: 'UNSUR PEMERINTAHAN UMUM',
    name: 'Unsur Pemerintahan Umum',
    shortName: 'Pemerintahan Umum',
  },
] as const satisfies readonly UrusanInfo[];

/**
 * The 40 bidang urusan a kabupaten/kota carries (Permendagri 90/2019 as updated by Kepmendagri
 * 050-5889/2021); 3.28 Kehutanan and 3.29 ESDM are provincial and absent.
 */
export const BIDANG_URUSAN = [
  {
    code: '1.01',
    urusanCode: '1',
    officialName: 'URUSAN PEMERINTAHAN BIDANG PENDIDIKAN',
    name: 'Urusan Pemerintahan Bidang Pendidikan',
    shortName: 'Pendidikan',
  },
  {
    code: '1.02',
    urusanCode: '1',
    officialName: 'URUSAN PEMERINTAHAN BIDANG KESEHATAN',
    name: 'Urusan Pemerintahan Bidang Kesehatan',
    shortName: 'Kesehatan',
  },
  {
    code: '1.03',
    urusanCode: '1',
    officialName: 'URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG',
    name: 'Urusan Pemerintahan Bidang Pekerjaan Umum dan Penataan Ruang',
    shortName: 'Pekerjaan Umum dan Penataan Ruang',
  },
  {
    code: '1.04',
    urusanCode: '1',
    officialName: 'URUSAN PEMERINTAHAN BIDANG PERUMAHAN DAN KAWASAN PERMUKIMAN',
    name: 'Urusan Pemerintahan Bidang Perumahan dan Kawasan Permukiman',
    shortName: 'Perumahan dan Kawasan Permukiman',
  },
  {
    code: '1.05',
    urusanCode: '1',
    officialName:
      'URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM SERTA PERLINDUNGAN MASYARAKAT',
    name: 'Urusan Pemerintahan Bidang Ketenteraman dan Ketertiban Umum serta Perlindungan Masyarakat',
    shortName: 'Ketenteraman dan Ketertiban Umum serta Perlindungan Masyarakat',
  },
  {
    code: '1.06',
    urusanCode: '1',
    officialName: 'URUSAN PEMERINTAHAN BIDANG SOSIAL',
    name: 'Urusan Pemerintahan Bidang Sosial',
    shortName: 'Sosial',
  },
  {
    code: '2.07',
    urusanCode: '2',
    officialName: 'URUSAN PEMERINTAHAN BIDANG TENAGA KERJA',
    name: 'Urusan Pemerintahan Bidang Tenaga Kerja',
    shortName: 'Tenaga Kerja',
  },
  {
    code: '2.08',
    urusanCode: '2',
    officialName: 'URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK',
    name: 'Urusan Pemerintahan Bidang Pemberdayaan Perempuan dan Perlindungan Anak',
    shortName: 'Pemberdayaan Perempuan dan Perlindungan Anak',
  },
  {
    code: '2.09',
    urusanCode: '2',
    officialName: 'URUSAN PEMERINTAHAN BIDANG PANGAN',
    name: 'Urusan Pemerintahan Bidang Pangan',
    shortName: 'Pangan',
  },
  {
    code: '2.10',
    urusanCode: '2',
    officialName: 'URUSAN PEMERINTAHAN BIDANG PERTANAHAN',
    name: 'Urusan Pemerintahan Bidang Pertanahan',
    shortName: 'Pertanahan',
  },
  {
    code: '2.11',
    urusanCode: '2',
    officialName: 'URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP',
    name: 'Urusan Pemerintahan Bidang Lingkungan Hidup',
    shortName: 'Lingkungan Hidup',
  },
  {
    code: '2.12',
    urusanCode: '2',
    officialName: 'URUSAN PEMERINTAHAN BIDANG ADMINISTRASI KEPENDUDUKAN DAN PENCATATAN SIPIL',
    name: 'Urusan Pemerintahan Bidang Administrasi Kependudukan dan Pencatatan Sipil',
    shortName: 'Administrasi Kependudukan dan Pencatatan Sipil',
  },
  {
    code: '2.13',
    urusanCode: '2',
    officialName: 'URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN MASYARAKAT DAN DESA',
    name: 'Urusan Pemerintahan Bidang Pemberdayaan Masyarakat dan Desa',
    shortName: 'Pemberdayaan Masyarakat dan Desa',
  },
  {
    code: '2.14',
    urusanCode: '2',
    officialName: 'URUSAN PEMERINTAHAN BIDANG PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA',
    name: 'Urusan Pemerintahan Bidang Pengendalian Penduduk dan Keluarga Berencana',
    shortName: 'Pengendalian Penduduk dan Keluarga Berencana',
  },
  {
    code: '2.15',
    urusanCode: '2',
    officialName: 'URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN',
    name: 'Urusan Pemerintahan Bidang Perhubungan',
    shortName: 'Perhubungan',
  },
  {
    code: '2.16',
    urusanCode: '2',
    officialName: 'URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA',
    name: 'Urusan Pemerintahan Bidang Komunikasi dan Informatika',
    shortName: 'Komunikasi dan Informatika',
  },
  {
    code: '2.17',
    urusanCode: '2',
    officialName: 'URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH',
    name: 'Urusan Pemerintahan Bidang Koperasi, Usaha Kecil, dan Menengah',
    shortName: 'Koperasi, Usaha Kecil, dan Menengah',
  },
  {
    code: '2.18',
    urusanCode: '2',
    officialName: 'URUSAN PEMERINTAHAN BIDANG PENANAMAN MODAL',
    name: 'Urusan Pemerintahan Bidang Penanaman Modal',
    shortName: 'Penanaman Modal',
  },
  {
    code: '2.19',
    urusanCode: '2',
    officialName: 'URUSAN PEMERINTAHAN BIDANG KEPEMUDAAN DAN OLAHRAGA',
    name: 'Urusan Pemerintahan Bidang Kepemudaan dan Olahraga',
    shortName: 'Kepemudaan dan Olahraga',
  },
  {
    code: '2.20',
    urusanCode: '2',
    officialName: 'URUSAN PEMERINTAHAN BIDANG STATISTIK',
    name: 'Urusan Pemerintahan Bidang Statistik',
    shortName: 'Statistik',
  },
  {
    code: '2.21',
    urusanCode: '2',
    officialName: 'URUSAN PEMERINTAHAN BIDANG PERSANDIAN',
    name: 'Urusan Pemerintahan Bidang Persandian',
    shortName: 'Persandian',
  },
  {
    code: '2.22',
    urusanCode: '2',
    officialName: 'URUSAN PEMERINTAHAN BIDANG KEBUDAYAAN',
    name: 'Urusan Pemerintahan Bidang Kebudayaan',
    shortName: 'Kebudayaan',
  },
  {
    code: '2.23',
    urusanCode: '2',
    officialName: 'URUSAN PEMERINTAHAN BIDANG PERPUSTAKAAN',
    name: 'Urusan Pemerintahan Bidang Perpustakaan',
    shortName: 'Perpustakaan',
  },
  {
    code: '2.24',
    urusanCode: '2',
    officialName: 'URUSAN PEMERINTAHAN BIDANG KEARSIPAN',
    name: 'Urusan Pemerintahan Bidang Kearsipan',
    shortName: 'Kearsipan',
  },
  {
    code: '3.25',
    urusanCode: '3',
    officialName: 'URUSAN PEMERINTAHAN BIDANG KELAUTAN DAN PERIKANAN',
    name: 'Urusan Pemerintahan Bidang Kelautan dan Perikanan',
    shortName: 'Kelautan dan Perikanan',
  },
  {
    code: '3.26',
    urusanCode: '3',
    officialName: 'URUSAN PEMERINTAHAN BIDANG PARIWISATA',
    name: 'Urusan Pemerintahan Bidang Pariwisata',
    shortName: 'Pariwisata',
  },
  {
    code: '3.27',
    urusanCode: '3',
    officialName: 'URUSAN PEMERINTAHAN BIDANG PERTANIAN',
    name: 'Urusan Pemerintahan Bidang Pertanian',
    shortName: 'Pertanian',
  },
  {
    code: '3.30',
    urusanCode: '3',
    officialName: 'URUSAN PEMERINTAHAN BIDANG PERDAGANGAN',
    name: 'Urusan Pemerintahan Bidang Perdagangan',
    shortName: 'Perdagangan',
  },
  {
    code: '3.31',
    urusanCode: '3',
    officialName: 'URUSAN PEMERINTAHAN BIDANG PERINDUSTRIAN',
    name: 'Urusan Pemerintahan Bidang Perindustrian',
    shortName: 'Perindustrian',
  },
  {
    code: '3.32',
    urusanCode: '3',
    officialName: 'URUSAN PEMERINTAHAN BIDANG TRANSMIGRASI',
    name: 'Urusan Pemerintahan Bidang Transmigrasi',
    shortName: 'Transmigrasi',
  },
  {
    code: '4.01',
    urusanCode: '4',
    officialName: 'SEKRETARIAT DAERAH',
    name: 'Sekretariat Daerah',
    shortName: 'Sekretariat Daerah',
  },
  {
    code: '4.02',
    urusanCode: '4',
    officialName: 'SEKRETARIAT DPRD',
    name: 'Sekretariat DPRD',
    shortName: 'Sekretariat DPRD',
  },
  {
    code: '5.01',
    urusanCode: '5',
    officialName: 'PERENCANAAN',
    name: 'Perencanaan',
    shortName: 'Perencanaan',
  },
  {
    code: '5.02',
    urusanCode: '5',
    officialName: 'KEUANGAN',
    name: 'Keuangan',
    shortName: 'Keuangan',
  },
  {
    code: '5.03',
    urusanCode: '5',
    officialName: 'KEPEGAWAIAN',
    name: 'Kepegawaian',
    shortName: 'Kepegawaian',
  },
  {
    code: '5.04',
    urusanCode: '5',
    officialName: 'PENDIDIKAN DAN PELATIHAN',
    name: 'Pendidikan dan Pelatihan',
    shortName: 'Pendidikan dan Pelatihan',
  },
  {
    code: '5.05',
    urusanCode: '5',
    officialName: 'PENELITIAN DAN PENGEMBANGAN',
    name: 'Penelitian dan Pengembangan',
    shortName: 'Penelitian dan Pengembangan',
  },
  {
    code: '6.01',
    urusanCode: '6',
    officialName: 'INSPEKTORAT DAERAH',
    name: 'Inspektorat Daerah',
    shortName: 'Inspektorat Daerah',
  },
  {
    code: '7.01',
    urusanCode: '7',
    officialName: 'KECAMATAN',
    name: 'Kecamatan',
    shortName: 'Kecamatan',
  },
  {
    code: '8.01',
    urusanCode: '8',
    officialName: 'KESATUAN BANGSA DAN POLITIK',
    name: 'Kesatuan Bangsa dan Politik',
    shortName: 'Kesatuan Bangsa dan Politik',
  },
] as const satisfies readonly BidangUrusanInfo[];

/** The code of an urusan in {@link URUSAN}. */
export type KnownUrusanCode = (typeof URUSAN)[number]['code'];
/** The code of a bidang urusan in {@link BIDANG_URUSAN}. */
export type KnownBidangUrusanCode = (typeof BIDANG_URUSAN)[number]['code'];

const URUSAN_BY_CODE: ReadonlyMap<string, UrusanInfo> = new Map(URUSAN.map((u) => [u.code, u]));
const BIDANG_BY_CODE: ReadonlyMap<string, BidangUrusanInfo> = new Map(
  BIDANG_URUSAN.map((b) => [b.code, b]),
);

/** The urusan with this code (`1`–`8`), or `undefined`. */
export function findUrusan(code: string): UrusanInfo | undefined {
  return URUSAN_BY_CODE.get(code);
}

/** The bidang urusan with this code (`2.17`), or `undefined` when a kabupaten does not carry it. */
export function findBidangUrusan(code: string): BidangUrusanInfo | undefined {
  return BIDANG_BY_CODE.get(code);
}

/** The bidang urusan of one urusan, in code order. */
export function bidangUrusanOf(urusanCode: string): readonly BidangUrusanInfo[] {
  return BIDANG_URUSAN.filter((b) => b.urusanCode === urusanCode);
}

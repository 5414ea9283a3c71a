import type {
  DocumentKind,
  ProcedureStep,
  ServiceCategory,
  ServiceFee,
  ServiceStandard,
  ServiceStatus,
} from '@cerdas/model';
import { DEMO_MAIL_DOMAIN, DEMO_WEB } from './opds.js';

/*
 * Public services a regency offers, with the six published components of UU 25/2009 Pasal 21.
 * Names, requirements and times follow what regencies commonly publish; fees are free unless a
 * tax or retribusi applies, and every amount is an example (README.md). No decree numbers are
 * invented: a real standard is set by the head of the OPD's decree (PermenPANRB 15/2014).
 */

type Requirement = readonly [
  key: string,
  description: string,
  kind?: DocumentKind,
  optional?: 'optional',
];

export interface ServiceSpec {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly description: string;
  readonly opd: string;
  readonly category: ServiceCategory;
  readonly keywords: readonly string[];
  readonly days: number;
  readonly fee: ServiceFee;
  readonly product: string;
  readonly requirements: readonly Requirement[];
  readonly procedure: readonly ProcedureStep[];
  readonly legalBasis: readonly string[];
  readonly status?: ServiceStatus;
  /** Served at a kecamatan office instead of the MPP. */
  readonly atKecamatan?: boolean;
  readonly pasuruanOnly?: boolean;
}

const DEMO_FEE_NOTE = 'Besaran dalam data demo hanya contoh; yang berlaku adalah Perda dan Perbup.';
const PERDA_PDRD = 'Peraturan Daerah tentang Pajak Daerah dan Retribusi Daerah (UU 1/2022)';

const ADMINDUK_LAW = [
  'UU 23/2006 tentang Administrasi Kependudukan sebagaimana diubah dengan UU 24/2013',
  'Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil',
  'Permendagri 108/2019 tentang Peraturan Pelaksanaan Perpres 96/2018',
];
const OSS_LAW = [
  'UU 6/2023 tentang Penetapan Perppu 2/2022 tentang Cipta Kerja menjadi Undang-Undang',
  'PP 5/2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko dan perubahannya',
];

const ADMINDUK_STEPS: readonly ProcedureStep[] = [
  {
    title: 'Mengisi formulir dan menyerahkan persyaratan',
    description: 'Di loket Dispendukcapil Mal Pelayanan Publik atau melalui layanan daring.',
    performer: 'applicant',
  },
  { title: 'Verifikasi dan validasi berkas serta data dalam SIAK', performer: 'officer' },
  { title: 'Penerbitan dokumen dengan tanda tangan elektronik', performer: 'officer' },
  {
    title: 'Dokumen diterima pemohon',
    description: 'Diambil di loket atau dicetak sendiri dari berkas PDF yang dikirim.',
    performer: 'applicant',
  },
];

const OSS_STEPS: readonly ProcedureStep[] = [
  {
    title: 'Pemohon mengajukan permohonan melalui sistem elektronik (OSS-RBA/SIMBG)',
    performer: 'applicant',
  },
  { title: 'Verifikasi persyaratan oleh petugas DPMPTSP dan dinas teknis', performer: 'officer' },
  { title: 'Peninjauan lapangan bila diperlukan', performer: 'officer' },
  { title: 'Penerbitan persetujuan atau izin secara elektronik', performer: 'officer' },
];

const COUNTER_STEPS: readonly ProcedureStep[] = [
  {
    title: 'Pemohon mengambil nomor antrean dan menyerahkan persyaratan di loket',
    performer: 'applicant',
  },
  { title: 'Petugas memeriksa kelengkapan berkas', performer: 'officer' },
  { title: 'Pemrosesan dan penandatanganan oleh pejabat berwenang', performer: 'officer' },
  { title: 'Penyerahan produk layanan kepada pemohon', performer: 'officer' },
];

const FIELD_STEPS: readonly ProcedureStep[] = [
  { title: 'Pemohon mendaftar di loket atau melalui layanan daring', performer: 'applicant' },
  { title: 'Pemeriksaan berkas dan penjadwalan pemeriksaan lapangan', performer: 'officer' },
  { title: 'Pemeriksaan lapangan oleh petugas teknis', performer: 'officer' },
  { title: 'Penerbitan hasil layanan', performer: 'officer' },
];

const free: ServiceFee = { kind: 'free' };

function retribusi(description: string): ServiceFee {
  return {
    kind: 'variable',
    description: `${description} ${DEMO_FEE_NOTE}`,
    legalBasis: PERDA_PDRD,
  };
}

const KTP: Requirement = ['ktp-el', 'KTP-el pemohon', 'ktp-el'];
const KK: Requirement = ['kk', 'Kartu Keluarga', 'kartu-keluarga'];

export const SERVICE_SPECS: readonly ServiceSpec[] = [
  {
    id: 'ktp-el-baru',
    code: 'DUK-01',
    name: 'Penerbitan KTP-el Baru (Perekaman)',
    description:
      'Perekaman data biometrik dan penerbitan KTP-el bagi penduduk yang berusia 17 tahun, sudah kawin atau pernah kawin.',
    opd: 'dispendukcapil',
    category: 'administrasi-kependudukan',
    keywords: ['KTP', 'e-KTP', 'perekaman', 'KTP elektronik'],
    days: 1,
    fee: free,
    product: 'KTP-el',
    requirements: [KK, ['umur', 'Berusia 17 tahun, sudah kawin atau pernah kawin']],
    procedure: ADMINDUK_STEPS,
    legalBasis: ADMINDUK_LAW,
  },
  {
    id: 'ktp-el-ganti',
    code: 'DUK-02',
    name: 'Penggantian KTP-el Rusak, Hilang atau Berubah Data',
    description: 'Penerbitan ulang KTP-el karena rusak, hilang, atau perubahan elemen data.',
    opd: 'dispendukcapil',
    category: 'administrasi-kependudukan',
    keywords: ['KTP', 'KTP hilang', 'KTP rusak', 'cetak ulang'],
    days: 1,
    fee: free,
    product: 'KTP-el',
    requirements: [
      KK,
      ['ktp-lama', 'KTP-el lama yang rusak (bila rusak)', 'ktp-el', 'optional'],
      [
        'surat-kehilangan',
        'Surat keterangan kehilangan dari kepolisian (bila hilang)',
        'surat-keterangan',
        'optional',
      ],
    ],
    procedure: ADMINDUK_STEPS,
    legalBasis: ADMINDUK_LAW,
  },
  {
    id: 'kk-baru',
    code: 'DUK-03',
    name: 'Penerbitan Kartu Keluarga Baru',
    description: 'Penerbitan KK bagi keluarga baru setelah perkawinan atau karena pisah KK.',
    opd: 'dispendukcapil',
    category: 'administrasi-kependudukan',
    keywords: ['KK', 'kartu keluarga', 'pisah KK'],
    days: 1,
    fee: free,
    product: 'Kartu Keluarga',
    requirements: [
      ['buku-nikah', 'Buku nikah atau kutipan akta perkawinan', 'akta-perkawinan'],
      ['kk-lama', 'KK lama (bila pisah KK)', 'kartu-keluarga', 'optional'],
      ['skpwni', 'Surat keterangan pindah (bagi pendatang)', 'surat-keterangan', 'optional'],
    ],
    procedure: ADMINDUK_STEPS,
    legalBasis: ADMINDUK_LAW,
  },
  {
    id: 'kk-perubahan',
    code: 'DUK-04',
    name: 'Perubahan Data Kartu Keluarga',
    description: 'Penambahan atau pengurangan anggota keluarga dan perubahan elemen data dalam KK.',
    opd: 'dispendukcapil',
    category: 'administrasi-kependudukan',
    keywords: ['KK', 'tambah anggota', 'perubahan data'],
    days: 1,
    fee: free,
    product: 'Kartu Keluarga',
    requirements: [
      KK,
      [
        'dokumen-peristiwa',
        'Dokumen peristiwa: akta kelahiran, akta kematian atau surat pindah',
        'surat-keterangan',
      ],
    ],
    procedure: ADMINDUK_STEPS,
    legalBasis: ADMINDUK_LAW,
  },
  {
    id: 'akta-kelahiran',
    code: 'DUK-05',
    name: 'Penerbitan Akta Kelahiran',
    description: 'Pencatatan kelahiran dan penerbitan kutipan akta kelahiran.',
    opd: 'dispendukcapil',
    category: 'administrasi-kependudukan',
    keywords: ['akta lahir', 'kelahiran', 'bayi'],
    days: 1,
    fee: free,
    product: 'Kutipan Akta Kelahiran',
    requirements: [
      [
        'surat-lahir',
        'Surat keterangan lahir dari rumah sakit, puskesmas, bidan atau desa',
        'surat-keterangan',
      ],
      KK,
      [
        'buku-nikah',
        'Buku nikah orang tua, atau SPTJM kebenaran pasangan suami istri',
        'akta-perkawinan',
        'optional',
      ],
    ],
    procedure: ADMINDUK_STEPS,
    legalBasis: ADMINDUK_LAW,
  },
  {
    id: 'akta-kematian',
    code: 'DUK-06',
    name: 'Penerbitan Akta Kematian',
    description: 'Pencatatan kematian, penerbitan akta kematian dan pemutakhiran KK keluarga.',
    opd: 'dispendukcapil',
    category: 'administrasi-kependudukan',
    keywords: ['akta mati', 'kematian', 'meninggal'],
    days: 1,
    fee: free,
    product: 'Kutipan Akta Kematian dan KK baru',
    requirements: [
      [
        'surat-kematian',
        'Surat keterangan kematian dari rumah sakit atau desa/kelurahan',
        'surat-keterangan',
      ],
      KK,
    ],
    procedure: ADMINDUK_STEPS,
    legalBasis: ADMINDUK_LAW,
  },
  {
    id: 'akta-perkawinan',
    code: 'DUK-07',
    name: 'Pencatatan Perkawinan bagi Penduduk Non-Muslim',
    description:
      'Pencatatan perkawinan yang sah menurut agama selain Islam dan penerbitan akta perkawinan.',
    opd: 'dispendukcapil',
    category: 'administrasi-kependudukan',
    keywords: ['akta nikah', 'perkawinan', 'pernikahan'],
    days: 1,
    fee: free,
    product: 'Kutipan Akta Perkawinan',
    requirements: [
      ['surat-pemuka-agama', 'Surat keterangan perkawinan dari pemuka agama', 'surat-keterangan'],
      ['ktp-mempelai', 'KTP-el kedua mempelai', 'ktp-el'],
      ['foto-berdampingan', 'Pas foto berdampingan 4×6', 'pas-foto'],
    ],
    procedure: ADMINDUK_STEPS,
    legalBasis: ADMINDUK_LAW,
  },
  {
    id: 'pindah-keluar',
    code: 'DUK-08',
    name: 'Penerbitan Surat Keterangan Pindah WNI (SKPWNI)',
    description: 'Surat keterangan pindah bagi penduduk yang pindah ke luar kabupaten.',
    opd: 'dispendukcapil',
    category: 'administrasi-kependudukan',
    keywords: ['pindah', 'SKPWNI', 'mutasi penduduk'],
    days: 1,
    fee: free,
    product: 'Surat Keterangan Pindah WNI',
    requirements: [KK, KTP],
    procedure: ADMINDUK_STEPS,
    legalBasis: ADMINDUK_LAW,
  },
  {
    id: 'pindah-datang',
    code: 'DUK-09',
    name: 'Pendaftaran Kedatangan Penduduk (Pindah Datang)',
    description:
      'Pencatatan penduduk yang datang dari luar kabupaten dan penerbitan KK di alamat baru.',
    opd: 'dispendukcapil',
    category: 'administrasi-kependudukan',
    keywords: ['pindah datang', 'kedatangan', 'SKPWNI'],
    days: 1,
    fee: free,
    product: 'Kartu Keluarga dan KTP-el alamat baru',
    requirements: [['skpwni', 'Surat keterangan pindah dari daerah asal', 'surat-keterangan']],
    procedure: ADMINDUK_STEPS,
    legalBasis: ADMINDUK_LAW,
  },
  {
    id: 'kia',
    code: 'DUK-10',
    name: 'Penerbitan Kartu Identitas Anak (KIA)',
    description: 'Kartu identitas bagi anak berusia di bawah 17 tahun dan belum kawin.',
    opd: 'dispendukcapil',
    category: 'administrasi-kependudukan',
    keywords: ['KIA', 'kartu anak', 'identitas anak'],
    days: 1,
    fee: free,
    product: 'Kartu Identitas Anak',
    requirements: [
      ['akta-lahir-anak', 'Kutipan akta kelahiran anak', 'akta-kelahiran'],
      KK,
      ['pas-foto-anak', 'Pas foto anak berwarna (usia 5 tahun ke atas)', 'pas-foto', 'optional'],
    ],
    procedure: ADMINDUK_STEPS,
    legalBasis: [...ADMINDUK_LAW, 'Permendagri 2/2016 tentang Kartu Identitas Anak'],
  },
  {
    id: 'ikd',
    code: 'DUK-11',
    name: 'Aktivasi Identitas Kependudukan Digital (IKD)',
    description: 'Aktivasi KTP digital di ponsel pemohon dengan verifikasi wajah di loket.',
    opd: 'dispendukcapil',
    category: 'administrasi-kependudukan',
    keywords: ['IKD', 'KTP digital', 'identitas digital'],
    days: 0,
    fee: free,
    product: 'Akun Identitas Kependudukan Digital aktif',
    requirements: [KTP, ['ponsel', 'Ponsel pintar dengan nomor dan e-mail aktif', 'lainnya']],
    procedure: ADMINDUK_STEPS,
    legalBasis: [
      ...ADMINDUK_LAW,
      'Permendagri 72/2022 tentang Standar dan Spesifikasi KTP-el serta IKD',
    ],
  },
  {
    id: 'pbg',
    code: 'PTSP-01',
    name: 'Persetujuan Bangunan Gedung (PBG)',
    description:
      'Persetujuan untuk membangun baru, mengubah, memperluas atau merawat bangunan gedung melalui SIMBG.',
    opd: 'dpmptsp',
    category: 'perizinan',
    keywords: ['PBG', 'IMB', 'izin bangunan', 'SIMBG'],
    days: 28,
    fee: retribusi(
      'Retribusi PBG dihitung dari luas bangunan, indeks lokalitas, indeks terintegrasi dan harga satuan retribusi.',
    ),
    product: 'Dokumen PBG elektronik',
    requirements: [
      KTP,
      ['bukti-tanah', 'Bukti kepemilikan atau penguasaan tanah', 'bukti-kepemilikan-tanah'],
      ['gambar-teknis', 'Dokumen rencana teknis (arsitektur, struktur, utilitas)', 'lainnya'],
      [
        'kkpr',
        'Konfirmasi atau persetujuan kesesuaian kegiatan pemanfaatan ruang',
        'surat-keterangan',
      ],
    ],
    procedure: OSS_STEPS,
    legalBasis: [
      'PP 16/2021 tentang Peraturan Pelaksanaan UU 28/2002 tentang Bangunan Gedung',
      PERDA_PDRD,
    ],
  },
  {
    id: 'slf',
    code: 'PTSP-02',
    name: 'Sertifikat Laik Fungsi (SLF)',
    description: 'Sertifikat kelaikan fungsi bangunan gedung sebelum dimanfaatkan.',
    opd: 'dpmptsp',
    category: 'perizinan',
    keywords: ['SLF', 'laik fungsi', 'bangunan'],
    days: 3,
    fee: free,
    product: 'Sertifikat Laik Fungsi',
    requirements: [
      ['pbg', 'Dokumen PBG', 'lainnya'],
      [
        'pernyataan-laik',
        'Surat pernyataan kelaikan fungsi dari pengkaji teknis',
        'surat-keterangan',
      ],
    ],
    procedure: OSS_STEPS,
    legalBasis: ['PP 16/2021 tentang Peraturan Pelaksanaan UU 28/2002 tentang Bangunan Gedung'],
  },
  {
    id: 'nib-oss',
    code: 'PTSP-03',
    name: 'Pendampingan Penerbitan NIB melalui OSS-RBA bagi Usaha Mikro dan Kecil',
    description:
      'Pendampingan pelaku usaha mikro dan kecil mendaftar di OSS-RBA sampai terbit Nomor Induk Berusaha.',
    opd: 'dpmptsp',
    category: 'perizinan',
    keywords: ['NIB', 'OSS', 'izin usaha', 'UMKM'],
    days: 0,
    fee: free,
    product: 'Nomor Induk Berusaha (NIB) dan perizinan sesuai tingkat risiko',
    requirements: [
      KTP,
      ['kontak', 'Nomor ponsel dan alamat e-mail aktif', 'lainnya'],
      ['npwp', 'NPWP (bila ada)', 'npwp', 'optional'],
    ],
    procedure: OSS_STEPS,
    legalBasis: OSS_LAW,
  },
  {
    id: 'sip-dokter',
    code: 'PTSP-04',
    name: 'Surat Izin Praktik Dokter dan Dokter Gigi',
    description:
      'Izin praktik bagi dokter dan dokter gigi di fasilitas pelayanan kesehatan atau praktik mandiri.',
    opd: 'dpmptsp',
    category: 'kesehatan',
    keywords: ['SIP', 'dokter', 'izin praktik'],
    days: 5,
    fee: free,
    product: 'Surat Izin Praktik',
    requirements: [
      ['str', 'Surat Tanda Registrasi yang berlaku', 'lainnya'],
      ['tempat-praktik', 'Surat keterangan tempat praktik', 'surat-keterangan'],
      ['pas-foto', 'Pas foto berwarna 4×6', 'pas-foto'],
      KTP,
    ],
    procedure: OSS_STEPS,
    legalBasis: [
      'UU 17/2023 tentang Kesehatan',
      'PP 28/2024 tentang Peraturan Pelaksanaan UU 17/2023',
    ],
  },
  {
    id: 'sip-nakes',
    code: 'PTSP-05',
    name: 'Surat Izin Praktik Tenaga Kesehatan (Bidan, Perawat, Apoteker)',
    description: 'Izin praktik bagi bidan, perawat, apoteker dan tenaga kesehatan lain.',
    opd: 'dpmptsp',
    category: 'kesehatan',
    keywords: ['SIP', 'bidan', 'perawat', 'apoteker'],
    days: 5,
    fee: free,
    product: 'Surat Izin Praktik',
    requirements: [
      ['str', 'Surat Tanda Registrasi yang berlaku', 'lainnya'],
      [
        'tempat-praktik',
        'Surat keterangan dari pimpinan fasilitas pelayanan kesehatan',
        'surat-keterangan',
      ],
      ['pas-foto', 'Pas foto berwarna 4×6', 'pas-foto'],
    ],
    procedure: OSS_STEPS,
    legalBasis: [
      'UU 17/2023 tentang Kesehatan',
      'PP 28/2024 tentang Peraturan Pelaksanaan UU 17/2023',
    ],
  },
  {
    id: 'reklame',
    code: 'PTSP-06',
    name: 'Izin Penyelenggaraan Reklame',
    description: 'Izin pemasangan reklame papan, baliho, kain dan sejenisnya.',
    opd: 'dpmptsp',
    category: 'perizinan',
    keywords: ['reklame', 'baliho', 'papan nama', 'spanduk'],
    days: 5,
    fee: retribusi(
      'Pajak reklame dihitung dari jenis, ukuran, lokasi dan jangka waktu pemasangan.',
    ),
    product: 'Izin penyelenggaraan reklame',
    requirements: [
      KTP,
      ['desain', 'Desain dan ukuran reklame', 'lainnya'],
      ['izin-pemilik-lahan', 'Izin pemilik lahan atau bangunan tempat reklame', 'surat-keterangan'],
    ],
    procedure: FIELD_STEPS,
    legalBasis: [PERDA_PDRD],
  },
  {
    id: 'pkkpr',
    code: 'PTSP-07',
    name: 'Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (PKKPR) Non-Berusaha',
    description:
      'Persetujuan kesesuaian rencana kegiatan dengan rencana tata ruang untuk kegiatan non-berusaha.',
    opd: 'dpmptsp',
    category: 'perizinan',
    keywords: ['PKKPR', 'tata ruang', 'KKPR'],
    days: 20,
    fee: free,
    product: 'Dokumen PKKPR',
    requirements: [
      KTP,
      ['bukti-tanah', 'Bukti penguasaan tanah', 'bukti-kepemilikan-tanah'],
      ['rencana-kegiatan', 'Rencana teknis kegiatan dan koordinat lokasi', 'lainnya'],
    ],
    procedure: OSS_STEPS,
    legalBasis: ['PP 21/2021 tentang Penyelenggaraan Penataan Ruang'],
  },
  {
    id: 'izin-gangguan',
    code: 'PTSP-08',
    name: 'Izin Gangguan (HO)',
    description:
      'Tidak lagi diterbitkan: izin gangguan dicabut oleh Permendagri 19/2017. Ditampilkan sebagai contoh layanan yang sudah tidak berlaku.',
    opd: 'dpmptsp',
    category: 'perizinan',
    keywords: ['HO', 'izin gangguan'],
    days: 7,
    fee: free,
    product: 'Izin gangguan (tidak berlaku lagi)',
    requirements: [],
    procedure: COUNTER_STEPS,
    legalBasis: [
      'Permendagri 19/2017 tentang Pencabutan Permendagri 27/2009 tentang Pedoman Penetapan Izin Gangguan di Daerah',
    ],
    status: 'defunct',
  },
  {
    id: 'spp-irt',
    code: 'KES-01',
    name: 'Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)',
    description:
      'Penyuluhan keamanan pangan, pemeriksaan sarana produksi dan penerbitan nomor P-IRT.',
    opd: 'dinkes',
    category: 'kesehatan',
    keywords: ['P-IRT', 'PIRT', 'pangan rumah tangga', 'UMKM'],
    days: 14,
    fee: free,
    product: 'SPP-IRT dengan nomor P-IRT 15 angka',
    requirements: [
      ['nib', 'Nomor Induk Berusaha', 'nib'],
      ['sertifikat-penyuluhan', 'Sertifikat penyuluhan keamanan pangan', 'surat-keterangan'],
      ['label', 'Rancangan label pangan', 'lainnya'],
    ],
    procedure: FIELD_STEPS,
    legalBasis: ['Peraturan BPOM 22/2018 tentang Pedoman Pemberian SPP-IRT'],
  },
  {
    id: 'slhs',
    code: 'KES-02',
    name: 'Sertifikat Laik Higiene Sanitasi (SLHS) Tempat Pengelolaan Pangan',
    description:
      'Sertifikat higiene sanitasi bagi jasa boga, rumah makan, depot air minum dan sejenisnya.',
    opd: 'dinkes',
    category: 'kesehatan',
    keywords: ['SLHS', 'higiene', 'jasa boga', 'depot air'],
    days: 14,
    fee: retribusi(
      'Biaya uji laboratorium sampel makanan dan air sesuai tarif laboratorium kesehatan daerah.',
    ),
    product: 'Sertifikat Laik Higiene Sanitasi',
    requirements: [
      ['nib', 'Nomor Induk Berusaha', 'nib'],
      ['denah', 'Denah dapur atau tempat pengolahan', 'lainnya'],
      ['sertifikat-penjamah', 'Sertifikat kursus penjamah pangan', 'surat-keterangan'],
    ],
    procedure: FIELD_STEPS,
    legalBasis: [
      'Permenkes 14/2021 tentang Standar Kegiatan Usaha dan Produk pada Penyelenggaraan Perizinan Berusaha Berbasis Risiko Sektor Kesehatan',
    ],
  },
  {
    id: 'rawat-jalan-rsud',
    code: 'RS-01',
    name: 'Pelayanan Rawat Jalan Poliklinik RSUD Bangil',
    description:
      'Pemeriksaan dan pengobatan di poliklinik spesialis, untuk peserta JKN dengan rujukan dan pasien umum.',
    opd: 'rsud-bangil',
    category: 'kesehatan',
    keywords: ['rumah sakit', 'poli', 'rawat jalan', 'BPJS'],
    days: 0,
    fee: retribusi(
      'Tarif layanan BLUD sesuai Peraturan Bupati; peserta JKN mengikuti ketentuan BPJS Kesehatan.',
    ),
    product: 'Layanan pemeriksaan dan resep',
    requirements: [
      KTP,
      ['rujukan', 'Surat rujukan dari FKTP (peserta JKN)', 'surat-keterangan', 'optional'],
    ],
    procedure: COUNTER_STEPS,
    legalBasis: ['UU 17/2023 tentang Kesehatan'],
    pasuruanOnly: true,
  },
  {
    id: 'dtsen',
    code: 'SOS-01',
    name: 'Usulan Pendaftaran Data Tunggal Sosial dan Ekonomi Nasional (DTSEN)',
    description:
      'Usulan keluarga kurang mampu untuk masuk atau dimutakhirkan dalam DTSEN (dahulu DTKS) sebagai dasar bantuan sosial.',
    opd: 'dinsos',
    category: 'sosial',
    keywords: ['DTKS', 'DTSEN', 'bansos', 'PKH'],
    days: 10,
    fee: free,
    product: 'Tanda terima usulan dan status verifikasi',
    requirements: [
      KTP,
      KK,
      ['pengantar-desa', 'Surat pengantar desa/kelurahan', 'surat-pengantar-desa'],
    ],
    procedure: COUNTER_STEPS,
    legalBasis: [
      'UU 13/2011 tentang Penanganan Fakir Miskin',
      'Inpres 4/2025 tentang Data Tunggal Sosial dan Ekonomi Nasional',
    ],
  },
  {
    id: 'sktm',
    code: 'SOS-02',
    name: 'Rekomendasi Keterangan Tidak Mampu untuk Jaminan Kesehatan dan Pendidikan',
    description:
      'Rekomendasi Dinas Sosial bagi warga kurang mampu untuk keringanan biaya kesehatan atau pendidikan.',
    opd: 'dinsos',
    category: 'sosial',
    keywords: ['SKTM', 'tidak mampu', 'keringanan'],
    days: 1,
    fee: free,
    product: 'Surat rekomendasi',
    requirements: [
      KTP,
      KK,
      ['sktm-desa', 'Surat keterangan tidak mampu dari desa/kelurahan', 'surat-pengantar-desa'],
    ],
    procedure: COUNTER_STEPS,
    legalBasis: ['UU 13/2011 tentang Penanganan Fakir Miskin'],
  },
  {
    id: 'pbi-jk',
    code: 'SOS-03',
    name: 'Rekomendasi Penerima Bantuan Iuran Jaminan Kesehatan (PBI-JK)',
    description:
      'Rekomendasi pendaftaran warga kurang mampu sebagai peserta JKN yang iurannya dibayar pemerintah.',
    opd: 'dinsos',
    category: 'sosial',
    keywords: ['PBI', 'BPJS', 'KIS', 'JKN'],
    days: 3,
    fee: free,
    product: 'Surat rekomendasi PBI-JK',
    requirements: [KTP, KK],
    procedure: COUNTER_STEPS,
    legalBasis: [
      'PP 101/2012 tentang Penerima Bantuan Iuran Jaminan Kesehatan sebagaimana telah diubah',
    ],
  },
  {
    id: 'kartu-kuning',
    code: 'NAKER-01',
    name: 'Kartu Tanda Bukti Pendaftaran Pencari Kerja (Kartu Kuning/AK.1)',
    description:
      'Pendaftaran pencari kerja dan penerbitan kartu AK.1 secara daring maupun di loket.',
    opd: 'disnaker',
    category: 'ketenagakerjaan',
    keywords: ['kartu kuning', 'AK1', 'pencari kerja', 'loker'],
    days: 0,
    fee: free,
    product: 'Kartu AK.1',
    requirements: [
      KTP,
      ['ijazah', 'Ijazah terakhir', 'lainnya'],
      ['pas-foto', 'Pas foto 3×4', 'pas-foto'],
    ],
    procedure: COUNTER_STEPS,
    legalBasis: ['Permenaker 39/2016 tentang Penempatan Tenaga Kerja'],
  },
  {
    id: 'peraturan-perusahaan',
    code: 'NAKER-02',
    name: 'Pengesahan Peraturan Perusahaan',
    description:
      'Pengesahan peraturan perusahaan bagi perusahaan yang mempekerjakan paling sedikit 10 pekerja.',
    opd: 'disnaker',
    category: 'ketenagakerjaan',
    keywords: ['peraturan perusahaan', 'PP', 'hubungan industrial'],
    days: 7,
    fee: free,
    product: 'Surat keputusan pengesahan peraturan perusahaan',
    requirements: [
      ['naskah-pp', 'Naskah peraturan perusahaan', 'lainnya'],
      ['nib', 'NIB perusahaan', 'nib'],
    ],
    procedure: COUNTER_STEPS,
    legalBasis: ['PP 35/2021 tentang PKWT, Alih Daya, Waktu Kerja dan Waktu Istirahat, dan PHK'],
  },
  {
    id: 'uji-kir',
    code: 'HUB-01',
    name: 'Pengujian Berkala Kendaraan Bermotor (Uji KIR)',
    description:
      'Uji berkala laik jalan bagi mobil barang, mobil penumpang umum dan bus, setiap enam bulan.',
    opd: 'dishub',
    category: 'perhubungan',
    keywords: ['KIR', 'uji kendaraan', 'BLUe', 'angkutan'],
    days: 0,
    fee: {
      kind: 'fixed',
      amount: 75_000,
      legalBasis: `${PERDA_PDRD}. ${DEMO_FEE_NOTE}`,
    },
    product: 'Kartu uji berkala elektronik (BLUe)',
    requirements: [
      ['stnk', 'STNK kendaraan', 'lainnya'],
      ['buku-uji', 'Kartu uji lama (uji ulang)', 'lainnya', 'optional'],
      KTP,
    ],
    procedure: FIELD_STEPS,
    legalBasis: [
      'PP 55/2012 tentang Kendaraan',
      'Permenhub PM 19/2021 tentang Pengujian Berkala Kendaraan Bermotor',
    ],
  },
  {
    id: 'andalalin',
    code: 'HUB-02',
    name: 'Persetujuan Hasil Analisis Dampak Lalu Lintas (Andalalin)',
    description:
      'Penilaian dan persetujuan dokumen andalalin untuk pembangunan pusat kegiatan, permukiman atau infrastruktur.',
    opd: 'dishub',
    category: 'perhubungan',
    keywords: ['andalalin', 'lalu lintas', 'rekomendasi'],
    days: 20,
    fee: free,
    product: 'Surat persetujuan hasil andalalin',
    requirements: [
      ['dokumen-andalalin', 'Dokumen hasil analisis dampak lalu lintas', 'lainnya'],
      ['nib', 'NIB pemohon', 'nib'],
    ],
    procedure: OSS_STEPS,
    legalBasis: ['PP 30/2021 tentang Penyelenggaraan Bidang Lalu Lintas dan Angkutan Jalan'],
  },
  {
    id: 'tera',
    code: 'DAG-01',
    name: 'Tera dan Tera Ulang Alat Ukur, Takar, Timbang dan Perlengkapannya (UTTP)',
    description:
      'Tera dan tera ulang timbangan pasar, pompa BBM, meter air dan UTTP lain oleh UPT Metrologi Legal.',
    opd: 'disperindag',
    category: 'lainnya',
    keywords: ['tera', 'timbangan', 'metrologi', 'UTTP'],
    days: 3,
    fee: retribusi('Retribusi tera/tera ulang menurut jenis dan kapasitas UTTP.'),
    product: 'Tanda tera sah dan surat keterangan hasil pengujian',
    requirements: [KTP, ['daftar-uttp', 'Daftar UTTP yang akan ditera', 'formulir']],
    procedure: FIELD_STEPS,
    legalBasis: ['UU 2/1981 tentang Metrologi Legal', PERDA_PDRD],
  },
  {
    id: 'kios-pasar',
    code: 'DAG-02',
    name: 'Izin Penempatan Kios dan Los Pasar Daerah',
    description:
      'Izin menempati kios atau los di pasar daerah. Sementara ditutup selama pendataan ulang pedagang (contoh status data demo).',
    opd: 'disperindag',
    category: 'pajak-retribusi',
    keywords: ['pasar', 'kios', 'los', 'pedagang'],
    days: 5,
    fee: retribusi('Retribusi pelayanan pasar per meter persegi per hari.'),
    product: 'Kartu izin penempatan pedagang',
    requirements: [KTP, ['pas-foto', 'Pas foto 3×4', 'pas-foto']],
    procedure: COUNTER_STEPS,
    legalBasis: [PERDA_PDRD],
    status: 'temporarily-closed',
  },
  {
    id: 'ukl-upl',
    code: 'LH-01',
    name: 'Persetujuan Lingkungan melalui Pemeriksaan Formulir UKL-UPL',
    description:
      'Pemeriksaan formulir UKL-UPL dan penerbitan Persetujuan Pernyataan Kesanggupan Pengelolaan Lingkungan Hidup (PKPLH).',
    opd: 'dlh',
    category: 'lingkungan-hidup',
    keywords: ['UKL-UPL', 'persetujuan lingkungan', 'PKPLH', 'amdal'],
    days: 10,
    fee: free,
    product: 'Persetujuan Pernyataan Kesanggupan Pengelolaan Lingkungan Hidup (PKPLH)',
    requirements: [
      ['formulir-ukl-upl', 'Formulir UKL-UPL standar', 'formulir'],
      ['nib', 'NIB', 'nib'],
      ['pkkpr', 'Persetujuan kesesuaian kegiatan pemanfaatan ruang', 'surat-keterangan'],
    ],
    procedure: FIELD_STEPS,
    legalBasis: [
      'PP 22/2021 tentang Penyelenggaraan Perlindungan dan Pengelolaan Lingkungan Hidup',
    ],
  },
  {
    id: 'sedot-tinja',
    code: 'PKP-01',
    name: 'Layanan Penyedotan Lumpur Tinja',
    description: 'Penyedotan tangki septik rumah tangga dan pengolahan di IPLT.',
    opd: 'disperkim',
    category: 'pekerjaan-umum',
    keywords: ['sedot WC', 'tinja', 'septic tank', 'IPLT'],
    days: 3,
    fee: retribusi('Retribusi penyedotan kakus per meter kubik.'),
    product: 'Layanan penyedotan dan bukti pembayaran retribusi',
    requirements: [KTP, ['alamat-lokasi', 'Alamat dan patokan lokasi tangki septik', 'lainnya']],
    procedure: FIELD_STEPS,
    legalBasis: [PERDA_PDRD],
  },
  {
    id: 'pengganti-ijazah',
    code: 'DIK-01',
    name: 'Surat Keterangan Pengganti Ijazah SD/SMP yang Hilang atau Rusak',
    description:
      'Surat keterangan yang berpenghargaan sama dengan ijazah bagi ijazah SD/SMP yang hilang atau rusak.',
    opd: 'dispendik',
    category: 'pendidikan',
    keywords: ['ijazah hilang', 'SKPI', 'pengganti ijazah'],
    days: 5,
    fee: free,
    product: 'Surat keterangan pengganti ijazah',
    requirements: [
      ['surat-kehilangan', 'Surat keterangan kehilangan dari kepolisian', 'surat-keterangan'],
      ['keterangan-sekolah', 'Surat keterangan dari sekolah asal', 'surat-keterangan'],
      ['pas-foto', 'Pas foto 3×4', 'pas-foto'],
    ],
    procedure: COUNTER_STEPS,
    legalBasis: ['Permendikbudristek 58/2024 tentang Ijazah Jenjang Pendidikan Dasar dan Menengah'],
  },
  {
    id: 'skkh',
    code: 'TAN-01',
    name: 'Surat Keterangan Kesehatan Hewan (SKKH)',
    description:
      'Pemeriksaan dan surat keterangan kesehatan hewan untuk pengiriman ternak ke luar daerah.',
    opd: 'distan',
    category: 'lainnya',
    keywords: ['SKKH', 'ternak', 'kesehatan hewan', 'sapi'],
    days: 1,
    fee: retribusi('Retribusi pemeriksaan kesehatan hewan per ekor.'),
    product: 'Surat Keterangan Kesehatan Hewan',
    requirements: [KTP, ['daftar-ternak', 'Daftar jenis dan jumlah ternak', 'formulir']],
    procedure: FIELD_STEPS,
    legalBasis: [
      'UU 18/2009 tentang Peternakan dan Kesehatan Hewan sebagaimana diubah dengan UU 41/2014',
    ],
  },
  {
    id: 'kusuka',
    code: 'IKN-01',
    name: 'Fasilitasi Pendaftaran Kartu Pelaku Usaha Kelautan dan Perikanan (KUSUKA)',
    description: 'Pendampingan nelayan, pembudi daya dan pengolah ikan mendaftar KUSUKA.',
    opd: 'diskan',
    category: 'lainnya',
    keywords: ['KUSUKA', 'nelayan', 'kartu nelayan'],
    days: 3,
    fee: free,
    product: 'Kartu KUSUKA',
    requirements: [KTP, KK, ['pas-foto', 'Pas foto', 'pas-foto']],
    procedure: COUNTER_STEPS,
    legalBasis: ['Permen KP 39/2017 tentang Kartu Pelaku Usaha Kelautan dan Perikanan'],
  },
  {
    id: 'anggota-perpustakaan',
    code: 'PUS-01',
    name: 'Pendaftaran Anggota Perpustakaan Daerah',
    description:
      'Kartu anggota untuk meminjam koleksi perpustakaan daerah dan perpustakaan digital.',
    opd: 'dispusip',
    category: 'pendidikan',
    keywords: ['perpustakaan', 'kartu anggota', 'pinjam buku'],
    days: 0,
    fee: free,
    product: 'Kartu anggota perpustakaan',
    requirements: [KTP],
    procedure: COUNTER_STEPS,
    legalBasis: ['UU 43/2007 tentang Perpustakaan'],
  },
  {
    id: 'informasi-publik',
    code: 'KOM-01',
    name: 'Permohonan Informasi Publik',
    description:
      'Permohonan informasi publik kepada PPID Utama, dijawab paling lama 10 hari kerja dan dapat diperpanjang 7 hari kerja.',
    opd: 'diskominfo',
    category: 'lainnya',
    keywords: ['PPID', 'informasi publik', 'keterbukaan informasi'],
    days: 10,
    fee: free,
    product: 'Informasi publik yang dimohon atau surat pemberitahuan tertulis',
    requirements: [
      KTP,
      ['rincian-informasi', 'Rincian informasi yang dimohon dan tujuannya', 'formulir'],
    ],
    procedure: COUNTER_STEPS,
    legalBasis: [
      'UU 14/2008 tentang Keterbukaan Informasi Publik',
      'Perki 1/2021 tentang Standar Layanan Informasi Publik',
    ],
  },
  {
    id: 'halal-umk',
    code: 'KUM-01',
    name: 'Fasilitasi Sertifikasi Halal Gratis (Pernyataan Pelaku Usaha) bagi Usaha Mikro dan Kecil',
    description:
      'Pendampingan pendaftaran sertifikasi halal skema pernyataan pelaku usaha (self declare) di SIHALAL.',
    opd: 'diskopum',
    category: 'perizinan',
    keywords: ['halal', 'sertifikat halal', 'SEHATI', 'UMKM'],
    days: 15,
    fee: free,
    product: 'Sertifikat halal dari BPJPH',
    requirements: [
      ['nib', 'NIB', 'nib'],
      KTP,
      ['daftar-bahan', 'Daftar bahan dan proses produksi', 'formulir'],
    ],
    procedure: FIELD_STEPS,
    legalBasis: [
      'UU 33/2014 tentang Jaminan Produk Halal sebagaimana diubah dengan UU 6/2023',
      'PP 39/2021 tentang Penyelenggaraan Bidang Jaminan Produk Halal',
    ],
  },
  {
    id: 'etalase-umkm',
    code: 'KUM-02',
    name: 'Pendaftaran UMKM di Etalase E-Branding Kabupaten',
    description:
      'Pendaftaran dan verifikasi usaha mikro agar tampil di katalog UMKM portal kabupaten.',
    opd: 'diskopum',
    category: 'lainnya',
    keywords: ['UMKM', 'e-branding', 'katalog', 'etalase'],
    days: 3,
    fee: free,
    product: 'Halaman usaha terverifikasi di katalog UMKM',
    requirements: [
      KTP,
      ['foto-produk', 'Foto produk dan tempat usaha', 'lainnya'],
      ['nib', 'NIB (bila ada)', 'nib', 'optional'],
    ],
    procedure: COUNTER_STEPS,
    legalBasis: ['PP 7/2021 tentang Kemudahan, Pelindungan, dan Pemberdayaan Koperasi dan UMKM'],
  },
  {
    id: 'pbb-mutasi',
    code: 'KEU-01',
    name: 'Mutasi dan Pembetulan SPPT PBB-P2',
    description:
      'Balik nama, pemecahan, penggabungan dan pembetulan data objek PBB perdesaan dan perkotaan.',
    opd: 'bpkpd',
    category: 'pajak-retribusi',
    keywords: ['PBB', 'SPPT', 'mutasi', 'balik nama'],
    days: 10,
    fee: free,
    product: 'SPPT PBB-P2 hasil mutasi atau pembetulan',
    requirements: [
      KTP,
      ['sppt', 'SPPT tahun terakhir', 'lainnya'],
      ['bukti-tanah', 'Bukti kepemilikan tanah dan bangunan', 'bukti-kepemilikan-tanah'],
    ],
    procedure: FIELD_STEPS,
    legalBasis: [
      'UU 1/2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah',
      PERDA_PDRD,
    ],
  },
  {
    id: 'bphtb',
    code: 'KEU-02',
    name: 'Validasi Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)',
    description:
      'Penelitian dan validasi SSPD BPHTB atas jual beli, hibah, waris dan perolehan hak lainnya.',
    opd: 'bpkpd',
    category: 'pajak-retribusi',
    keywords: ['BPHTB', 'jual beli tanah', 'validasi'],
    days: 3,
    fee: {
      kind: 'variable',
      description:
        'BPHTB sebesar tarif Perda (paling tinggi 5%) dari nilai perolehan objek pajak dikurangi NPOPTKP.',
      legalBasis:
        'UU 1/2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah',
    },
    product: 'SSPD BPHTB tervalidasi',
    requirements: [
      KTP,
      ['sspd', 'SSPD BPHTB yang telah diisi', 'formulir'],
      ['bukti-tanah', 'Sertifikat atau bukti kepemilikan tanah', 'bukti-kepemilikan-tanah'],
    ],
    procedure: COUNTER_STEPS,
    legalBasis: [
      'UU 1/2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah',
    ],
  },
  {
    id: 'uptd-ppa',
    code: 'PPA-01',
    name: 'Pengaduan dan Pendampingan Perempuan dan Anak Korban Kekerasan (UPTD PPA)',
    description:
      'Penerimaan pengaduan, penjangkauan, pendampingan hukum dan psikologis bagi perempuan dan anak korban kekerasan.',
    opd: 'dp3ap2kb',
    category: 'sosial',
    keywords: ['kekerasan', 'KDRT', 'perlindungan anak', 'UPTD PPA'],
    days: 0,
    fee: free,
    product: 'Layanan pendampingan korban',
    requirements: [['identitas', 'Identitas pelapor atau korban bila ada', 'ktp-el', 'optional']],
    procedure: COUNTER_STEPS,
    legalBasis: [
      'UU 12/2022 tentang Tindak Pidana Kekerasan Seksual',
      'UU 35/2014 tentang Perlindungan Anak',
    ],
  },
  {
    id: 'ahli-waris',
    code: 'KEC-01',
    name: 'Pengesahan Surat Keterangan Ahli Waris oleh Camat',
    description: 'Pengesahan surat keterangan ahli waris yang telah diketahui kepala desa/lurah.',
    opd: 'kecamatan',
    category: 'pertanahan',
    keywords: ['ahli waris', 'warisan', 'camat'],
    days: 3,
    fee: free,
    product: 'Surat keterangan ahli waris yang disahkan camat',
    requirements: [
      [
        'surat-ahli-waris',
        'Surat keterangan ahli waris bermeterai, diketahui kepala desa/lurah',
        'surat-keterangan',
      ],
      ['akta-kematian', 'Akta kematian pewaris', 'lainnya'],
      KK,
    ],
    procedure: COUNTER_STEPS,
    legalBasis: ['PP 17/2018 tentang Kecamatan'],
    atKecamatan: true,
  },
];

export interface ServiceBuildContext {
  readonly regencyName: string;
  readonly opdShortName: (opdId: string) => string;
  readonly kecamatan: { readonly id: string; readonly name: string; readonly districtCode: string };
  readonly createdAt: string;
}

/** A complete standar pelayanan from its spec: channels, complaint handling and management filled in. */
export function buildServiceStandard(
  spec: ServiceSpec,
  ctx: ServiceBuildContext,
  counter: number,
): ServiceStandard {
  const opdId = spec.opd === 'kecamatan' ? ctx.kecamatan.id : spec.opd;
  const hours = [
    { days: ['mon', 'tue', 'wed', 'thu'] as const, opens: '08:00', closes: '15:00' },
    { days: ['fri'] as const, opens: '08:00', closes: '14:00' },
  ].map((h) => ({ ...h, days: [...h.days] }));
  const place = spec.atKecamatan
    ? {
        kind: 'office' as const,
        name: `Kantor Kecamatan ${ctx.kecamatan.name}`,
        street: `Kompleks Kantor Kecamatan ${ctx.kecamatan.name}`,
        regionCode: ctx.kecamatan.districtCode,
        hours,
      }
    : {
        kind: 'mpp' as const,
        name: `Mal Pelayanan Publik ${ctx.regencyName}`,
        counter: `Loket ${counter} ${ctx.opdShortName(opdId)}`,
        hours,
      };
  return {
    id: spec.id,
    code: spec.code,
    name: spec.name,
    description: `${spec.description} (Contoh standar pelayanan — data demo Cerdas.)`,
    opdId,
    category: spec.category,
    keywords: [...spec.keywords],
    status: spec.status ?? 'active',
    requirements: spec.requirements.map(([key, description, documentKind, optional]) => ({
      key,
      description,
      ...(documentKind && { documentKind }),
      required: optional !== 'optional',
    })),
    procedure: spec.procedure.map((step) => ({ ...step })),
    completionDays: spec.days,
    fee: spec.fee,
    product: { name: spec.product },
    complaintHandling: {
      description:
        'Pengaduan, saran dan masukan ditanggapi paling lambat 5 hari kerja. Kontak di bawah ini kontak demo.',
      channels: [
        { kind: 'sp4n-lapor', value: 'https://www.lapor.go.id' },
        { kind: 'web', value: `${DEMO_WEB}/pengaduan` },
        { kind: 'email', value: `pengaduan.${opdId}@${DEMO_MAIL_DOMAIN}` },
        { kind: 'counter', value: 'Meja pengaduan Mal Pelayanan Publik' },
      ],
    },
    channels: [
      { kind: 'online', url: `${DEMO_WEB}/layanan/${spec.id}`, name: 'Layanan daring (demo)' },
      place,
    ],
    management: {
      legalBasis: [...spec.legalBasis],
      facilities:
        'Ruang tunggu, nomor antrean elektronik, loket prioritas bagi lansia, ibu hamil dan penyandang disabilitas.',
      staffCompetency:
        'Pelaksana memahami ketentuan layanan dan aplikasi yang digunakan serta berperilaku ramah.',
      serviceGuarantee:
        'Layanan diberikan sesuai standar; bila jangka waktu terlampaui pemohon dapat mengadu melalui kanal pengaduan.',
      staffCount: 2 + (counter % 5),
    },
    createdAt: ctx.createdAt,
    updatedAt: ctx.createdAt,
  };
}

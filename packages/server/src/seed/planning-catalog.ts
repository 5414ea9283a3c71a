import type { FundingSource, ProposalSource } from '@cerdas/model';

/*
 * Sub kegiatan the demo plans with. Codes and names follow the kabupaten/kota nomenclature
 * (Permendagri 90/2019 as updated, four-digit sub kegiatan since Kepmendagri 900.1.15.5-1317/2023),
 * transcribed from a regency's published SIPD code list; they are plausible, not a checked copy of
 * the current Kepmendagri (README.md). Titles and problem statements are invented.
 */

/** What a proposal of this sub kegiatan looks like. `{desa}`, `{kec}` and `{dusun}` are filled in. */
export interface ProposalShape {
  readonly sources: readonly ProposalSource[];
  readonly titles: readonly string[];
  readonly problems: readonly string[];
  /** Satuan of the volume: `m`, `unit`, `orang`, `titik`, `paket`. */
  readonly unit: string;
  readonly volume: readonly [number, number];
  /** Rupiah per unit of volume. */
  readonly unitCost: readonly [number, number];
  /** Only for villages of this kind (kelurahan budgets sit with the kecamatan). */
  readonly villageKind?: 'desa' | 'kelurahan';
  /** Only in these kecamatan (last two digits of the code), e.g. the coast. */
  readonly districts?: readonly string[];
}

export interface SubKegiatanSpec {
  readonly code: string;
  readonly name: string;
  /** The OPD that runs it; `kecamatan` for every kecamatan's own OPD. */
  readonly opd: string;
  readonly indicator: { readonly description: string; readonly unit: string };
  /** Pagu and target range of one work plan row, and where the money comes from. */
  readonly row: {
    readonly pagu: readonly [number, number];
    readonly target: readonly [number, number];
    readonly funding: readonly FundingSource[];
  };
  readonly proposal?: ProposalShape;
}

const M = 1_000_000;
const B = 1_000_000_000;

/** Coastal kecamatan of Kabupaten Pasuruan (Kraton, Grati, Nguling, Lekok, Rejoso). */
const COAST = ['16', '20', '21', '22', '23'];

export const SUB_KEGIATAN: readonly SubKegiatanSpec[] = [
  {
    code: '1.03.10.2.01.0044',
    name: 'Rehabilitasi Jalan',
    opd: 'dpupr',
    indicator: { description: 'Panjang jalan kabupaten yang direhabilitasi', unit: 'km' },
    row: { pagu: [4 * B, 18 * B], target: [3, 14], funding: ['dau', 'pad', 'bankeu-provinsi'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan', 'pokir', 'opd'],
      titles: [
        'Rehabilitasi jalan poros {desa}',
        'Perbaikan jalan rusak berlubang di {desa}',
        'Rehabilitasi ruas jalan menuju pasar {kec}',
      ],
      problems: [
        'Jalan poros di {desa} rusak berat dan berlubang sepanjang kurang lebih {volume} m. Saat hujan jalan tergenang dan sudah beberapa kali terjadi kecelakaan sepeda motor, padahal jalan ini dilalui anak sekolah dan pengangkut hasil panen.',
        'Aspal di ruas jalan Dusun {dusun} mengelupas sehingga kendaraan roda empat sulit lewat. Warga meminta jalan diperbaiki agar akses ke puskesmas dan sekolah lancar.',
      ],
      unit: 'm',
      volume: [300, 2500],
      unitCost: [900_000, 1_600_000],
    },
  },
  {
    code: '1.03.10.2.01.0032',
    name: 'Pembangunan Jalan',
    opd: 'dpupr',
    indicator: { description: 'Panjang jalan baru yang dibangun', unit: 'km' },
    row: { pagu: [2 * B, 9 * B], target: [1, 5], funding: ['dau', 'dak-fisik'] },
    proposal: {
      sources: ['musrenbang-kecamatan', 'pokir', 'opd'],
      titles: [
        'Pembangunan jalan penghubung antardesa di Kecamatan {kec}',
        'Pembukaan jalan tembus {desa}',
      ],
      problems: [
        'Warga {desa} harus memutar lebih dari 5 km untuk ke kantor kecamatan karena belum ada jalan penghubung yang layak. Jalan baru akan memperpendek jarak tempuh dan membuka akses ekonomi.',
      ],
      unit: 'm',
      volume: [500, 3000],
      unitCost: [1_500_000, 2_800_000],
    },
  },
  {
    code: '1.03.10.2.01.0034',
    name: 'Pemeliharaan Berkala Jalan',
    opd: 'dpupr',
    indicator: { description: 'Panjang jalan yang mendapat pemeliharaan berkala', unit: 'km' },
    row: { pagu: [3 * B, 12 * B], target: [8, 30], funding: ['dau', 'pad'] },
    proposal: {
      sources: ['musrenbang-desa', 'pokir'],
      titles: ['Pengaspalan ulang (overlay) jalan {desa}', 'Pelapisan ulang jalan Dusun {dusun}'],
      problems: [
        'Permukaan jalan aspal di {desa} sudah aus dan mulai retak setelah lebih dari lima tahun tanpa pemeliharaan. Bila tidak segera dilapis ulang, kerusakan akan meluas.',
      ],
      unit: 'm',
      volume: [400, 2000],
      unitCost: [450_000, 800_000],
    },
  },
  {
    code: '1.03.10.2.01.0040',
    name: 'Pembangunan Jembatan',
    opd: 'dpupr',
    indicator: { description: 'Jumlah jembatan yang dibangun', unit: 'unit' },
    row: { pagu: [1 * B, 5 * B], target: [1, 4], funding: ['dau', 'dak-fisik', 'bankeu-provinsi'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan', 'pokir'],
      titles: [
        'Pembangunan jembatan penghubung Dusun {dusun} di {desa}',
        'Penggantian jembatan bambu di {desa}',
      ],
      problems: [
        'Jembatan bambu yang menghubungkan Dusun {dusun} dengan pusat {desa} sudah lapuk dan tidak bisa dilalui saat sungai meluap. Anak sekolah dan petani terpaksa memutar jauh.',
      ],
      unit: 'unit',
      volume: [1, 1],
      unitCost: [350 * M, 1_400 * M],
    },
  },
  {
    code: '1.03.06.2.01.0029',
    name: 'Pembangunan Sistem Drainase Perkotaan',
    opd: 'dpupr',
    indicator: { description: 'Panjang saluran drainase yang dibangun', unit: 'm' },
    row: { pagu: [1 * B, 6 * B], target: [1500, 6000], funding: ['dau', 'pad'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan', 'pokir', 'opd'],
      titles: [
        'Pembangunan saluran drainase di {desa}',
        'Pembuatan saluran air hujan Dusun {dusun}',
      ],
      problems: [
        'Setiap musim hujan permukiman di Dusun {dusun}, {desa} tergenang setinggi betis karena belum ada saluran pembuangan. Genangan bertahan berhari-hari dan menjadi sarang nyamuk.',
        'Saluran tanah di sepanjang jalan {desa} tertutup sedimen sehingga air meluap ke rumah warga. Diusulkan saluran pasangan batu sepanjang {volume} m.',
      ],
      unit: 'm',
      volume: [150, 900],
      unitCost: [400_000, 950_000],
    },
  },
  {
    code: '1.03.06.2.01.0028',
    name: 'Rehabilitasi Sistem Drainase Perkotaan',
    opd: 'dpupr',
    indicator: { description: 'Panjang saluran drainase yang direhabilitasi', unit: 'm' },
    row: { pagu: [700 * M, 3 * B], target: [1000, 4000], funding: ['dau', 'pad'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan'],
      titles: ['Normalisasi dan perbaikan saluran drainase {desa}'],
      problems: [
        'Dinding saluran drainase di {desa} runtuh di beberapa titik sehingga aliran air tersumbat dan meluap ke jalan saat hujan deras.',
      ],
      unit: 'm',
      volume: [200, 1200],
      unitCost: [250_000, 600_000],
    },
  },
  {
    code: '1.03.02.2.02.0014',
    name: 'Rehabilitasi Jaringan Irigasi Permukaan',
    opd: 'dpupr',
    indicator: { description: 'Panjang jaringan irigasi yang direhabilitasi', unit: 'm' },
    row: { pagu: [1 * B, 5 * B], target: [2000, 8000], funding: ['dau', 'dak-fisik'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan', 'pokir'],
      titles: [
        'Rehabilitasi saluran irigasi di {desa}',
        'Perbaikan saluran irigasi sekunder Dusun {dusun}',
      ],
      problems: [
        'Saluran irigasi yang mengairi sekitar 40 hektare sawah di {desa} bocor dan dangkal, sehingga air tidak sampai ke petak sawah di hilir saat musim tanam kedua.',
      ],
      unit: 'm',
      volume: [300, 1500],
      unitCost: [600_000, 1_200_000],
    },
  },
  {
    code: '1.03.02.2.01.0109',
    name: 'Pembangunan Bangunan Perkuatan Tebing',
    opd: 'dpupr',
    indicator: { description: 'Panjang perkuatan tebing sungai yang dibangun', unit: 'm' },
    row: { pagu: [800 * M, 4 * B], target: [200, 900], funding: ['dau', 'bankeu-provinsi'] },
    proposal: {
      sources: ['musrenbang-desa', 'pokir'],
      titles: ['Pembangunan plengsengan sungai di {desa}'],
      problems: [
        'Tebing sungai di belakang permukiman Dusun {dusun} terus tergerus arus. Dua rumah warga sudah retak dan dikhawatirkan ambrol pada musim hujan berikutnya.',
      ],
      unit: 'm',
      volume: [40, 200],
      unitCost: [2_000_000, 4_500_000],
    },
  },
  {
    code: '1.03.03.2.01.0026',
    name: 'Peningkatan Sistem Penyediaan Air Minum (SPAM) Jaringan Perpipaan',
    opd: 'dpupr',
    indicator: { description: 'Jumlah sambungan rumah air minum yang terlayani', unit: 'SR' },
    row: { pagu: [1 * B, 6 * B], target: [300, 1500], funding: ['dak-fisik', 'dau'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan', 'pokir'],
      titles: ['Perluasan jaringan pipa air bersih di {desa}'],
      problems: [
        'Sekitar 80 keluarga di Dusun {dusun}, {desa} belum terlayani air bersih dan mengambil air dari sumur dangkal yang keruh pada musim kemarau.',
      ],
      unit: 'm',
      volume: [600, 3000],
      unitCost: [150_000, 350_000],
    },
  },
  {
    code: '1.04.03.2.03.0002',
    name: 'Perbaikan Rumah Tidak Layak Huni',
    opd: 'disperkim',
    indicator: { description: 'Jumlah rumah tidak layak huni yang diperbaiki', unit: 'unit' },
    row: { pagu: [1 * B, 5 * B], target: [50, 250], funding: ['dau', 'pad', 'bankeu-provinsi'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan', 'pokir'],
      titles: [
        'Bedah rumah tidak layak huni (RTLH) di {desa}',
        'Perbaikan RTLH warga kurang mampu {desa}',
      ],
      problems: [
        'Hasil pendataan desa mencatat {volume} rumah warga kurang mampu di {desa} berdinding bambu, beratap bocor dan berlantai tanah. Penghuninya sebagian besar lansia dan buruh tani.',
      ],
      unit: 'unit',
      volume: [4, 25],
      unitCost: [17_500_000, 25_000_000],
    },
  },
  {
    code: '1.04.05.2.01.0007',
    name: 'Perbaikan Prasarana, Sarana, dan Utilitas Umum di Perumahan untuk Menunjang Fungsi Hunian',
    opd: 'disperkim',
    indicator: { description: 'Luas jalan lingkungan perumahan yang diperbaiki', unit: 'm²' },
    row: { pagu: [600 * M, 3 * B], target: [3000, 15000], funding: ['dau', 'pad'] },
    proposal: {
      sources: ['musrenbang-desa', 'pokir'],
      titles: ['Paving jalan lingkungan Dusun {dusun}, {desa}'],
      problems: [
        'Jalan lingkungan permukiman padat di Dusun {dusun} masih berupa tanah sehingga becek dan licin saat hujan. Warga mengusulkan pemasangan paving.',
      ],
      unit: 'm²',
      volume: [200, 1500],
      unitCost: [120_000, 185_000],
    },
  },
  {
    code: '2.15.02.2.02.0002',
    name: 'Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota',
    opd: 'dishub',
    indicator: { description: 'Jumlah titik penerangan jalan umum yang dipasang', unit: 'titik' },
    row: { pagu: [800 * M, 4 * B], target: [80, 300], funding: ['pad', 'dau'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan', 'pokir', 'opd'],
      titles: [
        'Pemasangan lampu penerangan jalan umum (PJU) di {desa}',
        'PJU tenaga surya di jalan poros {desa}',
      ],
      problems: [
        'Jalan poros {desa} gelap gulita pada malam hari sepanjang kurang lebih 1 km. Warga melaporkan beberapa kejadian pencurian sepeda motor dan kecelakaan di ruas ini.',
      ],
      unit: 'titik',
      volume: [8, 40],
      unitCost: [9_000_000, 16_000_000],
    },
  },
  {
    code: '2.15.02.2.02.0004',
    name: 'Rehabilitasi dan Pemeliharaan Perlengkapan Jalan',
    opd: 'dishub',
    indicator: { description: 'Jumlah perlengkapan jalan yang dipelihara', unit: 'unit' },
    row: { pagu: [400 * M, 1_500 * M], target: [200, 800], funding: ['pad'] },
  },
  {
    code: '1.02.02.2.01.0003',
    name: 'Pembangunan Fasilitas Kesehatan Lainnya',
    opd: 'dinkes',
    indicator: { description: 'Jumlah fasilitas kesehatan lainnya yang dibangun', unit: 'unit' },
    row: { pagu: [500 * M, 3 * B], target: [2, 10], funding: ['dak-fisik', 'dbh', 'dau'] },
    proposal: {
      sources: ['musrenbang-desa', 'pokir'],
      titles: ['Pembangunan gedung posyandu di {desa}', 'Pembangunan poskesdes {desa}'],
      problems: [
        'Kegiatan posyandu di Dusun {dusun} masih menumpang di teras rumah warga sehingga penimbangan balita dan pemeriksaan ibu hamil tidak nyaman, terutama saat hujan.',
      ],
      unit: 'unit',
      volume: [1, 1],
      unitCost: [150 * M, 350 * M],
      villageKind: 'desa',
    },
  },
  {
    code: '1.02.02.2.02.0015',
    name: 'Pengelolaan Pelayanan Kesehatan Gizi Masyarakat',
    opd: 'dinkes',
    indicator: {
      description: 'Jumlah balita gizi kurang yang mendapat makanan tambahan',
      unit: 'orang',
    },
    row: { pagu: [700 * M, 3 * B], target: [800, 3000], funding: ['dak-nonfisik', 'dbh', 'pad'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan', 'opd'],
      titles: ['Pemberian makanan tambahan (PMT) balita berisiko stunting di {desa}'],
      problems: [
        'Data posyandu {desa} mencatat {volume} balita dengan berat badan di bawah garis merah. Diperlukan PMT lokal selama 90 hari dan pendampingan ibu balita.',
      ],
      unit: 'orang',
      volume: [20, 120],
      unitCost: [300_000, 700_000],
    },
  },
  {
    code: '1.02.02.2.01.0009',
    name: 'Rehabilitasi dan Pemeliharaan Puskesmas',
    opd: 'dinkes',
    indicator: { description: 'Jumlah puskesmas yang direhabilitasi', unit: 'unit' },
    row: { pagu: [1 * B, 5 * B], target: [1, 5], funding: ['dak-fisik', 'dbh'] },
    proposal: {
      sources: ['musrenbang-kecamatan', 'opd', 'pokir'],
      titles: ['Rehabilitasi gedung Puskesmas {kec}', 'Perbaikan ruang rawat inap Puskesmas {kec}'],
      problems: [
        'Atap ruang pelayanan Puskesmas {kec} bocor di beberapa titik dan plafon mulai jebol, sehingga sebagian ruang tidak bisa dipakai melayani pasien.',
      ],
      unit: 'unit',
      volume: [1, 1],
      unitCost: [400 * M, 1_500 * M],
    },
  },
  {
    code: '1.02.02.2.01.0014',
    name: 'Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan',
    opd: 'dinkes',
    indicator: {
      description: 'Jumlah fasilitas kesehatan yang mendapat alat kesehatan',
      unit: 'unit',
    },
    row: { pagu: [1 * B, 6 * B], target: [5, 33], funding: ['dak-fisik', 'dbh'] },
    proposal: {
      sources: ['opd', 'musrenbang-kecamatan'],
      titles: ['Pengadaan alat kesehatan Puskesmas {kec}'],
      problems: [
        'Alat USG dan tensimeter digital di Puskesmas {kec} sudah rusak, sehingga pemeriksaan kehamilan harus dirujuk ke rumah sakit.',
      ],
      unit: 'paket',
      volume: [1, 1],
      unitCost: [200 * M, 800 * M],
    },
  },
  {
    code: '1.02.05.2.03.0001',
    name: 'Bimbingan Teknis dan Supervisi Pengembangan dan Pelaksanaan Upaya Kesehatan Bersumber Daya Masyarakat (UKBM)',
    opd: 'dinkes',
    indicator: { description: 'Jumlah kader posyandu yang dilatih', unit: 'orang' },
    row: { pagu: [200 * M, 900 * M], target: [300, 1500], funding: ['pad', 'dbh'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan'],
      titles: ['Pelatihan kader posyandu {desa}'],
      problems: [
        'Sebagian kader posyandu di {desa} baru bergabung dan belum pernah dilatih mengukur panjang badan dan mengisi KMS dengan benar.',
      ],
      unit: 'orang',
      volume: [15, 60],
      unitCost: [250_000, 600_000],
    },
  },
  {
    code: '1.01.02.2.01.0048',
    name: 'Rehabilitasi Sedang/Berat Sarana, Prasarana dan Utilitas Sekolah',
    opd: 'dispendik',
    indicator: { description: 'Jumlah ruang kelas SD yang direhabilitasi', unit: 'ruang' },
    row: { pagu: [2 * B, 10 * B], target: [15, 60], funding: ['dak-fisik', 'dau'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan', 'pokir', 'opd'],
      titles: ['Rehabilitasi ruang kelas SD Negeri di {desa}'],
      problems: [
        'Dua ruang kelas SD Negeri di {desa} mengalami kerusakan berat: kuda-kuda atap melendut dan dinding retak. Siswa terpaksa belajar bergantian di ruang guru.',
      ],
      unit: 'ruang',
      volume: [1, 4],
      unitCost: [150 * M, 250 * M],
    },
  },
  {
    code: '1.01.02.2.02.0024',
    name: 'Rehabilitasi Sedang/Berat Sarana, Prasarana dan Utilitas Sekolah',
    opd: 'dispendik',
    indicator: { description: 'Jumlah ruang kelas SMP yang direhabilitasi', unit: 'ruang' },
    row: { pagu: [1 * B, 6 * B], target: [8, 30], funding: ['dak-fisik', 'dau'] },
    proposal: {
      sources: ['musrenbang-kecamatan', 'pokir', 'opd'],
      titles: ['Rehabilitasi ruang kelas SMP Negeri di Kecamatan {kec}'],
      problems: [
        'Beberapa ruang kelas SMP Negeri di Kecamatan {kec} berlantai rusak dan atapnya bocor sehingga mengganggu kegiatan belajar mengajar.',
      ],
      unit: 'ruang',
      volume: [2, 6],
      unitCost: [180 * M, 280 * M],
    },
  },
  {
    code: '1.01.02.2.01.0014',
    name: 'Pengadaan Mebel Sekolah',
    opd: 'dispendik',
    indicator: { description: 'Jumlah sekolah yang menerima mebel', unit: 'sekolah' },
    row: { pagu: [500 * M, 2 * B], target: [20, 80], funding: ['dau', 'pad'] },
    proposal: {
      sources: ['musrenbang-desa', 'pokir'],
      titles: ['Pengadaan meja dan kursi siswa SD di {desa}'],
      problems: [
        'Meja dan kursi siswa di SD Negeri {desa} banyak yang patah sehingga sebagian siswa duduk berdesakan.',
      ],
      unit: 'paket',
      volume: [1, 3],
      unitCost: [40 * M, 90 * M],
    },
  },
  {
    code: '1.01.02.2.03.0045',
    name: 'Rehabilitasi Sedang/Berat Sarana, Prasarana dan Utilitas PAUD',
    opd: 'dispendik',
    indicator: { description: 'Jumlah satuan PAUD yang direhabilitasi', unit: 'unit' },
    row: { pagu: [400 * M, 2 * B], target: [5, 20], funding: ['dak-fisik', 'pad'] },
    proposal: {
      sources: ['musrenbang-desa'],
      titles: ['Rehabilitasi gedung PAUD di {desa}'],
      problems: [
        'Gedung PAUD di Dusun {dusun} berdinding retak dan kamar mandinya tidak berfungsi sehingga kurang aman untuk anak usia dini.',
      ],
      unit: 'unit',
      volume: [1, 1],
      unitCost: [90 * M, 200 * M],
    },
  },
  {
    code: '1.06.05.2.02.0004',
    name: 'Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat',
    opd: 'dinsos',
    indicator: {
      description: 'Jumlah keluarga miskin yang menerima bantuan usaha ekonomi produktif',
      unit: 'KK',
    },
    row: { pagu: [500 * M, 2 * B], target: [150, 600], funding: ['pad', 'dau'] },
    proposal: {
      sources: ['musrenbang-desa', 'pokir'],
      titles: ['Bantuan usaha ekonomi produktif bagi keluarga miskin di {desa}'],
      problems: [
        'Sebanyak {volume} keluarga miskin di {desa} memiliki usaha kecil (warung, ternak ayam, jahit) tetapi tidak punya modal untuk bertahan. Bantuan sarana usaha diharapkan menambah penghasilan.',
      ],
      unit: 'KK',
      volume: [10, 40],
      unitCost: [2_000_000, 5_000_000],
    },
  },
  {
    code: '1.06.04.2.01.0003',
    name: 'Penyediaan Alat Bantu',
    opd: 'dinsos',
    indicator: {
      description: 'Jumlah penyandang disabilitas yang menerima alat bantu',
      unit: 'orang',
    },
    row: { pagu: [150 * M, 700 * M], target: [60, 250], funding: ['pad'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan', 'pokir'],
      titles: ['Bantuan kursi roda dan alat bantu dengar bagi penyandang disabilitas {desa}'],
      problems: [
        'Pendataan kader desa menemukan {volume} warga penyandang disabilitas di {desa} yang belum memiliki alat bantu sehingga sulit beraktivitas.',
      ],
      unit: 'orang',
      volume: [3, 15],
      unitCost: [1_500_000, 4_000_000],
    },
  },
  {
    code: '2.17.07.2.01.0004',
    name: 'Pemberdayaan Kelembagaan Potensi dan Pengembangan Usaha Mikro',
    opd: 'diskopum',
    indicator: { description: 'Jumlah pelaku usaha mikro yang dilatih', unit: 'orang' },
    row: { pagu: [300 * M, 1_500 * M], target: [200, 1000], funding: ['pad', 'dau'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan', 'pokir', 'opd'],
      titles: [
        'Pelatihan pengemasan dan pemasaran digital UMKM {desa}',
        'Pelatihan UMKM olahan pangan Kecamatan {kec}',
      ],
      problems: [
        'Pelaku usaha mikro di {desa} sebagian besar menjual produk tanpa label dan kemasan yang layak, dan belum memanfaatkan katalog daring. Diusulkan pelatihan kemasan, foto produk dan pemasaran digital.',
      ],
      unit: 'orang',
      volume: [20, 50],
      unitCost: [400_000, 900_000],
    },
  },
  {
    code: '2.17.07.2.01.0002',
    name: 'Pemberdayaan Melalui Kemitraan Usaha Mikro',
    opd: 'diskopum',
    indicator: {
      description: 'Jumlah usaha mikro yang difasilitasi kemitraan',
      unit: 'unit usaha',
    },
    row: { pagu: [200 * M, 900 * M], target: [50, 300], funding: ['pad'] },
    proposal: {
      sources: ['musrenbang-kecamatan', 'opd'],
      titles: ['Kurasi produk dan temu mitra UMKM Kecamatan {kec}'],
      problems: [
        'Produk unggulan UMKM di Kecamatan {kec} belum masuk ke toko modern dan pusat oleh-oleh karena belum ada kurasi dan pertemuan dengan calon mitra.',
      ],
      unit: 'paket',
      volume: [1, 2],
      unitCost: [60 * M, 150 * M],
    },
  },
  {
    code: '3.30.03.2.01.0001',
    name: 'Penyediaan Sarana Distribusi Perdagangan',
    opd: 'disperindag',
    indicator: { description: 'Jumlah pasar rakyat yang direvitalisasi', unit: 'unit' },
    row: { pagu: [1 * B, 6 * B], target: [1, 4], funding: ['dak-fisik', 'dau'] },
    proposal: {
      sources: ['musrenbang-kecamatan', 'pokir', 'opd'],
      titles: ['Revitalisasi pasar desa {desa}'],
      problems: [
        'Los pasar desa {desa} beratap seng bocor dan lantainya becek, sehingga pedagang sayur banyak yang pindah berjualan di bahu jalan dan menimbulkan kemacetan.',
      ],
      unit: 'unit',
      volume: [1, 1],
      unitCost: [500 * M, 2 * B],
    },
  },
  {
    code: '3.31.02.2.01.0005',
    name: 'Koordinasi, Sinkronisasi, dan Pelaksanaan Pemberdayaan Industri dan Peran Serta Masyarakat',
    opd: 'disperindag',
    indicator: {
      description: 'Jumlah IKM yang mendapat pelatihan dan bantuan peralatan',
      unit: 'IKM',
    },
    row: { pagu: [300 * M, 1_200 * M], target: [40, 200], funding: ['pad', 'dbh'] },
    proposal: {
      sources: ['musrenbang-kecamatan', 'pokir', 'opd'],
      titles: ['Pelatihan dan bantuan peralatan IKM di Kecamatan {kec}'],
      problems: [
        'Perajin dan IKM di Kecamatan {kec} masih memakai peralatan manual sehingga produksinya terbatas dan mutunya tidak seragam.',
      ],
      unit: 'IKM',
      volume: [10, 30],
      unitCost: [5_000_000, 15_000_000],
    },
  },
  {
    code: '3.30.06.2.01.0001',
    name: 'Pelaksanaan Metrologi Legal, Berupa Tera, Tera Ulang',
    opd: 'disperindag',
    indicator: { description: 'Jumlah UTTP yang ditera/ditera ulang', unit: 'unit' },
    row: { pagu: [200 * M, 700 * M], target: [5000, 20000], funding: ['pad'] },
  },
  {
    code: '3.27.03.2.02.0003',
    name: 'Pembangunan, Rehabilitasi dan Pemeliharaan Jalan Usaha Tani',
    opd: 'distan',
    indicator: { description: 'Panjang jalan usaha tani yang dibangun/direhabilitasi', unit: 'm' },
    row: { pagu: [700 * M, 3 * B], target: [2000, 9000], funding: ['dak-fisik', 'dau'] },
    proposal: {
      sources: ['musrenbang-desa', 'pokir'],
      titles: ['Pembangunan jalan usaha tani (JUT) di {desa}'],
      problems: [
        'Petani di {desa} mengangkut hasil panen melewati pematang sawah karena tidak ada jalan usaha tani, sehingga ongkos angkut mahal dan banyak gabah tercecer.',
      ],
      unit: 'm',
      volume: [300, 1500],
      unitCost: [250_000, 500_000],
      villageKind: 'desa',
    },
  },
  {
    code: '3.27.03.2.02.0002',
    name: 'Pembangunan, Rehabilitasi dan Pemeliharaan Embung Pertanian',
    opd: 'distan',
    indicator: {
      description: 'Jumlah embung pertanian yang dibangun/direhabilitasi',
      unit: 'unit',
    },
    row: { pagu: [500 * M, 2_500 * M], target: [2, 8], funding: ['dak-fisik', 'bankeu-provinsi'] },
    proposal: {
      sources: ['musrenbang-desa', 'pokir'],
      titles: ['Pembangunan embung pertanian di {desa}'],
      problems: [
        'Lahan tegalan di {desa} hanya bisa ditanami sekali setahun karena tidak ada tampungan air untuk musim kemarau.',
      ],
      unit: 'unit',
      volume: [1, 1],
      unitCost: [250 * M, 700 * M],
      villageKind: 'desa',
    },
  },
  {
    code: '3.27.03.2.02.0010',
    name: 'Rehabilitasi dan Pemeliharaan Jaringan Irigasi Usaha Tani',
    opd: 'distan',
    indicator: { description: 'Panjang jaringan irigasi tersier yang direhabilitasi', unit: 'm' },
    row: { pagu: [500 * M, 2 * B], target: [1500, 6000], funding: ['dak-fisik', 'dau'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan', 'pokir'],
      titles: ['Rehabilitasi jaringan irigasi tersier (JITUT) di {desa}'],
      problems: [
        'Saluran tersier di {desa} masih berupa tanah dan sering jebol, sehingga pembagian air antarpetak sawah tidak merata dan memicu perselisihan petani.',
      ],
      unit: 'm',
      volume: [200, 1000],
      unitCost: [350_000, 700_000],
      villageKind: 'desa',
    },
  },
  {
    code: '3.27.07.2.01.0002',
    name: 'Pengembangan Kapasitas Kelembagaan Petani di Kecamatan dan Desa',
    opd: 'distan',
    indicator: { description: 'Jumlah kelompok tani yang dibina', unit: 'kelompok' },
    row: { pagu: [200 * M, 800 * M], target: [60, 250], funding: ['pad', 'dau'] },
    proposal: {
      sources: ['musrenbang-desa', 'opd'],
      titles: ['Pelatihan budidaya dan pupuk organik kelompok tani {desa}'],
      problems: [
        'Kelompok tani di {desa} bergantung pada pupuk kimia yang sering langka. Diusulkan pelatihan pembuatan pupuk organik dan pengendalian hama terpadu.',
      ],
      unit: 'orang',
      volume: [20, 60],
      unitCost: [250_000, 600_000],
      villageKind: 'desa',
    },
  },
  {
    code: '3.25.03.2.01.0004',
    name: 'Penyediaan Sarana Usaha Perikanan Tangkap',
    opd: 'diskan',
    indicator: { description: 'Jumlah nelayan kecil yang menerima sarana usaha', unit: 'orang' },
    row: { pagu: [300 * M, 1_500 * M], target: [50, 250], funding: ['dak-fisik', 'pad'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan', 'pokir'],
      titles: ['Bantuan alat tangkap ramah lingkungan bagi nelayan {desa}'],
      problems: [
        'Nelayan kecil di {desa} masih memakai jaring yang sudah rusak dan perahu tanpa alat keselamatan. Hasil tangkapan turun sejak dua musim terakhir.',
      ],
      unit: 'orang',
      volume: [10, 40],
      unitCost: [3_000_000, 8_000_000],
      districts: COAST,
    },
  },
  {
    code: '3.25.04.2.02.0001',
    name: 'Pengembangan Kapasitas Pembudi Daya Ikan Kecil',
    opd: 'diskan',
    indicator: { description: 'Jumlah pembudi daya ikan kecil yang dilatih', unit: 'orang' },
    row: { pagu: [150 * M, 700 * M], target: [60, 300], funding: ['pad'] },
    proposal: {
      sources: ['musrenbang-desa', 'opd'],
      titles: ['Pelatihan budidaya lele dan nila sistem kolam terpal di {desa}'],
      problems: [
        'Pemuda dan ibu rumah tangga di {desa} berminat membudidayakan ikan di pekarangan tetapi belum memiliki keterampilan dan sarana.',
      ],
      unit: 'orang',
      volume: [15, 40],
      unitCost: [800_000, 2_000_000],
    },
  },
  {
    code: '2.11.11.2.01.0007',
    name: 'Penyediaan Sarana dan Prasarana Pengelolaan Persampahan di TPA/TPST/SPA Kabupaten/Kota',
    opd: 'dlh',
    indicator: { description: 'Jumlah TPS3R yang dibangun', unit: 'unit' },
    row: { pagu: [800 * M, 4 * B], target: [2, 8], funding: ['dak-fisik', 'dau'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan', 'pokir'],
      titles: ['Pembangunan TPS3R di {desa}'],
      problems: [
        'Warga {desa} membuang sampah ke sungai dan lahan kosong karena tidak ada tempat pengolahan sampah. Diusulkan TPS3R dengan pemilahan dan komposter.',
      ],
      unit: 'unit',
      volume: [1, 1],
      unitCost: [400 * M, 900 * M],
    },
  },
  {
    code: '2.11.11.2.01.0012',
    name: 'Penanganan sampah melalui pengangkutan',
    opd: 'dlh',
    indicator: { description: 'Volume sampah yang terangkut ke TPA', unit: 'ton' },
    row: { pagu: [2 * B, 8 * B], target: [20000, 60000], funding: ['pad', 'dau'] },
    proposal: {
      sources: ['musrenbang-kecamatan', 'pokir'],
      titles: ['Pengadaan kendaraan roda tiga pengangkut sampah untuk {desa}'],
      problems: [
        'Sampah rumah tangga di {desa} menumpuk di tepi jalan karena tidak ada sarana angkut ke TPS terdekat.',
      ],
      unit: 'unit',
      volume: [1, 3],
      unitCost: [35 * M, 60 * M],
    },
  },
  {
    code: '2.11.04.2.01.0004',
    name: 'Pengelolaan Ruang Terbuka Hijau (RTH)',
    opd: 'dlh',
    indicator: { description: 'Luas RTH yang dikelola', unit: 'm²' },
    row: { pagu: [300 * M, 1_500 * M], target: [5000, 30000], funding: ['pad'] },
  },
  {
    code: '2.13.05.2.01.0002',
    name: 'Fasilitasi Penataan, Pemberdayaan dan Pendayagunaan Kelembagaan Kemasyarakatan Desa/Kelurahan',
    opd: 'dpmd',
    indicator: {
      description: 'Jumlah lembaga kemasyarakatan desa yang difasilitasi',
      unit: 'lembaga',
    },
    row: { pagu: [200 * M, 900 * M], target: [100, 400], funding: ['pad', 'dau'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan'],
      titles: ['Peningkatan kapasitas pengurus PKK dan LPM {desa}'],
      problems: [
        'Pengurus PKK dan LPM di {desa} baru berganti dan belum memahami tugas serta penyusunan program kerja, sehingga kegiatan pemberdayaan belum berjalan.',
      ],
      unit: 'orang',
      volume: [20, 50],
      unitCost: [200_000, 500_000],
      villageKind: 'desa',
    },
  },
  {
    code: '2.07.03.2.01.0001',
    name: 'Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari Kerja berdasarkan Klaster Kompetensi',
    opd: 'disnaker',
    indicator: { description: 'Jumlah pencari kerja yang dilatih', unit: 'orang' },
    row: { pagu: [500 * M, 2 * B], target: [150, 600], funding: ['dbh', 'pad'] },
    proposal: {
      sources: ['musrenbang-kecamatan', 'pokir', 'opd'],
      titles: ['Pelatihan keterampilan las, menjahit dan otomotif bagi pemuda Kecamatan {kec}'],
      problems: [
        'Banyak lulusan SMA di Kecamatan {kec} menganggur karena tidak memiliki sertifikat keterampilan yang diminta industri di kawasan industri terdekat.',
      ],
      unit: 'orang',
      volume: [16, 48],
      unitCost: [2_500_000, 6_000_000],
    },
  },
  {
    code: '1.05.03.2.02.0015',
    name: 'Penyediaan Peralatan Perlindungan dan Kesiapsiagaan Terhadap Bencana kabupaten/kota',
    opd: 'bpbd',
    indicator: { description: 'Jumlah desa tangguh bencana yang menerima peralatan', unit: 'desa' },
    row: { pagu: [300 * M, 1_500 * M], target: [5, 20], funding: ['pad', 'dau'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan'],
      titles: ['Peralatan kesiapsiagaan banjir untuk {desa}'],
      problems: [
        '{desa} hampir setiap tahun terdampak banjir luapan sungai tetapi belum memiliki perahu karet, pelampung dan alat komunikasi untuk evakuasi warga.',
      ],
      unit: 'paket',
      volume: [1, 1],
      unitCost: [60 * M, 180 * M],
    },
  },
  {
    code: '1.05.02.2.01.0015',
    name: 'Pencegahan Gangguan Ketenteraman dan Ketertiban Umum Melalui Deteksi Dini dan Cegah Dini, Pembinaan dan Penyuluhan, Pelaksanaan Patroli, Pengamanan, dan Pengawalan',
    opd: 'satpolpp',
    indicator: { description: 'Jumlah patroli ketenteraman dan ketertiban umum', unit: 'kali' },
    row: { pagu: [400 * M, 1_500 * M], target: [150, 400], funding: ['pad'] },
  },
  {
    code: '3.26.02.2.03.0004',
    name: 'Pengadaan/Pemeliharaan/Rehabilitasi Sarana dan Prasarana dalam Pengelolaan Destinasi Pariwisata Kabupaten/Kota',
    opd: 'disparbud',
    indicator: {
      description: 'Jumlah destinasi wisata yang sarananya ditingkatkan',
      unit: 'lokasi',
    },
    row: { pagu: [500 * M, 3 * B], target: [2, 8], funding: ['pad', 'dak-fisik'] },
    proposal: {
      sources: ['musrenbang-desa', 'pokir', 'opd'],
      titles: ['Penataan sarana desa wisata {desa}'],
      problems: [
        'Kunjungan wisatawan ke {desa} meningkat, tetapi belum ada toilet umum, tempat parkir dan papan informasi yang memadai.',
      ],
      unit: 'paket',
      volume: [1, 1],
      unitCost: [150 * M, 600 * M],
    },
  },
  {
    code: '3.26.05.2.02.0001',
    name: 'Pelatihan, Bimbingan Teknis, dan Pendampingan Ekonomi Kreatif',
    opd: 'disparbud',
    indicator: { description: 'Jumlah pelaku ekonomi kreatif yang dilatih', unit: 'orang' },
    row: { pagu: [150 * M, 600 * M], target: [60, 250], funding: ['pad'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan'],
      titles: ['Pelatihan pemandu wisata dan pokdarwis {desa}'],
      problems: [
        'Kelompok sadar wisata di {desa} belum memiliki pemandu yang terlatih dan belum mampu mengemas paket wisata.',
      ],
      unit: 'orang',
      volume: [15, 40],
      unitCost: [400_000, 900_000],
    },
  },
  {
    code: '2.22.02.2.01.0001',
    name: 'Pelindungan, Pengembangan, Pemanfaatan Objek Pemajuan Kebudayaan',
    opd: 'disparbud',
    indicator: { description: 'Jumlah objek pemajuan kebudayaan yang dilestarikan', unit: 'objek' },
    row: { pagu: [150 * M, 600 * M], target: [5, 20], funding: ['pad'] },
  },
  {
    code: '2.19.03.2.05.0009',
    name: 'Penyediaan prasarana dan sarana olahraga rekreasi melalui perencanaan, pengadaan, pemanfaatan, pemeliharaan, pengembangan, dan pengawasan',
    opd: 'dispora',
    indicator: { description: 'Jumlah prasarana olahraga rekreasi yang disediakan', unit: 'unit' },
    row: { pagu: [300 * M, 1_500 * M], target: [2, 10], funding: ['pad'] },
    proposal: {
      sources: ['musrenbang-desa', 'pokir'],
      titles: ['Pembangunan lapangan olahraga serbaguna {desa}'],
      problems: [
        'Pemuda {desa} tidak memiliki lapangan olahraga sehingga kegiatan karang taruna terhenti. Tersedia tanah kas desa yang dapat dimanfaatkan.',
      ],
      unit: 'unit',
      volume: [1, 1],
      unitCost: [150 * M, 400 * M],
    },
  },
  {
    code: '2.23.02.2.01.0011',
    name: 'Pengembangan Perpustakaan di Tingkat Daerah Kabupaten/Kota',
    opd: 'dispusip',
    indicator: { description: 'Jumlah perpustakaan desa yang dibina', unit: 'perpustakaan' },
    row: { pagu: [150 * M, 700 * M], target: [20, 80], funding: ['pad', 'dak-nonfisik'] },
    proposal: {
      sources: ['musrenbang-desa'],
      titles: ['Bantuan buku dan rak untuk taman bacaan {desa}'],
      problems: [
        'Taman bacaan masyarakat di {desa} ramai dikunjungi anak-anak sepulang sekolah, tetapi koleksi bukunya sedikit dan sudah lusuh.',
      ],
      unit: 'paket',
      volume: [1, 1],
      unitCost: [15 * M, 40 * M],
    },
  },
  {
    code: '2.24.02.2.01.0001',
    name: 'Penciptaan dan Penggunaan Arsip Dinamis',
    opd: 'dispusip',
    indicator: {
      description: 'Jumlah perangkat daerah yang menerapkan tata naskah dinas elektronik',
      unit: 'OPD',
    },
    row: { pagu: [100 * M, 400 * M], target: [20, 55], funding: ['pad'] },
  },
  {
    code: '2.09.03.2.01.0007',
    name: 'Peningkatan Ketahanan Pangan Keluarga',
    opd: 'dkp',
    indicator: {
      description: 'Jumlah kelompok pekarangan pangan lestari yang dibina',
      unit: 'kelompok',
    },
    row: { pagu: [200 * M, 900 * M], target: [20, 80], funding: ['dak-nonfisik', 'pad'] },
    proposal: {
      sources: ['musrenbang-desa', 'pokir'],
      titles: ['Pekarangan pangan lestari kelompok wanita tani {desa}'],
      problems: [
        'Kelompok wanita tani di {desa} ingin memanfaatkan pekarangan untuk sayuran dan tanaman obat keluarga, tetapi belum memiliki bibit, media tanam dan pendampingan.',
      ],
      unit: 'kelompok',
      volume: [1, 3],
      unitCost: [25 * M, 60 * M],
    },
  },
  {
    code: '2.14.04.2.02.0006',
    name: 'Pendampingan Keluarga Berisiko Stunting (Termasuk remaja Calon Pengantin/Calon PUS, Ibu Hamil, Pasca salin/kelahiran, Baduta/Balita)',
    opd: 'dp3ap2kb',
    indicator: {
      description: 'Jumlah keluarga berisiko stunting yang didampingi',
      unit: 'keluarga',
    },
    row: { pagu: [300 * M, 1_200 * M], target: [1500, 6000], funding: ['dak-nonfisik', 'pad'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan', 'opd'],
      titles: ['Pendampingan keluarga berisiko stunting di {desa}'],
      problems: [
        'Tim pendamping keluarga di {desa} mencatat {volume} keluarga berisiko stunting yang perlu dikunjungi rutin, tetapi tim belum memiliki biaya operasional.',
      ],
      unit: 'keluarga',
      volume: [20, 80],
      unitCost: [150_000, 400_000],
    },
  },
  {
    code: '2.08.03.2.02.0001',
    name: 'Penyediaan Layanan Pengaduan Masyarakat bagi Perempuan Korban Kekerasan Kewenangan Kabupaten/Kota',
    opd: 'dp3ap2kb',
    indicator: {
      description: 'Jumlah pengaduan perempuan korban kekerasan yang ditangani',
      unit: 'kasus',
    },
    row: { pagu: [150 * M, 500 * M], target: [40, 150], funding: ['dak-nonfisik', 'pad'] },
  },
  {
    code: '2.12.02.2.03.0002',
    name: 'Pelayanan Secara Aktif Pendaftaran Peristiwa Kependudukan dan Pencatatan Peristiwa Penting Terkait Pendaftaran Penduduk',
    opd: 'dispendukcapil',
    indicator: {
      description: 'Jumlah layanan jemput bola administrasi kependudukan',
      unit: 'kegiatan',
    },
    row: { pagu: [150 * M, 600 * M], target: [60, 200], funding: ['pad', 'dak-nonfisik'] },
    proposal: {
      sources: ['musrenbang-desa', 'musrenbang-kecamatan'],
      titles: ['Pelayanan jemput bola perekaman KTP-el di {desa}'],
      problems: [
        'Masih banyak warga lansia dan penyandang disabilitas di {desa} yang belum merekam KTP-el karena sulit datang ke kantor kecamatan.',
      ],
      unit: 'kegiatan',
      volume: [1, 2],
      unitCost: [3_000_000, 8_000_000],
    },
  },
  {
    code: '2.12.02.2.01.0002',
    name: 'Pencatatan, Penatausahaan dan Penerbitan Dokumen Atas Pendaftaran Penduduk',
    opd: 'dispendukcapil',
    indicator: { description: 'Jumlah dokumen kependudukan yang diterbitkan', unit: 'dokumen' },
    row: { pagu: [500 * M, 2 * B], target: [150000, 300000], funding: ['pad', 'dak-nonfisik'] },
  },
  {
    code: '2.16.03.2.02.0020',
    name: 'Pembangunan dan/atau Pengembangan Aplikasi Khusus yang sesuai dengan arsitektur dan peta rencana SPBE pemerintah daerah',
    opd: 'diskominfo',
    indicator: {
      description: 'Jumlah aplikasi layanan publik yang dikembangkan',
      unit: 'aplikasi',
    },
    row: { pagu: [300 * M, 1_500 * M], target: [2, 6], funding: ['pad'] },
  },
  {
    code: '2.16.03.2.02.0030',
    name: 'Penyediaan Akses Internet untuk Perangkat Daerah dalam rangka penyelenggaraan SPBE',
    opd: 'diskominfo',
    indicator: { description: 'Jumlah titik akses internet yang tersedia', unit: 'titik' },
    row: { pagu: [1 * B, 4 * B], target: [100, 400], funding: ['pad'] },
  },
  {
    code: '2.20.02.2.01.0009',
    name: 'Peningkatan Kualitas Data Statistik Sektoral',
    opd: 'diskominfo',
    indicator: {
      description: 'Jumlah dataset sektoral yang dipublikasikan di portal Satu Data',
      unit: 'dataset',
    },
    row: { pagu: [100 * M, 400 * M], target: [200, 800], funding: ['pad'] },
  },
  {
    code: '2.21.02.2.01.0003',
    name: 'Pelaksanaan Keamanan Informasi Pemerintahan Daerah Kabupaten/Kota Berbasis Elektronik dan Non Elektronik',
    opd: 'diskominfo',
    indicator: { description: 'Jumlah sistem elektronik yang dinilai keamanannya', unit: 'sistem' },
    row: { pagu: [100 * M, 400 * M], target: [10, 40], funding: ['pad'] },
  },
  {
    code: '2.18.04.2.01.0006',
    name: 'Penyediaan Pelayanan Perizinan Berusaha melalui Sistem Perizinan Berusaha Berbasis Risiko Terintegrasi secara Elektronik',
    opd: 'dpmptsp',
    indicator: { description: 'Jumlah perizinan berusaha yang diterbitkan', unit: 'izin' },
    row: { pagu: [300 * M, 1_200 * M], target: [8000, 20000], funding: ['pad'] },
  },
  {
    code: '2.18.03.2.01.0002',
    name: 'Pelaksanaan Kegiatan Promosi Penanaman Modal Daerah Kabupaten/Kota',
    opd: 'dpmptsp',
    indicator: { description: 'Jumlah kegiatan promosi penanaman modal', unit: 'kegiatan' },
    row: { pagu: [200 * M, 800 * M], target: [3, 10], funding: ['pad'] },
  },
  {
    code: '2.10.04.2.01.0005',
    name: 'Inventarisasi Kasus Pertanahan dalam 1 (satu) Daerah Kabupaten/Kota',
    opd: 'disperkim',
    indicator: { description: 'Jumlah kasus pertanahan yang diinventarisasi', unit: 'kasus' },
    row: { pagu: [50 * M, 250 * M], target: [10, 40], funding: ['pad'] },
  },
  {
    code: '1.02.02.2.02.0032',
    name: 'Operasional Pelayanan Rumah Sakit',
    opd: 'rsud-bangil',
    indicator: { description: 'Jumlah pasien yang dilayani', unit: 'orang' },
    row: { pagu: [40 * B, 120 * B], target: [150000, 300000], funding: ['lainnya', 'pad'] },
  },
  {
    code: '5.01.02.2.01.0005',
    name: 'Pelaksanaan Musrenbang Kabupaten/Kota',
    opd: 'bappelitbangda',
    indicator: { description: 'Jumlah dokumen hasil Musrenbang kabupaten', unit: 'dokumen' },
    row: { pagu: [150 * M, 500 * M], target: [1, 1], funding: ['pad'] },
  },
  {
    code: '5.01.02.2.01.0006',
    name: 'Penyiapan Bahan Koordinasi Musrenbang Kecamatan',
    opd: 'bappelitbangda',
    indicator: { description: 'Jumlah Musrenbang kecamatan yang difasilitasi', unit: 'kecamatan' },
    row: { pagu: [100 * M, 300 * M], target: [24, 24], funding: ['pad'] },
  },
  {
    code: '5.05.02.2.04.0001',
    name: 'Penelitian, Pengembangan, dan Perekayasaan di Bidang Teknologi dan Inovasi',
    opd: 'bappelitbangda',
    indicator: { description: 'Jumlah inovasi daerah yang dikembangkan', unit: 'inovasi' },
    row: { pagu: [100 * M, 400 * M], target: [10, 40], funding: ['pad'] },
  },
  {
    code: '5.02.04.2.01.0005',
    name: 'Pendataan dan Pendaftaran Objek Pajak Daerah',
    opd: 'bpkpd',
    indicator: { description: 'Jumlah objek pajak daerah yang didata', unit: 'objek pajak' },
    row: { pagu: [300 * M, 1_200 * M], target: [5000, 20000], funding: ['pad'] },
  },
  {
    code: '5.03.02.2.03.0001',
    name: 'Peningkatan Kapasitas Kinerja ASN',
    opd: 'bkpsdm',
    indicator: { description: 'Jumlah ASN yang mengikuti pengembangan kompetensi', unit: 'orang' },
    row: { pagu: [300 * M, 1_200 * M], target: [500, 2000], funding: ['pad'] },
  },
  {
    code: '6.01.02.2.01.0001',
    name: 'Pengawasan Kinerja Pemerintah Daerah',
    opd: 'inspektorat',
    indicator: { description: 'Jumlah perangkat daerah yang diawasi kinerjanya', unit: 'OPD' },
    row: { pagu: [300 * M, 1 * B], target: [30, 55], funding: ['pad'] },
  },
  {
    code: '4.01.03.2.03.0002',
    name: 'Pengelolaan Layanan Pengadaan Secara Elektronik',
    opd: 'setda',
    indicator: {
      description: 'Jumlah paket pengadaan yang diproses secara elektronik',
      unit: 'paket',
    },
    row: { pagu: [200 * M, 800 * M], target: [300, 900], funding: ['pad'] },
  },
  {
    code: '4.02.02.2.05.0002',
    name: 'Penyusunan Pokok-Pokok Pikiran DPRD',
    opd: 'setwan',
    indicator: { description: 'Jumlah dokumen pokok-pokok pikiran DPRD', unit: 'dokumen' },
    row: { pagu: [100 * M, 400 * M], target: [1, 1], funding: ['pad'] },
  },
  {
    code: '4.02.02.2.05.0003',
    name: 'Pelaksanaan Reses',
    opd: 'setwan',
    indicator: { description: 'Jumlah kegiatan reses anggota DPRD', unit: 'kegiatan' },
    row: { pagu: [2 * B, 6 * B], target: [150, 150], funding: ['pad'] },
  },
  {
    code: '8.01.01.2.06.0009',
    name: 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
    opd: 'bakesbangpol',
    indicator: { description: 'Jumlah rapat koordinasi forum kewaspadaan dini', unit: 'kali' },
    row: { pagu: [100 * M, 400 * M], target: [12, 24], funding: ['pad'] },
  },
  {
    code: '7.01.03.2.02.0002',
    name: 'Pembangunan Sarana dan Prasarana Kelurahan',
    opd: 'kecamatan',
    indicator: {
      description: 'Jumlah sarana dan prasarana kelurahan yang dibangun',
      unit: 'paket',
    },
    row: { pagu: [300 * M, 900 * M], target: [2, 6], funding: ['dau', 'pad'] },
    proposal: {
      sources: ['musrenbang-desa'],
      titles: [
        'Pembangunan sarana prasarana lingkungan {desa}',
        'Perbaikan saluran dan jalan lingkungan {desa}',
      ],
      problems: [
        'Jalan lingkungan dan saluran di {desa} rusak di beberapa RT. Sebagai kelurahan, {desa} tidak menerima dana desa sehingga perbaikan diusulkan melalui anggaran kecamatan.',
      ],
      unit: 'paket',
      volume: [1, 3],
      unitCost: [80 * M, 200 * M],
      villageKind: 'kelurahan',
    },
  },
  {
    code: '7.01.03.2.03.0002',
    name: 'Peningkatan Kapasitas Lembaga Kemasyarakatan',
    opd: 'kecamatan',
    indicator: { description: 'Jumlah lembaga kemasyarakatan yang dibina', unit: 'lembaga' },
    row: { pagu: [50 * M, 200 * M], target: [10, 40], funding: ['pad'] },
  },
  {
    code: '7.01.02.2.01.0001',
    name: 'Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait',
    opd: 'kecamatan',
    indicator: {
      description: 'Jumlah rapat koordinasi pemerintahan tingkat kecamatan',
      unit: 'kali',
    },
    row: { pagu: [50 * M, 250 * M], target: [12, 24], funding: ['pad'] },
  },
];

/** Program Penunjang rows every OPD carries: salaries and utilities (`X.XX.01`). */
export const PENUNJANG = [
  {
    program: '01.2.02.0001',
    name: 'Penyediaan Gaji dan Tunjangan ASN',
    indicator: {
      description: 'Jumlah bulan gaji dan tunjangan ASN yang dibayarkan',
      unit: 'bulan',
    },
    target: 14,
  },
  {
    program: '01.2.08.0002',
    name: 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
    indicator: {
      description: 'Jumlah laporan penyediaan jasa komunikasi, air dan listrik',
      unit: 'laporan',
    },
    target: 12,
  },
] as const;

/** Rough yearly salary budget (rupiah) of an OPD for the Program Penunjang row. */
export function salaryBudget(opdId: string, kind: string): readonly [number, number] {
  if (opdId === 'dispendik') return [600 * B, 850 * B];
  if (opdId === 'dinkes') return [150 * B, 230 * B];
  if (opdId === 'rsud-bangil') return [60 * B, 110 * B];
  if (kind === 'kecamatan') return [2 * B, 5 * B];
  if (opdId === 'dpupr' || opdId === 'setda' || opdId === 'satpolpp') return [20 * B, 40 * B];
  return [5 * B, 18 * B];
}

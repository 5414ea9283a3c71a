import type { ProductUnit } from '@cerdas/model';

/*
 * Kinds of UMKM the demo invents, each with a KBLI 2020 kelompok (five digits, checked against
 * the KBLI 2020 list in OSS), typical products with rupiah prices, and the kecamatan where the
 * kind is common in Kabupaten Pasuruan (highland dairy, apples and coffee in Tutur, Puspo and
 * Tosari; fish on the coast; Bangil embroidery; food stalls everywhere).
 */

export interface ProductTemplate {
  readonly name: string;
  readonly unit: ProductUnit;
  /** Lowest and highest usual price in rupiah. */
  readonly price: readonly [number, number];
  readonly description?: string;
}

export type HoursPattern = 'shop' | 'stall' | 'evening' | 'workshop' | 'order' | 'market';

export interface BusinessKind {
  readonly key: string;
  /** Main KBLI 2020 code, then optional secondary ones. */
  readonly kbli: readonly [string, ...string[]];
  /** Relative frequency across the regency. */
  readonly weight: number;
  /** Kecamatan (last two digits) where this kind is three times as common. */
  readonly common?: readonly string[];
  /** Only in these kecamatan. */
  readonly only?: readonly string[];
  /** Words that start the business's name, e.g. "Keripik". */
  readonly nameWords: readonly string[];
  /** Product category shown in the catalogue. */
  readonly category: string;
  readonly food: boolean;
  readonly hours: HoursPattern;
  /** What the business does, one sentence, for the description. */
  readonly about: readonly string[];
  readonly products: readonly ProductTemplate[];
}

const HIGHLAND = ['02', '03', '04', '24'];
const COAST = ['16', '20', '21', '22', '23'];

export const BUSINESS_KINDS: readonly BusinessKind[] = [
  {
    key: 'keripik',
    kbli: ['10794'],
    weight: 9,
    common: ['01', '02', '08', '18'],
    nameWords: ['Keripik', 'Kripik', 'Camilan'],
    category: 'Kuliner',
    food: true,
    hours: 'order',
    about: [
      'Membuat keripik singkong, keripik tempe dan aneka camilan kering yang digoreng setiap pagi.',
      'Produksi rumahan keripik dan rengginang dengan resep keluarga, tanpa pengawet.',
    ],
    products: [
      { name: 'Keripik Singkong Balado 250 g', unit: 'pack', price: [10_000, 18_000] },
      { name: 'Keripik Tempe Original 200 g', unit: 'pack', price: [10_000, 16_000] },
      { name: 'Keripik Pisang Manis 250 g', unit: 'pack', price: [12_000, 20_000] },
      { name: 'Rengginang Mentah 500 g', unit: 'pack', price: [15_000, 25_000] },
      { name: 'Peyek Kacang 250 g', unit: 'pack', price: [12_000, 20_000] },
      { name: 'Keripik Apel 100 g', unit: 'pack', price: [15_000, 25_000] },
      { name: 'Kerupuk Puli 500 g', unit: 'pack', price: [12_000, 18_000] },
      { name: 'Paket Oleh-oleh Camilan', unit: 'paket', price: [50_000, 90_000] },
    ],
  },
  {
    key: 'roti',
    kbli: ['10710', '47241'],
    weight: 7,
    nameWords: ['Roti', 'Bakery', 'Kue'],
    category: 'Kuliner',
    food: true,
    hours: 'shop',
    about: [
      'Memproduksi roti manis, bolu dan kue kering untuk warung, sekolah dan pesanan hajatan.',
    ],
    products: [
      { name: 'Roti Sobek Cokelat', unit: 'pcs', price: [12_000, 20_000] },
      { name: 'Bolu Pandan Loyang 20 cm', unit: 'pcs', price: [45_000, 75_000] },
      { name: 'Nastar Toples 500 g', unit: 'box', price: [80_000, 130_000] },
      { name: 'Brownies Kukus', unit: 'box', price: [35_000, 60_000] },
      { name: 'Roti Manis Isi Kacang Hijau', unit: 'pcs', price: [3_000, 5_000] },
      { name: 'Kue Ulang Tahun Diameter 20 cm', unit: 'pcs', price: [150_000, 300_000] },
    ],
  },
  {
    key: 'kue-basah',
    kbli: ['10792'],
    weight: 6,
    nameWords: ['Kue', 'Jajan Pasar', 'Aneka Kue'],
    category: 'Kuliner',
    food: true,
    hours: 'order',
    about: ['Menerima pesanan jajan pasar dan kue basah untuk arisan, pengajian dan hajatan.'],
    products: [
      { name: 'Lemper Ayam', unit: 'pcs', price: [2_500, 4_000] },
      { name: 'Klepon', unit: 'porsi', price: [5_000, 10_000] },
      { name: 'Nagasari', unit: 'pcs', price: [2_000, 3_500] },
      { name: 'Kue Lapis Legit Loyang', unit: 'pcs', price: [150_000, 250_000] },
      { name: 'Risoles Ragout', unit: 'pcs', price: [2_500, 4_000] },
      { name: 'Snack Box Isi 4', unit: 'box', price: [10_000, 18_000] },
    ],
  },
  {
    key: 'tempe-tahu',
    kbli: ['10391', '10392'],
    weight: 5,
    nameWords: ['Tempe', 'Tahu', 'Tahu Tempe'],
    category: 'Kuliner',
    food: true,
    hours: 'market',
    about: ['Membuat tempe dan tahu setiap hari untuk pasar desa dan pedagang sayur keliling.'],
    products: [
      { name: 'Tempe Papan', unit: 'pcs', price: [5_000, 8_000] },
      { name: 'Tempe Bungkus Daun (isi 10)', unit: 'pack', price: [8_000, 12_000] },
      { name: 'Tahu Putih (isi 10)', unit: 'pack', price: [6_000, 10_000] },
      { name: 'Tahu Goreng', unit: 'pack', price: [8_000, 12_000] },
    ],
  },
  {
    key: 'susu',
    kbli: ['10510', '10590'],
    weight: 2,
    only: ['02', '03', '04', '05', '10', '24'],
    nameWords: ['Susu Segar', 'Olahan Susu', 'Dairy'],
    category: 'Kuliner',
    food: true,
    hours: 'shop',
    about: [
      'Mengolah susu sapi perah dari peternak sekitar menjadi susu pasteurisasi, yoghurt dan kerupuk susu.',
    ],
    products: [
      { name: 'Susu Sapi Pasteurisasi 1 liter', unit: 'botol', price: [15_000, 22_000] },
      { name: 'Susu Rasa Stroberi 200 ml', unit: 'botol', price: [5_000, 8_000] },
      { name: 'Yoghurt Plain 250 ml', unit: 'botol', price: [10_000, 16_000] },
      { name: 'Kerupuk Susu 200 g', unit: 'pack', price: [12_000, 20_000] },
      { name: 'Dodol Susu', unit: 'pack', price: [15_000, 25_000] },
    ],
  },
  {
    key: 'kopi',
    kbli: ['10761'],
    weight: 2,
    common: HIGHLAND,
    nameWords: ['Kopi', 'Kopi Bubuk', 'Kopi Lereng'],
    category: 'Kuliner',
    food: true,
    hours: 'shop',
    about: [
      'Menyangrai dan menggiling kopi robusta dan arabika dari kebun petani di lereng pegunungan.',
    ],
    products: [
      { name: 'Kopi Robusta Bubuk 250 g', unit: 'pack', price: [25_000, 45_000] },
      { name: 'Kopi Arabika Biji Sangrai 250 g', unit: 'pack', price: [45_000, 85_000] },
      { name: 'Kopi Jahe Sachet (isi 10)', unit: 'pack', price: [15_000, 25_000] },
      { name: 'Green Bean Robusta 1 kg', unit: 'kg', price: [60_000, 95_000] },
    ],
  },
  {
    key: 'sari-buah',
    kbli: ['10330', '10796'],
    weight: 2,
    common: HIGHLAND,
    nameWords: ['Sari Apel', 'Olahan Apel', 'Sari Buah'],
    category: 'Kuliner',
    food: true,
    hours: 'shop',
    about: ['Mengolah apel dan buah lokal menjadi sari buah, dodol dan keripik buah.'],
    products: [
      { name: 'Sari Apel 250 ml (isi 12)', unit: 'box', price: [35_000, 55_000] },
      { name: 'Dodol Apel 250 g', unit: 'pack', price: [15_000, 25_000] },
      { name: 'Jenang Apel', unit: 'pack', price: [12_000, 20_000] },
      { name: 'Sari Mangga 250 ml', unit: 'botol', price: [4_000, 7_000] },
    ],
  },
  {
    key: 'olahan-daging',
    kbli: ['10130', '10750'],
    weight: 3,
    nameWords: ['Abon', 'Olahan', 'Frozen Food'],
    category: 'Kuliner',
    food: true,
    hours: 'order',
    about: ['Memproduksi abon, dendeng dan makanan beku siap olah untuk rumah tangga dan warung.'],
    products: [
      { name: 'Abon Sapi 100 g', unit: 'pack', price: [30_000, 50_000] },
      { name: 'Dendeng Sapi Balado 250 g', unit: 'pack', price: [60_000, 95_000] },
      { name: 'Nugget Ayam 500 g', unit: 'pack', price: [25_000, 40_000] },
      { name: 'Bakso Sapi Beku (isi 50)', unit: 'pack', price: [45_000, 70_000] },
      { name: 'Dimsum Ayam (isi 10)', unit: 'pack', price: [20_000, 35_000] },
    ],
  },
  {
    key: 'olahan-ikan',
    kbli: ['10211', '10299', '10794'],
    weight: 3,
    only: COAST,
    nameWords: ['Ikan Asin', 'Olahan Ikan', 'Petis'],
    category: 'Kuliner',
    food: true,
    hours: 'market',
    about: [
      'Mengolah hasil tangkapan nelayan setempat menjadi ikan asin, terasi, petis dan kerupuk ikan.',
    ],
    products: [
      { name: 'Ikan Asin Teri 250 g', unit: 'pack', price: [20_000, 35_000] },
      { name: 'Terasi Udang 250 g', unit: 'pack', price: [15_000, 25_000] },
      { name: 'Petis Ikan 250 g', unit: 'pack', price: [15_000, 30_000] },
      { name: 'Kerupuk Ikan Mentah 500 g', unit: 'pack', price: [20_000, 35_000] },
      { name: 'Ikan Asin Kapas 500 g', unit: 'pack', price: [25_000, 45_000] },
    ],
  },
  {
    key: 'bordir',
    kbli: ['14302', '13922'],
    weight: 4,
    common: ['13', '14', '15'],
    nameWords: ['Bordir', 'Sulam', 'Busana Muslim'],
    category: 'Fesyen',
    food: false,
    hours: 'workshop',
    about: [
      'Menjahit dan membordir busana muslim, mukena dan kerudung dengan mesin bordir komputer dan manual.',
    ],
    products: [
      { name: 'Mukena Bordir Katun', unit: 'set', price: [150_000, 350_000] },
      { name: 'Kerudung Segi Empat Bordir', unit: 'pcs', price: [45_000, 90_000] },
      { name: 'Baju Koko Bordir', unit: 'pcs', price: [120_000, 250_000] },
      { name: 'Taplak Meja Bordir', unit: 'pcs', price: [60_000, 150_000] },
      { name: 'Jasa Bordir Nama/Logo', unit: 'pcs', price: [10_000, 30_000] },
    ],
  },
  {
    key: 'konveksi',
    kbli: ['14111', '14120'],
    weight: 5,
    common: ['11', '12', '13', '14'],
    nameWords: ['Konveksi', 'Jahit', 'Garmen'],
    category: 'Fesyen',
    food: false,
    hours: 'workshop',
    about: ['Menerima pesanan kaos, seragam sekolah, seragam kerja dan jahitan sesuai ukuran.'],
    products: [
      { name: 'Kaos Sablon Custom', unit: 'pcs', price: [45_000, 85_000] },
      { name: 'Seragam Sekolah SD (1 stel)', unit: 'set', price: [90_000, 160_000] },
      { name: 'Kemeja PDL Bordir Logo', unit: 'pcs', price: [120_000, 200_000] },
      { name: 'Jahit Kebaya', unit: 'pcs', price: [150_000, 400_000] },
      { name: 'Permak Celana', unit: 'pcs', price: [10_000, 25_000] },
    ],
  },
  {
    key: 'batik',
    kbli: ['13134'],
    weight: 1,
    nameWords: ['Batik', 'Batik Tulis'],
    category: 'Fesyen',
    food: false,
    hours: 'workshop',
    about: ['Membuat batik tulis dan batik cap dengan motif flora dan fauna khas daerah.'],
    products: [
      { name: 'Kain Batik Tulis 2 m', unit: 'pcs', price: [250_000, 750_000] },
      { name: 'Kain Batik Cap 2 m', unit: 'pcs', price: [100_000, 200_000] },
      { name: 'Kemeja Batik Lengan Panjang', unit: 'pcs', price: [150_000, 300_000] },
    ],
  },
  {
    key: 'alas-kaki',
    kbli: ['15201'],
    weight: 2,
    common: ['14', '15', '17'],
    nameWords: ['Sandal', 'Sepatu', 'Alas Kaki'],
    category: 'Fesyen',
    food: false,
    hours: 'workshop',
    about: ['Memproduksi sandal dan sepatu kulit buatan tangan untuk toko dan pesanan seragam.'],
    products: [
      { name: 'Sandal Kulit Pria', unit: 'pcs', price: [75_000, 150_000] },
      { name: 'Sandal Hotel (per lusin)', unit: 'lusin', price: [60_000, 110_000] },
      { name: 'Sepatu Pantofel Kulit', unit: 'pcs', price: [200_000, 400_000] },
    ],
  },
  {
    key: 'anyaman',
    kbli: ['16291', '16294'],
    weight: 3,
    common: ['05', '06', '19', '04'],
    nameWords: ['Anyaman Bambu', 'Kerajinan Bambu', 'Besek'],
    category: 'Kriya',
    food: false,
    hours: 'workshop',
    about: ['Menganyam bambu menjadi besek, tampah, keranjang dan kerajinan hias.'],
    products: [
      { name: 'Besek Bambu (isi 10)', unit: 'pack', price: [15_000, 30_000] },
      { name: 'Tampah Bambu Diameter 50 cm', unit: 'pcs', price: [20_000, 40_000] },
      { name: 'Keranjang Parsel Bambu', unit: 'pcs', price: [25_000, 60_000] },
      { name: 'Kap Lampu Anyaman', unit: 'pcs', price: [75_000, 175_000] },
      { name: 'Kukusan Bambu', unit: 'pcs', price: [10_000, 20_000] },
    ],
  },
  {
    key: 'ukir',
    kbli: ['16293', '31001'],
    weight: 2,
    common: ['10', '11', '15'],
    nameWords: ['Ukir', 'Mebel', 'Kayu'],
    category: 'Kriya',
    food: false,
    hours: 'workshop',
    about: ['Membuat kerajinan ukir, hiasan dinding dan mebel kayu sesuai pesanan.'],
    products: [
      { name: 'Hiasan Dinding Kaligrafi Ukir', unit: 'pcs', price: [250_000, 900_000] },
      { name: 'Kursi Tamu Kayu Jati (1 set)', unit: 'set', price: [4_500_000, 12_000_000] },
      { name: 'Rak Buku Kayu Mahoni', unit: 'pcs', price: [350_000, 900_000] },
      { name: 'Miniatur Perahu Kayu', unit: 'pcs', price: [75_000, 250_000] },
    ],
  },
  {
    key: 'kelontong',
    kbli: ['47111'],
    weight: 10,
    nameWords: ['Toko', 'Warung', 'Toko Kelontong'],
    category: 'Toko',
    food: false,
    hours: 'shop',
    about: [
      'Toko kelontong yang menjual kebutuhan pokok dan barang sehari-hari untuk warga sekitar.',
    ],
    products: [
      { name: 'Beras Medium 5 kg', unit: 'pack', price: [62_000, 75_000] },
      { name: 'Minyak Goreng 1 liter', unit: 'botol', price: [16_000, 20_000] },
      { name: 'Gula Pasir 1 kg', unit: 'kg', price: [16_000, 19_000] },
      { name: 'Telur Ayam Ras 1 kg', unit: 'kg', price: [26_000, 32_000] },
      { name: 'Mi Instan (1 dus)', unit: 'box', price: [105_000, 125_000] },
      { name: 'Air Minum Isi Ulang (galon)', unit: 'pcs', price: [5_000, 7_000] },
    ],
  },
  {
    key: 'pakaian',
    kbli: ['47711'],
    weight: 3,
    nameWords: ['Butik', 'Toko Busana', 'Fashion'],
    category: 'Fesyen',
    food: false,
    hours: 'shop',
    about: ['Menjual pakaian muslim, pakaian anak dan perlengkapan sekolah.'],
    products: [
      { name: 'Gamis Wanita', unit: 'pcs', price: [120_000, 275_000] },
      { name: 'Kaos Anak', unit: 'pcs', price: [25_000, 50_000] },
      { name: 'Sarung Tenun', unit: 'pcs', price: [75_000, 200_000] },
      { name: 'Kerudung Instan', unit: 'pcs', price: [30_000, 65_000] },
    ],
  },
  {
    key: 'restoran',
    kbli: ['56101'],
    weight: 3,
    common: ['10', '11', '14', '24'],
    nameWords: ['Rumah Makan', 'Resto', 'Depot'],
    category: 'Kuliner',
    food: true,
    hours: 'stall',
    about: ['Rumah makan keluarga dengan menu masakan Jawa Timur dan ruang makan untuk rombongan.'],
    products: [
      { name: 'Nasi Rawon', unit: 'porsi', price: [20_000, 35_000] },
      { name: 'Sate Kambing (10 tusuk)', unit: 'porsi', price: [30_000, 50_000] },
      { name: 'Gurami Bakar', unit: 'porsi', price: [55_000, 90_000] },
      { name: 'Soto Ayam', unit: 'porsi', price: [15_000, 25_000] },
      { name: 'Es Teh Manis', unit: 'porsi', price: [4_000, 7_000] },
      { name: 'Paket Nasi Kotak Rombongan', unit: 'paket', price: [25_000, 45_000] },
    ],
  },
  {
    key: 'warung-makan',
    kbli: ['56102'],
    weight: 9,
    nameWords: ['Warung', 'Warung Makan', 'Depot'],
    category: 'Kuliner',
    food: true,
    hours: 'stall',
    about: [
      'Warung makan sederhana dengan menu harian: nasi pecel, rujak cingur dan lontong kupang.',
    ],
    products: [
      { name: 'Nasi Pecel', unit: 'porsi', price: [8_000, 13_000] },
      { name: 'Rujak Cingur', unit: 'porsi', price: [13_000, 20_000] },
      { name: 'Lontong Kupang', unit: 'porsi', price: [12_000, 18_000] },
      { name: 'Nasi Campur', unit: 'porsi', price: [10_000, 16_000] },
      { name: 'Es Degan', unit: 'porsi', price: [6_000, 10_000] },
      { name: 'Kopi Tubruk', unit: 'porsi', price: [3_000, 5_000] },
    ],
  },
  {
    key: 'kedai',
    kbli: ['56103'],
    weight: 5,
    nameWords: ['Bakso', 'Mie Ayam', 'Kedai'],
    category: 'Kuliner',
    food: true,
    hours: 'evening',
    about: ['Kedai bakso dan mie ayam yang buka dari siang sampai malam.'],
    products: [
      { name: 'Bakso Urat', unit: 'porsi', price: [12_000, 20_000] },
      { name: 'Mie Ayam Pangsit', unit: 'porsi', price: [10_000, 16_000] },
      { name: 'Martabak Telur', unit: 'porsi', price: [20_000, 35_000] },
      { name: 'Es Jeruk', unit: 'porsi', price: [4_000, 7_000] },
    ],
  },
  {
    key: 'keliling',
    kbli: ['56104'],
    weight: 3,
    nameWords: ['Pentol', 'Cilok', 'Tahu Tek'],
    category: 'Kuliner',
    food: true,
    hours: 'evening',
    about: ['Berjualan keliling dan mangkal di depan sekolah dan alun-alun.'],
    products: [
      { name: 'Pentol Bakar', unit: 'porsi', price: [5_000, 10_000] },
      { name: 'Cilok Bumbu Kacang', unit: 'porsi', price: [5_000, 10_000] },
      { name: 'Tahu Tek', unit: 'porsi', price: [10_000, 15_000] },
    ],
  },
  {
    key: 'katering',
    kbli: ['56210'],
    weight: 3,
    nameWords: ['Katering', 'Catering', 'Dapur'],
    category: 'Kuliner',
    food: true,
    hours: 'order',
    about: [
      'Jasa boga untuk hajatan, rapat dan acara keluarga: nasi kotak, prasmanan dan tumpeng.',
    ],
    products: [
      { name: 'Nasi Kotak Ayam Bakar', unit: 'box', price: [20_000, 35_000] },
      { name: 'Prasmanan per Porsi', unit: 'porsi', price: [25_000, 45_000] },
      { name: 'Tumpeng Mini', unit: 'pcs', price: [35_000, 60_000] },
      { name: 'Tumpeng Besar (20 orang)', unit: 'paket', price: [450_000, 800_000] },
    ],
  },
  {
    key: 'kafe',
    kbli: ['56303'],
    weight: 4,
    common: ['10', '11', '24', '14'],
    nameWords: ['Kedai Kopi', 'Kafe', 'Warkop'],
    category: 'Kuliner',
    food: true,
    hours: 'evening',
    about: ['Kedai kopi dan tempat nongkrong anak muda dengan kopi lokal dan camilan.'],
    products: [
      { name: 'Kopi Susu Gula Aren', unit: 'porsi', price: [12_000, 22_000] },
      { name: 'Es Teh Lemon', unit: 'porsi', price: [6_000, 12_000] },
      { name: 'Roti Bakar Cokelat Keju', unit: 'porsi', price: [12_000, 20_000] },
      { name: 'Pisang Goreng Keju', unit: 'porsi', price: [10_000, 18_000] },
      { name: 'V60 Arabika Lokal', unit: 'porsi', price: [18_000, 30_000] },
    ],
  },
];

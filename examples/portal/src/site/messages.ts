import type { Language } from '@cerdas/model';

/** The portal's own words (the widgets bring theirs), in Bahasa Indonesia and English. */
export interface PortalMessages {
  skipToContent: string;
  menu: string;
  switchLanguage: string;
  switchLanguageLabel: string;
  nav: { home: string; umkm: string; services: string; planning: string; staff: string };
  footer: { contact: string; districts: string; poweredBy: string; openData: string };
  home: {
    title: string;
    figuresHeading: string;
    figures: {
      umkm: string;
      umkmHint: string;
      complaints: string;
      complaintsHint: string;
      pagu: string;
      paguHint: string;
      standards: string;
      standardsHint: string;
      ikm: string;
      unavailable: string;
    };
    dimensionsHeading: string;
    dimensionsIntro: string;
    dimensions: ReadonlyArray<{ name: string; text: string; href: string; link: string }>;
    quickHeading: string;
    quick: ReadonlyArray<{ text: string; href: string }>;
  };
  umkm: { title: string; intro: string };
  profile: { title: string; back: string; missing: string };
  services: {
    title: string;
    intro: string;
    directoryHeading: string;
    cards: ReadonlyArray<{ title: string; text: string; href: string }>;
  };
  complaint: { title: string; intro: string; afterSubmit: string; trackLink: string };
  tracker: { title: string; intro: string };
  survey: {
    title: string;
    intro: string;
    chooseService: string;
    choosePrompt: string;
    loadFailed: string;
    overall: string;
  };
  planning: {
    title: string;
    intro: string;
    dashboardHeading: string;
    proposalsHeading: string;
    proposalsIntro: string;
    stageLabel: string;
    loadMore: string;
    empty: string;
    failed: string;
    retry: string;
    loading: string;
    shown: string;
    proposeLink: string;
  };
  proposal: {
    title: string;
    intro: string;
    tokenLabel: string;
    tokenHint: string;
    tokenUse: string;
    tokenChange: string;
  };
  staff: {
    title: string;
    intro: string;
    tokenLabel: string;
    tokenHint: string;
    signIn: string;
    signOut: string;
    checking: string;
    tokenRefused: string;
    unreachable: string;
    signedOut: string;
    signedInAs: (label: string, role: string) => string;
    scopeRegion: (name: string, code: string) => string;
    scopeOpd: (name: string) => string;
    scopeRegency: string;
    roles: Readonly<Record<import('@cerdas/model').Role, string>>;
    statusFilter: string;
    loading: string;
    failed: string;
    retry: string;
    loadMore: string;
    shown: (count: number) => string;
    proposalsHeading: string;
    proposalsEmpty: string;
    proposalsNone: string;
    village: string;
    bidang: string;
    cost: string;
    source: string;
    status: string;
    noActions: string;
    complaintsHeading: string;
    complaintsEmpty: string;
    category: string;
    place: string;
    receivedAt: string;
    reporter: string;
    anonymous: string;
    confidential: string;
    assignedOpd: string;
    description: string;
    reason: string;
    note: string;
    subKegiatan: string;
    subKegiatanHint: string;
    pagu: string;
    paguHint: string;
    paguRead: (amount: string) => string;
    grounds: string;
    chooseGrounds: string;
    opd: string;
    chooseOpd: string;
    publicNote: string;
    publicNoteHint: string;
    makeConfidential: string;
    send: string;
    cancel: string;
    sending: string;
    proposalDone: (title: string, status: string) => string;
    complaintDone: (trackingNumber: string, status: string) => string;
    refused: (detail: string) => string;
    networkFailed: string;
  };
  notFound: { title: string; text: string; home: string };
}

const id: PortalMessages = {
  skipToContent: 'Langsung ke isi',
  menu: 'Menu utama',
  switchLanguage: 'English',
  switchLanguageLabel: 'Read this page in English',
  nav: {
    home: 'Beranda',
    umkm: 'UMKM',
    services: 'Layanan',
    planning: 'Perencanaan',
    staff: 'Staf',
  },
  footer: {
    contact: 'Kontak',
    districts: 'Kecamatan',
    poweredBy: 'Dibangun dengan Cerdas, SDK terbuka untuk portal kota cerdas.',
    openData: 'Data terbuka: API Cerdas dan Open311',
  },
  home: {
    title: 'Beranda',
    figuresHeading: 'Angka hari ini',
    figures: {
      umkm: 'UMKM terverifikasi',
      umkmHint: 'usaha dengan etalase publik',
      complaints: 'Pengaduan sedang diproses',
      complaintsHint: 'belum selesai ditindaklanjuti',
      pagu: 'Pagu rencana kerja',
      paguHint: 'anggaran perangkat daerah tahun ini',
      standards: 'Standar pelayanan',
      standardsHint: 'layanan dengan syarat dan waktu yang jelas',
      ikm: 'Indeks Kepuasan Masyarakat',
      unavailable: 'Angka belum dapat dimuat.',
    },
    dimensionsHeading: 'Enam dimensi kota cerdas',
    dimensionsIntro:
      'Gerakan Menuju 100 Smart City membagi kota cerdas dalam enam dimensi. Inilah yang dapat dilakukan warga di portal ini untuk masing-masing.',
    dimensions: [
      {
        name: 'Smart Governance',
        text: 'Perencanaan pembangunan yang terbuka: usulan Musrenbang dari desa sampai RKPD dan pagu setiap perangkat daerah.',
        href: 'perencanaan/',
        link: 'Lihat perencanaan',
      },
      {
        name: 'Smart Branding',
        text: 'Etalase UMKM (E-Branding): produk, harga, sertifikat halal dan kontak usaha lokal.',
        href: 'umkm/',
        link: 'Jelajahi UMKM',
      },
      {
        name: 'Smart Economy',
        text: 'Usaha mikro dan kecil mudah ditemukan pembeli lewat pencarian per kecamatan, kategori dan skala usaha.',
        href: 'umkm/',
        link: 'Cari usaha',
      },
      {
        name: 'Smart Living',
        text: 'Standar pelayanan publik: syarat, alur, biaya dan waktu penyelesaian dalam hari kerja.',
        href: 'layanan/',
        link: 'Lihat layanan',
      },
      {
        name: 'Smart Society',
        text: 'Warga menyampaikan pengaduan dan aspirasi, melacak tindak lanjutnya dan menilai kepuasan layanan.',
        href: 'layanan/pengaduan/',
        link: 'Sampaikan pengaduan',
      },
      {
        name: 'Smart Environment',
        text: 'Laporkan masalah lingkungan, sampah, banjir atau jalan rusak dengan foto dan lokasinya.',
        href: 'layanan/pengaduan/',
        link: 'Laporkan masalah',
      },
    ],
    quickHeading: 'Layanan cepat',
    quick: [
      { text: 'Lacak pengaduan atau permohonan', href: 'layanan/lacak/' },
      { text: 'Isi survei kepuasan', href: 'layanan/survei/' },
      { text: 'Usulan Musrenbang (operator desa)', href: 'perencanaan/usulan/' },
    ],
  },
  umkm: {
    title: 'UMKM',
    intro:
      'Etalase usaha mikro, kecil dan menengah yang telah diverifikasi perangkat daerah. Cari berdasarkan nama atau produk, lalu saring per kecamatan, kategori, skala usaha dan sertifikat halal.',
  },
  profile: {
    title: 'Profil usaha',
    back: 'Kembali ke katalog UMKM',
    missing: 'Pilih usaha dari katalog UMKM untuk melihat profilnya.',
  },
  services: {
    title: 'Layanan publik',
    intro:
      'Standar pelayanan setiap perangkat daerah: persyaratan, alur, waktu penyelesaian dalam hari kerja, biaya dan tempat layanan.',
    directoryHeading: 'Cari standar pelayanan',
    cards: [
      {
        title: 'Sampaikan pengaduan',
        text: 'Pengaduan, aspirasi atau permintaan informasi, boleh anonim atau rahasia.',
        href: 'layanan/pengaduan/',
      },
      {
        title: 'Lacak',
        text: 'Ikuti tindak lanjut pengaduan atau permohonan dengan nomor pelacakannya.',
        href: 'layanan/lacak/',
      },
      {
        title: 'Survei kepuasan',
        text: 'Nilai layanan yang Anda terima dengan sembilan unsur survei kepuasan masyarakat.',
        href: 'layanan/survei/',
      },
    ],
  },
  complaint: {
    title: 'Sampaikan pengaduan',
    intro:
      'Tulis apa yang terjadi, di mana, dan lampirkan foto bila ada. Isian tersimpan di perangkat ini sampai terkirim; bila sinyal putus, laporan menunggu dan dikirim otomatis sekali saja.',
    afterSubmit: 'Simpan nomor pelacakan Anda untuk mengikuti tindak lanjutnya.',
    trackLink: 'Lacak pengaduan ini',
  },
  tracker: {
    title: 'Lacak pengaduan atau permohonan',
    intro:
      'Masukkan nomor pelacakan pengaduan (ADU-…) atau permohonan (LYN-…) untuk melihat status, riwayat dan batas waktu tindak lanjut.',
  },
  survey: {
    title: 'Survei kepuasan masyarakat',
    intro:
      'Survei sembilan unsur menurut Permenpan RB 14/2017. Jawaban Anda tanpa nama dan membantu perangkat daerah memperbaiki layanannya.',
    chooseService: 'Layanan yang dinilai',
    choosePrompt: 'Pilih layanan',
    loadFailed: 'Daftar layanan belum dapat dimuat. Muat ulang halaman untuk mencoba lagi.',
    overall: 'Indeks kepuasan seluruh layanan',
  },
  planning: {
    title: 'Perencanaan pembangunan',
    intro:
      'Pagu rencana kerja perangkat daerah per urusan, perangkat daerah dan kecamatan, serta perjalanan usulan Musrenbang dari desa sampai diakomodir dalam RKPD.',
    dashboardHeading: 'Dasbor perencanaan',
    proposalsHeading: 'Usulan Musrenbang',
    proposalsIntro: 'Usulan yang telah diajukan, per tahap. Pilih tahap untuk melihat usulannya.',
    stageLabel: 'Tahap',
    loadMore: 'Muat lagi',
    empty: 'Belum ada usulan pada tahap ini.',
    failed: 'Usulan belum dapat dimuat.',
    retry: 'Coba lagi',
    loading: 'Memuat usulan…',
    shown: 'usulan ditampilkan',
    proposeLink: 'Ajukan usulan (operator desa/kelurahan)',
  },
  proposal: {
    title: 'Ajukan usulan Musrenbang',
    intro:
      'Untuk operator desa/kelurahan selama tahap Musrenbang desa dibuka. Usulan tersimpan sebagai draf di perangkat ini dan dikirim sekali saja, juga bila sinyal sempat putus.',
    tokenLabel: 'Token operator',
    tokenHint:
      'Masukkan token operator yang diberikan Bappeda. Token hanya disimpan selama tab ini terbuka.',
    tokenUse: 'Gunakan token ini',
    tokenChange: 'Ganti token',
  },
  staff: {
    title: 'Area staf',
    intro:
      'Untuk pemegang token perangkat daerah, kecamatan, Bappeda dan admin: verifikasi usulan dan tindak lanjuti pengaduan.',
    tokenLabel: 'Token staf',
    tokenHint:
      'Token hanya disimpan selama tab ini terbuka, tidak di alamat halaman atau cookie. Keluar setelah selesai.',
    signIn: 'Masuk',
    signOut: 'Keluar',
    checking: 'Memeriksa token…',
    tokenRefused:
      'Token ditolak: tidak dikenal, sudah dicabut, atau kedaluwarsa. Periksa token Anda.',
    unreachable: 'Server tidak dapat dihubungi. Coba lagi sebentar lagi.',
    signedOut: 'Anda sudah keluar. Token dihapus dari tab ini.',
    signedInAs: (label, role) => `Masuk sebagai ${label} (${role}).`,
    scopeRegion: (name, code) => `Wilayah: ${name} (${code}).`,
    scopeOpd: (name) => `Perangkat daerah: ${name}.`,
    scopeRegency: 'Wilayah: seluruh kabupaten.',
    roles: {
      desa: 'operator desa/kelurahan',
      kecamatan: 'petugas kecamatan',
      opd: 'staf perangkat daerah',
      bappeda: 'Bappeda',
      admin: 'admin',
    },
    statusFilter: 'Status',
    loading: 'Memuat…',
    failed: 'Daftar belum dapat dimuat.',
    retry: 'Coba lagi',
    loadMore: 'Muat lagi',
    shown: (count) => `${count} ditampilkan.`,
    proposalsHeading: 'Usulan Musrenbang',
    proposalsEmpty: 'Tidak ada usulan dengan status ini di wilayah Anda.',
    proposalsNone: 'Peran ini tidak menindaklanjuti usulan.',
    village: 'Lokasi',
    bidang: 'Bidang urusan',
    cost: 'Perkiraan biaya',
    source: 'Asal usulan',
    status: 'Status',
    noActions: 'Tidak ada tindakan untuk peran Anda pada usulan ini.',
    complaintsHeading: 'Pengaduan',
    complaintsEmpty: 'Tidak ada pengaduan dengan status ini.',
    category: 'Kategori',
    place: 'Lokasi',
    receivedAt: 'Diterima',
    reporter: 'Pelapor',
    anonymous: 'Anonim',
    confidential: 'Rahasia: identitas pelapor hanya untuk admin.',
    assignedOpd: 'Ditangani',
    description: 'Isi laporan',
    reason: 'Alasan',
    note: 'Catatan perbaikan',
    subKegiatan: 'Kode sub kegiatan',
    subKegiatanHint: 'Misalnya 1.03.10.2.01.0001, di bawah bidang urusan usulan.',
    pagu: 'Pagu',
    paguHint: 'Misalnya 150.000.000 atau 150 jt.',
    paguRead: (amount) => `Terbaca ${amount}.`,
    grounds: 'Dasar penolakan',
    chooseGrounds: 'Pilih dasar penolakan',
    opd: 'Perangkat daerah tujuan',
    chooseOpd: 'Pilih perangkat daerah',
    publicNote: 'Catatan untuk publik',
    publicNoteHint: 'Tampil di pelacakan pengaduan; jangan tulis data pribadi.',
    makeConfidential: 'Jadikan rahasia (isi laporan tidak dipublikasikan)',
    send: 'Kirim',
    cancel: 'Batal',
    sending: 'Mengirim…',
    proposalDone: (title, status) => `“${title}” kini berstatus ${status}.`,
    complaintDone: (trackingNumber, status) => `${trackingNumber} kini berstatus ${status}.`,
    refused: (detail) => `Tidak dapat diproses: ${detail}`,
    networkFailed: 'Tidak terhubung ke server; tidak ada yang berubah. Coba lagi.',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    text: 'Alamat ini tidak ada di portal. Mungkin tautannya sudah berubah.',
    home: 'Kembali ke beranda',
  },
};

const en: PortalMessages = {
  skipToContent: 'Skip to content',
  menu: 'Main menu',
  switchLanguage: 'Bahasa Indonesia',
  switchLanguageLabel: 'Baca halaman ini dalam Bahasa Indonesia',
  nav: {
    home: 'Home',
    umkm: 'Businesses',
    services: 'Services',
    planning: 'Planning',
    staff: 'Staff',
  },
  footer: {
    contact: 'Contact',
    districts: 'Districts (kecamatan)',
    poweredBy: 'Built with Cerdas, the open SDK for smart-city portals.',
    openData: 'Open data: the Cerdas API and Open311',
  },
  home: {
    title: 'Home',
    figuresHeading: 'Today in figures',
    figures: {
      umkm: 'Verified businesses',
      umkmHint: 'with a public shop window',
      complaints: 'Complaints in progress',
      complaintsHint: 'not yet fully followed up',
      pagu: 'Work-plan budget',
      paguHint: "the agencies' budget this year",
      standards: 'Service standards',
      standardsHint: 'services with clear requirements and times',
      ikm: 'Public satisfaction index (IKM)',
      unavailable: 'The figures could not be loaded yet.',
    },
    dimensionsHeading: 'Six dimensions of a smart city',
    dimensionsIntro:
      'The 100 Smart City Movement divides a smart city into six dimensions. This is what citizens can do on this portal for each.',
    dimensions: [
      {
        name: 'Smart Governance',
        text: 'Open development planning: Musrenbang proposals from the villages up to the RKPD, and every agency’s budget.',
        href: 'perencanaan/',
        link: 'See planning',
      },
      {
        name: 'Smart Branding',
        text: 'A shop window for small businesses (E-Branding): products, prices, halal certificates and contacts.',
        href: 'umkm/',
        link: 'Browse businesses',
      },
      {
        name: 'Smart Economy',
        text: 'Buyers find micro and small businesses by district, category and size.',
        href: 'umkm/',
        link: 'Find a business',
      },
      {
        name: 'Smart Living',
        text: 'Public service standards: requirements, steps, fees and time to complete in working days.',
        href: 'layanan/',
        link: 'See services',
      },
      {
        name: 'Smart Society',
        text: 'Citizens file complaints and aspirations, follow them up and rate the services they receive.',
        href: 'layanan/pengaduan/',
        link: 'File a complaint',
      },
      {
        name: 'Smart Environment',
        text: 'Report environmental problems, rubbish, floods or damaged roads with a photo and the place.',
        href: 'layanan/pengaduan/',
        link: 'Report a problem',
      },
    ],
    quickHeading: 'Quick services',
    quick: [
      { text: 'Track a complaint or request', href: 'layanan/lacak/' },
      { text: 'Take the satisfaction survey', href: 'layanan/survei/' },
      { text: 'Musrenbang proposals (village operators)', href: 'perencanaan/usulan/' },
    ],
  },
  umkm: {
    title: 'Businesses (UMKM)',
    intro:
      'The shop window of micro, small and medium businesses verified by the regency’s agencies. Search by name or product, then filter by district, category, size and halal certificate.',
  },
  profile: {
    title: 'Business profile',
    back: 'Back to the business catalogue',
    missing: 'Choose a business in the catalogue to see its profile.',
  },
  services: {
    title: 'Public services',
    intro:
      'The service standards of every agency: requirements, steps, time to complete in working days, fees and where to go.',
    directoryHeading: 'Search the service standards',
    cards: [
      {
        title: 'File a complaint',
        text: 'A complaint, an aspiration or a request for information, anonymous or confidential if you wish.',
        href: 'layanan/pengaduan/',
      },
      {
        title: 'Track',
        text: 'Follow a complaint or a service request with its tracking number.',
        href: 'layanan/lacak/',
      },
      {
        title: 'Satisfaction survey',
        text: 'Rate the service you received on the nine elements of the public satisfaction survey.',
        href: 'layanan/survei/',
      },
    ],
  },
  complaint: {
    title: 'File a complaint',
    intro:
      'Say what happened and where, and add a photo if you have one. What you type stays on this device until it is sent; if the signal drops, the report waits and is sent once, automatically.',
    afterSubmit: 'Keep your tracking number to follow the report up.',
    trackLink: 'Track this complaint',
  },
  tracker: {
    title: 'Track a complaint or request',
    intro:
      'Enter the tracking number of a complaint (ADU-…) or a service request (LYN-…) to see the status, the history and the due dates.',
  },
  survey: {
    title: 'Public satisfaction survey',
    intro:
      'The nine-element survey of Permenpan RB 14/2017. Your answers are anonymous and help the agencies improve their services.',
    chooseService: 'Service to rate',
    choosePrompt: 'Choose a service',
    loadFailed: 'The list of services could not be loaded. Reload the page to try again.',
    overall: 'Satisfaction index of all services',
  },
  planning: {
    title: 'Development planning',
    intro:
      'The agencies’ work-plan budget by government affair (urusan), agency and district, and the way of Musrenbang proposals from the villages to the RKPD.',
    dashboardHeading: 'Planning dashboard',
    proposalsHeading: 'Musrenbang proposals',
    proposalsIntro: 'Proposals submitted so far, by stage. Choose a stage to see its proposals.',
    stageLabel: 'Stage',
    loadMore: 'Load more',
    empty: 'No proposals at this stage yet.',
    failed: 'The proposals could not be loaded.',
    retry: 'Try again',
    loading: 'Loading proposals…',
    shown: 'proposals shown',
    proposeLink: 'Submit a proposal (village operators)',
  },
  proposal: {
    title: 'Submit a Musrenbang proposal',
    intro:
      'For village (desa/kelurahan) operators while the village Musrenbang is open. The proposal is kept as a draft on this device and sent once, even if the signal drops.',
    tokenLabel: 'Operator token',
    tokenHint: 'Enter the operator token Bappeda gave you. It is kept only while this tab is open.',
    tokenUse: 'Use this token',
    tokenChange: 'Use another token',
  },
  staff: {
    title: 'Staff area',
    intro:
      'For holders of an agency, district, Bappeda or admin token: verify proposals and follow complaints up.',
    tokenLabel: 'Staff token',
    tokenHint:
      'The token is kept only while this tab is open, never in the address or a cookie. Sign out when you are done.',
    signIn: 'Sign in',
    signOut: 'Sign out',
    checking: 'Checking the token…',
    tokenRefused: 'The token was refused: it is unknown, revoked or expired. Check your token.',
    unreachable: 'The server cannot be reached. Try again in a moment.',
    signedOut: 'You have signed out. The token was removed from this tab.',
    signedInAs: (label, role) => `Signed in as ${label} (${role}).`,
    scopeRegion: (name, code) => `Area: ${name} (${code}).`,
    scopeOpd: (name) => `Agency: ${name}.`,
    scopeRegency: 'Area: the whole regency.',
    roles: {
      desa: 'village operator',
      kecamatan: 'district officer',
      opd: 'agency (OPD) staff',
      bappeda: 'Bappeda',
      admin: 'admin',
    },
    statusFilter: 'Status',
    loading: 'Loading…',
    failed: 'The list could not be loaded.',
    retry: 'Try again',
    loadMore: 'Load more',
    shown: (count) => `${count} shown.`,
    proposalsHeading: 'Musrenbang proposals',
    proposalsEmpty: 'No proposals with this status in your area.',
    proposalsNone: 'This role does not act on proposals.',
    village: 'Location',
    bidang: 'Bidang urusan',
    cost: 'Estimated cost',
    source: 'Source',
    status: 'Status',
    noActions: 'Your role has no action on this proposal.',
    complaintsHeading: 'Complaints',
    complaintsEmpty: 'No complaints with this status.',
    category: 'Category',
    place: 'Place',
    receivedAt: 'Received',
    reporter: 'Reporter',
    anonymous: 'Anonymous',
    confidential: 'Confidential: only the admin sees who reported it.',
    assignedOpd: 'With',
    description: 'Report',
    reason: 'Reason',
    note: 'What to revise',
    subKegiatan: 'Sub kegiatan code',
    subKegiatanHint: 'For example 1.03.10.2.01.0001, under the proposal’s bidang urusan.',
    pagu: 'Pagu (budget)',
    paguHint: 'In Indonesian notation, for example 150.000.000 or 150 jt.',
    paguRead: (amount) => `Read as ${amount}.`,
    grounds: 'Grounds for rejection',
    chooseGrounds: 'Choose the grounds',
    opd: 'Agency to forward to',
    chooseOpd: 'Choose an agency',
    publicNote: 'Note for the public',
    publicNoteHint: 'Shown on the complaint tracker; write no personal data.',
    makeConfidential: 'Make it confidential (the report is not published)',
    send: 'Send',
    cancel: 'Cancel',
    sending: 'Sending…',
    proposalDone: (title, status) => `“${title}” is now: ${status}.`,
    complaintDone: (trackingNumber, status) => `${trackingNumber} is now: ${status}.`,
    refused: (detail) => `Not done: ${detail}`,
    networkFailed: 'No connection to the server; nothing changed. Try again.',
  },
  notFound: {
    title: 'Page not found',
    text: 'This address does not exist on the portal. The link may have changed.',
    home: 'Back to the home page',
  },
};

export const MESSAGES: Readonly<Record<Language, PortalMessages>> = { id, en };

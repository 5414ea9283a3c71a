import {
  COMPLAINT_CATEGORY_LABELS,
  type Complaint,
  type ComplaintCategory,
  type ComplaintChannelKind,
  ComplaintCreate,
  type ComplaintKind,
  type ComplaintPrivacy,
  type ComplaintStatus,
  type ComplaintTransitionRequest,
  complaintDeadlines,
  type Opd,
  openComplaint,
  type RejectionGrounds,
  type ServicesActor,
  transitionComplaint,
} from '@cerdas/model';
import type { Village } from '@cerdas/wilayah';
import { DAY_MS, HOUR_MS, MINUTE_MS, withinCalendar } from './clock.js';
import { allocate, DUSUN, expand, fill, type SeedContext } from './context.js';
import { demoId } from './ids.js';
import { demoEmail, demoMobile, demoPerson } from './people.js';
import type { Random } from './random.js';
import { demoPoint, villageLabel } from './region.js';

/** Complaints at scale 1. */
export const COMPLAINTS_BASE = 150;

const DEMO_NOTE = '(Laporan contoh — data demo.)';

interface CategoryText {
  readonly weight: number;
  readonly opd: string;
  readonly physical: boolean;
  readonly titles: readonly string[];
  readonly descriptions: readonly string[];
  readonly places: readonly string[];
  readonly responses: readonly string[];
  readonly resolutions: readonly string[];
}

const CATEGORIES: Readonly<Record<ComplaintCategory, CategoryText>> = {
  'infrastruktur-jalan': {
    weight: 22,
    opd: 'dpupr',
    physical: true,
    titles: [
      'Jalan berlubang di {desa}',
      'Jalan rusak parah menuju {desa}',
      'Jembatan retak di Dusun {dusun}',
    ],
    descriptions: [
      'Jalan di {tempat} berlubang besar dan tergenang air saat hujan. Minggu lalu ada pengendara motor yang jatuh. Mohon segera ditambal.',
      'Aspal jalan penghubung {desa} mengelupas sepanjang kurang lebih 200 meter, kendaraan harus berjalan pelan dan sering macet.',
    ],
    places: [
      'depan SD Negeri {desa}',
      'pertigaan menuju balai desa',
      'dekat jembatan Dusun {dusun}',
    ],
    responses: ['Tim teknis sudah meninjau lokasi dan menjadwalkan perbaikan.'],
    resolutions: [
      'Lubang jalan sudah ditambal oleh tim pemeliharaan rutin.',
      'Perbaikan darurat sudah dilakukan; ruas ini masuk program pemeliharaan berkala.',
    ],
  },
  'penerangan-jalan': {
    weight: 12,
    opd: 'dishub',
    physical: true,
    titles: ['Lampu PJU padam di {desa}', 'Jalan gelap tanpa penerangan di Dusun {dusun}'],
    descriptions: [
      'Sudah dua minggu lampu penerangan jalan umum di {tempat} mati sehingga jalan gelap dan rawan kejahatan.',
      'Tiga tiang PJU di jalan poros {desa} tidak menyala sejak hujan deras bulan lalu.',
    ],
    places: ['jalan poros {desa}', 'depan pasar {desa}', 'tikungan dekat makam Dusun {dusun}'],
    responses: ['Petugas sudah memeriksa jaringan; menunggu penggantian lampu dan panel.'],
    resolutions: ['Lampu PJU sudah diganti dan menyala kembali.'],
  },
  'drainase-banjir': {
    weight: 12,
    opd: 'dpupr',
    physical: true,
    titles: ['Saluran air tersumbat di {desa}', 'Banjir setiap hujan di Dusun {dusun}'],
    descriptions: [
      'Saluran drainase di {tempat} tersumbat sampah dan lumpur sehingga air meluap ke rumah warga setiap hujan deras.',
      'Setiap hujan deras permukiman di Dusun {dusun} tergenang hingga lutut dan baru surut keesokan harinya.',
    ],
    places: ['gang sebelah masjid Dusun {dusun}', 'depan balai desa {desa}', 'perumahan di {desa}'],
    responses: ['Tim sudah mengukur saluran; pengerukan dijadwalkan pekan depan.'],
    resolutions: ['Saluran sudah dinormalisasi bersama warga dan petugas.'],
  },
  kebersihan: {
    weight: 10,
    opd: 'dlh',
    physical: true,
    titles: ['Tumpukan sampah di pinggir jalan {desa}', 'Sampah tidak diangkut di {desa}'],
    descriptions: [
      'Sampah menumpuk di {tempat} lebih dari seminggu dan menimbulkan bau. Mohon dijadwalkan pengangkutan.',
      'Ada warga dari luar desa yang membuang sampah di lahan kosong {tempat} setiap malam.',
    ],
    places: ['lahan kosong dekat sungai', 'pinggir jalan raya {desa}', 'belakang pasar {desa}'],
    responses: ['Jadwal armada pengangkut sampah sudah disesuaikan.'],
    resolutions: ['Sampah sudah diangkut dan lokasi dipasangi papan larangan membuang sampah.'],
  },
  'air-bersih': {
    weight: 6,
    opd: 'dpupr',
    physical: true,
    titles: ['Air tidak mengalir di {desa}', 'Pipa air bocor di Dusun {dusun}'],
    descriptions: [
      'Sejak tiga hari air bersih tidak mengalir di rumah warga sekitar {tempat}.',
      'Pipa distribusi air bocor di {tempat} sehingga air terbuang dan tekanan di rumah warga kecil.',
    ],
    places: ['RT 02 Dusun {dusun}', 'sepanjang jalan {desa}'],
    responses: ['Kebocoran sudah ditemukan; penggantian pipa menunggu material.'],
    resolutions: ['Pipa yang bocor sudah diganti dan aliran air kembali normal.'],
  },
  'layanan-kesehatan': {
    weight: 7,
    opd: 'dinkes',
    physical: false,
    titles: ['Antrean panjang di Puskesmas {kec}', 'Obat habis di Puskesmas {kec}'],
    descriptions: [
      'Pasien harus antre sejak subuh di Puskesmas {kec} dan baru dilayani siang hari. Mohon ditambah loket atau pendaftaran daring.',
      'Sudah dua kali kontrol di Puskesmas {kec} obat hipertensi kosong sehingga harus membeli sendiri di apotek.',
    ],
    places: ['Puskesmas {kec}'],
    responses: ['Kepala puskesmas sudah menerima laporan dan mengevaluasi alur pendaftaran.'],
    resolutions: ['Puskesmas menambah petugas loket dan membuka pendaftaran daring.'],
  },
  pendidikan: {
    weight: 5,
    opd: 'dispendik',
    physical: true,
    titles: ['Atap kelas bocor di SD Negeri {desa}', 'Toilet sekolah rusak di {desa}'],
    descriptions: [
      'Atap dua ruang kelas SD Negeri di {desa} bocor sehingga siswa dipindah belajar di teras.',
      'Toilet siswa di sekolah dasar {desa} rusak dan tidak ada air sejak awal semester.',
    ],
    places: ['SD Negeri {desa}'],
    responses: ['Pengawas sekolah sudah meninjau dan mengusulkan perbaikan.'],
    resolutions: ['Perbaikan sudah dilakukan menggunakan dana pemeliharaan sekolah.'],
  },
  'administrasi-kependudukan': {
    weight: 8,
    opd: 'dispendukcapil',
    physical: false,
    titles: ['KTP-el belum jadi lebih dari sebulan', 'Akta kelahiran anak belum terbit'],
    descriptions: [
      'Saya sudah merekam KTP-el di Kecamatan {kec} lebih dari satu bulan lalu tetapi belum juga bisa diambil.',
      'Pengajuan akta kelahiran anak melalui desa sudah tiga minggu dan belum ada kabar.',
    ],
    places: ['Kantor Kecamatan {kec}'],
    responses: ['Data pemohon sudah ditemukan dan sedang diproses pencetakannya.'],
    resolutions: ['Dokumen sudah terbit dan dapat diambil atau dicetak mandiri.'],
  },
  perizinan: {
    weight: 4,
    opd: 'dpmptsp',
    physical: false,
    titles: ['Pengajuan PBG belum ada kabar', 'Kesulitan mendaftar NIB di OSS'],
    descriptions: [
      'Pengajuan PBG rumah tinggal melalui SIMBG sudah lebih dari sebulan belum diverifikasi.',
      'Saat mendaftar NIB untuk usaha keripik selalu gagal di langkah pemilihan KBLI.',
    ],
    places: ['Mal Pelayanan Publik'],
    responses: ['Petugas sudah menghubungi pemohon untuk pendampingan.'],
    resolutions: ['Berkas sudah diverifikasi dan pemohon diberi tahu langkah berikutnya.'],
  },
  'bantuan-sosial': {
    weight: 7,
    opd: 'dinsos',
    physical: false,
    titles: [
      'Lansia miskin belum menerima bantuan di {desa}',
      'Data penerima bansos tidak tepat di {desa}',
    ],
    descriptions: [
      'Ada lansia di Dusun {dusun}, {desa} yang hidup sendiri dan belum pernah menerima bantuan sosial.',
      'Beberapa penerima bantuan di {desa} tergolong mampu, sementara keluarga yang kekurangan tidak terdata.',
    ],
    places: ['Dusun {dusun}, {desa}'],
    responses: ['Pendamping sosial sudah menjadwalkan kunjungan rumah.'],
    resolutions: ['Keluarga tersebut sudah didata dan diusulkan melalui desa untuk masuk DTSEN.'],
  },
  'ketertiban-umum': {
    weight: 5,
    opd: 'satpolpp',
    physical: true,
    titles: ['Balap liar malam hari di jalan {desa}', 'Pedagang berjualan di trotoar {kec}'],
    descriptions: [
      'Setiap malam minggu ada balap liar di jalan raya {desa} yang membahayakan pengguna jalan.',
      'Trotoar di {tempat} penuh lapak pedagang sehingga pejalan kaki harus turun ke badan jalan.',
    ],
    places: ['jalan raya {desa}', 'sekitar alun-alun {kec}'],
    responses: ['Patroli malam sudah dijadwalkan bersama kepolisian.'],
    resolutions: [
      'Patroli rutin dilaksanakan dan pedagang sudah ditata ke lokasi yang disediakan.',
    ],
  },
  lainnya: {
    weight: 2,
    opd: 'kecamatan',
    physical: false,
    titles: [
      'Usulan taman bermain anak di {desa}',
      'Pertanyaan jadwal pelayanan di kantor kecamatan',
    ],
    descriptions: [
      'Warga mengusulkan agar lahan kosong milik desa di {desa} dimanfaatkan menjadi taman bermain anak.',
      'Mohon informasi jam pelayanan kantor Kecamatan {kec} selama bulan puasa.',
    ],
    places: ['Kantor Kecamatan {kec}'],
    responses: ['Pertanyaan sudah dijawab petugas melalui telepon.'],
    resolutions: ['Usulan diteruskan ke desa untuk dibahas dalam Musrenbang desa berikutnya.'],
  },
};

const STATUS_WEIGHTS: Readonly<Record<ComplaintStatus, number>> = {
  received: 10,
  'needs-info': 7,
  verified: 8,
  dispatched: 10,
  'in-progress': 17,
  resolved: 14,
  closed: 26,
  rejected: 8,
};

/** Days before now a complaint that ends in each status was filed (min, max). */
const AGE_DAYS: Readonly<Record<ComplaintStatus, readonly [number, number]>> = {
  received: [0.05, 2],
  'needs-info': [2, 15],
  verified: [1, 6],
  dispatched: [2, 10],
  'in-progress': [5, 45],
  resolved: [8, 40],
  closed: [20, 360],
  rejected: [4, 360],
};

const INFO_REQUESTS = [
  'Mohon lengkapi lokasi persisnya (nama jalan atau patokan terdekat).',
  'Mohon kirim foto kondisi terkini.',
  'Mohon sebutkan nomor pendaftaran atau tanggal pengajuan.',
] as const;

const INFO_REPLIES = [
  'Lokasinya di depan toko bangunan, sekitar 100 meter dari balai desa.',
  'Foto sudah saya kirim lewat kanal pengaduan.',
  'Tanggal pengajuan awal bulan lalu, nomor pendaftarannya tertulis di bukti pengajuan.',
] as const;

const REJECTIONS: Readonly<Record<RejectionGrounds, string>> = {
  'bukan-wewenang':
    'Ruas jalan tersebut berstatus jalan nasional; laporan diteruskan kepada instansi yang berwenang.',
  duplikat: 'Laporan yang sama sudah diterima dan sedang ditindaklanjuti.',
  'informasi-tidak-lengkap': 'Keterangan yang diminta tidak dilengkapi dalam batas waktu.',
  'tidak-layak': 'Isi laporan tidak jelas sehingga tidak dapat ditindaklanjuti.',
};

const CHANNELS: readonly (readonly [ComplaintChannelKind, number])[] = [
  ['web', 40],
  ['mobile', 20],
  ['whatsapp', 15],
  ['sp4n-lapor', 10],
  ['counter', 8],
  ['sms', 4],
  ['open311', 3],
];

class TooLate extends Error {}

/** An OPD other than `opdId` for a misdirected dispatch. */
function otherOpd(ctx: SeedContext, random: Random, opdId: string): Opd {
  const choices = ctx.opds.filter((o) => o.kind !== 'kecamatan' && o.id !== opdId);
  return random.pick(choices);
}

interface Plan {
  readonly target: ComplaintStatus;
  readonly category: ComplaintCategory;
  readonly kind: ComplaintKind;
  readonly privacy: ComplaintPrivacy;
  readonly channel: ComplaintChannelKind;
  readonly village: Village;
  readonly atDistrict: boolean;
  readonly photos: number;
}

function build(ctx: SeedContext, random: Random, plan: Plan, t0: number): Complaint {
  const { clock } = ctx;
  const text = CATEGORIES[plan.category];
  const district = ctx.district(plan.village.code).district;
  const values = {
    desa: villageLabel(plan.village),
    kec: district.name,
    dusun: random.pick(DUSUN),
  };
  const place = fill(random.pick(text.places), values);
  const regionCode = plan.atDistrict ? district.code : plan.village.code;
  const location = text.physical && random.chance(0.5) ? demoPoint(random, regionCode) : undefined;
  const person = demoPerson(random);
  const withPhone = random.chance(0.85);
  // Titles and descriptions are written in pairs.
  const pair = random.int(0, Math.min(text.titles.length, text.descriptions.length) - 1);
  const input = ComplaintCreate.parse({
    kind: plan.kind,
    category: plan.category,
    title: fill(text.titles[pair] as string, values),
    description: `${fill(text.descriptions[pair] as string, { ...values, tempat: place })} ${DEMO_NOTE}`,
    regionCode,
    ...(location && { location }),
    ...(random.chance(0.6) && { locationDescription: place }),
    privacy: plan.privacy,
    ...(plan.privacy !== 'anonymous' && {
      reporter: {
        ...(random.chance(0.8) && { name: person.name }),
        ...(withPhone && { phone: demoMobile(random) }),
        ...((!withPhone || random.chance(0.3)) && { email: demoEmail(random, person) }),
      },
    }),
  });
  const id = demoId(random, t0);
  const admin = ctx.adminActor;
  let complaint = openComplaint(input, {
    id,
    trackingNumber: `ADU-${ctx.regencyDigits}-${clock.yearOf(t0)}-000001`,
    now: clock.iso(t0),
    channel: plan.channel,
    ...(plan.channel === 'counter' && { submittedBy: admin }),
  });
  let at = t0;
  const step = (body: ComplaintTransitionRequest, actor: ServicesActor, ms: number) => {
    if (ms > clock.nowMs) throw new TooLate();
    const result = transitionComplaint(complaint, body, actor, { now: clock.iso(ms) });
    if (!result.ok)
      throw new Error(`demo complaint ${body.action} refused: ${result.error.message.en}`);
    complaint = result.value;
    at = ms;
  };
  const citizen = { role: 'citizen' } as const;
  const staff = (min: number, max: number) => clock.staffStep(random, at, min, max);
  const citizenLater = (maxDays: number) =>
    clock.citizenTime(random, at + HOUR_MS, at + maxDays * DAY_MS);
  const opdId = text.opd === 'kecamatan' ? ctx.kecamatanOpd(regionCode).id : text.opd;
  const opdActor = () => ctx.opdActor(complaint.opdId ?? opdId);
  const internal = () =>
    random.chance(0.25) ? { internalNote: 'Data demo: dikoordinasikan dengan kecamatan.' } : {};

  const verify = () =>
    step(
      {
        action: 'verify',
        ...(plan.privacy === 'public' &&
          random.chance(0.05) && { privacy: 'confidential' as const }),
        ...internal(),
      },
      admin,
      staff(0, 2),
    );
  const dispatch = () => {
    if (random.chance(0.08)) {
      step({ action: 'dispatch', opdId: otherOpd(ctx, random, opdId).id }, admin, staff(0, 1));
      step(
        {
          action: 'return',
          reason: `Bukan tugas perangkat daerah kami; mohon diteruskan ke ${ctx.opd(opdId).shortName}.`,
        },
        opdActor(),
        staff(0, 2),
      );
    }
    step({ action: 'dispatch', opdId, ...internal() }, admin, staff(0, 1));
  };
  const start = () => step({ action: 'start', ...internal() }, opdActor(), staff(0, 2));
  const resolve = () => {
    if (random.chance(0.5))
      step({ action: 'respond', publicNote: random.pick(text.responses) }, opdActor(), staff(1, 2));
    step(
      { action: 'resolve', publicNote: random.pick(text.resolutions), ...internal() },
      opdActor(),
      staff(1, 4),
    );
  };

  switch (plan.target) {
    case 'received':
      if (random.chance(0.2) && at < clock.nowMs - 3 * DAY_MS) {
        step({ action: 'request-info', reason: random.pick(INFO_REQUESTS) }, admin, staff(0, 1));
        step(
          { action: 'provide-info', information: random.pick(INFO_REPLIES) },
          citizen,
          citizenLater(2),
        );
      }
      break;
    case 'needs-info':
      step(
        { action: 'request-info', reason: random.pick(INFO_REQUESTS), ...internal() },
        admin,
        staff(0, 2),
      );
      break;
    case 'verified':
      verify();
      break;
    case 'dispatched':
      verify();
      dispatch();
      break;
    case 'in-progress':
      verify();
      dispatch();
      start();
      if (random.chance(0.5))
        step(
          { action: 'respond', publicNote: random.pick(text.responses) },
          opdActor(),
          staff(1, 3),
        );
      break;
    case 'resolved':
      verify();
      dispatch();
      start();
      resolve();
      break;
    case 'closed':
      verify();
      dispatch();
      start();
      resolve();
      if (random.chance(0.1)) {
        step(
          {
            action: 'reopen',
            reason: 'Tindak lanjut belum menyelesaikan masalah; mohon diperiksa kembali.',
          },
          citizen,
          citizenLater(5),
        );
        resolve();
      }
      if (random.chance(0.5)) step({ action: 'confirm' }, citizen, citizenLater(6));
      else step({ action: 'close', ...internal() }, admin, staff(10, 12));
      break;
    case 'rejected': {
      const roll = random.next();
      if (roll < 0.3) {
        step({ action: 'request-info', reason: random.pick(INFO_REQUESTS) }, admin, staff(0, 2));
        step(
          {
            action: 'reject',
            grounds: 'informasi-tidak-lengkap',
            reason: REJECTIONS['informasi-tidak-lengkap'],
          },
          admin,
          staff(10, 12),
        );
      } else {
        if (roll > 0.8) verify();
        const grounds = random.pick(['bukan-wewenang', 'duplikat', 'tidak-layak'] as const);
        step(
          { action: 'reject', grounds, reason: REJECTIONS[grounds], ...internal() },
          admin,
          staff(0, 2),
        );
      }
      break;
    }
  }
  return complaint;
}

/** Whether every deadline of the complaint falls in a year the calendar covers. */
function deadlinesKnown(ctx: SeedContext, complaint: Complaint): boolean {
  const d = complaintDeadlines(complaint, ctx.clock.calendar, ctx.clock.timeZone);
  return d.verification.ok && (d.followUp?.ok ?? true) && (d.confirmation?.ok ?? true);
}

/**
 * About 150 complaints (×scale) in every status, category and privacy mode, each driven
 * through `transitionComplaint` by the admin, the responsible OPD and the reporter. A
 * complaint is filed only as long before now as its status needs, never so late that a due
 * date would fall in a year without a calendar. Tracking numbers follow filing order.
 */
export function generateComplaints(ctx: SeedContext): Complaint[] {
  const random = ctx.random('complaints');
  const { clock } = ctx;
  const categories = Object.entries(CATEGORIES).map(
    ([c, t]) => [c as ComplaintCategory, t.weight] as const,
  );
  const complaints: Complaint[] = [];

  for (const target of expand(random, allocate(ctx.count(COMPLAINTS_BASE), STATUS_WEIGHTS))) {
    const category = random.weighted(categories);
    const plan: Plan = {
      target,
      category,
      kind: random.weighted([
        ['pengaduan', 75],
        ['aspirasi', 15],
        ['permintaan-informasi', 10],
      ] as const),
      privacy: random.weighted([
        ['public', 70],
        ['confidential', 20],
        ['anonymous', 10],
      ] as const),
      channel: random.weighted(CHANNELS),
      village: random.pick(ctx.region.villages),
      atDistrict: random.chance(0.25),
      photos:
        ctx.withMedia && CATEGORIES[category].physical && ctx.media.chance(0.6)
          ? ctx.media.int(1, 3)
          : 0,
    };
    let made: Complaint | undefined;
    for (let attempt = 0; attempt < 40 && !made; attempt++) {
      const [min, max] = AGE_DAYS[target];
      const stretch = 1 + attempt * 0.5;
      const t0 = clock.citizenTime(
        random,
        Math.max(clock.startMs, clock.nowMs - max * stretch * DAY_MS),
        clock.nowMs - min * DAY_MS,
      );
      try {
        const built = withinCalendar(() => build(ctx, random, plan, t0));
        if (built && deadlinesKnown(ctx, built)) made = built;
      } catch (error) {
        if (!(error instanceof TooLate)) throw error;
      }
    }
    // Too little covered history before now for this lifecycle (a calendar starting days ago).
    if (!made) continue;
    if (plan.photos > 0) {
      const t0 = Date.parse(made.createdAt);
      const owner = `complaint:${made.id}`;
      const ids = Array.from(
        { length: plan.photos },
        (_, n) =>
          ctx.photo(
            'complaint-photo',
            owner,
            t0 - (n + 1) * MINUTE_MS,
            `Gambar pengganti foto laporan ${COMPLAINT_CATEGORY_LABELS[plan.category].id.toLowerCase()} (data demo)`,
          ).id,
      );
      made = { ...made, photoIds: ids };
    }
    complaints.push(made);
  }
  return numbered(ctx, complaints, 'ADU');
}

/** Tracking numbers in filing order, one counter per prefix, regency and year (as the server counts). */
export function numbered<T extends { createdAt: string; trackingNumber: string }>(
  ctx: SeedContext,
  records: readonly T[],
  prefix: 'ADU' | 'LYN',
): T[] {
  const sorted = [...records].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const counters = new Map<number, number>();
  return sorted.map((record) => {
    const year = ctx.clock.yearOf(Date.parse(record.createdAt));
    const sequence = (counters.get(year) ?? 0) + 1;
    counters.set(year, sequence);
    return {
      ...record,
      trackingNumber: `${prefix}-${ctx.regencyDigits}-${year}-${String(sequence).padStart(6, '0')}`,
    };
  });
}

import {
  type Business,
  type BusinessOpeningHours,
  type Certification,
  classifyBusinessScale,
  type OpeningTimeRange,
  type ProductPublic,
} from '@cerdas/model';
import type { Village } from '@cerdas/wilayah';
import { DAY_MS, HOUR_MS, MINUTE_MS, withinCalendar } from './clock.js';
import type { SeedContext } from './context.js';
import { demoId, slug } from './ids.js';
import {
  type DemoPerson,
  demoEmail,
  demoLandline,
  demoMobile,
  demoNik,
  demoPerson,
  demoStreet,
} from './people.js';
import { type Random, roundTo } from './random.js';
import { demoPoint, villageLabel } from './region.js';
import {
  BUSINESS_KINDS,
  type BusinessKind,
  type HoursPattern,
  type ProductTemplate,
} from './umkm-catalog.js';

/** Closes every demo business description, so no reader takes it for a real shop. */
export const DEMO_BUSINESS_NOTE =
  'Data demo Cerdas: usaha ini fiktif, dibuat otomatis untuk mencoba portal.';

/** Businesses at scale 1. */
export const BUSINESSES_BASE = 1000;

const BRANDS = [
  'Barokah',
  'Berkah Jaya',
  'Sumber Rejeki',
  'Sari Rasa',
  'Makmur',
  'Lestari',
  'Mandiri',
  'Sejahtera',
  'Tunas Harapan',
  'Sido Mulyo',
  'Rukun Santoso',
  'Sekar Wangi',
  'Mekar Sari',
  'Cahaya Abadi',
  'Putra Mandiri',
  'Dua Saudara',
  'Tiga Putri',
  'Arum Sari',
] as const;

const EXTRAS = [
  'Melayani pesanan untuk hajatan dan oleh-oleh.',
  'Bisa pesan antar di sekitar kecamatan.',
  'Usaha keluarga yang berdiri sejak lebih dari sepuluh tahun.',
  'Bahan baku dibeli dari petani dan pedagang sekitar.',
  'Menerima pesanan partai besar dengan pemberitahuan dua hari sebelumnya.',
  'Produk dapat dikirim ke luar kota melalui jasa ekspedisi.',
] as const;

const PRODUCT_NOTES = [
  'Tanpa bahan pengawet.',
  'Tersedia juga dalam kemasan besar.',
  'Dibuat setiap hari.',
  'Harga dapat berubah mengikuti harga bahan baku.',
  'Pesan minimal sehari sebelumnya.',
] as const;

const SUSPENSION_REASONS = [
  'Data demo: ditangguhkan karena NIB yang dicantumkan tidak dapat diverifikasi.',
  'Data demo: ditangguhkan atas laporan bahwa usaha sudah tidak beroperasi.',
  'Data demo: foto produk tidak sesuai dengan usaha; menunggu perbaikan dari pemilik.',
] as const;

const VERIFICATION_NOTES = [
  'Data demo: sudah dicek ke lokasi oleh petugas.',
  'Data demo: dokumen NIB dan foto usaha sesuai.',
] as const;

function range(opens: string, closes: string): OpeningTimeRange {
  return { opens, closes };
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

function openingHours(random: Random, pattern: HoursPattern): BusinessOpeningHours | undefined {
  if (random.chance(0.15)) return undefined;
  const every = (ranges: OpeningTimeRange[], except?: string) => {
    const hours: Record<string, OpeningTimeRange[]> = {};
    for (const day of [...WEEKDAYS, 'saturday', 'sunday']) {
      if (day !== except) hours[day] = ranges.map((r) => ({ ...r }));
    }
    return hours as BusinessOpeningHours;
  };
  const note = random.chance(0.3) ? { note: 'Tutup pada hari raya Idulfitri.' } : {};
  switch (pattern) {
    case 'shop':
      return {
        ...every([range('06:00', '21:00')], random.chance(0.4) ? 'sunday' : undefined),
        ...note,
      };
    case 'stall':
      return {
        ...every(
          [random.chance(0.5) ? range('07:00', '15:00') : range('09:00', '21:00')],
          random.chance(0.3) ? 'friday' : undefined,
        ),
        ...note,
      };
    case 'evening':
      return {
        ...every(
          [random.chance(0.5) ? range('15:00', '23:00') : range('16:00', '24:00')],
          'tuesday',
        ),
        ...note,
      };
    case 'market':
      return { ...every([range('03:00', '10:00')]), ...note };
    case 'workshop': {
      const day = [range('08:00', '16:00')];
      return {
        monday: day,
        tuesday: day,
        wednesday: day,
        thursday: day,
        friday: [range('08:00', '11:30'), range('13:00', '16:00')],
        saturday: [range('08:00', '14:00')],
        ...note,
      };
    }
    case 'order':
      return random.chance(0.5)
        ? { note: 'Buka sesuai pesanan; hubungi lewat WhatsApp.' }
        : {
            ...every([range('08:00', '17:00')], 'sunday'),
            note: 'Pesanan besar harap dipesan dua hari sebelumnya.',
          };
  }
}

/** Chooses a kind of business that fits the kecamatan (coastal fish, highland dairy…). */
function pickKind(random: Random, districtCode: string): BusinessKind {
  const part = districtCode.slice(-2);
  const fits = BUSINESS_KINDS.filter((k) => !k.only || k.only.includes(part));
  return random.weighted(
    fits.map((k) => [k, k.weight * (k.common?.includes(part) ? 3 : 1)] as const),
  );
}

function businessName(
  random: Random,
  kind: BusinessKind,
  owner: DemoPerson,
  village: Village,
): string {
  const word = random.pick(kind.nameWords);
  const roll = random.next();
  if (roll < 0.4) return `${word} ${owner.sex === 'female' ? 'Bu' : 'Pak'} ${owner.givenName}`;
  if (roll < 0.8) return `${word} ${random.pick(BRANDS)}`;
  return `${word} ${village.name}`;
}

/** PP 7/2021 scale from generated sales (most micro) or, for new businesses, from capital. */
function scaleOf(random: Random) {
  const roll = random.next();
  const annualSales =
    roll < 0.88
      ? random.logUniform(24_000_000, 1_900_000_000)
      : roll < 0.97
        ? random.logUniform(2_100_000_000, 14_500_000_000)
        : random.logUniform(15_500_000_000, 45_000_000_000);
  const input = random.chance(0.1)
    ? { capital: Math.round(random.logUniform(5_000_000, 900_000_000)) }
    : { annualSales: Math.round(annualSales) };
  const result = classifyBusinessScale(input);
  if (!result.ok) throw new Error('demo business scale did not classify');
  return result.value.scale;
}

function addYears(date: string, years: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function certifications(
  ctx: SeedContext,
  random: Random,
  kind: BusinessKind,
  index: number,
  hasNib: boolean,
  scale: Business['scale'],
): Certification[] {
  if (!kind.food) return [];
  const certs: Certification[] = [];
  if (hasNib && random.chance(0.45)) {
    const expired = random.chance(0.1);
    const issuedOn = ctx.clock.date(
      ctx.clock.nowMs - random.int(expired ? 1830 : 30, expired ? 2300 : 1700) * DAY_MS,
    );
    const validUntil = addYears(issuedOn, 5);
    const digits =
      `${random.int(1, 8)}${String(random.int(1, 16)).padStart(2, '0')}${ctx.regencyDigits}` +
      `${String(random.int(1, 9)).padStart(2, '0')}${String((index % 9999) + 1).padStart(4, '0')}` +
      validUntil.slice(2, 4);
    certs.push({ kind: 'pirt', number: digits, issuedOn, validUntil });
  }
  if (random.chance(0.35)) {
    const issuedOn = ctx.clock.date(ctx.clock.nowMs - random.int(20, 1500) * DAY_MS);
    const old = issuedOn < '2023-03-31';
    certs.push({
      kind: 'halal',
      number: `ID${ctx.regencyDigits}0000${random.digits(9)}`,
      issuedOn,
      ...(old && { validUntil: addYears(issuedOn, 4) }),
    });
  }
  if (scale !== 'mikro' && random.chance(0.3)) {
    const issuedOn = ctx.clock.date(ctx.clock.nowMs - random.int(60, 700) * DAY_MS);
    certs.push({ kind: 'bpom', number: `MD ${random.digits(12)}`, issuedOn });
  }
  return certs;
}

function price(random: Random, template: ProductTemplate): ProductPublic['price'] {
  const [min, max] = template.price;
  const step = max >= 100_000 ? 5_000 : 500;
  const roll = random.next();
  if (roll < 0.08) return null;
  if (roll < 0.25 && max > min) {
    const low = roundTo(min, step);
    return { type: 'range', min: low, max: Math.max(low, roundTo(max, step)) };
  }
  return { type: 'fixed', amount: roundTo(min + random.next() * (max - min), step) };
}

/**
 * About 1,000 businesses (×scale) with 1–8 products each. Every village gets at least one
 * business before any gets a second, so at scale 1 all 365 villages and 24 kecamatan of
 * Kabupaten Pasuruan appear in the catalogue.
 */
export function generateBusinesses(ctx: SeedContext): {
  businesses: Business[];
  products: ProductPublic[];
} {
  const random = ctx.random('umkm');
  const total = ctx.count(BUSINESSES_BASE);
  const villages = random.sample(ctx.region.villages, ctx.region.villages.length);
  const diskopum = ctx.opdById.has('diskopum') ? ctx.opdActor('diskopum') : ctx.adminActor;
  const businesses: Business[] = [];
  const products: ProductPublic[] = [];
  const { clock } = ctx;

  for (let i = 0; i < total; i++) {
    const village = (i < villages.length ? villages[i] : random.pick(villages)) as Village;
    const districtCode = village.parentCode;
    const kind = pickKind(random, districtCode);
    const createdMs = clock.citizenTime(random, clock.startMs, clock.nowMs - 2 * DAY_MS);
    const id = demoId(random, createdMs);
    const person = demoPerson(random);
    const home = demoStreet(random, village.kind);
    const name = businessName(random, kind, person, village);
    const hasNib = random.chance(0.85);
    const scale = scaleOf(random);

    const premisesAtHome = random.chance(0.6);
    const street = random.chance(0.85)
      ? premisesAtHome
        ? `${home.street} RT ${home.rt.padStart(2, '0')} RW ${home.rw.padStart(2, '0')}`
        : random.chance(0.5)
          ? `Jl. Raya ${village.name} No. ${random.int(1, 200)}`
          : `Pasar ${village.name} Blok ${random.pick(['A', 'B', 'C'])}-${random.int(1, 40)}`
      : undefined;
    const showStreet = street !== undefined && random.chance(premisesAtHome ? 0.35 : 0.7);
    const geo = random.chance(0.7) ? demoPoint(random, village.code) : undefined;

    const whatsApp = random.chance(0.9) ? demoMobile(random) : undefined;
    const phone = random.chance(0.2) ? demoLandline(random) : undefined;
    const publicWhatsApp = whatsApp !== undefined && random.chance(0.65);
    const publicPhone = phone !== undefined && random.chance(0.6);
    const consentMs = createdMs + random.int(1, 120) * MINUTE_MS;

    const status = random.weighted([
      ['verified', 80],
      ['pending', 15],
      ['suspended', 5],
    ] as const);
    const reviewedMs =
      status === 'pending'
        ? undefined
        : withinCalendar(() => clock.staffStep(random, createdMs, 1, 10));
    const reviewed = reviewedMs !== undefined && reviewedMs <= clock.nowMs ? reviewedMs : undefined;
    const verification: Business['verification'] =
      reviewed === undefined
        ? { status: 'pending' }
        : {
            status,
            updatedBy: diskopum,
            updatedAt: clock.iso(reviewed),
            ...(status === 'suspended'
              ? { reason: random.pick(SUSPENSION_REASONS) }
              : random.chance(0.3)
                ? { reason: random.pick(VERIFICATION_NOTES) }
                : {}),
          };

    const district = ctx.district(districtCode).district;
    const description =
      `${random.pick(kind.about)} Berlokasi di ${villageLabel(village)}, Kecamatan ${district.name}. ` +
      `${random.pick(EXTRAS)}\n\n${DEMO_BUSINESS_NOTE}`;
    const photos =
      ctx.withMedia && ctx.media.chance(0.6)
        ? Array.from({ length: ctx.media.int(1, 3) }, (_, n) =>
            ctx.photo(
              'umkm-photo',
              `business:${id}`,
              createdMs + n * MINUTE_MS,
              `Gambar pengganti foto ${kind.category.toLowerCase()} ${name} (data demo)`,
            ),
          )
        : [];
    const certs = certifications(ctx, random, kind, i, hasNib, scale);
    const qris = random.chance(0.45);
    const websiteHost = slug(name).slice(0, 40).replace(/-+$/, '');
    const updatedMs = Math.max(
      createdMs,
      reviewed ?? 0,
      publicWhatsApp || publicPhone ? consentMs : 0,
    );

    businesses.push({
      id,
      name,
      description,
      owner: {
        name: person.name,
        ...(random.chance(0.85) && { nik: demoNik(random, districtCode, person) }),
        phone: demoMobile(random),
        ...(random.chance(0.5) && { email: demoEmail(random, person) }),
        homeAddress: { street: home.street, rt: home.rt, rw: home.rw, villageCode: village.code },
      },
      ...(hasNib && { nib: `0000${random.digits(9)}` }),
      kbli: {
        version: '2020',
        codes: kind.kbli.length > 1 && random.chance(0.5) ? [...kind.kbli] : [kind.kbli[0]],
      },
      scale,
      location: { villageCode: village.code, ...(street !== undefined && { street }), showStreet },
      ...(geo && { geo }),
      contact: {
        ...(whatsApp && { whatsApp }),
        ...(phone && { phone }),
        publicWhatsApp,
        publicPhone,
        ...((publicWhatsApp || publicPhone) && { consentRecordedAt: clock.iso(consentMs) }),
      },
      links:
        random.chance(0.25) && websiteHost.length > 0
          ? [{ kind: 'website', url: `https://${websiteHost}.example.id` }]
          : [],
      certifications: certs,
      payment: {
        cash: random.chance(0.95) || !qris,
        qris,
        ...(qris && random.chance(0.7) && { nmid: `ID0000${random.digits(9)}` }),
        bankTransfer: random.chance(0.25),
      },
      ...((): { openingHours?: BusinessOpeningHours } => {
        const hours = openingHours(random, kind.hours);
        return hours ? { openingHours: hours } : {};
      })(),
      photos,
      verification,
      createdAt: clock.iso(createdMs),
      updatedAt: clock.iso(updatedMs),
    });

    const halal = certs.some((c) => c.kind === 'halal');
    const templates = random.sample(
      kind.products,
      random.weighted([
        [1, 10],
        [2, 16],
        [3, 20],
        [4, 18],
        [5, 14],
        [6, 10],
        [7, 7],
        [8, 5],
      ] as const),
    );
    templates.forEach((template, n) => {
      const productMs = Math.min(clock.nowMs, createdMs + (n + 1) * random.int(5, 90) * MINUTE_MS);
      const productId = demoId(random, productMs);
      products.push({
        id: productId,
        businessId: id,
        name: template.name,
        ...(random.chance(0.5) && {
          description: template.description ?? random.pick(PRODUCT_NOTES),
        }),
        price: price(random, template),
        unit: template.unit,
        category: kind.category,
        halal: kind.food && halal,
        availability: random.weighted([
          ['available', 85],
          ['preorder', 10],
          ['out-of-stock', 5],
        ] as const),
        photos:
          ctx.withMedia && ctx.media.chance(0.3)
            ? [
                ctx.photo(
                  'umkm-photo',
                  `business:${id}`,
                  productMs,
                  `Gambar pengganti foto ${template.name} (data demo)`,
                ),
              ]
            : [],
        createdAt: clock.iso(productMs),
        updatedAt: clock.iso(
          Math.min(clock.nowMs, productMs + (random.chance(0.2) ? random.int(1, 30) * HOUR_MS : 0)),
        ),
      });
    });
  }
  return { businesses, products };
}

import * as z from 'zod/mini';
import { type LocalizedText, localized } from './i18n.js';

/** The four levels of Indonesian government regions, from the top down. */
export type RegionLevel = 'province' | 'regency' | 'district' | 'village';

/** A regency is a kabupaten (regency part 01–69) or a kota (city, 71–99). */
export type RegencyKind = 'kabupaten' | 'kota';

/** The first digit of the village part: 1 kelurahan, 2 desa, 3 desa adat. */
export type VillageKind = 'kelurahan' | 'desa' | 'desa-adat';

const PATTERNS = {
  province: /^\d{2}$/,
  regency: /^\d{2}\.\d{2}$/,
  district: /^\d{2}\.\d{2}\.\d{2}$/,
  village: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/,
  any: /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/,
} as const;

const FORMAT_MESSAGES = {
  province: localized(
    'harus berupa kode provinsi NN, mis. 35',
    'must be a province code NN, e.g. 35',
  ),
  regency: localized(
    'harus berupa kode kabupaten/kota NN.NN, mis. 35.14',
    'must be a regency or city code NN.NN, e.g. 35.14',
  ),
  district: localized(
    'harus berupa kode kecamatan NN.NN.NN, mis. 35.14.01',
    'must be a district (kecamatan) code NN.NN.NN, e.g. 35.14.01',
  ),
  village: localized(
    'harus berupa kode desa/kelurahan NN.NN.NN.NNNN, mis. 35.14.01.2001',
    'must be a village (desa/kelurahan) code NN.NN.NN.NNNN, e.g. 35.14.01.2001',
  ),
  any: localized(
    'harus berupa kode wilayah Kemendagri NN, NN.NN, NN.NN.NN atau NN.NN.NN.NNNN',
    'must be a Kemendagri region code NN, NN.NN, NN.NN.NN or NN.NN.NN.NNNN',
  ),
} as const;

const REGENCY_PART_MESSAGE = localized(
  'bagian kabupaten/kota harus 01–69 (kabupaten) atau 71–99 (kota)',
  'the regency part must be 01–69 (kabupaten) or 71–99 (kota)',
);

const VILLAGE_PART_MESSAGE = localized(
  'bagian desa harus diawali 1 (kelurahan), 2 (desa) atau 3 (desa adat)',
  'the village part must start with 1 (kelurahan), 2 (desa) or 3 (desa adat)',
);

const VILLAGE_KINDS: Readonly<Record<string, VillageKind>> = {
  '1': 'kelurahan',
  '2': 'desa',
  '3': 'desa-adat',
};

/** Kab/kota from the regency part: 01–69 kabupaten, 71–99 kota (Kepmendagri 300.2.2-2138/2025). */
function regencyKindOf(part: string): RegencyKind | undefined {
  const n = Number(part);
  if (n >= 1 && n <= 69) return 'kabupaten';
  if (n >= 71 && n <= 99) return 'kota';
  return undefined;
}

/** True when a well-formed code has no regency part or a kab/kota one. */
function hasValidRegencyPart(code: string): boolean {
  return code.length < 5 || regencyKindOf(code.slice(3, 5)) !== undefined;
}

/** True when a well-formed code has no village part or one starting with 1, 2 or 3. */
function hasValidVillagePart(code: string): boolean {
  return code.length < 13 || VILLAGE_KINDS[code.charAt(9)] !== undefined;
}

function regionCodeSchema(pattern: RegExp, format: ReturnType<typeof localized>) {
  return z.string().check(
    z.refine((code: string) => pattern.test(code), { ...format, abort: true }),
    z.refine(hasValidRegencyPart, REGENCY_PART_MESSAGE),
    z.refine(hasValidVillagePart, VILLAGE_PART_MESSAGE),
    // The refinements above give bilingual messages; the pattern is for JSON Schema/OpenAPI.
    z.meta({ pattern: pattern.source }),
  );
}

/** A province code `NN`, e.g. `35` (Jawa Timur). */
export const ProvinceCode = regionCodeSchema(PATTERNS.province, FORMAT_MESSAGES.province);
export type ProvinceCode = z.infer<typeof ProvinceCode>;

/** A kabupaten/kota code `NN.NN`, e.g. `35.14` (Kab. Pasuruan) or `35.75` (Kota Pasuruan). */
export const RegencyCode = regionCodeSchema(PATTERNS.regency, FORMAT_MESSAGES.regency);
export type RegencyCode = z.infer<typeof RegencyCode>;

/** A kecamatan code `NN.NN.NN`, e.g. `35.14.01` (Purwodadi). */
export const DistrictCode = regionCodeSchema(PATTERNS.district, FORMAT_MESSAGES.district);
export type DistrictCode = z.infer<typeof DistrictCode>;

/** A desa/kelurahan code `NN.NN.NN.NNNN`, e.g. `35.14.01.2001` (Gerbo). */
export const VillageCode = regionCodeSchema(PATTERNS.village, FORMAT_MESSAGES.village);
export type VillageCode = z.infer<typeof VillageCode>;

/** A region code of any level (Permendagri 137/2017 Pasal 4; Kepmendagri 300.2.2-2138/2025). */
export const RegionCode = regionCodeSchema(PATTERNS.any, FORMAT_MESSAGES.any);
export type RegionCode = z.infer<typeof RegionCode>;

/** The outcome of a region-code function: a value, or why the code was refused. */
export type RegionResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: LocalizedText };

/** What a region code says about itself, without looking the region up. */
export interface ParsedRegionCode {
  readonly code: string;
  readonly level: RegionLevel;
  /** `NN` */
  readonly province: string;
  /** `NN.NN`, for regencies and everything below them. */
  readonly regency?: string;
  /** `NN.NN.NN`, for districts and villages. */
  readonly district?: string;
  /** The codes of the regions above, from the province down, excluding the code itself. */
  readonly ancestors: readonly string[];
  readonly regencyKind?: RegencyKind;
  readonly villageKind?: VillageKind;
}

/** The level of a well-formed code, from its length. */
function levelOf(code: string): RegionLevel {
  switch (code.length) {
    case 2:
      return 'province';
    case 5:
      return 'regency';
    case 8:
      return 'district';
    default:
      return 'village';
  }
}

function fail<T>(reason: LocalizedText): RegionResult<T> {
  return { ok: false, reason };
}

/** Splits a region code into levels and kinds (Permendagri 137/2017; Kepmendagri 300.2.2-2138/2025). */
export function parseRegionCode(code: string): RegionResult<ParsedRegionCode> {
  if (typeof code !== 'string' || !PATTERNS.any.test(code)) {
    return fail(FORMAT_MESSAGES.any.params.i18n);
  }
  if (!hasValidRegencyPart(code)) return fail(REGENCY_PART_MESSAGE.params.i18n);
  if (!hasValidVillagePart(code)) return fail(VILLAGE_PART_MESSAGE.params.i18n);

  // Each level adds a fixed-width part: NN, .NN, .NN, .NNNN.
  const ends = [2, 5, 8].filter((end) => end < code.length);
  const value: ParsedRegionCode = {
    code,
    level: levelOf(code),
    province: code.slice(0, 2),
    ...(code.length >= 5 && {
      regency: code.slice(0, 5),
      regencyKind: regencyKindOf(code.slice(3, 5)),
    }),
    ...(code.length >= 8 && { district: code.slice(0, 8) }),
    ...(code.length === 13 && { villageKind: VILLAGE_KINDS[code.charAt(9)] }),
    ancestors: ends.map((end) => code.slice(0, end)),
  };
  return { ok: true, value };
}

/** One of Indonesia's three time zones (Keppres 41/1987), with the IANA zone to format dates in. */
export interface RegionTimeZone {
  readonly abbreviation: 'WIB' | 'WITA' | 'WIT';
  readonly iana: 'Asia/Jakarta' | 'Asia/Pontianak' | 'Asia/Makassar' | 'Asia/Jayapura';
  readonly utcOffsetMinutes: 420 | 480 | 540;
}

const WIB: RegionTimeZone = { abbreviation: 'WIB', iana: 'Asia/Jakarta', utcOffsetMinutes: 420 };
/** tzdata keeps western and central Borneo apart from Java and Sumatra; both are WIB. */
const WIB_BORNEO: RegionTimeZone = { ...WIB, iana: 'Asia/Pontianak' };
const WITA: RegionTimeZone = { abbreviation: 'WITA', iana: 'Asia/Makassar', utcOffsetMinutes: 480 };
const WIT: RegionTimeZone = { abbreviation: 'WIT', iana: 'Asia/Jayapura', utcOffsetMinutes: 540 };

/** The 38 provinces of Kepmendagri 300.2.2-2138/2025 and their zones (Keppres 41/1987). */
const PROVINCE_TIME_ZONES: Readonly<Record<string, RegionTimeZone>> = {
  '11': WIB, // Aceh
  '12': WIB, // Sumatera Utara
  '13': WIB, // Sumatera Barat
  '14': WIB, // Riau
  '15': WIB, // Jambi
  '16': WIB, // Sumatera Selatan
  '17': WIB, // Bengkulu
  '18': WIB, // Lampung
  '19': WIB, // Kepulauan Bangka Belitung
  '21': WIB, // Kepulauan Riau
  '31': WIB, // DKI Jakarta
  '32': WIB, // Jawa Barat
  '33': WIB, // Jawa Tengah
  '34': WIB, // DI Yogyakarta
  '35': WIB, // Jawa Timur
  '36': WIB, // Banten
  '51': WITA, // Bali
  '52': WITA, // Nusa Tenggara Barat
  '53': WITA, // Nusa Tenggara Timur
  '61': WIB_BORNEO, // Kalimantan Barat
  '62': WIB_BORNEO, // Kalimantan Tengah
  '63': WITA, // Kalimantan Selatan
  '64': WITA, // Kalimantan Timur
  '65': WITA, // Kalimantan Utara
  '71': WITA, // Sulawesi Utara
  '72': WITA, // Sulawesi Tengah
  '73': WITA, // Sulawesi Selatan
  '74': WITA, // Sulawesi Tenggara
  '75': WITA, // Gorontalo
  '76': WITA, // Sulawesi Barat
  '81': WIT, // Maluku
  '82': WIT, // Maluku Utara
  '91': WIT, // Papua
  '92': WIT, // Papua Barat
  '93': WIT, // Papua Selatan
  '94': WIT, // Papua Tengah
  '95': WIT, // Papua Pegunungan
  '96': WIT, // Papua Barat Daya
};

/** The time zone of the province a region lies in (Keppres 41/1987). */
export function timeZoneOf(regionCode: string): RegionResult<RegionTimeZone> {
  const parsed = parseRegionCode(regionCode);
  if (!parsed.ok) return parsed;
  const { province } = parsed.value;
  const zone = PROVINCE_TIME_ZONES[province];
  if (!zone) {
    return fail({
      id: `kode provinsi ${province} tidak dikenal`,
      en: `province code ${province} is unknown`,
    });
  }
  return { ok: true, value: zone };
}

/** A provinsi as the API and `@cerdas/wilayah` return it, e.g. `35` Jawa Timur. */
export const Province = z.object({
  code: ProvinceCode,
  name: z.string(),
  level: z.literal('province'),
});
export type Province = z.infer<typeof Province>;

/** A kabupaten or kota, e.g. `35.14` Kabupaten Pasuruan. */
export const Regency = z.object({
  code: RegencyCode,
  name: z.string(),
  level: z.literal('regency'),
  parentCode: ProvinceCode,
  kind: z.enum(['kabupaten', 'kota']),
});
export type Regency = z.infer<typeof Regency>;

/** A kecamatan, e.g. `35.14.01` Purwodadi. */
export const District = z.object({
  code: DistrictCode,
  name: z.string(),
  level: z.literal('district'),
  parentCode: RegencyCode,
});
export type District = z.infer<typeof District>;

/** A desa, kelurahan or desa adat, e.g. `35.14.01.2001` Gerbo. */
export const Village = z.object({
  code: VillageCode,
  name: z.string(),
  level: z.literal('village'),
  parentCode: DistrictCode,
  kind: z.enum(['kelurahan', 'desa', 'desa-adat']),
});
export type Village = z.infer<typeof Village>;

/** A region of any level; `level` tells which. */
export const Region = z.discriminatedUnion('level', [Province, Regency, District, Village]);
export type Region = z.infer<typeof Region>;

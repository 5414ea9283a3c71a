import * as z from 'zod/mini';
import { type LocalizedText, localized, type ParseResult } from '../common/i18n.js';

/**
 * The acts that set the regional planning and budgeting nomenclature, oldest first: Permendagri
 * 90/2019 and the Kepmendagri that updated it. Numbers, titles and signing dates as listed by
 * rendyrobbani/kodefikasi-pemerintah-daerah (`Peraturan.php`), cited in domain.md §B.
 */
export const NomenclatureRegulation = z.enum([
  'permendagri-90-2019',
  'kepmendagri-050-3708-2020',
  'kepmendagri-050-5889-2021',
  'kepmendagri-900.1.15.5-1317-2023',
  'kepmendagri-900.1.15.5-3406-2024',
  'kepmendagri-900.1-2850-2025',
  'kepmendagri-900.1-861-2026',
]);
export type NomenclatureRegulation = z.infer<typeof NomenclatureRegulation>;

/** What Cerdas knows about one nomenclature act. */
export interface NomenclatureRegulationInfo {
  readonly id: NomenclatureRegulation;
  readonly kind: 'permendagri' | 'kepmendagri';
  /** The act's number as written: `90`, `050-5889`, `900.1.15.5-1317`. */
  readonly number: string;
  readonly year: number;
  /** Date of signing (penetapan), `YYYY-MM-DD`. */
  readonly signedOn: string;
  /** Citation as written in Indonesian legal documents. */
  readonly title: string;
  /** Digits of the sub kegiatan part of a code: 2 in the 2019–2021 acts, 4 since 2023. */
  readonly subKegiatanDigits: 2 | 4;
}

function act(
  id: NomenclatureRegulation,
  number: string,
  year: number,
  signedOn: string,
  subKegiatanDigits: 2 | 4,
): NomenclatureRegulationInfo {
  const kind = id.startsWith('permendagri') ? 'permendagri' : 'kepmendagri';
  const title =
    kind === 'permendagri'
      ? `Peraturan Menteri Dalam Negeri Nomor ${number} Tahun ${year}`
      : `Keputusan Menteri Dalam Negeri Nomor ${number} Tahun ${year}`;
  return { id, kind, number, year, signedOn, title, subKegiatanDigits };
}

/** Every nomenclature act, by id, oldest first (domain.md §B). */
export const NOMENCLATURE_REGULATIONS: Readonly<
  Record<NomenclatureRegulation, NomenclatureRegulationInfo>
> = {
  'permendagri-90-2019': act('permendagri-90-2019', '90', 2019, '2019-10-18', 2),
  'kepmendagri-050-3708-2020': act('kepmendagri-050-3708-2020', '050-3708', 2020, '2020-10-05', 2),
  'kepmendagri-050-5889-2021': act('kepmendagri-050-5889-2021', '050-5889', 2021, '2021-12-27', 2),
  'kepmendagri-900.1.15.5-1317-2023': act(
    'kepmendagri-900.1.15.5-1317-2023',
    '900.1.15.5-1317',
    2023,
    '2023-06-23',
    4,
  ),
  'kepmendagri-900.1.15.5-3406-2024': act(
    'kepmendagri-900.1.15.5-3406-2024',
    '900.1.15.5-3406',
    2024,
    '2024-08-27',
    4,
  ),
  'kepmendagri-900.1-2850-2025': act(
    'kepmendagri-900.1-2850-2025',
    '900.1-2850',
    2025,
    '2025-07-31',
    4,
  ),
  'kepmendagri-900.1-861-2026': act(
    'kepmendagri-900.1-861-2026',
    '900.1-861',
    2026,
    '2026-05-07',
    4,
  ),
};

/** The newest act Cerdas knows: Kepmendagri 900.1-861/2026 (fourth amendment of 050-5889/2021). */
export const LATEST_NOMENCLATURE_REGULATION: NomenclatureRegulation = 'kepmendagri-900.1-861-2026';

/** The five levels of the nomenclature, from the top down (Permendagri 90/2019). */
export const NomenclatureLevel = z.enum([
  'urusan',
  'bidang',
  'program',
  'kegiatan',
  'sub-kegiatan',
]);
export type NomenclatureLevel = z.infer<typeof NomenclatureLevel>;

/** The program number that every bidang uses for its Program Penunjang (`X.XX.01`). */
export const PROGRAM_PENUNJANG = '01';

/** What a nomenclature code says about itself, without looking it up. */
export interface ParsedNomenclatureCode {
  readonly code: string;
  readonly level: NomenclatureLevel;
  /** `U`, e.g. `2`. */
  readonly urusan: string;
  /** `U.BB`, e.g. `2.17` (bidang urusan). */
  readonly bidang?: string;
  /** `U.BB.PP`, e.g. `2.17.03`. */
  readonly program?: string;
  /** `U.BB.PP.L.KK`, e.g. `2.17.03.2.01`. */
  readonly kegiatan?: string;
  /** Codes of the levels above, from the urusan down, excluding the code itself. */
  readonly parents: readonly string[];
  /** Government level of a kegiatan or sub kegiatan: digit L, 1 provinsi, 2 kabupaten/kota. */
  readonly governmentLevel?: 'provinsi' | 'kabupaten-kota';
  /** Whether the program is the Program Penunjang (`X.XX.01`) of its bidang. */
  readonly penunjang?: boolean;
  /** Width of the sub kegiatan part: 2 in the 2019–2021 acts, 4 since 2023. */
  readonly subKegiatanDigits?: 2 | 4;
}

const CODE = /^(\d)(?:\.(\d{2})(?:\.(\d{2})(?:\.(\d)\.(\d{2})(?:\.(\d{4}|\d{2}))?)?)?)?$/;

const REASONS = {
  format: {
    id: 'harus berupa kode nomenklatur U, U.BB, U.BB.PP, U.BB.PP.L.KK atau U.BB.PP.L.KK.SSSS, mis. 1.01.02.2.01.0001',
    en: 'must be a nomenclature code U, U.BB, U.BB.PP, U.BB.PP.L.KK or U.BB.PP.L.KK.SSSS, e.g. 1.01.02.2.01.0001',
  },
  urusan: {
    id: 'kode urusan harus 1–8',
    en: 'the urusan digit must be 1–8',
  },
  zero: {
    id: 'bagian kode nomenklatur tidak boleh nol semua (penomoran dimulai dari 01)',
    en: 'a part of a nomenclature code cannot be all zeros (numbering starts at 01)',
  },
  governmentLevel: {
    id: 'angka tingkat pemerintahan pada kode kegiatan harus 1 (provinsi) atau 2 (kabupaten/kota)',
    en: 'the government-level digit of a kegiatan code must be 1 (provinsi) or 2 (kabupaten/kota)',
  },
} as const satisfies Record<string, LocalizedText>;

const LEVEL_REASONS: Record<NomenclatureLevel, LocalizedText> = {
  urusan: { id: 'harus berupa kode urusan U, mis. 1', en: 'must be an urusan code U, e.g. 1' },
  bidang: {
    id: 'harus berupa kode bidang urusan U.BB, mis. 2.17',
    en: 'must be a bidang urusan code U.BB, e.g. 2.17',
  },
  program: {
    id: 'harus berupa kode program U.BB.PP, mis. 1.01.02',
    en: 'must be a program code U.BB.PP, e.g. 1.01.02',
  },
  kegiatan: {
    id: 'harus berupa kode kegiatan U.BB.PP.L.KK, mis. 1.01.02.2.01',
    en: 'must be a kegiatan code U.BB.PP.L.KK, e.g. 1.01.02.2.01',
  },
  'sub-kegiatan': {
    id: 'harus berupa kode sub kegiatan U.BB.PP.L.KK.SSSS (atau .SS pada aturan 2019–2021), mis. 1.01.02.2.01.0001',
    en: 'must be a sub kegiatan code U.BB.PP.L.KK.SSSS (or .SS in the 2019–2021 acts), e.g. 1.01.02.2.01.0001',
  },
};

function fail<T>(reason: LocalizedText): ParseResult<T> {
  return { ok: false, reason };
}

/**
 * Splits a nomenclature code (Permendagri 90/2019 as updated up to Kepmendagri 900.1-861/2026)
 * into its levels: urusan `U`, bidang `U.BB`, program `U.BB.PP`, kegiatan `U.BB.PP.L.KK`, sub
 * kegiatan `U.BB.PP.L.KK.SS` (2019–2021 acts) or `….SSSS` (since 2023). `X.XX.01` is the
 * Program Penunjang of every bidang. Checks the shape only, not whether an act lists the code.
 * Never throws.
 */
export function parseNomenclatureCode(code: string): ParseResult<ParsedNomenclatureCode> {
  if (typeof code !== 'string') return fail(REASONS.format);
  const match = CODE.exec(code);
  if (!match) return fail(REASONS.format);
  const [, u = '', bb, pp, l, kk, ss] = match;
  if (u === '0' || u === '9') return fail(REASONS.urusan);
  for (const part of [bb, pp, kk, ss]) {
    if (part !== undefined && /^0+$/.test(part)) return fail(REASONS.zero);
  }
  if (l !== undefined && l !== '1' && l !== '2') return fail(REASONS.governmentLevel);

  const bidang = bb === undefined ? undefined : `${u}.${bb}`;
  const program = pp === undefined ? undefined : `${bidang}.${pp}`;
  const kegiatan = kk === undefined ? undefined : `${program}.${l}.${kk}`;
  const level: NomenclatureLevel =
    ss !== undefined
      ? 'sub-kegiatan'
      : kegiatan !== undefined
        ? 'kegiatan'
        : program !== undefined
          ? 'program'
          : bidang !== undefined
            ? 'bidang'
            : 'urusan';
  const chain = [u, bidang, program, kegiatan].filter((c): c is string => c !== undefined);
  const parents = level === 'sub-kegiatan' ? chain : chain.slice(0, -1);
  const value: ParsedNomenclatureCode = {
    code,
    level,
    urusan: u,
    ...(bidang !== undefined && { bidang }),
    ...(program !== undefined && { program, penunjang: pp === PROGRAM_PENUNJANG }),
    ...(kegiatan !== undefined && {
      kegiatan,
      governmentLevel: l === '1' ? ('provinsi' as const) : ('kabupaten-kota' as const),
    }),
    ...(ss !== undefined && { subKegiatanDigits: ss.length === 4 ? (4 as const) : (2 as const) }),
    parents,
  };
  return { ok: true, value };
}

/** Whether a program, kegiatan or sub kegiatan code lies in a Program Penunjang (`X.XX.01`). */
export function isProgramPenunjang(code: string): boolean {
  const parsed = parseNomenclatureCode(code);
  return parsed.ok && parsed.value.penunjang === true;
}

/** Whether `code` is `ancestor` or lies below it in the nomenclature (`2.17.03` within `2.17`). */
export function isWithinNomenclature(code: string, ancestor: string): boolean {
  return code === ancestor || code.startsWith(`${ancestor}.`);
}

/** Patterns for JSON Schema/OpenAPI; the refinement adds the zero-part rule and bilingual text. */
const LEVEL_PATTERNS: Record<NomenclatureLevel | 'any', string> = {
  urusan: '^[1-8]$',
  bidang: '^[1-8]\\.\\d{2}$',
  program: '^[1-8]\\.\\d{2}\\.\\d{2}$',
  kegiatan: '^[1-8]\\.\\d{2}\\.\\d{2}\\.[12]\\.\\d{2}$',
  'sub-kegiatan': '^[1-8]\\.\\d{2}\\.\\d{2}\\.[12]\\.\\d{2}\\.(?:\\d{4}|\\d{2})$',
  any: '^[1-8](?:\\.\\d{2}(?:\\.\\d{2}(?:\\.[12]\\.\\d{2}(?:\\.(?:\\d{4}|\\d{2}))?)?)?)?$',
};

function levelSchema(level: NomenclatureLevel | undefined) {
  const message = level ? LEVEL_REASONS[level] : REASONS.format;
  return z.string().check(
    z.maxLength(24),
    z.refine(
      (code: string) => {
        const parsed = parseNomenclatureCode(code);
        return parsed.ok && (level === undefined || parsed.value.level === level);
      },
      localized(message.id, message.en),
    ),
    z.meta({ pattern: LEVEL_PATTERNS[level ?? 'any'] }),
  );
}

/** A nomenclature code of any level (Permendagri 90/2019 and its updates). */
export const NomenclatureCode = levelSchema(undefined);
export type NomenclatureCode = z.infer<typeof NomenclatureCode>;

/** An urusan code `U`, 1–8 (Permendagri 90/2019). */
export const UrusanCode = levelSchema('urusan');
export type UrusanCode = z.infer<typeof UrusanCode>;

/** A bidang urusan code `U.BB`, e.g. `2.17` Koperasi, Usaha Kecil, dan Menengah. */
export const BidangUrusanCode = levelSchema('bidang');
export type BidangUrusanCode = z.infer<typeof BidangUrusanCode>;

/** A program code `U.BB.PP`; `U.BB.01` is the Program Penunjang. */
export const ProgramCode = levelSchema('program');
export type ProgramCode = z.infer<typeof ProgramCode>;

/** A kegiatan code `U.BB.PP.L.KK` (L: 1 provinsi, 2 kabupaten/kota). */
export const KegiatanCode = levelSchema('kegiatan');
export type KegiatanCode = z.infer<typeof KegiatanCode>;

/** A sub kegiatan code `U.BB.PP.L.KK.SSSS` (since 2023) or `….SS` (2019–2021 acts). */
export const SubKegiatanCode = levelSchema('sub-kegiatan');
export type SubKegiatanCode = z.infer<typeof SubKegiatanCode>;

/** Whether a code's sub kegiatan width is the one its act uses (none above sub kegiatan level). */
function widthFits(code: string, regulation: NomenclatureRegulation): boolean {
  const parsed = parseNomenclatureCode(code);
  if (!parsed.ok || parsed.value.subKegiatanDigits === undefined) return true;
  return parsed.value.subKegiatanDigits === NOMENCLATURE_REGULATIONS[regulation].subKegiatanDigits;
}

const WIDTH_MESSAGE = localized(
  'lebar kode sub kegiatan tidak sesuai aturannya: 2 angka pada Permendagri 90/2019 s.d. Kepmendagri 050-5889/2021, 4 angka sejak Kepmendagri 900.1.15.5-1317/2023',
  'the sub kegiatan width does not match its act: 2 digits in Permendagri 90/2019 up to Kepmendagri 050-5889/2021, 4 digits since Kepmendagri 900.1.15.5-1317/2023',
);

const NomenclatureName = z.string().check(z.minLength(1), z.maxLength(1000));
const PerformanceText = z.string().check(z.minLength(1), z.maxLength(3000));

/**
 * One row of a nomenclature act: a code with its name and the act it follows. Sub kegiatan rows
 * carry their kinerja (performance), indikator and satuan (Kepmendagri 050-5889/2021 lampiran).
 */
export const NomenclatureEntry = z
  .object({
    code: NomenclatureCode,
    /** The name as the act writes it (urusan and bidang in capitals). */
    name: NomenclatureName,
    regulation: NomenclatureRegulation,
    kinerja: z.optional(PerformanceText),
    indikator: z.optional(PerformanceText),
    satuan: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  })
  .check(
    z.refine((entry) => widthFits(entry.code, entry.regulation), {
      ...WIDTH_MESSAGE,
      path: ['code'],
      when: (payload) => payload.issues.length === 0,
    }),
  );
export type NomenclatureEntry = z.infer<typeof NomenclatureEntry>;

/** The most rows a code set may carry (an act lists a few thousand sub kegiatan). */
export const NOMENCLATURE_SET_MAX_ENTRIES = 20_000;

function duplicateCode(entries: readonly { code: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const { code } of entries) {
    if (seen.has(code)) return code;
    seen.add(code);
  }
  return undefined;
}

/**
 * The codes a regency uses, all following one act: every entry names that act, and no code
 * appears twice.
 */
export const NomenclatureCodeSet = z
  .object({
    regulation: NomenclatureRegulation,
    entries: z.array(NomenclatureEntry).check(z.maxLength(NOMENCLATURE_SET_MAX_ENTRIES)),
  })
  .check(
    z.refine((set) => set.entries.every((entry) => entry.regulation === set.regulation), {
      ...localized(
        'setiap baris harus mengikuti aturan yang sama dengan himpunan kodenya',
        'every entry must follow the same act as its code set',
      ),
      path: ['entries'],
      when: (payload) => payload.issues.length === 0,
    }),
    z.refine((set) => duplicateCode(set.entries) === undefined, {
      ...localized('kode nomenklatur tidak boleh berulang', 'a nomenclature code cannot repeat'),
      path: ['entries'],
      when: (payload) => payload.issues.length === 0,
    }),
  );
export type NomenclatureCodeSet = z.infer<typeof NomenclatureCodeSet>;

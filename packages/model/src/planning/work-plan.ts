import * as z from 'zod/mini';
import { type LocalizedText, localized, type ParseResult } from '../common/i18n.js';
import { PageQuery } from '../common/page.js';
import { RegionCode } from '../common/region.js';
import { formatRupiah, Rupiah, type Rupiah as RupiahType } from '../common/rupiah.js';
import { Timestamp } from '../common/time.js';
import {
  isWithinNomenclature,
  NomenclatureCode,
  NomenclatureRegulation,
  SubKegiatanCode,
} from './nomenclature.js';
import {
  boundedText,
  FiscalYear,
  FiscalYearQuery,
  isWithinRegion,
  PlanningId,
} from './primitives.js';

/**
 * Where the money of a Renja/RKPD row comes from (UU 1/2022 on central–regional fiscal
 * relations; PP 12/2019): pendapatan asli daerah (`pad`), dana alokasi umum (`dau`), dana
 * alokasi khusus fisik and nonfisik (`dak-fisik`, `dak-nonfisik`), dana bagi hasil (`dbh`),
 * bantuan keuangan provinsi (`bankeu-provinsi`), and `lainnya` (e.g. dana insentif daerah,
 * hibah, pinjaman). APBDes is the village's own budget and is not a source of the RKPD.
 */
export const FundingSource = z.enum([
  'pad',
  'dau',
  'dak-fisik',
  'dak-nonfisik',
  'dbh',
  'bankeu-provinsi',
  'lainnya',
]);
export type FundingSource = z.infer<typeof FundingSource>;

export const FUNDING_SOURCE_LABELS: Readonly<Record<FundingSource, LocalizedText>> = {
  pad: { id: 'Pendapatan Asli Daerah (PAD)', en: 'Own-source revenue (PAD)' },
  dau: { id: 'Dana Alokasi Umum (DAU)', en: 'General allocation fund (DAU)' },
  'dak-fisik': { id: 'DAK Fisik', en: 'Special allocation fund, physical (DAK Fisik)' },
  'dak-nonfisik': {
    id: 'DAK Nonfisik',
    en: 'Special allocation fund, non-physical (DAK Nonfisik)',
  },
  dbh: { id: 'Dana Bagi Hasil (DBH)', en: 'Revenue-sharing fund (DBH)' },
  'bankeu-provinsi': { id: 'Bantuan Keuangan Provinsi', en: 'Provincial financial assistance' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

/** A year as a key of a target or realisation map: `"2027"`. */
const YearKey = z.string().check(z.regex(/^(?:20[2-9]\d|2100)$/));

/** The most years one indicator carries (an RPJMD spans five; Renstra targets add a base year). */
export const INDICATOR_YEARS_MAX = 10;

const YearMap = z
  .record(YearKey, z.number())
  .check(
    z.refine(
      (map: Record<string, number>) => Object.keys(map).length <= INDICATOR_YEARS_MAX,
      localized(
        `paling banyak ${INDICATOR_YEARS_MAX} tahun`,
        `at most ${INDICATOR_YEARS_MAX} years`,
      ),
    ),
  );

/**
 * A performance indicator of a sub kegiatan (Permendagri 86/2017; Kepmendagri 050-5889/2021
 * lists kinerja, indikator and satuan per sub kegiatan): what is measured, in which unit, the
 * target per year and, once known, the realisation per year.
 */
export const PerformanceIndicator = z.object({
  /** Uraian: what is measured, e.g. "Jumlah UMKM yang mendapat pelatihan". */
  description: boundedText(500),
  /** Satuan: `unit`, `orang`, `km`, `%`. */
  unit: boundedText(60),
  /** Year → target, e.g. `{ "2027": 120 }`. */
  target: YearMap,
  /** Year → realisation. */
  realisation: z.optional(YearMap),
});
export type PerformanceIndicator = z.infer<typeof PerformanceIndicator>;

/** How far a row has come: physical progress in percent and money spent. */
export const WorkPlanProgress = z.object({
  physicalPercent: z.number().check(z.gte(0), z.lte(100)),
  /** Realisasi keuangan in rupiah; never more than the row's pagu. */
  financialRealisation: Rupiah,
  updatedAt: Timestamp,
});
export type WorkPlanProgress = z.infer<typeof WorkPlanProgress>;

/** The most locations one row lists. */
export const WORK_PLAN_LOCATIONS_MAX = 100;
/** The most indicators one row lists. */
export const WORK_PLAN_INDICATORS_MAX = 10;
/** The most proposals one row accommodates. */
export const WORK_PLAN_PROPOSALS_MAX = 500;

function realisationMessage(pagu: number): LocalizedText {
  return {
    id: `realisasi keuangan tidak boleh melebihi pagu (${formatRupiah(pagu, { lang: 'id' })})`,
    en: `the financial realisation cannot exceed the pagu (${formatRupiah(pagu, { lang: 'en' })})`,
  };
}

/** Realisation ≤ pagu: budgeted spending is a ceiling (PP 12/2019 on regional financial management). */
const realisationWithinPagu = z.superRefine(
  (entry: { pagu: number; progress?: { financialRealisation: number } | undefined }, ctx) => {
    const realisation = entry.progress?.financialRealisation;
    if (realisation === undefined || realisation <= entry.pagu) return;
    const message = realisationMessage(entry.pagu);
    ctx.addIssue({
      code: 'custom',
      message: message.id,
      params: { i18n: message },
      path: ['progress', 'financialRealisation'],
      input: realisation,
    });
  },
);

const entryFields = {
  fiscalYear: FiscalYear,
  subKegiatan: SubKegiatanCode,
  /** The sub kegiatan's name as the act writes it. */
  subKegiatanName: boundedText(1000),
  /** The act the code follows, when known. */
  regulation: z.optional(NomenclatureRegulation),
  opdId: PlanningId,
  /** Where the work happens: kecamatan or desa codes, or the regency code for regency-wide work. */
  locations: z.array(RegionCode).check(z.maxLength(WORK_PLAN_LOCATIONS_MAX)),
  indicators: z
    .array(PerformanceIndicator)
    .check(z.minLength(1), z.maxLength(WORK_PLAN_INDICATORS_MAX)),
  /** Pagu indikatif in rupiah. */
  pagu: Rupiah,
  fundingSource: FundingSource,
  /** The proposals this row accommodates. */
  proposalIds: z.array(PlanningId).check(z.maxLength(WORK_PLAN_PROPOSALS_MAX)),
};

/**
 * A row of a Renja (per OPD) or the RKPD: a sub kegiatan with its OPD, locations, indicators,
 * pagu indikatif, funding source, the proposals it accommodates and its progress. Holds no
 * personal data: the same shape is stored and published.
 */
export const WorkPlanEntry = z
  .object({
    id: PlanningId,
    ...entryFields,
    progress: z.optional(WorkPlanProgress),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .check(realisationWithinPagu);
export type WorkPlanEntry = z.infer<typeof WorkPlanEntry>;

/** Body of creating a work plan row (POST). */
export const WorkPlanEntryCreate = z.object({
  ...entryFields,
  proposalIds: z.optional(entryFields.proposalIds),
});
export type WorkPlanEntryCreate = z.infer<typeof WorkPlanEntryCreate>;

/** Body of reporting progress on a row (POST/PUT …/progress). */
export const WorkPlanProgressUpdate = z.object({
  physicalPercent: WorkPlanProgress.shape.physicalPercent,
  financialRealisation: Rupiah,
});
export type WorkPlanProgressUpdate = z.infer<typeof WorkPlanProgressUpdate>;

/**
 * Query of the work plan list: by year, OPD, nomenclature code (any level: `2.17` matches every
 * row of that bidang), region (rows with a location inside it, or covering it), funding source
 * or an accommodated proposal.
 */
export const WorkPlanQuery = z.extend(PageQuery, {
  year: z.optional(FiscalYearQuery),
  opd: z.optional(PlanningId),
  code: z.optional(NomenclatureCode),
  region: z.optional(RegionCode),
  fundingSource: z.optional(FundingSource),
  proposal: z.optional(PlanningId),
});
export type WorkPlanQuery = z.infer<typeof WorkPlanQuery>;

/** Whether a work plan row matches a list query's filters (paging aside). */
export function matchesWorkPlanQuery(
  entry: Pick<
    WorkPlanEntry,
    'fiscalYear' | 'opdId' | 'subKegiatan' | 'locations' | 'fundingSource' | 'proposalIds'
  >,
  query: Omit<WorkPlanQuery, 'limit' | 'cursor'>,
): boolean {
  if (query.year !== undefined && entry.fiscalYear !== query.year) return false;
  if (query.opd !== undefined && entry.opdId !== query.opd) return false;
  if (query.code !== undefined && !isWithinNomenclature(entry.subKegiatan, query.code))
    return false;
  if (query.fundingSource !== undefined && entry.fundingSource !== query.fundingSource) {
    return false;
  }
  if (query.proposal !== undefined && !entry.proposalIds.includes(query.proposal)) return false;
  if (query.region !== undefined) {
    const region = query.region;
    const touches = entry.locations.some(
      (location) => isWithinRegion(location, region) || isWithinRegion(region, location),
    );
    if (!touches) return false;
  }
  return true;
}

/**
 * Records progress on a row: physical percent and realisation, which may not exceed the row's
 * pagu (PP 12/2019: budgeted spending is a ceiling). Never throws.
 */
export function applyWorkPlanProgress(
  entry: WorkPlanEntry,
  update: WorkPlanProgressUpdate,
  at: string = new Date().toISOString(),
): ParseResult<WorkPlanEntry> {
  if (!Timestamp.safeParse(at).success) {
    return {
      ok: false,
      reason: {
        id: 'waktu harus ISO 8601 dengan zona waktu',
        en: 'the time must be ISO 8601 with an offset',
      },
    };
  }
  if (update.financialRealisation > entry.pagu) {
    return { ok: false, reason: realisationMessage(entry.pagu) };
  }
  return {
    ok: true,
    value: {
      ...entry,
      progress: { ...update, updatedAt: at },
      updatedAt: at,
    },
  };
}

/** The share of the pagu realised, 0–1 (0 for a row with no pagu or no progress yet). */
export function financialShare(entry: { pagu: RupiahType; progress?: WorkPlanProgress }): number {
  const realised = entry.progress?.financialRealisation ?? 0;
  return entry.pagu === 0 ? 0 : realised / entry.pagu;
}

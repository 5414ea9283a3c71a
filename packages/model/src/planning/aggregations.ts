import * as z from 'zod/mini';
import { DistrictCode } from '../common/region.js';
import { Rupiah } from '../common/rupiah.js';
import { parseNomenclatureCode } from './nomenclature.js';
import { districtOf, FiscalYear, PlanningId } from './primitives.js';
import { ProposalStatus } from './proposal.js';
import { findBidangUrusan, findUrusan } from './urusan-bidang.js';
import { FundingSource, type WorkPlanEntry } from './work-plan.js';

const Count = z.int().check(z.nonnegative());

/** Pagu of the rows under one urusan or bidang urusan code. */
export const BudgetByCode = z.object({
  code: z.string().check(z.regex(/^\d(\.\d{2})?$/)),
  /** Short name from the nomenclature, when Cerdas knows the code. */
  name: z.optional(z.string()),
  pagu: Rupiah,
  /** Rows counted. */
  entries: Count,
});
export type BudgetByCode = z.infer<typeof BudgetByCode>;

/** Pagu of the rows of one OPD. */
export const BudgetByOpd = z.object({
  opdId: PlanningId,
  name: z.optional(z.string()),
  pagu: Rupiah,
  entries: Count,
});
export type BudgetByOpd = z.infer<typeof BudgetByOpd>;

/**
 * Pagu attributed to one kecamatan; `districtCode: null` collects rows with no location below
 * the regency (regency-wide work or no location given).
 */
export const BudgetByDistrict = z.object({
  districtCode: z.nullable(DistrictCode),
  pagu: Rupiah,
  /** Rows touching the district; a row in three districts counts once in each. */
  entries: Count,
});
export type BudgetByDistrict = z.infer<typeof BudgetByDistrict>;

/** Pagu by funding source. */
export const BudgetByFundingSource = z.object({
  fundingSource: FundingSource,
  pagu: Rupiah,
  entries: Count,
});
export type BudgetByFundingSource = z.infer<typeof BudgetByFundingSource>;

/** Proposals at (or having reached) one status, and their estimated cost. */
export const FunnelCount = z.object({
  status: ProposalStatus,
  count: Count,
  estimatedCost: Rupiah,
});
export type FunnelCount = z.infer<typeof FunnelCount>;

/**
 * The proposal funnel. `current`: every status with the proposals now in it (they add up to the
 * total). `reached`: for each stage of the main path, the proposals that got at least that far,
 * whatever happened later (a proposal returned after OPD verification still reached
 * verified-opd). Stages a route skips count as passed: an OPD's own proposal verified by Bappeda
 * has reached verified-kecamatan and verified-opd as well.
 */
export const ProposalFunnel = z.object({
  total: z.object({ count: Count, estimatedCost: Rupiah }),
  current: z.array(FunnelCount),
  reached: z.array(FunnelCount),
  /** Pagu of the accommodated proposals. */
  accommodatedPagu: Rupiah,
});
export type ProposalFunnel = z.infer<typeof ProposalFunnel>;

/** The planning dashboard of one fiscal year, as the API returns it. */
export const PlanningSummary = z.object({
  fiscalYear: FiscalYear,
  /** Sum of the pagu indikatif of every row of the year. */
  totalPagu: Rupiah,
  /** Rows of the year. */
  entries: Count,
  byUrusan: z.array(BudgetByCode),
  byBidang: z.array(BudgetByCode),
  byOpd: z.array(BudgetByOpd),
  byDistrict: z.array(BudgetByDistrict),
  byFundingSource: z.array(BudgetByFundingSource),
  proposals: ProposalFunnel,
});
export type PlanningSummary = z.infer<typeof PlanningSummary>;

type BudgetRow = Pick<WorkPlanEntry, 'subKegiatan' | 'pagu'>;

function sumBy<T extends { readonly pagu: number }>(
  items: readonly T[],
  keyOf: (item: T) => string,
): Map<string, { pagu: number; entries: number }> {
  const totals = new Map<string, { pagu: number; entries: number }>();
  for (const item of items) {
    const key = keyOf(item);
    const total = totals.get(key) ?? { pagu: 0, entries: 0 };
    total.pagu += item.pagu;
    total.entries += 1;
    totals.set(key, total);
  }
  return totals;
}

function codeAt(code: string, level: 'urusan' | 'bidang'): string {
  const parsed = parseNomenclatureCode(code);
  if (parsed.ok) return (level === 'urusan' ? parsed.value.urusan : parsed.value.bidang) ?? code;
  return level === 'urusan' ? code.slice(0, 1) : code.slice(0, 4);
}

function byCode(rows: readonly BudgetRow[], level: 'urusan' | 'bidang'): BudgetByCode[] {
  const totals = sumBy(rows, (row) => codeAt(row.subKegiatan, level));
  return [...totals.keys()].sort().map((code) => {
    const name = (level === 'urusan' ? findUrusan(code) : findBidangUrusan(code))?.shortName;
    const total = totals.get(code) ?? { pagu: 0, entries: 0 };
    return { code, ...(name !== undefined && { name }), ...total };
  });
}

/** Pagu per urusan (the first digit of the sub kegiatan code), in code order. */
export function paguByUrusan(rows: readonly BudgetRow[]): BudgetByCode[] {
  return byCode(rows, 'urusan');
}

/** Pagu per bidang urusan (`U.BB` of the sub kegiatan code), in code order. */
export function paguByBidang(rows: readonly BudgetRow[]): BudgetByCode[] {
  return byCode(rows, 'bidang');
}

/** Pagu per OPD, largest first (ties by id); names from `opds` when given. */
export function paguByOpd(
  rows: readonly Pick<WorkPlanEntry, 'opdId' | 'pagu'>[],
  opds: readonly { readonly id: string; readonly name: string }[] = [],
): BudgetByOpd[] {
  const totals = sumBy(rows, (row) => row.opdId);
  return [...totals.entries()]
    .map(([opdId, total]) => {
      const name = opds.find((opd) => opd.id === opdId)?.name;
      return { opdId, ...(name !== undefined && { name }), ...total };
    })
    .sort((a, b) => b.pagu - a.pagu || (a.opdId < b.opdId ? -1 : a.opdId > b.opdId ? 1 : 0));
}

/**
 * `amount` rupiah in `parts` whole-rupiah shares that add up exactly: equal shares, the
 * remainder given one rupiah at a time to the first shares.
 */
export function splitPaguEvenly(amount: number, parts: number): number[] {
  if (parts <= 0) return [];
  const base = Math.floor(amount / parts);
  const remainder = amount - base * parts;
  return Array.from({ length: parts }, (_, index) => base + (index < remainder ? 1 : 0));
}

/**
 * Pagu per kecamatan. A row located in several kecamatan is split evenly between them (in whole
 * rupiah, the odd rupiah going to the lowest codes), so the districts add up to the total
 * pagu: attributing the full pagu to each would count the same money several times. Villages
 * count for their kecamatan; rows with no location below the regency go to `districtCode:
 * null`. Sorted by code, `null` last.
 */
export function paguByDistrict(
  rows: readonly Pick<WorkPlanEntry, 'locations' | 'pagu'>[],
): BudgetByDistrict[] {
  const totals = new Map<string | null, { pagu: number; entries: number }>();
  const add = (district: string | null, pagu: number) => {
    const total = totals.get(district) ?? { pagu: 0, entries: 0 };
    total.pagu += pagu;
    total.entries += 1;
    totals.set(district, total);
  };
  for (const row of rows) {
    const districts = [
      ...new Set(row.locations.map(districtOf).filter((d): d is string => d !== undefined)),
    ].sort();
    if (districts.length === 0) {
      add(null, row.pagu);
      continue;
    }
    const shares = splitPaguEvenly(row.pagu, districts.length);
    for (const [index, district] of districts.entries()) add(district, shares[index] ?? 0);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([districtCode, total]) => ({ districtCode, ...total }));
}

/** Pagu per funding source, in the order of {@link FundingSource}; sources without rows omitted. */
export function paguByFundingSource(
  rows: readonly Pick<WorkPlanEntry, 'fundingSource' | 'pagu'>[],
): BudgetByFundingSource[] {
  const totals = sumBy(rows, (row) => row.fundingSource);
  return FundingSource.options.flatMap((fundingSource) => {
    const total = totals.get(fundingSource);
    return total ? [{ fundingSource, ...total }] : [];
  });
}

/** The main path of the lifecycle, in order; `rejected` and `returned` are off it. */
const MAIN_PATH: readonly ProposalStatus[] = [
  'draft',
  'submitted',
  'verified-kecamatan',
  'verified-opd',
  'verified-bappeda',
  'accommodated',
];

/** The stages of the `reached` view. */
export const FUNNEL_STAGES: readonly ProposalStatus[] = MAIN_PATH.slice(1);

type FunnelProposal = {
  readonly status: ProposalStatus;
  readonly estimatedCost: number;
  readonly pagu?: number | undefined;
  readonly history: readonly { readonly from: ProposalStatus; readonly to: ProposalStatus }[];
};

/** How far along the main path a proposal ever got (−1: never on it, which cannot happen). */
function furthest(proposal: FunnelProposal): number {
  let rank = MAIN_PATH.indexOf(proposal.status);
  for (const entry of proposal.history) {
    rank = Math.max(rank, MAIN_PATH.indexOf(entry.from), MAIN_PATH.indexOf(entry.to));
  }
  return rank;
}

/** The proposal funnel: counts and estimated cost per current status and per stage reached. */
export function proposalFunnel(proposals: readonly FunnelProposal[]): ProposalFunnel {
  const current = ProposalStatus.options.map((status) => ({ status, count: 0, estimatedCost: 0 }));
  const reached = FUNNEL_STAGES.map((status) => ({ status, count: 0, estimatedCost: 0 }));
  let count = 0;
  let estimatedCost = 0;
  let accommodatedPagu = 0;
  for (const proposal of proposals) {
    count += 1;
    estimatedCost += proposal.estimatedCost;
    const row = current[ProposalStatus.options.indexOf(proposal.status)];
    if (row) {
      row.count += 1;
      row.estimatedCost += proposal.estimatedCost;
    }
    if (proposal.status === 'accommodated') accommodatedPagu += proposal.pagu ?? 0;
    const rank = furthest(proposal);
    for (const stage of reached) {
      if (MAIN_PATH.indexOf(stage.status) <= rank) {
        stage.count += 1;
        stage.estimatedCost += proposal.estimatedCost;
      }
    }
  }
  return { total: { count, estimatedCost }, current, reached, accommodatedPagu };
}

/** Everything {@link summarizePlanning} reads. */
export interface PlanningSummaryInput {
  readonly fiscalYear: number;
  readonly entries: readonly WorkPlanEntry[];
  readonly proposals: readonly (FunnelProposal & { readonly fiscalYear: number })[];
  /** For OPD names. */
  readonly opds?: readonly { readonly id: string; readonly name: string }[];
}

/** The dashboard of one fiscal year: rows and proposals of other years are left out. */
export function summarizePlanning(input: PlanningSummaryInput): PlanningSummary {
  const entries = input.entries.filter((entry) => entry.fiscalYear === input.fiscalYear);
  const proposals = input.proposals.filter((p) => p.fiscalYear === input.fiscalYear);
  return {
    fiscalYear: input.fiscalYear,
    totalPagu: entries.reduce((sum, entry) => sum + entry.pagu, 0),
    entries: entries.length,
    byUrusan: paguByUrusan(entries),
    byBidang: paguByBidang(entries),
    byOpd: paguByOpd(entries, input.opds),
    byDistrict: paguByDistrict(entries),
    byFundingSource: paguByFundingSource(entries),
    proposals: proposalFunnel(proposals),
  };
}

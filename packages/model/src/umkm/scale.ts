import * as z from 'zod/mini';
import type { LocalizedText } from '../common/i18n.js';

/** Business size: the three UMKM tiers of PP 7/2021 Pasal 35, and `besar` above them. */
export const BusinessScale = z.enum(['mikro', 'kecil', 'menengah', 'besar']);
export type BusinessScale = z.infer<typeof BusinessScale>;

/** Which figure decided a classification: modal usaha or hasil penjualan tahunan. */
export type ScaleCriterion = 'capital' | 'annualSales';

/**
 * Inclusive upper bounds in rupiah: capital (modal usaha, excluding land and buildings of
 * the place of business) per PP 7/2021 Pasal 35 ayat (3); annual sales per ayat (5).
 */
export const SCALE_THRESHOLDS = {
  capital: { mikro: 1_000_000_000, kecil: 5_000_000_000, menengah: 10_000_000_000 },
  annualSales: { mikro: 2_000_000_000, kecil: 15_000_000_000, menengah: 50_000_000_000 },
} as const satisfies Record<ScaleCriterion, Record<'mikro' | 'kecil' | 'menengah', number>>;

export interface BusinessScaleInput {
  /** Modal usaha in whole rupiah, excluding land and buildings of the place of business. */
  readonly capital?: number | undefined;
  /** Hasil penjualan tahunan (annual sales) in whole rupiah. */
  readonly annualSales?: number | undefined;
}

export interface BusinessScaleClassification {
  readonly scale: BusinessScale;
  readonly criterion: ScaleCriterion;
}

/** Why a classification could not be made: no figure at all, or a figure that is not whole rupiah ≥ 0. */
export type BusinessScaleErrorCode = 'no-criterion' | 'invalid-amount';

export type BusinessScaleResult =
  | { readonly ok: true; readonly value: BusinessScaleClassification }
  | {
      readonly ok: false;
      readonly code: BusinessScaleErrorCode;
      /** The figure that was refused, for `invalid-amount`. */
      readonly field?: ScaleCriterion;
      readonly reason: LocalizedText;
    };

const REASONS = {
  noCriterion: {
    id: 'Isi modal usaha atau hasil penjualan tahunan untuk menentukan skala usaha',
    en: 'Give the business capital or the annual sales to determine the business scale',
  },
  capital: {
    id: 'Modal usaha harus rupiah bulat, tidak negatif',
    en: 'The business capital must be whole rupiah, not negative',
  },
  annualSales: {
    id: 'Hasil penjualan tahunan harus rupiah bulat, tidak negatif',
    en: 'The annual sales must be whole rupiah, not negative',
  },
} as const satisfies Record<string, LocalizedText>;

function scaleBy(amount: number, bounds: Record<'mikro' | 'kecil' | 'menengah', number>) {
  if (amount <= bounds.mikro) return 'mikro';
  if (amount <= bounds.kecil) return 'kecil';
  if (amount <= bounds.menengah) return 'menengah';
  return 'besar';
}

function isAmount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/**
 * The scale of a business by PP 7/2021 Pasal 35; above menengah is `besar` (UU 20/2008 Pasal 1
 * angka 4). Bounds are inclusive: Rp1.000.000.000 of capital is still mikro.
 *
 * Which figure decides: capital is the criterion "untuk pendirian atau pendaftaran kegiatan
 * usaha" (ayat (2)); for "kemudahan, pelindungan, dan pemberdayaan" annual sales are used
 * (ayat (4)–(5)), which is what a UMKM shop window is for, and sales measure a business that
 * already trades (including every business older than the PP). So annual sales decide when
 * given; capital decides only for a new business without a year of sales.
 *
 * Never throws: missing or malformed figures give `ok: false` with a code and a reason.
 */
export function classifyBusinessScale(input: BusinessScaleInput): BusinessScaleResult {
  const { capital, annualSales } = input;
  if (capital !== undefined && !isAmount(capital)) {
    return { ok: false, code: 'invalid-amount', field: 'capital', reason: REASONS.capital };
  }
  if (annualSales !== undefined && !isAmount(annualSales)) {
    return { ok: false, code: 'invalid-amount', field: 'annualSales', reason: REASONS.annualSales };
  }
  if (annualSales !== undefined) {
    return {
      ok: true,
      value: {
        scale: scaleBy(annualSales, SCALE_THRESHOLDS.annualSales),
        criterion: 'annualSales',
      },
    };
  }
  if (capital !== undefined) {
    return {
      ok: true,
      value: { scale: scaleBy(capital, SCALE_THRESHOLDS.capital), criterion: 'capital' },
    };
  }
  return { ok: false, code: 'no-criterion', reason: REASONS.noCriterion };
}

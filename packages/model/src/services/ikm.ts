import * as z from 'zod/mini';
import type { LocalizedText, ParseResult } from '../common/i18n.js';
import { personal } from '../common/personal.js';
import { LocalDate, Timestamp } from '../common/time.js';
import { IkmResponseId, OpdId, ServiceStandardId, text } from './shared.js';
import { ServiceRequestTrackingNumber } from './tracking.js';

/**
 * The nine elements (unsur) of the Survei Kepuasan Masyarakat, in the regulation's order
 * U1–U9 (PermenPANRB 14/2017 Lampiran).
 */
export const IKM_ELEMENTS = [
  'persyaratan',
  'prosedur',
  'waktu',
  'biaya',
  'produk',
  'kompetensi',
  'perilaku',
  'sarana',
  'pengaduan',
] as const;
export const IkmElement = z.enum(IKM_ELEMENTS);
export type IkmElement = z.infer<typeof IkmElement>;

export const IKM_ELEMENT_LABELS: Readonly<Record<IkmElement, LocalizedText>> = {
  persyaratan: { id: 'Persyaratan', en: 'Requirements' },
  prosedur: { id: 'Sistem, mekanisme, dan prosedur', en: 'Procedure' },
  waktu: { id: 'Waktu penyelesaian', en: 'Completion time' },
  biaya: { id: 'Biaya/tarif', en: 'Fee' },
  produk: { id: 'Produk spesifikasi jenis pelayanan', en: 'Service product' },
  kompetensi: { id: 'Kompetensi pelaksana', en: 'Staff competence' },
  perilaku: { id: 'Perilaku pelaksana', en: 'Staff conduct' },
  sarana: { id: 'Sarana dan prasarana', en: 'Facilities' },
  pengaduan: {
    id: 'Penanganan pengaduan, saran, dan masukan',
    en: 'Handling of complaints and suggestions',
  },
};

/** One answer on the four-point scale: 1 tidak baik … 4 sangat baik (PermenPANRB 14/2017). */
export const IkmScore = z.int().check(z.minimum(1), z.maximum(4));
export type IkmScore = z.infer<typeof IkmScore>;

/** A score for every one of the nine elements. */
export const IkmScores = z.object({
  persyaratan: IkmScore,
  prosedur: IkmScore,
  waktu: IkmScore,
  biaya: IkmScore,
  produk: IkmScore,
  kompetensi: IkmScore,
  perilaku: IkmScore,
  sarana: IkmScore,
  pengaduan: IkmScore,
});
export type IkmScores = z.infer<typeof IkmScores>;

/** Age in bands: the questionnaire asks the age; storing a band keeps it from identifying. */
export const AgeBand = z.enum(['under-21', '21-30', '31-40', '41-50', '51-60', 'over-60']);
export type AgeBand = z.infer<typeof AgeBand>;

/** The band of an age in whole years (the questionnaire's "Usia"). */
export function ageBandOf(age: number): AgeBand {
  if (age < 21) return 'under-21';
  if (age <= 30) return '21-30';
  if (age <= 40) return '31-40';
  if (age <= 50) return '41-50';
  if (age <= 60) return '51-60';
  return 'over-60';
}

/**
 * The respondent profile of the questionnaire (jenis kelamin, usia, pendidikan, pekerjaan),
 * all optional and none of them an identifier.
 */
export const IkmRespondent = z.object({
  ageBand: z.optional(AgeBand),
  /** Jenis kelamin: L (laki-laki) or P (perempuan). */
  sex: z.optional(z.enum(['L', 'P'])),
  education: z.optional(z.enum(['sd', 'smp', 'sma', 'diploma', 's1', 's2', 's3'])),
  occupation: z.optional(z.enum(['pns', 'tni', 'polri', 'swasta', 'wirausaha', 'lainnya'])),
});
export type IkmRespondent = z.infer<typeof IkmRespondent>;

/** One answered questionnaire as stored (staff only: the comment is free text). */
export const IkmResponse = z.object({
  id: IkmResponseId,
  serviceId: ServiceStandardId,
  opdId: OpdId,
  /** The day the service was received and rated, local date. */
  date: LocalDate,
  scores: IkmScores,
  respondent: z.optional(IkmRespondent),
  /** Free text may name people or give numbers: personal. */
  comment: z.optional(personal(text(1000))),
  createdAt: Timestamp,
});
export type IkmResponse = z.infer<typeof IkmResponse>;

/** Body of a survey answer; the server sets the date, the OPD and the id. */
export const IkmResponseCreate = z.object({
  serviceId: ServiceStandardId,
  scores: IkmScores,
  respondent: z.optional(IkmRespondent),
  comment: z.optional(personal(text(1000))),
  /** The request that was served, so one request is rated once. */
  trackingNumber: z.optional(ServiceRequestTrackingNumber),
});
export type IkmResponseCreate = z.infer<typeof IkmResponseCreate>;

/** `?service=&opd=&from=&to=`: which answers the index is computed over. */
export const IkmQuery = z.object({
  service: z.optional(ServiceStandardId),
  opd: z.optional(OpdId),
  from: z.optional(LocalDate),
  to: z.optional(LocalDate),
});
export type IkmQuery = z.infer<typeof IkmQuery>;

/** Mutu pelayanan A–D (PermenPANRB 14/2017). */
export const IkmMutu = z.enum(['A', 'B', 'C', 'D']);
export type IkmMutu = z.infer<typeof IkmMutu>;

/** Kinerja unit pelayanan that goes with each mutu. */
export const IkmKinerja = z.enum(['sangat-baik', 'baik', 'kurang-baik', 'tidak-baik']);
export type IkmKinerja = z.infer<typeof IkmKinerja>;

export const IKM_KINERJA: Readonly<Record<IkmMutu, IkmKinerja>> = {
  A: 'sangat-baik',
  B: 'baik',
  C: 'kurang-baik',
  D: 'tidak-baik',
};

export const IKM_KINERJA_LABELS: Readonly<Record<IkmKinerja, LocalizedText>> = {
  'sangat-baik': { id: 'Sangat Baik', en: 'Very good' },
  baik: { id: 'Baik', en: 'Good' },
  'kurang-baik': { id: 'Kurang Baik', en: 'Poor' },
  'tidak-baik': { id: 'Tidak Baik', en: 'Very poor' },
};

/**
 * Lower bounds of the converted index in hundredths (PermenPANRB 14/2017): A 88.31–100,
 * B 76.61–88.30, C 65.00–76.60, D 25.00–64.99.
 */
const MUTU_FLOORS: readonly (readonly [IkmMutu, number])[] = [
  ['A', 8831],
  ['B', 7661],
  ['C', 6500],
  ['D', 2500],
];

function mutuOfHundredths(hundredths: number): IkmMutu {
  for (const [mutu, floor] of MUTU_FLOORS) if (hundredths >= floor) return mutu;
  return 'D';
}

/** Half-up rounding to hundredths by the decimal digits, not the binary value. */
function hundredthsOf(value: number): number {
  return Math.round(Number(`${value}e2`));
}

/**
 * The mutu of a converted index (25–100), read from its value rounded to 2 decimals: 88.30 → B,
 * 88.31 → A, 76.60 → C, 76.61 → B, 65.00 → C, 64.99 → D (PermenPANRB 14/2017).
 *
 * @throws RangeError outside 25–100.
 */
export function ikmMutu(index: number): IkmMutu {
  const hundredths = hundredthsOf(index);
  if (!Number.isFinite(index) || hundredths < 2500 || hundredths > 10000) {
    throw new RangeError(`An IKM lies in 25–100, not ${index}`);
  }
  return mutuOfHundredths(hundredths);
}

/**
 * The mutu of an NRR on the 1–4 scale. The regulation's NRR bands (1.00–2.5996,
 * 2.60–3.064, 3.0644–3.532, 3.5324–4.00) are its index bands divided by 25, so an NRR
 * takes the band of NRR × 25 rounded to 2 decimals; that also places values that fall in
 * the table's gaps (3.5322 → 88.31 → A).
 *
 * @throws RangeError outside 1–4.
 */
export function nrrMutu(nrr: number): IkmMutu {
  if (!Number.isFinite(nrr) || nrr < 1 || nrr > 4) {
    throw new RangeError(`An NRR lies in 1–4, not ${nrr}`);
  }
  return mutuOfHundredths(Math.round((Number(`${nrr}e4`) * 25) / 100));
}

/** One element of a result: total of scores, NRR = total ÷ respondents, weighted NRR. */
export const IkmElementResult = z.object({
  element: IkmElement,
  total: z.int().check(z.minimum(0)),
  /** Nilai rata-rata: total ÷ respondents, unrounded. */
  nrr: z.number(),
  /** NRR × 1/9 (nilai penimbang), unrounded. */
  weightedNrr: z.number(),
  mutu: IkmMutu,
});
export type IkmElementResult = z.infer<typeof IkmElementResult>;

/** The index over a set of answers, for the API and dashboards. */
export const IkmResult = z.object({
  respondents: z.int().check(z.minimum(1)),
  elements: z.array(IkmElementResult).check(z.length(9)),
  /** Σ weighted NRR (1–4), unrounded. */
  weightedNrrSum: z.number(),
  /** Σ weighted NRR × 25, unrounded (25–100). */
  index: z.number(),
  /** `index` rounded half up to 2 decimals, the value that is published and banded. */
  indexRounded: z.number(),
  mutu: IkmMutu,
  kinerja: IkmKinerja,
});
export type IkmResult = z.infer<typeof IkmResult>;

const NO_RESPONSES: LocalizedText = {
  id: 'Belum ada jawaban survei untuk dihitung.',
  en: 'There are no survey answers to compute.',
};

const BAD_SCORE: LocalizedText = {
  id: 'Setiap unsur harus bernilai bilangan bulat 1–4.',
  en: 'Every element must be scored with a whole number from 1 to 4.',
};

/** Rounds p/q half up to an integer, exactly, for positive safe integers p and q. */
function roundRatio(p: number, q: number): number {
  return Math.floor((2 * p + q) / (2 * q));
}

/**
 * Indeks Kepuasan Masyarakat (PermenPANRB 14/2017): NRR per element = total ÷ respondents;
 * IKM = Σ (NRR × 1/9) × 25. The weight 1/9 is exact (never 0.111): the index is computed as
 * 25 × Σ totals ÷ (9 × respondents) in one division and rounded once, half up, to 2
 * decimals for banding. No answers (or a score outside 1–4) gives `ok: false`.
 */
export function computeIkm(
  responses: readonly { readonly scores: IkmScores }[],
): ParseResult<IkmResult> {
  const n = responses.length;
  if (n === 0) return { ok: false, reason: NO_RESPONSES };
  const totals = new Map<IkmElement, number>(IKM_ELEMENTS.map((e) => [e, 0]));
  for (const { scores } of responses) {
    for (const element of IKM_ELEMENTS) {
      const score = scores?.[element];
      if (!Number.isInteger(score) || score < 1 || score > 4) {
        return { ok: false, reason: BAD_SCORE };
      }
      totals.set(element, (totals.get(element) ?? 0) + score);
    }
  }
  let grandTotal = 0;
  const elements = IKM_ELEMENTS.map((element) => {
    const total = totals.get(element) ?? 0;
    grandTotal += total;
    const nrr = total / n;
    return {
      element,
      total,
      nrr,
      weightedNrr: total / (9 * n),
      mutu: mutuOfHundredths(roundRatio(2500 * total, n)),
    };
  });
  const hundredths = roundRatio(2500 * grandTotal, 9 * n);
  const mutu = mutuOfHundredths(hundredths);
  return {
    ok: true,
    value: {
      respondents: n,
      elements,
      weightedNrrSum: grandTotal / (9 * n),
      index: (25 * grandTotal) / (9 * n),
      indexRounded: hundredths / 100,
      mutu,
      kinerja: IKM_KINERJA[mutu],
    },
  };
}

/**
 * The answer of the IKM endpoint: the scope that was asked for and the result, `null` while
 * no answers exist in that scope (so an empty period is a normal answer, not an error).
 */
export const IkmReport = z.object({
  service: z.optional(ServiceStandardId),
  opd: z.optional(OpdId),
  from: z.optional(LocalDate),
  to: z.optional(LocalDate),
  respondents: z.int().check(z.minimum(0)),
  result: z.nullable(IkmResult),
});
export type IkmReport = z.infer<typeof IkmReport>;

/** {@link computeIkm} over the answers of a query, as an {@link IkmReport}. */
export function ikmReport(
  query: IkmQuery,
  responses: readonly { readonly scores: IkmScores }[],
): ParseResult<IkmReport> {
  if (responses.length === 0)
    return { ok: true, value: { ...query, respondents: 0, result: null } };
  const computed = computeIkm(responses);
  if (!computed.ok) return computed;
  return { ok: true, value: { ...query, respondents: responses.length, result: computed.value } };
}

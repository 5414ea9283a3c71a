import * as z from 'zod/mini';
import { inActiveLanguage, type Language, type LocalizedText, type ParseResult } from './i18n.js';

/**
 * An amount of money in whole rupiah: a non-negative safe integer, sent as a JSON number
 * (exact up to 2^53 − 1). The rupiah has no sen in circulation, so amounts are integers.
 */
export const Rupiah = z.int().check(z.nonnegative());
export type Rupiah = z.infer<typeof Rupiah>;

export interface FormatRupiahOptions {
  /** `id` (default) or `en`. */
  readonly lang?: Language;
  /** Short form for dashboards: `Rp 1,5 jt` (id) or `Rp 1.5mn` (en). */
  readonly compact?: boolean;
}

const NBSP = '\u00a0';

/** Compact units, largest first. English uses mn/bn/tn, never "M": in Indonesian M is miliar. */
const COMPACT_UNITS: Record<Language, readonly (readonly [exponent: number, unit: string])[]> = {
  id: [
    [12, `${NBSP}T`],
    [9, `${NBSP}M`],
    [6, `${NBSP}jt`],
    [3, `${NBSP}rb`],
  ],
  en: [
    [12, 'tn'],
    [9, 'bn'],
    [6, 'mn'],
    [3, 'k'],
  ],
};

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

function fullFormat(value: number, lang: Language): string {
  // id-ID gives "Rp 1.500.000" with U+00A0 after "Rp"; en-US with the narrow symbol gives
  // "Rp 1,500,000" (also U+00A0), where the plain "en" symbol would be "IDR".
  return lang === 'id'
    ? numberFormat('id-ID', {
        style: 'currency',
        currency: 'IDR',
        maximumFractionDigits: 0,
      }).format(value)
    : numberFormat('en-US', {
        style: 'currency',
        currency: 'IDR',
        currencyDisplay: 'narrowSymbol',
        maximumFractionDigits: 0,
      }).format(value);
}

function compactFormat(value: number, lang: Language): string {
  const magnitude = Math.abs(value);
  const units = COMPACT_UNITS[lang];
  let index = units.findIndex(([exponent]) => magnitude >= 10 ** exponent);
  if (index < 0) return fullFormat(value, lang);
  let tenths = 0;
  for (;;) {
    const [exponent] = units[index] as readonly [number, string];
    tenths = Math.round(magnitude / 10 ** (exponent - 1));
    // 999.950 rounds to "1.000 rb": say "1 jt" instead.
    if (tenths < 10_000 || index === 0) break;
    index -= 1;
  }
  const unit = (units[index] as readonly [number, string])[1];
  const amount = numberFormat(lang === 'id' ? 'id-ID' : 'en-US', {
    maximumFractionDigits: 1,
  }).format(tenths / 10);
  return `${value < 0 ? '-' : ''}Rp${NBSP}${amount}${unit}`;
}

/**
 * Formats whole rupiah for display, with `Intl.NumberFormat` (product.md: "formatted with
 * Intl id-ID"). Output contains U+00A0 (no-break space), never a plain space:
 *
 * - `id`: `Rp 1.500.000`; compact `Rp 750 rb`, `Rp 1,5 jt`, `Rp 2,3 M`, `Rp 4,5 T`
 *   (rb = ribu, jt = juta, M = miliar, T = triliun; the same shape as ICU's id-ID
 *   compact currency, built here so every runtime prints the same thing).
 * - `en`: `Rp 1,500,000`; compact `Rp 750k`, `Rp 1.5mn`, `Rp 2.3bn`, `Rp 4.5tn` — the
 *   financial-press abbreviations, because a bare "M" reads as million in English but
 *   miliar (a thousand times more) in Indonesian.
 *
 * Compact amounts keep one decimal, rounded half up; below 1.000 they are printed in full.
 * Negative integers (differences on a dashboard) get a leading "-". English output is for
 * reading only: {@link parseRupiah} reads Indonesian notation and refuses English digits.
 *
 * @throws RangeError when `value` is not a safe integer.
 */
export function formatRupiah(value: number, options: FormatRupiahOptions = {}): string {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`formatRupiah needs a whole number of rupiah, got ${String(value)}`);
  }
  const lang = options.lang ?? 'id';
  return options.compact ? compactFormat(value, lang) : fullFormat(value, lang);
}

const REASONS = {
  empty: { id: 'Jumlah rupiah belum diisi', en: 'The amount is empty' },
  negative: {
    id: 'Jumlah rupiah tidak boleh negatif',
    en: 'The amount cannot be negative',
  },
  englishFormat: {
    id: 'Gunakan format Indonesia: titik untuk ribuan dan koma untuk desimal, misalnya 1.500.000 atau 1,5 jt',
    en: 'Use the Indonesian format: dots between thousands and a comma for decimals, e.g. 1.500.000 or 1,5 jt',
  },
  ambiguousDot: {
    id: 'Titik di sini ambigu: tulis 1.500 untuk seribu lima ratus, atau 1,5 jt untuk satu setengah juta',
    en: 'The dot is ambiguous here: write 1.500 for one thousand five hundred, or 1,5 jt for one and a half million',
  },
  ambiguousComma: {
    id: 'Koma yang diikuti tepat tiga angka ambigu (desimal atau ribuan gaya Inggris?): tulis 1.500 atau 1,5 jt',
    en: 'A comma followed by exactly three digits is ambiguous (decimal or English thousands?): write 1.500 or 1,5 jt',
  },
  ambiguousMiliar: {
    id: 'Dalam bahasa Indonesia M berarti miliar, tetapi titik desimal memberi kesan "million" bahasa Inggris: tulis 1,5 M, 1,5 miliar, atau 1,5 jt',
    en: 'In Indonesian M means miliar (billion), but a decimal point suggests the English "million": write 1,5 M, 1,5 miliar or 1,5 jt',
  },
  grouping: {
    id: 'Titik pemisah ribuan harus memisahkan kelompok tiga angka, misalnya 1.500.000',
    en: 'Thousands separators must split groups of three digits, e.g. 1.500.000',
  },
  notWhole: {
    id: 'Jumlah harus rupiah bulat, tanpa sen',
    en: 'The amount must be whole rupiah, without cents',
  },
  tooLarge: {
    id: 'Jumlah terlalu besar (maksimal 9.007.199.254.740.991)',
    en: 'The amount is too large (at most 9,007,199,254,740,991)',
  },
  unknownUnit: {
    id: 'Satuan tidak dikenal: gunakan rb, jt, M, atau T',
    en: 'Unknown unit: use rb (thousand), jt (million), M (billion) or T (trillion)',
  },
  unrecognized: {
    id: 'Bukan jumlah rupiah; contoh: Rp 1.500.000 atau 1,5 jt',
    en: 'Not an amount of rupiah; for example: Rp 1.500.000 or 1,5 jt',
  },
} as const satisfies Record<string, LocalizedText>;

/** Powers of ten of the Indonesian units; English words map to `null` (refused). */
const UNITS: Record<string, number | null> = {
  k: 3,
  rb: 3,
  ribu: 3,
  jt: 6,
  juta: 6,
  m: 9,
  miliar: 9,
  milyar: 9,
  t: 12,
  triliun: 12,
  trilyun: 12,
  thousand: null,
  mn: null,
  mio: null,
  million: null,
  b: null,
  bn: null,
  billion: null,
  tn: null,
  trillion: null,
};

const MAX_INPUT_LENGTH = 64;
const GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const AMOUNT = /^(\d[\d.,]*)\s?([a-z]+)?\.?$/i;

function fail(reason: LocalizedText): ParseResult<number> {
  return { ok: false, reason };
}

/**
 * Reads an amount of rupiah as people type it, in Indonesian notation, into whole rupiah.
 *
 * Accepted: an optional `Rp`/`Rp.`/`IDR` prefix, an optional `,-` or `rupiah` suffix,
 * and a unit rb/ribu/k, jt/juta, M/miliar/milyar, T/triliun (any case, optional dot):
 * `Rp 1.500.000`, `Rp1.500.000,00`, `15.000,-`, `1,5 jt`, `1.5 juta`, `2 M`, `750rb`, `1500000`.
 *
 * Rules, Indonesian convention first (`.` groups thousands, `,` marks decimals):
 * 1. A dot followed by exactly three digits groups thousands, so `1.500` is 1500 (a parking
 *    fee, not one and a half rupiah); `1.500 jt` is 1.500 juta. Groups must all be three
 *    digits (`15.00.000` is refused).
 * 2. A single dot followed by anything other than three digits is a decimal point only
 *    before a unit word (`1.5 juta`, `2.25 rb`); alone (`1.5`) it is ambiguous and refused,
 *    and with the abbreviation M (`1.5M`) it is refused because English readers mean million.
 * 3. A comma is the decimal mark. A lone comma followed by exactly three digits (`1,500`)
 *    is refused as ambiguous; `1.500,250 jt` is fine because the dot already groups.
 * 4. Without a unit the decimals may only be `,0` or `,00`; any amount must come out whole
 *    (`1,50` and `1,2345 rb` are refused: no sen).
 * 5. English notation (`1,500,000`, `1,500.00`, `1.5 million`, `2bn`) is refused with a
 *    message asking for the Indonesian format. Negative amounts and amounts above
 *    `Number.MAX_SAFE_INTEGER` are refused.
 *
 * Never throws: every string yields a value or a reason in both languages.
 */
export function parseRupiah(input: string): ParseResult<number> {
  let text = input.replace(/\s+/g, ' ').trim();
  if (text === '') return fail(REASONS.empty);
  if (text.length > MAX_INPUT_LENGTH) return fail(REASONS.unrecognized);
  if (/^(?:(?:rp\.?|idr) ?)?[-−]/i.test(text)) return fail(REASONS.negative);
  text = text
    .replace(/^(?:rp\.?|idr) ?/i, '')
    .replace(/ ?(?:,-|rupiah)$/i, '')
    .trim();
  const match = AMOUNT.exec(text);
  if (!match) return fail(REASONS.unrecognized);
  const digits = match[1] as string;
  if (/[.,]$/.test(digits)) return fail(REASONS.unrecognized);
  const unitWord = match[2]?.toLowerCase();
  let exponent = 0;
  if (unitWord !== undefined) {
    const unit = UNITS[unitWord];
    if (unit === null) return fail(REASONS.englishFormat);
    if (unit === undefined) return fail(REASONS.unknownUnit);
    exponent = unit;
  }

  let whole: string;
  let fraction = '';
  const dots = digits.split('.').length - 1;
  const commas = digits.split(',').length - 1;
  if (commas > 0 && dots > 0) {
    if (digits.lastIndexOf(',') < digits.lastIndexOf('.')) return fail(REASONS.englishFormat);
    if (commas > 1) return fail(REASONS.englishFormat);
    [whole = '', fraction = ''] = digits.split(',');
    if (!GROUPED.test(whole)) return fail(REASONS.grouping);
    whole = whole.replaceAll('.', '');
  } else if (commas > 0) {
    if (commas > 1) return fail(REASONS.englishFormat);
    [whole = '', fraction = ''] = digits.split(',');
    if (fraction.length === 3) return fail(REASONS.ambiguousComma);
  } else if (dots > 0) {
    if (GROUPED.test(digits)) {
      whole = digits.replaceAll('.', '');
    } else if (dots === 1) {
      if (unitWord === undefined) return fail(REASONS.ambiguousDot);
      if (unitWord === 'm') return fail(REASONS.ambiguousMiliar);
      [whole = '', fraction = ''] = digits.split('.');
    } else {
      return fail(REASONS.grouping);
    }
  } else {
    whole = digits;
  }
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return fail(REASONS.unrecognized);
  if (unitWord === undefined && fraction !== '' && !/^0{1,2}$/.test(fraction)) {
    return fail(REASONS.notWhole);
  }

  // Exact decimal arithmetic: the value is (whole.fraction) × 10^exponent.
  const surplus = fraction.slice(exponent);
  if (/[1-9]/.test(surplus)) return fail(REASONS.notWhole);
  const kept = fraction.slice(0, exponent).padEnd(exponent, '0');
  const value = BigInt(whole + kept);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) return fail(REASONS.tooLarge);
  return { ok: true, value: Number(value) };
}

/**
 * A form field holding rupiah as typed (`"Rp 1.500.000"`, `"1,5 jt"`), read with
 * {@link parseRupiah} into whole rupiah. For input only: the wire carries {@link Rupiah}.
 */
export const RupiahInput = z.pipe(
  z.string(),
  z.transform((input: string, ctx) => {
    const result = parseRupiah(input);
    if (result.ok) return result.value;
    ctx.issues.push({
      code: 'custom',
      message: inActiveLanguage(result.reason),
      params: { i18n: result.reason },
      input,
    });
    return z.NEVER;
  }),
);
export type RupiahInput = z.infer<typeof RupiahInput>;

import * as z from 'zod/mini';
import { inActiveLanguage, type LocalizedText, type ParseResult } from '../common/i18n.js';
import { timeZoneOf } from '../common/region.js';
import { LocalDate } from '../common/time.js';
import { matches, rule, singleLine } from './shared.js';

function fail<T>(reason: LocalizedText): ParseResult<T> {
  return { ok: false, reason };
}

/** Digits only: spaces, dots and dashes people type between groups are removed. */
function compact(text: string): string {
  return text.replace(/[\s.\-‐‑–]/g, '');
}

// ── Halal (BPJPH) ────────────────────────────────────────────────────────────────────────

const HALAL_PATTERN = /^ID\d{1,38}$/;

const HALAL_REASONS = {
  empty: { id: 'Nomor sertifikat halal belum diisi', en: 'The halal certificate number is empty' },
  shape: {
    id: 'Nomor sertifikat halal BPJPH terdiri dari huruf ID lalu angka saja (nomor KH/ketetapan halal bukan nomor sertifikat)',
    en: 'A BPJPH halal certificate number is the letters ID followed by digits only (a KH/ketetapan halal number is not the certificate number)',
  },
} as const satisfies Record<string, LocalizedText>;

/**
 * Reads a BPJPH halal certificate number (UU 33/2014 on Jaminan Produk Halal): `ID` followed by
 * digits. The digit layout and length are not published, so only the prefix and digits are
 * checked (at most 40 characters); authenticity is checked at halal.go.id. Spaces and dashes are
 * dropped and the prefix is upper-cased. Never throws.
 */
export function parseHalalNumber(input: string): ParseResult<string> {
  const text = compact(input).toUpperCase();
  if (text === '') return fail(HALAL_REASONS.empty);
  if (!HALAL_PATTERN.test(text)) return fail(HALAL_REASONS.shape);
  return { ok: true, value: text };
}

/** A BPJPH halal certificate number as stored: `ID` + digits, at most 40 characters. */
export const HalalCertificateNumber = z
  .string()
  .check(...matches(HALAL_PATTERN, HALAL_REASONS.shape.id, HALAL_REASONS.shape.en));
export type HalalCertificateNumber = z.infer<typeof HalalCertificateNumber>;

// ── P-IRT (Perba BPOM 22/2018) ───────────────────────────────────────────────────────────

/** Kode jenis kemasan, digit 1 of a P-IRT number (Perba BPOM 22/2018). */
export const PIRT_PACKAGING: Readonly<Record<string, LocalizedText>> = {
  '1': { id: 'gelas/kaca', en: 'glass' },
  '2': { id: 'plastik', en: 'plastic' },
  '3': { id: 'karton/kertas', en: 'carton or paper' },
  '4': { id: 'kaleng', en: 'can' },
  '5': { id: 'aluminium foil', en: 'aluminium foil' },
  '6': { id: 'lain-lain (mis. daun)', en: 'other (e.g. leaves)' },
  '7': { id: 'komposit', en: 'composite' },
  '8': { id: 'ganda', en: 'double (primary and secondary)' },
};

/** Validity of an SPP-IRT in years (Perba BPOM 22/2018). */
export const PIRT_VALIDITY_YEARS = 5;

/** What the 15 digits of a P-IRT number say. */
export interface ParsedPirt {
  /** The 15 digits, the stored form. */
  readonly digits: string;
  /** Digit 1, kode jenis kemasan (see {@link PIRT_PACKAGING}). */
  readonly packagingCode: string;
  readonly packaging: LocalizedText;
  /** Digits 2–3, kode jenis pangan IRT. */
  readonly foodTypeCode: string;
  /** Digits 4–7 as a Kemendagri regency code: the kabupaten/kota whose Dinas issued it. */
  readonly regencyCode: string;
  /** Digits 8–9, nomor urut pangan of this IRTP. */
  readonly productNumber: string;
  /** Digits 10–13, nomor urut IRTP in the regency. */
  readonly irtpNumber: string;
  /** Digits 14–15 read as 20YY: the year the certificate's validity ends. */
  readonly expiryYear: number;
}

const PIRT_REASONS = {
  empty: { id: 'Nomor P-IRT belum diisi', en: 'The P-IRT number is empty' },
  shape: {
    id: 'Nomor P-IRT terdiri dari 15 angka, ditulis P-IRT No. 1234567890123-45',
    en: 'A P-IRT number has 15 digits, written P-IRT No. 1234567890123-45',
  },
  packaging: {
    id: 'Angka pertama nomor P-IRT (kode kemasan) harus 1–8',
    en: 'The first digit of a P-IRT number (packaging code) must be 1–8',
  },
  region: {
    id: 'Angka ke-4 sampai ke-7 nomor P-IRT bukan kode kabupaten/kota yang ada',
    en: 'Digits 4 to 7 of a P-IRT number are not an existing regency or city code',
  },
} as const satisfies Record<string, LocalizedText>;

/**
 * Reads a P-IRT number (Sertifikat Produksi Pangan Industri Rumah Tangga, Perba BPOM 22/2018)
 * as printed — `P-IRT No. 2063514010072-29`, `PIRT 206351401007229`, `2063514010072-29` — into
 * its parts: packaging (digit 1), food type (2–3), province + regency (4–7), product number
 * (8–9), IRTP number (10–13) and expiry year (14–15). Checks that the packaging code is 1–8 and
 * that digits 4–7 are an existing province with a valid regency part. Numbers issued in
 * another layout (e.g. by OSS after 2021, if any differ) are refused rather than misread.
 * Never throws.
 */
export function parsePirtNumber(input: string): ParseResult<ParsedPirt> {
  const text = input.trim();
  if (text === '') return fail(PIRT_REASONS.empty);
  const number = text.replace(/^P\s*-?\s*IRT\s*(?:Nomor|No\.?)?\s*:?\s*/i, '');
  const match = /^(\d{13})\s*[-‐‑–]?\s*(\d{2})$/.exec(number);
  if (!match) return fail(PIRT_REASONS.shape);
  const digits = `${match[1]}${match[2]}`;
  const packagingCode = digits.charAt(0);
  const packaging = PIRT_PACKAGING[packagingCode];
  if (!packaging) return fail(PIRT_REASONS.packaging);
  const regencyCode = `${digits.slice(3, 5)}.${digits.slice(5, 7)}`;
  // timeZoneOf checks the code's shape, the kab/kota part (01–69, 71–99) and the province list.
  if (!timeZoneOf(regencyCode).ok) return fail(PIRT_REASONS.region);
  return {
    ok: true,
    value: {
      digits,
      packagingCode,
      packaging,
      foodTypeCode: digits.slice(1, 3),
      regencyCode,
      productNumber: digits.slice(7, 9),
      irtpNumber: digits.slice(9, 13),
      expiryYear: 2000 + Number(digits.slice(13, 15)),
    },
  };
}

/** `P-IRT No. 1234567890123-45`, the way Perba BPOM 22/2018 has it printed on labels. */
export function formatPirtNumber(digits: string): string {
  return `P-IRT No. ${digits.slice(0, 13)}-${digits.slice(13)}`;
}

/** A P-IRT number as stored: its 15 digits, accepted by {@link parsePirtNumber}. */
export const PirtNumber = z.string().check(
  z.superRefine((value: string, ctx) => {
    const result = /^\d{15}$/.test(value) ? parsePirtNumber(value) : fail(PIRT_REASONS.shape);
    if (!result.ok) {
      ctx.issues.push({
        code: 'custom',
        message: inActiveLanguage(result.reason),
        params: { i18n: result.reason },
        input: value,
      });
    }
  }),
  z.meta({ pattern: '^[1-8]\\d{14}$', examples: ['206351401007229'] }),
);
export type PirtNumber = z.infer<typeof PirtNumber>;

// ── BPOM MD/ML ───────────────────────────────────────────────────────────────────────────

/** MD: processed food made in Indonesia; ML: imported processed food. */
export type BpomFoodType = 'MD' | 'ML';

const BPOM_REASONS = {
  empty: { id: 'Nomor izin edar BPOM belum diisi', en: 'The BPOM registration number is empty' },
  shape: {
    id: 'Nomor izin edar pangan olahan BPOM ditulis BPOM RI MD atau ML lalu 12 angka, mis. BPOM RI MD 224510001056',
    en: 'A BPOM processed-food registration number is BPOM RI MD or ML followed by 12 digits, e.g. BPOM RI MD 224510001056',
  },
} as const satisfies Record<string, LocalizedText>;

const BPOM_PATTERN = /^(MD|ML) \d{12}$/;

/**
 * Reads a BPOM izin edar for processed food as printed — `BPOM RI MD 224510001056`,
 * `MD224510001056`, `BPOM ML 231509001176` — into the stored form `MD 224510001056`.
 * Supported: MD (domestic) and ML (imported) followed by 12 digits, the form seen on labels;
 * other BPOM product types (NA cosmetics, TR/TI traditional medicine, SD/SI supplements) are
 * refused, and the meaning of the 12 digits is not decoded. Never throws.
 */
export function parseBpomNumber(input: string): ParseResult<string> {
  const text = input.trim().replace(/\s+/g, ' ').toUpperCase();
  if (text === '') return fail(BPOM_REASONS.empty);
  const match = /^(?:BPOM\s?(?:RI\s?)?)?(MD|ML)\s?(\d{12})$/.exec(compactDigits(text));
  if (!match) return fail(BPOM_REASONS.shape);
  return { ok: true, value: `${match[1]} ${match[2]}` };
}

/** Removes separators between digits only (`MD 2245 1000 1056` → `MD 224510001056`). */
function compactDigits(text: string): string {
  return text.replace(/(?<=\d)[\s.-](?=\d)/g, '');
}

/** `BPOM RI MD 224510001056`, as printed on labels. */
export function formatBpomNumber(stored: string): string {
  return `BPOM RI ${stored}`;
}

/** A BPOM processed-food registration number as stored: `MD 224510001056` or `ML …`. */
export const BpomRegistrationNumber = z
  .string()
  .check(...matches(BPOM_PATTERN, BPOM_REASONS.shape.id, BPOM_REASONS.shape.en));
export type BpomRegistrationNumber = z.infer<typeof BpomRegistrationNumber>;

// ── Certifications ───────────────────────────────────────────────────────────────────────

const validityFields = {
  issuedOn: z.optional(LocalDate),
  validUntil: z.optional(LocalDate),
};

function validityOrdered(cert: { issuedOn?: string; validUntil?: string }): boolean {
  return !cert.issuedOn || !cert.validUntil || cert.issuedOn <= cert.validUntil;
}

const ORDER_MESSAGE = [
  'tanggal berlaku sampai tidak boleh sebelum tanggal terbit',
  'the expiry date cannot be before the issue date',
] as const;

/**
 * Halal certificate (BPJPH). `validUntil` is optional: since UU 6/2023 amended UU 33/2014
 * Pasal 42, a certificate stays valid as long as the ingredients and process do not change,
 * while older certificates carry an end date.
 */
export const HalalCertification = z
  .object({ kind: z.literal('halal'), number: HalalCertificateNumber, ...validityFields })
  .check(rule(validityOrdered, ...ORDER_MESSAGE, ['validUntil']));

/**
 * SPP-IRT (Perba BPOM 22/2018), valid for five years; the number carries its expiry year, so
 * `validUntil`, when given, must fall in that year.
 */
export const PirtCertification = z
  .object({ kind: z.literal('pirt'), number: PirtNumber, ...validityFields })
  .check(
    rule(validityOrdered, ...ORDER_MESSAGE, ['validUntil']),
    rule(
      (cert: { number: string; validUntil?: string }) => {
        const parsed = parsePirtNumber(cert.number);
        return (
          !cert.validUntil ||
          !parsed.ok ||
          Number(cert.validUntil.slice(0, 4)) === parsed.value.expiryYear
        );
      },
      'tahun berlaku sampai tidak sama dengan tahun kedaluwarsa dalam nomor P-IRT (dua angka terakhir)',
      'the expiry year does not match the one in the P-IRT number (its last two digits)',
      ['validUntil'],
    ),
  );

/** BPOM izin edar for processed food (MD/ML). */
export const BpomCertification = z
  .object({ kind: z.literal('bpom'), number: BpomRegistrationNumber, ...validityFields })
  .check(rule(validityOrdered, ...ORDER_MESSAGE, ['validUntil']));

/**
 * SNI product certificate (SPPT-SNI, issued by an accredited LSPro under UU 20/2014). Numbers
 * have no national format, so they are free text of at most 100 characters; `standard` names
 * the SNI, e.g. `SNI 2973:2011`.
 */
export const SniCertification = z
  .object({
    kind: z.literal('sni'),
    number: singleLine(100),
    standard: z.optional(singleLine(100)),
    ...validityFields,
  })
  .check(rule(validityOrdered, ...ORDER_MESSAGE, ['validUntil']));

/** A certificate or registration of a business, told apart by `kind`. Numbers are public. */
export const Certification = z.discriminatedUnion('kind', [
  HalalCertification,
  PirtCertification,
  BpomCertification,
  SniCertification,
]);
export type Certification = z.infer<typeof Certification>;

/** At most 20 certificates per business. */
export const Certifications = z.array(Certification).check(z.maxLength(20));

/**
 * Whether a certificate is in force on `today` (`YYYY-MM-DD`): until `validUntil` inclusive; a
 * P-IRT without `validUntil` until the end of the expiry year in its number; a halal
 * certificate without `validUntil` indefinitely (UU 33/2014 Pasal 42 as amended by UU 6/2023);
 * other certificates without an end date are taken as in force.
 */
export function isCertificationInForce(cert: Certification, today: string): boolean {
  if (cert.issuedOn && cert.issuedOn > today) return false;
  if (cert.validUntil) return cert.validUntil >= today;
  if (cert.kind === 'pirt') {
    const parsed = parsePirtNumber(cert.number);
    return parsed.ok && parsed.value.expiryYear >= Number(today.slice(0, 4));
  }
  return true;
}

/** Whether any halal certificate in the list is in force on `today`. */
export function hasHalalCertificate(certs: readonly Certification[], today: string): boolean {
  return certs.some((cert) => cert.kind === 'halal' && isCertificationInForce(cert, today));
}

/** The labels of certificate kinds, for badges and filters. */
export const CERTIFICATION_LABELS: Readonly<Record<Certification['kind'], LocalizedText>> = {
  halal: { id: 'Halal (BPJPH)', en: 'Halal (BPJPH)' },
  pirt: { id: 'P-IRT', en: 'P-IRT (home-industry food)' },
  bpom: { id: 'BPOM MD/ML', en: 'BPOM MD/ML' },
  sni: { id: 'SNI', en: 'SNI (Indonesian National Standard)' },
};

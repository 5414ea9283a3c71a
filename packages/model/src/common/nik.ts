import * as z from 'zod/mini';
import { inActiveLanguage, type LocalizedText, type ParseResult } from './i18n.js';
import { personal } from './personal.js';

/** What the 16 digits of a NIK say. */
export interface ParsedNik {
  /** Kemendagri code of the kecamatan where the NIK was issued, dotted: `35.14.01`. */
  readonly regionPrefix: string;
  /** Date of birth; the century is not encoded, so only the two-digit year is known. */
  readonly birthDate: { readonly day: number; readonly month: number; readonly yy: number };
  readonly sex: 'female' | 'male';
  /** Four-digit serial, `0001`–`9999`, as written. */
  readonly serial: string;
}

const REASONS = {
  empty: { id: 'NIK belum diisi', en: 'The NIK is empty' },
  shape: { id: 'NIK harus 16 angka', en: 'A NIK must be 16 digits' },
  region: {
    id: 'Enam angka pertama NIK bukan kode wilayah (provinsi 11–99, kabupaten/kota dan kecamatan bukan 00)',
    en: 'The first six digits of a NIK are not a region code (province 11–99, regency and district not 00)',
  },
  birthDate: {
    id: 'Tanggal lahir dalam NIK (angka ke-7 sampai ke-12) bukan tanggal yang ada',
    en: 'The date of birth in the NIK (digits 7 to 12) is not a real date',
  },
  serial: {
    id: 'Nomor urut NIK (empat angka terakhir) tidak boleh 0000',
    en: 'The serial number of a NIK (last four digits) cannot be 0000',
  },
} as const satisfies Record<string, LocalizedText>;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function fail(reason: LocalizedText): ParseResult<ParsedNik> {
  return { ok: false, reason };
}

/**
 * Reads the format of a NIK (Nomor Induk Kependudukan, UU 23/2006 as amended by UU 24/2013 on
 * Administrasi Kependudukan): `PPKKCC DDMMYY SSSS`.
 *
 * - PP.KK.CC: province 11–99, regency/city and kecamatan not 00.
 * - DDMMYY: date of birth; women have 40 added to the day (41–71). The date must exist;
 *   29 February is accepted when the year is a leap year in 19yy or in 20yy, which for two
 *   digits means yy divisible by 4 (including 00: 2000 was a leap year, 1900 was not).
 * - SSSS: serial, not 0000.
 *
 * This checks the format only; it cannot tell whether a NIK was issued. A NIK is personal
 * data (UU 27/2022): it is never part of public data or public responses. Spaces between the
 * digit groups are ignored. Never throws.
 */
export function parseNik(input: string): ParseResult<ParsedNik> {
  const text = input.replace(/\s+/g, '');
  if (text === '') return fail(REASONS.empty);
  if (!/^\d{16}$/.test(text)) return fail(REASONS.shape);
  const number = (from: number, to: number) => Number(text.slice(from, to));
  const province = number(0, 2);
  if (province < 11 || number(2, 4) === 0 || number(4, 6) === 0) return fail(REASONS.region);
  const encodedDay = number(6, 8);
  const month = number(8, 10);
  const yy = number(10, 12);
  const sex = encodedDay > 40 ? 'female' : 'male';
  const day = sex === 'female' ? encodedDay - 40 : encodedDay;
  const maxDay = DAYS_IN_MONTH[month - 1];
  if (
    maxDay === undefined ||
    day < 1 ||
    day > maxDay ||
    (month === 2 && day === 29 && yy % 4 !== 0)
  ) {
    return fail(REASONS.birthDate);
  }
  const serial = text.slice(12);
  if (serial === '0000') return fail(REASONS.serial);
  return {
    ok: true,
    value: {
      regionPrefix: `${text.slice(0, 2)}.${text.slice(2, 4)}.${text.slice(4, 6)}`,
      birthDate: { day, month, yy },
      sex,
      serial,
    },
  };
}

/**
 * A NIK, 16 digits whose format {@link parseNik} accepts. Personal data (UU 27/2022), marked
 * `x-personal-data`: only in staff-facing shapes, never in public responses.
 */
export const Nik = personal(
  z.string().check(
    z.superRefine((value: string, ctx) => {
      const result = /^\d{16}$/.test(value) ? parseNik(value) : fail(REASONS.shape);
      if (!result.ok) {
        ctx.issues.push({
          code: 'custom',
          message: inActiveLanguage(result.reason),
          params: { i18n: result.reason },
          input: value,
        });
      }
    }),
    z.meta({
      description: 'NIK (Nomor Induk Kependudukan), 16 digits',
      pattern: '^[1-9]\\d{15}$',
      examples: ['3514014101900001'],
    }),
  ),
);
export type Nik = z.infer<typeof Nik>;

import * as z from 'zod/mini';
import { matches, rule } from './shared.js';

/**
 * The KBLI edition a business's codes come from: `2020` (Perba BPS 2/2020, categories A–U)
 * or `2025` (Perba BPS 7/2025, categories A–V). Codes are stored with their edition because
 * the 2025 edition splits, merges and re-letters activities; OSS moves to it gradually.
 */
export const KbliVersion = z.enum(['2020', '2025']);
export type KbliVersion = z.infer<typeof KbliVersion>;

/** A KBLI kategori letter. A–U exist in KBLI 2020; V exists only in KBLI 2025. */
export const KbliCategory = z.enum([
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
  'V',
]);
export type KbliCategory = z.infer<typeof KbliCategory>;

/**
 * A KBLI code at the kelompok level, five digits (e.g. `10710` roti dan kue, `56101`
 * restoran), as OSS-RBA lists it on a NIB. The first two digits are the golongan pokok.
 */
export const KbliCode = z
  .string()
  .check(
    ...matches(/^\d{5}$/, 'kode KBLI harus 5 angka', 'a KBLI code must be 5 digits'),
    z.meta({ examples: ['10710', '56101'] }),
  );
export type KbliCode = z.infer<typeof KbliCode>;

/**
 * Golongan pokok (two-digit division) → kategori of KBLI 2020 (Perba BPS 2/2020), which keeps
 * the section/division structure of ISIC Rev. 4. Numbers between ranges (04, 34, 40, 44, 48,
 * 54, 57, 67, 76, 83, 89) are not golongan pokok.
 */
export const KBLI_2020_CATEGORY_RANGES: readonly {
  readonly category: KbliCategory;
  readonly from: number;
  readonly to: number;
}[] = [
  { category: 'A', from: 1, to: 3 },
  { category: 'B', from: 5, to: 9 },
  { category: 'C', from: 10, to: 33 },
  { category: 'D', from: 35, to: 35 },
  { category: 'E', from: 36, to: 39 },
  { category: 'F', from: 41, to: 43 },
  { category: 'G', from: 45, to: 47 },
  { category: 'H', from: 49, to: 53 },
  { category: 'I', from: 55, to: 56 },
  { category: 'J', from: 58, to: 63 },
  { category: 'K', from: 64, to: 66 },
  { category: 'L', from: 68, to: 68 },
  { category: 'M', from: 69, to: 75 },
  { category: 'N', from: 77, to: 82 },
  { category: 'O', from: 84, to: 84 },
  { category: 'P', from: 85, to: 85 },
  { category: 'Q', from: 86, to: 88 },
  { category: 'R', from: 90, to: 93 },
  { category: 'S', from: 94, to: 96 },
  { category: 'T', from: 97, to: 98 },
  { category: 'U', from: 99, to: 99 },
];

function kbli2020CategoryOf(code: string): KbliCategory | undefined {
  const majorGroup = Number(code.slice(0, 2));
  return KBLI_2020_CATEGORY_RANGES.find((r) => majorGroup >= r.from && majorGroup <= r.to)
    ?.category;
}

/**
 * The kategori letter of a KBLI code, from its golongan pokok, or `undefined` when it is not
 * known:
 *
 * - KBLI 2020 (Perba BPS 2/2020): from {@link KBLI_2020_CATEGORY_RANGES}; `undefined` for a
 *   number that is no golongan pokok.
 * - KBLI 2025 (Perba BPS 7/2025): always `undefined`. The edition has 22 categories A–V and
 *   re-letters them from J on (J is now publishing, broadcasting and content; K
 *   telecommunication and programming), following ISIC Rev. 5; its golongan-pokok table has
 *   not been checked against the regulation's appendix here, so the 2020 letters must not be
 *   applied to 2025 codes and no letter is guessed.
 */
export function kbliCategoryOf(version: KbliVersion, code: string): KbliCategory | undefined {
  if (!/^\d{5}$/.test(code)) return undefined;
  return version === '2020' ? kbli2020CategoryOf(code) : undefined;
}

/** The KBLI codes of a business (as on its NIB), all from one edition: 1–20 distinct codes. */
export const BusinessKbli = z
  .object({
    version: KbliVersion,
    codes: z.array(KbliCode).check(z.minLength(1), z.maxLength(20)),
  })
  .check(
    rule(
      (kbli: { version: KbliVersion; codes: string[] }) =>
        kbli.version !== '2020' || kbli.codes.every((code) => kbli2020CategoryOf(code)),
      'ada kode yang golongan pokoknya (dua angka pertama) tidak ada dalam KBLI 2020',
      'a code has a golongan pokok (first two digits) that does not exist in KBLI 2020',
      ['codes'],
    ),
    rule(
      (kbli: { codes: string[] }) => new Set(kbli.codes).size === kbli.codes.length,
      'kode KBLI tidak boleh berulang',
      'KBLI codes must not repeat',
      ['codes'],
    ),
  );
export type BusinessKbli = z.infer<typeof BusinessKbli>;

/** The kategori of a business's first (main) KBLI code, when known (see {@link kbliCategoryOf}). */
export function mainKbliCategory(kbli: BusinessKbli | undefined): KbliCategory | undefined {
  const main = kbli?.codes[0];
  return kbli && main ? kbliCategoryOf(kbli.version, main) : undefined;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../common/i18n.js';
import {
  BusinessKbli,
  KBLI_2020_CATEGORY_RANGES,
  KbliCode,
  kbliCategoryOf,
  mainKbliCategory,
} from './kbli.js';
import { Nib } from './nib.js';

describe('kbliCategoryOf, KBLI 2020 (Perba BPS 2/2020)', () => {
  it.each([
    ['01111', 'A'],
    ['03279', 'A'],
    ['05100', 'B'],
    ['09900', 'B'],
    ['10710', 'C'], // roti dan kue
    ['10794', 'C'], // kerupuk, keripik, peyek
    ['16291', 'C'], // anyaman rotan dan bambu
    ['16293', 'C'], // kerajinan ukiran kayu
    ['33200', 'C'],
    ['35101', 'D'],
    ['36000', 'E'],
    ['39000', 'E'],
    ['41011', 'F'],
    ['43900', 'F'],
    ['45101', 'G'],
    ['47241', 'G'],
    ['49110', 'H'],
    ['53201', 'H'],
    ['55110', 'I'],
    ['56101', 'I'], // restoran
    ['58110', 'J'],
    ['63122', 'J'],
    ['64110', 'K'],
    ['66190', 'K'],
    ['68110', 'L'],
    ['69100', 'M'],
    ['75000', 'M'],
    ['77100', 'N'],
    ['82990', 'N'],
    ['84111', 'O'],
    ['85111', 'P'],
    ['86101', 'Q'],
    ['88101', 'Q'],
    ['90001', 'R'],
    ['93299', 'R'],
    ['94110', 'S'],
    ['96111', 'S'],
    ['97000', 'T'],
    ['98100', 'T'],
    ['99000', 'U'],
  ])('%s → %s', (code, category) => {
    expect(kbliCategoryOf('2020', code)).toBe(category);
  });

  it.each([
    '00000',
    '04000',
    '34000',
    '40000',
    '44000',
    '48000',
    '54000',
    '57000',
    '67000',
    '76000',
    '83000',
    '89000',
  ])('%s has no category: its first two digits are no golongan pokok', (code) => {
    expect(kbliCategoryOf('2020', code)).toBeUndefined();
  });

  it('has no category for something that is not a 5-digit code', () => {
    expect(kbliCategoryOf('2020', '1071')).toBeUndefined();
    expect(kbliCategoryOf('2020', '10710a')).toBeUndefined();
  });

  it('lists categories A–U in order, without overlap', () => {
    const letters = KBLI_2020_CATEGORY_RANGES.map((r) => r.category).join('');
    expect(letters).toBe('ABCDEFGHIJKLMNOPQRSTU');
    KBLI_2020_CATEGORY_RANGES.forEach((range, i) => {
      expect(range.from).toBeLessThanOrEqual(range.to);
      const previous = KBLI_2020_CATEGORY_RANGES[i - 1];
      if (previous) expect(range.from).toBeGreaterThan(previous.to);
    });
  });
});

describe('kbliCategoryOf, KBLI 2025 (Perba BPS 7/2025)', () => {
  it('derives no letter: the 2025 table re-letters categories from J on and is not shipped', () => {
    expect(kbliCategoryOf('2025', '10710')).toBeUndefined();
    expect(kbliCategoryOf('2025', '62010')).toBeUndefined();
  });

  it('never borrows a 2020 letter for a 2025 code (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{5}$/),
        (code) => kbliCategoryOf('2025', code) === undefined,
      ),
    );
  });
});

describe('BusinessKbli', () => {
  it('accepts KBLI 2020 codes with existing golongan pokok', () => {
    expect(BusinessKbli.parse({ version: '2020', codes: ['10794', '56101'] })).toEqual({
      version: '2020',
      codes: ['10794', '56101'],
    });
  });

  it('refuses a KBLI 2020 code whose golongan pokok does not exist, naming the field', () => {
    const result = validate(BusinessKbli, { version: '2020', codes: ['10794', '04123'] }, 'en');
    expect(result).toMatchObject({
      success: false,
      errors: [{ path: 'codes', message: expect.stringContaining('does not exist in KBLI 2020') }],
    });
  });

  it('stores KBLI 2025 codes checked as 5 digits only', () => {
    expect(BusinessKbli.safeParse({ version: '2025', codes: ['04123'] }).success).toBe(true);
    expect(mainKbliCategory({ version: '2025', codes: ['10710'] })).toBeUndefined();
  });

  it('refuses repeats, an empty list, more than 20 codes, and unknown editions', () => {
    expect(BusinessKbli.safeParse({ version: '2020', codes: ['10710', '10710'] }).success).toBe(
      false,
    );
    expect(BusinessKbli.safeParse({ version: '2020', codes: [] }).success).toBe(false);
    const many = Array.from({ length: 21 }, (_, i) => `${10710 + i}`);
    expect(BusinessKbli.safeParse({ version: '2020', codes: many }).success).toBe(false);
    expect(BusinessKbli.safeParse({ version: '2017', codes: ['10710'] }).success).toBe(false);
  });

  it('gives the category of the main (first) code', () => {
    expect(mainKbliCategory({ version: '2020', codes: ['56101', '10710'] })).toBe('I');
    expect(mainKbliCategory(undefined)).toBeUndefined();
  });

  it('refuses codes that are not five digits, in both languages', () => {
    expect(validate(KbliCode, '1071', 'id')).toMatchObject({
      success: false,
      errors: [{ message: 'data: kode KBLI harus 5 angka' }],
    });
    expect(validate(KbliCode, '１０７１０', 'en')).toMatchObject({ success: false });
  });

  it('yields a result or a ZodError for any input (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = BusinessKbli.safeParse(input);
        return result.success || result.error.issues.length > 0;
      }),
    );
  });
});

describe('Nib (PP 5/2021, OSS-RBA)', () => {
  it.each(['9120001234567', '0000000000000'])('accepts 13 digits: %s', (nib) => {
    expect(Nib.safeParse(nib).success).toBe(true);
  });

  it.each(['912000123456', '91200012345678', '9120-0012-3456', '912000123456a', ' 9120001234567'])(
    'refuses %s',
    (nib) => {
      expect(validate(Nib, nib, 'en')).toMatchObject({
        success: false,
        errors: [{ message: expect.stringContaining('13 digits') }],
      });
    },
  );
});

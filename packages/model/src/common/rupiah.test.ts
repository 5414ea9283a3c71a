import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validate } from './i18n.js';
import { formatRupiah, parseRupiah, Rupiah, RupiahInput } from './rupiah.js';

const NBSP = '\u00a0';

/** Strings built from the pieces people type, so random input reaches every branch. */
const amountLike = fc
  .array(
    fc.constantFrom(
      'Rp',
      'Rp.',
      'IDR',
      ' ',
      NBSP,
      '-',
      '−',
      '.',
      ',',
      ',-',
      '0',
      '1',
      '5',
      '9',
      '000',
      '500',
      'rb',
      'k',
      'jt',
      'juta',
      'M',
      'm',
      'miliar',
      'T',
      'mn',
      'bn',
      'rupiah',
      'x',
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(''));

describe('Rupiah (wire format)', () => {
  it.each([0, 1, 1_500_000, Number.MAX_SAFE_INTEGER])('accepts %d', (n) => {
    expect(Rupiah.safeParse(n).success).toBe(true);
  });

  it('refuses negatives, fractions, unsafe integers and strings, naming the field', () => {
    const Price = z.object({ harga: Rupiah });
    const messages = (value: unknown, lang: 'id' | 'en') => {
      const result = validate(Price, { harga: value }, lang);
      return result.success ? [] : result.errors.map((e) => e.message);
    };
    expect(messages(-1, 'id')).toEqual(['harga: minimal 0']);
    expect(messages(-1, 'en')).toEqual(['harga: must be at least 0']);
    expect(messages(1.5, 'id')).toEqual(['harga: harus berupa bilangan bulat']);
    expect(messages(1.5, 'en')).toEqual(['harga: must be a whole number']);
    expect(messages(Number.MAX_SAFE_INTEGER + 1, 'en')).toEqual([
      'harga: must be at most 9,007,199,254,740,991',
    ]);
    expect(messages('1500', 'id')).toEqual(['harga: harus berupa angka']);
  });
});

describe('formatRupiah', () => {
  it("prints what Intl's id-ID currency format prints, with a no-break space after Rp", () => {
    const intl = new Intl.NumberFormat('id-ID', {
      style: 'currency',
      currency: 'IDR',
      maximumFractionDigits: 0,
    });
    expect(formatRupiah(1_500_000)).toBe(intl.format(1_500_000));
    expect(formatRupiah(1_500_000)).toBe(`Rp${NBSP}1.500.000`);
    expect(formatRupiah(0)).toBe(`Rp${NBSP}0`);
    expect(formatRupiah(Number.MAX_SAFE_INTEGER)).toBe(`Rp${NBSP}9.007.199.254.740.991`);
  });

  it('prints English digits with the Rp symbol in English', () => {
    expect(formatRupiah(1_500_000, { lang: 'en' })).toBe(`Rp${NBSP}1,500,000`);
  });

  it.each([
    [999, `Rp${NBSP}999`, `Rp${NBSP}999`],
    [1_000, `Rp${NBSP}1${NBSP}rb`, `Rp${NBSP}1k`],
    [750_000, `Rp${NBSP}750${NBSP}rb`, `Rp${NBSP}750k`],
    [999_949, `Rp${NBSP}999,9${NBSP}rb`, `Rp${NBSP}999.9k`],
    [999_950, `Rp${NBSP}1${NBSP}jt`, `Rp${NBSP}1mn`],
    [1_500_000, `Rp${NBSP}1,5${NBSP}jt`, `Rp${NBSP}1.5mn`],
    [12_345_678, `Rp${NBSP}12,3${NBSP}jt`, `Rp${NBSP}12.3mn`],
    [2_300_000_000, `Rp${NBSP}2,3${NBSP}M`, `Rp${NBSP}2.3bn`],
    [4_500_000_000_000, `Rp${NBSP}4,5${NBSP}T`, `Rp${NBSP}4.5tn`],
    [Number.MAX_SAFE_INTEGER, `Rp${NBSP}9.007,2${NBSP}T`, `Rp${NBSP}9,007.2tn`],
    [-1_500_000, `-Rp${NBSP}1,5${NBSP}jt`, `-Rp${NBSP}1.5mn`],
  ])('compact %d → %s | %s', (value, id, en) => {
    expect(formatRupiah(value, { compact: true })).toBe(id);
    expect(formatRupiah(value, { compact: true, lang: 'en' })).toBe(en);
  });

  it('matches the shape of ICU id-ID compact currency for typical dashboard amounts', () => {
    const intl = new Intl.NumberFormat('id-ID', {
      style: 'currency',
      currency: 'IDR',
      notation: 'compact',
    });
    for (const value of [750_000, 1_500_000, 2_300_000_000, 4_500_000_000_000]) {
      expect(formatRupiah(value, { compact: true })).toBe(intl.format(value));
    }
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('throws RangeError for %d', (v) => {
    expect(() => formatRupiah(v)).toThrow(RangeError);
  });
});

describe('parseRupiah', () => {
  it.each([
    ['Rp 1.500.000', 1_500_000],
    ['Rp1.500.000', 1_500_000],
    ['Rp1.500.000,00', 1_500_000],
    ['Rp. 15.000,-', 15_000],
    ['IDR 250.000', 250_000],
    ['1500000', 1_500_000],
    ['1.500', 1_500],
    ['0', 0],
    ['1,5 jt', 1_500_000],
    ['1.5 juta', 1_500_000],
    ['2 M', 2_000_000_000],
    ['2 miliar', 2_000_000_000],
    ['750rb', 750_000],
    ['750 rb.', 750_000],
    ['50k', 50_000],
    ['1,25 rb', 1_250],
    ['0,5 jt', 500_000],
    ['1.500 jt', 1_500_000_000],
    ['1.500,25 jt', 1_500_250_000],
    ['4,5 T', 4_500_000_000_000],
    ['1,5 juta rupiah', 1_500_000],
    [`Rp${NBSP}1,5${NBSP}jt`, 1_500_000],
    ['9.007.199.254.740.991', Number.MAX_SAFE_INTEGER],
  ])('%j → %d', (input, value) => {
    expect(parseRupiah(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'Jumlah rupiah belum diisi', 'The amount is empty'],
    ['-1.500', 'Jumlah rupiah tidak boleh negatif', 'The amount cannot be negative'],
    ['Rp -1.500', 'Jumlah rupiah tidak boleh negatif', 'The amount cannot be negative'],
    ['1.5', 'Titik di sini ambigu', 'The dot is ambiguous'],
    ['1.50', 'Titik di sini ambigu', 'The dot is ambiguous'],
    ['1,500', 'Koma yang diikuti tepat tiga angka ambigu', 'A comma followed by exactly three'],
    ['1,000', 'Koma yang diikuti tepat tiga angka ambigu', 'A comma followed by exactly three'],
    ['1,500,000', 'Gunakan format Indonesia', 'Use the Indonesian format'],
    ['1,500.00', 'Gunakan format Indonesia', 'Use the Indonesian format'],
    ['1.5 million', 'Gunakan format Indonesia', 'Use the Indonesian format'],
    ['2bn', 'Gunakan format Indonesia', 'Use the Indonesian format'],
    ['1.5M', 'Dalam bahasa Indonesia M berarti miliar', 'In Indonesian M means miliar'],
    ['1,50', 'Jumlah harus rupiah bulat', 'The amount must be whole rupiah'],
    ['1.500,5', 'Jumlah harus rupiah bulat', 'The amount must be whole rupiah'],
    ['1,2345 rb', 'Jumlah harus rupiah bulat', 'The amount must be whole rupiah'],
    ['15.00.000', 'Titik pemisah ribuan', 'Thousands separators'],
    ['9.007.199.254.740.992', 'Jumlah terlalu besar', 'The amount is too large'],
    ['99999999999999999999', 'Jumlah terlalu besar', 'The amount is too large'],
    ['1,5 kg', 'Satuan tidak dikenal', 'Unknown unit'],
    ['seribu', 'Bukan jumlah rupiah', 'Not an amount of rupiah'],
    ['1 500 000', 'Bukan jumlah rupiah', 'Not an amount of rupiah'],
    ['1.500.', 'Bukan jumlah rupiah', 'Not an amount of rupiah'],
  ])('refuses %j with a reason in both languages', (input, id, en) => {
    const result = parseRupiah(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.id).toContain(id);
    expect(result.reason.en).toContain(en);
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), amountLike), (input) => {
        const result = parseRupiah(input);
        if (result.ok) {
          expect(Number.isSafeInteger(result.value) && result.value >= 0).toBe(true);
        } else {
          expect(result.reason.id).not.toBe('');
          expect(result.reason.en).not.toBe('');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every full Indonesian format', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (value) => {
        expect(parseRupiah(formatRupiah(value))).toEqual({ ok: true, value });
      }),
    );
  });

  it('reads back compact formats to the rounded amount, and formats that the same way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9e15 }), (value) => {
        const compact = formatRupiah(value, { compact: true });
        const parsed = parseRupiah(compact);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        // One decimal of the unit: off by at most half a tenth of it (rb: 50, jt: 50.000, …).
        const exponent =
          value < 1_000 ? 0 : Math.min(12, Math.floor(Math.log10(parsed.value) / 3) * 3);
        expect(Math.abs(parsed.value - value)).toBeLessThanOrEqual(10 ** exponent / 20);
        expect(formatRupiah(parsed.value, { compact: true })).toBe(compact);
      }),
    );
  });

  it('never misreads English output: it is refused or means the same amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9e15 }), fc.boolean(), (value, compact) => {
        const english = parseRupiah(formatRupiah(value, { lang: 'en', compact }));
        const indonesian = parseRupiah(formatRupiah(value, { compact }));
        if (english.ok) expect(english).toEqual(indonesian);
      }),
    );
  });
});

describe('RupiahInput', () => {
  const Form = z.object({ harga: RupiahInput });

  it('turns what people type into whole rupiah', () => {
    expect(validate(Form, { harga: 'Rp 1,5 jt' })).toEqual({
      success: true,
      data: { harga: 1_500_000 },
    });
  });

  it('names the field and says why, in both languages', () => {
    expect(validate(Form, { harga: '1.5' })).toEqual({
      success: false,
      errors: [
        {
          path: 'harga',
          code: 'custom',
          message:
            'harga: Titik di sini ambigu: tulis 1.500 untuk seribu lima ratus, atau 1,5 jt untuk satu setengah juta',
        },
      ],
    });
    const en = validate(Form, { harga: '1,500.00' }, 'en');
    expect(en.success ? [] : en.errors.map((e) => e.message)).toEqual([
      'harga: Use the Indonesian format: dots between thousands and a comma for decimals, e.g. 1.500.000 or 1,5 jt',
    ]);
  });

  it('only ever fails with a ZodError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), amountLike), (input) => {
        try {
          RupiahInput.parse(input);
        } catch (error) {
          expect(error).toBeInstanceOf(z.core.$ZodError);
        }
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validate } from './i18n.js';
import { Nik, parseNik } from './nik.js';

// Every NIK here is synthetic: built from the format, not taken from any person.
const two = (n: number) => String(n).padStart(2, '0');

function nik(parts: {
  region?: string;
  day: number;
  month: number;
  yy: number;
  female?: boolean;
  serial?: string;
}): string {
  const day = parts.female ? parts.day + 40 : parts.day;
  return `${parts.region ?? '351401'}${two(day)}${two(parts.month)}${two(parts.yy)}${parts.serial ?? '0001'}`;
}

const REASON_BIRTH_DATE =
  'Tanggal lahir dalam NIK (angka ke-7 sampai ke-12) bukan tanggal yang ada';

describe('parseNik', () => {
  it('reads region, date of birth, sex and serial', () => {
    expect(parseNik('3514014101900001')).toEqual({
      ok: true,
      value: {
        regionPrefix: '35.14.01',
        birthDate: { day: 1, month: 1, yy: 90 },
        sex: 'female',
        serial: '0001',
      },
    });
    expect(parseNik('3514 0131 1299 9999')).toEqual({
      ok: true,
      value: {
        regionPrefix: '35.14.01',
        birthDate: { day: 31, month: 12, yy: 99 },
        sex: 'male',
        serial: '9999',
      },
    });
  });

  it('accepts days 01 and 31 for men, 41 and 71 for women', () => {
    for (const [day, female] of [
      [1, false],
      [31, false],
      [1, true],
      [31, true],
    ] as const) {
      const result = parseNik(nik({ day, month: 1, yy: 0, female }));
      expect(result.ok && result.value.sex).toBe(female ? 'female' : 'male');
    }
  });

  it.each([
    ['00', 1, 0],
    ['32', 1, 0],
    ['40', 1, 0],
    ['72', 1, 0],
    ['31', 4, 0],
    ['71', 4, 0],
    ['30', 2, 0],
    ['29', 2, 23],
    ['69', 2, 23],
    ['01', 0, 0],
    ['01', 13, 0],
  ])('refuses day %s of month %d (yy %d)', (day, month, yy) => {
    const result = parseNik(`351401${day}${two(month)}${two(yy)}0001`);
    expect(result).toEqual({
      ok: false,
      reason: {
        id: REASON_BIRTH_DATE,
        en: 'The date of birth in the NIK (digits 7 to 12) is not a real date',
      },
    });
  });

  it('accepts 29 February when 19yy or 20yy is a leap year (yy divisible by 4)', () => {
    for (const yy of [0, 4, 96]) expect(parseNik(nik({ day: 29, month: 2, yy })).ok).toBe(true);
    for (const yy of [1, 23, 99]) expect(parseNik(nik({ day: 29, month: 2, yy })).ok).toBe(false);
    expect(parseNik(nik({ day: 29, month: 2, yy: 0, female: true })).ok).toBe(true);
  });

  it.each([
    ['1014010101900001', 'province 10'],
    ['0914010101900001', 'province 09'],
    ['3500010101900001', 'regency 00'],
    ['3514000101900001', 'district 00'],
  ])('refuses the region of %s (%s)', (value) => {
    const result = parseNik(value);
    expect(result.ok ? '' : result.reason.en).toContain('not a region code');
  });

  it('accepts provinces 11 and 99', () => {
    expect(parseNik('1101010101900001').ok).toBe(true);
    expect(parseNik('9901010101900001').ok).toBe(true);
  });

  it.each([
    ['3514010101900000', 'Nomor urut NIK (empat angka terakhir) tidak boleh 0000'],
    ['351401010190001', 'NIK harus 16 angka'],
    ['35140101019000012', 'NIK harus 16 angka'],
    ['35.14.01.010190.0001', 'NIK harus 16 angka'],
    ['351401010190000I', 'NIK harus 16 angka'],
    ['', 'NIK belum diisi'],
  ])('refuses %j: %s', (value, message) => {
    const result = parseNik(value);
    expect(result.ok ? '' : result.reason.id).toBe(message);
  });

  it('reads back the parts a NIK was built from', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 11, max: 99 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 99 }),
        fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.boolean(),
        fc.integer({ min: 1, max: 9999 }),
        (province, regency, district, birth, female, serial) => {
          const day = birth.getUTCDate();
          const month = birth.getUTCMonth() + 1;
          const yy = birth.getUTCFullYear() % 100;
          const value = `${province}${two(regency)}${two(district)}${two(female ? day + 40 : day)}${two(month)}${two(yy)}${String(serial).padStart(4, '0')}`;
          expect(parseNik(value)).toEqual({
            ok: true,
            value: {
              regionPrefix: `${province}.${two(regency)}.${two(district)}`,
              birthDate: { day, month, yy },
              sex: female ? 'female' : 'male',
              serial: String(serial).padStart(4, '0'),
            },
          });
        },
      ),
    );
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.stringMatching(/^\d{16}$/),
          fc.stringMatching(/^[\d ]{10,20}$/),
        ),
        (input) => {
          const result = parseNik(input);
          if (!result.ok) expect(result.reason.en).not.toBe('');
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('Nik', () => {
  it('accepts a NIK of 16 digits and refuses a spaced one (the wire carries digits only)', () => {
    expect(Nik.safeParse('3514014101900001').success).toBe(true);
    expect(Nik.safeParse('3514 0141 0190 0001').success).toBe(false);
  });

  it('says what is wrong, naming the field, in both languages', () => {
    const Person = z.object({ nik: Nik });
    const id = validate(Person, { nik: '3514013002900001' });
    const en = validate(Person, { nik: '3514013002900001' }, 'en');
    expect(id.success ? [] : id.errors.map((e) => e.message)).toEqual([
      `nik: ${REASON_BIRTH_DATE}`,
    ]);
    expect(en.success ? [] : en.errors.map((e) => e.message)).toEqual([
      'nik: The date of birth in the NIK (digits 7 to 12) is not a real date',
    ]);
  });

  it('is marked as personal data in JSON Schema', () => {
    expect(z.toJSONSchema(Nik)).toMatchObject({
      type: 'string',
      pattern: '^[1-9]\\d{15}$',
      'x-personal-data': true,
    });
  });

  it('only ever fails with a ZodError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.stringMatching(/^\d{16}$/)), (input) => {
        try {
          Nik.parse(input);
        } catch (error) {
          expect(error).toBeInstanceOf(z.core.$ZodError);
        }
      }),
    );
  });
});

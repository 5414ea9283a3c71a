import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validate } from './i18n.js';
import {
  DistrictCode,
  ProvinceCode,
  parseRegionCode,
  RegencyCode,
  RegionCode,
  timeZoneOf,
  VillageCode,
} from './region.js';

describe('parseRegionCode', () => {
  it('reads a province', () => {
    expect(parseRegionCode('35')).toEqual({
      ok: true,
      value: { code: '35', level: 'province', province: '35', ancestors: [] },
    });
  });

  it('tells Kabupaten Pasuruan (35.14) from Kota Pasuruan (35.75)', () => {
    expect(parseRegionCode('35.14')).toEqual({
      ok: true,
      value: {
        code: '35.14',
        level: 'regency',
        province: '35',
        regency: '35.14',
        regencyKind: 'kabupaten',
        ancestors: ['35'],
      },
    });
    expect(parseRegionCode('35.75')).toMatchObject({
      ok: true,
      value: { level: 'regency', regencyKind: 'kota' },
    });
  });

  it('reads a kecamatan: 35.14.01 Purwodadi', () => {
    expect(parseRegionCode('35.14.01')).toEqual({
      ok: true,
      value: {
        code: '35.14.01',
        level: 'district',
        province: '35',
        regency: '35.14',
        district: '35.14.01',
        regencyKind: 'kabupaten',
        ancestors: ['35', '35.14'],
      },
    });
  });

  it('reads a desa: 35.14.01.2001 Gerbo', () => {
    expect(parseRegionCode('35.14.01.2001')).toEqual({
      ok: true,
      value: {
        code: '35.14.01.2001',
        level: 'village',
        province: '35',
        regency: '35.14',
        district: '35.14.01',
        regencyKind: 'kabupaten',
        villageKind: 'desa',
        ancestors: ['35', '35.14', '35.14.01'],
      },
    });
  });

  it.each([
    ['35.14.06.1024', 'kelurahan'], // Kejayan, Kab. Pasuruan
    ['91.03.01.3007', 'desa-adat'], // Desa Adat Yoboi, Kab. Jayapura
    ['35.75.01.1001', 'kelurahan'], // Karangketug, Kota Pasuruan
  ] as const)('reads the kind of village %s: %s', (code, villageKind) => {
    expect(parseRegionCode(code)).toMatchObject({ ok: true, value: { villageKind } });
  });

  it.each([
    ['3514', 'harus berupa kode wilayah Kemendagri', 'must be a Kemendagri region code'],
    ['35.14.1', 'harus berupa kode wilayah Kemendagri', 'must be a Kemendagri region code'],
    [' 35.14', 'harus berupa kode wilayah Kemendagri', 'must be a Kemendagri region code'],
    ['', 'harus berupa kode wilayah Kemendagri', 'must be a Kemendagri region code'],
    ['35.00', 'bagian kabupaten/kota harus 01–69', 'the regency part must be 01–69'],
    ['35.70.01', 'bagian kabupaten/kota harus 01–69', 'the regency part must be 01–69'],
    ['35.14.01.4001', 'bagian desa harus diawali 1', 'the village part must start with 1'],
    ['35.14.01.0001', 'bagian desa harus diawali 1', 'the village part must start with 1'],
  ])('refuses %j in both languages', (code, id, en) => {
    const result = parseRegionCode(code);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.id).toContain(id);
    expect(result.reason.en).toContain(en);
  });

  it('refuses a value that is not a string instead of throwing', () => {
    expect(parseRegionCode(3514 as unknown as string).ok).toBe(false);
  });
});

describe('region code schemas', () => {
  const Form = z.object({
    provinsi: ProvinceCode,
    kabupaten: RegencyCode,
    kecamatan: DistrictCode,
    desa: VillageCode,
    wilayah: RegionCode,
  });
  const valid = {
    provinsi: '35',
    kabupaten: '35.14',
    kecamatan: '35.14.01',
    desa: '35.14.01.2001',
    wilayah: '35.75',
  };

  it('accept the real codes of Pasuruan', () => {
    expect(validate(Form, valid)).toEqual({ success: true, data: valid });
  });

  it('say which format each level expects, in Indonesian and English', () => {
    const wrong = {
      provinsi: '035',
      kabupaten: '35-14',
      kecamatan: '35.14',
      desa: '35.14.01.201',
      wilayah: '35.14.01.2001.1',
    };
    const messages = (lang: 'id' | 'en') => {
      const result = validate(Form, wrong, lang);
      return result.success ? [] : result.errors.map((e) => e.message);
    };
    expect(messages('id')).toEqual([
      'provinsi: harus berupa kode provinsi NN, mis. 35',
      'kabupaten: harus berupa kode kabupaten/kota NN.NN, mis. 35.14',
      'kecamatan: harus berupa kode kecamatan NN.NN.NN, mis. 35.14.01',
      'desa: harus berupa kode desa/kelurahan NN.NN.NN.NNNN, mis. 35.14.01.2001',
      'wilayah: harus berupa kode wilayah Kemendagri NN, NN.NN, NN.NN.NN atau NN.NN.NN.NNNN',
    ]);
    expect(messages('en')).toEqual([
      'provinsi: must be a province code NN, e.g. 35',
      'kabupaten: must be a regency or city code NN.NN, e.g. 35.14',
      'kecamatan: must be a district (kecamatan) code NN.NN.NN, e.g. 35.14.01',
      'desa: must be a village (desa/kelurahan) code NN.NN.NN.NNNN, e.g. 35.14.01.2001',
      'wilayah: must be a Kemendagri region code NN, NN.NN, NN.NN.NN or NN.NN.NN.NNNN',
    ]);
  });

  it('report a wrong format once, without judging its digits', () => {
    expect(RegencyCode.safeParse('35.7x').error?.issues).toHaveLength(1);
    expect(VillageCode.safeParse('35.70.01.900x').error?.issues).toHaveLength(1);
  });

  it('refuse impossible kind digits with one message each', () => {
    const result = validate(Form, { ...valid, kabupaten: '35.70', desa: '35.14.01.9001' }, 'en');
    expect(result.success ? [] : result.errors.map((e) => e.message)).toEqual([
      'kabupaten: the regency part must be 01–69 (kabupaten) or 71–99 (kota)',
      'desa: the village part must start with 1 (kelurahan), 2 (desa) or 3 (desa adat)',
    ]);
  });
});

describe('timeZoneOf', () => {
  /** Keppres 41/1987; Kalimantan Utara (2012) and the Papua provinces (2022) kept their zones. */
  const expected: Record<string, [string, string, number]> = {
    '11': ['WIB', 'Asia/Jakarta', 420],
    '12': ['WIB', 'Asia/Jakarta', 420],
    '13': ['WIB', 'Asia/Jakarta', 420],
    '14': ['WIB', 'Asia/Jakarta', 420],
    '15': ['WIB', 'Asia/Jakarta', 420],
    '16': ['WIB', 'Asia/Jakarta', 420],
    '17': ['WIB', 'Asia/Jakarta', 420],
    '18': ['WIB', 'Asia/Jakarta', 420],
    '19': ['WIB', 'Asia/Jakarta', 420],
    '21': ['WIB', 'Asia/Jakarta', 420],
    '31': ['WIB', 'Asia/Jakarta', 420],
    '32': ['WIB', 'Asia/Jakarta', 420],
    '33': ['WIB', 'Asia/Jakarta', 420],
    '34': ['WIB', 'Asia/Jakarta', 420],
    '35': ['WIB', 'Asia/Jakarta', 420],
    '36': ['WIB', 'Asia/Jakarta', 420],
    '51': ['WITA', 'Asia/Makassar', 480],
    '52': ['WITA', 'Asia/Makassar', 480],
    '53': ['WITA', 'Asia/Makassar', 480],
    '61': ['WIB', 'Asia/Pontianak', 420],
    '62': ['WIB', 'Asia/Pontianak', 420],
    '63': ['WITA', 'Asia/Makassar', 480],
    '64': ['WITA', 'Asia/Makassar', 480],
    '65': ['WITA', 'Asia/Makassar', 480],
    '71': ['WITA', 'Asia/Makassar', 480],
    '72': ['WITA', 'Asia/Makassar', 480],
    '73': ['WITA', 'Asia/Makassar', 480],
    '74': ['WITA', 'Asia/Makassar', 480],
    '75': ['WITA', 'Asia/Makassar', 480],
    '76': ['WITA', 'Asia/Makassar', 480],
    '81': ['WIT', 'Asia/Jayapura', 540],
    '82': ['WIT', 'Asia/Jayapura', 540],
    '91': ['WIT', 'Asia/Jayapura', 540],
    '92': ['WIT', 'Asia/Jayapura', 540],
    '93': ['WIT', 'Asia/Jayapura', 540],
    '94': ['WIT', 'Asia/Jayapura', 540],
    '95': ['WIT', 'Asia/Jayapura', 540],
    '96': ['WIT', 'Asia/Jayapura', 540],
  };

  it('covers the 38 provinces', () => {
    expect(Object.keys(expected)).toHaveLength(38);
  });

  it.each(Object.entries(expected))('province %s is %j', (code, [abbreviation, iana, offset]) => {
    expect(timeZoneOf(code)).toEqual({
      ok: true,
      value: { abbreviation, iana, utcOffsetMinutes: offset },
    });
  });

  it('agrees with the IANA database about every offset', () => {
    const winter = new Date('2026-01-15T00:00:00Z');
    for (const code of Object.keys(expected)) {
      const result = timeZoneOf(code);
      if (!result.ok) throw new Error(`no zone for ${code}`);
      const { iana, utcOffsetMinutes } = result.value;
      const name = new Intl.DateTimeFormat('en', { timeZone: iana, timeZoneName: 'longOffset' })
        .formatToParts(winter)
        .find((part) => part.type === 'timeZoneName')?.value;
      expect(name).toBe(`GMT+0${utcOffsetMinutes / 60}:00`);
    }
  });

  it('follows a village to its province', () => {
    expect(timeZoneOf('35.14.01.2001')).toMatchObject({ ok: true, value: { abbreviation: 'WIB' } });
    expect(timeZoneOf('61.71')).toMatchObject({ ok: true, value: { iana: 'Asia/Pontianak' } });
    expect(timeZoneOf('91.03.01.3007')).toMatchObject({ ok: true, value: { abbreviation: 'WIT' } });
  });

  it.each(['97', '00', '20.01', '99.71.01'])('refuses the unknown province of %s', (code) => {
    const province = code.slice(0, 2);
    expect(timeZoneOf(code)).toEqual({
      ok: false,
      reason: {
        id: `kode provinsi ${province} tidak dikenal`,
        en: `province code ${province} is unknown`,
      },
    });
  });

  it('refuses a malformed code with the format message', () => {
    expect(timeZoneOf('35.14.1')).toEqual(parseRegionCode('35.14.1'));
  });
});

describe('properties', () => {
  const codeLike = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.stringMatching(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/),
    fc
      .array(fc.constantFrom('0', '1', '2', '3', '5', '7', '9', '.', ' ', 'a'), { maxLength: 16 })
      .map((chars) => chars.join('')),
  );
  const schemas = [ProvinceCode, RegencyCode, DistrictCode, VillageCode, RegionCode];

  it('parsing any string gives a result, never a throw', () => {
    fc.assert(
      fc.property(codeLike, (code) => {
        const result = parseRegionCode(code);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(timeZoneOf(code)).toEqual(result);
      }),
    );
  });

  it('the schemas throw only ZodError, and agree with parseRegionCode', () => {
    fc.assert(
      fc.property(fc.oneof(codeLike, fc.anything()), (code) => {
        for (const schema of schemas) {
          try {
            schema.parse(code);
          } catch (error) {
            expect(error).toBeInstanceOf(z.core.$ZodError);
          }
        }
        expect(RegionCode.safeParse(code).success).toBe(parseRegionCode(code as string).ok);
      }),
    );
  });

  it('a valid code lists as many ancestors as levels above it', () => {
    fc.assert(
      fc.property(codeLike, (code) => {
        const result = parseRegionCode(code);
        if (!result.ok) return;
        const { ancestors, level } = result.value;
        expect(ancestors).toHaveLength(
          ['province', 'regency', 'district', 'village'].indexOf(level),
        );
        for (const ancestor of ancestors) expect(code.startsWith(`${ancestor}.`)).toBe(true);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validate } from '../common/i18n.js';
import {
  BidangUrusanCode,
  isProgramPenunjang,
  isWithinNomenclature,
  KegiatanCode,
  LATEST_NOMENCLATURE_REGULATION,
  NOMENCLATURE_REGULATIONS,
  NomenclatureCode,
  NomenclatureCodeSet,
  NomenclatureEntry,
  NomenclatureRegulation,
  ProgramCode,
  parseNomenclatureCode,
  SubKegiatanCode,
  UrusanCode,
} from './nomenclature.js';

describe('parseNomenclatureCode', () => {
  it('reads the example chain of Permendagri 90/2019 down to its sub kegiatan', () => {
    expect(parseNomenclatureCode('1')).toEqual({
      ok: true,
      value: { code: '1', level: 'urusan', urusan: '1', parents: [] },
    });
    expect(parseNomenclatureCode('1.01')).toEqual({
      ok: true,
      value: { code: '1.01', level: 'bidang', urusan: '1', bidang: '1.01', parents: ['1'] },
    });
    expect(parseNomenclatureCode('1.01.02')).toEqual({
      ok: true,
      value: {
        code: '1.01.02',
        level: 'program',
        urusan: '1',
        bidang: '1.01',
        program: '1.01.02',
        penunjang: false,
        parents: ['1', '1.01'],
      },
    });
    expect(parseNomenclatureCode('1.01.02.2.01')).toEqual({
      ok: true,
      value: {
        code: '1.01.02.2.01',
        level: 'kegiatan',
        urusan: '1',
        bidang: '1.01',
        program: '1.01.02',
        penunjang: false,
        kegiatan: '1.01.02.2.01',
        governmentLevel: 'kabupaten-kota',
        parents: ['1', '1.01', '1.01.02'],
      },
    });
    expect(parseNomenclatureCode('1.01.02.2.01.0001')).toEqual({
      ok: true,
      value: {
        code: '1.01.02.2.01.0001',
        level: 'sub-kegiatan',
        urusan: '1',
        bidang: '1.01',
        program: '1.01.02',
        penunjang: false,
        kegiatan: '1.01.02.2.01',
        governmentLevel: 'kabupaten-kota',
        subKegiatanDigits: 4,
        parents: ['1', '1.01', '1.01.02', '1.01.02.2.01'],
      },
    });
  });

  it('tells the 2-digit sub kegiatan of the 2019–2021 acts from the 4-digit one since 2023', () => {
    expect(parseNomenclatureCode('2.17.03.2.01.01')).toMatchObject({
      ok: true,
      value: { level: 'sub-kegiatan', subKegiatanDigits: 2, kegiatan: '2.17.03.2.01' },
    });
    expect(parseNomenclatureCode('2.17.03.2.01.0001')).toMatchObject({
      ok: true,
      value: { subKegiatanDigits: 4 },
    });
  });

  it('reads the government level digit of a kegiatan: 1 provinsi, 2 kabupaten/kota', () => {
    expect(parseNomenclatureCode('1.01.02.1.01')).toMatchObject({
      ok: true,
      value: { governmentLevel: 'provinsi' },
    });
  });

  it('marks X.XX.01 as the Program Penunjang of any bidang', () => {
    for (const code of ['1.01.01', '2.17.01', '7.01.01.2.01', '5.01.01.2.02.0001']) {
      expect(isProgramPenunjang(code), code).toBe(true);
    }
    for (const code of ['1.01.02', '2.17', '2', '2.17.03.2.01.0001', 'X.XX.01']) {
      expect(isProgramPenunjang(code), code).toBe(false);
    }
  });

  it.each([
    ['', 'must be a nomenclature code'],
    ['1.1', 'must be a nomenclature code'],
    ['1.01.02.2', 'must be a nomenclature code'],
    ['1.01.02.2.01.001', 'must be a nomenclature code'],
    ['1.01.02.2.01.00001', 'must be a nomenclature code'],
    ['X.XX.01', 'must be a nomenclature code'],
    [' 1.01', 'must be a nomenclature code'],
    ['0', 'the urusan digit must be 1–8'],
    ['9.01', 'the urusan digit must be 1–8'],
    ['1.00', 'cannot be all zeros'],
    ['1.01.00', 'cannot be all zeros'],
    ['1.01.02.2.00', 'cannot be all zeros'],
    ['1.01.02.2.01.0000', 'cannot be all zeros'],
    ['1.01.02.2.01.00', 'cannot be all zeros'],
    ['1.01.02.3.01', 'must be 1 (provinsi) or 2 (kabupaten/kota)'],
    ['1.01.02.0.01', 'must be 1 (provinsi) or 2 (kabupaten/kota)'],
  ])('refuses %j', (code, en) => {
    const result = parseNomenclatureCode(code);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.en).toContain(en);
  });

  it('refuses a value that is not a string instead of throwing', () => {
    expect(parseNomenclatureCode(1.01 as unknown as string).ok).toBe(false);
  });

  it('knows which codes lie below which', () => {
    expect(isWithinNomenclature('2.17.03.2.01.0001', '2.17')).toBe(true);
    expect(isWithinNomenclature('2.17', '2.17')).toBe(true);
    expect(isWithinNomenclature('2.170', '2.17')).toBe(false);
    expect(isWithinNomenclature('2.16.01', '2.17')).toBe(false);
  });
});

describe('code schemas', () => {
  it('accept only their own level, with the expected format in the message', () => {
    const Row = z.object({
      urusan: UrusanCode,
      bidang: BidangUrusanCode,
      program: ProgramCode,
      kegiatan: KegiatanCode,
      subKegiatan: SubKegiatanCode,
      any: NomenclatureCode,
    });
    const good = {
      urusan: '2',
      bidang: '2.17',
      program: '2.17.03',
      kegiatan: '2.17.03.2.01',
      subKegiatan: '2.17.03.2.01.0001',
      any: '2.17.03.2.01',
    };
    expect(validate(Row, good)).toEqual({ success: true, data: good });
    const shifted = {
      urusan: '2.17',
      bidang: '2',
      program: '2.17.03.2.01',
      kegiatan: '2.17.03',
      subKegiatan: '2.17.03.2.01',
      any: '2.17.3',
    };
    const result = validate(Row, shifted, 'en');
    expect(result.success ? [] : result.errors.map((e) => e.message)).toEqual([
      'urusan: must be an urusan code U, e.g. 1',
      'bidang: must be a bidang urusan code U.BB, e.g. 2.17',
      'program: must be a program code U.BB.PP, e.g. 1.01.02',
      'kegiatan: must be a kegiatan code U.BB.PP.L.KK, e.g. 1.01.02.2.01',
      'subKegiatan: must be a sub kegiatan code U.BB.PP.L.KK.SSSS (or .SS in the 2019–2021 acts), e.g. 1.01.02.2.01.0001',
      'any: must be a nomenclature code U, U.BB, U.BB.PP, U.BB.PP.L.KK or U.BB.PP.L.KK.SSSS, e.g. 1.01.02.2.01.0001',
    ]);
  });
});

describe('nomenclature regulations', () => {
  it('lists Permendagri 90/2019 and its six updates in order, with their years', () => {
    expect(
      NomenclatureRegulation.options.map((id) => {
        const act = NOMENCLATURE_REGULATIONS[id];
        return `${act.kind} ${act.number}/${act.year} ${act.signedOn} ${act.subKegiatanDigits}`;
      }),
    ).toEqual([
      'permendagri 90/2019 2019-10-18 2',
      'kepmendagri 050-3708/2020 2020-10-05 2',
      'kepmendagri 050-5889/2021 2021-12-27 2',
      'kepmendagri 900.1.15.5-1317/2023 2023-06-23 4',
      'kepmendagri 900.1.15.5-3406/2024 2024-08-27 4',
      'kepmendagri 900.1-2850/2025 2025-07-31 4',
      'kepmendagri 900.1-861/2026 2026-05-07 4',
    ]);
    expect(NOMENCLATURE_REGULATIONS[LATEST_NOMENCLATURE_REGULATION].title).toBe(
      'Keputusan Menteri Dalam Negeri Nomor 900.1-861 Tahun 2026',
    );
  });

  it('keeps every id equal to its key', () => {
    for (const [id, act] of Object.entries(NOMENCLATURE_REGULATIONS)) expect(act.id).toBe(id);
  });
});

describe('NomenclatureEntry and NomenclatureCodeSet', () => {
  const entry = {
    code: '2.17.03.2.01.0001',
    name: 'Fasilitasi Kemudahan Perizinan Berusaha Usaha Mikro',
    regulation: 'kepmendagri-900.1-861-2026',
    kinerja: 'Terfasilitasinya perizinan usaha mikro',
    indikator: 'Jumlah usaha mikro yang difasilitasi perizinannya',
    satuan: 'Unit Usaha',
  } as const;

  it('accepts a sub kegiatan with its kinerja, indikator and satuan', () => {
    expect(NomenclatureEntry.safeParse(entry).success).toBe(true);
  });

  it('refuses a sub kegiatan width its act does not use', () => {
    const result = validate(
      NomenclatureEntry,
      { ...entry, regulation: 'kepmendagri-050-5889-2021' },
      'en',
    );
    expect(result.success ? [] : result.errors.map((e) => e.path)).toEqual(['code']);
    expect(
      NomenclatureEntry.safeParse({
        ...entry,
        code: '2.17.03.2.01.01',
        regulation: 'permendagri-90-2019',
      }).success,
    ).toBe(true);
    expect(NomenclatureEntry.safeParse({ ...entry, code: '2.17.03.2.01.01' }).success).toBe(false);
    expect(
      NomenclatureEntry.safeParse({ code: '2.17', name: 'KUKM', regulation: 'permendagri-90-2019' })
        .success,
    ).toBe(true);
  });

  it('keeps a code set to one act and no repeated code', () => {
    const set = {
      regulation: 'kepmendagri-900.1-861-2026',
      entries: [entry, { ...entry, code: '2.17.03.2.01.0002' }],
    };
    expect(NomenclatureCodeSet.safeParse(set).success).toBe(true);
    expect(
      NomenclatureCodeSet.safeParse({ ...set, entries: [entry, entry] }).error?.issues[0]?.message,
    ).toBe('kode nomenklatur tidak boleh berulang');
    expect(
      NomenclatureCodeSet.safeParse({ ...set, regulation: 'kepmendagri-900.1-2850-2025' }).error
        ?.issues[0]?.message,
    ).toBe('setiap baris harus mengikuti aturan yang sama dengan himpunan kodenya');
  });
});

describe('properties', () => {
  const codeLike = fc.oneof(
    fc.string(),
    fc.stringMatching(/^\d(\.\d{2}(\.\d{2}(\.\d\.\d{2}(\.(\d{2}|\d{4}))?)?)?)?$/),
    fc
      .array(fc.constantFrom('0', '1', '2', '9', '.', 'X'), { maxLength: 20 })
      .map((chars) => chars.join('')),
  );

  it('any string gives a result, and the schema agrees with the parser', () => {
    fc.assert(
      fc.property(codeLike, (code) => {
        const result = parseNomenclatureCode(code);
        expect(NomenclatureCode.safeParse(code).success).toBe(result.ok && code.length <= 24);
        if (!result.ok) return;
        const { parents, level } = result.value;
        expect(parents).toHaveLength(
          ['urusan', 'bidang', 'program', 'kegiatan', 'sub-kegiatan'].indexOf(level),
        );
        for (const parent of parents) expect(code.startsWith(`${parent}.`)).toBe(true);
      }),
    );
  });

  it('the JSON Schema pattern of each level admits every code the parser accepts', () => {
    const schemas = {
      urusan: UrusanCode,
      bidang: BidangUrusanCode,
      program: ProgramCode,
      kegiatan: KegiatanCode,
      'sub-kegiatan': SubKegiatanCode,
    } as const;
    const any = new RegExp((z.toJSONSchema(NomenclatureCode) as { pattern: string }).pattern);
    fc.assert(
      fc.property(codeLike, (code) => {
        const result = parseNomenclatureCode(code);
        if (!result.ok) return;
        expect(any.test(code)).toBe(true);
        const own = z.toJSONSchema(schemas[result.value.level]) as { pattern: string };
        expect(new RegExp(own.pattern).test(code)).toBe(true);
      }),
    );
  });

  it('the schemas throw only ZodError', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const schema of [NomenclatureCode, SubKegiatanCode, NomenclatureEntry]) {
          try {
            schema.parse(value);
          } catch (error) {
            expect(error).toBeInstanceOf(z.core.$ZodError);
          }
        }
      }),
    );
  });
});

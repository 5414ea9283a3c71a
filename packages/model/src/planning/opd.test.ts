import { describe, expect, it } from 'vitest';
import { validate } from '../common/i18n.js';
import { matchesOpdQuery, Opd, OpdListQuery, OpdUpdate, opdsCarrying } from './opd.js';

const diskopum = {
  id: 'diskopum',
  name: 'Dinas Koperasi dan Usaha Mikro',
  shortName: 'Diskopum',
  kind: 'dinas',
  bidang: ['2.17', '3.30'],
  sipdCode: '2.17.3.30.0.00.01.0000',
  officeAddress: 'Jl. Raya Raci, Bangil',
  officePhone: '+62343123456',
  officeEmail: 'diskopum@pasuruankab.go.id',
  website: 'https://diskopum.pasuruankab.go.id',
} as const;

describe('Opd', () => {
  it('carries several bidang urusan and the contacts of its office', () => {
    expect(Opd.parse(diskopum)).toEqual(diskopum);
  });

  it('refuses a malformed or repeated bidang, and an OPD with none', () => {
    const messages = (bidang: unknown) => {
      const result = validate(Opd, { ...diskopum, bidang }, 'en');
      return result.success ? [] : result.errors.map((e) => e.message);
    };
    expect(messages(['2.17', '2.17'])).toEqual(['bidang: a bidang urusan cannot repeat']);
    expect(messages([])).toEqual(['bidang: must have at least 1 items']);
    expect(messages(['2.1'])).toHaveLength(1);
  });

  it('asks a kecamatan for its district code', () => {
    const kecamatan = {
      id: 'kec-purwodadi',
      name: 'Kecamatan Purwodadi',
      shortName: 'Kec. Purwodadi',
      kind: 'kecamatan',
      bidang: ['7.01'],
    };
    const result = validate(Opd, kecamatan, 'en');
    expect(result.success ? [] : result.errors.map((e) => e.message)).toEqual([
      'districtCode: an OPD of kind kecamatan must name its district code',
    ]);
    expect(Opd.safeParse({ ...kecamatan, districtCode: '35.14.01' }).success).toBe(true);
  });

  it('refuses an office phone that is not Indonesian, or a malformed SIPD code', () => {
    expect(Opd.safeParse({ ...diskopum, officePhone: '+15551234567' }).success).toBe(false);
    expect(Opd.safeParse({ ...diskopum, sipdCode: '2.17.3.30' }).success).toBe(false);
    expect(Opd.safeParse({ ...diskopum, website: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('replaces every field but the id on update', () => {
    const { id: _, ...fields } = diskopum;
    expect(OpdUpdate.safeParse(fields).success).toBe(true);
    expect(OpdUpdate.parse({ ...fields, id: 'other' })).not.toHaveProperty('id');
  });
});

describe('routing by bidang urusan', () => {
  const opds = [
    { id: 'diskopum', bidang: ['2.17', '3.30'] },
    { id: 'disperindag', bidang: ['3.31'] },
    { id: 'dpupr', bidang: ['1.03'] },
  ];

  it('finds the OPDs that carry a bidang', () => {
    expect(opdsCarrying(opds, '3.30').map((o) => o.id)).toEqual(['diskopum']);
    expect(opdsCarrying(opds, '2.16')).toEqual([]);
  });

  it('filters a list by bidang, kind and text', () => {
    const opd = Opd.parse(diskopum);
    expect(matchesOpdQuery(opd, { bidang: '3.30' })).toBe(true);
    expect(matchesOpdQuery(opd, { bidang: '1.03' })).toBe(false);
    expect(matchesOpdQuery(opd, { kind: 'badan' })).toBe(false);
    expect(matchesOpdQuery(opd, { text: 'koperasi' })).toBe(true);
    expect(matchesOpdQuery(opd, { text: 'DISKOPUM' })).toBe(true);
    expect(OpdListQuery.parse({ bidang: '2.17', limit: '5' })).toEqual({
      bidang: '2.17',
      limit: 5,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { searchRegions, UnknownRegionError } from './index.js';

const codes = async (text: string, options?: Parameters<typeof searchRegions>[1]) =>
  (await searchRegions(text, options)).map((region) => region.code);

describe('searchRegions', () => {
  it('understands "kab" and "kota": kab pasuruan is 35.14, kota pasuruan is 35.75', async () => {
    expect((await codes('kab pasuruan'))[0]).toBe('35.14');
    expect((await codes('Kab. Pasuruan'))[0]).toBe('35.14');
    expect((await codes('kabupaten pasuruan'))[0]).toBe('35.14');
    expect((await codes('kota pasuruan'))[0]).toBe('35.75');
  });

  it('ranks both Pasuruan regencies above the villages named Pasuruan', async () => {
    expect(await codes('pasuruan', { limit: 5 })).toEqual([
      '35.14',
      '35.75',
      '18.01.09.2009',
      '32.09.04.2007',
      '33.23.01.2012',
    ]);
  });

  it('finds the kecamatan Purwodadi of Kabupaten Pasuruan', async () => {
    expect(await codes('kec purwodadi')).toEqual(['16.05.13', '33.06.03', '33.15.13', '35.14.01']);
    expect(await codes('kec purwodadi', { within: '35.14' })).toEqual(['35.14.01']);
    expect(await codes('purwodadi', { within: '35.14' })).toEqual(['35.14.01', '35.14.01.2005']);
    expect(await codes('purwodadi', { limit: 100 })).toContain('35.14.01');
  });

  it('ranks exact names first, then prefixes, then names that contain the text', async () => {
    expect(await codes('rejoso', { within: '35.14' })).toEqual([
      '35.14.23', // Rejoso
      '35.14.23.2007', // Rejoso Kidul
      '35.14.23.2012', // Rejosolor
    ]);
    expect(await codes('rejo', { within: '35.14', limit: 7 })).toEqual([
      '35.14.23', // Rejoso: a district before the villages
      '35.14.05.2012', // Rejosalam
      '35.14.16.2017', // Rejosari
      '35.14.23.2007', // Rejoso Kidul
      '35.14.23.2012', // Rejosolor
      '35.14.07', // Wonorejo: contains, a district first
      '35.14.09', // Sukorejo
    ]);
  });

  it('ignores case, accents and apostrophes', async () => {
    expect(await codes('REGAPUU')).toEqual(['53.07.01.2021']);
    expect(await codes("regapu'u")).toEqual(['53.07.01.2021']);
    expect(await codes('Gérbo', { within: '35.14' })).toEqual(['35.14.01.2001']);
    expect(await codes('raas', { level: 'district' })).toEqual(['35.29.22']);
  });

  it('knows DKI, DIY and provinces by their short names', async () => {
    expect(await codes('dki jakarta', { level: 'province' })).toEqual(['31']);
    expect(await codes('yogyakarta', { level: 'province' })).toEqual(['34']);
    expect((await codes('prov jawa timur'))[0]).toBe('35');
    expect((await codes('jakarta pusat'))[0]).toBe('31.71');
  });

  it('finds a desa adat with or without its prefix', async () => {
    expect((await codes('desa adat yoboi'))[0]).toBe('91.03.01.3007');
    expect((await codes('yoboi', { within: '91.03' }))[0]).toBe('91.03.01.3007');
    expect((await codes('desa baru', { within: '13' }))[0]).toBe('13.12.07.2002');
  });

  it('keeps to the level asked for', async () => {
    expect(await codes('pasuruan', { level: 'regency' })).toEqual(['35.14', '35.75']);
    expect(await codes('kec purwodadi', { level: 'village' })).toEqual([]);
    const villages = await searchRegions('purwodadi', { level: 'village', limit: 20 });
    expect(villages).toHaveLength(20);
    expect(villages.every((region) => region.level === 'village')).toBe(true);
  });

  it('keeps within a subtree, the region itself excluded', async () => {
    expect(await codes('pasuruan', { within: '35' })).toEqual(['35.14', '35.75']);
    expect(await codes('gerbo', { within: '35.14.01' })).toEqual(['35.14.01.2001']);
    expect(await codes('gerbo', { within: '35.75' })).toEqual([]);
    expect(await codes('purwodadi', { within: '35.14.01' })).toEqual(['35.14.01.2005']);
  });

  it('returns at most `limit` results, and nothing for an empty query', async () => {
    expect(await codes('a', { within: '35', limit: 3 })).toHaveLength(3);
    expect(await codes('sari', { within: '35.14' })).toHaveLength(10);
    expect(await codes('a', { limit: 0 })).toEqual([]);
    expect(await codes('  .,- ')).toEqual([]);
    expect(await codes('tidak ada tempat bernama begini')).toEqual([]);
  });

  it('rejects a `within` that names no region, saying why in both languages', async () => {
    await expect(searchRegions('gerbo', { within: '35.99' })).rejects.toThrow(UnknownRegionError);
    await expect(searchRegions('gerbo', { within: '35.99' })).rejects.toMatchObject({
      regionCode: '35.99',
      reason: {
        id: 'tidak ada wilayah dengan kode 35.99',
        en: 'there is no region with code 35.99',
      },
    });
    await expect(searchRegions('gerbo', { within: '3514' })).rejects.toMatchObject({
      name: 'UnknownRegionError',
      message: expect.stringContaining('must be a Kemendagri region code'),
      reason: { id: expect.stringContaining('harus berupa kode wilayah Kemendagri') },
    });
  });
});

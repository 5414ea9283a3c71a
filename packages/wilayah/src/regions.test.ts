import { describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  DATA_SOURCE,
  getRegion,
  listChildren,
  listProvinces,
  listRegencies,
  type Region,
} from './index.js';

/** Every region, walked from the provinces down through listChildren. */
async function everyRegion(): Promise<Region[]> {
  const all: Region[] = [];
  let level: readonly Region[] = await listChildren();
  while (level.length > 0) {
    all.push(...level);
    level = (await Promise.all(level.map((region) => listChildren(region.code)))).flat();
  }
  return all;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe('the whole country (idn-area-data 4.0.1)', () => {
  it('has 38 provinces, 514 regencies, 7,285 districts and 83,762 villages', async () => {
    const all = await everyRegion();
    expect(countBy(all, (region) => region.level)).toEqual({
      province: 38,
      regency: 514,
      district: 7285,
      village: 83762,
    });
  });

  it('has 416 kabupaten and 98 kota; 75,252 desa, 14 desa adat and 8,496 kelurahan', async () => {
    const all = await everyRegion();
    const kinds = countBy(all, (region) => ('kind' in region ? region.kind : region.level));
    expect(kinds).toEqual({
      province: 38,
      kabupaten: 416,
      kota: 98,
      district: 7285,
      desa: 75252,
      'desa-adat': 14,
      kelurahan: 8496,
    });
  });

  it('lists every province once, in code order, from 11 Aceh to 96 Papua Barat Daya', () => {
    const provinces = listProvinces();
    expect(provinces).toHaveLength(38);
    expect(provinces[0]).toEqual({ code: '11', name: 'Aceh', level: 'province' });
    expect(provinces.at(-1)).toEqual({ code: '96', name: 'Papua Barat Daya', level: 'province' });
    expect(provinces.map((p) => p.code)).toEqual(provinces.map((p) => p.code).sort());
  });

  it('says where the data comes from', () => {
    expect(DATA_SOURCE).toMatchObject({
      name: 'idn-area-data',
      version: '4.0.1',
      license: 'ODbL-1.0',
    });
    expect(DATA_SOURCE.attribution.en).toMatch(/^Contains information from idn-area-data .*ODbL/);
    expect(DATA_SOURCE.attribution.id).toMatch(/^Memuat informasi dari idn-area-data .*ODbL/);
  });
});

describe('Kabupaten Pasuruan', () => {
  it('is a kabupaten of Jawa Timur; Kota Pasuruan is a kota', async () => {
    expect(await getRegion('35.14')).toEqual({
      code: '35.14',
      name: 'Kabupaten Pasuruan',
      level: 'regency',
      parentCode: '35',
      kind: 'kabupaten',
    });
    expect(await getRegion('35.75')).toMatchObject({ name: 'Kota Pasuruan', kind: 'kota' });
    const jawaTimur = listRegencies('35');
    expect(jawaTimur).toHaveLength(38);
    expect(countBy(jawaTimur, (regency) => regency.kind)).toEqual({ kabupaten: 29, kota: 9 });
  });

  it('has 24 districts, 35.14.01 Purwodadi to 35.14.24 Tosari', async () => {
    const districts = await listChildren('35.14');
    expect(districts).toHaveLength(24);
    expect(districts[0]).toEqual({
      code: '35.14.01',
      name: 'Purwodadi',
      level: 'district',
      parentCode: '35.14',
    });
    expect(districts.at(-1)).toMatchObject({ code: '35.14.24', name: 'Tosari' });
    expect(districts.map((d) => d.code)).toEqual(
      Array.from({ length: 24 }, (_, i) => `35.14.${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('has 365 villages: 341 desa and 24 kelurahan', async () => {
    const districts = await listChildren('35.14');
    const villages = (await Promise.all(districts.map((d) => listChildren(d.code)))).flat();
    expect(villages).toHaveLength(365);
    expect(countBy(villages, (village) => ('kind' in village ? village.kind : '?'))).toEqual({
      desa: 341,
      kelurahan: 24,
    });
  });

  it('has Gerbo, the first desa of Purwodadi', async () => {
    expect(await getRegion('35.14.01.2001')).toEqual({
      code: '35.14.01.2001',
      name: 'Gerbo',
      level: 'village',
      parentCode: '35.14.01',
      kind: 'desa',
    });
    expect(await getRegion('35.14.06.1024')).toMatchObject({ name: 'Kejayan', kind: 'kelurahan' });
  });
});

describe('lookups', () => {
  it('keep names as written, apostrophes and quotes included', async () => {
    expect(await getRegion('53.07.01.2021')).toMatchObject({ name: 'Regapu’u' });
    expect(await getRegion('35.29.22')).toMatchObject({ name: 'Ra"as' });
    expect(await getRegion('74.01.01.1001')).toMatchObject({ name: '19 Nopember' });
  });

  it('find the desa adat of Kabupaten Jayapura', async () => {
    expect(await getRegion('91.03.01.3007')).toEqual({
      code: '91.03.01.3007',
      name: 'Desa Adat Yoboi',
      level: 'village',
      parentCode: '91.03.01',
      kind: 'desa-adat',
    });
  });

  it('give the ancestors of a village from the province down', async () => {
    const names = (await ancestorsOf('35.14.01.2001')).map((region) => region.name);
    expect(names).toEqual(['Jawa Timur', 'Kabupaten Pasuruan', 'Purwodadi']);
    expect(await ancestorsOf('35')).toEqual([]);
  });

  it('give the provinces as the children of nothing, and no children to a village', async () => {
    expect(await listChildren()).toBe(listProvinces());
    expect(await listChildren('35.14.01.2001')).toEqual([]);
  });

  it.each(['35.99', '35.14.99', '35.14.01.2999', '97', '97.01.01.2001'])(
    'answer undefined or nothing for the unknown code %s',
    async (code) => {
      expect(await getRegion(code)).toBeUndefined();
      expect(await listChildren(code)).toEqual([]);
      expect(await ancestorsOf(code)).toEqual([]);
    },
  );

  it.each(['3514', '35.14.1', '35.70', '35.14.01.9001', '', 'Pasuruan'])(
    'treat the malformed code %j as naming no region',
    async (code) => {
      expect(await getRegion(code)).toBeUndefined();
      expect(await listChildren(code)).toEqual([]);
      expect(await ancestorsOf(code)).toEqual([]);
      expect(listRegencies(code)).toEqual([]);
    },
  );

  it('hand out frozen regions, so one caller cannot change another’s', async () => {
    const regency = await getRegion('35.14');
    expect(Object.isFrozen(regency)).toBe(true);
    expect(Object.isFrozen(await listChildren('35.14'))).toBe(true);
    expect(Object.isFrozen(listProvinces())).toBe(true);
  });
});

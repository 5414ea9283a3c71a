import { describe, expect, it } from 'vitest';
import { ancestorsOf, getRegion, listChildren, searchRegions } from './index.js';

describe('@cerdas/wilayah in Chromium', () => {
  it('looks up Kabupaten Pasuruan and its districts, loading Jawa Timur only', async () => {
    expect(await getRegion('35.14')).toMatchObject({
      name: 'Kabupaten Pasuruan',
      kind: 'kabupaten',
    });
    const districts = await listChildren('35.14');
    expect(districts.map((d) => d.name).slice(0, 3)).toEqual(['Purwodadi', 'Tutur', 'Puspo']);
    expect(districts).toHaveLength(24);
    expect((await ancestorsOf('35.14.01.2001')).map((r) => r.code)).toEqual([
      '35',
      '35.14',
      '35.14.01',
    ]);

    const shards = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /\/generated\/provinces\/\d{2}\.ts/.test(name));
    expect(shards.map((name) => name.match(/provinces\/(\d{2})\.ts/)?.[1])).toEqual(['35']);
  });

  it('searches within the regency, the way a widget does', async () => {
    const results = await searchRegions('kec purwodadi', { within: '35.14' });
    expect(results).toEqual([
      { code: '35.14.01', name: 'Purwodadi', level: 'district', parentCode: '35.14' },
    ]);
    expect((await searchRegions('gerbo', { within: '35.14' }))[0]?.code).toBe('35.14.01.2001');
    expect((await searchRegions('kota pasuruan', { level: 'regency' }))[0]?.code).toBe('35.75');
  });
});

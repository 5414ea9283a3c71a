// Cold: a fresh copy of the package (vi.resetModules), so the province shard is imported and
// decoded again, as on a page's first lookup. Warm: the same call once the shard is cached.
// Runs against dist/ (what users get): `pnpm bench` builds first.
import { bench, describe, vi } from 'vitest';

type Wilayah = typeof import('../dist/index.js');

async function fresh(): Promise<Wilayah> {
  vi.resetModules();
  return import('../dist/index.js');
}

const warm = await import('../dist/index.js');
await warm.searchRegions('load every shard');

describe('getRegion 35.14.01.2001 (Gerbo)', () => {
  bench('cold: imports and decodes the Jawa Timur shard', async () => {
    await (await fresh()).getRegion('35.14.01.2001');
  });
  bench('warm', async () => {
    await warm.getRegion('35.14.01.2001');
  });
});

describe('listChildren 35.14 (24 districts)', () => {
  bench('cold', async () => {
    await (await fresh()).listChildren('35.14');
  });
  bench('warm', async () => {
    await warm.listChildren('35.14');
  });
});

describe('searchRegions "kec purwodadi" within 35.14', () => {
  bench('cold', async () => {
    await (await fresh()).searchRegions('kec purwodadi', { within: '35.14' });
  });
  bench('warm', async () => {
    await warm.searchRegions('kec purwodadi', { within: '35.14' });
  });
});

describe('searchRegions "purwodadi" in the whole country (all 38 shards)', () => {
  bench(
    'cold',
    async () => {
      await (await fresh()).searchRegions('purwodadi');
    },
    { iterations: 10, time: 0 },
  );
  bench('warm', async () => {
    await warm.searchRegions('purwodadi');
  });
});

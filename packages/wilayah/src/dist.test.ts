// What `build` ships: one file per province, loaded only on demand, each with its notice.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listProvinces } from './index.js';

const dist = new URL('../dist/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dist), 'utf8');

describe('dist/', () => {
  it('has one shard per province', () => {
    const files = readdirSync(new URL('provinces/', dist)).filter((file) => file.endsWith('.js'));
    expect(files.sort()).toEqual(listProvinces().map((province) => `${province.code}.js`));
  });

  it('imports no shard from index.js until asked to', () => {
    const index = read('index.js');
    const staticImports = [...index.matchAll(/^import .* from ['"](.+)['"];?$/gm)].map((m) => m[1]);
    // './regencies.js' only for the synchronous listRegencies: bundlers drop it without it.
    expect(staticImports).toEqual(['@cerdas/model/common', './regencies.js']);
    const dynamicImports = [...index.matchAll(/import\(['"](.+?)['"]\)/g)].map((m) => m[1]);
    expect(dynamicImports).toHaveLength(39);
    expect(dynamicImports).toContain('./provinces/35.js');
    expect(dynamicImports).toContain('./regencies.js');
  });

  it('keeps the ODbL notice in every data file', () => {
    const files = [
      'index.js',
      'regencies.js',
      ...listProvinces().map((p) => `provinces/${p.code}.js`),
    ];
    for (const file of files) {
      expect(read(file), file).toContain('Open Database License (ODbL) 1.0');
    }
  });
});

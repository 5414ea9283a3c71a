#!/usr/bin/env node
// What a browser downloads from @cerdas/wilayah: dist/index.js (provinces, code), the
// regencies (dist/regencies.js) and one shard per province, raw and gzipped (zlib's default
// level, as most servers use).
// Run after `build`; prints Markdown for the README.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const { listProvinces } = await import(join(dist, 'index.js'));

function measure(file) {
  const bytes = readFileSync(join(dist, file));
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const names = new Map(listProvinces().map((province) => [province.code, province.name]));
const shards = readdirSync(join(dist, 'provinces'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => ({ code: file.slice(0, 2), ...measure(join('provinces', file)) }));
const index = measure('index.js');
const regencies = measure('regencies.js');
const largest = shards.reduce((a, b) => (b.gzip > a.gzip ? b : a));
const total = shards.reduce(
  (sum, shard) => ({ raw: sum.raw + shard.raw, gzip: sum.gzip + shard.gzip }),
  {
    raw: 0,
    gzip: 0,
  },
);

console.log('| file | province | raw | gzip |');
console.log('| --- | --- | ---: | ---: |');
console.log(`| index.js | (provinces, code) | ${kb(index.raw)} | ${kb(index.gzip)} |`);
console.log(`| regencies.js | (all regencies) | ${kb(regencies.raw)} | ${kb(regencies.gzip)} |`);
for (const shard of shards) {
  console.log(
    `| provinces/${shard.code}.js | ${names.get(shard.code)} | ${kb(shard.raw)} | ${kb(shard.gzip)} |`,
  );
}
console.log(`| ${shards.length} shards | all | ${kb(total.raw)} | ${kb(total.gzip)} |`);
console.log(
  `\nindex.js: ${kb(index.gzip)} gzip. Largest shard: provinces/${largest.code}.js ` +
    `(${names.get(largest.code)}), ${kb(largest.gzip)} gzip. All shards: ${kb(total.gzip)} gzip.`,
);

#!/usr/bin/env node
// @ts-check
// The demo: the reference API with its embedded SQLite (migrated, seeded with Kabupaten
// Pasuruan's demo data on first start) and the built portal, on one port.
//
//   PORT=8787 HOST=127.0.0.1 DATABASE_URL=sqlite:./data/cerdas.db node scripts/start.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { listChildren } from '@cerdas/wilayah';
import { startPortal } from '../server/portal-server.mjs';

const databaseUrl = process.env.DATABASE_URL ?? 'sqlite:./data/cerdas.db';
const sqliteFile = /^sqlite:(?!:memory:)(.+)$/.exec(databaseUrl)?.[1];
if (sqliteFile) mkdirSync(dirname(resolve(sqliteFile)), { recursive: true });

const portal = await startPortal({
  databaseUrl,
  mediaDir: process.env.CERDAS_MEDIA_DIR ?? './data/media',
  port: Number(process.env.PORT ?? 8787),
  host: process.env.HOST ?? '127.0.0.1',
  ...(process.env.CERDAS_REGION ? { regionCode: process.env.CERDAS_REGION } : {}),
}).catch((error) => {
  console.error(`[portal] ${error.message}`);
  process.exit(1);
});

const lines = [
  '',
  `  Portal Smart City (demo)   ${portal.url}/`,
  `  Embed example              ${portal.url}/embed/`,
  `  API                        ${portal.url}/v1/  (OpenAPI: ${portal.url}/openapi.json)`,
  '',
];

if (portal.seeded) {
  // Demo tokens for the staff area and the proposal form, issued once with the demo data.
  const opds = await portal.storage.opds.all();
  const umkmOpd = opds.find((o) => o.bidang.includes('2.17'));
  const regency = process.env.CERDAS_REGION ?? '35.14';
  const [district] = await listChildren(regency);
  const [village] = district ? await listChildren(district.code) : [];
  /** @type {import('@cerdas/model').StaffTokenCreate[]} */
  const wanted = [
    { role: 'admin', label: 'demo admin' },
    { role: 'bappeda', label: 'demo Bappeda' },
    ...(umkmOpd
      ? [{ role: /** @type {const} */ ('opd'), label: `demo ${umkmOpd.name}`, opdId: umkmOpd.id }]
      : []),
    ...(district
      ? [
          {
            role: /** @type {const} */ ('kecamatan'),
            label: `demo Kecamatan ${district.name}`,
            regionCode: district.code,
          },
        ]
      : []),
    ...(village
      ? [
          {
            role: /** @type {const} */ ('desa'),
            label: `demo ${village.name}`,
            regionCode: village.code,
          },
        ]
      : []),
  ];
  const issued = [];
  for (const request of wanted) {
    const secret = await portal.issueToken(request);
    issued.push(`  ${request.label.padEnd(40)} ${secret}`);
  }
  const file = resolve('data', 'demo-tokens.txt');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${issued.join('\n')}\n`, { mode: 0o600 });
  lines.push(
    '  Demo staff tokens (for /staf/ and /perencanaan/usulan/; also in data/demo-tokens.txt):',
    ...issued,
    '',
  );
}
lines.push('  Stop with Ctrl+C.', '');
console.log(lines.join('\n'));

const stop = async () => {
  await portal.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

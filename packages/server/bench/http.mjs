// HTTP benchmark of the reference server (run by `pnpm bench`, never by the tests): autocannon
// on loopback against the real server and against a bare Hono route answering the same bytes,
// in one run, so that only the ratio matters on a noisy machine. SQLite always; PostgreSQL too
// when its binaries exist.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startPostgres } from '../test/support/postgres.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 10;
const here = new URL('.', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'cerdas-bench-'));

function start(script, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    child.once('message', (message) => resolve({ child, port: message.port }));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

function stop({ child }) {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration: DURATION, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

const complaintBody = JSON.stringify({
  kind: 'pengaduan',
  category: 'infrastruktur-jalan',
  title: 'Jalan berlubang di depan balai desa',
  description: 'Lubang besar di jalan desa membahayakan pengendara motor pada malam hari.',
  regionCode: '35.14.01.2001',
  privacy: 'anonymous',
});

async function measure(database, env) {
  const server = await start(join(here, 'serve.mjs'), [database, join(scratch, 'media')], env);
  const base = `http://127.0.0.1:${server.port}`;
  const catalog = await (await fetch(`${base}/v1/umkm?limit=20`)).text();
  const receipt = await (
    await fetch(`${base}/v1/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: complaintBody,
    })
  ).text();
  writeFileSync(join(scratch, 'catalog.json'), catalog);
  writeFileSync(join(scratch, 'receipt.json'), receipt);
  const bare = await start(join(here, 'bare.mjs'), [
    join(scratch, 'catalog.json'),
    join(scratch, 'receipt.json'),
  ]);
  const bareBase = `http://127.0.0.1:${bare.port}`;
  const rows = [];
  for (const [name, request] of [
    ['GET 20-item UMKM page', { path: '/v1/umkm?limit=20' }],
    [
      'POST complaint',
      {
        path: '/v1/complaints',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: complaintBody,
      },
    ],
  ]) {
    const real = await run({ url: base + request.path, ...request });
    const baseline = await run({ url: bareBase + request.path, ...request });
    rows.push({
      name,
      bytes: name.startsWith('GET') ? catalog.length : receipt.length,
      rps: real.requests.average,
      p99: real.latency.p99,
      bareRps: baseline.requests.average,
      bareP99: baseline.latency.p99,
      errors: real.errors + real.non2xx,
    });
  }
  await stop(bare);
  await stop(server);
  return rows;
}

const results = [['SQLite', await measure(`sqlite:${join(scratch, 'bench.db')}`)]];
const pg = await startPostgres();
if (pg) {
  try {
    results.push(['PostgreSQL', await measure(pg.url)]);
  } finally {
    await pg.stop();
  }
} else {
  console.warn('PostgreSQL binaries not found: only SQLite was measured.');
}
rmSync(scratch, { recursive: true, force: true });

console.log(`\nautocannon, ${CONNECTIONS} connections, ${DURATION} s each, loopback, one run\n`);
console.log(
  '| database | request | req/s | p99 ms | bare req/s | bare p99 ms | throughput vs bare | non-2xx/errors |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [db, rows] of results) {
  for (const r of rows) {
    console.log(
      `| ${db} | ${r.name} (${(r.bytes / 1024).toFixed(1)} KB) | ${r.rps.toFixed(0)} | ${r.p99} | ${r.bareRps.toFixed(0)} | ${r.bareP99} | ${((100 * r.rps) / r.bareRps).toFixed(0)}% | ${r.errors} |`,
    );
  }
}

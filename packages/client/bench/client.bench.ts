/**
 * What the client adds to one request: ky, error mapping and response validation, against a
 * bare `fetch` + `json()` of the same route, in one run (the machines are noisy, so only the
 * ratios mean anything). Over the network to the real server on a local port, then without the
 * network (a canned answer of the same bytes) to see the client's own cost. Runs against
 * dist/, what users get: `pnpm bench` builds first.
 */
import { afterAll, bench, describe } from 'vitest';
import { startTestServer } from '../../server/test/support/server.js';
import { createCerdasClient } from '../dist/index.js';

const server = await startTestServer();
afterAll(() => server.close());

// Warm the server's JIT first, so that the first bench of a group does not pay for it alone.
for (let i = 0; i < 300; i++) {
  await fetch(`${server.url}/v1/umkm?limit=20`).then((r) => r.json());
  await fetch(`${server.url}/v1/services?limit=20`).then((r) => r.json());
}

const options = { time: 1_500 };
const validating = createCerdasClient({ baseUrl: server.url });
const trusting = createCerdasClient({ baseUrl: server.url, validate: false });

describe('GET /v1/umkm?limit=20 (a catalog page), real server', () => {
  bench(
    'bare fetch + json()',
    async () => {
      await fetch(`${server.url}/v1/umkm?limit=20`).then((r) => r.json());
    },
    options,
  );
  bench(
    'client.umkm.list, validated',
    async () => {
      await validating.umkm.list({ limit: 20 });
    },
    options,
  );
  bench(
    'client.umkm.list, validate: false',
    async () => {
      await trusting.umkm.list({ limit: 20 });
    },
    options,
  );
});

describe('GET /v1/services?limit=20 (service standards), real server', () => {
  bench(
    'bare fetch + json()',
    async () => {
      await fetch(`${server.url}/v1/services?limit=20`).then((r) => r.json());
    },
    options,
  );
  bench(
    'client.services.list, validated',
    async () => {
      await validating.services.list({ limit: 20 });
    },
    options,
  );
  bench(
    'client.services.list, validate: false',
    async () => {
      await trusting.services.list({ limit: 20 });
    },
    options,
  );
});

// The same page's bytes answered by a stub `fetch`: the client's own cost, without the server's.
const pageBytes = await (await fetch(`${server.url}/v1/umkm?limit=20`)).arrayBuffer();
const canned = async () =>
  new Response(pageBytes, { status: 200, headers: { 'content-type': 'application/json' } });
const cannedValidating = createCerdasClient({ baseUrl: server.url, fetch: canned });
const cannedTrusting = createCerdasClient({ baseUrl: server.url, fetch: canned, validate: false });

describe(`umkm.list, a canned ${pageBytes.byteLength}-byte page (no network)`, () => {
  bench('stub fetch + json()', async () => {
    await (await canned()).json();
  });
  bench('client.umkm.list, validated', async () => {
    await cannedValidating.umkm.list({ limit: 20 });
  });
  bench('client.umkm.list, validate: false', async () => {
    await cannedTrusting.umkm.list({ limit: 20 });
  });
});

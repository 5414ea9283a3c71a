import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server?.close());

const HOSTILE = [
  "'; DROP TABLE complaints; --",
  '" OR 1=1 --',
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '${7*7} {{7*7}} %00 \\u0000',
  'Robert"); DELETE FROM businesses; --',
];

describe('hostile input gets a clear 4xx and stores nothing wrongly', () => {
  it('refuses an oversized body with 413', async () => {
    const response = await server.fetch('/v1/complaints', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ description: 'x'.repeat(400 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses a body that is not JSON with 415, and broken JSON with 400', async () => {
    const plain = await server.fetch('/v1/complaints', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(plain.status).toBe(415);
    const broken = await server.fetch('/v1/complaints', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"kind": "pengaduan",',
    });
    expect(broken.status).toBe(400);
  });

  it('refuses absurdly deep JSON with 400 instead of crashing', async () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const response = await server.fetch('/v1/complaints', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: deep,
    });
    expect(response.status).toBe(400);
    const nested = await server.fetch('/v1/complaints', {
      method: 'POST',
      json: JSON.parse(`${'{"a":'.repeat(200)}1${'}'.repeat(200)}`),
    });
    expect(nested.status).toBe(400);
  });

  it.each(HOSTILE)('stores %j verbatim as text in every field of a complaint', async (payload) => {
    const before = await server.storage.complaints.count();
    const response = await server.fetch('/v1/complaints', {
      method: 'POST',
      json: {
        kind: 'pengaduan',
        category: 'lainnya',
        title: payload,
        description: payload,
        locationDescription: payload,
        regionCode: '35.14.01',
        reporter: { name: payload, email: 'warga@example.id' },
      },
    });
    expect(response.status).toBe(201);
    const { trackingNumber } = await response.json();
    const stored = await server.storage.complaints.getByTrackingNumber(trackingNumber);
    expect(stored?.record.title).toBe(payload.trim());
    expect(stored?.record.reporter?.name).toBe(payload.trim());
    expect(await server.storage.complaints.count()).toBe(before + 1);
  });

  it.each(HOSTILE)('searches the catalog for %j without harm', async (payload) => {
    const response = await server.fetch(`/v1/umkm?text=${encodeURIComponent(payload)}`);
    expect([200, 400]).toContain(response.status);
    expect((await server.fetch('/v1/umkm?limit=1')).status).toBe(200);
  });

  it('answers unknown routes, bad cursors and traversal with problem details', async () => {
    expect((await server.fetch('/v1/tidak-ada')).status).toBe(404);
    const cursor = await server.fetch('/v1/umkm?cursor=bukan-kursor');
    expect(cursor.status).toBe(400);
    expect((await cursor.json()).errors[0].path).toBe('cursor');
    expect((await server.fetch('/media/../../etc/passwd')).status).toBe(404);
    expect((await server.fetch('/media/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await server.fetch('/v1/umkm?limit=100000')).status).toBe(400);
  });

  it('sends security headers and problem details in the caller language', async () => {
    const response = await server.fetch('/v1/umkm/tidak-ada', {
      headers: { 'accept-language': 'en' },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await response.json()).title).toBe('Not found');
  });
});

describe('the regency boundary', () => {
  it('refuses a complaint about a place outside the regency', async () => {
    const response = await server.fetch('/v1/complaints', {
      method: 'POST',
      json: {
        kind: 'pengaduan',
        category: 'lainnya',
        title: 'Jalan rusak di kota lain',
        description: 'Laporan tentang tempat di luar Kabupaten Pasuruan.',
        regionCode: '35.75.01',
        privacy: 'anonymous',
      },
    });
    expect(response.status).toBe(422);
    expect((await response.json()).detail).toContain('regionCode');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
const PORTAL = 'https://portal.pasuruankab.go.id';
beforeAll(async () => {
  server = await startTestServer({ options: { corsOrigins: [PORTAL], writesPerMinute: 60 } });
}, 60_000);
afterAll(() => server?.close());

const complaint = (i: number) => ({
  kind: 'aspirasi',
  category: 'lainnya',
  title: `Usulan taman baca ${i}`,
  description: 'Warga mengusulkan taman baca di balai desa untuk anak-anak.',
  regionCode: '35.14.03',
  privacy: 'anonymous',
});

describe('limits of a deployed server', () => {
  it('lets only the sites on the allow-list call it from a browser', async () => {
    const allowed = await server.fetch('/v1/umkm?limit=1', { headers: { origin: PORTAL } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PORTAL);
    const preflight = await server.fetch('/v1/complaints', {
      method: 'OPTIONS',
      headers: {
        origin: PORTAL,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, idempotency-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'idempotency-key',
    );
    const foreign = await server.fetch('/v1/umkm?limit=1', {
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('gives 50 parallel complaints 50 different tracking numbers', async () => {
    const receipts = await Promise.all(
      Array.from({ length: 50 }, async (_, i) =>
        (await server.fetch('/v1/complaints', { method: 'POST', json: complaint(i) })).json(),
      ),
    );
    const numbers = new Set(receipts.map((r) => r.trackingNumber));
    expect(numbers.size).toBe(50);
    for (const n of numbers) expect(n).toMatch(/^ADU-3514-2026-\d{6}$/);
  });

  it('answers 429 with Retry-After once a client writes too fast, and still serves reads', async () => {
    let limited: Response | undefined;
    for (let i = 0; i < 80 && !limited; i++) {
      const response = await server.fetch('/v1/complaints', {
        method: 'POST',
        json: complaint(100 + i),
      });
      if (response.status === 429) limited = response;
    }
    if (!limited) throw new Error('the limit never answered 429');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).detail).toContain('Terlalu banyak');
    expect((await server.fetch('/v1/umkm?limit=1')).status).toBe(200);
  });
});

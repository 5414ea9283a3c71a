import {
  complaintResolvedAt,
  isComplaintOpen,
  PublicStats,
  timeZoneOf,
  toLocalDate,
} from '@cerdas/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoData, type DemoData } from '../../src/seed/index.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * `GET /v1/stats` against the seeded demo data. The expected figures are computed here from
 * the demo records themselves (as `buildDemoData` generates them for the same options), with
 * the model's lifecycle rules, not read back through the storage's count methods.
 */
const NOW = new Date('2026-01-14T03:00:00.000Z');
let server: TestServer;
let demo: DemoData;
beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  demo = await buildDemoData({ now: NOW });
}, 60_000);
afterAll(() => server?.close());

function resolvedIn(year: string): number {
  const zone = timeZoneOf(demo.regionCode);
  if (!zone.ok) throw new Error(zone.reason.en);
  return demo.complaints.filter(({ record }) => {
    const at = complaintResolvedAt(record);
    return at !== undefined && toLocalDate(at, zone.value.iana).startsWith(`${year}-`);
  }).length;
}

async function stats(): Promise<PublicStats> {
  const response = await server.fetch('/v1/stats');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/json');
  return PublicStats.parse(await response.json());
}

describe('GET /v1/stats', () => {
  it('counts the seeded demo data as the model defines each figure', async () => {
    const verified = demo.businesses.filter((b) => b.verification.status === 'verified').length;
    const open = demo.complaints.filter(({ record }) => isComplaintOpen(record.status)).length;
    // 14 January 2026 in WIB: resolutions of December 2025 are last year's.
    const thisYear = resolvedIn('2026');
    expect(await stats()).toEqual({
      regionCode: '35.14',
      generatedAt: NOW.toISOString(),
      umkm: { verified },
      complaints: { open, resolvedThisYear: thisYear },
      services: { standards: demo.services.length },
    });
    // The figures are not trivial: each kind occurs, and the year boundary matters.
    expect(verified).toBeGreaterThan(0);
    expect(verified).toBeLessThan(demo.businesses.length);
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThan(demo.complaints.length);
    expect(thisYear).toBeGreaterThan(0);
    expect(resolvedIn('2025')).toBeGreaterThan(0);
    expect(demo.complaints.some(({ record }) => record.privacy === 'confidential')).toBe(true);
  });

  it('answers counts only: no record, no personal data', async () => {
    const body = await (await server.fetch('/v1/stats')).json();
    expect(Object.keys(body).sort()).toEqual(
      ['complaints', 'generatedAt', 'regionCode', 'services', 'umkm'].sort(),
    );
    for (const group of [body.umkm, body.complaints, body.services]) {
      for (const value of Object.values(group)) expect(Number.isInteger(value)).toBe(true);
    }
  });

  it('is live: a new complaint is open at once', async () => {
    const before = await stats();
    const filed = await server.fetch('/v1/complaints', {
      method: 'POST',
      headers: { 'idempotency-key': 'stats-test-complaint-1' },
      json: {
        kind: 'pengaduan',
        category: 'penerangan-jalan',
        title: 'Lampu jalan padam',
        description: 'Lampu penerangan jalan di depan balai desa padam sejak seminggu.',
        regionCode: server.village,
        privacy: 'confidential',
        reporter: { phone: '081200002222' },
      },
    });
    expect(filed.status).toBe(201);
    const after = await stats();
    expect(after.complaints).toEqual({ ...before.complaints, open: before.complaints.open + 1 });
    expect(after.umkm).toEqual(before.umkm);
    expect(after.services).toEqual(before.services);
  });
});

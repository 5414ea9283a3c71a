import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server?.close());

const proposal = {
  source: 'musrenbang-desa',
  fiscalYear: 2027,
  regionCode: '35.14.01.2001',
  bidangUrusan: '1.03',
  title: 'Rehabilitasi saluran drainase Dusun Krajan',
  problem: 'Saluran tersumbat sehingga jalan desa tergenang setiap hujan deras.',
  volume: 350,
  unit: 'm',
  estimatedCost: 175_000_000,
  priority: 1,
  contactPerson: { name: 'Kepala Dusun Uji', phone: '0812-0000-7777' },
};

describe('a Musrenbang proposal travels from the village to the RKPD', () => {
  it('is drafted and submitted by the desa operator, verified up the chain and accommodated', async () => {
    const created = await server.fetch('/v1/planning/proposals', {
      method: 'POST',
      as: 'desa',
      json: proposal,
    });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    expect((await server.fetch(`/v1/planning/proposals/${id}`)).status).toBe(404);

    const move = (as: Caller, json: unknown) =>
      server.fetch(`/v1/planning/proposals/${id}/transitions`, { method: 'POST', as, json });
    expect((await move('kecamatan', { action: 'submit' })).status).toBe(403);
    expect((await move('desa', { action: 'submit' })).status).toBe(200);
    // Skipping the kecamatan is an illegal move for the OPD.
    expect((await move('opdOther', { action: 'verify' })).status).toBe(409);
    expect((await move('kecamatan', { action: 'reject' })).status).toBe(400);
    expect((await move('kecamatan', { action: 'verify' })).status).toBe(200);
    expect((await move('opdUmkm', { action: 'verify' })).status).toBe(403);
    expect((await move('opdOther', { action: 'verify' })).status).toBe(200);
    expect((await move('bappeda', { action: 'verify' })).status).toBe(200);
    const accommodated = await move('bappeda', {
      action: 'accommodate',
      subKegiatan: '1.03.10.2.01.0026',
      pagu: 150_000_000,
    });
    expect(accommodated.status, await accommodated.clone().text()).toBe(200);
    const staff = await accommodated.json();
    expect(staff.status).toBe('accommodated');
    expect(staff.history.map((h: { role: string }) => h.role)).toEqual([
      'desa',
      'kecamatan',
      'opd',
      'bappeda',
      'bappeda',
    ]);

    const published = await (await server.fetch(`/v1/planning/proposals/${id}`)).json();
    expect(published.status).toBe('accommodated');
    expect(JSON.stringify(published)).not.toContain('0812');
    expect(JSON.stringify(published)).not.toContain('Kepala Dusun Uji');
  });

  it('keeps each office to its own scope', async () => {
    const outside = await server.fetch('/v1/planning/proposals', {
      method: 'POST',
      as: 'desa',
      json: { ...proposal, regionCode: '35.14.02.2001' },
    });
    expect(outside.status).toBe(403);
    const list = await (
      await server.fetch('/v1/staff/planning/proposals?limit=100', { as: 'kecamatan' })
    ).json();
    expect(
      list.items.every((p: { regionCode: string }) => p.regionCode.startsWith(server.district)),
    ).toBe(true);
  });

  it('publishes the dashboard figures of a year', async () => {
    const summary = await (await server.fetch('/v1/planning/summary?year=2026')).json();
    expect(summary.totalPagu).toBeGreaterThan(0);
    const byUrusan = summary.byUrusan.reduce(
      (sum: number, row: { pagu: number }) => sum + row.pagu,
      0,
    );
    expect(byUrusan).toBe(summary.totalPagu);
    const schedule = await server.fetch('/v1/planning/schedules/2027');
    expect(schedule.status).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server?.close());

interface Standard {
  id: string;
  opdId: string;
  status: string;
  requirements: { key: string; required?: boolean }[];
}

async function standards(): Promise<Standard[]> {
  return (await (await server.fetch('/v1/services?limit=100')).json()).items;
}

describe('service standards and requests', () => {
  it('lists about forty standards a regency offers, each with its six published components', async () => {
    const items = await standards();
    expect(items.length).toBeGreaterThanOrEqual(30);
    for (const s of items) {
      expect(s).toEqual(
        expect.objectContaining({
          requirements: expect.any(Array),
          procedure: expect.any(Array),
          completionDays: expect.any(Number),
          fee: expect.any(Object),
          product: expect.any(Object),
          complaintHandling: expect.any(Object),
        }),
      );
    }
  });

  it('takes a request, tracks it publicly and moves it through the OPD', async () => {
    const items = await standards();
    const standard = items.find((s) => s.status === 'active');
    if (!standard) throw new Error('no standard seeded');
    const answers = Object.fromEntries(standard.requirements.map((r) => [r.key, 'ada']));
    const submitted = await server.fetch('/v1/service-requests', {
      method: 'POST',
      json: {
        serviceId: standard.id,
        applicant: {
          name: 'Budi Santoso',
          nik: '3514010101900001',
          phone: '0812-0000-3333',
          address: { line: 'Jl. Uji No. 1 RT 02 RW 03', villageCode: '35.14.01.2001' },
        },
        answers,
      },
    });
    const receipt = await submitted.json();
    expect(submitted.status, JSON.stringify(receipt)).toBe(201);
    expect(receipt.trackingNumber).toMatch(/^LYN-3514-2026-\d{6}$/);
    expect(receipt.request.dueDate.kind).toBe('date');
    const publicView = await (
      await server.fetch(`/v1/service-requests/${receipt.trackingNumber}`)
    ).text();
    for (const secret of ['Budi', '3514010101900001', '0812', 'Jl. Uji', 'RT 02'])
      expect(publicView).not.toContain(secret);

    const stored = await server.storage.serviceRequests.getByTrackingNumber(receipt.trackingNumber);
    const id = stored?.record.id as string;
    const opdToken = stored?.record.opdId === server.opds.other ? 'opdOther' : 'admin';
    const verify = await server.fetch(`/v1/staff/service-requests/${id}/transitions`, {
      method: 'POST',
      as: opdToken,
      json: { action: 'verify' },
    });
    expect(verify.status).toBe(200);
    const wrongOpd = opdToken === 'opdOther' ? 'opdUmkm' : 'opdOther';
    const stranger = await server.fetch(`/v1/staff/service-requests/${id}`, { as: wrongOpd });
    expect(stranger.status).toBe(403);
  });

  it('records IKM answers and reports the index with its mutu', async () => {
    const [standard] = await standards();
    const scores = {
      persyaratan: 4,
      prosedur: 4,
      waktu: 3,
      biaya: 4,
      produk: 4,
      kompetensi: 3,
      perilaku: 4,
      sarana: 3,
      pengaduan: 4,
    };
    const answered = await server.fetch('/v1/ikm/responses', {
      method: 'POST',
      json: { serviceId: standard?.id, scores },
      headers: { 'idempotency-key': 'ikm-answer-000001' },
    });
    expect(answered.status).toBe(201);
    const report = await (await server.fetch(`/v1/ikm?service=${standard?.id}`)).json();
    expect(report.respondents).toBeGreaterThan(0);
    expect(['A', 'B', 'C', 'D']).toContain(report.result.mutu);
  });
});

describe('staff tokens', () => {
  it('are created by an admin, shown once, stored hashed, and scoped', async () => {
    const created = await server.fetch('/v1/tokens', {
      method: 'POST',
      as: 'admin',
      json: { role: 'desa', label: 'Operator Desa Gerbo', regionCode: '35.14.01.2001' },
    });
    expect(created.status).toBe(201);
    const { secret, token } = await created.json();
    const me = await fetch(`${server.url}/v1/tokens/me`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect((await me.json()).id).toBe(token.id);
    const list = await (await server.fetch('/v1/tokens', { as: 'admin' })).text();
    expect(list).not.toContain(secret);
    const unscoped = await server.fetch('/v1/tokens', {
      method: 'POST',
      as: 'admin',
      json: { role: 'desa', label: 'Tanpa wilayah' },
    });
    expect(unscoped.status).toBe(400);
    const outside = await server.fetch('/v1/tokens', {
      method: 'POST',
      as: 'admin',
      json: { role: 'desa', label: 'Desa lain', regionCode: '35.75.01.1001' },
    });
    expect(outside.status).toBe(422);
  });
});

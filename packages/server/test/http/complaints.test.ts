import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server?.close());

const REPORTER = { name: 'Siti Rahayu', phone: '0812-0000-1234', email: 'siti.rahayu@example.id' };
const complaint = (extra: Record<string, unknown> = {}) => ({
  kind: 'pengaduan',
  category: 'infrastruktur-jalan',
  title: 'Jalan berlubang di depan balai desa',
  description: 'Lubang besar di jalan desa membahayakan pengendara motor pada malam hari.',
  regionCode: '35.14.01.2001',
  reporter: REPORTER,
  ...extra,
});

async function submit(body: unknown, key?: string) {
  return server.fetch('/v1/complaints', {
    method: 'POST',
    json: body,
    ...(key ? { headers: { 'idempotency-key': key } } : {}),
  });
}

describe('a citizen files a complaint', () => {
  it('gets a readable tracking number and a receipt code, and the public view holds no personal data', async () => {
    const response = await submit(complaint());
    expect(response.status).toBe(201);
    const receipt = await response.json();
    expect(receipt.trackingNumber).toMatch(/^ADU-3514-2026-\d{6}$/);
    expect(receipt.receiptCode.length).toBeGreaterThanOrEqual(22);
    const tracked = await server.fetch(`/v1/complaints/${receipt.trackingNumber}`);
    expect(tracked.status).toBe(200);
    const text = await tracked.text();
    for (const secret of ['Siti', '0812', '81200001234', 'example.id', receipt.receiptCode]) {
      expect(text).not.toContain(secret);
    }
    expect(JSON.parse(text).status).toBe('received');
  });

  it('is told in Indonesian, or English on request, which field is wrong', async () => {
    const id = await (await submit({ ...complaint(), title: '' })).json();
    expect(id.status).toBe(400);
    expect(id.errors).toContainEqual(expect.objectContaining({ path: 'title' }));
    expect(id.title).toBe('Data tidak valid');
    const en = await server.fetch('/v1/complaints', {
      method: 'POST',
      json: { ...complaint(), regionCode: '99.99' },
      headers: { 'accept-language': 'en' },
    });
    const problem = await en.json();
    expect(en.headers.get('content-type')).toContain('application/problem+json');
    expect(problem.errors[0].path).toBe('regionCode');
    expect(problem.errors[0].message).toMatch(/^regionCode: /);
    expect(problem.title).toBe('Invalid data');
  });

  it('files once when retried with the same Idempotency-Key, and refuses the key with another body', async () => {
    const key = 'test-key-complaint-1';
    const first = await submit(complaint(), key);
    const again = await submit(complaint(), key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await again.json()).trackingNumber).toBe((await first.json()).trackingNumber);
    const other = await submit(complaint({ title: 'Judul lain sama sekali' }), key);
    expect(other.status).toBe(422);
  });

  it('creates one record from 50 parallel submissions with one key', async () => {
    const before = await server.storage.complaints.count();
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        submit(complaint({ title: 'Lampu jalan mati' }), 'parallel-key-50'),
      ),
    );
    const numbers = new Set(
      await Promise.all(responses.map(async (r) => (await r.json()).trackingNumber)),
    );
    expect(responses.every((r) => r.status === 201)).toBe(true);
    expect(numbers.size).toBe(1);
    expect(await server.storage.complaints.count()).toBe(before + 1);
  });
});

describe('the complaint lifecycle over HTTP', () => {
  it('goes received → verified → dispatched → in progress → resolved → confirmed → closed, by the right people', async () => {
    const receipt = await (await submit(complaint())).json();
    const stored = await server.storage.complaints.getByTrackingNumber(receipt.trackingNumber);
    const id = stored?.record.id as string;
    const move = (as: 'admin' | 'opdOther' | 'opdUmkm', json: unknown) =>
      server.fetch(`/v1/staff/complaints/${id}/transitions`, { method: 'POST', as, json });

    // The OPD cannot act on a report not dispatched to it: it does not exist for them.
    expect((await move('opdOther', { action: 'start' })).status).toBe(404);
    expect((await move('admin', { action: 'verify' })).status).toBe(200);
    // Verifying twice is an illegal move, not a server error.
    expect((await move('admin', { action: 'verify' })).status).toBe(409);
    expect((await move('admin', { action: 'dispatch', opdId: server.opds.other })).status).toBe(
      200,
    );
    expect((await server.fetch(`/v1/staff/complaints/${id}`, { as: 'opdUmkm' })).status).toBe(404);
    const seen = await (
      await server.fetch(`/v1/staff/complaints/${id}`, { as: 'opdOther' })
    ).json();
    expect(seen.reporter.email).toBe(REPORTER.email);
    expect(
      (await move('opdOther', { action: 'start', publicNote: 'Tim survei dijadwalkan.' })).status,
    ).toBe(200);
    expect(
      (await move('opdOther', { action: 'resolve', publicNote: 'Jalan sudah ditambal.' })).status,
    ).toBe(200);

    const wrongCode = await server.fetch(
      `/v1/complaints/${receipt.trackingNumber}/citizen-actions`,
      {
        method: 'POST',
        json: { action: 'confirm', receiptCode: 'A'.repeat(43) },
      },
    );
    expect(wrongCode.status).toBe(403);
    const confirmed = await server.fetch(
      `/v1/complaints/${receipt.trackingNumber}/citizen-actions`,
      {
        method: 'POST',
        json: { action: 'confirm', receiptCode: receipt.receiptCode },
      },
    );
    expect(confirmed.status).toBe(200);
    const timeline = await (await server.fetch(`/v1/complaints/${receipt.trackingNumber}`)).json();
    expect(timeline.timeline.map((e: { status: string }) => e.status)).toContain('resolved');
    expect(JSON.stringify(timeline)).not.toContain(REPORTER.email);
  });
});

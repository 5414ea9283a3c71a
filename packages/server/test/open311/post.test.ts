import { listChildren } from '@cerdas/wilayah';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server?.close());

const REQUESTER = {
  first_name: 'Ratna',
  last_name: 'Kusumawardani',
  phone: '0812-7777-4321',
  email: 'ratna.kusuma@example.id',
};

const REPORT = {
  service_code: 'infrastruktur-jalan',
  address_id: '35.14.01.2001',
  description: 'Jalan berlubang di depan balai desa\nLubangnya dalam dan membahayakan pengendara.',
};

function form(fields: Record<string, string>): URLSearchParams {
  return new URLSearchParams(fields);
}

function post(body: URLSearchParams | FormData, init: RequestInit = {}, format = 'json') {
  return server.fetch(`/open311/v2/requests.${format}`, { method: 'POST', body, ...init });
}

async function expectRefused(response: Response, status: number): Promise<string> {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { code: number; description: string }[];
  expect(Array.isArray(body)).toBe(true);
  expect(body[0]?.code).toBe(status);
  return body.map((e) => e.description).join(' | ');
}

describe('POST requests', () => {
  it('files exactly one complaint from a form post, visible through the Cerdas API, without personal data in any answer', async () => {
    const before = await server.storage.complaints.count();
    const response = await post(
      form({
        ...REPORT,
        ...REQUESTER,
        api_key: 'any-key-is-ignored',
        jurisdiction_id: '3514',
        lat: '-7.6435',
        long: '112.8421',
        address_string: 'Jl. Raya Purwodadi, depan balai desa',
        media_url: ' https://foto.example.id/lubang.jpg ',
        device_id: 'device-778',
        account_id: 'acct-42',
        'attribute[WHISPAWN]': '123456',
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const answer = (await response.json()) as { service_request_id: string }[];
    expect(answer).toEqual([
      {
        service_request_id: expect.stringMatching(/^ADU-3514-2026-\d{6}$/),
        service_notice: expect.any(String),
      },
    ]);
    const id = answer[0]?.service_request_id as string;
    expect(await server.storage.complaints.count()).toBe(before + 1);

    const stored = (await server.storage.complaints.getByTrackingNumber(id))?.record;
    expect(stored).toMatchObject({
      channel: 'open311',
      status: 'received',
      category: 'infrastruktur-jalan',
      regionCode: '35.14.01.2001',
      title: 'Jalan berlubang di depan balai desa',
      privacy: 'public',
      location: { lat: -7.6435, lng: 112.8421 },
      locationDescription: 'Jl. Raya Purwodadi, depan balai desa',
      mediaUrl: 'https://foto.example.id/lubang.jpg',
      reporter: { name: 'Ratna Kusumawardani', email: REQUESTER.email },
    });
    expect(JSON.stringify(stored)).not.toMatch(/device-778|acct-42|any-key-is-ignored/);

    const tracked = await server.fetch(`/v1/complaints/${id}`);
    expect(tracked.status).toBe(200);
    expect(await tracked.json()).toMatchObject({ trackingNumber: id, status: 'received' });
    const staff = await server.fetch('/v1/staff/complaints?category=infrastruktur-jalan', {
      as: 'admin',
    });
    const listed = (await staff.json()) as { items: { trackingNumber: string }[] };
    expect(listed.items.map((c) => c.trackingNumber)).toContain(id);

    const one = await (await server.fetch(`/open311/v2/requests/${id}.json`)).json();
    expect(one).toEqual([
      expect.objectContaining({
        service_request_id: id,
        status: 'open',
        service_code: 'infrastruktur-jalan',
      }),
    ]);
    const listedOpen311 = await (
      await server.fetch(`/open311/v2/requests.json?service_code=infrastruktur-jalan`)
    ).text();
    expect(listedOpen311).toContain(id);
    const texts = [JSON.stringify(answer), JSON.stringify(one), listedOpen311].join('\n');
    for (const secret of ['Ratna', 'Kusumawardani', '7777', 'example.id', 'acct-42']) {
      expect(texts).not.toContain(secret);
    }
  });

  it('accepts multipart/form-data too, and keeps a report without requester fields anonymous', async () => {
    const body = new FormData();
    body.set('service_code', 'kebersihan');
    body.set('address_id', '35.14.01');
    body.set('description', 'Sampah menumpuk di pinggir jalan sejak seminggu.');
    body.append('attribute[JENIS][]', 'organik');
    body.append('attribute[JENIS][]', 'plastik');
    body.set('media', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }), 'x.jpg');
    const response = await post(body);
    expect(response.status).toBe(200);
    const [created] = (await response.json()) as { service_request_id: string }[];
    const stored = (
      await server.storage.complaints.getByTrackingNumber(created?.service_request_id as string)
    )?.record;
    expect(stored).toMatchObject({
      category: 'kebersihan',
      regionCode: '35.14.01',
      privacy: 'anonymous',
      photoIds: [],
    });
    expect(stored?.reporter).toBeUndefined();
  });

  it('places a report by the district its address_string names when address_id is missing', async () => {
    const pandaan = (await listChildren('35.14')).find((d) => d.name === 'Pandaan');
    const response = await post(
      form({
        service_code: 'penerangan-jalan',
        lat: '-7.65',
        long: '112.69',
        address_string: 'Jl. Raya Pandaan No. 5, Kec. Pandaan',
        description: 'Lampu jalan mati sejak dua minggu.',
      }),
    );
    expect(response.status).toBe(200);
    const [created] = (await response.json()) as { service_request_id: string }[];
    const stored = await server.storage.complaints.getByTrackingNumber(
      created?.service_request_id as string,
    );
    expect(stored?.record.regionCode).toBe(pandaan?.code);
  });

  it('answers in XML for requests.xml', async () => {
    const response = await post(form(REPORT), {}, 'xml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/xml');
    expect(await response.text()).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<service_requests><request><service_request_id>ADU-3514-2026-\d{6}<\/service_request_id><service_notice>[^<]+<\/service_notice><\/request><\/service_requests>$/,
    );
  });

  it('files once when retried with the same Idempotency-Key', async () => {
    const before = await server.storage.complaints.count();
    const headers = { 'idempotency-key': 'open311-retry-0001' };
    const first = await post(form(REPORT), { headers });
    const again = await post(form(REPORT), { headers });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect(await server.storage.complaints.count()).toBe(before + 1);
    const other = await post(form({ ...REPORT, description: 'Laporan lain sama sekali.' }), {
      headers,
    });
    expect(other.status).toBe(422);
  });

  it('refuses what it cannot file, in Open311 form, and files nothing', async () => {
    const before = await server.storage.complaints.count();
    expect(await expectRefused(await post(form({ ...REPORT, service_code: '001' })), 404)).toMatch(
      /service_code/,
    );
    expect(
      await expectRefused(await post(form({ ...REPORT, jurisdiction_id: '32.73' })), 404),
    ).toMatch(/jurisdiction_id/);
    const { service_code: _code, ...noCode } = REPORT;
    expect(await expectRefused(await post(form(noCode)), 400)).toMatch(/service_code/);
    expect(await expectRefused(await post(form({ ...REPORT, description: '  ' })), 400)).toMatch(
      /description/,
    );
    const { address_id: _where, ...nowhere } = REPORT;
    expect(await expectRefused(await post(form(nowhere)), 400)).toMatch(/lokasi|location/);
    // Coordinates alone cannot be placed: the server has no region boundaries.
    expect(
      await expectRefused(await post(form({ ...nowhere, lat: '-7.6', long: '112.8' })), 400),
    ).toMatch(/address_id/);
    expect(
      await expectRefused(await post(form({ ...REPORT, address_id: '32.73.01' })), 400),
    ).toMatch(/address_id/);
    expect(
      await expectRefused(await post(form({ ...REPORT, lat: '123', long: '0' })), 400),
    ).toMatch(/lat/);
    expect(
      await expectRefused(await post(form({ ...REPORT, ...REQUESTER, phone: '12' })), 400),
    ).toMatch(/phone|telepon/i);
    const asJson = await server.fetch('/open311/v2/requests.json', {
      method: 'POST',
      json: REPORT,
    });
    expect(await expectRefused(asJson, 400)).toMatch(/x-www-form-urlencoded/);
    const english = await post(form({ ...REPORT, description: '' }), {
      headers: { 'accept-language': 'en' },
    });
    expect(await expectRefused(english, 400)).toMatch(/description is required/);
    expect(await server.storage.complaints.count()).toBe(before);
  });
});

describe('POST requests under the write limit', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({ options: { writesPerMinute: 2 } });
  }, 60_000);
  afterAll(() => limited?.close());

  it('shares the Cerdas API write budget of a client and answers 429 with Retry-After beyond it', async () => {
    const cerdas = await limited.fetch('/v1/complaints', {
      method: 'POST',
      json: {
        kind: 'pengaduan',
        category: 'kebersihan',
        title: 'Sampah menumpuk',
        description: 'Sampah belum diangkut seminggu.',
        regionCode: '35.14.01',
        privacy: 'anonymous',
      },
    });
    expect(cerdas.status).toBe(201);
    const send = () =>
      limited.fetch('/open311/v2/requests.json', { method: 'POST', body: form(REPORT) });
    expect((await send()).status).toBe(200);
    const refused = await send();
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    await expectRefused(refused, 429);
  });
});

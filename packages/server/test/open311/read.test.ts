import {
  type Complaint,
  isComplaintContentPublic,
  Open311ServiceRequest,
  open311Status,
} from '@cerdas/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
/** Every seeded complaint, read straight from storage (with its reporter). */
let all: Complaint[];

beforeAll(async () => {
  server = await startTestServer();
  all = [];
  let cursor: string | undefined;
  do {
    const page = await server.storage.complaints.list({}, { limit: 100, cursor });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}, 60_000);
afterAll(() => server?.close());

const DAY_MS = 86_400_000;
/** A valid 1×1 PNG, for an upload. */
const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGPgEpEDAABoAD1UCKP3AAAAAElFTkSuQmCC';

function open311(path: string, init?: RequestInit) {
  return server.fetch(`/open311/v2/${path}`, init);
}

async function json(path: string): Promise<{ status: number; body: unknown; type: string }> {
  const response = await open311(path);
  return {
    status: response.status,
    body: await response.json(),
    type: response.headers.get('content-type') ?? '',
  };
}

async function requests(query: string): Promise<Open311ServiceRequest[]> {
  const { status, body } = await json(`requests.json?${query}`);
  expect(status).toBe(200);
  return body as Open311ServiceRequest[];
}

/** The complaints GeoReport's default window holds: filed in the last 90 days. */
function inDefaultWindow(c: Complaint): boolean {
  const at = Date.parse(c.createdAt);
  return at <= server.now.getTime() && at >= server.now.getTime() - 90 * DAY_MS;
}

/** An Open311 error answer: a list of `{ code, description }` with the HTTP status. */
function expectOpen311Error(body: unknown, status: number) {
  expect(Array.isArray(body)).toBe(true);
  const [first] = body as { code: unknown; description: unknown }[];
  expect(first?.code).toBe(status);
  expect(typeof first?.description).toBe('string');
}

describe('discovery and services', () => {
  it('discovery.json lists this endpoint, its formats and the GeoReport v2 specification', async () => {
    const { status, body, type } = await json('discovery.json');
    expect(status).toBe(200);
    expect(type).toContain('application/json');
    const discovery = body as {
      changeset: string;
      contact: string;
      endpoints: { url: string; specification: string; formats: string[]; type: string }[];
    };
    expect(discovery.contact).toContain('Kabupaten Pasuruan');
    expect(Number.isNaN(Date.parse(discovery.changeset))).toBe(false);
    expect(discovery.endpoints).toEqual([
      expect.objectContaining({
        url: `${server.url}/open311/v2`,
        specification: 'http://wiki.open311.org/GeoReport_v2',
        type: 'production',
        formats: expect.arrayContaining(['application/json', 'text/xml']),
      }),
    ]);
  });

  it('services.json lists every complaint category as a realtime service without attributes', async () => {
    const { status, body } = await json('services.json');
    expect(status).toBe(200);
    const services = body as { service_code: string; metadata: boolean; type: string }[];
    expect(services.map((s) => s.service_code)).toContain('infrastruktur-jalan');
    expect(services).toHaveLength(12);
    expect(services.every((s) => s.metadata === false && s.type === 'realtime')).toBe(true);
    const english = await open311('services.json', { headers: { 'accept-language': 'en' } });
    const names = (await english.json()) as { service_code: string; service_name: string }[];
    expect(names.find((s) => s.service_code === 'infrastruktur-jalan')?.service_name).toBe(
      'Roads and bridges',
    );
  });

  it('services/{code}.json defines a service with no attributes; an unknown code is a 404', async () => {
    expect(await json('services/kebersihan.json')).toMatchObject({
      status: 200,
      body: { service_code: 'kebersihan', attributes: [] },
    });
    const unknown = await json('services/001.json');
    expect(unknown.status).toBe(404);
    expectOpen311Error(unknown.body, 404);
  });

  it('answers XML for .xml, with the element names of the specification', async () => {
    const response = await open311('services.xml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/xml');
    const xml = await response.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(xml).toContain('<services><service><service_code>infrastruktur-jalan</service_code>');
    expect(xml).toContain('<metadata>false</metadata>');
    const definition = await (await open311('services/kebersihan.xml')).text();
    expect(definition).toContain(
      '<service_definition><service_code>kebersihan</service_code><attributes></attributes></service_definition>',
    );
    const missing = await open311('requests/ADU-3514-2026-999999.xml');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/<errors><error><code>404<\/code><description>[^<]+/);
  });
});

describe('GET requests', () => {
  it('by default lists the requests filed in the last 90 days, newest first, each valid GeoReport v2', async () => {
    const rows = await requests('');
    const expected = all.filter(inDefaultWindow);
    expect(expected.length).toBeGreaterThan(20);
    expect(rows.map((r) => r.service_request_id)).toEqual(expected.map((c) => c.trackingNumber));
    for (const row of rows) expect(Open311ServiceRequest.safeParse(row).success).toBe(true);
    const closedOnes = expected.filter((c) => open311Status(c.status) === 'closed');
    expect(closedOnes.length).toBeGreaterThan(0);
    for (const complaint of expected) {
      const row = rows.find((r) => r.service_request_id === complaint.trackingNumber);
      expect(row?.status).toBe(open311Status(complaint.status));
      expect(row?.service_code).toBe(complaint.category);
      expect(row?.requested_datetime).toBe(complaint.createdAt);
    }
  });

  it('filters by service_code (one or several, comma-separated) and status', async () => {
    const roads = await requests('service_code=infrastruktur-jalan');
    expect(roads.length).toBeGreaterThan(0);
    expect(roads.every((r) => r.service_code === 'infrastruktur-jalan')).toBe(true);
    expect(roads).toHaveLength(
      all.filter((c) => inDefaultWindow(c) && c.category === 'infrastruktur-jalan').length,
    );

    const two = await requests('service_code=kebersihan,%20penerangan-jalan');
    expect(new Set(two.map((r) => r.service_code))).toEqual(
      new Set(['kebersihan', 'penerangan-jalan']),
    );

    const closed = await requests('status=closed');
    const open = await requests('status=open');
    expect(closed.every((r) => r.status === 'closed')).toBe(true);
    expect(open.every((r) => r.status === 'open')).toBe(true);
    expect(closed.length + open.length).toBe(all.filter(inDefaultWindow).length);
    expect(await requests('status=open,closed')).toHaveLength(closed.length + open.length);

    expect(await requests('service_code=no-such-service')).toEqual([]);
  });

  it('filters by start_date and end_date, inclusive, and refuses a range over 90 days', async () => {
    const end = new Date(server.now.getTime() - 100 * DAY_MS);
    const start = new Date(end.getTime() - 60 * DAY_MS);
    const rows = await requests(
      `start_date=${encodeURIComponent(start.toISOString())}&end_date=${encodeURIComponent(end.toISOString())}`,
    );
    const expected = all.filter((c) => {
      const at = Date.parse(c.createdAt);
      return at >= start.getTime() && at <= end.getTime();
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.service_request_id)).toEqual(expected.map((c) => c.trackingNumber));

    // A bare date is a whole day in the regency's time zone (WIB, +07:00).
    const filed = expected[0] as Complaint;
    const day = new Date(Date.parse(filed.createdAt) + 7 * 3_600_000).toISOString().slice(0, 10);
    const sameDay = await requests(`start_date=${day}&end_date=${day}`);
    expect(sameDay.map((r) => r.service_request_id)).toContain(filed.trackingNumber);

    const tooLong = await json(
      'requests.json?start_date=2025-01-01T00:00:00Z&end_date=2025-06-01T00:00:00Z',
    );
    expect(tooLong.status).toBe(400);
    expectOpen311Error(tooLong.body, 400);
    const reversed = await json('requests.json?start_date=2025-06-01&end_date=2025-05-01');
    expect(reversed.status).toBe(400);
    const offsetLess = await json('requests.json?start_date=2025-06-01T00:00:00');
    expect(offsetLess.status).toBe(400);
    const badStatus = await json('requests.json?status=pending');
    expect(badStatus.status).toBe(400);
  });

  it('service_request_id (comma-separated) overrides every other filter', async () => {
    const [old, recent] = [all.at(-1) as Complaint, all[0] as Complaint];
    expect(inDefaultWindow(old)).toBe(false);
    const rows = await requests(
      `service_request_id=${old.trackingNumber},${recent.trackingNumber.toLowerCase()},ADU-3514-2026-999999&service_code=lainnya&status=open`,
    );
    expect(rows.map((r) => r.service_request_id).sort()).toEqual(
      [old.trackingNumber, recent.trackingNumber].sort(),
    );
  });

  it('requests/{id}.json answers a list of one by tracking number, and 404 in Open311 form when unknown', async () => {
    const complaint = all[3] as Complaint;
    const { status, body } = await json(`requests/${complaint.trackingNumber}.json`);
    expect(status).toBe(200);
    expect(body).toEqual([
      expect.objectContaining({
        service_request_id: complaint.trackingNumber,
        service_code: complaint.category,
      }),
    ]);
    const missing = await json('requests/ADU-3514-2026-999999.json');
    expect(missing.status).toBe(404);
    expectOpen311Error(missing.body, 404);
  });

  it('shows the content of a report only where its public view does: never for an unverified or confidential one', async () => {
    const rows = await requests(
      `service_request_id=${all
        .slice(0, 100)
        .map((c) => c.trackingNumber)
        .join(',')}`,
    );
    expect(rows).toHaveLength(100);
    for (const complaint of all.slice(0, 100)) {
      const row = rows.find((r) => r.service_request_id === complaint.trackingNumber);
      if (isComplaintContentPublic(complaint)) {
        expect(row?.description).toBe(complaint.description);
      } else {
        expect(row?.description).toBeUndefined();
        expect(row?.lat).toBeUndefined();
        expect(row?.media_url).toBeUndefined();
      }
    }
  });

  it("links a verified report's photo as media_url, which anyone can then fetch", async () => {
    const photo = new FormData();
    photo.set(
      'file',
      new Blob([Buffer.from(ONE_PIXEL_PNG, 'base64')], { type: 'image/png' }),
      'x.png',
    );
    photo.set('purpose', 'complaint-photo');
    const upload = (await (
      await server.fetch('/v1/uploads', { method: 'POST', body: photo })
    ).json()) as {
      id: string;
    };
    const submitted = await server.fetch('/v1/complaints', {
      method: 'POST',
      json: {
        kind: 'pengaduan',
        category: 'kebersihan',
        title: 'Sampah di sungai',
        description: 'Sampah plastik menyumbat aliran sungai.',
        regionCode: '35.14.01',
        photoIds: [upload.id],
        privacy: 'anonymous',
      },
    });
    const { trackingNumber } = (await submitted.json()) as { trackingNumber: string };
    const unverified = (await json(`requests/${trackingNumber}.json`))
      .body as Open311ServiceRequest[];
    expect(unverified[0]?.media_url).toBeUndefined();

    const stored = await server.storage.complaints.getByTrackingNumber(trackingNumber);
    const verify = await server.fetch(`/v1/staff/complaints/${stored?.record.id}/transitions`, {
      method: 'POST',
      as: 'admin',
      json: { action: 'verify' },
    });
    expect(verify.status).toBe(200);
    const [verified] = (await json(`requests/${trackingNumber}.json`))
      .body as Open311ServiceRequest[];
    expect(verified?.media_url).toMatch(new RegExp(`^${server.url}/media/`));
    const image = await fetch(verified?.media_url as string);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
  });

  it('never shows personal data: no reporter name, phone or e-mail, no internal note, in JSON or XML', async () => {
    const texts: string[] = [];
    for (let back = 0; back < 400; back += 90) {
      const end = new Date(server.now.getTime() - back * DAY_MS).toISOString();
      const start = new Date(server.now.getTime() - (back + 90) * DAY_MS).toISOString();
      for (const format of ['json', 'xml']) {
        const response = await open311(
          `requests.${format}?start_date=${encodeURIComponent(start)}&end_date=${encodeURIComponent(end)}`,
        );
        expect(response.status).toBe(200);
        texts.push(await response.text());
      }
    }
    const text = texts.join('\n');
    for (const complaint of all) expect(text).toContain(`${complaint.trackingNumber}`);

    const secrets = new Set<string>();
    for (const complaint of all) {
      const { name, phone, email } = complaint.reporter ?? {};
      if (name) secrets.add(name);
      if (phone) {
        secrets.add(phone);
        secrets.add(phone.replace(/^\+62/, '0'));
      }
      if (email) secrets.add(email);
      for (const entry of complaint.history) {
        if (entry.internalNote) secrets.add(entry.internalNote);
      }
    }
    expect(secrets.size).toBeGreaterThan(100);
    const leaked = [...secrets].filter((secret) =>
      new RegExp(
        `(^|[^\\p{L}])${secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`,
        'u',
      ).test(text),
    );
    expect(leaked).toEqual([]);
    expect(text).not.toMatch(/reporter|receipt|privacy|\bemail\b|\bphone\b/);
  });

  it('accepts this regency as jurisdiction_id, dotted or not, and answers 404 for another', async () => {
    expect((await open311('services.json?jurisdiction_id=3514')).status).toBe(200);
    expect((await open311('requests.json?jurisdiction_id=35.14')).status).toBe(200);
    expect((await open311('services.json?jurisdiction_id=')).status).toBe(200);
    const other = await json('services.json?jurisdiction_id=32.73');
    expect(other.status).toBe(404);
    expectOpen311Error(other.body, 404);
    expect((other.body as { description: string }[])[0]?.description).toContain('35.14');
  });

  it('answers tokens with 404 in Open311 form: every id is issued at once', async () => {
    const token = await json('tokens/12345.json');
    expect(token.status).toBe(404);
    expectOpen311Error(token.body, 404);
  });

  it('answers an unknown method or format in Open311 form, not as a Cerdas problem', async () => {
    for (const path of ['nothing.json', 'services.csv', 'requests/a/b.json']) {
      const response = await open311(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/json');
      expectOpen311Error(await response.json(), 404);
    }
  });

  it('lets browsers on other sites call it (the app-wide CORS policy)', async () => {
    const preflight = await open311('requests.json', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://portal.example.id',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://portal.example.id');
    const get = await open311('services.json', {
      headers: { origin: 'https://portal.example.id' },
    });
    expect(get.headers.get('access-control-allow-origin')).toBe('https://portal.example.id');
  });
});

describe('GET requests on a busy portal', () => {
  let busy: TestServer;
  beforeAll(async () => {
    busy = await startTestServer({ seed: false });
    const { openComplaint } = await import('@cerdas/model');
    for (let i = 1; i <= 1005; i += 1) {
      const createdAt = new Date(busy.now.getTime() - i * 60_000).toISOString();
      const complaint = openComplaint(
        {
          kind: 'pengaduan',
          category: 'kebersihan',
          title: `Sampah menumpuk ${i}`,
          description: 'Sampah belum diangkut.',
          regionCode: '35.14.01',
          photoIds: [],
          privacy: 'anonymous',
        },
        {
          id: `01kf${String(i).padStart(22, '0')}`,
          trackingNumber: `ADU-3514-2026-${String(i).padStart(6, '0')}`,
          now: createdAt,
          channel: 'web',
        },
      );
      await busy.storage.complaints.insert(complaint, 'x'.repeat(64));
    }
  }, 60_000);
  afterAll(() => busy?.close());

  it('answers at most 1000 requests, the most recent', async () => {
    const response = await busy.fetch('/open311/v2/requests.json');
    const rows = (await response.json()) as Open311ServiceRequest[];
    expect(rows).toHaveLength(1000);
    expect(rows[0]?.service_request_id).toBe('ADU-3514-2026-000001');
    expect(rows.at(-1)?.service_request_id).toBe('ADU-3514-2026-001000');
  });
});

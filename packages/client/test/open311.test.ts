/**
 * The Open311 client against the real Cerdas server's GeoReport v2 endpoint, and against a
 * small local server that answers as real Open311 servers do (the specification's own example
 * bodies: invalid JSON with `001`, numeric ids, nulls, URLs with spaces, XML-shaped JSON).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/test/support/server.js';
import {
  CerdasAbortError,
  CerdasHttpError,
  CerdasNetworkError,
  CerdasTimeoutError,
  CerdasValidationError,
} from '../src/errors.js';
import { createOpen311Client } from '../src/open311.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('against the Cerdas server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  }, 60_000);
  afterAll(() => server?.close());

  const client = () =>
    createOpen311Client({ baseUrl: ` ${server.url}/open311/v2/ `, jurisdictionId: '35.14' });

  it('lists the services and defines one', async () => {
    const services = await client().services();
    expect(services).toHaveLength(12);
    expect(services[0]).toMatchObject({
      service_code: 'infrastruktur-jalan',
      metadata: false,
      type: 'realtime',
    });
    expect(await client().serviceDefinition('kebersihan')).toEqual({
      service_code: 'kebersihan',
      attributes: [],
    });
  });

  it('posts a request, fetches it by id, and finds it with filters', async () => {
    const before = await server.storage.complaints.count();
    const created = await client().postRequest({
      service_code: 'drainase-banjir',
      address_id: '35.14.01.2001',
      address_string: 'Gang sebelah masjid',
      lat: -7.6435,
      long: 112.8421,
      description: 'Saluran air tersumbat\nAir meluap ke jalan setiap hujan.',
      first_name: 'Dewi',
      last_name: 'Lestari',
      email: 'dewi.lestari@example.id',
      attribute: { IGNORED: 'ya' },
    });
    expect(created.service_request_id).toMatch(/^ADU-3514-2026-\d{6}$/);
    expect(created.service_notice).toBeTruthy();
    expect(await server.storage.complaints.count()).toBe(before + 1);
    const id = created.service_request_id as string;

    const request = await client().request(id);
    expect(request).toMatchObject({
      service_request_id: id,
      status: 'open',
      service_code: 'drainase-banjir',
      requested_datetime: server.now.toISOString(),
    });
    expect(JSON.stringify(request)).not.toMatch(/Dewi|Lestari|example\.id/);

    const open = await client().requests({
      serviceCode: ['drainase-banjir', 'kebersihan'],
      status: 'open',
      startDate: new Date(server.now.getTime() - 86_400_000),
      endDate: server.now,
    });
    expect(open.map((r) => r.service_request_id)).toContain(id);
    expect(open.every((r) => r.status === 'open')).toBe(true);
    const closed = await client().requests({ serviceCode: 'drainase-banjir', status: 'closed' });
    expect(closed.map((r) => r.service_request_id)).not.toContain(id);
    const byId = await client().requests({ serviceRequestId: [id], status: 'closed' });
    expect(byId.map((r) => r.service_request_id)).toEqual([id]);
  });

  it('posts once when the same idempotency key is sent twice', async () => {
    const before = await server.storage.complaints.count();
    const post = () =>
      client().postRequest(
        { service_code: 'kebersihan', address_id: '35.14.01', description: 'Sampah menumpuk.' },
        { idempotencyKey: 'client-open311-0001' },
      );
    const first = await post();
    expect((await post()).service_request_id).toBe(first.service_request_id);
    expect(await server.storage.complaints.count()).toBe(before + 1);
  });

  it("throws the server's Open311 errors as CerdasHttpError", async () => {
    const missing = await rejection(
      createOpen311Client({ baseUrl: `${server.url}/open311/v2`, language: 'en' }).postRequest({
        service_code: 'kebersihan',
        address_id: '35.14.01',
      }),
    );
    expect(missing).toBeInstanceOf(CerdasHttpError);
    expect((missing as CerdasHttpError).status).toBe(400);
    expect((missing as CerdasHttpError).problem.title).toBe('description is required');

    const foreign = await rejection(
      createOpen311Client({
        baseUrl: `${server.url}/open311/v2`,
        jurisdictionId: '32.73',
      }).services(),
    );
    expect((foreign as CerdasHttpError).status).toBe(404);
    expect((foreign as CerdasHttpError).problem.title).toMatch(/jurisdiction_id/);

    const unknown = await rejection(client().request('ADU-3514-2026-999999'));
    expect((unknown as CerdasHttpError).status).toBe(404);
    const token = await rejection(client().requestByToken('12345'));
    expect((token as CerdasHttpError).status).toBe(404);
  });
});

// ---------------------------------------------------------------------------------------
// A server that answers like the ones in the wild, byte for byte.

/** GET services.json as the specification prints it: `001` is not valid JSON. */
const SERVICES = `[
  {"service_code":001,"service_name":"Cans left out 24x7","description":"Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.","metadata":true,"type":"realtime","keywords":"lorem, ipsum, dolor","group":"sanitation"},
  {"service_code":002,"metadata":true,"type":"realtime","keywords":"lorem, ipsum, dolor","group":"street","service_name":"Construction plate shifted","description":"Metal construction plate covering the street or sidewalk has been moved."},
  {"service_code":"DMV66 ","service_name":"Abandoned vehicle","description":null,"metadata":"false","type":null,"keywords":null,"group":null}
]`;

/** A service definition in the Spark conversion of its XML. */
const DEFINITION = `{"service_definition":{"service_code":033,"attributes":{"attribute":[
  {"variable":true,"code":"WHISPAWN","datatype":"string","required":false,"datatype_description":null,"order":1,"description":"What is the ticket/tag/DL number?","values":null},
  {"variable":"true","code":"ISTHEVEHI","datatype":"singlevaluelist","required":"true","order":"2","description":"Is the vehicle running?","values":[{"key":0123,"name":"Yes"},{"key":"456","name":"No"}]}
]}}}`;

/** GET requests.json in the Spark conversion: numeric ids, nulls, a media URL with spaces. */
const REQUESTS = `{"service_requests":{"request":[
  {"service_request_id":638344,"status":"closed","status_notes":"Duplicate request.","service_name":"Sidewalk and Curb Issues","service_code":006,"description":null,"agency_responsible":null,"service_notice":null,"requested_datetime":"2010-04-14T06:37:38-08:00","updated_datetime":"2010-04-14T06:37:38-08:00","expected_datetime":"2010-04-15T06:37:38-08:00","address":"8TH AVE and JUDAH ST","address_id":545483,"zipcode":94122,"lat":"37.762221815","long":-122.4651145,"media_url":"http://city.gov.s3.amazonaws.com/requests/media/638344.jpg "},
  {"service_request_id":"638349","status":"OPEN ","service_name":"Sidewalk and Curb Issues","service_code":"006","requested_datetime":"2010-04-19T06:37:38-08:00","lat":null,"long":null,"media_url":"javascript:alert(1)"}
]}}`;

/** GET requests/{id}.json with one element, which the XML conversion leaves a bare object. */
const ONE_REQUEST = `{"service_requests":{"request":{"service_request_id":12345678901234567890,"status":"open","service_code":"001","requested_datetime":"2010-04-14T06:37:38-08:00"}}}`;

interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const ROUTES: Record<string, (req: Recorded, res: ServerResponse) => void> = {
  'GET /dev/v2/services.json': (_req, res) => res.end(SERVICES),
  'GET /dev/v2/services/033.json': (_req, res) => res.end(DEFINITION),
  'GET /dev/v2/requests.json': (_req, res) => res.end(REQUESTS),
  'GET /dev/v2/requests/12345678901234567890.json': (_req, res) => res.end(ONE_REQUEST),
  'GET /dev/v2/requests/404.json': (_req, res) => res.end('[]'),
  'GET /dev/v2/tokens/12345.json': (_req, res) =>
    res.end('[{"service_request_id":638344,"token":12345}]'),
  'GET /dev/v2/tokens/99999.json': (_req, res) => res.end('[]'),
  'POST /dev/v2/requests.json': (req, res) => {
    const form = new URLSearchParams(req.body);
    if (form.get('service_code') !== '001') {
      res.statusCode = 400;
      res.end('[{"code":400,"description":"service_code was not provided"}]');
      return;
    }
    if (form.get('api_key') !== 'xyz') {
      res.statusCode = 403;
      res.end('{"errors":{"error":{"code":"403","description":"Invalid api_key"}}}');
      return;
    }
    res.end(
      '[{"service_request_id":293944,"service_notice":"The City will inspect and require the responsible party to correct within 24 hours","account_id":null}]',
    );
  },
  'GET /dev/v2/requests/html.json': (_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end('<html><body>Welcome to the city portal</body></html>');
  },
  'GET /dev/v2/requests/not-open311.json': (_req, res) => res.end('{"hello":"world"}'),
  'GET /dev/v2/requests/gateway.json': (_req, res) => {
    res.statusCode = 502;
    res.setHeader('content-type', 'text/html');
    res.end('<html><body>502 Bad Gateway</body></html>');
  },
  'GET /dev/v2/requests/errors.json': (_req, res) => {
    res.statusCode = 400;
    res.setHeader('retry-after', '30');
    res.end(
      '[{"code":400,"description":"start_date and end_date span more than 90 days"},{"code":"400a","description":"end_date is invalid"}]',
    );
  },
  'GET /dev/v2/requests/slow.json': (_req, res) => {
    setTimeout(() => res.end('[]'), 2_000).unref();
  },
};

describe('against Open311 servers in the wild', () => {
  let wild: Server;
  let base: string;
  const seen: Recorded[] = [];
  const last = () => seen.at(-1) as Recorded;

  beforeAll(async () => {
    wild = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const recorded: Recorded = {
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        seen.push(recorded);
        res.setHeader('content-type', 'application/json; charset=utf-8');
        const route = ROUTES[`${recorded.method} ${recorded.url.split('?')[0]}`];
        if (route) return route(recorded, res);
        res.statusCode = 404;
        res.end('[{"code":404,"description":"Not found"}]');
      });
    });
    await new Promise<void>((ready) => wild.listen(0, '127.0.0.1', ready));
    base = `http://127.0.0.1:${(wild.address() as AddressInfo).port}/dev/v2`;
  });
  afterAll(async () => {
    wild.closeAllConnections();
    await new Promise<void>((done) => wild.close(() => done()));
  });
  beforeEach(() => {
    seen.length = 0;
  });

  const client = (extra: { apiKey?: string; jurisdictionId?: string; timeout?: number } = {}) =>
    createOpen311Client({ baseUrl: `${base}/`, ...extra });

  it('keeps the leading zeros of codes the specification prints as numbers, and fills defaults for nulls', async () => {
    const services = await client({ jurisdictionId: 'city.gov' }).services();
    expect(last().url).toBe('/dev/v2/services.json?jurisdiction_id=city.gov');
    expect(services.map((s) => s.service_code)).toEqual(['001', '002', 'DMV66']);
    expect(services[2]).toEqual({
      service_code: 'DMV66',
      service_name: 'Abandoned vehicle',
      metadata: false,
      type: 'realtime',
    });
  });

  it('unwraps a service definition in the XML-shaped JSON', async () => {
    const definition = await client().serviceDefinition(' 033 ');
    expect(definition.service_code).toBe('033');
    expect(definition.attributes).toHaveLength(2);
    expect(definition.attributes[1]).toMatchObject({
      variable: true,
      code: 'ISTHEVEHI',
      datatype: 'singlevaluelist',
      required: true,
      order: 2,
      values: [
        { key: '0123', name: 'Yes' },
        { key: '456', name: 'No' },
      ],
    });
    expect(definition.attributes[0]).not.toHaveProperty('values');
  });

  it('reads requests with numeric ids, nulls, padded values and URLs with spaces, and drops unsafe URLs', async () => {
    const requests = await client().requests({
      serviceCode: ['006', ' 001 '],
      status: ['open', 'closed'],
      startDate: new Date('2010-04-01T00:00:00.000Z'),
      endDate: '2010-05-01T00:00:00-08:00',
    });
    const query = new URL(last().url, 'http://x').searchParams;
    expect(Object.fromEntries(query)).toEqual({
      service_code: '006,001',
      status: 'open,closed',
      start_date: '2010-04-01T00:00:00Z',
      end_date: '2010-05-01T00:00:00-08:00',
    });
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({
      service_request_id: '638344',
      status: 'closed',
      service_code: '006',
      address_id: '545483',
      zipcode: '94122',
      lat: 37.762221815,
      long: -122.4651145,
      media_url: 'http://city.gov.s3.amazonaws.com/requests/media/638344.jpg',
    });
    expect(requests[0]).not.toHaveProperty('description');
    expect(requests[1]).toEqual({
      service_request_id: '638349',
      status: 'open',
      service_name: 'Sidewalk and Curb Issues',
      service_code: '006',
      requested_datetime: '2010-04-19T06:37:38-08:00',
    });
  });

  it('reads a single request the XML conversion left as a bare object, keeping all digits of a long id', async () => {
    const request = await client().request('12345678901234567890');
    expect(request.service_request_id).toBe('12345678901234567890');
    const missing = await rejection(client().request('404'));
    expect(missing).toBeInstanceOf(CerdasHttpError);
    expect((missing as CerdasHttpError).status).toBe(404);
  });

  it('posts form-urlencoded with api_key, jurisdiction_id and attributes, and reads the numeric id', async () => {
    const created = await client({ apiKey: 'xyz', jurisdictionId: 'city.gov' }).postRequest({
      service_code: '001',
      lat: 37.76524078,
      long: -122.4212043,
      address_string: '1234 5th street',
      email: 'smit333@sfgov.edu',
      description: 'A large sinkhole is destroying the street',
      attribute: { WHISPAWN: '123456', ITEMS: ['a', 'b'] },
    });
    expect(created).toEqual({
      service_request_id: '293944',
      service_notice:
        'The City will inspect and require the responsible party to correct within 24 hours',
    });
    expect(last().method).toBe('POST');
    expect(last().url).toBe('/dev/v2/requests.json');
    expect(last().headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(last().headers['idempotency-key']).toBeUndefined();
    expect([...new URLSearchParams(last().body)]).toEqual(
      expect.arrayContaining([
        ['api_key', 'xyz'],
        ['jurisdiction_id', 'city.gov'],
        ['service_code', '001'],
        ['lat', '37.76524078'],
        ['long', '-122.4212043'],
        ['attribute[WHISPAWN]', '123456'],
        ['attribute[ITEMS][]', 'a'],
        ['attribute[ITEMS][]', 'b'],
      ]),
    );
  });

  it('reads the id behind a token, and a pending token as the token alone', async () => {
    expect(await client().requestByToken('12345')).toEqual({
      service_request_id: '638344',
      token: '12345',
    });
    expect(await client().requestByToken('99999')).toEqual({ token: '99999' });
  });

  it('maps Open311 error lists to CerdasHttpError: status, the first description as title', async () => {
    const refused = await rejection(client().postRequest({ service_code: '002' }));
    expect(refused).toBeInstanceOf(CerdasHttpError);
    const error = refused as CerdasHttpError;
    expect(error.status).toBe(400);
    expect(error.problem.title).toBe('service_code was not provided');
    expect(error.message).toContain('service_code was not provided');
    expect(error.operation).toBe('open311.postRequest');

    const forbidden = (await rejection(
      client({ apiKey: 'wrong' }).postRequest({ service_code: '001' }),
    )) as CerdasHttpError;
    expect(forbidden.status).toBe(403);
    expect(forbidden.problem.title).toBe('Invalid api_key');

    const several = (await rejection(client().request('errors'))) as CerdasHttpError;
    expect(several.problem).toMatchObject({
      status: 400,
      title: 'start_date and end_date span more than 90 days',
      detail: 'start_date and end_date span more than 90 days; end_date is invalid',
      open311Errors: [
        { code: 400, description: 'start_date and end_date span more than 90 days' },
        { code: '400a', description: 'end_date is invalid' },
      ],
    });
    expect(several.retryAfter).toBe(30);

    const gateway = (await rejection(client().request('gateway'))) as CerdasHttpError;
    expect(gateway).toBeInstanceOf(CerdasHttpError);
    expect(gateway.status).toBe(502);
  });

  it('throws CerdasValidationError when a successful answer is not Open311 at all', async () => {
    const html = await rejection(client().request('html'));
    expect(html).toBeInstanceOf(CerdasValidationError);
    expect((html as CerdasValidationError).operation).toBe('open311.request');
    expect(await rejection(client().request('not-open311'))).toBeInstanceOf(CerdasValidationError);
  });

  it('throws CerdasTimeoutError, CerdasAbortError and CerdasNetworkError', async () => {
    const slow = await rejection(client({ timeout: 100 }).request('slow'));
    expect(slow).toBeInstanceOf(CerdasTimeoutError);
    expect((slow as CerdasTimeoutError).timeoutMs).toBe(100);

    const controller = new AbortController();
    const pending = client().request('slow', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await rejection(pending)).toBeInstanceOf(CerdasAbortError);
    expect(await rejection(client().services({ signal: AbortSignal.abort() }))).toBeInstanceOf(
      CerdasAbortError,
    );

    const closed = createServer();
    await new Promise<void>((ready) => closed.listen(0, '127.0.0.1', ready));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const offline = await rejection(
      createOpen311Client({ baseUrl: `http://127.0.0.1:${port}/v2` }).services(),
    );
    expect(offline).toBeInstanceOf(CerdasNetworkError);
  });

  it('refuses a baseUrl that is not a URL at once', () => {
    expect(() => createOpen311Client({ baseUrl: 'not a url' })).toThrow(TypeError);
  });
});

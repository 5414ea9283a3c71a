import * as fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import { problem } from '../common/problem.js';
import { NATIONAL_CALENDAR } from '../common/working-days.js';
import { ComplaintCreate } from './complaint.js';
import { toComplaintPublic, transitionComplaint } from './complaint-lifecycle.js';
import { ADMIN, complaint, DPUPR } from './fixtures.js';
import {
  Open311PostRequest,
  type Open311Service,
  type Open311ServiceLenient,
  type Open311ServiceRequest,
  type Open311ServiceRequestLenient,
  Open311ServiceRequest as Open311ServiceRequestSchema,
  Open311Service as Open311ServiceSchema,
  parseOpen311Errors,
  parseOpen311Json,
  parseOpen311PostResponse,
  parseOpen311ServiceDefinition,
  parseOpen311ServiceRequests,
  parseOpen311Services,
  readOpen311Form,
} from './open311.js';
import {
  complaintCategoryToOpen311Service,
  complaintToOpen311Request,
  open311PostToComplaintCreate,
  open311ServiceCodeToComplaintCategory,
  open311ServiceList,
  open311Status,
  problemToOpen311Errors,
} from './open311-mapping.js';

/** GET services.json as printed in the GeoReport v2 specification: invalid JSON (`001`). */
const SPEC_SERVICES = `[
  {
    "service_code":001,
    "service_name":"Cans left out 24x7",
    "description":"Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.",
    "metadata":true,
    "type":"realtime",
    "keywords":"lorem, ipsum, dolor",
    "group":"sanitation"
  },
  {
    "service_code":002,
    "metadata":true,
    "type":"realtime",
    "keywords":"lorem, ipsum, dolor",
    "group":"street",
    "service_name":"Construction plate shifted",
    "description":"Metal construction plate covering the street or sidewalk has been moved."
  }
]`;

/** GET requests.json of the specification: numeric ids, nulls, a URL with a trailing space. */
const SPEC_REQUESTS = `[
  {
    "service_request_id":638344,
    "status":"closed",
    "status_notes":"Duplicate request.",
    "service_name":"Sidewalk and Curb Issues",
    "service_code":006,
    "description":null,
    "agency_responsible":null,
    "service_notice":null,
    "requested_datetime":"2010-04-14T06:37:38-08:00",
    "updated_datetime":"2010-04-14T06:37:38-08:00",
    "expected_datetime":"2010-04-15T06:37:38-08:00",
    "address":"8TH AVE and JUDAH ST",
    "address_id":545483,
    "zipcode":94122,
    "lat":37.762221815,
    "long":-122.4651145,
    "media_url":"http://city.gov.s3.amazonaws.com/requests/media/638344.jpg "
  }
]`;

describe('parseOpen311Json', () => {
  it('reads the specification’s invalid `001` codes as strings, keeping the zeros', () => {
    expect(() => JSON.parse(SPEC_SERVICES)).toThrow();
    const parsed = parseOpen311Json(SPEC_SERVICES);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect((parsed.value as { service_code: unknown }[]).map((s) => s.service_code)).toEqual([
      '001',
      '002',
    ]);
  });

  it('keeps every digit of ids too long for a double, and leaves other numbers alone', () => {
    const parsed = parseOpen311Json(
      '{"id":12345678901234567890,"lat":-7.123,"n":0,"e":1e3,"s":"a \\"001\\" b","z":-012}',
    );
    expect(parsed).toEqual({
      ok: true,
      value: { id: '12345678901234567890', lat: -7.123, n: 0, e: 1000, s: 'a "001" b', z: '-012' },
    });
  });

  it('refuses what is not JSON at all', () => {
    expect(parseOpen311Json('<services/>').ok).toBe(false);
    expect(parseOpen311Json('{"a":').ok).toBe(false);
  });

  it('agrees with JSON.parse on valid JSON without such numbers (fast-check)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const text = JSON.stringify(value);
        const hasRisky = /(?<![\d.eE"\\])-?(0\d|\d{16,})/.test(text);
        if (hasRisky) return;
        expect(parseOpen311Json(text)).toEqual({ ok: true, value: JSON.parse(text) });
      }),
    );
  });
});

describe('lenient Open311 reading (client side)', () => {
  it('reads the specification’s services', () => {
    const json = parseOpen311Json(SPEC_SERVICES);
    if (!json.ok) throw new Error('json');
    const services = parseOpen311Services(json.value);
    expect(services).toMatchObject({
      ok: true,
      value: [
        {
          service_code: '001',
          service_name: 'Cans left out 24x7',
          metadata: true,
          type: 'realtime',
          keywords: 'lorem, ipsum, dolor',
          group: 'sanitation',
        },
        { service_code: '002', group: 'street' },
      ],
    });
    if (services.ok) {
      for (const service of services.value) {
        expect(Open311ServiceSchema.safeParse(service).success).toBe(true);
      }
    }
  });

  it('reads the specification’s requests: ids to strings, nulls dropped, URL trimmed', () => {
    const json = parseOpen311Json(SPEC_REQUESTS);
    if (!json.ok) throw new Error('json');
    const requests = parseOpen311ServiceRequests(json.value);
    expect(requests).toEqual({
      ok: true,
      value: [
        {
          service_request_id: '638344',
          status: 'closed',
          status_notes: 'Duplicate request.',
          service_name: 'Sidewalk and Curb Issues',
          service_code: '006',
          requested_datetime: '2010-04-14T06:37:38-08:00',
          updated_datetime: '2010-04-14T06:37:38-08:00',
          expected_datetime: '2010-04-15T06:37:38-08:00',
          address: '8TH AVE and JUDAH ST',
          address_id: '545483',
          zipcode: '94122',
          lat: 37.762221815,
          long: -122.4651145,
          media_url: 'http://city.gov.s3.amazonaws.com/requests/media/638344.jpg',
        },
      ],
    });
    if (requests.ok) {
      expect(Open311ServiceRequestSchema.safeParse(requests.value[0]).success).toBe(true);
    }
  });

  it('accepts codes sent as numbers (leading zeros then lost, as sent) and as strings', () => {
    const parsed = parseOpen311Services([
      { service_code: 6, service_name: 'A', metadata: 'false', type: 'Realtime' },
      {
        service_code: ' 006 ',
        service_name: null,
        metadata: null,
        type: null,
        keywords: ['x', 'y'],
      },
    ]);
    expect(parsed).toEqual({
      ok: true,
      value: [
        { service_code: '6', service_name: 'A', metadata: false, type: 'realtime' },
        {
          service_code: '006',
          service_name: '',
          metadata: false,
          type: 'realtime',
          keywords: 'x, y',
        },
      ],
    });
  });

  it('unwraps XML-style bodies and single objects', () => {
    expect(
      parseOpen311Services({ services: { service: { service_code: '001', service_name: 'A' } } }),
    ).toMatchObject({ ok: true, value: [{ service_code: '001' }] });
    expect(parseOpen311ServiceRequests({ service_requests: [] })).toEqual({ ok: true, value: [] });
  });

  it('reads a service definition with numeric keys and null descriptions', () => {
    const definition = parseOpen311ServiceDefinition({
      service_code: 'DMV66',
      attributes: [
        {
          variable: true,
          code: 'WHISHETN',
          datatype: 'singlevaluelist',
          required: true,
          datatype_description: null,
          order: 1,
          description: 'What is the ticket/tag/DL number?',
          values: [
            { key: 123, name: 'Ford' },
            { key: 124, name: 'Chrysler' },
          ],
        },
      ],
    });
    expect(definition).toEqual({
      ok: true,
      value: {
        service_code: 'DMV66',
        attributes: [
          {
            variable: true,
            code: 'WHISHETN',
            datatype: 'singlevaluelist',
            required: true,
            order: 1,
            description: 'What is the ticket/tag/DL number?',
            values: [
              { key: '123', name: 'Ford' },
              { key: '124', name: 'Chrysler' },
            ],
          },
        ],
      },
    });
  });

  it('reads POST answers (numeric id, null account) and error bodies', () => {
    expect(
      parseOpen311PostResponse([
        { service_request_id: 293944, service_notice: 'The City will inspect', account_id: null },
      ]),
    ).toEqual({
      ok: true,
      value: [{ service_request_id: '293944', service_notice: 'The City will inspect' }],
    });
    expect(parseOpen311PostResponse([{ token: 12345 }])).toEqual({
      ok: true,
      value: [{ token: '12345' }],
    });
    expect(parseOpen311Errors([{ code: 403, description: 'Invalid api_key received' }])).toEqual({
      ok: true,
      value: [{ code: 403, description: 'Invalid api_key received' }],
    });
    expect(parseOpen311Errors({ errors: { error: { code: '400', description: null } } })).toEqual({
      ok: true,
      value: [{ code: 400, description: '' }],
    });
  });

  it('names the item and field it cannot read', () => {
    const result = parseOpen311ServiceRequests([{ service_request_id: 'a', status: 'pending' }]);
    expect(result).toMatchObject({ ok: false, reason: { en: expect.stringContaining('[0]') } });
  });

  it('reads into the strict types', () => {
    expectTypeOf<z.output<typeof Open311ServiceLenient>>().toExtend<Open311Service>();
    expectTypeOf<z.output<typeof Open311ServiceRequestLenient>>().toExtend<Open311ServiceRequest>();
  });

  it('never throws on hostile bodies (fast-check)', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        for (const read of [
          parseOpen311Services,
          parseOpen311ServiceRequests,
          parseOpen311ServiceDefinition,
          parseOpen311PostResponse,
          parseOpen311Errors,
        ]) {
          expect(typeof read(data).ok).toBe('boolean');
        }
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof parseOpen311Json(text).ok).toBe('boolean');
      }),
    );
  });
});

describe('POST requests (server side)', () => {
  const body =
    'api_key=xyz&service_code=infrastruktur-jalan&lat=-7.78&long=112.73&address_string=Jl.+Raya+Gerbo&' +
    'email=budi%40example.com&device_id=tt222111&account_id=123456&first_name=Budi&last_name=Santoso&' +
    'phone=0813-9876-5432&description=Lubang+besar+di+jalan%0Asejak+sebulan&' +
    'media_url=https%3A%2F%2Ffoto.example.com%2F1.jpg&attribute[SIZE]=besar&attribute[WHEN][]=pagi&' +
    'attribute[WHEN][]=malam&attribute[__proto__][]=x&__proto__=y';

  it('decodes attribute[code] and attribute[code][] into a map', () => {
    const form = readOpen311Form(new URLSearchParams(body));
    expect(form.attribute).toEqual({ SIZE: 'besar', WHEN: ['pagi', 'malam'] });
    expect(Object.getPrototypeOf(form)).toBe(Object.prototype);
    const post = Open311PostRequest.parse(form);
    expect(post).toMatchObject({ service_code: 'infrastruktur-jalan', lat: -7.78, long: 112.73 });
  });

  it('needs one location', () => {
    const form = readOpen311Form(new URLSearchParams('service_code=kebersihan&description=x'));
    expect(Open311PostRequest.safeParse(form).success).toBe(false);
    expect(Open311PostRequest.safeParse({ ...form, lat: '-7.7' }).success).toBe(false);
    expect(Open311PostRequest.safeParse({ ...form, address_id: '35.14.01' }).success).toBe(true);
  });

  it('treats blank parameters as absent, as the specification says', () => {
    const form = readOpen311Form(
      new URLSearchParams(
        'service_code=kebersihan&lat=&long=&address_string=+&address_id=35.14.01&email=&media_url=&description=Sampah',
      ),
    );
    const post = Open311PostRequest.parse(form);
    expect(post).toEqual({
      service_code: 'kebersihan',
      address_id: '35.14.01',
      description: 'Sampah',
    });
    expect(open311PostToComplaintCreate(post)).toMatchObject({
      ok: true,
      value: { privacy: 'anonymous' },
    });
    expect(Open311PostRequest.safeParse({ ...form, address_id: ' ' }).success).toBe(false);
    expect(Open311PostRequest.safeParse({ ...form, lat: 'utara', long: '112' }).success).toBe(
      false,
    );
  });

  it('limits the description to 4000 characters', () => {
    const base = { service_code: 'kebersihan', address_id: '35.14.01' };
    expect(Open311PostRequest.safeParse({ ...base, description: 'x'.repeat(4000) }).success).toBe(
      true,
    );
    expect(Open311PostRequest.safeParse({ ...base, description: 'x'.repeat(4001) }).success).toBe(
      false,
    );
  });

  it('turns the requester into the reporter of a new report', () => {
    const post = Open311PostRequest.parse(readOpen311Form(new URLSearchParams(body)));
    const created = open311PostToComplaintCreate(post, { regionCode: () => '35.14.01.2001' });
    expect(created).toEqual({
      ok: true,
      value: {
        kind: 'pengaduan',
        category: 'infrastruktur-jalan',
        title: 'Lubang besar di jalan',
        description: 'Lubang besar di jalan\nsejak sebulan',
        regionCode: '35.14.01.2001',
        location: { lat: -7.78, lng: 112.73 },
        locationDescription: 'Jl. Raya Gerbo',
        mediaUrl: 'https://foto.example.com/1.jpg',
        photoIds: [],
        privacy: 'public',
        reporter: { name: 'Budi Santoso', phone: '+6281398765432', email: 'budi@example.com' },
      },
    });
    const json = JSON.stringify(created);
    expect(json).not.toContain('tt222111');
    expect(json).not.toContain('123456');
  });

  it('files a post without requester fields as anonymous', () => {
    const post = Open311PostRequest.parse({
      service_code: ' Kebersihan ',
      address_id: '35.14.01',
      description: 'Sampah menumpuk',
    });
    expect(open311PostToComplaintCreate(post)).toMatchObject({
      ok: true,
      value: { category: 'kebersihan', regionCode: '35.14.01', privacy: 'anonymous' },
    });
  });

  it('refuses an unknown service, an unplaceable location, a missing description', () => {
    const ok = { service_code: 'kebersihan', address_id: '35.14.01', description: 'x' };
    expect(open311PostToComplaintCreate({ ...ok, service_code: '001' })).toMatchObject({
      ok: false,
      reason: { en: expect.stringContaining('service_code') },
    });
    expect(open311PostToComplaintCreate({ ...ok, address_id: '545483' })).toMatchObject({
      ok: false,
      reason: { en: expect.stringContaining('address_id') },
    });
    const { description: _d, ...bare } = ok;
    expect(open311PostToComplaintCreate(bare).ok).toBe(false);
    expect(open311PostToComplaintCreate({ ...ok, phone: '111111111' })).toMatchObject({
      ok: false,
      reason: { en: expect.stringContaining('reporter.phone') },
    });
  });

  it('cuts a long first line into a title at a word', () => {
    const long = `${'kata '.repeat(60)}akhir`;
    const created = open311PostToComplaintCreate({
      service_code: 'kebersihan',
      address_id: '35.14.01',
      description: long,
    });
    expect(created.ok && created.value.title.length).toBeLessThanOrEqual(150);
    expect(created.ok && created.value.title.endsWith('…')).toBe(true);
    expect(ComplaintCreate.safeParse(created.ok && created.value).success).toBe(true);
  });
});

describe('complaints as Open311 services and requests', () => {
  it('offers one service per category, with the slug as code', () => {
    const list = open311ServiceList('en');
    expect(list).toHaveLength(12);
    expect(complaintCategoryToOpen311Service('kebersihan')).toEqual({
      service_code: 'kebersihan',
      service_name: 'Kebersihan dan sampah',
      metadata: false,
      type: 'realtime',
      keywords: 'sampah, TPS, kebersihan, bau',
      group: 'lingkungan',
    });
    for (const service of list) {
      expect(Open311ServiceSchema.safeParse(service).success).toBe(true);
      expect(open311ServiceCodeToComplaintCategory(service.service_code)).toBe(
        service.service_code,
      );
    }
    expect(open311ServiceCodeToComplaintCategory('001')).toBeUndefined();
  });

  it('collapses statuses to open and closed', () => {
    expect(
      (['received', 'needs-info', 'verified', 'dispatched', 'in-progress'] as const).map(
        open311Status,
      ),
    ).toEqual(['open', 'open', 'open', 'open', 'open']);
    expect((['resolved', 'closed', 'rejected'] as const).map(open311Status)).toEqual([
      'closed',
      'closed',
      'closed',
    ]);
  });

  it('maps the public view, never the reporter', () => {
    let report = complaint();
    for (const [body, actor, now] of [
      [{ action: 'verify' }, ADMIN, '2026-03-17T09:00:00+07:00'],
      [{ action: 'dispatch', opdId: 'dpupr' }, ADMIN, '2026-03-17T09:05:00+07:00'],
      [{ action: 'start', publicNote: 'Survei lokasi' }, DPUPR, '2026-03-25T09:00:00+07:00'],
    ] as const) {
      const next = transitionComplaint(report, body, actor, { now });
      if (!next.ok) throw new Error('transition');
      report = next.value;
    }
    const view = toComplaintPublic(report, {
      lang: 'id',
      calendar: NATIONAL_CALENDAR,
      timeZone: 'Asia/Jakarta',
      opdName: () => 'Dinas PUPR',
    });
    const request = complaintToOpen311Request(view, {
      photoUrl: (id) => `https://cerdas.example/media/${id}`,
    });
    expect(request).toEqual({
      service_request_id: 'ADU-3514-2026-000123',
      status: 'open',
      status_notes: 'Survei lokasi',
      service_name: 'Infrastruktur jalan dan jembatan',
      service_code: 'infrastruktur-jalan',
      description: report.description,
      agency_responsible: 'Dinas PUPR',
      service_notice: expect.stringContaining('3 hari kerja'),
      requested_datetime: '2026-03-16T10:00:00+07:00',
      updated_datetime: '2026-03-25T09:00:00+07:00',
      expected_datetime: '2026-03-31T23:59:59+07:00',
      address_id: '35.14.01',
      lat: -7.78,
      long: 112.73,
      media_url: 'https://cerdas.example/media/foto-1',
    });
    expect(Open311ServiceRequestSchema.safeParse(request).success).toBe(true);
    const json = JSON.stringify(request);
    for (const secret of ['Budi', '+6281398765432', 'budi@example.com', '35.14.01.2001']) {
      expect(json).not.toContain(secret);
    }
  });

  it('turns problem details into Open311 errors', () => {
    expect(
      problemToOpen311Errors({
        ...problem(400, { lang: 'en', detail: '1 field needs fixing.' }),
        errors: [
          { path: 'service_code', message: 'service_code: is required', code: 'invalid_type' },
        ],
      }),
    ).toEqual([
      { code: 400, description: '1 field needs fixing.' },
      { code: 400, description: 'service_code: is required' },
    ]);
  });
});

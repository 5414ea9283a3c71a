import { describe, expect, it } from 'vitest';
import { validate } from '../common/i18n.js';
import { KK_STANDARD } from './fixtures.js';
import { serviceJsonLd } from './jsonld.js';
import {
  acceptsRequests,
  formatServiceFee,
  ServiceStandard,
  ServiceStandardCreate,
  ServiceStandardQuery,
  ServiceStandardUpdate,
} from './standard.js';

const { id: _id, createdAt: _c, updatedAt: _u, ...createBody } = KK_STANDARD;

function errors(schema: Parameters<typeof validate>[0], data: unknown, lang: 'id' | 'en' = 'en') {
  const result = validate(schema, data, lang);
  return result.success ? [] : result.errors.map((e) => e.message);
}

describe('ServiceStandard (UU 25/2009 Pasal 21; PermenPANRB 15/2014)', () => {
  it('accepts a complete standard with the six published components', () => {
    expect(ServiceStandard.parse(KK_STANDARD)).toEqual(KK_STANDARD);
  });

  it('takes jangka waktu as whole working days from 0 (same day)', () => {
    expect(ServiceStandard.safeParse({ ...KK_STANDARD, completionDays: 0 }).success).toBe(true);
    expect(errors(ServiceStandard, { ...KK_STANDARD, completionDays: -1 })).toEqual([
      'completionDays: must be at least 0',
    ]);
    expect(errors(ServiceStandard, { ...KK_STANDARD, completionDays: 1.5 })).toEqual([
      'completionDays: must be a whole number',
    ]);
  });

  it('needs a legal basis for any charge (UU 25/2009 Pasal 31)', () => {
    expect(
      ServiceStandard.safeParse({ ...KK_STANDARD, fee: { kind: 'fixed', amount: 50_000 } }).success,
    ).toBe(false);
    expect(
      ServiceStandard.safeParse({
        ...KK_STANDARD,
        fee: { kind: 'fixed', amount: 50_000, legalBasis: 'Perda Kab. Pasuruan 1/2024' },
      }).success,
    ).toBe(true);
    expect(
      ServiceStandard.safeParse({
        ...KK_STANDARD,
        fee: { kind: 'fixed', amount: 0, legalBasis: 'Perda' },
      }).success,
    ).toBe(false);
  });

  it('refuses duplicate requirement keys, empty procedures and inverted hours', () => {
    const twice = [...KK_STANDARD.requirements, KK_STANDARD.requirements[0]];
    expect(errors(ServiceStandard, { ...KK_STANDARD, requirements: twice })).toEqual([
      'requirements: requirement keys must be unique',
    ]);
    expect(errors(ServiceStandard, { ...KK_STANDARD, procedure: [] })).toEqual([
      'procedure: must have at least 1 items',
    ]);
    const channel = {
      kind: 'office',
      name: 'Kantor',
      street: 'Jl. A',
      hours: [{ days: ['mon'], opens: '16:00', closes: '08:00' }],
    };
    expect(errors(ServiceStandard, { ...KK_STANDARD, channels: [channel] })).toEqual([
      'channels[0].hours[0].closes: closing time must be after opening time',
    ]);
  });

  it('refuses links a browser would run', () => {
    const channel = { kind: 'online', url: 'javascript:alert(1)' };
    expect(ServiceStandard.safeParse({ ...KK_STANDARD, channels: [channel] }).success).toBe(false);
  });

  it('bounds every list and string', () => {
    const many = Array.from({ length: 51 }, (_, i) => ({
      key: `r${i}`,
      description: 'x',
      required: false,
    }));
    expect(ServiceStandard.safeParse({ ...KK_STANDARD, requirements: many }).success).toBe(false);
    expect(ServiceStandard.safeParse({ ...KK_STANDARD, name: 'x'.repeat(201) }).success).toBe(
      false,
    );
    expect(ServiceStandard.safeParse({ ...KK_STANDARD, name: '   ' }).success).toBe(false);
  });
});

describe('ServiceStandardCreate / Update / Query', () => {
  it('defaults status, keywords and requirements on create', () => {
    const { status: _s, keywords: _k, requirements: _r, ...minimal } = createBody;
    const parsed = ServiceStandardCreate.parse(minimal);
    expect(parsed.status).toBe('active');
    expect(parsed.keywords).toEqual([]);
    expect(parsed.requirements).toEqual([]);
  });

  it('takes any non-empty subset on update', () => {
    expect(ServiceStandardUpdate.parse({ completionDays: 5 })).toEqual({ completionDays: 5 });
    expect(errors(ServiceStandardUpdate, {}, 'id')).toEqual([
      'data: tidak ada perubahan yang dikirim',
    ]);
  });

  it('reads the catalogue query from a query string', () => {
    expect(
      ServiceStandardQuery.parse({ text: ' kartu keluarga ', opd: 'dispendukcapil', limit: '5' }),
    ).toEqual({ text: 'kartu keluarga', opd: 'dispendukcapil', limit: 5 });
    expect(ServiceStandardQuery.safeParse({ channel: 'fax' }).success).toBe(false);
  });
});

describe('formatServiceFee and acceptsRequests', () => {
  it('prints the fee as people read it', () => {
    expect(formatServiceFee({ kind: 'free' })).toBe('Gratis');
    expect(formatServiceFee({ kind: 'free' }, 'en')).toBe('Free of charge');
    expect(formatServiceFee({ kind: 'fixed', amount: 50_000, legalBasis: 'Perda' })).toBe(
      'Rp\u00a050.000',
    );
  });

  it('takes requests only while active (HSDS status)', () => {
    expect(acceptsRequests(KK_STANDARD)).toBe(true);
    expect(acceptsRequests({ status: 'temporarily-closed' })).toBe(false);
  });
});

describe('serviceJsonLd (schema.org GovernmentService)', () => {
  const node = serviceJsonLd(KK_STANDARD, {
    opdName: 'Dinas Kependudukan dan Pencatatan Sipil',
    areaServed: 'Kabupaten Pasuruan',
    url: 'https://pasuruankab.go.id/layanan/kk-baru',
  });

  it('describes the service, operator, fee and a channel per delivery channel', () => {
    expect(node).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: 'Penerbitan Kartu Keluarga baru',
      serviceType: 'Administrasi kependudukan',
      serviceOperator: { '@type': 'GovernmentOrganization' },
      areaServed: { '@type': 'AdministrativeArea', name: 'Kabupaten Pasuruan' },
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'IDR' },
      serviceOutput: { name: 'Kartu Keluarga' },
    });
    const channels = node.availableChannel as Record<string, unknown>[];
    expect(channels).toHaveLength(3);
    expect(channels[0]).toMatchObject({
      serviceUrl: 'https://dispendukcapil.pasuruankab.go.id/layanan',
    });
    expect(channels[1]).toMatchObject({
      name: 'Mal Pelayanan Publik Kabupaten Pasuruan, Loket 3',
      serviceLocation: { address: { streetAddress: 'Jl. Raya Raci, Bangil' } },
    });
    expect(channels[2]).toMatchObject({
      serviceLocation: { geo: { latitude: -7.6, longitude: 112.78 } },
      hoursAvailable: [
        { dayOfWeek: expect.arrayContaining(['https://schema.org/Monday']), opens: '07:30' },
        { dayOfWeek: ['https://schema.org/Friday'], closes: '11:00' },
      ],
    });
  });

  it('gives jangka waktu in working days, never as a calendar processingTime', () => {
    expect(JSON.stringify(node)).not.toContain('processingTime');
    expect(node.additionalProperty).toEqual([
      expect.objectContaining({ value: 3, unitText: 'hari kerja' }),
    ]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(node))).toEqual(node);
  });
});

import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PERSONAL_DATA } from '../common/personal.js';
import {
  Complaint,
  ComplaintCreate,
  ComplaintListQuery,
  ComplaintPublic,
  ComplaintTransitionRequest,
  DueDate,
  IkmQuery,
  IkmReport,
  IkmResponse,
  IkmResponseCreate,
  IkmResult,
  Open311Errors,
  Open311PostRequest,
  Open311PostResponse,
  Open311Service,
  Open311ServiceDefinition,
  Open311ServiceRequest,
  ServiceRequest,
  ServiceRequestCreate,
  ServiceRequestListQuery,
  ServiceRequestPublic,
  ServiceRequestTransitionRequest,
  ServiceStandard,
  ServiceStandardCreate,
  ServiceStandardQuery,
  ServiceStandardUpdate,
} from './index.js';

type Json = { [key: string]: unknown };

/** Every property name and whether `x-personal-data` occurs anywhere in a JSON Schema. */
function walk(schema: unknown): { names: Set<string>; personal: boolean } {
  const names = new Set<string>();
  let personal = false;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Json)) {
      if (key === PERSONAL_DATA) personal = true;
      if (key === 'properties' && value && typeof value === 'object') {
        for (const name of Object.keys(value)) names.add(name);
      }
      visit(value);
    }
  };
  visit(schema);
  return { names, personal };
}

const PERSON_FIELDS =
  /^(nik|phone|email|whatsapp|address|reporter|applicant|first_name|last_name|answers|attachments|fileName)$/i;

const REQUESTS = {
  ServiceStandardCreate,
  ServiceStandardUpdate,
  ServiceStandardQuery,
  ServiceRequestCreate,
  ServiceRequestTransitionRequest,
  ServiceRequestListQuery,
  ComplaintCreate,
  ComplaintTransitionRequest,
  ComplaintListQuery,
  IkmResponseCreate,
  IkmQuery,
  Open311PostRequest,
};

const RESPONSES = {
  ServiceStandard,
  ServiceRequest,
  ServiceRequestPublic,
  Complaint,
  ComplaintPublic,
  IkmResponse,
  IkmResult,
  IkmReport,
  DueDate,
  Open311Service,
  Open311ServiceDefinition,
  Open311ServiceRequest,
  Open311PostResponse,
  Open311Errors,
};

/** Responses anyone may read, without a token. */
const PUBLIC = {
  ServiceStandard,
  ServiceRequestPublic,
  ComplaintPublic,
  IkmResult,
  IkmReport,
  Open311Service,
  Open311ServiceDefinition,
};

describe('JSON Schema for the OpenAPI document', () => {
  it.each(Object.entries(REQUESTS))('%s is representable as input', (_, schema) => {
    expect(() => z.toJSONSchema(schema, { io: 'input' })).not.toThrow();
  });

  it.each(Object.entries(RESPONSES))('%s is representable as output', (_, schema) => {
    expect(() => z.toJSONSchema(schema, { io: 'output' })).not.toThrow();
  });
});

describe('public responses carry no personal data (UU 27/2022)', () => {
  it.each(Object.entries(PUBLIC))(
    '%s has no x-personal-data and no personal field',
    (_, schema) => {
      const { names, personal } = walk(z.toJSONSchema(schema, { io: 'output' }));
      expect(personal).toBe(false);
      expect([...names].filter((name) => PERSON_FIELDS.test(name))).toEqual([]);
    },
  );

  it('Open311 requests name only the place of the issue `address`, which the mapping leaves out', () => {
    const { names, personal } = walk(z.toJSONSchema(Open311ServiceRequest, { io: 'output' }));
    expect(personal).toBe(false);
    expect([...names].filter((name) => PERSON_FIELDS.test(name))).toEqual(['address']);
  });

  it.each(
    Object.entries({
      Complaint,
      ServiceRequest,
      ComplaintCreate,
      ServiceRequestCreate,
      Open311PostRequest,
      IkmResponse,
    }),
  )('the staff or input schema %s is marked, so the walk can tell', (_, schema) => {
    expect(walk(z.toJSONSchema(schema, { io: 'input' })).personal).toBe(true);
  });

  it('public views list their fields: unknown keys from a staff record are dropped', () => {
    const leaked = ComplaintPublic.safeParse({
      trackingNumber: 'ADU-3514-2026-000123',
      kind: 'pengaduan',
      category: 'kebersihan',
      categoryLabel: 'Kebersihan',
      districtCode: '35.14.01',
      status: 'received',
      statusLabel: 'Diterima',
      timeline: [],
      dueDates: {
        verification: { kind: 'date', date: '2026-03-19' },
        followUp: null,
        confirmation: null,
      },
      createdAt: '2026-03-16T10:00:00+07:00',
      updatedAt: '2026-03-16T10:00:00+07:00',
      reporter: { name: 'Budi', phone: '+6281398765432' },
    });
    expect(leaked.success).toBe(true);
    expect(leaked.success && leaked.data).not.toHaveProperty('reporter');
  });
});

describe('hostile input yields a value or a ZodError, never another throw (fast-check)', () => {
  it.each(Object.entries(REQUESTS))('%s', (_, schema) => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (input) => {
        try {
          schema.parse(input);
        } catch (error) {
          expect(error).toBeInstanceOf(z.core.$ZodError);
        }
      }),
      { numRuns: 200 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PhotoUpload } from '../common/media.js';
import { PERSONAL_DATA } from '../common/personal.js';
import {
  Business,
  BusinessCatalogPage,
  BusinessCatalogQuery,
  BusinessCreate,
  BusinessDetailPublic,
  BusinessPublic,
  BusinessPublicSummary,
  BusinessStaffQuery,
  BusinessUpdate,
  BusinessVerificationRequest,
  Product,
  ProductCreate,
  ProductPublic,
  ProductUpdate,
  PUBLISHED_WITH_CONSENT,
  UmkmPhoto,
} from './index.js';

const requests = {
  BusinessCreate,
  BusinessUpdate,
  BusinessVerificationRequest,
  ProductCreate,
  ProductUpdate,
  BusinessCatalogQuery,
  BusinessStaffQuery,
  PhotoUpload,
};
const publicResponses = {
  BusinessPublic,
  BusinessPublicSummary,
  BusinessCatalogPage,
  BusinessDetailPublic,
  ProductPublic,
};
const responses = { ...publicResponses, Business, Product, UmkmPhoto };

type JsonSchema = { [key: string]: unknown };

/** Every (path, schema node) pair of a JSON Schema, depth first. */
function* nodes(schema: unknown, path = '#'): Generator<[string, JsonSchema]> {
  if (Array.isArray(schema)) {
    for (const [i, item] of schema.entries()) yield* nodes(item, `${path}/${i}`);
    return;
  }
  if (typeof schema !== 'object' || schema === null) return;
  yield [path, schema as JsonSchema];
  for (const [key, value] of Object.entries(schema)) yield* nodes(value, `${path}/${key}`);
}

/** Property names that say "a person's contact or identity", as the contract test will look for. */
function isPersonalName(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower === 'nik' ||
    lower.includes('phone') ||
    lower.includes('whatsapp') ||
    lower.includes('email') ||
    lower === 'address' ||
    lower === 'homeaddress' ||
    lower === 'owner'
  );
}

describe('JSON Schema for the OpenAPI document', () => {
  it.each(Object.entries(requests))('%s converts as a request (io: input)', (_, schema) => {
    expect(() => z.toJSONSchema(schema, { io: 'input' })).not.toThrow();
  });

  it.each(Object.entries(responses))('%s converts as a response (io: output)', (_, schema) => {
    expect(() => z.toJSONSchema(schema, { io: 'output' })).not.toThrow();
  });
});

describe('public responses hold no personal data', () => {
  it.each(Object.entries(publicResponses))(
    '%s has no x-personal-data and no personal field names',
    (_, schema) => {
      const json = z.toJSONSchema(schema, { io: 'output' });
      for (const [path, node] of nodes(json)) {
        expect(node, path).not.toHaveProperty([PERSONAL_DATA]);
        const properties = node.properties as JsonSchema | undefined;
        if (properties && path.endsWith('/properties') === false) {
          for (const name of Object.keys(properties))
            expect(isPersonalName(name), `${path}.${name}`).toBe(false);
        }
      }
    },
  );

  it('marks what the owner may publish by consent, so readers of the OpenAPI see it', () => {
    const json = JSON.stringify(z.toJSONSchema(BusinessPublic, { io: 'output' }));
    expect(json).toContain(`"${PUBLISHED_WITH_CONSENT}":"contact.publicWhatsApp"`);
    expect(json).toContain(`"${PUBLISHED_WITH_CONSENT}":"location.showStreet"`);
  });

  it('marks the staff record’s personal data, so the walk above is not vacuous', () => {
    const marked = [...nodes(z.toJSONSchema(Business, { io: 'output' }))]
      .filter(([, node]) => node[PERSONAL_DATA] === true)
      .map(([path]) => path);
    for (const field of [
      'owner',
      'nik',
      'phone',
      'email',
      'homeAddress',
      'street',
      'whatsApp',
      'geo',
    ]) {
      expect(
        marked.some((path) => path.endsWith(`/${field}`)),
        field,
      ).toBe(true);
    }
  });

  it('marks the owner in the create body too (io: input)', () => {
    const json = z.toJSONSchema(BusinessCreate, { io: 'input' });
    const marked = [...nodes(json)]
      .filter(([, node]) => node[PERSONAL_DATA] === true)
      .map(([p]) => p);
    expect(marked.some((path) => path.endsWith('/owner/properties/phone'))).toBe(true);
    expect(marked.some((path) => path.endsWith('/contact/properties/whatsApp'))).toBe(true);
  });
});

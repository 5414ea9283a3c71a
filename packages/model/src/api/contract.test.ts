import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';
import { PERSONAL_DATA } from '../common/personal.js';
import { contract } from './contract.js';
import { createOpenApiDocument } from './openapi.js';
import { pathParameterNames, type RouteDefinition, successStatusOf } from './route.js';

const routes = Object.entries(contract) as [string, RouteDefinition][];
const publicRoutes = routes.filter(([, r]) => r.access === 'public');

type Json = { [key: string]: unknown };

/** Property names that identify a person or reach them (UU 27/2022). */
const PERSONAL_NAMES = new Set([
  'nik',
  'phone',
  'phonenumber',
  'email',
  'whatsapp',
  'address',
  'homeaddress',
  'owner',
  'reporter',
  'applicant',
  'contactperson',
  'information',
]);

/** Every personal marker or personal property name reachable in a JSON Schema, with its path. */
function personalFindings(schema: unknown, path = '#'): string[] {
  if (Array.isArray(schema)) return schema.flatMap((s, i) => personalFindings(s, `${path}/${i}`));
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Json;
  const found: string[] = [];
  if (node[PERSONAL_DATA] === true) found.push(`${path} is marked ${PERSONAL_DATA}`);
  const properties = node.properties as Json | undefined;
  for (const name of Object.keys(properties ?? {})) {
    if (PERSONAL_NAMES.has(name.toLowerCase())) found.push(`${path}/properties/${name}`);
  }
  for (const [key, value] of Object.entries(node)) {
    found.push(...personalFindings(value, `${path}/${key}`));
  }
  return found;
}

function outputSchema(schema: zc.$ZodType): unknown {
  return z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
}

describe('the route table', () => {
  it('has one route per method and path, with dotted camelCase operation ids', () => {
    const keys = routes.map(([, r]) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [id] of routes) expect(id).toMatch(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/);
  });

  it.each(routes)('%s: path placeholders and params schema agree', (_, route) => {
    const names = pathParameterNames(route.path);
    const params = route.params
      ? Object.keys((outputSchema(route.params) as { properties: Json }).properties)
      : [];
    expect(params.sort()).toEqual([...names].sort());
  });

  it.each(routes)('%s: every schema converts to JSON Schema', (_, route) => {
    for (const schema of [route.params, route.query, route.body]) {
      if (schema) expect(() => z.toJSONSchema(schema, { io: 'input' })).not.toThrow();
    }
    if (route.response) expect(() => z.toJSONSchema(route.response as zc.$ZodType)).not.toThrow();
  });

  it.each(routes)('%s: declares the errors its access implies', (_, route) => {
    expect(route.errors).toContain(400);
    if (route.access !== 'public') {
      expect(route.errors).toContain(401);
      expect(route.errors).toContain(403);
    }
    if (route.method !== 'GET') expect(route.errors).toContain(413);
    if (route.body && route.bodyEncoding === 'multipart') expect(route.errors).toContain(415);
    if (route.response === null) expect(successStatusOf(route)).toBe(204);
  });

  it('takes an Idempotency-Key on every write a citizen makes', () => {
    const citizenWrites = publicRoutes.filter(([, r]) => r.method !== 'GET');
    expect(citizenWrites.map(([id]) => id).sort()).toEqual([
      'complaints.citizenAction',
      'complaints.submit',
      'ikm.submit',
      'serviceRequests.resubmit',
      'serviceRequests.submit',
      'uploads.create',
    ]);
    for (const [, route] of citizenWrites) expect(route.idempotent).toBe(true);
    expect(contract['planning.proposals.create'].idempotent).toBe(true);
  });

  it('covers the three domains, regions and staff tokens', () => {
    const tags = new Set(routes.map(([, r]) => r.tag));
    expect([...tags].sort()).toEqual([
      'complaints',
      'ikm',
      'opd',
      'planning',
      'regions',
      'service-requests',
      'services',
      'stats',
      'tokens',
      'umkm',
      'uploads',
    ]);
  });
});

describe('personal data (UU 27/2022)', () => {
  it.each(publicRoutes)('%s: the public response reaches no personal field', (_, route) => {
    expect(route.personalData ?? false).toBe(false);
    if (route.response) expect(personalFindings(outputSchema(route.response))).toEqual([]);
  });

  it.each(routes.filter(([, r]) => r.access !== 'public' && !r.personalData))(
    '%s: a staff route not flagged personal carries none either',
    (_, route) => {
      if (route.response) expect(personalFindings(outputSchema(route.response))).toEqual([]);
    },
  );

  it('finds personal data where it is (the check is not blind)', () => {
    const flagged = routes.filter(([, r]) => r.personalData);
    expect(flagged.length).toBeGreaterThan(10);
    for (const [id, route] of flagged) {
      const findings = personalFindings(outputSchema(route.response as zc.$ZodType));
      expect(findings.length, `${id} is flagged personal but shows none`).toBeGreaterThan(0);
    }
    const leaky = z.object({ name: z.string(), contact: z.object({ phone: z.string() }) });
    expect(personalFindings(outputSchema(leaky))).toEqual([
      '#/properties/contact/properties/phone',
    ]);
  });
});

describe('the OpenAPI document', () => {
  const doc = createOpenApiDocument(contract, { title: 'Cerdas API', version: '0.0.0' });
  const paths = doc.paths as Record<string, Record<string, Json>>;

  it('has every route as an operation', () => {
    const operations = Object.values(paths).flatMap((item) =>
      Object.values(item).map((op) => op.operationId),
    );
    expect(operations.sort()).toEqual(routes.map(([id]) => id).sort());
    expect(doc.openapi).toBe('3.1.0');
  });

  it('describes errors as problem details and staff routes as bearer-protected', () => {
    const op = paths['/v1/staff/complaints/{id}/transitions']?.post as Json;
    const responses = op.responses as Record<string, Json>;
    expect(Object.keys(responses)).toContain('403');
    expect(JSON.stringify(responses['422'])).toContain('application/problem+json');
    expect(op.security).toEqual([{ bearerAuth: [] }]);
    expect(op['x-cerdas-access']).toEqual(['opd', 'admin']);
  });

  it('names the Idempotency-Key header on keyed writes', () => {
    const op = paths['/v1/complaints']?.post as Json;
    expect(op.parameters).toContainEqual({ $ref: '#/components/parameters/IdempotencyKey' });
  });

  it('refers to named schemas instead of repeating them', () => {
    const named = createOpenApiDocument(contract, {
      title: 'Cerdas API',
      version: '0.0.0',
      namedSchemas: { PageCursorOnly: z.string() },
    });
    const schemas = (named.components as { schemas: Json }).schemas;
    expect(Object.keys(schemas)).toContain('ProblemDetails');
    expect(Object.keys(schemas)).not.toContain('PageCursorOnly');
  });
});

import { contract, type OperationId, type RouteDefinition } from '@cerdas/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/errors.js';
import { type Caller, startTestServer, type TestServer } from '../support/server.js';

const CALLERS: Caller[] = [
  'public',
  'desa',
  'kecamatan',
  'opdUmkm',
  'opdOther',
  'bappeda',
  'admin',
];
const ROLE_OF: Record<Exclude<Caller, 'public'>, string> = {
  desa: 'desa',
  kecamatan: 'kecamatan',
  opdUmkm: 'opd',
  opdOther: 'opd',
  bappeda: 'bappeda',
  admin: 'admin',
};
const PLACEHOLDER: Record<string, string> = {
  id: 'tidak-ada',
  productId: 'tidak-ada',
  code: '35.14',
  year: '2027',
  trackingNumber: 'ADU-3514-2026-999999',
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server?.close());

function pathOf(operationId: OperationId, route: RouteDefinition): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    name === 'trackingNumber' && operationId.startsWith('serviceRequests')
      ? 'LYN-3514-2026-999999'
      : (PLACEHOLDER[name] ?? 'x'),
  );
}

function requestOf(
  _operationId: OperationId,
  route: RouteDefinition,
): RequestInit & { json?: unknown } {
  if (route.method === 'GET' || route.method === 'DELETE') return { method: route.method };
  if (route.bodyEncoding === 'multipart') return { method: route.method, body: new FormData() };
  return { method: route.method, json: {} };
}

const routes = Object.entries(contract) as [OperationId, RouteDefinition][];

describe('the authorization matrix: every route × every caller', () => {
  it.each(routes)('%s', async (operationId, route) => {
    const outcomes: string[] = [];
    for (const caller of CALLERS) {
      const response = await server.fetch(pathOf(operationId, route), {
        ...requestOf(operationId, route),
        as: caller,
      });
      const body = response.headers.get('content-type')?.includes('json')
        ? await response.json()
        : undefined;
      const status = response.status;
      outcomes.push(`${caller}:${status}`);
      expect(status, `${caller} got a server error`).toBeLessThan(500);
      if (route.access === 'public') {
        expect([401, 403], `${caller} on a public route`).not.toContain(status);
      } else if (caller === 'public') {
        expect(status).toBe(401);
        expect(response.headers.get('www-authenticate')).toContain('Bearer');
      } else if (!route.access.includes(ROLE_OF[caller] as never)) {
        expect(status, `${caller} may not call ${operationId}`).toBe(403);
        expect(body.detail).toBe(MESSAGES.roleForbidden.id);
      } else {
        expect(status).not.toBe(401);
        // An allowed role may still be outside the record's scope (403), never refused by role.
        if (status === 403) expect(body.detail).not.toBe(MESSAGES.roleForbidden.id);
      }
    }
    expect(outcomes).toHaveLength(CALLERS.length);
  });

  it('refuses an unknown, revoked or expired token with 401', async () => {
    const unknown = await fetch(`${server.url}/v1/tokens/me`, {
      headers: { authorization: 'Bearer bukan-token-yang-sah' },
    });
    expect(unknown.status).toBe(401);
    const me = await server.fetch('/v1/tokens/me', { as: 'desa' });
    const { id } = await me.json();
    expect((await server.fetch(`/v1/tokens/${id}`, { method: 'DELETE', as: 'admin' })).status).toBe(
      204,
    );
    expect((await server.fetch('/v1/tokens/me', { as: 'desa' })).status).toBe(401);
  });
});

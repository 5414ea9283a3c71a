/**
 * What a user of the client sees when the network between a widget and the portal misbehaves:
 * the real reference server behind a local proxy that drops, delays, truncates and fails
 * requests on demand. Timings are asserted as lower bounds only.
 */
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { transformSync } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/test/support/server.js';
import {
  CerdasAbortError,
  type CerdasClientOptions,
  CerdasError,
  CerdasHttpError,
  CerdasNetworkError,
  CerdasTimeoutError,
  createCerdasClient,
  isCerdasError,
} from '../src/index.js';
import { type FaultProxy, fault, startFaultProxy } from './support/proxy.js';

let server: TestServer;
let proxy: FaultProxy;

beforeAll(async () => {
  server = await startTestServer();
  proxy = await startFaultProxy(server.url);
}, 60_000);
afterAll(async () => {
  await proxy?.close();
  await server?.close();
});
beforeEach(() => proxy.reset());
// A delayed request may still be on its way to the server when a test ends.
afterEach(() => proxy.idle());

function through(options: Partial<CerdasClientOptions> = {}) {
  return createCerdasClient({
    baseUrl: proxy.url,
    retry: { limit: 3, baseDelay: 10 },
    timeout: 5_000,
    ...options,
  });
}

const complaint = (title: string) => ({
  kind: 'aspirasi' as const,
  category: 'lainnya' as const,
  title,
  description: 'Warga mengusulkan taman baca di balai desa untuk anak-anak.',
  regionCode: '35.14.03',
  privacy: 'anonymous' as const,
});

/** mulberry32: a small seeded PRNG, so the "random" 30 % is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `task` for 0..count-1 with at most `width` in flight. */
async function pool<T>(
  count: number,
  width: number,
  task: (i: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

const isComplaintPost = (r: { method: string; path: string }) =>
  r.method === 'POST' && r.path === '/v1/complaints';

describe('a complaint submitted over a bad connection', () => {
  it('is filed exactly once when the connection drops after the server filed it', async () => {
    const before = await server.storage.complaints.count();
    proxy.queue(fault.dropAfter);
    const receipt = await through().complaints.submit(complaint('Lampu jalan mati di Gerbo'));

    expect(await server.storage.complaints.count()).toBe(before + 1);
    const stored = await server.storage.complaints.getByTrackingNumber(receipt.trackingNumber);
    expect(stored?.record.trackingNumber).toBe(receipt.trackingNumber);
    expect(stored?.record.title).toBe('Lampu jalan mati di Gerbo');
    // The server filed the first attempt; the retry carried the same key and got it back.
    const [first, retry] = proxy.requests;
    expect(proxy.requests).toHaveLength(2);
    expect(first?.upstreamStatus).toBe(201);
    expect(first?.idempotencyKey).toBeTruthy();
    expect(retry?.idempotencyKey).toBe(first?.idempotencyKey);
  });

  it('is filed once when the connection drops before the request reaches the server', async () => {
    const before = await server.storage.complaints.count();
    proxy.queue(fault.dropBefore, fault.dropBefore);
    const receipt = await through().complaints.submit(complaint('Sampah menumpuk di pasar'));

    expect(await server.storage.complaints.count()).toBe(before + 1);
    expect(proxy.requests.map((r) => r.upstreamStatus)).toEqual([undefined, undefined, 201]);
    expect(
      await server.storage.complaints.getByTrackingNumber(receipt.trackingNumber),
    ).toBeTruthy();
  });

  it('is filed once when its first attempt times out but still reaches the server late', async () => {
    const before = await server.storage.complaints.count();
    proxy.queue(fault.delay(600));
    const receipt = await through({ timeout: 200 }).complaints.submit(
      complaint('Drainase tersumbat di Purwodadi'),
    );
    await proxy.idle();

    expect(await server.storage.complaints.count()).toBe(before + 1);
    // Every attempt reached the server with the same key; the late one was answered from the
    // key, not filed again.
    expect(proxy.requests.length).toBeGreaterThanOrEqual(2);
    expect(new Set(proxy.requests.map((r) => r.idempotencyKey)).size).toBe(1);
    expect(proxy.requests.every((r) => r.upstreamStatus === 201)).toBe(true);
    const stored = await server.storage.complaints.getByTrackingNumber(receipt.trackingNumber);
    expect(stored?.record.title).toBe('Drainase tersumbat di Purwodadi');
  });

  it('is filed once when its receipt is cut off mid-way', async () => {
    const before = await server.storage.complaints.count();
    proxy.queue(fault.truncate(0.3));
    const receipt = await through().complaints.submit(complaint('Air PDAM keruh di Bangil'));

    expect(await server.storage.complaints.count()).toBe(before + 1);
    expect(proxy.requests.map((r) => [r.fault, r.upstreamStatus])).toEqual([
      ['truncate', 201],
      ['pass', 201],
    ]);
    const stored = await server.storage.complaints.getByTrackingNumber(receipt.trackingNumber);
    expect(stored?.record.title).toBe('Air PDAM keruh di Bangil');
  });

  it('100 complaints through a proxy that drops 30 % of the answers end as exactly 100 records', async () => {
    const random = seeded(20260114);
    proxy.rule((request) =>
      isComplaintPost(request) && random() < 0.3 ? fault.dropAfter : fault.pass,
    );
    const client = through({ retry: { limit: 10, baseDelay: 10 } });
    const before = await server.storage.complaints.count();

    const receipts = await pool(100, 10, (i) =>
      client.complaints.submit(complaint(`Usulan warga nomor ${i + 1}`)),
    );

    expect(await server.storage.complaints.count()).toBe(before + 100);
    expect(new Set(receipts.map((r) => r.trackingNumber)).size).toBe(100);
    const dropped = proxy.requests.filter((r) => r.fault === 'drop-after');
    expect(dropped.length).toBeGreaterThan(15);
    // One key per complaint, kept by all its retries.
    const keys = new Set(proxy.requests.map((r) => r.idempotencyKey));
    expect(keys.size).toBe(100);
    expect(proxy.requests).toHaveLength(100 + dropped.length);
    for (const [i, receipt] of receipts.entries()) {
      const stored = await server.storage.complaints.getByTrackingNumber(receipt.trackingNumber);
      expect(stored?.record.title).toBe(`Usulan warga nomor ${i + 1}`);
    }
  }, 20_000);
});

describe('reads', () => {
  it('are retried after a 500 and dropped connections, and succeed', async () => {
    proxy.queue(fault.status(500), fault.dropBefore, fault.dropAfter);
    const page = await through().umkm.list({ limit: 2 });

    expect(page.items).toHaveLength(2);
    expect(proxy.requests.map((r) => r.fault)).toEqual([
      'status',
      'drop-before',
      'drop-after',
      'pass',
    ]);
  });

  it('are retried when the body is cut off mid-way, and succeed', async () => {
    proxy.queue(fault.truncate(0.5));
    const page = await through().umkm.list({ limit: 5 });

    expect(page.items).toHaveLength(5);
    expect(proxy.requests.map((r) => [r.fault, r.upstreamStatus])).toEqual([
      ['truncate', 200],
      ['pass', 200],
    ]);
  });

  it('fail with CerdasNetworkError once every attempt is cut off', async () => {
    proxy.rule(() => fault.truncate(0.5));
    const error = await rejection(through({ retry: { limit: 2, baseDelay: 10 } }).umkm.list({}));

    expect(error).toBeInstanceOf(CerdasNetworkError);
    expect((error as CerdasNetworkError).operation).toBe('umkm.list');
    // undici's word for a body that ended early: the headers had arrived, the body had not.
    expect(((error as CerdasNetworkError).cause as Error).message).toBe('terminated');
    expect(proxy.requests).toHaveLength(3);
  });

  it('fail with CerdasNetworkError once every connection drops', async () => {
    proxy.rule(() => fault.dropBefore);
    const error = await rejection(through({ retry: { limit: 2, baseDelay: 10 } }).services.list());

    expect(error).toBeInstanceOf(CerdasNetworkError);
    expect(proxy.requests).toHaveLength(3);
  });
});

describe('a write without an idempotency key', () => {
  async function someBusiness() {
    const staff = createCerdasClient({ baseUrl: server.url, token: server.tokens.opdUmkm });
    const [business] = (await staff.umkm.staff.list({ limit: 1 })).items;
    if (!business) throw new Error('the seed has no business');
    return business;
  }

  it('is not retried after the connection drops: the caller gets CerdasNetworkError', async () => {
    const business = await someBusiness();
    proxy.queue(fault.dropAfter);
    const staff = through({ token: server.tokens.opdUmkm, retry: { limit: 5, baseDelay: 10 } });
    const error = await rejection(
      staff.umkm.update(business.id, { name: `${business.name} Jaya` }),
    );

    expect(error).toBeInstanceOf(CerdasNetworkError);
    expect(proxy.requests).toHaveLength(1);
    expect(proxy.requests[0]).toMatchObject({ method: 'PATCH', idempotencyKey: undefined });
    // It did reach the server: retrying blindly could have applied it twice.
    expect(proxy.requests[0]?.upstreamStatus).toBe(200);
  });

  // A repeated DELETE would be answered 404, telling a user whose answer was lost that the
  // product they just deleted never existed: unkeyed DELETEs are not retried.
  it('a DELETE whose answer was lost is not reported as 404 Not Found', async () => {
    const direct = createCerdasClient({ baseUrl: server.url });
    const [business] = (await direct.umkm.list({ limit: 1 })).items;
    const product = business && (await direct.umkm.get(business.id)).products[0];
    if (!business || !product) throw new Error('the seed has no product');
    proxy.queue(fault.dropAfter);
    const staff = through({ token: server.tokens.opdUmkm });
    const outcome = await staff.umkm.products.delete(business.id, product.id).then(
      () => 'deleted',
      (error: unknown) => error,
    );

    expect(proxy.requests[0]?.upstreamStatus).toBe(204);
    // Either answer is honest: "deleted", or "the network failed, look again".
    expect(outcome === 'deleted' || outcome instanceof CerdasNetworkError).toBe(true);
  });

  it('is not retried after a 500 either', async () => {
    const business = await someBusiness();
    proxy.queue(fault.status(500));
    const staff = through({ token: server.tokens.opdUmkm, retry: { limit: 5, baseDelay: 10 } });
    const error = await rejection(staff.umkm.update(business.id, { name: business.name }));

    expect(error).toBeInstanceOf(CerdasHttpError);
    expect((error as CerdasHttpError).status).toBe(500);
    expect(proxy.requests).toHaveLength(1);
  });
});

describe('rate limits and outages', () => {
  it('a 429 with Retry-After: 1 is retried after at least a second', async () => {
    const before = await server.storage.complaints.count();
    const delays: number[] = [];
    proxy.queue(fault.status(429, '1'));
    const client = through({ hooks: { beforeRetry: ({ delay }) => delays.push(delay) } });
    const receipt = await client.complaints.submit(complaint('Jalan rusak di Tutur'));

    expect(receipt.trackingNumber).toMatch(/^ADU-3514-2026-\d{6}$/);
    expect(await server.storage.complaints.count()).toBe(before + 1);
    expect(delays).toEqual([1000]);
    const [limited, retry] = proxy.requests;
    expect((retry?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('a 503 with Retry-After as an HTTP date is retried no earlier than that date', async () => {
    const until = new Date(Date.now() + 2_000);
    proxy.queue(fault.status(503, until.toUTCString()));
    const page = await through().services.list({ limit: 3 });

    expect(page.items).toHaveLength(3);
    const [unavailable, retry] = proxy.requests;
    // The date has whole seconds, so the wait is between one and two seconds.
    expect((retry?.at ?? 0) - (unavailable?.at ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('a Retry-After longer than maxRetryAfter ends the retries with the server’s answer', async () => {
    proxy.queue(fault.status(503, '120'));
    const error = await rejection(through().umkm.list({ limit: 2 }));

    expect(error).toBeInstanceOf(CerdasHttpError);
    expect(error).toMatchObject({ status: 503, retryAfter: 120 });
    expect(proxy.requests).toHaveLength(1);
  });
});

describe('timeouts', () => {
  it('end in CerdasTimeoutError after every retry has timed out', async () => {
    proxy.rule(() => fault.delay(500));
    const started = performance.now();
    const error = await rejection(
      through({ timeout: 150, retry: { limit: 2, baseDelay: 10 } }).umkm.list({ limit: 2 }),
    );

    expect(error).toBeInstanceOf(CerdasTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 150, operation: 'umkm.list' });
    expect(proxy.requests).toHaveLength(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(3 * 150 - 5);
  });

  it('end at the first timeout with retry: 0', async () => {
    proxy.rule(() => fault.delay(500));
    const error = await rejection(through({ timeout: 150, retry: 0 }).umkm.list({ limit: 2 }));

    expect(error).toBeInstanceOf(CerdasTimeoutError);
    expect(proxy.requests).toHaveLength(1);
  });

  // ky's own `timeout` stops at the response headers; the client's also covers the body.
  it('cover reading the body: an answer that goes quiet mid-way ends in CerdasTimeoutError', async () => {
    proxy.queue(fault.stall());
    const error = await rejection(through({ timeout: 200, retry: 0 }).umkm.list({ limit: 5 }));

    expect(error).toBeInstanceOf(CerdasTimeoutError);
    expect(proxy.requests[0]).toMatchObject({ fault: 'stall', upstreamStatus: 200 });
  }, 3_000);

  it('of one call override the client’s', async () => {
    proxy.queue(fault.delay(400));
    const error = await rejection(
      through({ timeout: 5_000, retry: 0 }).umkm.list({ limit: 2 }, { timeout: 100 }),
    );

    expect(error).toMatchObject({ name: 'CerdasTimeoutError', timeoutMs: 100 });
  });
});

describe('AbortSignal', () => {
  it('aborts a request in flight with CerdasAbortError, carrying the reason', async () => {
    proxy.rule(() => fault.delay(600));
    for (const retry of [3, 0]) {
      const controller = new AbortController();
      const reason = new Error('the citizen closed the form');
      setTimeout(() => controller.abort(reason), 50);
      const error = await rejection(
        through({ retry }).complaints.submit(complaint('Dibatalkan'), {
          signal: controller.signal,
        }),
      );

      expect(error).toBeInstanceOf(CerdasAbortError);
      expect(error).not.toBeInstanceOf(CerdasTimeoutError);
      expect((error as CerdasAbortError).cause).toBe(reason);
    }
    expect(proxy.requests).toHaveLength(2);
  });

  it('aborts the wait between two attempts', async () => {
    // A 30 s Retry-After: the test would time out if the abort did not end the wait.
    proxy.queue(fault.status(503, '30'));
    const controller = new AbortController();
    const client = through({
      hooks: { beforeRetry: () => void setTimeout(() => controller.abort(), 50) },
    });
    const error = await rejection(client.umkm.list({ limit: 2 }, { signal: controller.signal }));

    expect(error).toBeInstanceOf(CerdasAbortError);
    expect(proxy.requests).toHaveLength(1);
  }, 5_000);

  it('sends nothing when the signal is already aborted', async () => {
    const error = await rejection(
      through().umkm.list({ limit: 2 }, { signal: AbortSignal.abort() }),
    );

    expect(error).toBeInstanceOf(CerdasAbortError);
    expect(proxy.requests).toHaveLength(0);
  });
});

describe('HTTP errors', () => {
  const blankTitle = complaint('');

  it('a 400 is a CerdasHttpError with field errors in Indonesian, and is not retried', async () => {
    const error = await rejection(through().complaints.submit(blankTitle));

    expect(error).toBeInstanceOf(CerdasHttpError);
    expect(error).toBeInstanceOf(CerdasError);
    expect(isCerdasError(error)).toBe(true);
    const http = error as CerdasHttpError;
    expect(http.status).toBe(400);
    expect(http.problem.title).toBe('Data tidak valid');
    expect(http.fieldErrors).toEqual([
      expect.objectContaining({ path: 'title', message: 'title: tidak boleh kosong' }),
    ]);
    expect(proxy.requests).toHaveLength(1);
  });

  it('with language: "en" the messages are in English', async () => {
    const error = await rejection(through({ language: 'en' }).complaints.submit(blankTitle));

    const http = error as CerdasHttpError;
    expect(http.problem.title).toBe('Invalid data');
    expect(http.fieldErrors).toEqual([
      expect.objectContaining({ path: 'title', message: 'title: cannot be blank' }),
    ]);
  });
});

describe('errors from another realm', () => {
  const problem = { type: 'about:blank', title: 'Data tidak valid', status: 400 };

  it('an error made by a copy of the client in a node:vm context passes instanceof and isCerdasError', () => {
    const source = readFileSync(new URL('../src/errors.ts', import.meta.url), 'utf8');
    const { code } = transformSync(source, { loader: 'ts', format: 'cjs', target: 'es2022' });
    const sandbox = createContext({ module: { exports: {} } });
    runInContext(`${code}\nglobalThis.copy = module.exports;`, sandbox);
    const copy = sandbox.copy as typeof import('../src/errors.js');
    const foreign = new copy.CerdasHttpError('complaints.submit', 400, problem);

    expect(foreign instanceof Error).toBe(false); // truly another realm: another Error
    expect(foreign instanceof CerdasHttpError).toBe(true);
    expect(foreign instanceof CerdasError).toBe(true);
    expect(foreign instanceof CerdasTimeoutError).toBe(false);
    expect(isCerdasError(foreign)).toBe(true);
    // And the other way round.
    const ours = new CerdasTimeoutError('umkm.list', 100);
    expect(copy.isCerdasError(ours)).toBe(true);
    expect(ours instanceof copy.CerdasTimeoutError).toBe(true);
    expect(ours instanceof copy.CerdasHttpError).toBe(false);
    expect(copy.isCerdasError(new Error('not ours'))).toBe(false);
  });

  it('an error from a second copy of the module (another bundle) passes too', async () => {
    const specifier = '../src/errors.ts?second-copy';
    const copy: typeof import('../src/errors.js') = await import(/* @vite-ignore */ specifier);
    expect(copy.CerdasHttpError).not.toBe(CerdasHttpError);
    const foreign = new copy.CerdasHttpError('complaints.submit', 400, problem);

    expect(foreign instanceof CerdasHttpError).toBe(true);
    expect(isCerdasError(foreign)).toBe(true);
    expect(foreign instanceof CerdasNetworkError).toBe(false);
    expect(isCerdasError({ name: 'CerdasHttpError', status: 400 })).toBe(false);
  });
});

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  type Actor,
  type Contract,
  contract,
  type FieldError,
  type Language,
  type OperationId,
  PROBLEM_JSON,
  type RouteDefinition,
  resolveLanguage,
  type StaffToken,
  successStatusOf,
  validate,
} from '@cerdas/model';
import { type Context, Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { resolveConfig, type ServerConfig, type ServerOptions } from './config.js';
import { HttpProblem, MESSAGES } from './errors.js';
import type { HandlerContext, Handlers } from './handler.js';
import { hashSecret } from './ids.js';
import type { MediaStore } from './media/index.js';
import { createOpen311App } from './open311/app.js';
import { createHandlers } from './routes/index.js';
import { serveMedia } from './routes/media.js';
import { RecordNotFound } from './storage/errors.js';
import { Conflict, InvalidCursor, type Repositories, type Storage } from './storage/types.js';

export interface AppDependencies {
  readonly storage: Storage;
  readonly media: MediaStore;
  readonly options?: ServerOptions;
  /** Replaces handlers, e.g. to test the app's own behaviour around one route. */
  readonly handlers?: Partial<Handlers>;
  /** Where unexpected errors go; default `console.error`. */
  readonly logError?: (error: unknown, context: { operationId?: string; path: string }) => void;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;
/** Deeper JSON than this is refused before validation (no legitimate body nests so deep). */
const MAX_JSON_DEPTH = 32;

function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

function problemResponse(problem: HttpProblem, lang: Language, path: string): Response {
  const body = problem.toProblem(lang, path);
  const headers = new Headers({ 'content-type': PROBLEM_JSON, 'content-language': lang });
  for (const [name, value] of Object.entries(problem.headers ?? {})) headers.set(name, value);
  return new Response(JSON.stringify(body), { status: body.status, headers });
}

function jsonDepth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (depth > max) max = depth;
    if (depth > MAX_JSON_DEPTH) return depth;
    if (node && typeof node === 'object') {
      for (const child of Object.values(node)) stack.push([child, depth + 1]);
    }
  }
  return max;
}

/** A canonical form of a validated body, so that a retry with reordered keys hashes the same. */
async function canonical(value: unknown): Promise<unknown> {
  if (value instanceof Blob) {
    const digest = createHash('sha256')
      .update(new Uint8Array(await value.arrayBuffer()))
      .digest('hex');
    return { file: digest, size: value.size, type: value.type };
  }
  if (Array.isArray(value)) return Promise.all(value.map(canonical));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      out[key] = await canonical((value as Record<string, unknown>)[key]);
    }
    return out;
  }
  return value;
}

function parseOrThrow<T>(
  schema: Parameters<typeof validate<T>>[0],
  data: unknown,
  lang: Language,
  prefix?: string,
): T {
  const result = validate<T>(schema, data, lang);
  if (result.success) return result.data;
  const errors: FieldError[] = result.errors.map((e) =>
    prefix ? { ...e, path: e.path ? `${prefix}.${e.path}` : prefix } : e,
  );
  throw new HttpProblem(400, undefined, errors);
}

class WriteLimiter {
  private readonly hits = new Map<string, number[]>();
  constructor(private readonly perMinute: number) {}

  /** Seconds to wait, or 0 when the write may go ahead. In memory: a per-instance limit. */
  check(ip: string, now: number): number {
    if (this.perMinute <= 0) return 0;
    const windowStart = now - 60_000;
    const recent = (this.hits.get(ip) ?? []).filter((t) => t > windowStart);
    if (recent.length >= this.perMinute) {
      this.hits.set(ip, recent);
      return Math.max(1, Math.ceil(((recent[0] as number) + 60_000 - now) / 1000));
    }
    recent.push(now);
    this.hits.set(ip, recent);
    if (this.hits.size > 10_000) {
      for (const [key, times] of this.hits)
        if (!times.some((t) => t > windowStart)) this.hits.delete(key);
    }
    return 0;
  }
}

function clientIp(c: Context, config: ServerConfig): string {
  if (config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

async function authenticate(
  c: Context,
  route: RouteDefinition,
  storage: Storage,
  now: Date,
): Promise<{ actor: Actor | undefined; token: StaffToken | undefined }> {
  if (route.access === 'public') return { actor: undefined, token: undefined };
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) {
    throw new HttpProblem(401, MESSAGES.tokenMissing, undefined, { 'www-authenticate': 'Bearer' });
  }
  const token = await storage.tokens.findBySecretHash(hashSecret(match[1] as string));
  const expired = token?.expiresAt !== undefined && Date.parse(token.expiresAt) <= now.getTime();
  if (!token || token.revokedAt !== undefined || expired) {
    throw new HttpProblem(401, MESSAGES.tokenInvalid, undefined, {
      'www-authenticate': 'Bearer error="invalid_token"',
    });
  }
  if (!route.access.includes(token.role)) throw new HttpProblem(403, MESSAGES.roleForbidden);
  const actor: Actor = {
    id: token.id,
    role: token.role,
    name: token.label,
    ...(token.regionCode ? { regionCode: token.regionCode } : {}),
    ...(token.opdId ? { opdId: token.opdId } : {}),
  };
  return { actor, token };
}

async function readBody(
  c: Context,
  route: RouteDefinition,
  config: ServerConfig,
  lang: Language,
): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  const length = Number(c.req.header('content-length') ?? '0');
  if (route.bodyEncoding === 'multipart') {
    if (!type.toLowerCase().startsWith('multipart/form-data')) {
      throw new HttpProblem(415, MESSAGES.multipartRequired);
    }
    if (length > config.maxUploadBytes) throw new HttpProblem(413, MESSAGES.tooLarge);
    const form = await c.req.parseBody({ all: false });
    return parseOrThrow(route.body as never, { ...form }, lang);
  }
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new HttpProblem(415, MESSAGES.jsonRequired);
  }
  if (length > config.maxJsonBytes) throw new HttpProblem(413, MESSAGES.tooLarge);
  const text = await c.req.text();
  if (Buffer.byteLength(text) > config.maxJsonBytes) throw new HttpProblem(413, MESSAGES.tooLarge);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HttpProblem(400, MESSAGES.invalidJson);
  }
  if (jsonDepth(json) > MAX_JSON_DEPTH) throw new HttpProblem(400, MESSAGES.invalidJson);
  return parseOrThrow(route.body as never, json, lang);
}

/**
 * The Cerdas API as a Hono app: one mounted route per entry of the contract, each validating
 * its input and output with the contract's schemas, answering errors as problem details in
 * the caller's language, with staff tokens, idempotent writes, limits and security headers.
 */
export function createApp(deps: AppDependencies): Hono {
  const config = resolveConfig(deps.options);
  const { storage, media } = deps;
  const handlers: Handlers = { ...createHandlers(), ...deps.handlers };
  const limiter = new WriteLimiter(config.writesPerMinute);
  const logError =
    deps.logError ??
    ((error: unknown, where: { operationId?: string; path: string }) =>
      console.error(`[cerdas-server] ${where.operationId ?? ''} ${where.path}`, error));
  const app = new Hono();

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      crossOriginResourcePolicy: 'cross-origin',
      referrerPolicy: 'no-referrer',
    }),
  );
  app.use(
    '*',
    cors({
      origin: (origin) =>
        config.corsOrigins.includes('*')
          ? origin || '*'
          : config.corsOrigins.includes(origin)
            ? origin
            : null,
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'Accept-Language'],
      exposeHeaders: ['Retry-After', 'Idempotent-Replayed', 'Content-Language'],
      maxAge: 600,
    }),
  );

  app.get('/health', (c) => c.json({ status: 'ok' }));
  let openapi: string | undefined;
  app.get('/openapi.json', (c) => {
    openapi ??= readFileSync(
      createRequire(import.meta.url).resolve('@cerdas/model/openapi.json'),
      'utf8',
    );
    return c.body(openapi, 200, { 'content-type': 'application/json' });
  });
  app.get('/media/*', (c) => serveMedia(c, storage, media));
  app.route(
    '/open311/v2',
    createOpen311App({
      storage,
      media,
      config,
      logError,
      writeWait: (c, now) => limiter.check(clientIp(c, config), now.getTime()),
    }),
  );

  for (const [operationId, route] of Object.entries(contract) as [OperationId, RouteDefinition][]) {
    const handler = handlers[operationId] as (
      input: unknown,
      ctx: HandlerContext,
    ) => Promise<unknown>;
    app.on(route.method, honoPath(route.path), async (c) => {
      const lang = resolveLanguage(c.req.header('accept-language'));
      const path = new URL(c.req.url).pathname;
      try {
        const now = config.now();
        const { actor, token } = await authenticate(c, route, storage, now);
        const write = WRITE_METHODS.has(route.method);
        if (write) {
          const wait = limiter.check(clientIp(c, config), now.getTime());
          if (wait > 0) {
            throw new HttpProblem(429, MESSAGES.rateLimited, undefined, {
              'retry-after': String(wait),
            });
          }
        }
        const params = route.params
          ? parseOrThrow(route.params as never, c.req.param(), lang)
          : undefined;
        const query = route.query
          ? parseOrThrow(route.query as never, c.req.query(), lang)
          : undefined;
        const body = route.body ? await readBody(c, route, config, lang) : undefined;
        const key = c.req.header('idempotency-key');
        if (key !== undefined && route.idempotent && !IDEMPOTENCY_KEY.test(key)) {
          throw new HttpProblem(400, MESSAGES.idempotencyKeyInvalid);
        }
        const context = (db: Repositories): HandlerContext => ({
          actor,
          token,
          lang,
          db,
          storage,
          media,
          config,
          now: now.toISOString(),
          operationId,
        });
        const respond = (out: unknown) => {
          if (route.response === null) return undefined;
          // Parsing strips every field the contract does not name: a handler that passed a
          // richer record than a public shape still sends only the public fields.
          const checked = validate(route.response as never, out, lang);
          if (!checked.success) {
            if (config.validateResponses) {
              throw new Error(
                `${operationId}: response breaks the contract: ${checked.errors.map((e) => e.message).join('; ')}`,
              );
            }
            return out;
          }
          return checked.data;
        };
        const status = successStatusOf(route);
        let result: { body: unknown; status: number; replayed: boolean };
        if (write) {
          const bodyHash = createHash('sha256')
            .update(JSON.stringify(await canonical({ path, body })))
            .digest('hex');
          result = await storage.transaction(async (tx) => {
            if (key !== undefined && route.idempotent) {
              const claim = await tx.idempotency.claim(
                operationId,
                key,
                bodyHash,
                now.toISOString(),
              );
              if (claim.state === 'mismatch')
                throw new HttpProblem(422, MESSAGES.idempotencyMismatch);
              if (claim.state === 'replay') {
                return { body: claim.body, status: claim.status, replayed: true };
              }
              const out = respond(await handler({ params, query, body }, context(tx)));
              await tx.idempotency.complete(operationId, key, status, out ?? null);
              return { body: out, status, replayed: false };
            }
            return {
              body: respond(await handler({ params, query, body }, context(tx))),
              status,
              replayed: false,
            };
          });
        } else {
          result = {
            body: respond(await handler({ params, query, body }, context(storage))),
            status,
            replayed: false,
          };
        }
        const headers: Record<string, string> = { 'content-language': lang };
        if (result.replayed) headers['idempotent-replayed'] = 'true';
        if (result.status === 204 || result.body === undefined || result.body === null) {
          return c.body(null, 204, headers);
        }
        return c.json(result.body as object, result.status as 200, headers);
      } catch (error) {
        if (error instanceof HttpProblem) return problemResponse(error, lang, path);
        if (error instanceof InvalidCursor) {
          return problemResponse(
            new HttpProblem(400, undefined, [
              { path: 'cursor', message: MESSAGES.invalidCursor[lang], code: 'custom' },
            ]),
            lang,
            path,
          );
        }
        if (error instanceof Conflict)
          return problemResponse(new HttpProblem(409, MESSAGES.duplicate), lang, path);
        if (error instanceof RecordNotFound) {
          return problemResponse(new HttpProblem(404, MESSAGES.notFound), lang, path);
        }
        logError(error, { operationId, path });
        return problemResponse(new HttpProblem(500, MESSAGES.serverError), lang, path);
      }
    });
  }

  app.notFound((c) => {
    const lang = resolveLanguage(c.req.header('accept-language'));
    return problemResponse(
      new HttpProblem(404, MESSAGES.routeNotFound),
      lang,
      new URL(c.req.url).pathname,
    );
  });
  app.onError((error, c) => {
    const lang = resolveLanguage(c.req.header('accept-language'));
    const path = new URL(c.req.url).pathname;
    if (error instanceof HttpProblem) return problemResponse(error, lang, path);
    logError(error, { path });
    return problemResponse(new HttpProblem(500, MESSAGES.serverError), lang, path);
  });
  return app;
}

export type { Contract };

import {
  Agent,
  createServer,
  request as forwardRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does with one request. */
export type Fault =
  /** Forward it and answer with the server's response. */
  | { readonly kind: 'pass' }
  /** Cut the connection as soon as the request arrives: the server never sees it. */
  | { readonly kind: 'drop-before' }
  /** Forward it, wait for the server's whole response, then cut the connection without answering. */
  | { readonly kind: 'drop-after' }
  /** Answer this status itself (a gateway's 500, a 429 or 503 with `Retry-After`); the server never sees it. */
  | { readonly kind: 'status'; readonly status: number; readonly retryAfter?: string }
  /** Hold the request this long, then forward it (the server still handles it, late). */
  | { readonly kind: 'delay'; readonly ms: number }
  /** Forward it, then send the headers with the full Content-Length and only part of the body. */
  | { readonly kind: 'truncate'; readonly keep: number }
  /** Like `truncate`, but the connection then stays open and silent: the body never ends. */
  | { readonly kind: 'stall'; readonly keep: number };

export const fault = {
  pass: { kind: 'pass' },
  dropBefore: { kind: 'drop-before' },
  dropAfter: { kind: 'drop-after' },
  status: (status: number, retryAfter?: string): Fault =>
    retryAfter === undefined ? { kind: 'status', status } : { kind: 'status', status, retryAfter },
  delay: (ms: number): Fault => ({ kind: 'delay', ms }),
  /** Keep this share of the body (0.5: half of it). */
  truncate: (keep = 0.5): Fault => ({ kind: 'truncate', keep }),
  stall: (keep = 0.5): Fault => ({ kind: 'stall', keep }),
} as const satisfies Record<string, Fault | ((...args: never[]) => Fault)>;

/** What a rule knows of a request when it picks the fault. */
export interface RequestLine {
  readonly method: string;
  /** Path and query, e.g. `/v1/umkm?limit=2`. */
  readonly path: string;
  readonly idempotencyKey: string | undefined;
}

/** One request as the proxy saw it. */
export interface SeenRequest extends RequestLine {
  /** `performance.now()` when it arrived. */
  readonly at: number;
  readonly fault: Fault['kind'];
  /** Status the server answered, when the request was forwarded and answered. */
  upstreamStatus?: number;
}

export type FaultRule = (request: RequestLine, index: number) => Fault;

export interface FaultProxy {
  /** `http://127.0.0.1:<port>`: give this to the client as `baseUrl`. */
  readonly url: string;
  /** Every request that reached the proxy since the last `reset()`, in order of arrival. */
  readonly requests: readonly SeenRequest[];
  /** Faults for the next requests, one each, before the rule applies again. */
  queue(...faults: Fault[]): void;
  /** The fault of each request once the queue is empty (default: pass). */
  rule(rule: FaultRule): void;
  /** Forgets the queue, the rule and the requests seen. */
  reset(): void;
  /** Resolves once every request that arrived has been dealt with (delays and forwards included). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
]);

function endToEnd(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
  }
  return out;
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

interface Upstream {
  readonly status: number;
  readonly headers: OutgoingHttpHeaders;
  readonly body: Buffer;
}

/**
 * A small HTTP proxy on a random local port in front of `target`, failing requests on demand:
 * the faults a phone on a bad connection meets between a widget and the portal.
 */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstreamUrl = new URL(target);
  const agent = new Agent({ keepAlive: true });
  const pending = new Set<Promise<void>>();
  let queued: Fault[] = [];
  let rule: FaultRule = () => fault.pass;
  let requests: SeenRequest[] = [];
  let closing = false;

  async function forward(req: IncomingMessage, body: Buffer): Promise<Upstream> {
    const headers = endToEnd(req.headers);
    headers.host = upstreamUrl.host;
    if (body.length > 0) headers['content-length'] = body.length;
    return new Promise((resolve, reject) => {
      const outgoing = forwardRequest(
        {
          agent,
          host: upstreamUrl.hostname,
          port: upstreamUrl.port,
          method: req.method,
          path: req.url,
          headers,
        },
        (response) => {
          readBody(response).then(
            (data) =>
              resolve({
                status: response.statusCode ?? 502,
                headers: { ...endToEnd(response.headers), 'content-length': data.length },
                body: data,
              }),
            reject,
          );
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const header = req.headers['idempotency-key'];
    const line: RequestLine = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      idempotencyKey: typeof header === 'string' ? header : undefined,
    };
    const at = performance.now();
    const chosen = queued.shift() ?? rule(line, requests.length);
    const seen: SeenRequest = { ...line, at, fault: chosen.kind };
    requests.push(seen);

    if (chosen.kind === 'drop-before') {
      req.socket.destroy();
      return;
    }
    const body = await readBody(req);
    if (chosen.kind === 'status') {
      const problem = JSON.stringify({
        type: 'about:blank',
        title: `Injected ${chosen.status}`,
        status: chosen.status,
      });
      res.writeHead(chosen.status, {
        'content-type': 'application/problem+json',
        'content-length': Buffer.byteLength(problem),
        ...(chosen.retryAfter !== undefined ? { 'retry-after': chosen.retryAfter } : {}),
      });
      res.end(problem);
      return;
    }
    if (chosen.kind === 'delay') await new Promise((done) => setTimeout(done, chosen.ms));
    if (closing) {
      req.socket.destroy();
      return;
    }
    const upstream = await forward(req, body);
    seen.upstreamStatus = upstream.status;
    if (chosen.kind === 'drop-after') {
      req.socket.destroy();
      return;
    }
    res.writeHead(upstream.status, upstream.headers);
    if (chosen.kind === 'truncate' || chosen.kind === 'stall') {
      const part = upstream.body.subarray(0, Math.floor(upstream.body.length * chosen.keep));
      // Headers and the first part go out; then the connection breaks, or goes quiet, mid-body.
      res.write(part, () => {
        if (chosen.kind === 'truncate') req.socket.destroy();
      });
      return;
    }
    res.end(upstream.body);
  }

  const server = createServer((req, res) => {
    const job = handle(req, res)
      .catch(() => {
        // The upstream failed or the client went away: end this connection, keep serving others.
        req.socket.destroy();
      })
      .finally(() => pending.delete(job));
    pending.add(job);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;

  async function idle(): Promise<void> {
    while (pending.size > 0) await Promise.allSettled([...pending]);
  }

  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    queue(...faults) {
      queued.push(...faults);
    },
    rule(next) {
      rule = next;
    },
    reset() {
      queued = [];
      rule = () => fault.pass;
      requests = [];
    },
    idle,
    async close() {
      closing = true;
      await idle();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      agent.destroy();
    },
  };
}

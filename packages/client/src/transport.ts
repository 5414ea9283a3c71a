import {
  buildPath,
  type Language,
  ProblemDetails,
  type RouteDefinition,
  successStatusOf,
  validate,
} from '@cerdas/model';
import ky, { type KyInstance } from 'ky';
import {
  CerdasAbortError,
  CerdasHttpError,
  CerdasNetworkError,
  CerdasTimeoutError,
  CerdasValidationError,
} from './errors.js';

/** How failed attempts are retried. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  readonly limit?: number;
  /** First backoff in ms; doubles each retry, with full jitter. Default 300. */
  readonly baseDelay?: number;
  /** Longest backoff in ms. Default 10 000. */
  readonly maxDelay?: number;
  /** Longest `Retry-After` honoured, in ms; a longer one ends the retries. Default 60 000. */
  readonly maxRetryAfter?: number;
}

/** Hooks around each attempt, for logging, tracing or extra headers. */
export interface ClientHooks {
  /** Before each attempt; may change the headers of the request. */
  readonly beforeRequest?: (
    request: Request,
    info: { operation: string; attempt: number },
  ) => void | Promise<void>;
  /** After each response, before the client reads it. */
  readonly afterResponse?: (
    request: Request,
    response: Response,
    info: { operation: string; attempt: number },
  ) => void | Promise<void>;
  /** Before a retry, with the reason. */
  readonly beforeRetry?: (info: {
    operation: string;
    attempt: number;
    error: unknown;
    delay: number;
  }) => void;
}

export interface CerdasClientOptions {
  /** Where the API lives, e.g. `https://portal.pasuruankab.go.id/api` (paths start with `/v1`). */
  readonly baseUrl: string;
  /** A staff bearer token, or a function that returns the current one. */
  readonly token?: string | (() => string | undefined | Promise<string | undefined>);
  /** Language of error messages: `id` (default) or `en`. */
  readonly language?: Language;
  /** Timeout of each attempt, in ms. Default 15 000. */
  readonly timeout?: number;
  /** Retry policy, or the number of retries; `0` turns retries off. */
  readonly retry?: number | RetryOptions;
  /** Validate every response against the contract (default true); `false` for trusted backends. */
  readonly validate?: boolean;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
  readonly fetch?: typeof fetch;
  readonly hooks?: ClientHooks;
}

/** Options of one call. */
export interface RequestOptions {
  readonly signal?: AbortSignal;
  /** For writes that take one; generated when absent and reused by every retry. */
  readonly idempotencyKey?: string;
  /** Timeout of each attempt of this call, in ms. */
  readonly timeout?: number;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface CallInput {
  readonly params?: Readonly<Record<string, unknown>>;
  readonly query?: unknown;
  readonly body?: unknown;
}

const RETRY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);
/**
 * Methods retried without a key. PUT and DELETE are idempotent in effect but not in answer:
 * a DELETE retried after a lost 204 would report 404 for a delete that worked.
 */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** `Retry-After` as ms: delta-seconds or an HTTP date. */
function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function queryString(query: unknown): string {
  if (!query || typeof query !== 'object') return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function formData(body: unknown): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (value instanceof Blob) form.set(key, value, (value as File).name ?? key);
    else form.set(key, String(value));
  }
  return form;
}

/**
 * A random UUID v4. `crypto.randomUUID` exists only in secure contexts, and some regency sites
 * still serve plain http, so the key is built from `getRandomValues` (available everywhere).
 */
function newIdempotencyKey(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** Sends one operation of the contract: attempts, retries, error mapping and validation. */
export class Transport {
  private readonly ky: KyInstance;
  private readonly retry: Required<RetryOptions>;
  private readonly timeout: number;

  constructor(private readonly options: CerdasClientOptions) {
    const retry =
      typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
    this.retry = {
      limit: retry.limit ?? 2,
      baseDelay: retry.baseDelay ?? 300,
      maxDelay: retry.maxDelay ?? 10_000,
      maxRetryAfter: retry.maxRetryAfter ?? 60_000,
    };
    this.timeout = options.timeout ?? 15_000;
    this.ky = ky.create({
      prefixUrl: options.baseUrl.trim().replace(/\/+$/, ''),
      retry: 0,
      throwHttpErrors: false,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  private backoff(attempt: number): number {
    const cap = Math.min(this.retry.maxDelay, this.retry.baseDelay * 2 ** (attempt - 1));
    return Math.round(Math.random() * cap);
  }

  private async headers(route: RouteDefinition, call: RequestOptions, key: string | undefined) {
    const headers: Record<string, string> = {
      accept: 'application/json, application/problem+json',
      'accept-language': this.options.language ?? 'id',
      ...call.headers,
    };
    const token =
      typeof this.options.token === 'function' ? await this.options.token() : this.options.token;
    if (token && route.access !== 'public') headers.authorization = `Bearer ${token}`;
    if (key) headers['idempotency-key'] = key;
    return headers;
  }

  async send(
    operation: string,
    route: RouteDefinition,
    input: CallInput,
    call: RequestOptions = {},
  ) {
    const key = route.idempotent ? (call.idempotencyKey ?? newIdempotencyKey()) : undefined;
    const retriable = SAFE_METHODS.has(route.method) || key !== undefined;
    const path = `${buildPath(route.path, input.params).slice(1)}${queryString(input.query)}`;
    const multipart = route.bodyEncoding === 'multipart';
    let attempt = 0;
    for (;;) {
      attempt += 1;
      let failure: unknown;
      let wait: number | undefined;
      try {
        const body =
          input.body === undefined
            ? undefined
            : multipart
              ? formData(input.body)
              : JSON.stringify(input.body);
        const headers = await this.headers(route, call, key);
        if (body !== undefined && !multipart) headers['content-type'] = 'application/json';
        const response = await this.ky(path, {
          method: route.method,
          headers,
          ...(body !== undefined ? { body } : {}),
          // ky's own timeout stops at the headers; this one also covers reading the body.
          timeout: false,
          signal: AbortSignal.any([
            AbortSignal.timeout(call.timeout ?? this.timeout),
            ...(call.signal ? [call.signal] : []),
          ]),
          hooks: {
            beforeRequest: [
              (request) => this.options.hooks?.beforeRequest?.(request, { operation, attempt }),
            ],
            afterResponse: this.options.hooks?.afterResponse
              ? [
                  (request, _options, response) =>
                    void this.options.hooks?.afterResponse?.(request, response, {
                      operation,
                      attempt,
                    }),
                ]
              : [],
          },
        });
        if (response.ok) return await this.read(operation, route, response);
        const error = await this.httpError(operation, response);
        if (!retriable || !RETRY_STATUSES.has(response.status)) throw error;
        failure = error;
        wait = retryAfterMs(response);
      } catch (error) {
        if (error instanceof CerdasHttpError || error instanceof CerdasValidationError) throw error;
        if (call.signal?.aborted) throw new CerdasAbortError(operation, { cause: error });
        if (error instanceof CerdasNetworkError) failure = error;
        else if (error instanceof Error && error.name === 'TimeoutError') {
          failure = new CerdasTimeoutError(operation, call.timeout ?? this.timeout, {
            cause: error,
          });
        } else if (isAbort(error)) throw new CerdasAbortError(operation, { cause: error });
        else failure = new CerdasNetworkError(operation, { cause: error });
        if (!retriable) throw failure;
      }
      if (attempt > this.retry.limit) throw failure;
      if (wait !== undefined && wait > this.retry.maxRetryAfter) throw failure;
      const delay = wait ?? this.backoff(attempt);
      this.options.hooks?.beforeRetry?.({ operation, attempt, error: failure, delay });
      try {
        await sleep(delay, call.signal);
      } catch (error) {
        throw new CerdasAbortError(operation, { cause: error });
      }
    }
  }

  private async read(
    operation: string,
    route: RouteDefinition,
    response: Response,
  ): Promise<unknown> {
    if (successStatusOf(route) === 204 || route.response === null) return undefined;
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      // A cut-off body: the connection broke mid-response. For retriable calls this is retried.
      throw new CerdasNetworkError(operation, { cause: error });
    }
    if (this.options.validate === false) return json;
    const checked = validate(route.response as never, json, this.options.language ?? 'id');
    if (!checked.success) {
      throw new CerdasValidationError(
        operation,
        checked.errors.map((e) => ({ path: e.path, message: e.message })),
      );
    }
    return checked.data;
  }

  private async httpError(operation: string, response: Response): Promise<CerdasHttpError> {
    const text = await response.text().catch(() => '');
    let problem: ProblemDetails = {
      type: 'about:blank',
      title: response.statusText || `HTTP ${response.status}`,
      status: response.status,
    };
    try {
      const parsed = ProblemDetails.safeParse(JSON.parse(text));
      if (parsed.success) problem = parsed.data;
    } catch {
      // Not problem details (a proxy's HTML page, an empty body): keep the status line.
    }
    const retryAfter = retryAfterMs(response);
    return new CerdasHttpError(operation, response.status, problem, {
      retryAfter: retryAfter === undefined ? undefined : Math.ceil(retryAfter / 1000),
    });
  }
}

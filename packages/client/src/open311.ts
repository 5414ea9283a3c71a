import {
  type Language,
  type LocalizedText,
  type Open311Errors,
  type Open311PostRequest,
  type Open311PostResponseItem,
  type Open311Service,
  type Open311ServiceDefinition,
  type Open311ServiceRequest,
  type Open311Status,
  type ParseResult,
  ProblemDetails,
  parseOpen311Errors,
  parseOpen311Json,
  parseOpen311PostResponse,
  parseOpen311ServiceDefinition,
  parseOpen311ServiceRequests,
  parseOpen311Services,
} from '@cerdas/model';
import {
  CerdasAbortError,
  CerdasHttpError,
  CerdasNetworkError,
  CerdasTimeoutError,
  CerdasValidationError,
} from './errors.js';

export interface Open311ClientOptions {
  /**
   * The GeoReport v2 endpoint (the `url` of its discovery document), e.g.
   * `https://portal.pasuruankab.go.id/open311/v2`. Surrounding spaces and a trailing `/` are fine.
   */
  readonly baseUrl: string;
  /** Sent as `jurisdiction_id` with every call; only servers of several jurisdictions need it. */
  readonly jurisdictionId?: string;
  /** Sent as `api_key` with {@link Open311Client.postRequest}; Cerdas servers need none. */
  readonly apiKey?: string;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
  readonly fetch?: typeof fetch;
  /** Timeout of each call in ms, reading the body included. Default 15 000. */
  readonly timeout?: number;
  /** `Accept-Language`, and the language of validation messages: `id` (default) or `en`. */
  readonly language?: Language;
}

/** Options of one call. */
export interface Open311CallOptions {
  readonly signal?: AbortSignal;
  /** Timeout of this call in ms. */
  readonly timeout?: number;
}

export interface Open311PostOptions extends Open311CallOptions {
  /**
   * Sent as `Idempotency-Key`, which Cerdas servers honour (a repeated post files once). Not
   * sent unless given: other servers may not know the header, and in browsers it costs a
   * CORS preflight that they may refuse.
   */
  readonly idempotencyKey?: string;
}

/** The filters of `GET requests`. */
export interface Open311RequestFilters {
  /** One id or several; overrides every other filter, as GeoReport v2 says. */
  readonly serviceRequestId?: string | readonly string[];
  readonly serviceCode?: string | readonly string[];
  /** Servers allow a range of at most 90 days; without one they answer the last 90 days. */
  readonly startDate?: Date | string;
  readonly endDate?: Date | string;
  readonly status?: Open311Status | readonly Open311Status[];
}

/** A client of any Open311 GeoReport v2 server, Cerdas or not, in the JSON format. */
export interface Open311Client {
  /** `GET services`: the service types one can report. */
  services(options?: Open311CallOptions): Promise<Open311Service[]>;
  /** `GET services/{code}`: the attributes to fill for a service whose `metadata` is true. */
  serviceDefinition(code: string, options?: Open311CallOptions): Promise<Open311ServiceDefinition>;
  /**
   * `POST requests`, form-urlencoded, with `api_key` and `jurisdiction_id` from the options
   * unless the request has its own. Answers the `service_request_id`, or for `batch` services a
   * `token` for {@link requestByToken}. Never retried: most servers would file a retry twice.
   */
  postRequest(
    request: Open311PostRequest,
    options?: Open311PostOptions,
  ): Promise<Open311PostResponseItem>;
  /** `GET tokens/{token}`: the `service_request_id` of a batch post, absent while pending. */
  requestByToken(token: string, options?: Open311CallOptions): Promise<Open311PostResponseItem>;
  /** `GET requests`: at most what the server allows (GeoReport v2: 1000 rows or 90 days). */
  requests(
    filters?: Open311RequestFilters,
    options?: Open311CallOptions,
  ): Promise<Open311ServiceRequest[]>;
  /**
   * `GET requests/{id}`. A server's 404, and an empty list as some servers answer instead,
   * both throw a {@link CerdasHttpError} with status 404.
   */
  request(id: string, options?: Open311CallOptions): Promise<Open311ServiceRequest>;
}

const DEFAULT_TIMEOUT = 15_000;

const EMPTY: LocalizedText = {
  id: 'Server Open311 menjawab daftar kosong',
  en: 'The Open311 server answered an empty list',
};

const NOT_FOUND: LocalizedText = {
  id: 'Permintaan layanan tidak ditemukan',
  en: 'No such service request',
};

function list(value: string | readonly string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  const items = (typeof value === 'string' ? [value] : value).map((v) => v.trim()).filter(Boolean);
  return items.length > 0 ? items.join(',') : undefined;
}

/** W3C date-time; whole seconds, which every server's parser takes. */
function dateParam(value: Date | string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  return value.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `Retry-After` in seconds, when given as delta-seconds or an HTTP date. */
function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/**
 * The problem details of an error answer: Cerdas' own problem details as sent; an Open311
 * error list with its first description as the title (all of them in `detail` when there
 * are several, and the list itself as the `open311Errors` extension); else the status line.
 */
function problemOf(response: Response, text: string): ProblemDetails {
  const fallback: ProblemDetails = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
  const json = parseOpen311Json(text);
  if (!json.ok) return fallback;
  const problem = ProblemDetails.safeParse(json.value);
  if (problem.success) return problem.data;
  const errors = parseOpen311Errors(json.value);
  if (!errors.ok) return fallback;
  const described: Open311Errors = errors.value.filter((e) => e.description !== '');
  const [first] = described;
  if (!first) return fallback;
  return {
    ...fallback,
    title: first.description,
    ...(described.length > 1 && { detail: described.map((e) => e.description).join('; ') }),
    open311Errors: errors.value,
  };
}

/**
 * An Open311 client over `fetch`, for browsers and Node. It reads answers leniently, as real
 * servers send them (ids as numbers, codes with leading zeros such as `001`, `null` fields,
 * URLs with spaces around them, XML-shaped JSON), into the model's Open311 types. Failures
 * are the client's errors: {@link CerdasHttpError} (with the Open311 error list as problem
 * details), {@link CerdasTimeoutError}, {@link CerdasAbortError}, {@link CerdasNetworkError},
 * and {@link CerdasValidationError} when an answer is not Open311 at all.
 */
export function createOpen311Client(options: Open311ClientOptions): Open311Client {
  const base = options.baseUrl.trim().replace(/\/+$/, '');
  try {
    new URL(`${base}/`);
  } catch (cause) {
    throw new TypeError(`createOpen311Client: baseUrl is not a URL: "${options.baseUrl}"`, {
      cause,
    });
  }
  const send: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const language = options.language ?? 'id';

  function url(path: string, query: Record<string, string | undefined> = {}): string {
    const params = new URLSearchParams();
    const all = { ...query, jurisdiction_id: options.jurisdictionId?.trim() || undefined };
    for (const [key, value] of Object.entries(all)) if (value !== undefined) params.set(key, value);
    const search = params.toString();
    return `${base}/${path}.json${search ? `?${search}` : ''}`;
  }

  function invalid(operation: string, reason: LocalizedText): CerdasValidationError {
    return new CerdasValidationError(operation, [{ path: '', message: reason[language] }]);
  }

  async function exchange<T>(
    operation: string,
    target: string,
    init: RequestInit,
    perCall: Open311CallOptions,
    read: (data: unknown) => ParseResult<T>,
  ): Promise<T> {
    const timeout = perCall.timeout ?? options.timeout ?? DEFAULT_TIMEOUT;
    const signal = perCall.signal;
    if (signal?.aborted) throw new CerdasAbortError(operation, { cause: signal.reason });
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let response: Response;
    let text: string;
    try {
      response = await send(target, {
        ...init,
        headers: { accept: 'application/json', 'accept-language': language, ...init.headers },
        signal: controller.signal,
      });
      text = await response.text();
    } catch (error) {
      if (timedOut) throw new CerdasTimeoutError(operation, timeout, { cause: error });
      if (signal?.aborted) throw new CerdasAbortError(operation, { cause: error });
      throw new CerdasNetworkError(operation, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    if (!response.ok) {
      throw new CerdasHttpError(operation, response.status, problemOf(response, text), {
        retryAfter: retryAfter(response),
      });
    }
    const json = parseOpen311Json(text);
    if (!json.ok) throw invalid(operation, json.reason);
    const result = read(json.value);
    if (!result.ok) throw invalid(operation, result.reason);
    return result.value;
  }

  function first<T>(items: ParseResult<T[]>): ParseResult<T> {
    if (!items.ok) return items;
    const [item] = items.value;
    return item === undefined ? { ok: false, reason: EMPTY } : { ok: true, value: item };
  }

  function form(request: Open311PostRequest): URLSearchParams {
    const body = new URLSearchParams();
    const fields: Record<string, unknown> = {
      ...request,
      jurisdiction_id: request.jurisdiction_id ?? (options.jurisdictionId?.trim() || undefined),
      api_key: request.api_key ?? options.apiKey,
    };
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined || value === null) continue;
      if (key === 'attribute' && typeof value === 'object') {
        for (const [code, answer] of Object.entries(value as Record<string, unknown>)) {
          if (Array.isArray(answer)) {
            for (const item of answer) body.append(`attribute[${code}][]`, String(item));
          } else if (answer !== undefined && answer !== null) {
            body.append(`attribute[${code}]`, String(answer));
          }
        }
      } else {
        body.append(key, String(value));
      }
    }
    return body;
  }

  return {
    services(callOptions = {}) {
      return exchange('open311.services', url('services'), {}, callOptions, parseOpen311Services);
    },

    serviceDefinition(code, callOptions = {}) {
      return exchange(
        'open311.serviceDefinition',
        url(`services/${encodeURIComponent(code.trim())}`),
        {},
        callOptions,
        parseOpen311ServiceDefinition,
      );
    },

    postRequest(request, callOptions = {}) {
      const headers: Record<string, string> = {
        'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      };
      if (callOptions.idempotencyKey) headers['idempotency-key'] = callOptions.idempotencyKey;
      return exchange(
        'open311.postRequest',
        `${base}/requests.json`,
        { method: 'POST', headers, body: form(request).toString() },
        callOptions,
        (data) => first(parseOpen311PostResponse(data)),
      );
    },

    requestByToken(token, callOptions = {}) {
      const trimmed = token.trim();
      return exchange(
        'open311.requestByToken',
        url(`tokens/${encodeURIComponent(trimmed)}`),
        {},
        callOptions,
        (data) => {
          const items = parseOpen311PostResponse(data);
          if (!items.ok) return items;
          // An empty list: the request behind the token has no id yet.
          return { ok: true, value: items.value[0] ?? { token: trimmed } };
        },
      );
    },

    requests(filters = {}, callOptions = {}) {
      const query = {
        service_request_id: list(filters.serviceRequestId),
        service_code: list(filters.serviceCode),
        start_date: dateParam(filters.startDate),
        end_date: dateParam(filters.endDate),
        status: list(filters.status),
      };
      return exchange(
        'open311.requests',
        url('requests', query),
        {},
        callOptions,
        parseOpen311ServiceRequests,
      );
    },

    async request(id, callOptions = {}) {
      const operation = 'open311.request';
      const found = await exchange(
        operation,
        url(`requests/${encodeURIComponent(id.trim())}`),
        {},
        callOptions,
        parseOpen311ServiceRequests,
      );
      const [request] = found;
      if (request) return request;
      throw new CerdasHttpError(operation, 404, {
        type: 'about:blank',
        title: NOT_FOUND[language],
        status: 404,
      });
    },
  };
}

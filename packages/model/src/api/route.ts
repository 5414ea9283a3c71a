import type * as zc from 'zod/v4/core';
import type { Role } from '../common/roles.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Error statuses a route may answer with, each as RFC 9457 problem details. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

/** `public`: anyone, no token. Otherwise the staff roles whose tokens may call the route. */
export type Access = 'public' | readonly Role[];

/**
 * One endpoint of the Cerdas HTTP API. The server mounts a handler per route, the client
 * derives a method per route, and the OpenAPI document is generated from these fields.
 */
export interface RouteDefinition {
  readonly method: HttpMethod;
  /** Path with `{name}` placeholders, as in OpenAPI: `/v1/umkm/{id}`. */
  readonly path: `/${string}`;
  readonly summary: string;
  readonly description?: string;
  /** OpenAPI tag; also the domain the route belongs to. */
  readonly tag: string;
  readonly access: Access;
  readonly params?: zc.$ZodType;
  readonly query?: zc.$ZodType;
  readonly body?: zc.$ZodType;
  /** How the body travels; `multipart` for uploads. Defaults to JSON. */
  readonly bodyEncoding?: 'json' | 'multipart';
  /** Schema of the success body; `null` for 204 No Content. */
  readonly response: zc.$ZodType | null;
  /** Status of a success; 200 when not given. */
  readonly successStatus?: 200 | 201 | 204;
  readonly errors: readonly ErrorStatus[];
  /** The route accepts an `Idempotency-Key` header: the same key and body never create twice. */
  readonly idempotent?: boolean;
  /** The response may contain personal data: only for staff, never for a public route. */
  readonly personalData?: boolean;
}

/** Status of a route's success response. */
export function successStatusOf(route: RouteDefinition): 200 | 201 | 204 {
  return route.successStatus ?? (route.response === null ? 204 : 200);
}

/** Declares a route, keeping its literal types for the server and client to derive from. */
export function defineRoute<const R extends RouteDefinition>(route: R): R {
  return route;
}

type Out<S> = S extends zc.$ZodType ? zc.output<S> : undefined;
type In<S> = S extends zc.$ZodType ? zc.input<S> : undefined;

/** Path parameters a caller supplies. */
export type RouteParams<R extends RouteDefinition> = In<R['params']>;
/** Query a caller supplies (before defaults and coercion). */
export type RouteQuery<R extends RouteDefinition> = In<R['query']>;
/** Body a caller supplies (before defaults). */
export type RouteBody<R extends RouteDefinition> = In<R['body']>;
/** What a handler receives after validation. */
export interface RouteInput<R extends RouteDefinition> {
  readonly params: Out<R['params']>;
  readonly query: Out<R['query']>;
  readonly body: Out<R['body']>;
}
/** The success body a handler returns and a client receives. */
export type RouteResponse<R extends RouteDefinition> = R['response'] extends zc.$ZodType
  ? zc.output<R['response']>
  : undefined;

/** A table of routes keyed by operation id (`umkm.list`, `planning.proposals.transition`). */
export type RouteTable = Readonly<Record<string, RouteDefinition>>;

/** `/v1/umkm/{id}` with `{ id: 'x' }` → `/v1/umkm/x` (each value URI-encoded). */
export function buildPath(
  path: string,
  params: Readonly<Record<string, unknown>> | undefined,
): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') {
      throw new TypeError(`Missing path parameter "${name}" for ${path}`);
    }
    return encodeURIComponent(String(value));
  });
}

/** Names of the `{placeholders}` of a path, in order. */
export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
}

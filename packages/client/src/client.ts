import {
  type Contract,
  contract,
  pathParameterNames,
  type RouteBody,
  type RouteDefinition,
  type RouteQuery,
  type RouteResponse,
  type RouteTable,
} from '@cerdas/model';
import {
  type CallInput,
  type CerdasClientOptions,
  type RequestOptions,
  Transport,
} from './transport.js';

/** `'/v1/umkm/{id}/products/{productId}'` → `[string, string]`: one argument per placeholder. */
type PathArgs<P extends string> = P extends `${string}{${string}}${infer Rest}`
  ? [string | number, ...PathArgs<Rest>]
  : [];

type Defined<T> = T extends undefined ? never : T;

/** Arguments of a method: the path parameters in order, then the body or the query, then options. */
export type MethodArgs<R extends RouteDefinition> = [
  ...PathArgs<R['path']>,
  ...(R['body'] extends object
    ? [body: Defined<RouteBody<R>>]
    : R['query'] extends object
      ? [query?: Defined<RouteQuery<R>>]
      : []),
  options?: RequestOptions,
];

/** The method of one route: typed arguments in, the contract's response out. */
export type Method<R extends RouteDefinition> = (
  ...args: MethodArgs<R>
) => Promise<RouteResponse<R>>;

type Item<R extends RouteDefinition> = RouteResponse<R> extends { items: (infer I)[] } ? I : never;

/** Cursor helpers of a list route (`*.list` answering `{ items, nextCursor }`). */
export interface ListHelpers<R extends RouteDefinition> {
  /** Every item of every page, fetched page by page as the loop asks for more. */
  iterate(...args: MethodArgs<R>): AsyncIterableIterator<Item<R>>;
  /** Every page, one request each. */
  pages(...args: MethodArgs<R>): AsyncIterableIterator<RouteResponse<R>>;
}

type Split<S extends string> = S extends `${infer Head}.${infer Tail}`
  ? [Head, ...Split<Tail>]
  : [S];
type Nest<Path extends string[], V> = Path extends [
  infer Head extends string,
  ...infer Tail extends string[],
]
  ? { readonly [K in Head]: Nest<Tail, V> }
  : V;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;
type Parent<S extends string> = S extends `${infer P}.list` ? P : never;
type IsPage<R extends RouteDefinition> =
  RouteResponse<R> extends { items: unknown[]; nextCursor: unknown } ? true : false;

type MethodsOf<T extends RouteTable> = {
  [K in keyof T & string]: Nest<Split<K>, Method<T[K]>>;
}[keyof T & string];
type HelpersOf<T extends RouteTable> = {
  [K in keyof T & string]: IsPage<T[K]> extends true
    ? [Parent<K>] extends [never]
      ? never
      : Nest<Split<Parent<K>>, ListHelpers<T[K]>>
    : never;
}[keyof T & string];

/** A client for a route table: one method per route, namespaced by its operation id. */
export type ClientFor<T extends RouteTable> = UnionToIntersection<MethodsOf<T> | HelpersOf<T>>;

/** The client of the whole Cerdas API. */
export type CerdasClient = ClientFor<Contract>;

function splitArgs(
  route: RouteDefinition,
  args: unknown[],
): { input: CallInput; options: RequestOptions } {
  const names = pathParameterNames(route.path);
  const params: Record<string, unknown> = {};
  names.forEach((name, i) => {
    params[name] = args[i];
  });
  const rest = args.slice(names.length);
  const hasPayload = route.body !== undefined || route.query !== undefined;
  const payload = hasPayload ? rest[0] : undefined;
  const options = ((hasPayload ? rest[1] : rest[0]) ?? {}) as RequestOptions;
  const input: CallInput = {
    params,
    ...(route.body !== undefined ? { body: payload } : {}),
    ...(route.query !== undefined ? { query: payload } : {}),
  };
  return { input, options };
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const part of path.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[path[path.length - 1] as string] = value;
}

/**
 * A client for any route table of `@cerdas/model`. Pass a domain's table (`umkmRoutes`) so a
 * widget bundles only that domain; pass `contract` for everything.
 *
 * ```ts
 * const api = createClientFor(umkmRoutes, { baseUrl: 'https://portal.example.go.id' });
 * for await (const business of api.umkm.iterate({ districtCode: '35.14.01' })) { … }
 * ```
 */
export function createClientFor<const T extends RouteTable>(
  routes: T,
  options: CerdasClientOptions,
): ClientFor<T> {
  const transport = new Transport(options);
  const client: Record<string, unknown> = {};
  for (const [operation, route] of Object.entries(routes)) {
    const call = (...args: unknown[]) => {
      const { input, options: callOptions } = splitArgs(route, args);
      return transport.send(operation, route, input, callOptions);
    };
    const path = operation.split('.');
    setPath(client, path, call);
    if (path[path.length - 1] === 'list' && route.query !== undefined) {
      const pages = async function* (...args: unknown[]) {
        const { input, options: callOptions } = splitArgs(route, args);
        let query = { ...(input.query as Record<string, unknown> | undefined) };
        for (;;) {
          const page = (await transport.send(
            operation,
            route,
            { ...input, query },
            callOptions,
          )) as {
            items: unknown[];
            nextCursor: string | null;
          };
          yield page;
          if (!page.nextCursor) return;
          query = { ...query, cursor: page.nextCursor };
        }
      };
      const iterate = async function* (...args: unknown[]) {
        for await (const page of pages(...args)) yield* page.items;
      };
      setPath(client, [...path.slice(0, -1), 'pages'], pages);
      setPath(client, [...path.slice(0, -1), 'iterate'], iterate);
    }
  }
  return client as ClientFor<T>;
}

/**
 * The client of the whole Cerdas API, derived from the contract:
 * `client.umkm.list(query)`, `client.complaints.submit(body)`,
 * `client.planning.proposals.transition(id, action)`, … Widgets that need one domain should
 * use {@link createClientFor} with that domain's routes to stay small.
 */
export function createCerdasClient(options: CerdasClientOptions): CerdasClient {
  return createClientFor(contract, options);
}

import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';
import { ProblemDetails } from '../common/problem.js';
import { type RouteDefinition, type RouteTable, successStatusOf } from './route.js';

/** A JSON object of the OpenAPI document; typed loosely on purpose (it is data for others). */
export type OpenApiDocument = Record<string, unknown> & { openapi: '3.1.0' };

export interface OpenApiOptions {
  /**
   * Schemas to name in `components.schemas` (e.g. every schema the model exports, by its
   * export name); wherever a route uses one, the document refers to it instead of repeating it.
   */
  readonly namedSchemas?: Readonly<Record<string, unknown>>;
  readonly title: string;
  readonly version: string;
  /** A description per tag (domain), shown as the sections of the reference. */
  readonly tagDescriptions?: Readonly<Record<string, string>>;
  readonly description?: string;
  readonly servers?: readonly { readonly url: string; readonly description?: string }[];
}

type JsonSchema = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request: the request is malformed or fails validation',
  401: 'Unauthorized: a bearer token is missing or invalid',
  403: 'Forbidden: the token may not do this',
  404: 'Not Found',
  409: 'Conflict: the record is not in a state that allows this',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable: the Idempotency-Key was used with another body, or a rule refused it',
  429: 'Too Many Requests: wait as long as Retry-After says',
  503: 'Service Unavailable',
};

function isSchema(value: unknown): value is zc.$ZodType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** Drops the components no operation reaches (named schemas the routes never use). */
function prune(doc: Record<string, unknown>, schemas: Record<string, JsonSchema>) {
  const reached = new Set<string>();
  const queue: unknown[] = [doc.paths];
  while (queue.length > 0) {
    const node = queue.pop();
    if (Array.isArray(node)) queue.push(...node);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          const name = value.replace('#/components/schemas/', '');
          if (!reached.has(name) && schemas[name]) {
            reached.add(name);
            queue.push(schemas[name]);
          }
        } else queue.push(value);
      }
    }
  }
  return Object.fromEntries(Object.entries(schemas).filter(([name]) => reached.has(name)));
}

function pascal(operationId: string): string {
  return operationId
    .split(/[.\-_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function clean(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

/** Names schemas by the first route that uses them, and converts them in one pass per direction. */
class ComponentSet {
  private readonly names = new Map<zc.$ZodType, string>();
  private readonly registry = z.registry<{ id: string }>();
  private readonly used = new Set<string>();

  constructor(
    private readonly io: 'input' | 'output',
    named: Readonly<Record<string, unknown>>,
    suffix: string,
  ) {
    for (const name of Object.keys(named).sort()) {
      const schema = named[name];
      if (isSchema(schema) && !this.names.has(schema)) this.name(schema, `${name}${suffix}`);
    }
  }

  private name(schema: zc.$ZodType, id: string): string {
    let unique = id;
    for (let n = 2; this.used.has(unique); n++) unique = `${id}${n}`;
    this.used.add(unique);
    this.names.set(schema, unique);
    this.registry.add(schema, { id: unique });
    return unique;
  }

  ref(schema: zc.$ZodType, name: string): JsonSchema {
    const id = this.names.get(schema) ?? this.name(schema, name);
    return { $ref: `#/components/schemas/${id}` };
  }

  schemas(): Record<string, JsonSchema> {
    if (this.used.size === 0) return {};
    const out = z.toJSONSchema(this.registry, {
      io: this.io,
      target: 'draft-2020-12',
      unrepresentable: 'any',
      uri: (id) => `#/components/schemas/${id}`,
    }) as { schemas: Record<string, JsonSchema> };
    return Object.fromEntries(Object.entries(out.schemas).map(([k, v]) => [k, clean(v)]));
  }
}

function objectProperties(schema: zc.$ZodType, io: 'input' | 'output') {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    schema: clean(property),
    required: required.has(name),
  }));
}

function parameters(route: RouteDefinition): JsonSchema[] {
  const out: JsonSchema[] = [];
  if (route.params) {
    for (const p of objectProperties(route.params, 'input')) {
      const { description, ...schema } = p.schema;
      out.push({ name: p.name, in: 'path', required: true, schema, description });
    }
  }
  if (route.query) {
    for (const p of objectProperties(route.query, 'input')) {
      const { description, ...schema } = p.schema;
      out.push({ name: p.name, in: 'query', required: p.required, schema, description });
    }
  }
  if (route.idempotent) out.push({ $ref: '#/components/parameters/IdempotencyKey' });
  out.push({ $ref: '#/components/parameters/AcceptLanguage' });
  return out.map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)));
}

function operation(
  operationId: string,
  route: RouteDefinition,
  inputs: ComponentSet,
  outputs: ComponentSet,
): JsonSchema {
  const name = pascal(operationId);
  const responses: Record<string, JsonSchema> = {};
  const success = successStatusOf(route);
  responses[String(success)] = route.response
    ? {
        description: STATUS_TEXT[success],
        content: { 'application/json': { schema: outputs.ref(route.response, `${name}Response`) } },
      }
    : { description: STATUS_TEXT[success] };
  for (const status of route.errors) {
    responses[String(status)] = {
      description: STATUS_TEXT[status],
      content: {
        'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } },
      },
    };
  }
  const op: JsonSchema = {
    operationId,
    summary: route.summary,
    tags: [route.tag],
    parameters: parameters(route),
    responses,
    'x-cerdas-access': route.access === 'public' ? 'public' : [...route.access],
    'x-cerdas-idempotent': route.idempotent === true,
  };
  if (route.description) op.description = route.description;
  op.security = route.access === 'public' ? [] : [{ bearerAuth: [] }];
  if (route.body) {
    const mediaType =
      route.bodyEncoding === 'multipart' ? 'multipart/form-data' : 'application/json';
    op.requestBody = {
      required: true,
      content: { [mediaType]: { schema: inputs.ref(route.body, `${name}Body`) } },
    };
  }
  return op;
}

/**
 * The OpenAPI 3.1 document of a route table: for backends in other languages, for
 * generated clients, and for conformance checks. JSON Schema comes from `z.toJSONSchema`.
 */
export function createOpenApiDocument(
  routes: RouteTable,
  options: OpenApiOptions,
): OpenApiDocument {
  const named = options.namedSchemas ?? {};
  const inputs = new ComponentSet('input', named, 'Input');
  const outputs = new ComponentSet('output', named, '');
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const tags = new Set<string>();
  for (const [operationId, route] of Object.entries(routes)) {
    const item = paths[route.path] ?? {};
    item[route.method.toLowerCase()] = operation(operationId, route, inputs, outputs);
    paths[route.path] = item;
    tags.add(route.tag);
  }
  const problem = clean(z.toJSONSchema(ProblemDetails, { io: 'output' }) as JsonSchema);
  const doc: OpenApiDocument = {
    openapi: '3.1.0',
    info: {
      title: options.title,
      version: options.version,
      ...(options.description ? { description: options.description } : {}),
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    ...(options.servers ? { servers: options.servers } : {}),
    tags: [...tags].sort().map((name) => {
      const description = options.tagDescriptions?.[name];
      return description ? { name, description } : { name };
    }),
    paths,
    components: {
      schemas: {},
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'A unique key per submission (e.g. a UUID). Retrying with the same key and body replays the first response and never creates a second record; the same key with another body is refused with 422.',
          schema: { type: 'string', minLength: 8, maxLength: 128 },
        },
        AcceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description: 'Language of messages: Bahasa Indonesia (`id`, default) or English (`en`).',
          schema: { type: 'string' },
        },
      },
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A staff token, scoped to a role (desa, kecamatan, opd, bappeda, admin) and to a village, district or OPD.',
        },
      },
    },
  };
  const components = doc.components as { schemas: Record<string, JsonSchema> };
  components.schemas = prune(doc, {
    ...inputs.schemas(),
    ...outputs.schemas(),
    ProblemDetails: problem,
  });
  return doc;
}

/**
 * Open311 GeoReport v2 wire types (open311.org, GeoReport/v2). Their keys are snake_case
 * on purpose: they are the specification's names, so any Open311 client or server reads
 * them unchanged. Everything else in Cerdas is camelCase.
 *
 * Two kinds of schema: the strict ones (`Open311Service`, …) describe what a Cerdas server
 * sends and accepts; the `…Lenient` ones read what real servers send (numeric ids, codes
 * with leading zeros, `null` fields, URLs with trailing spaces) into the strict types.
 */
import * as z from 'zod/mini';
import { issueMessage, type LocalizedText, localized, type ParseResult } from '../common/i18n.js';
import { personal } from '../common/personal.js';
import { Timestamp } from '../common/time.js';
import { WebUrl } from './shared.js';

const code = z.string().check(z.minLength(1), z.maxLength(128));
const optionalText = (max: number) => z.optional(z.string().check(z.maxLength(max)));

export const Open311ServiceType = z.enum(['realtime', 'batch', 'blackbox']);
export type Open311ServiceType = z.infer<typeof Open311ServiceType>;

/** An item of `GET services` (a service type; for Cerdas, a complaint category). */
export const Open311Service = z.object({
  /** A string: codes such as `001` keep their leading zeros. */
  service_code: code,
  service_name: z.string().check(z.maxLength(500)),
  description: optionalText(4000),
  /** `true` when `GET services/{code}` has attributes to fill. */
  metadata: z.boolean(),
  type: Open311ServiceType,
  /** Comma-separated, as in the specification. */
  keywords: optionalText(1000),
  group: optionalText(500),
});
export type Open311Service = z.infer<typeof Open311Service>;

export const Open311Datatype = z.enum([
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
]);
export type Open311Datatype = z.infer<typeof Open311Datatype>;

export const Open311AttributeValue = z.object({ key: code, name: z.string() });
export type Open311AttributeValue = z.infer<typeof Open311AttributeValue>;

/** One field of a service definition. */
export const Open311Attribute = z.object({
  /** `false`: the attribute only informs (shown in the description), no input. */
  variable: z.boolean(),
  code,
  datatype: Open311Datatype,
  required: z.boolean(),
  datatype_description: optionalText(1000),
  /** 1 is shown first. */
  order: z.int().check(z.minimum(1)),
  description: z.string().check(z.maxLength(4000)),
  values: z.optional(z.array(Open311AttributeValue)),
});
export type Open311Attribute = z.infer<typeof Open311Attribute>;

/** `GET services/{service_code}`. */
export const Open311ServiceDefinition = z.object({
  service_code: code,
  attributes: z.array(Open311Attribute),
});
export type Open311ServiceDefinition = z.infer<typeof Open311ServiceDefinition>;

export const Open311Status = z.enum(['open', 'closed']);
export type Open311Status = z.infer<typeof Open311Status>;

/** An item of `GET requests` / `GET requests/{id}`. Carries no requester data. */
export const Open311ServiceRequest = z.object({
  service_request_id: code,
  status: Open311Status,
  status_notes: optionalText(4000),
  service_name: optionalText(500),
  service_code: code,
  description: optionalText(4000),
  agency_responsible: optionalText(500),
  service_notice: optionalText(4000),
  requested_datetime: Timestamp,
  updated_datetime: z.optional(Timestamp),
  expected_datetime: z.optional(Timestamp),
  /** The place of the issue (the spec's name), never a requester's address. */
  address: optionalText(500),
  address_id: optionalText(128),
  zipcode: optionalText(16),
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  long: z.optional(z.number().check(z.gte(-180), z.lte(180))),
  media_url: z.optional(WebUrl),
});
export type Open311ServiceRequest = z.infer<typeof Open311ServiceRequest>;

/** Trimmed text; blank is absent ("a null parameter is … a non-declared parameter"). */
function blankAsAbsent(value: string | number | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** An optional form field, trimmed; blank counts as absent. */
const formValue = z.pipe(z.optional(z.union([z.string(), z.number()])), z.transform(blankAsAbsent));

const formText = (max: number) => z.pipe(formValue, z.optional(z.string().check(z.maxLength(max))));

const formUrl = z.pipe(formValue, z.optional(WebUrl));

const coordinate = (limit: number) =>
  z.pipe(
    z.pipe(
      formValue,
      z.transform((value: string | undefined) => (value === undefined ? undefined : Number(value))),
    ),
    z.optional(z.number().check(z.gte(-limit), z.lte(limit))),
  );

const attributeValue = z.union([
  z.string().check(z.maxLength(1000)),
  z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(20)),
]);

const LOCATION_NEEDED = localized(
  'lokasi wajib diisi: lat dan long, address_string, atau address_id',
  'a location is required: lat and long, address_string, or address_id',
);

/**
 * `POST requests` after form decoding ({@link readOpen311Form}). One location is required:
 * `lat` + `long`, `address_string` or `address_id`. Values are trimmed and a blank one counts
 * as absent, as the specification says. The requester fields are personal data.
 */
export const Open311PostRequest = z
  .object({
    jurisdiction_id: formText(200),
    api_key: formText(200),
    service_code: code,
    lat: coordinate(90),
    long: coordinate(180),
    address_string: formText(500),
    address_id: formText(128),
    attribute: z.optional(
      z
        .record(z.string().check(z.minLength(1), z.maxLength(128)), attributeValue)
        .check(
          z.refine(
            (value: object) => Object.keys(value).length <= 50,
            localized('maksimal 50 atribut', 'at most 50 attributes'),
          ),
        ),
    ),
    email: personal(formText(254)),
    device_id: personal(formText(200)),
    account_id: personal(formText(200)),
    first_name: personal(formText(120)),
    last_name: personal(formText(120)),
    phone: personal(formText(40)),
    /** Free text without HTML, at most 4000 characters. */
    description: formText(4000),
    media_url: formUrl,
  })
  .check(
    z.refine(
      (post) =>
        (post.lat !== undefined && post.long !== undefined) ||
        post.address_string !== undefined ||
        post.address_id !== undefined,
      LOCATION_NEEDED,
    ),
  );
export type Open311PostRequest = z.infer<typeof Open311PostRequest>;

/** An item of the `POST requests` answer: the id, or a token for `batch` services. */
export const Open311PostResponseItem = z.object({
  service_request_id: z.optional(code),
  token: z.optional(code),
  service_notice: optionalText(4000),
  account_id: optionalText(200),
});
export type Open311PostResponseItem = z.infer<typeof Open311PostResponseItem>;

export const Open311PostResponse = z.array(Open311PostResponseItem);
export type Open311PostResponse = z.infer<typeof Open311PostResponse>;

/** One error; `code` usually repeats the HTTP status but may be more specific. */
export const Open311Error = z.object({
  code: z.union([z.int(), code]),
  description: z.string(),
});
export type Open311Error = z.infer<typeof Open311Error>;

/** Error body of every Open311 method (HTTP 400, 403 or 404). */
export const Open311Errors = z.array(Open311Error);
export type Open311Errors = z.infer<typeof Open311Errors>;

// ---------------------------------------------------------------------------------------
// Lenient reading (client side)

type Loose = string | number | boolean | null | undefined;
const loose = z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()]));

/** Text as sent, trimmed; numbers become their digits; `null` and blanks become absent. */
function toText(value: Loose): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = (typeof value === 'string' ? value : String(value)).trim();
  return text === '' ? undefined : text;
}

const lenientText = z.pipe(loose, z.transform(toText));

/** A required id or code: `638344` → `"638344"`, `"001"` stays `"001"`. */
const lenientCode = z.pipe(
  z.union([z.string(), z.number()]),
  z.pipe(
    z.transform((value: string | number) => toText(value)),
    code,
  ),
);

/** `null` or absent becomes `fallback`. */
function orElse<T extends z.core.SomeType, D extends z.output<T>>(schema: T, fallback: D) {
  return z.pipe(
    z.optional(z.nullable(schema)),
    z.transform((value: z.output<T> | null | undefined): z.output<T> => value ?? fallback),
  );
}

/** Text that must be there, but may arrive as `null` or absent: then empty. */
const lenientRequiredText = z.pipe(
  lenientText,
  z.transform((value: string | undefined) => value ?? ''),
);

const lenientBoolean = z.pipe(
  loose,
  z.transform((value: Loose) => {
    if (typeof value === 'boolean') return value;
    const text = toText(value)?.toLowerCase();
    return text === 'true' || text === '1';
  }),
);

const lenientNumber = z.pipe(
  loose,
  z.transform((value: Loose) => {
    const text = toText(value);
    if (text === undefined) return undefined;
    const number = Number(text);
    return Number.isFinite(number) ? number : undefined;
  }),
);

/** A URL with the spaces real servers leave around it removed; dropped when not http(s). */
const lenientUrl = z.pipe(
  loose,
  z.transform((value: Loose) => {
    const text = toText(value);
    return text !== undefined && WebUrl.safeParse(text).success ? text : undefined;
  }),
);

function lenientEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.pipe(
    z.string(),
    z.pipe(
      z.transform((value: string) => value.trim().toLowerCase()),
      z.enum(values),
    ),
  );
}

export const Open311ServiceLenient = z.object({
  service_code: lenientCode,
  service_name: lenientRequiredText,
  description: lenientText,
  metadata: lenientBoolean,
  /** Absent or null: `realtime`, the common case. */
  type: orElse(lenientEnum(['realtime', 'batch', 'blackbox']), 'realtime'),
  /** Comma-separated text; a list is joined. */
  keywords: z.pipe(
    z.optional(z.union([z.array(z.union([z.string(), z.number()])), z.string(), z.null()])),
    z.transform((v: (string | number)[] | string | null | undefined) =>
      Array.isArray(v) ? toText(v.map(String).join(', ')) : toText(v),
    ),
  ),
  group: lenientText,
});

export const Open311AttributeLenient = z.object({
  variable: lenientBoolean,
  code: lenientCode,
  datatype: lenientEnum([
    'string',
    'number',
    'datetime',
    'text',
    'singlevaluelist',
    'multivaluelist',
  ]),
  required: lenientBoolean,
  datatype_description: lenientText,
  order: z.pipe(
    lenientNumber,
    z.transform((v: number | undefined) =>
      v !== undefined && Number.isInteger(v) && v >= 1 ? v : 1,
    ),
  ),
  description: lenientRequiredText,
  values: z.pipe(
    z.optional(z.nullable(z.array(z.object({ key: lenientCode, name: lenientRequiredText })))),
    z.transform((v: Open311AttributeValue[] | null | undefined) => v ?? undefined),
  ),
});

export const Open311ServiceDefinitionLenient = z.object({
  service_code: lenientCode,
  attributes: orElse(z.array(Open311AttributeLenient), []),
});

export const Open311ServiceRequestLenient = z.object({
  service_request_id: lenientCode,
  status: lenientEnum(['open', 'closed']),
  status_notes: lenientText,
  service_name: lenientText,
  service_code: lenientCode,
  description: lenientText,
  agency_responsible: lenientText,
  service_notice: lenientText,
  /** Passed on as sent; the specification requires an offset, not every server gives one. */
  requested_datetime: lenientRequiredText,
  updated_datetime: lenientText,
  expected_datetime: lenientText,
  address: lenientText,
  address_id: lenientText,
  zipcode: lenientText,
  lat: lenientNumber,
  long: lenientNumber,
  media_url: lenientUrl,
});

export const Open311PostResponseItemLenient = z.object({
  service_request_id: lenientText,
  token: lenientText,
  service_notice: lenientText,
  account_id: lenientText,
});

export const Open311ErrorLenient = z.object({
  code: z.pipe(
    z.union([z.number(), z.string()]),
    z.transform((v: number | string) => {
      const number = typeof v === 'number' ? v : Number(v.trim());
      return Number.isInteger(number) ? number : String(v).trim();
    }),
  ),
  description: lenientRequiredText,
});

/** Drops keys whose value is `undefined`, so parsed objects compare and serialize cleanly. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A list as servers send it: a bare array (the specification's JSON), or the Spark-style
 * conversion of the XML (`{ "services": { "service": [...] } }`), or a single object where
 * the XML had one element.
 */
function unwrapList(data: unknown, keys: readonly string[]): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (data === null || typeof data !== 'object') return undefined;
  for (const key of keys) {
    if (key in data) return unwrapList((data as Record<string, unknown>)[key], keys) ?? [];
  }
  return [data];
}

const UNREADABLE: LocalizedText = {
  id: 'Jawaban server Open311 tidak dapat dibaca',
  en: 'The Open311 server answer cannot be read',
};

interface Reader<T> {
  safeParse(
    data: unknown,
  ): { success: true; data: T } | { success: false; error: z.core.$ZodError };
}

function readList<T extends object>(
  data: unknown,
  keys: readonly string[],
  schema: Reader<T>,
): ParseResult<T[]> {
  const items = unwrapList(data, keys);
  if (!items) return { ok: false, reason: UNREADABLE };
  const out: T[] = [];
  for (const [index, item] of items.entries()) {
    const result = schema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue ? { ...issue, path: [index, ...issue.path] } : undefined;
      return {
        ok: false,
        reason: where
          ? {
              id: `${UNREADABLE.id}: ${issueMessage(where, 'id')}`,
              en: `${UNREADABLE.en}: ${issueMessage(where, 'en')}`,
            }
          : UNREADABLE,
      };
    }
    out.push(compact(result.data));
  }
  return { ok: true, value: out };
}

/** `GET services` of any GeoReport v2 server, read leniently. */
export function parseOpen311Services(data: unknown): ParseResult<Open311Service[]> {
  return readList(data, ['services', 'service'], Open311ServiceLenient);
}

/** `GET services/{code}`, read leniently (`{ service_definition: … }` is unwrapped too). */
export function parseOpen311ServiceDefinition(
  data: unknown,
): ParseResult<Open311ServiceDefinition> {
  const inner =
    data !== null && typeof data === 'object' && 'service_definition' in data
      ? (data as { service_definition: unknown }).service_definition
      : data;
  const attributes =
    inner !== null && typeof inner === 'object' && 'attributes' in inner
      ? (unwrapList((inner as { attributes: unknown }).attributes, ['attribute']) ?? [])
      : [];
  const result = Open311ServiceDefinitionLenient.safeParse({ ...(inner as object), attributes });
  if (!result.success) return { ok: false, reason: UNREADABLE };
  return {
    ok: true,
    value: {
      service_code: result.data.service_code,
      attributes: result.data.attributes.map((a) => compact(a)),
    },
  };
}

/** `GET requests` or `GET requests/{id}`, read leniently. */
export function parseOpen311ServiceRequests(data: unknown): ParseResult<Open311ServiceRequest[]> {
  return readList(data, ['service_requests', 'requests', 'request'], Open311ServiceRequestLenient);
}

/** The answer of `POST requests`, read leniently. */
export function parseOpen311PostResponse(data: unknown): ParseResult<Open311PostResponse> {
  return readList(data, ['service_requests', 'request'], Open311PostResponseItemLenient);
}

/** An Open311 error body, read leniently. */
export function parseOpen311Errors(data: unknown): ParseResult<Open311Errors> {
  return readList(data, ['errors', 'error'], Open311ErrorLenient);
}

/**
 * `JSON.parse` for Open311 answers: integer literals with leading zeros (`"service_code":001`,
 * as in the specification's own examples, invalid JSON) or with more than 15 digits (ids a
 * double would round) are read as strings, keeping every digit. Everything else is JSON.
 */
export function parseOpen311Json(text: string): ParseResult<unknown> {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (char === '"') {
      let j = i + 1;
      while (j < text.length && text.charAt(j) !== '"') j += text.charAt(j) === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/[-0-9]/.test(char)) {
      const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      const literal = match?.[0] ?? char;
      const integer = !match?.[1] && !match?.[2];
      const digits = literal.replace('-', '');
      if (integer && ((digits.length > 1 && digits.startsWith('0')) || digits.length > 15)) {
        out += `"${literal}"`;
      } else {
        out += literal;
      }
      i += literal.length;
      continue;
    }
    out += char;
    i += 1;
  }
  try {
    return { ok: true, value: JSON.parse(out) };
  } catch {
    return { ok: false, reason: UNREADABLE };
  }
}

/** Keys that would reach an object's prototype instead of becoming fields. */
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const ATTRIBUTE_KEY = /^attribute\[([^\]]{1,128})\](\[\])?$/;

/**
 * The fields of a form-urlencoded `POST requests` body as an object for
 * {@link Open311PostRequest}: `attribute[CODE]=v` becomes `attribute.CODE = "v"` and
 * `attribute[CODE][]=a&attribute[CODE][]=b` becomes a list. For other repeated keys the
 * last value wins. Pass `new URLSearchParams(body)`.
 */
export function readOpen311Form(
  entries: Iterable<readonly [string, string]>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const attribute: Record<string, string | string[]> = {};
  let hasAttribute = false;
  for (const [key, value] of entries) {
    const match = ATTRIBUTE_KEY.exec(key);
    if (match) {
      const name = match[1] as string;
      if (UNSAFE_KEYS.has(name)) continue;
      hasAttribute = true;
      if (match[2]) {
        const list = attribute[name];
        attribute[name] = Array.isArray(list) ? [...list, value] : [value];
      } else {
        attribute[name] = value;
      }
    } else if (key !== 'attribute' && !UNSAFE_KEYS.has(key)) {
      out[key] = value;
    }
  }
  if (hasAttribute) out.attribute = attribute;
  return out;
}

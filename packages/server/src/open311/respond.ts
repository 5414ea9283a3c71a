import { type Language, problemToOpen311Errors } from '@cerdas/model';
import type { HttpProblem } from '../errors.js';

/** The two output formats of GeoReport v2: XML is mandatory, JSON is its Spark mapping. */
export type Open311Format = 'json' | 'xml';

/** The outer element of each kind of answer, as the specification's XML examples name them. */
export type Open311Root =
  | 'discovery'
  | 'services'
  | 'service_definition'
  | 'service_requests'
  | 'errors';

/**
 * A path segment split into its name and format: `services.json` → `services`, `json`.
 * Without a suffix the answer is JSON, which forgives clients that leave it out.
 */
export function splitFormat(segment: string): { name: string; format: Open311Format } | undefined {
  const match = /^(.*)\.(json|xml)$/i.exec(segment);
  if (!match) return { name: segment, format: 'json' };
  const name = match[1] as string;
  return name === '' ? undefined : { name, format: (match[2] as string).toLowerCase() as 'json' };
}

/** The element name of one item of a list, as in the specification's XML examples. */
const ITEM: Readonly<Record<string, string>> = {
  services: 'service',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
  service_requests: 'request',
  errors: 'error',
};

/** Characters XML 1.0 cannot carry at all, even escaped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function element(name: string, value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = ITEM[name] ?? 'item';
    return `<${name}>${value.map((v) => element(item, v)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    const children = Object.entries(value).map(([key, v]) => element(key, v));
    return `<${name}>${children.join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** The XML form of an answer: the Spark convention read backwards. */
export function toXml(root: Open311Root, body: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, body)}`;
}

const CONTENT_TYPE: Readonly<Record<Open311Format, string>> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

export interface Open311Answer {
  readonly format: Open311Format;
  readonly root: Open311Root;
  readonly body: unknown;
  readonly status?: number;
  readonly lang: Language;
  readonly headers?: Readonly<Record<string, string>>;
}

export function open311Response(answer: Open311Answer): Response {
  const text =
    answer.format === 'xml' ? toXml(answer.root, answer.body) : JSON.stringify(answer.body);
  const headers = new Headers({
    'content-type': CONTENT_TYPE[answer.format],
    'content-language': answer.lang,
    ...answer.headers,
  });
  return new Response(text, { status: answer.status ?? 200, headers });
}

/** A refusal as Open311's error list `[{ code, description }]`, in the asked format. */
export function open311ErrorResponse(
  problem: HttpProblem,
  format: Open311Format,
  lang: Language,
  path: string,
): Response {
  const details = problem.toProblem(lang, path);
  return open311Response({
    format,
    root: 'errors',
    body: problemToOpen311Errors(details),
    status: details.status,
    lang,
    ...(problem.headers ? { headers: problem.headers } : {}),
  });
}

import * as z from 'zod/mini';
import { DEFAULT_LANGUAGE, type Language, type LocalizedText, localized } from './i18n.js';

/** Media type of a problem details document (RFC 9457 §3). */
export const PROBLEM_JSON = 'application/problem+json';

/** The problem type that means "nothing more than the HTTP status" (RFC 9457 §4.2.1). */
export const ABOUT_BLANK = 'about:blank';

/**
 * A URI reference as RFC 3986 §4.1 allows it: no spaces, controls or the characters
 * RFC 3986 never permits, and a valid scheme when the first segment has a colon.
 */
function isUriReference(value: string): boolean {
  if (value.length === 0 || /[<>"{}|\\^`]/.test(value)) return false;
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x20 || code === 0x7f) return false;
  }
  const colon = value.indexOf(':');
  const delimiter = value.search(/[/?#]/);
  if (colon >= 0 && (delimiter < 0 || colon < delimiter)) {
    return /^[A-Za-z][A-Za-z0-9+.-]*$/.test(value.slice(0, colon));
  }
  return true;
}

const UriReference = z
  .string()
  .check(
    z.refine(
      isUriReference,
      localized('bukan referensi URI yang valid', 'is not a valid URI reference'),
    ),
  );

/** One field's validation failure, as carried in problem details' `errors[]` (RFC 9457 §3.2). */
export const FieldError = z.object({
  /** Dotted path of the field (`owner.phone`, `items[2].name`); empty for the whole value. */
  path: z.string(),
  /** A sentence in the requested language that names the field. */
  message: z.string(),
  /** The zod issue code (`too_small`, `custom`, …), for programs. */
  code: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/**
 * An error response body (RFC 9457 §3.1): `type` defaults to `about:blank`, `status` is the
 * HTTP status (4xx or 5xx), and extension members beyond the standard ones are kept (§3.2).
 */
export const ProblemDetails = z.looseObject({
  type: z._default(UriReference, ABOUT_BLANK),
  title: z.string().check(z.minLength(1)),
  status: z.int().check(z.minimum(400), z.maximum(599)),
  detail: z.optional(z.string()),
  instance: z.optional(UriReference),
  errors: z.optional(z.array(FieldError)),
});
export type ProblemDetails = z.infer<typeof ProblemDetails>;

/** Titles for the statuses Cerdas answers with; localized as RFC 9457 §3.1.4 allows. */
const STATUS_TITLES: Readonly<Record<number, LocalizedText>> = {
  400: { id: 'Permintaan tidak valid', en: 'Bad request' },
  401: { id: 'Autentikasi diperlukan', en: 'Unauthorized' },
  403: { id: 'Akses ditolak', en: 'Forbidden' },
  404: { id: 'Tidak ditemukan', en: 'Not found' },
  409: { id: 'Bertentangan dengan data yang ada', en: 'Conflict' },
  413: { id: 'Data terlalu besar', en: 'Content too large' },
  415: { id: 'Jenis media tidak didukung', en: 'Unsupported media type' },
  422: { id: 'Data tidak dapat diproses', en: 'Unprocessable content' },
  429: { id: 'Terlalu banyak permintaan', en: 'Too many requests' },
  500: { id: 'Terjadi kesalahan pada server', en: 'Internal server error' },
};

const CLIENT_ERROR_TITLE: LocalizedText = { id: 'Permintaan gagal', en: 'Request failed' };
const SERVER_ERROR_TITLE: LocalizedText = { id: 'Kesalahan server', en: 'Server error' };
const INVALID_DATA_TITLE: LocalizedText = { id: 'Data tidak valid', en: 'Invalid data' };

/** The default title of a status, in the given language. */
export function problemTitle(status: number, lang: Language = DEFAULT_LANGUAGE): string {
  const title = STATUS_TITLES[status] ?? (status >= 500 ? SERVER_ERROR_TITLE : CLIENT_ERROR_TITLE);
  return title[lang];
}

export interface ProblemOptions {
  /** Overrides the localized default title of the status. */
  readonly title?: string;
  readonly detail?: string;
  /** A URI reference that names the problem type; `about:blank` when omitted. */
  readonly type?: string;
  /** A URI reference to this occurrence of the problem. */
  readonly instance?: string;
  readonly lang?: Language;
}

/**
 * Problem details for an error status (RFC 9457), titled in Bahasa Indonesia or English.
 * Throws a `RangeError` for a status outside 400–599.
 */
export function problem(status: number, options: ProblemOptions = {}): ProblemDetails {
  if (!Number.isInteger(status) || status < 400 || status > 599) {
    throw new RangeError(`A problem needs an error status (400–599), not ${status}`);
  }
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  const body: ProblemDetails = {
    type: options.type ?? ABOUT_BLANK,
    title: options.title ?? problemTitle(status, lang),
    status,
  };
  if (options.detail !== undefined) body.detail = options.detail;
  if (options.instance !== undefined) body.instance = options.instance;
  return body;
}

function invalidFieldsDetail(count: number, lang: Language): string {
  if (lang === 'en') {
    if (count === 0) return 'Check the data you sent.';
    return count === 1 ? '1 field needs fixing.' : `${count} fields need fixing.`;
  }
  return count === 0 ? 'Periksa kembali data yang dikirim.' : `${count} isian perlu diperbaiki.`;
}

export interface ValidationProblemOptions {
  /** The language of title and detail; validate with the same one so `errors[]` matches. */
  readonly lang?: Language;
  /** 400 (default) for a malformed request, 422 for well-formed data that breaks a rule. */
  readonly status?: 400 | 422;
  readonly type?: string;
  readonly instance?: string;
}

/**
 * Problem details for a failed validation (RFC 9457 §3 with an `errors[]` extension):
 * pass the field errors of {@link validate}.
 */
export function problemFromValidation(
  errors: readonly FieldError[],
  options: ValidationProblemOptions = {},
): ProblemDetails {
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  return {
    ...problem(options.status ?? 400, {
      lang,
      title: INVALID_DATA_TITLE[lang],
      detail: invalidFieldsDetail(errors.length, lang),
      ...(options.type !== undefined && { type: options.type }),
      ...(options.instance !== undefined && { instance: options.instance }),
    }),
    errors: errors.map(({ path, message, code }) => ({ path, message, code })),
  };
}

import {
  type FieldError,
  type Language,
  type LocalizedText,
  type ProblemDetails,
  problem,
  problemFromValidation,
} from '@cerdas/model';

/**
 * A request that ends in an RFC 9457 problem: thrown by handlers and middleware, turned into
 * `application/problem+json` by the app. Never used for a server fault (those are 500s).
 */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';

  constructor(
    readonly status: number,
    readonly detail?: LocalizedText,
    readonly errors?: readonly FieldError[],
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(detail?.en ?? `HTTP ${status}`);
  }

  toProblem(lang: Language, instance?: string): ProblemDetails {
    if (this.errors && this.errors.length > 0) {
      const status = this.status === 422 ? 422 : 400;
      return { ...problemFromValidation([...this.errors], { lang, status }), instance };
    }
    return problem(this.status, {
      lang,
      ...(this.detail ? { detail: this.detail[lang] } : {}),
      ...(instance ? { instance } : {}),
    });
  }
}

/** Shorthands for the problems handlers raise, each with a message in both languages. */
export const problems = {
  notFound: (what: LocalizedText) => new HttpProblem(404, what),
  forbidden: (why: LocalizedText) => new HttpProblem(403, why),
  conflict: (why: LocalizedText) => new HttpProblem(409, why),
  unprocessable: (why: LocalizedText) => new HttpProblem(422, why),
  badRequest: (why: LocalizedText) => new HttpProblem(400, why),
  invalid: (errors: readonly FieldError[]) => new HttpProblem(400, undefined, errors),
};

export const MESSAGES = {
  notFound: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  routeNotFound: { id: 'Alamat API ini tidak ada.', en: 'There is no such API route.' },
  tokenMissing: {
    id: 'Permintaan ini memerlukan token staf (Authorization: Bearer …).',
    en: 'This request needs a staff token (Authorization: Bearer …).',
  },
  tokenInvalid: {
    id: 'Token tidak dikenal, sudah dicabut atau kedaluwarsa.',
    en: 'The token is unknown, revoked or expired.',
  },
  roleForbidden: {
    id: 'Peran token ini tidak boleh melakukan permintaan ini.',
    en: "This token's role may not make this request.",
  },
  scopeForbidden: {
    id: 'Data ini di luar wilayah atau perangkat daerah token Anda.',
    en: "This record is outside your token's region or agency.",
  },
  invalidJson: {
    id: 'Isi permintaan bukan JSON yang valid.',
    en: 'The request body is not valid JSON.',
  },
  jsonRequired: {
    id: 'Kirim isi permintaan sebagai application/json.',
    en: 'Send the request body as application/json.',
  },
  multipartRequired: {
    id: 'Kirim berkas sebagai multipart/form-data.',
    en: 'Send the file as multipart/form-data.',
  },
  tooLarge: {
    id: 'Isi permintaan terlalu besar.',
    en: 'The request body is too large.',
  },
  idempotencyMismatch: {
    id: 'Idempotency-Key ini sudah dipakai untuk isi permintaan lain.',
    en: 'This Idempotency-Key was already used with another request body.',
  },
  idempotencyKeyInvalid: {
    id: 'Idempotency-Key harus 8–128 karakter huruf, angka, - atau _.',
    en: 'The Idempotency-Key must be 8–128 letters, digits, - or _.',
  },
  rateLimited: {
    id: 'Terlalu banyak permintaan. Coba lagi sebentar lagi.',
    en: 'Too many requests. Please try again shortly.',
  },
  invalidCursor: {
    id: 'cursor: posisi halaman tidak valid; mulai lagi dari halaman pertama.',
    en: 'cursor: the page position is not valid; start again from the first page.',
  },
  duplicate: {
    id: 'Data dengan pengenal ini sudah ada.',
    en: 'A record with this identifier already exists.',
  },
  receiptInvalid: {
    id: 'Kode tanda terima tidak cocok dengan nomor pelacakan ini.',
    en: 'The receipt code does not match this tracking number.',
  },
  serverError: {
    id: 'Terjadi kesalahan di server. Data Anda tidak hilang; coba lagi.',
    en: 'Something went wrong on the server. Nothing you sent was lost; please try again.',
  },
} as const satisfies Record<string, LocalizedText>;

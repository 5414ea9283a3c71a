import * as fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { type FieldError as I18nFieldError, validate } from './i18n.js';
import {
  FieldError,
  PROBLEM_JSON,
  ProblemDetails,
  problem,
  problemFromValidation,
  problemTitle,
} from './problem.js';

const Complaint = z.object({
  title: z.string().check(z.minLength(5)),
  kecamatan: z.string(),
});

function errorsOf(data: unknown, lang: 'id' | 'en' = 'id') {
  const result = validate(Complaint, data, lang);
  if (result.success) throw new Error('expected invalid data');
  return result.errors;
}

describe('problem details (RFC 9457)', () => {
  it('are sent as application/problem+json', () => {
    expect(PROBLEM_JSON).toBe('application/problem+json');
  });

  it('default to about:blank with a localized status title', () => {
    expect(problem(404)).toEqual({ type: 'about:blank', title: 'Tidak ditemukan', status: 404 });
    expect(problem(404, { lang: 'en' }).title).toBe('Not found');
  });

  it('have an Indonesian and an English title for every status Cerdas sends', () => {
    for (const status of [400, 401, 403, 404, 409, 413, 415, 422, 429, 500]) {
      const id = problemTitle(status, 'id');
      const en = problemTitle(status, 'en');
      expect(id).not.toBe(en);
      expect([id, en]).not.toContain(problemTitle(status >= 500 ? 599 : 499, 'id'));
    }
    expect(problemTitle(418)).toBe('Permintaan gagal');
    expect(problemTitle(503, 'en')).toBe('Server error');
  });

  it('carry the given type, title, detail and instance', () => {
    const body = problem(409, {
      lang: 'en',
      type: 'https://docs.example.org/problems/duplicate-complaint',
      detail: 'Complaint ADU-3514-2026-000123 was already filed.',
      instance: '/complaints/ADU-3514-2026-000123',
    });
    expect(body).toEqual({
      type: 'https://docs.example.org/problems/duplicate-complaint',
      title: 'Conflict',
      status: 409,
      detail: 'Complaint ADU-3514-2026-000123 was already filed.',
      instance: '/complaints/ADU-3514-2026-000123',
    });
    expect(ProblemDetails.parse(body)).toEqual(body);
  });

  it('refuse a status that is not an error', () => {
    for (const status of [200, 399, 600, 404.5]) {
      expect(() => problem(status)).toThrow(RangeError);
    }
  });
});

describe('a validation problem', () => {
  it('lists the field errors under a localized title and detail', () => {
    const errors = errorsOf({ title: 'abc' });
    const body = problemFromValidation(errors);
    expect(body).toEqual({
      type: 'about:blank',
      title: 'Data tidak valid',
      status: 400,
      detail: '2 isian perlu diperbaiki.',
      errors: [
        { path: 'title', message: 'title: minimal 5 karakter', code: 'too_small' },
        { path: 'kecamatan', message: 'kecamatan: wajib diisi', code: 'invalid_type' },
      ],
    });
    expect(ProblemDetails.parse(JSON.parse(JSON.stringify(body)))).toEqual(body);
  });

  it('speaks English on request and may use 422', () => {
    const body = problemFromValidation(errorsOf({ title: 'Jalan rusak' }, 'en'), {
      lang: 'en',
      status: 422,
    });
    expect(body).toMatchObject({
      title: 'Invalid data',
      status: 422,
      detail: '1 field needs fixing.',
      errors: [{ path: 'kecamatan', message: 'kecamatan: is required' }],
    });
    expect(problemFromValidation([], { lang: 'en' }).detail).toBe('Check the data you sent.');
  });
});

describe('the ProblemDetails schema', () => {
  it('fills in type and keeps extension members', () => {
    expect(
      ProblemDetails.parse({ title: 'Terlalu banyak permintaan', status: 429, retryIn: 30 }),
    ).toEqual({
      type: 'about:blank',
      title: 'Terlalu banyak permintaan',
      status: 429,
      retryIn: 30,
    });
  });

  it('explains what is wrong in the requested language', () => {
    const bad = { type: 'not a uri', title: '', status: 200, errors: [{ path: 'x' }] };
    const result = validate(ProblemDetails, bad);
    expect(result.success ? [] : result.errors.map((e) => e.message)).toEqual([
      'type: bukan referensi URI yang valid',
      'title: minimal 1 karakter',
      'status: minimal 400',
      'errors[0].message: wajib diisi',
      'errors[0].code: wajib diisi',
    ]);
    const en = validate(ProblemDetails, { title: 'x', status: 600 }, 'en');
    expect(en.success ? [] : en.errors.map((e) => e.message)).toEqual([
      'status: must be at most 599',
    ]);
  });

  it('accepts URI references, absolute or relative, and nothing else', () => {
    for (const type of [
      'about:blank',
      'https://example.org/p#x',
      '/problems/quota',
      'tag:x,2026:y',
    ]) {
      expect(ProblemDetails.safeParse({ type, title: 't', status: 400 }).success).toBe(true);
    }
    for (const type of ['', 'two words', '1abc:def', 'a<b', 'tab\there']) {
      expect(ProblemDetails.safeParse({ type, title: 't', status: 400 }).success).toBe(false);
    }
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        ProblemDetails.safeParse(input);
      }),
    );
  });
});

describe('FieldError', () => {
  it('is one shape for validate() and problem details', () => {
    expectTypeOf<I18nFieldError>().toEqualTypeOf<FieldError>();
    expectTypeOf<FieldError>().toEqualTypeOf<{ path: string; message: string; code: string }>();
    expect(z.array(FieldError).parse(errorsOf({}))).toHaveLength(2);
  });
});

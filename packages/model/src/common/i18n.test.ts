import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { cerdasErrorMap, localized, resolveLanguage, validate } from './i18n.js';

const Form = z.object({
  name: z.string().check(z.minLength(3)),
  age: z.number().check(z.minimum(17)),
  kind: z.enum(['desa', 'kelurahan']),
  code: z.string().check(z.refine((v) => /^\d+$/.test(v), localized('hanya angka', 'digits only'))),
  items: z.array(z.object({ title: z.string() })),
});

const bad = { name: 'ab', age: 3, kind: 'kota', code: 'x1', items: [{}] };

describe('validation messages', () => {
  it('are Indonesian by default and name the field', () => {
    const result = validate(Form, bad);
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.errors.map((e) => e.message);
    expect(messages).toEqual([
      'name: minimal 3 karakter',
      'age: minimal 17',
      'kind: harus salah satu dari: desa, kelurahan',
      'code: hanya angka',
      'items[0].title: wajib diisi',
    ]);
  });

  it('are English on request', () => {
    const result = validate(Form, bad, 'en');
    const messages = result.success ? [] : result.errors.map((e) => e.message);
    expect(messages).toEqual([
      'name: must be at least 3 characters',
      'age: must be at least 17',
      'kind: must be one of: desa, kelurahan',
      'code: digits only',
      'items[0].title: is required',
    ]);
  });

  it('carry the field path and code for programs', () => {
    const result = validate(Form, bad);
    expect(result.success ? [] : result.errors.map((e) => [e.path, e.code])).toEqual([
      ['name', 'too_small'],
      ['age', 'too_small'],
      ['kind', 'invalid_value'],
      ['code', 'custom'],
      ['items[0].title', 'invalid_type'],
    ]);
    expect(
      validate(Form, { ...bad, name: 'abc', age: 17, kind: 'desa', code: '1', items: [] }),
    ).toEqual({
      success: true,
      data: { name: 'abc', age: 17, kind: 'desa', code: '1', items: [] },
    });
  });

  it('work as a zod error map', () => {
    const result = Form.safeParse({ ...bad, code: '1' }, { error: cerdasErrorMap('en') });
    expect(result.error?.issues[0]?.message).toBe('name: must be at least 3 characters');
  });
});

describe('resolveLanguage', () => {
  it.each([
    [undefined, 'id'],
    ['', 'id'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['fr, en;q=0.5', 'en'],
    ['en;q=0.3, id;q=0.7', 'id'],
    ['de', 'id'],
    ['en;q=0', 'id'],
  ] as const)('%s → %s', (header, expected) => {
    expect(resolveLanguage(header)).toBe(expected);
  });
});

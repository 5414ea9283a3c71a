import type { $ZodIssue, $ZodRawIssue } from 'zod/v4/core';
import type { FieldError } from './problem.js';

/** Languages every message of Cerdas is written in. Bahasa Indonesia is the default. */
export type Language = 'id' | 'en';

export const DEFAULT_LANGUAGE: Language = 'id';

/** One message in both languages. */
export interface LocalizedText {
  readonly id: string;
  readonly en: string;
}

/** The outcome of reading input: a value, or the reason it was refused in both languages. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: LocalizedText };

/**
 * Picks the response language from an `Accept-Language` header (or a `lang` attribute):
 * English only when English is preferred over Indonesian, Indonesian otherwise.
 */
export function resolveLanguage(acceptLanguage: string | null | undefined): Language {
  if (!acceptLanguage) return DEFAULT_LANGUAGE;
  let best: { lang: Language; q: number } | undefined;
  for (const part of acceptLanguage.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    const primary = tag.split('-')[0];
    const lang: Language | undefined =
      primary === 'en' ? 'en' : primary === 'id' || primary === 'in' ? 'id' : undefined;
    if (lang && (!best || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? DEFAULT_LANGUAGE;
}

/**
 * The language of the parse {@link validate} is running. Parsing is synchronous, so the
 * value is set just for the duration of one `safeParse` and restored after it.
 */
let activeLanguage: Language = DEFAULT_LANGUAGE;

/**
 * Options for any zod check (`refine`, `regex`, …) whose message exists in both languages.
 * The message follows the language {@link validate} was asked for (Indonesian otherwise);
 * custom issues also carry both texts in `params.i18n`.
 */
export function localized(
  id: string,
  en: string,
): { error: () => string; params: { i18n: LocalizedText } } {
  const text: LocalizedText = { id, en };
  return { error: () => text[activeLanguage], params: { i18n: text } };
}

/**
 * The text of a message in the language {@link validate} is running (Indonesian otherwise),
 * for issues pushed by hand in `superRefine` or `transform`.
 */
export function inActiveLanguage(text: LocalizedText): string {
  return text[activeLanguage];
}

type AnyIssue = $ZodIssue | $ZodRawIssue;

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  bigint: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'ya/tidak (boolean)', en: 'true or false' },
  object: { id: 'objek', en: 'an object' },
  array: { id: 'daftar', en: 'a list' },
  date: { id: 'tanggal', en: 'a date' },
  null: { id: 'null', en: 'null' },
};

const FORMAT_NAMES: Record<string, LocalizedText> = {
  email: { id: 'alamat e-mail', en: 'e-mail address' },
  url: { id: 'URL', en: 'URL' },
  uuid: { id: 'UUID', en: 'UUID' },
  datetime: {
    id: 'waktu ISO 8601 dengan zona waktu',
    en: 'ISO 8601 date-time with an offset',
  },
  date: { id: 'tanggal YYYY-MM-DD', en: 'date YYYY-MM-DD' },
  time: { id: 'jam HH:MM', en: 'time HH:MM' },
};

function pick(text: LocalizedText, lang: Language): string {
  return text[lang];
}

function fmtNumber(n: number | bigint, lang: Language): string {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US').format(n);
}

function sizeBound(issue: AnyIssue & { code: 'too_small' | 'too_big' }, lang: Language): string {
  const small = issue.code === 'too_small';
  const bound = small ? issue.minimum : issue.maximum;
  const inclusive = issue.inclusive !== false;
  const n = fmtNumber(bound as number, lang);
  switch (issue.origin) {
    case 'string':
      return lang === 'id'
        ? `${small ? 'minimal' : 'maksimal'} ${n} karakter`
        : `must be ${small ? 'at least' : 'at most'} ${n} characters`;
    case 'array':
    case 'set':
      return lang === 'id'
        ? `${small ? 'minimal' : 'maksimal'} ${n} item`
        : `must have ${small ? 'at least' : 'at most'} ${n} items`;
    default:
      if (inclusive) {
        return lang === 'id'
          ? `${small ? 'minimal' : 'maksimal'} ${n}`
          : `must be ${small ? 'at least' : 'at most'} ${n}`;
      }
      return lang === 'id'
        ? `harus ${small ? 'lebih dari' : 'kurang dari'} ${n}`
        : `must be ${small ? 'greater' : 'less'} than ${n}`;
  }
}

/**
 * The message of one zod issue in the given language, without the field name.
 * Domain checks carry their own text (see {@link localized}); built-in checks are
 * translated here so that no user ever sees zod's English defaults in an Indonesian UI.
 */
export function issueText(issue: AnyIssue, lang: Language = DEFAULT_LANGUAGE): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined && 'input' in issue) {
        return lang === 'id' ? 'wajib diisi' : 'is required';
      }
      const name = TYPE_NAMES[issue.expected];
      const expected = name ? pick(name, lang) : issue.expected;
      return lang === 'id' ? `harus berupa ${expected}` : `must be ${expected}`;
    }
    case 'too_small':
    case 'too_big':
      return sizeBound(issue, lang);
    case 'invalid_format': {
      const name = FORMAT_NAMES[issue.format];
      if (name) return lang === 'id' ? `bukan ${name.id} yang valid` : `is not a valid ${name.en}`;
      return lang === 'id' ? 'formatnya tidak sesuai' : 'has the wrong format';
    }
    case 'not_multiple_of':
      return lang === 'id'
        ? `harus kelipatan ${String(issue.divisor)}`
        : `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return lang === 'id'
        ? `kolom tidak dikenal: ${issue.keys.join(', ')}`
        : `unknown field(s): ${issue.keys.join(', ')}`;
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v)).join(', ');
      return lang === 'id' ? `harus salah satu dari: ${values}` : `must be one of: ${values}`;
    }
    case 'invalid_union':
      return lang === 'id'
        ? 'tidak cocok dengan bentuk mana pun yang diizinkan'
        : 'matches none of the allowed shapes';
    case 'invalid_key':
      return lang === 'id' ? 'kunci tidak valid' : 'has an invalid key';
    case 'invalid_element':
      return lang === 'id' ? 'berisi elemen yang tidak valid' : 'has an invalid element';
    case 'custom': {
      const i18n = (issue.params as { i18n?: LocalizedText } | undefined)?.i18n;
      if (i18n) return i18n[lang];
      const message = 'message' in issue ? issue.message : undefined;
      if (message && message !== 'Invalid input') return message;
      return lang === 'id' ? 'tidak valid' : 'is invalid';
    }
    default:
      return lang === 'id' ? 'tidak valid' : 'is invalid';
  }
}

/** A field path as people read it: `owner.phone`, `items[2].name`. */
export function formatPath(path: readonly PropertyKey[] | undefined): string {
  let out = '';
  for (const key of path ?? []) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** One issue as a sentence that names its field: `phone: wajib diisi`. */
export function issueMessage(issue: AnyIssue, lang: Language = DEFAULT_LANGUAGE): string {
  const field = formatPath(issue.path) || (lang === 'id' ? 'data' : 'input');
  return `${field}: ${issueText(issue, lang)}`;
}

/**
 * A zod error map (`schema.parse(x, { error: cerdasErrorMap('en') })` or `z.config`)
 * that gives every issue a message in the chosen language, naming the field.
 */
export function cerdasErrorMap(lang: Language = DEFAULT_LANGUAGE): (issue: $ZodRawIssue) => string {
  return (issue) => issueMessage(issue, lang);
}

/** A validation failure of one field; its schema lives with the problem details. */
export type { FieldError };

export type ValidationResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly errors: readonly FieldError[] };

interface SafeParsable<T> {
  safeParse(
    data: unknown,
    params?: { error?: (issue: $ZodRawIssue) => string; reportInput?: boolean },
  ): { success: true; data: T } | { success: false; error: { issues: $ZodIssue[] } };
}

/**
 * Validates `data` against a schema and returns either the parsed value or field errors
 * whose messages are in `lang` and name the field (missing fields say so: "wajib diisi").
 */
export function validate<T>(
  schema: SafeParsable<T>,
  data: unknown,
  lang: Language = DEFAULT_LANGUAGE,
): ValidationResult<T> {
  const previous = activeLanguage;
  activeLanguage = lang;
  let issues: $ZodIssue[];
  try {
    const result = schema.safeParse(data, { error: (issue) => issueText(issue, lang) });
    if (result.success) return { success: true, data: result.data };
    // zod builds the error lazily on first read: read it while the language is set.
    issues = result.error.issues;
  } finally {
    activeLanguage = previous;
  }
  return {
    success: false,
    errors: issues.map((issue) => {
      const path = formatPath(issue.path);
      return {
        path,
        message: `${path || (lang === 'id' ? 'data' : 'input')}: ${issue.message}`,
        code: issue.code,
      };
    }),
  };
}

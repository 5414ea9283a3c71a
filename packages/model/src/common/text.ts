import * as z from 'zod/mini';
import { localized } from './i18n.js';

/** A regular-expression check with a message in both languages; the pattern goes into JSON Schema. */
export function matches(pattern: RegExp, id: string, en: string) {
  return [
    z.refine<string>((value) => pattern.test(value), localized(id, en)),
    z.meta({ pattern: pattern.source }),
  ] as const;
}

/**
 * A cross-field rule with a message in both languages, checked only when the fields
 * themselves are valid; `path` points the message at the field to fix.
 */
export function rule<T>(
  holds: (value: T) => boolean,
  id: string,
  en: string,
  path?: readonly PropertyKey[],
) {
  return z.refine<T>(holds, {
    ...localized(id, en),
    ...(path && { path: [...path] }),
    when: (payload) => payload.issues.length === 0,
  });
}

/**
 * True when text holds a control character (other than tab and line breaks) or a
 * bidirectional override, which can disguise what a reader sees.
 */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x09 || code === 0x0a || code === 0x0d) continue;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
    if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return true;
  }
  return false;
}

/** A trimmed one-line text of 1–`max` characters: names, titles, categories. */
export function singleLine(max: number) {
  return z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(max),
    z.refine(
      (value: string) => !/[\r\n]/.test(value) && !hasControlCharacter(value),
      localized(
        'harus satu baris, tanpa karakter kendali',
        'must be a single line without control characters',
      ),
    ),
  );
}
/** A trimmed text of 1–`max` characters that may span lines: descriptions, notes, reasons. */
export function multiLine(max: number) {
  return z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(max),
    z.refine(
      (value: string) => !hasControlCharacter(value),
      localized('tidak boleh berisi karakter kendali', 'must not contain control characters'),
    ),
  );
}

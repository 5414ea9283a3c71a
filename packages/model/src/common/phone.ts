import * as z from 'zod/mini';
import { inActiveLanguage, type LocalizedText, localized, type ParseResult } from './i18n.js';

/** A mobile number takes WhatsApp; a landline (area code + subscriber) does not. */
export type PhoneKind = 'mobile' | 'landline';

export interface ParsedPhone {
  /** E.164, the wire format: `+6281234567890`. */
  readonly e164: string;
  readonly kind: PhoneKind;
  /** As Indonesians write it: `0812-3456-7890`, `(0343) 123456`, `(021) 12345678`. */
  readonly national: string;
}

// National significant numbers (after +62 or the trunk 0), as in libphonenumber's metadata
// for ID: mobile 8[1-35-9] + 7–10 digits (10–13 digits written with the 0; 080x is toll-free
// or premium, 084x unassigned); landline area codes 21, 22, 24, 31, 61 (two digits) or three
// digits starting 2–7 or 9 (Maluku and Papua: 0911 Ambon, 0967 Jayapura), then 5–8 digits.
// The two patterns below say the same as parsePhone and feed the OpenAPI `pattern`.
const PHONE_E164_PATTERN =
  '^\\+62(?:8[1-35-9]\\d{7,10}|(?:2[124]|[36]1)\\d{5,8}|(?:2[035-9]|3[02-9]|[457]\\d|6[02-9]|9\\d)\\d{6,9})$';
const MOBILE_PHONE_E164_PATTERN = '^\\+628[1-35-9]\\d{7,10}$';
const PHONE_E164 = new RegExp(PHONE_E164_PATTERN);
const MOBILE_PHONE_E164 = new RegExp(MOBILE_PHONE_E164_PATTERN);
const TWO_DIGIT_AREA = /^(?:2[124]|[36]1)/;

const REASONS = {
  empty: { id: 'Nomor telepon belum diisi', en: 'The phone number is empty' },
  letters: {
    id: 'Nomor telepon tidak boleh berisi huruf',
    en: 'A phone number cannot contain letters',
  },
  characters: {
    id: 'Nomor telepon hanya boleh berisi angka, spasi, tanda hubung, titik, kurung, dan + di depan',
    en: 'A phone number may only contain digits, spaces, dashes, dots, brackets and a leading +',
  },
  foreign: {
    id: 'Bukan nomor Indonesia: kode negara harus +62',
    en: 'Not an Indonesian number: the country code must be +62',
  },
  unknownPrefix: {
    id: 'Bukan nomor telepon Indonesia yang dikenali: nomor seluler diawali 08, nomor rumah/kantor diawali kode wilayah seperti 021 atau 0343',
    en: 'Not a recognised Indonesian phone number: mobile numbers start with 08, landlines with an area code such as 021 or 0343',
  },
  mobileTooShort: {
    id: 'Nomor seluler terlalu pendek: harus 10–13 angka, diawali 08',
    en: 'The mobile number is too short: it needs 10–13 digits starting with 08',
  },
  mobileTooLong: {
    id: 'Nomor seluler terlalu panjang: harus 10–13 angka, diawali 08',
    en: 'The mobile number is too long: it needs 10–13 digits starting with 08',
  },
  landlineTooShort: {
    id: 'Nomor telepon rumah/kantor terlalu pendek: kode wilayah lalu 5–8 angka',
    en: 'The landline number is too short: an area code followed by 5–8 digits',
  },
  landlineTooLong: {
    id: 'Nomor telepon rumah/kantor terlalu panjang: kode wilayah lalu 5–8 angka',
    en: 'The landline number is too long: an area code followed by 5–8 digits',
  },
  mobileRequired: {
    id: 'Harus nomor seluler (diawali 08), bukan nomor telepon rumah/kantor',
    en: 'This must be a mobile number (starting with 08), not a landline',
  },
  whatsAppNeedsMobile: {
    id: 'WhatsApp memerlukan nomor seluler (diawali 08); nomor ini nomor telepon rumah/kantor',
    en: 'WhatsApp needs a mobile number (starting with 08); this is a landline number',
  },
} as const satisfies Record<string, LocalizedText>;

function fail<T>(reason: LocalizedText): ParseResult<T> {
  return { ok: false, reason };
}

function nationalMobile(nsn: string): string {
  const prefix = `0${nsn.slice(0, 3)}`;
  const rest = nsn.slice(3);
  // 6 → 3-3, 7 → 3-4, 8 → 4-4, 9 → 4-5: 0812-345-678 … 0812-3456-78901
  const split = rest.length < 8 ? 3 : 4;
  return `${prefix}-${rest.slice(0, split)}-${rest.slice(split)}`;
}

function classify(nsn: string): ParseResult<ParsedPhone> {
  if (/^8(?:[1-35-9]|$)/.test(nsn)) {
    if (nsn.length < 9) return fail(REASONS.mobileTooShort);
    if (nsn.length > 12) return fail(REASONS.mobileTooLong);
    return {
      ok: true,
      value: { e164: `+62${nsn}`, kind: 'mobile', national: nationalMobile(nsn) },
    };
  }
  if (/^[2-79]/.test(nsn)) {
    const areaLength = TWO_DIGIT_AREA.test(nsn) ? 2 : 3;
    const subscriber = nsn.length - areaLength;
    if (subscriber < 5) return fail(REASONS.landlineTooShort);
    if (subscriber > 8) return fail(REASONS.landlineTooLong);
    const national = `(0${nsn.slice(0, areaLength)}) ${nsn.slice(areaLength)}`;
    return { ok: true, value: { e164: `+62${nsn}`, kind: 'landline', national } };
  }
  return fail(REASONS.unknownPrefix);
}

/**
 * Reads an Indonesian phone number as people write it — `0812-3456-7890`, `628123456789`,
 * `+62 812 3456 7890`, `(0343) 123456`, `+62 (0)21 1234 5678` — into E.164.
 *
 * Rules: spaces, dashes, dots and brackets are ignored; `+` only in front and only as `+62`;
 * a trunk 0 written after 62 (`+62 0812…`) is dropped; a bare number starting with 8 is read
 * as a mobile number without its 0 (forms with a fixed +62 prefix), other bare numbers are
 * refused because `62…` would be ambiguous. Mobile numbers have 10–13 digits with the 0
 * (domain.md's `+628\d{7,11}` also admits 9, which libphonenumber and operators do not);
 * landlines are an area code plus 5–8 digits. Prefixes are checked, not whether a number is
 * assigned. Never throws.
 */
export function parsePhone(input: string): ParseResult<ParsedPhone> {
  const text = input.trim();
  if (text === '') return fail(REASONS.empty);
  if (/\p{L}/u.test(text)) return fail(REASONS.letters);
  if (!/^\+?[\d\s\-‐‑–.()]*$/.test(text)) return fail(REASONS.characters);
  const international = text.startsWith('+');
  const digits = text.replace(/\D/g, '');
  if (digits === '') return fail(REASONS.unknownPrefix);
  let nsn: string;
  if (international || digits.startsWith('62')) {
    if (!digits.startsWith('62')) return fail(REASONS.foreign);
    nsn = digits.slice(2).replace(/^0/, '');
  } else if (digits.startsWith('0')) {
    nsn = digits.slice(1);
  } else if (digits.startsWith('8')) {
    nsn = digits;
  } else {
    return fail(REASONS.unknownPrefix);
  }
  return classify(nsn);
}

/** Whether `value` is already an Indonesian number in E.164 (the wire format). */
export function isPhoneE164(value: string): boolean {
  return PHONE_E164.test(value);
}

/**
 * A `https://wa.me/628…` link (digits only, as WhatsApp's click-to-chat asks) with an optional
 * pre-filled message, URL-encoded. Landlines are refused: WhatsApp needs a mobile number.
 */
export function toWhatsAppUrl(phone: string, text?: string): ParseResult<string> {
  const parsed = parsePhone(phone);
  if (!parsed.ok) return parsed;
  if (parsed.value.kind !== 'mobile') return fail(REASONS.whatsAppNeedsMobile);
  const url = `https://wa.me/${parsed.value.e164.slice(1)}`;
  return { ok: true, value: text ? `${url}?text=${encodeURIComponent(text)}` : url };
}

/** An Indonesian phone number in E.164 (`+6281234567890`, `+62343123456`): the wire format. */
export const PhoneNumber = z
  .string()
  .check(
    z.refine(
      isPhoneE164,
      localized(
        'bukan nomor telepon Indonesia dalam format E.164, misalnya +6281234567890',
        'is not an Indonesian phone number in E.164 format, e.g. +6281234567890',
      ),
    ),
    z.meta({ pattern: PHONE_E164_PATTERN, examples: ['+6281234567890', '+62343123456'] }),
  );
export type PhoneNumber = z.infer<typeof PhoneNumber>;

/** An Indonesian mobile number in E.164 (`+6281234567890`), e.g. for WhatsApp: the wire format. */
export const MobilePhoneNumber = z.string().check(
  z.refine(
    (value: string) => MOBILE_PHONE_E164.test(value),
    localized(
      'bukan nomor seluler Indonesia dalam format E.164, misalnya +6281234567890',
      'is not an Indonesian mobile number in E.164 format, e.g. +6281234567890',
    ),
  ),
  z.meta({ pattern: MOBILE_PHONE_E164_PATTERN, examples: ['+6281234567890'] }),
);
export type MobilePhoneNumber = z.infer<typeof MobilePhoneNumber>;

function phoneInput(mobileOnly: boolean) {
  return z.pipe(
    z.string(),
    z.transform((input: string, ctx) => {
      const result = parsePhone(input);
      if (result.ok && (!mobileOnly || result.value.kind === 'mobile')) return result.value.e164;
      const reason = result.ok ? REASONS.mobileRequired : result.reason;
      ctx.issues.push({
        code: 'custom',
        message: inActiveLanguage(reason),
        params: { i18n: reason },
        input,
      });
      return z.NEVER;
    }),
  );
}

/** A form field with a phone number as typed, normalised to E.164 by {@link parsePhone}. */
export const PhoneNumberInput = phoneInput(false);
export type PhoneNumberInput = z.infer<typeof PhoneNumberInput>;

/** Like {@link PhoneNumberInput}, refusing landlines (WhatsApp contact of a UMKM). */
export const MobilePhoneNumberInput = phoneInput(true);
export type MobilePhoneNumberInput = z.infer<typeof MobilePhoneNumberInput>;

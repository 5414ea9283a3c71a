import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validate } from './i18n.js';
import {
  MobilePhoneNumber,
  MobilePhoneNumberInput,
  PhoneNumber,
  PhoneNumberInput,
  parsePhone,
  toWhatsAppUrl,
} from './phone.js';

const digits = (min: number, max: number) =>
  fc
    .array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max })
    .map((d) => d.join(''));

/** Valid national significant numbers: mobile, landline with a two- or three-digit area code. */
const mobileNsn = fc
  .tuple(fc.constantFrom(...'12356789'), digits(7, 10))
  .map(([second, rest]) => `8${second}${rest}`);
const landlineNsn = fc.oneof(
  fc
    .tuple(fc.constantFrom('21', '22', '24', '31', '61'), digits(5, 8))
    .map(([area, rest]) => area + rest),
  fc
    .tuple(fc.constantFrom(...'2345679'), digits(2, 2), digits(5, 8))
    .filter(([first, second]) => !/^(?:2[124]|[36]1)/.test(first + second))
    .map(([first, second, rest]) => first + second + rest),
);

/** Strings built from the pieces people type. */
const phoneLike = fc
  .array(
    fc.constantFrom('+', '62', '0', '8', '12', '21', '343', '9', ' ', '-', '.', '(', ')', 'x', '/'),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(''));

/** Writes a national significant number the ways people do. */
function spellings(nsn: string): string[] {
  return [
    `0${nsn}`,
    `62${nsn}`,
    `+62${nsn}`,
    `+62 ${nsn.slice(0, 3)} ${nsn.slice(3, 7)} ${nsn.slice(7)}`,
    `+62 (0)${nsn}`,
    `0${nsn.slice(0, 3)}-${nsn.slice(3, 7)}-${nsn.slice(7)}`,
    `(0${nsn.slice(0, 3)}) ${nsn.slice(3)}`,
    `0${nsn.slice(0, 3)}.${nsn.slice(3)}`,
  ];
}

describe('parsePhone', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890', 'mobile', '0812-3456-7890'],
    ['081234567890', '+6281234567890', 'mobile', '0812-3456-7890'],
    ['6281234567890', '+6281234567890', 'mobile', '0812-3456-7890'],
    ['+62 812 3456 7890', '+6281234567890', 'mobile', '0812-3456-7890'],
    ['+62 0812 3456 7890', '+6281234567890', 'mobile', '0812-3456-7890'],
    ['0812.345.678', '+62812345678', 'mobile', '0812-345-678'],
    ['0812-345-6789', '+628123456789', 'mobile', '0812-345-6789'],
    ['0812-3456-78901', '+62812345678901', 'mobile', '0812-3456-78901'],
    ['812345678', '+62812345678', 'mobile', '0812-345-678'],
    ['(0343) 123456', '+62343123456', 'landline', '(0343) 123456'],
    ['021-1234567', '+62211234567', 'landline', '(021) 1234567'],
    ['+62 (0)21 1234 5678', '+622112345678', 'landline', '(021) 12345678'],
    ['0967 12345', '+6296712345', 'landline', '(0967) 12345'],
  ])('%s → %s (%s, %s)', (input, e164, kind, national) => {
    expect(parsePhone(input)).toEqual({ ok: true, value: { e164, kind, national } });
  });

  it.each([
    ['', 'Nomor telepon belum diisi', 'The phone number is empty'],
    ['O812-3456-7890', 'tidak boleh berisi huruf', 'cannot contain letters'],
    ['0812 3456 7890 ext 1', 'tidak boleh berisi huruf', 'cannot contain letters'],
    ['0812/3456/7890', 'hanya boleh berisi angka', 'may only contain digits'],
    ['0812+3456', 'hanya boleh berisi angka', 'may only contain digits'],
    ['+1 555 123 4567', 'kode negara harus +62', 'the country code must be +62'],
    ['+60 12 345 6789', 'kode negara harus +62', 'the country code must be +62'],
    ['081234567', 'Nomor seluler terlalu pendek', 'mobile number is too short'],
    ['08', 'Nomor seluler terlalu pendek', 'mobile number is too short'],
    ['08123456789012', 'Nomor seluler terlalu panjang', 'mobile number is too long'],
    ['021 1234', 'rumah/kantor terlalu pendek', 'landline number is too short'],
    ['0343 123456789', 'rumah/kantor terlalu panjang', 'landline number is too long'],
    ['0800 1234 567', 'Bukan nomor telepon Indonesia yang dikenali', 'Not a recognised'],
    ['0843 1234 5678', 'Bukan nomor telepon Indonesia yang dikenali', 'Not a recognised'],
    ['112', 'Bukan nomor telepon Indonesia yang dikenali', 'Not a recognised'],
    ['221234567', 'Bukan nomor telepon Indonesia yang dikenali', 'Not a recognised'],
    ['+62', 'Bukan nomor telepon Indonesia yang dikenali', 'Not a recognised'],
  ])('refuses %j and says why in both languages', (input, id, en) => {
    const result = parsePhone(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.id).toContain(id);
    expect(result.reason.en).toContain(en);
  });

  it('reads every spelling of a valid number as the same E.164', () => {
    fc.assert(
      fc.property(fc.oneof(mobileNsn, landlineNsn), (nsn) => {
        for (const spelling of spellings(nsn)) {
          const result = parsePhone(spelling);
          expect(result.ok && result.value.e164).toBe(`+62${nsn}`);
        }
      }),
    );
  });

  it('reads back its own E.164 and national forms unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(mobileNsn, landlineNsn), (nsn) => {
        const first = parsePhone(`+62${nsn}`);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        expect(parsePhone(first.value.e164)).toEqual(first);
        expect(parsePhone(first.value.national)).toEqual(first);
      }),
    );
  });

  it('agrees with the E.164 pattern published for OpenAPI', () => {
    const pattern = new RegExp(z.toJSONSchema(PhoneNumber).pattern as string);
    fc.assert(
      fc.property(
        fc
          .oneof(
            digits(0, 16),
            // Valid numbers grown or cut by a digit or two: the length boundaries.
            fc
              .tuple(fc.oneof(mobileNsn, landlineNsn), digits(0, 2), fc.nat(2))
              .map(([nsn, extra, cut]) => (nsn + extra).slice(0, nsn.length + extra.length - cut)),
          )
          .map((d) => `+62${d}`),
        (e164) => {
          const result = parsePhone(e164);
          expect(result.ok && result.value.e164 === e164).toBe(pattern.test(e164));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), phoneLike), (input) => {
        const result = parsePhone(input);
        if (result.ok) expect(PhoneNumber.safeParse(result.value.e164).success).toBe(true);
        else expect(result.reason.en).not.toBe('');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('toWhatsAppUrl', () => {
  it('links a mobile number with digits only', () => {
    expect(toWhatsAppUrl('0812-3456-7890')).toEqual({
      ok: true,
      value: 'https://wa.me/6281234567890',
    });
  });

  it('URL-encodes the pre-filled text', () => {
    expect(toWhatsAppUrl('+6281234567890', 'Halo, pesan 2 kripik & 1 kue?')).toEqual({
      ok: true,
      value: 'https://wa.me/6281234567890?text=Halo%2C%20pesan%202%20kripik%20%26%201%20kue%3F',
    });
  });

  it('refuses a landline, saying WhatsApp needs a mobile number', () => {
    const result = toWhatsAppUrl('(0343) 123456');
    expect(result).toEqual({
      ok: false,
      reason: {
        id: 'WhatsApp memerlukan nomor seluler (diawali 08); nomor ini nomor telepon rumah/kantor',
        en: 'WhatsApp needs a mobile number (starting with 08); this is a landline number',
      },
    });
  });

  it('passes on why a malformed number was refused', () => {
    const result = toWhatsAppUrl('0812');
    expect(result.ok ? '' : result.reason.en).toContain('too short');
  });
});

describe('PhoneNumber and MobilePhoneNumber (wire format, E.164)', () => {
  it.each(['+6281234567890', '+62812345678', '+62812345678901', '+62343123456', '+622112345678'])(
    'PhoneNumber accepts %s',
    (value) => {
      expect(PhoneNumber.safeParse(value).success).toBe(true);
    },
  );

  it.each([
    '081234567890',
    '6281234567890',
    '+62 812 3456 7890',
    '+6281234567',
    '+628123456789012',
    '+6280012345678',
    '+15551234567',
  ])('PhoneNumber refuses %s', (value) => {
    expect(PhoneNumber.safeParse(value).success).toBe(false);
  });

  it('MobilePhoneNumber refuses a landline', () => {
    expect(MobilePhoneNumber.safeParse('+6281234567890').success).toBe(true);
    expect(MobilePhoneNumber.safeParse('+62343123456').success).toBe(false);
  });

  it('names the field in both languages', () => {
    const Contact = z.object({ telepon: PhoneNumber, whatsapp: MobilePhoneNumber });
    const data = { telepon: '0812', whatsapp: '+62343123456' };
    const id = validate(Contact, data);
    const en = validate(Contact, data, 'en');
    expect(id.success ? [] : id.errors.map((e) => e.message)).toEqual([
      'telepon: bukan nomor telepon Indonesia dalam format E.164, misalnya +6281234567890',
      'whatsapp: bukan nomor seluler Indonesia dalam format E.164, misalnya +6281234567890',
    ]);
    expect(en.success ? [] : en.errors.map((e) => e.message)).toEqual([
      'telepon: is not an Indonesian phone number in E.164 format, e.g. +6281234567890',
      'whatsapp: is not an Indonesian mobile number in E.164 format, e.g. +6281234567890',
    ]);
  });

  it('publishes its pattern and an example in JSON Schema', () => {
    expect(z.toJSONSchema(MobilePhoneNumber)).toMatchObject({
      type: 'string',
      pattern: '^\\+628[1-35-9]\\d{7,10}$',
      examples: ['+6281234567890'],
    });
  });
});

describe('PhoneNumberInput and MobilePhoneNumberInput', () => {
  const Form = z.object({ telepon: PhoneNumberInput, whatsapp: MobilePhoneNumberInput });

  it('normalise what people type to E.164', () => {
    expect(validate(Form, { telepon: '(0343) 123456', whatsapp: '0812-3456-7890' })).toEqual({
      success: true,
      data: { telepon: '+62343123456', whatsapp: '+6281234567890' },
    });
  });

  it('say why a number was refused, naming the field, in both languages', () => {
    const data = { telepon: '0812 345', whatsapp: '021-1234567' };
    const id = validate(Form, data);
    const en = validate(Form, data, 'en');
    expect(id.success ? [] : id.errors.map((e) => e.message)).toEqual([
      'telepon: Nomor seluler terlalu pendek: harus 10–13 angka, diawali 08',
      'whatsapp: Harus nomor seluler (diawali 08), bukan nomor telepon rumah/kantor',
    ]);
    expect(en.success ? [] : en.errors.map((e) => e.message)).toEqual([
      'telepon: The mobile number is too short: it needs 10–13 digits starting with 08',
      'whatsapp: This must be a mobile number (starting with 08), not a landline',
    ]);
  });

  it('only ever fail with a ZodError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), phoneLike), (input) => {
        for (const schema of [PhoneNumberInput, MobilePhoneNumberInput, PhoneNumber]) {
          try {
            schema.parse(input);
          } catch (error) {
            expect(error).toBeInstanceOf(z.core.$ZodError);
          }
        }
      }),
    );
  });
});

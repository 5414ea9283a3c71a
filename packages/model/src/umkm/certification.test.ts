import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../common/i18n.js';
import {
  BpomRegistrationNumber,
  Certification,
  formatBpomNumber,
  formatPirtNumber,
  HalalCertificateNumber,
  hasHalalCertificate,
  isCertificationInForce,
  PirtNumber,
  parseBpomNumber,
  parseHalalNumber,
  parsePirtNumber,
} from './certification.js';

describe('parseHalalNumber (BPJPH)', () => {
  it.each([
    ['ID35110000123450923', 'ID35110000123450923'],
    ['id35110000123450923', 'ID35110000123450923'],
    ['ID 3511 0000 1234 5092 3', 'ID35110000123450923'],
    ['ID1', 'ID1'],
  ])('%s → %s', (input, value) => {
    expect(parseHalalNumber(input)).toEqual({ ok: true, value });
  });

  it.each(['', 'KH-123/2024', '35110000123450923', 'IDX123', 'ID', `ID${'1'.repeat(39)}`])(
    'refuses %j',
    (input) => {
      expect(parseHalalNumber(input).ok).toBe(false);
    },
  );

  it('explains the KH number is not a certificate number, in both languages', () => {
    const result = parseHalalNumber('KH 123');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.id).toMatch(/KH/);
    expect(result.reason.en).toMatch(/not the certificate number/);
  });

  it('stores only ID + digits (at most 40 characters)', () => {
    expect(HalalCertificateNumber.safeParse('ID35110000123450923').success).toBe(true);
    expect(HalalCertificateNumber.safeParse('id35110000123450923').success).toBe(false);
    expect(HalalCertificateNumber.safeParse(`ID${'1'.repeat(38)}`).success).toBe(true);
    expect(HalalCertificateNumber.safeParse(`ID${'1'.repeat(39)}`).success).toBe(false);
  });
});

describe('parsePirtNumber (Perba BPOM 22/2018)', () => {
  const expected = {
    digits: '206351401007229',
    packagingCode: '2',
    packaging: { id: 'plastik', en: 'plastic' },
    foodTypeCode: '06',
    regencyCode: '35.14',
    productNumber: '01',
    irtpNumber: '0072',
    expiryYear: 2029,
  };

  it.each([
    'P-IRT No. 2063514010072-29',
    'P-IRT No.2063514010072-29',
    'PIRT 2063514010072-29',
    'P-IRT Nomor: 2063514010072-29',
    'p-irt no. 2063514010072 - 29',
    '2063514010072-29',
    '206351401007229',
  ])('reads %s digit by digit', (input) => {
    expect(parsePirtNumber(input)).toEqual({ ok: true, value: expected });
  });

  it('reads the example in the regulation’s layout: Kabupaten Purworejo (33.06), glass jar', () => {
    const result = parsePirtNumber('P-IRT No. 1063306010072-24');
    expect(result).toMatchObject({
      ok: true,
      value: { packagingCode: '1', regencyCode: '33.06', expiryYear: 2024 },
    });
  });

  it.each([
    ['', 'belum diisi'],
    ['P-IRT No. 206351401007-29', '15 angka'],
    ['P-IRT No. 20635140100722-9', '15 angka'],
    ['2063514010072-2', '15 angka'],
    ['0063514010072-29', 'kode kemasan'],
    ['9063514010072-29', 'kode kemasan'],
    ['1234567890123-45', 'kabupaten/kota'], // province 45 does not exist
    ['2063500010072-29', 'kabupaten/kota'], // regency part 00
    ['2063570010072-29', 'kabupaten/kota'], // regency part 70
    ['MD 224510001056', '15 angka'],
  ])('refuses %j (%s)', (input, reason) => {
    const result = parsePirtNumber(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.id).toContain(reason);
  });

  it('writes numbers the way labels print them', () => {
    expect(formatPirtNumber('206351401007229')).toBe('P-IRT No. 2063514010072-29');
  });

  it('reads back what it writes (property)', () => {
    const validDigits = fc
      .tuple(
        fc.constantFrom(...'12345678'),
        fc.stringMatching(/^\d{2}$/),
        fc.constantFrom('3514', '3575', '1101', '9601', '5171'),
        fc.stringMatching(/^\d{8}$/),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(validDigits, (digits) => {
        const result = parsePirtNumber(formatPirtNumber(digits));
        return result.ok && result.value.digits === digits && PirtNumber.safeParse(digits).success;
      }),
    );
  });

  it('never throws on any text (property)', () => {
    fc.assert(fc.property(fc.string(), (input) => typeof parsePirtNumber(input).ok === 'boolean'));
  });

  it('stores the 15 digits only', () => {
    expect(PirtNumber.safeParse('206351401007229').success).toBe(true);
    expect(PirtNumber.safeParse('2063514010072-29').success).toBe(false);
    expect(validate(PirtNumber, '1234567890123', 'en')).toMatchObject({
      success: false,
      errors: [{ message: expect.stringContaining('15 digits') }],
    });
  });
});

describe('parseBpomNumber (BPOM izin edar pangan olahan)', () => {
  it.each([
    ['BPOM RI MD 224510001056', 'MD 224510001056'],
    ['BPOM MD 224510001056', 'MD 224510001056'],
    ['MD 224510001056', 'MD 224510001056'],
    ['md224510001056', 'MD 224510001056'],
    ['BPOM RI ML 231509001176', 'ML 231509001176'],
    ['BPOM RI MD 2245 1000 1056', 'MD 224510001056'],
  ])('%s → %s', (input, value) => {
    expect(parseBpomNumber(input)).toEqual({ ok: true, value });
  });

  it.each([
    '',
    'BPOM RI MD 22451000105', // 11 digits
    'BPOM RI MD 2245100010567', // 13 digits
    'NA18171234567', // cosmetics: not supported
    'BPOM RI TR 123456789', // traditional medicine: not supported
    'P-IRT No. 2063514010072-29',
  ])('refuses %j', (input) => {
    expect(parseBpomNumber(input).ok).toBe(false);
  });

  it('prints the stored form with the BPOM RI prefix', () => {
    expect(formatBpomNumber('MD 224510001056')).toBe('BPOM RI MD 224510001056');
    expect(BpomRegistrationNumber.safeParse('MD 224510001056').success).toBe(true);
    expect(BpomRegistrationNumber.safeParse('BPOM RI MD 224510001056').success).toBe(false);
  });
});

describe('Certification', () => {
  it.each([
    { kind: 'halal', number: 'ID35110000123450923' },
    {
      kind: 'halal',
      number: 'ID35110000123450923',
      issuedOn: '2019-01-01',
      validUntil: '2023-01-01',
    },
    { kind: 'pirt', number: '206351401007229', issuedOn: '2024-02-10', validUntil: '2029-02-10' },
    { kind: 'bpom', number: 'ML 231509001176' },
    { kind: 'sni', number: 'SPPT-SNI 01/LSPro-X/2025', standard: 'SNI 2973:2011' },
  ])('accepts %o', (cert) => {
    expect(Certification.safeParse(cert).success).toBe(true);
  });

  it('refuses an expiry before the issue date, in both languages', () => {
    const cert = {
      kind: 'bpom',
      number: 'MD 224510001056',
      issuedOn: '2025-01-01',
      validUntil: '2024-12-31',
    };
    expect(validate(Certification, cert, 'id')).toMatchObject({
      success: false,
      errors: [{ path: 'validUntil', message: expect.stringContaining('sebelum tanggal terbit') }],
    });
    expect(validate(Certification, cert, 'en')).toMatchObject({
      success: false,
      errors: [{ path: 'validUntil', message: expect.stringContaining('before the issue date') }],
    });
  });

  it('refuses a P-IRT expiry whose year differs from the one in the number', () => {
    const result = validate(
      Certification,
      { kind: 'pirt', number: '206351401007229', validUntil: '2030-02-10' },
      'en',
    );
    expect(result).toMatchObject({
      success: false,
      errors: [{ path: 'validUntil', message: expect.stringContaining('P-IRT number') }],
    });
  });

  it('bounds SNI free text and refuses unknown kinds', () => {
    expect(Certification.safeParse({ kind: 'sni', number: 'x'.repeat(101) }).success).toBe(false);
    expect(Certification.safeParse({ kind: 'sni', number: 'A\nB' }).success).toBe(false);
    expect(Certification.safeParse({ kind: 'iso9001', number: '1' }).success).toBe(false);
  });

  it('tells whether a certificate is in force on a day', () => {
    const pirt = { kind: 'pirt', number: '206351401007229' } as const;
    expect(isCertificationInForce(pirt, '2029-12-31')).toBe(true);
    expect(isCertificationInForce(pirt, '2030-01-01')).toBe(false);
    const dated = { ...pirt, validUntil: '2029-02-10' };
    expect(isCertificationInForce(dated, '2029-02-10')).toBe(true);
    expect(isCertificationInForce(dated, '2029-02-11')).toBe(false);
    const halal = { kind: 'halal', number: 'ID1', issuedOn: '2024-03-01' } as const;
    expect(isCertificationInForce(halal, '2040-01-01')).toBe(true);
    expect(isCertificationInForce(halal, '2024-02-29')).toBe(false);
    expect(hasHalalCertificate([pirt, halal], '2026-01-01')).toBe(true);
    expect(hasHalalCertificate([pirt, { ...halal, validUntil: '2025-12-31' }], '2026-01-01')).toBe(
      false,
    );
  });

  it('yields a result or a ZodError for any input (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.constantFrom('halal', 'pirt', 'bpom', 'sni', 'x'),
          number: fc.string({ maxLength: 60 }),
          validUntil: fc.string({ maxLength: 12 }),
        }),
        (input) => {
          const result = Certification.safeParse(input);
          return result.success || result.error.issues.length > 0;
        },
      ),
    );
  });
});

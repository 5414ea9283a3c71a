import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../common/i18n.js';
import {
  ComplaintTrackingNumber,
  formatTrackingNumber,
  parseTrackingNumber,
  ServiceRequestTrackingNumber,
  TRACKING_SEQUENCE_MAX,
  TrackingNumber,
  type TrackingPrefix,
} from './tracking.js';

describe('formatTrackingNumber', () => {
  it('prints prefix, regency without its dot, year and a six-digit sequence', () => {
    expect(
      formatTrackingNumber({ prefix: 'ADU', regencyCode: '35.14', year: 2026, sequence: 123 }),
    ).toEqual({ ok: true, value: 'ADU-3514-2026-000123' });
    expect(
      formatTrackingNumber({ prefix: 'LYN', regencyCode: '35.75', year: 2026, sequence: 1 }),
    ).toEqual({ ok: true, value: 'LYN-3575-2026-000001' });
  });

  it('refuses sequences outside 1–999999 and parts that would not read back', () => {
    const base = { prefix: 'ADU', regencyCode: '35.14', year: 2026 } as const;
    expect(formatTrackingNumber({ ...base, sequence: TRACKING_SEQUENCE_MAX }).ok).toBe(true);
    expect(formatTrackingNumber({ ...base, sequence: 0 }).ok).toBe(false);
    expect(formatTrackingNumber({ ...base, sequence: 1_000_000 }).ok).toBe(false);
    expect(formatTrackingNumber({ ...base, sequence: 1.5 }).ok).toBe(false);
    expect(formatTrackingNumber({ ...base, regencyCode: '35', sequence: 1 }).ok).toBe(false);
    expect(formatTrackingNumber({ ...base, regencyCode: '35.14.01', sequence: 1 }).ok).toBe(false);
    expect(formatTrackingNumber({ ...base, regencyCode: '35.70', sequence: 1 }).ok).toBe(false);
    expect(formatTrackingNumber({ ...base, year: 1999, sequence: 1 }).ok).toBe(false);
    expect(
      formatTrackingNumber({ ...base, prefix: 'XYZ' as TrackingPrefix, sequence: 1 }),
    ).toMatchObject({ ok: false, reason: { en: expect.stringContaining('ADU') } });
  });
});

describe('parseTrackingNumber', () => {
  it('reads the parts back, forgiving spaces and lower case', () => {
    expect(parseTrackingNumber(' adu-3514-2026-000123 ')).toEqual({
      ok: true,
      value: { prefix: 'ADU', regencyCode: '35.14', year: 2026, sequence: 123 },
    });
  });

  it('says what is wrong', () => {
    expect(parseTrackingNumber('ADU-3514-2026-123')).toMatchObject({ ok: false });
    expect(parseTrackingNumber('PRM-3514-2026-000123')).toMatchObject({
      ok: false,
      reason: { id: expect.stringContaining('ADU') },
    });
    expect(parseTrackingNumber('ADU-3500-2026-000001')).toMatchObject({
      ok: false,
      reason: { en: expect.stringContaining('regency') },
    });
    expect(parseTrackingNumber('ADU-3514-2026-000000')).toMatchObject({ ok: false });
    expect(parseTrackingNumber('ADU-3514-1999-000001')).toMatchObject({ ok: false });
  });

  it('round-trips every valid number (fast-check)', () => {
    const regency = fc
      .tuple(
        fc.integer({ min: 11, max: 99 }),
        fc.oneof(fc.integer({ min: 1, max: 69 }), fc.integer({ min: 71, max: 99 })),
      )
      .map(([p, r]) => `${p}.${String(r).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.constantFrom<TrackingPrefix>('ADU', 'LYN'),
        regency,
        fc.integer({ min: 2000, max: 9999 }),
        fc.integer({ min: 1, max: TRACKING_SEQUENCE_MAX }),
        (prefix, regencyCode, year, sequence) => {
          const printed = formatTrackingNumber({ prefix, regencyCode, year, sequence });
          expect(printed.ok).toBe(true);
          if (!printed.ok) return;
          expect(printed.value).toMatch(/^(ADU|LYN)-\d{4}-\d{4}-\d{6}$/);
          expect(parseTrackingNumber(printed.value)).toEqual({
            ok: true,
            value: { prefix, regencyCode, year, sequence },
          });
          expect(TrackingNumber.safeParse(printed.value).success).toBe(true);
        },
      ),
    );
  });

  it('never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const result = parseTrackingNumber(input);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('tracking number schemas', () => {
  it('accept only the printed form of their own prefix', () => {
    expect(ComplaintTrackingNumber.safeParse('ADU-3514-2026-000123').success).toBe(true);
    expect(ComplaintTrackingNumber.safeParse('LYN-3514-2026-000123').success).toBe(false);
    expect(ServiceRequestTrackingNumber.safeParse('LYN-3514-2026-000123').success).toBe(true);
    expect(TrackingNumber.safeParse('adu-3514-2026-000123').success).toBe(false);
  });

  it('explain a refusal in both languages', () => {
    const en = validate(ComplaintTrackingNumber, 'ADU-1', 'en');
    expect(en.success).toBe(false);
    if (!en.success) expect(en.errors[0]?.message).toContain('ADU-3514-2026-000123');
  });
});

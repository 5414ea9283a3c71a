import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BusinessScale, classifyBusinessScale, SCALE_THRESHOLDS } from './scale.js';

const ORDER: Record<BusinessScale, number> = { mikro: 0, kecil: 1, menengah: 2, besar: 3 };

describe('classifyBusinessScale (PP 7/2021 Pasal 35)', () => {
  it.each([
    [0, 'mikro'],
    [1_000_000_000, 'mikro'],
    [1_000_000_001, 'kecil'],
    [5_000_000_000, 'kecil'],
    [5_000_000_001, 'menengah'],
    [10_000_000_000, 'menengah'],
    [10_000_000_001, 'besar'],
  ] as const)('capital Rp%i → %s (ayat (3))', (capital, scale) => {
    expect(classifyBusinessScale({ capital })).toEqual({
      ok: true,
      value: { scale, criterion: 'capital' },
    });
  });

  it.each([
    [0, 'mikro'],
    [2_000_000_000, 'mikro'],
    [2_000_000_001, 'kecil'],
    [15_000_000_000, 'kecil'],
    [15_000_000_001, 'menengah'],
    [50_000_000_000, 'menengah'],
    [50_000_000_001, 'besar'],
  ] as const)('annual sales Rp%i → %s (ayat (5))', (annualSales, scale) => {
    expect(classifyBusinessScale({ annualSales })).toEqual({
      ok: true,
      value: { scale, criterion: 'annualSales' },
    });
  });

  it('lets annual sales decide when both figures are given (ayat (4): empowerment)', () => {
    // Capital alone would say menengah; sales say mikro.
    expect(classifyBusinessScale({ capital: 6_000_000_000, annualSales: 1_500_000_000 })).toEqual({
      ok: true,
      value: { scale: 'mikro', criterion: 'annualSales' },
    });
    expect(classifyBusinessScale({ capital: 500_000_000, annualSales: 20_000_000_000 })).toEqual({
      ok: true,
      value: { scale: 'menengah', criterion: 'annualSales' },
    });
  });

  it('refuses to classify without a figure, with a reason in both languages', () => {
    const result = classifyBusinessScale({});
    expect(result).toMatchObject({ ok: false, code: 'no-criterion' });
    if (result.ok) throw new Error('unreachable');
    expect(result.reason.id).toMatch(/modal usaha atau hasil penjualan/);
    expect(result.reason.en).toMatch(/capital or the annual sales/);
    expect(classifyBusinessScale({ capital: undefined, annualSales: undefined })).toMatchObject({
      ok: false,
      code: 'no-criterion',
    });
  });

  it.each([
    [{ capital: -1 }, 'capital'],
    [{ capital: 1.5 }, 'capital'],
    [{ capital: Number.NaN }, 'capital'],
    [{ annualSales: Number.POSITIVE_INFINITY }, 'annualSales'],
    [{ annualSales: 2 ** 53 }, 'annualSales'],
    [{ capital: 100, annualSales: -5 }, 'annualSales'],
  ] as const)('refuses %o as an invalid %s', (input, field) => {
    expect(classifyBusinessScale(input)).toMatchObject({
      ok: false,
      code: 'invalid-amount',
      field,
    });
  });

  it('never ranks a larger figure lower (property)', () => {
    for (const criterion of ['capital', 'annualSales'] as const) {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
          fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
          (a, b) => {
            const [low, high] = a <= b ? [a, b] : [b, a];
            const x = classifyBusinessScale({ [criterion]: low });
            const y = classifyBusinessScale({ [criterion]: high });
            if (!x.ok || !y.ok) return false;
            return ORDER[x.value.scale] <= ORDER[y.value.scale];
          },
        ),
      );
    }
  });

  it('puts each threshold in the lower tier and the next rupiah in the upper one (property)', () => {
    for (const [criterion, bounds] of Object.entries(SCALE_THRESHOLDS)) {
      const tiers = Object.entries(bounds) as [BusinessScale, number][];
      tiers.forEach(([scale, bound], i) => {
        const at = classifyBusinessScale({ [criterion]: bound });
        const above = classifyBusinessScale({ [criterion]: bound + 1 });
        expect(at.ok && at.value.scale).toBe(scale);
        expect(above.ok && above.value.scale).toBe(tiers[i + 1]?.[0] ?? 'besar');
      });
    }
  });

  it('returns a result for any input and never throws (property)', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            capital: fc.oneof(fc.double(), fc.integer()),
            annualSales: fc.oneof(fc.double(), fc.integer()),
          },
          { requiredKeys: [] },
        ),
        (input) => typeof classifyBusinessScale(input).ok === 'boolean',
      ),
    );
  });
});

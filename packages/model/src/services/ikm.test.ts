import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageBandOf,
  computeIkm,
  IKM_ELEMENTS,
  type IkmElement,
  IkmQuery,
  IkmReport,
  IkmResponseCreate,
  IkmResult,
  type IkmScores,
  ikmMutu,
  ikmReport,
  nrrMutu,
} from './ikm.js';

/**
 * 44 respondents whose element totals add up to 1449: Σ NRR = 1449/44 = 32.9318…, so
 * IKM = 32.9318… × 1/9 × 25 = 91.477… → 91.48 (mutu A). With the weight rounded to 0.11,
 * as in the public worked example, the same data gives 32.9318… × 0.11 × 25 = 90.5625 → 90.56.
 */
const TOTALS: Record<IkmElement, number> = {
  persyaratan: 162,
  prosedur: 160,
  waktu: 150,
  biaya: 176,
  produk: 163,
  kompetensi: 165,
  perilaku: 168,
  sarana: 145,
  pengaduan: 160,
};
const RESPONDENTS = 44;

/** Respondent i scores 4 on an element while its total still needs fours, else 3. */
function dataset(): { scores: IkmScores }[] {
  return Array.from({ length: RESPONDENTS }, (_, i) => ({
    scores: Object.fromEntries(
      IKM_ELEMENTS.map((e) => [e, i < TOTALS[e] - 3 * RESPONDENTS ? 4 : 3]),
    ) as IkmScores,
  }));
}

function uniform(score: number, n = 1): { scores: IkmScores }[] {
  return Array.from({ length: n }, () => ({
    scores: Object.fromEntries(IKM_ELEMENTS.map((e) => [e, score])) as IkmScores,
  }));
}

describe('computeIkm (PermenPANRB 14/2017)', () => {
  it('reproduces 91.48 with the exact weight 1/9, where the 0.11 slip gives 90.56', () => {
    const responses = dataset();
    const result = computeIkm(responses);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { value } = result;
    expect(value.respondents).toBe(44);
    expect(value.elements.map((e) => e.total)).toEqual(IKM_ELEMENTS.map((e) => TOTALS[e]));
    expect(value.elements.reduce((sum, e) => sum + e.total, 0)).toBe(1449);
    expect(value.index).toBeCloseTo(91.4772727, 6);
    expect(value.indexRounded).toBe(91.48);
    expect(value.mutu).toBe('A');
    expect(value.kinerja).toBe('sangat-baik');
    const nrrSum = value.elements.reduce((sum, e) => sum + e.nrr, 0);
    expect(Math.round(nrrSum * 0.11 * 25 * 100) / 100).toBe(90.56);
    expect(IkmResult.safeParse(value).success).toBe(true);
  });

  it('gives NRR = total ÷ respondents and its own mutu per element', () => {
    const result = computeIkm(dataset());
    if (!result.ok) throw new Error('no result');
    const waktu = result.value.elements.find((e) => e.element === 'waktu');
    expect(waktu?.nrr).toBeCloseTo(150 / 44, 12);
    expect(waktu?.weightedNrr).toBeCloseTo(150 / 44 / 9, 12);
    // 3.409 × 25 = 85.23 → B; biaya all 4 → A.
    expect(waktu?.mutu).toBe('B');
    expect(result.value.elements.find((e) => e.element === 'biaya')?.mutu).toBe('A');
  });

  it('spans 25 (all 1) to 100 (all 4)', () => {
    expect(computeIkm(uniform(1, 3))).toMatchObject({
      ok: true,
      value: { index: 25, indexRounded: 25, mutu: 'D', kinerja: 'tidak-baik' },
    });
    expect(computeIkm(uniform(4, 3))).toMatchObject({
      ok: true,
      value: { index: 100, indexRounded: 100, mutu: 'A' },
    });
  });

  it('refuses zero responses and scores outside 1–4 with a reason', () => {
    expect(computeIkm([])).toMatchObject({
      ok: false,
      reason: { en: 'There are no survey answers to compute.' },
    });
    const [one] = uniform(3);
    if (!one) throw new Error('no response');
    expect(computeIkm([{ scores: { ...one.scores, waktu: 5 } }]).ok).toBe(false);
    expect(computeIkm([{ scores: { ...one.scores, sarana: 2.5 } }]).ok).toBe(false);
  });

  it('agrees with the plain formula for any answers (fast-check)', () => {
    const scores = fc.record(
      Object.fromEntries(IKM_ELEMENTS.map((e) => [e, fc.integer({ min: 1, max: 4 })])) as {
        [K in IkmElement]: fc.Arbitrary<number>;
      },
    );
    fc.assert(
      fc.property(fc.array(fc.record({ scores }), { minLength: 1, maxLength: 60 }), (responses) => {
        const result = computeIkm(responses);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const nrrs = IKM_ELEMENTS.map(
          (e) => responses.reduce((sum, r) => sum + r.scores[e], 0) / responses.length,
        );
        const plain = (nrrs.reduce((a, b) => a + b, 0) / 9) * 25;
        expect(result.value.index).toBeCloseTo(plain, 9);
        expect(Math.abs(result.value.indexRounded - plain)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(result.value.index).toBeGreaterThanOrEqual(25);
        expect(result.value.index).toBeLessThanOrEqual(100);
        expect(result.value.mutu).toBe(ikmMutu(result.value.indexRounded));
      }),
    );
  });

  it('rounds a tie half up: 8 respondents, total 81 → 25 × 81 ÷ 72 = 28.125 → 28.13', () => {
    const responses = [...uniform(2, 1), ...uniform(1, 7)];
    expect(computeIkm(responses)).toMatchObject({
      ok: true,
      value: { index: 28.125, indexRounded: 28.13, mutu: 'D' },
    });
  });
});

describe('ikmMutu: the bands of the converted index, on the value rounded to 2 decimals', () => {
  it.each([
    [100, 'A'],
    [88.31, 'A'],
    [88.3, 'B'],
    [88.305, 'A'],
    [88.3049, 'B'],
    [76.61, 'B'],
    [76.6, 'C'],
    [65, 'C'],
    [64.99, 'D'],
    [64.995, 'C'],
    [25, 'D'],
  ] as const)('%s → %s', (index, mutu) => {
    expect(ikmMutu(index)).toBe(mutu);
  });

  it('refuses values outside 25–100', () => {
    expect(() => ikmMutu(24.99)).toThrow(RangeError);
    expect(() => ikmMutu(100.01)).toThrow(RangeError);
    expect(() => ikmMutu(Number.NaN)).toThrow(RangeError);
  });
});

describe('nrrMutu: the NRR bands are the index bands ÷ 25', () => {
  it.each([
    [4, 'A'],
    [3.5324, 'A'],
    [3.532, 'B'],
    [3.0644, 'B'],
    [3.064, 'C'],
    [2.6, 'C'],
    [2.5996, 'D'],
    [1, 'D'],
    // In the gap of the regulation's table: 3.5322 × 25 = 88.305 → 88.31 → A.
    [3.5322, 'A'],
  ] as const)('%s → %s', (nrr, mutu) => {
    expect(nrrMutu(nrr)).toBe(mutu);
  });

  it('refuses values outside 1–4', () => {
    expect(() => nrrMutu(0.99)).toThrow(RangeError);
    expect(() => nrrMutu(4.01)).toThrow(RangeError);
  });
});

describe('survey schemas', () => {
  const scores = Object.fromEntries(IKM_ELEMENTS.map((e) => [e, 3]));

  it('needs a whole score 1–4 for each of the nine elements', () => {
    expect(IkmResponseCreate.safeParse({ serviceId: 'kk-baru', scores }).success).toBe(true);
    const { pengaduan: _p, ...eight } = scores;
    expect(IkmResponseCreate.safeParse({ serviceId: 'kk-baru', scores: eight }).success).toBe(
      false,
    );
    expect(
      IkmResponseCreate.safeParse({ serviceId: 'kk-baru', scores: { ...scores, waktu: 0 } })
        .success,
    ).toBe(false);
  });

  it('takes a profile without identifiers', () => {
    expect(
      IkmResponseCreate.parse({
        serviceId: 'kk-baru',
        scores,
        respondent: { ageBand: ageBandOf(34), sex: 'P', education: 's1', occupation: 'swasta' },
        trackingNumber: 'LYN-3514-2026-000042',
      }).respondent,
    ).toEqual({ ageBand: '31-40', sex: 'P', education: 's1', occupation: 'swasta' });
    expect(ageBandOf(20)).toBe('under-21');
    expect(ageBandOf(61)).toBe('over-60');
  });

  it('reads the index query from a query string', () => {
    expect(IkmQuery.parse({ opd: 'dispendukcapil', from: '2026-01-01' })).toEqual({
      opd: 'dispendukcapil',
      from: '2026-01-01',
    });
  });
});

describe('ikmReport (the API answer)', () => {
  it('is a normal, empty answer while a period has no responses', () => {
    const report = ikmReport({ service: 'kk-baru', from: '2027-01-01' }, []);
    expect(report).toEqual({
      ok: true,
      value: { service: 'kk-baru', from: '2027-01-01', respondents: 0, result: null },
    });
    expect(IkmReport.safeParse(report.ok && report.value).success).toBe(true);
  });

  it('carries the result and the scope', () => {
    const report = ikmReport({ opd: 'dispendukcapil' }, dataset());
    expect(report).toMatchObject({
      ok: true,
      value: { opd: 'dispendukcapil', respondents: 44, result: { indexRounded: 91.48 } },
    });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validate } from '../common/i18n.js';
import {
  applyWorkPlanProgress,
  FundingSource,
  financialShare,
  matchesWorkPlanQuery,
  WorkPlanEntry,
  WorkPlanEntryCreate,
  WorkPlanProgressUpdate,
  WorkPlanQuery,
} from './work-plan.js';

const entry: WorkPlanEntry = {
  id: 'rkpd-2027-0001',
  fiscalYear: 2027,
  subKegiatan: '2.17.03.2.01.0001',
  subKegiatanName: 'Fasilitasi Kemudahan Perizinan Berusaha Usaha Mikro',
  regulation: 'kepmendagri-900.1-861-2026',
  opdId: 'diskopum',
  locations: ['35.14.01', '35.14.02.2001'],
  indicators: [
    {
      description: 'Jumlah usaha mikro yang difasilitasi perizinannya',
      unit: 'unit usaha',
      target: { '2027': 120, '2028': 150 },
    },
  ],
  pagu: 300_000_000,
  fundingSource: 'pad',
  proposalIds: ['usl-1'],
  createdAt: '2026-04-02T08:00:00+07:00',
  updatedAt: '2026-04-02T08:00:00+07:00',
};

describe('WorkPlanEntry', () => {
  it('accepts a Renja row with its indicator targets per year', () => {
    expect(WorkPlanEntry.parse(entry)).toEqual(entry);
  });

  it('refuses realisation above the pagu, naming the pagu in both languages', () => {
    const over = {
      ...entry,
      progress: {
        physicalPercent: 50,
        financialRealisation: 300_000_001,
        updatedAt: '2027-06-30T16:00:00+07:00',
      },
    };
    expect(validate(WorkPlanEntry, over, 'id')).toEqual({
      success: false,
      errors: [
        {
          path: 'progress.financialRealisation',
          message:
            'progress.financialRealisation: realisasi keuangan tidak boleh melebihi pagu (Rp\u00a0300.000.000)',
          code: 'custom',
        },
      ],
    });
    const atPagu = { ...over, progress: { ...over.progress, financialRealisation: 300_000_000 } };
    expect(WorkPlanEntry.safeParse(atPagu).success).toBe(true);
  });

  it('bounds physical progress to 0–100 percent', () => {
    const progress = (physicalPercent: number) =>
      WorkPlanEntry.safeParse({
        ...entry,
        progress: { physicalPercent, financialRealisation: 0, updatedAt: entry.updatedAt },
      }).success;
    expect([progress(0), progress(100), progress(-0.1), progress(100.1)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('keys targets by year and bounds their number', () => {
    const indicator = entry.indicators[0];
    const withTarget = (target: Record<string, number>) =>
      WorkPlanEntry.safeParse({ ...entry, indicators: [{ ...indicator, target }] }).success;
    expect(withTarget({ '2027': 1 })).toBe(true);
    expect(withTarget({ '27': 1 })).toBe(false);
    expect(withTarget({ tahun: 1 })).toBe(false);
    const years = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`${2025 + i}`, i]));
    expect(withTarget(years(10))).toBe(true);
    expect(withTarget(years(11))).toBe(false);
  });

  it('needs at least one indicator and a known funding source', () => {
    expect(WorkPlanEntry.safeParse({ ...entry, indicators: [] }).success).toBe(false);
    expect(WorkPlanEntry.safeParse({ ...entry, fundingSource: 'apbdes' }).success).toBe(false);
    expect(FundingSource.options).toEqual([
      'pad',
      'dau',
      'dak-fisik',
      'dak-nonfisik',
      'dbh',
      'bankeu-provinsi',
      'lainnya',
    ]);
  });

  it('takes a create body without id, progress or timestamps', () => {
    const { id: _id, createdAt: _c, updatedAt: _u, proposalIds: _p, ...body } = entry;
    expect(WorkPlanEntryCreate.safeParse(body).success).toBe(true);
  });
});

describe('applyWorkPlanProgress', () => {
  const at = '2027-06-30T16:00:00+07:00';

  it('records progress up to the pagu', () => {
    const result = applyWorkPlanProgress(
      entry,
      { physicalPercent: 40, financialRealisation: 300_000_000 },
      at,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        ...entry,
        progress: { physicalPercent: 40, financialRealisation: 300_000_000, updatedAt: at },
        updatedAt: at,
      },
    });
    if (result.ok) expect(financialShare(result.value)).toBe(1);
  });

  it('refuses realisation above the pagu with a localized reason', () => {
    expect(
      applyWorkPlanProgress(entry, { physicalPercent: 40, financialRealisation: 300_000_001 }, at),
    ).toEqual({
      ok: false,
      reason: {
        id: 'realisasi keuangan tidak boleh melebihi pagu (Rp\u00a0300.000.000)',
        en: 'the financial realisation cannot exceed the pagu (Rp\u00a0300,000,000)',
      },
    });
  });

  it('refuses a time without an offset', () => {
    expect(
      applyWorkPlanProgress(entry, { physicalPercent: 1, financialRealisation: 1 }, '2027-06-30')
        .ok,
    ).toBe(false);
  });

  it('keeps every accepted update valid against the entry schema', () => {
    fc.assert(
      fc.property(
        fc.record({
          physicalPercent: fc.double({ min: 0, max: 100, noNaN: true }),
          financialRealisation: fc.nat({ max: 400_000_000 }),
        }),
        (update) => {
          expect(WorkPlanProgressUpdate.safeParse(update).success).toBe(true);
          const result = applyWorkPlanProgress(entry, update, at);
          expect(result.ok).toBe(update.financialRealisation <= entry.pagu);
          if (result.ok) expect(WorkPlanEntry.safeParse(result.value).success).toBe(true);
        },
      ),
    );
  });
});

describe('WorkPlanQuery', () => {
  it('reads a query string and filters rows', () => {
    const query = WorkPlanQuery.parse({ year: '2027', code: '2.17', region: '35.14.02' });
    expect(query).toEqual({ year: 2027, code: '2.17', region: '35.14.02', limit: 20 });
    expect(matchesWorkPlanQuery(entry, query)).toBe(true);
    expect(matchesWorkPlanQuery(entry, { code: '2.16' })).toBe(false);
    expect(matchesWorkPlanQuery(entry, { region: '35.14.01.2001' })).toBe(true);
    expect(matchesWorkPlanQuery(entry, { region: '35.14.03' })).toBe(false);
    expect(matchesWorkPlanQuery(entry, { opd: 'diskopum', fundingSource: 'pad' })).toBe(true);
    expect(matchesWorkPlanQuery(entry, { fundingSource: 'dau' })).toBe(false);
    expect(matchesWorkPlanQuery(entry, { proposal: 'usl-1' })).toBe(true);
    expect(matchesWorkPlanQuery(entry, { proposal: 'usl-2' })).toBe(false);
  });

  it('only ever fails with a ZodError on hostile input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        for (const schema of [WorkPlanQuery, WorkPlanEntryCreate, WorkPlanEntry]) {
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

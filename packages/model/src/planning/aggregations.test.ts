import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FUNNEL_STAGES,
  PlanningSummary,
  paguByBidang,
  paguByDistrict,
  paguByFundingSource,
  paguByOpd,
  paguByUrusan,
  proposalFunnel,
  splitPaguEvenly,
  summarizePlanning,
} from './aggregations.js';
import { ProposalStatus } from './proposal.js';
import { draftProposal } from './test-fixtures.js';
import type { WorkPlanEntry } from './work-plan.js';

function row(
  id: string,
  subKegiatan: string,
  opdId: string,
  pagu: number,
  locations: string[],
  fundingSource: WorkPlanEntry['fundingSource'] = 'pad',
  fiscalYear = 2027,
): WorkPlanEntry {
  return {
    id,
    fiscalYear,
    subKegiatan,
    subKegiatanName: `Sub kegiatan ${id}`,
    opdId,
    locations,
    indicators: [{ description: 'Indikator', unit: 'unit', target: { [fiscalYear]: 1 } }],
    pagu,
    fundingSource,
    proposalIds: [],
    createdAt: '2026-04-01T08:00:00+07:00',
    updatedAt: '2026-04-01T08:00:00+07:00',
  };
}

const rows = [
  row(
    'a',
    '1.03.10.2.01.0001',
    'dpupr',
    1_000_000_000,
    ['35.14.01.2001', '35.14.01.2002'],
    'dak-fisik',
  ),
  row('b', '1.03.10.2.01.0002', 'dpupr', 500_000_000, ['35.14.01', '35.14.02', '35.14.03']),
  row('c', '2.17.03.2.01.0001', 'diskopum', 300_000_000, ['35.14.02.2001']),
  row('d', '3.30.01.2.01.0001', 'diskopum', 200_000_000, ['35.14']),
  row('e', '1.01.02.2.01.0001', 'dikbud', 750_000_000, [], 'dau'),
];
const total = rows.reduce((sum, r) => sum + r.pagu, 0);
const sum = (list: readonly { pagu: number }[]) => list.reduce((s, r) => s + r.pagu, 0);

describe('pagu by urusan, bidang, OPD and funding source', () => {
  it('groups by the codes of the sub kegiatan, with short names', () => {
    expect(paguByUrusan(rows)).toEqual([
      { code: '1', name: 'Wajib Pelayanan Dasar', pagu: 2_250_000_000, entries: 3 },
      { code: '2', name: 'Wajib Bukan Pelayanan Dasar', pagu: 300_000_000, entries: 1 },
      { code: '3', name: 'Pilihan', pagu: 200_000_000, entries: 1 },
    ]);
    expect(paguByBidang(rows)).toEqual([
      { code: '1.01', name: 'Pendidikan', pagu: 750_000_000, entries: 1 },
      { code: '1.03', name: 'Pekerjaan Umum dan Penataan Ruang', pagu: 1_500_000_000, entries: 2 },
      { code: '2.17', name: 'Koperasi, Usaha Kecil, dan Menengah', pagu: 300_000_000, entries: 1 },
      { code: '3.30', name: 'Perdagangan', pagu: 200_000_000, entries: 1 },
    ]);
  });

  it('ranks OPDs by pagu, with names when given', () => {
    expect(paguByOpd(rows, [{ id: 'dpupr', name: 'Dinas PUPR' }])).toEqual([
      { opdId: 'dpupr', name: 'Dinas PUPR', pagu: 1_500_000_000, entries: 2 },
      { opdId: 'dikbud', pagu: 750_000_000, entries: 1 },
      { opdId: 'diskopum', pagu: 500_000_000, entries: 2 },
    ]);
  });

  it('lists funding sources in their fixed order', () => {
    expect(paguByFundingSource(rows)).toEqual([
      { fundingSource: 'pad', pagu: 1_000_000_000, entries: 3 },
      { fundingSource: 'dau', pagu: 750_000_000, entries: 1 },
      { fundingSource: 'dak-fisik', pagu: 1_000_000_000, entries: 1 },
    ]);
  });

  it('adds up to the total pagu in every view', () => {
    expect(sum(paguByUrusan(rows))).toBe(total);
    expect(sum(paguByBidang(rows))).toBe(total);
    expect(sum(paguByOpd(rows))).toBe(total);
    expect(sum(paguByFundingSource(rows))).toBe(total);
    expect(sum(paguByDistrict(rows))).toBe(total);
  });
});

describe('paguByDistrict', () => {
  it('splits a row over its kecamatan evenly, odd rupiah to the lowest codes', () => {
    expect(paguByDistrict(rows)).toEqual([
      { districtCode: '35.14.01', pagu: 1_000_000_000 + 166_666_667, entries: 2 },
      { districtCode: '35.14.02', pagu: 166_666_667 + 300_000_000, entries: 2 },
      { districtCode: '35.14.03', pagu: 166_666_666, entries: 1 },
      { districtCode: null, pagu: 950_000_000, entries: 2 },
    ]);
  });

  it('counts two villages of one kecamatan once', () => {
    expect(paguByDistrict([rows[0] as WorkPlanEntry])).toEqual([
      { districtCode: '35.14.01', pagu: 1_000_000_000, entries: 1 },
    ]);
  });

  it('splits whole rupiah that always add up', () => {
    expect(splitPaguEvenly(10, 3)).toEqual([4, 3, 3]);
    expect(splitPaguEvenly(0, 2)).toEqual([0, 0]);
    expect(splitPaguEvenly(5, 0)).toEqual([]);
    fc.assert(
      fc.property(fc.nat({ max: 1e13 }), fc.integer({ min: 1, max: 50 }), (amount, parts) => {
        const shares = splitPaguEvenly(amount, parts);
        expect(shares.reduce((s, x) => s + x, 0)).toBe(amount);
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
        for (const share of shares) expect(Number.isInteger(share)).toBe(true);
      }),
    );
  });

  it('always adds up to the total, whatever the locations', () => {
    const location = fc.constantFrom(
      '35.14',
      '35.14.01',
      '35.14.02',
      '35.14.01.2001',
      '35.14.03.1001',
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 1e12 }), fc.array(location, { maxLength: 5 })), {
          maxLength: 30,
        }),
        (specs) => {
          const list = specs.map(([pagu, locations], i) =>
            row(`r${i}`, '1.03.10.2.01.0001', 'dpupr', pagu, locations),
          );
          expect(sum(paguByDistrict(list))).toBe(sum(list));
        },
      ),
    );
  });
});

describe('proposalFunnel', () => {
  const at = '2026-02-01T08:00:00+07:00';
  const step = (from: ProposalStatus, to: ProposalStatus) => ({
    at,
    actorId: 'x',
    role: 'bappeda' as const,
    action: 'verify' as const,
    from,
    to,
  });
  const proposals = [
    draftProposal('musrenbang-desa', { estimatedCost: 100 }),
    draftProposal('musrenbang-desa', {
      status: 'submitted',
      estimatedCost: 200,
      history: [step('draft', 'submitted')],
    }),
    draftProposal('musrenbang-desa', {
      status: 'returned',
      estimatedCost: 300,
      history: [
        step('draft', 'submitted'),
        step('submitted', 'verified-kecamatan'),
        step('verified-kecamatan', 'verified-opd'),
        step('verified-opd', 'returned'),
      ],
    }),
    draftProposal('musrenbang-desa', {
      status: 'rejected',
      estimatedCost: 400,
      history: [step('draft', 'submitted'), step('submitted', 'rejected')],
    }),
    draftProposal('opd', {
      status: 'accommodated',
      estimatedCost: 500,
      subKegiatan: '1.03.10.2.01.0001',
      pagu: 450,
      history: [
        step('draft', 'submitted'),
        step('submitted', 'verified-bappeda'),
        step('verified-bappeda', 'accommodated'),
      ],
    }),
  ];

  it('counts proposals and estimated cost per current status', () => {
    const funnel = proposalFunnel(proposals);
    expect(funnel.total).toEqual({ count: 5, estimatedCost: 1500 });
    expect(funnel.current).toEqual([
      { status: 'draft', count: 1, estimatedCost: 100 },
      { status: 'submitted', count: 1, estimatedCost: 200 },
      { status: 'verified-kecamatan', count: 0, estimatedCost: 0 },
      { status: 'verified-opd', count: 0, estimatedCost: 0 },
      { status: 'verified-bappeda', count: 0, estimatedCost: 0 },
      { status: 'accommodated', count: 1, estimatedCost: 500 },
      { status: 'rejected', count: 1, estimatedCost: 400 },
      { status: 'returned', count: 1, estimatedCost: 300 },
    ]);
    expect(funnel.accommodatedPagu).toBe(450);
  });

  it('counts how far proposals got, whatever happened after', () => {
    expect(proposalFunnel(proposals).reached).toEqual([
      { status: 'submitted', count: 4, estimatedCost: 1400 },
      { status: 'verified-kecamatan', count: 2, estimatedCost: 800 },
      { status: 'verified-opd', count: 2, estimatedCost: 800 },
      { status: 'verified-bappeda', count: 1, estimatedCost: 500 },
      { status: 'accommodated', count: 1, estimatedCost: 500 },
    ]);
    expect(FUNNEL_STAGES).toHaveLength(5);
  });

  it('has current counts that add up to the total and a reached view that never grows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ProposalStatus.options), fc.nat({ max: 1e9 })), {
          maxLength: 40,
        }),
        (specs) => {
          const list = specs.map(([status, estimatedCost]) => ({
            status,
            estimatedCost,
            history: [],
          }));
          const funnel = proposalFunnel(list);
          expect(funnel.current.reduce((s, r) => s + r.count, 0)).toBe(list.length);
          expect(funnel.current.reduce((s, r) => s + r.estimatedCost, 0)).toBe(
            funnel.total.estimatedCost,
          );
          for (let i = 1; i < funnel.reached.length; i += 1) {
            expect(funnel.reached[i]?.count).toBeLessThanOrEqual(funnel.reached[i - 1]?.count ?? 0);
          }
        },
      ),
    );
  });
});

describe('summarizePlanning', () => {
  it('summarises one fiscal year, leaving other years out, as a valid response', () => {
    const other = row('z', '1.03.10.2.01.0001', 'dpupr', 999, ['35.14.01'], 'pad', 2028);
    const summary = summarizePlanning({
      fiscalYear: 2027,
      entries: [...rows, other],
      proposals: [draftProposal(), draftProposal('musrenbang-desa', { fiscalYear: 2028 })],
      opds: [{ id: 'dpupr', name: 'Dinas PUPR' }],
    });
    expect(summary.totalPagu).toBe(total);
    expect(summary.entries).toBe(5);
    expect(summary.proposals.total.count).toBe(1);
    expect(sum(summary.byUrusan)).toBe(summary.totalPagu);
    expect(PlanningSummary.parse(summary)).toEqual(summary);
  });
});

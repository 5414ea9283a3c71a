/*
 * Shared test data for the planning tests (not exported by the package): Kabupaten Pasuruan
 * (35.14), kecamatan Purwodadi (35.14.01) with desa Gerbo (35.14.01.2001), and kecamatan
 * Tutur (35.14.02).
 */
import type { Actor } from '../common/roles.js';
import type { OpdScope } from './opd.js';
import { defaultPlanningSchedule } from './phases.js';
import type { Proposal, ProposalSource } from './proposal.js';

export const GERBO = '35.14.01.2001';
export const PURWODADI = '35.14.01';
export const TUTUR = '35.14.02';
export const TUTUR_VILLAGE = '35.14.02.2001';

export const DPUPR: OpdScope = { id: 'dpupr', bidang: ['1.03'] };
export const DISKOPUM: OpdScope = { id: 'diskopum', bidang: ['2.17', '3.30'] };

export const ACTORS = {
  desa: { id: 'desa-gerbo', role: 'desa', name: 'Operator Desa Gerbo', regionCode: GERBO },
  kecamatan: {
    id: 'kec-purwodadi',
    role: 'kecamatan',
    name: 'Kecamatan Purwodadi',
    regionCode: PURWODADI,
  },
  opd: { id: 'staf-dpupr', role: 'opd', name: 'DPUPR', opdId: 'dpupr' },
  bappeda: { id: 'bappeda-1', role: 'bappeda', name: 'Bappeda Kab. Pasuruan' },
  admin: { id: 'admin-1', role: 'admin' },
} as const satisfies Record<string, Actor>;

export const OTHER_ACTORS = {
  desaElsewhere: { id: 'desa-tutur', role: 'desa', regionCode: TUTUR_VILLAGE },
  desaUnbound: { id: 'desa-unbound', role: 'desa' },
  kecamatanElsewhere: { id: 'kec-tutur', role: 'kecamatan', regionCode: TUTUR },
  opdKoperasi: { id: 'staf-diskopum', role: 'opd', opdId: 'diskopum' },
  bappedaOtherRegency: { id: 'bappeda-kota', role: 'bappeda', regionCode: '35.75' },
} as const satisfies Record<string, Actor>;

export const SCHEDULE_2027 = defaultPlanningSchedule(2027);

/** An instant inside each source's first submission window of the 2027 RKPD. */
export const OPEN_AT: Readonly<Record<ProposalSource, string>> = {
  'musrenbang-desa': '2026-01-15T09:00:00+07:00',
  'musrenbang-kecamatan': '2026-02-10T09:00:00+07:00',
  opd: '2026-03-02T09:00:00+07:00',
  pokir: '2026-01-15T09:00:00+07:00',
};

export const SUB_KEGIATAN = '1.03.10.2.01.0001';
export const PAGU = 250_000_000;

/** A valid draft for the 2027 RKPD: a road in desa Gerbo (bidang 1.03 PUPR). */
export function draftProposal(
  source: ProposalSource = 'musrenbang-desa',
  overrides: Partial<Proposal> = {},
): Proposal {
  const proposer = {
    'musrenbang-desa': ACTORS.desa,
    'musrenbang-kecamatan': ACTORS.kecamatan,
    opd: ACTORS.opd,
    pokir: ACTORS.bappeda,
  }[source];
  return {
    id: `usl-${source}`,
    source,
    fiscalYear: 2027,
    regionCode: GERBO,
    location: { lat: -7.7833, lng: 112.8 },
    bidangUrusan: '1.03',
    title: 'Pengaspalan jalan dusun Krajan',
    problem: 'Jalan dusun sepanjang 1,2 km rusak dan tergenang saat hujan.',
    volume: 1.2,
    unit: 'km',
    estimatedCost: 600_000_000,
    priority: 1,
    photos: [],
    contactPerson: { name: 'Siti Aminah', phone: '+6281234567890' },
    proposer,
    status: 'draft',
    history: [],
    createdAt: '2026-01-05T08:00:00+07:00',
    updatedAt: '2026-01-05T08:00:00+07:00',
    ...overrides,
  };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validate } from '../common/i18n.js';
import { PHOTO_MAX_BYTES } from '../common/media.js';
import {
  matchesProposalQuery,
  Proposal,
  ProposalCreate,
  ProposalListQuery,
  ProposalPhoto,
  ProposalPublic,
  ProposalTransitionRequest,
  ProposalUpdate,
  toProposalPublic,
} from './proposal.js';
import { DISKOPUM, DPUPR, draftProposal, GERBO, SUB_KEGIATAN } from './test-fixtures.js';

const body = {
  source: 'musrenbang-desa',
  fiscalYear: 2027,
  regionCode: GERBO,
  location: { lat: -7.7833, lng: 112.8 },
  bidangUrusan: '1.03',
  title: 'Pengaspalan jalan dusun Krajan',
  problem: 'Jalan dusun rusak dan tergenang saat hujan.',
  volume: 1.2,
  unit: 'km',
  estimatedCost: 600_000_000,
  priority: 1,
  contactPerson: { name: 'Siti Aminah', phone: '0812-3456-7890' },
};

const photo = {
  id: 'foto-1',
  path: 'proposals/usl-1/foto-1.jpg',
  mime: 'image/jpeg',
  width: 1600,
  height: 1200,
  bytes: 350_000,
  alt: 'Jalan tergenang',
};

function errorsOf(schema: Parameters<typeof validate>[0], input: unknown) {
  const result = validate(schema, input, 'en');
  return result.success ? [] : result.errors.map((e) => e.message);
}

describe('ProposalCreate', () => {
  it('accepts a desa proposal and stores the typed phone as E.164', () => {
    const result = ProposalCreate.safeParse(body);
    expect(result.success).toBe(true);
    expect(result.data?.contactPerson?.phone).toBe('+6281234567890');
  });

  it('locates a desa Musrenbang proposal in one village', () => {
    expect(errorsOf(ProposalCreate, { ...body, regionCode: '35.14.01' })).toEqual([
      'regionCode: a village Musrenbang proposal must be located in one village (code NN.NN.NN.NNNN)',
    ]);
    expect(
      ProposalCreate.safeParse({ ...body, source: 'musrenbang-kecamatan', regionCode: '35.14.01' })
        .success,
    ).toBe(true);
    expect(errorsOf(ProposalCreate, { ...body, source: 'pokir', regionCode: '35.14' })).toEqual([
      'regionCode: must be a district code NN.NN.NN or a village code NN.NN.NN.NNNN',
    ]);
  });

  it('keeps a sub kegiatan under the proposal’s bidang urusan', () => {
    expect(ProposalCreate.safeParse({ ...body, subKegiatan: SUB_KEGIATAN }).success).toBe(true);
    expect(errorsOf(ProposalCreate, { ...body, subKegiatan: '2.17.03.2.01.0001' })).toEqual([
      'subKegiatan: the sub kegiatan must lie under the proposal’s bidang urusan',
    ]);
  });

  it.each([
    ['title', 'x'.repeat(200), true],
    ['title', 'x'.repeat(201), false],
    ['title', '   ', false],
    ['problem', 'x'.repeat(10), true],
    ['problem', 'x'.repeat(9), false],
    ['problem', 'x'.repeat(4000), true],
    ['problem', 'x'.repeat(4001), false],
    ['unit', 'x'.repeat(40), true],
    ['unit', 'x'.repeat(41), false],
    ['priority', 1, true],
    ['priority', 999, true],
    ['priority', 0, false],
    ['priority', 1000, false],
    ['priority', 1.5, false],
    ['volume', 0.01, true],
    ['volume', 0, false],
    ['volume', 1_000_000_000, true],
    ['volume', 1_000_000_001, false],
    ['estimatedCost', 0, true],
    ['estimatedCost', -1, false],
    ['estimatedCost', 1.5, false],
    ['fiscalYear', 2020, true],
    ['fiscalYear', 2019, false],
    ['fiscalYear', 2101, false],
    ['photos', Array.from({ length: 10 }, () => photo), true],
    ['photos', Array.from({ length: 11 }, () => photo), false],
  ])('%s = %j → %s', (field, value, accepted) => {
    expect(ProposalCreate.safeParse({ ...body, [field]: value }).success).toBe(accepted);
  });
});

describe('ProposalPhoto', () => {
  it.each([
    ['proposals/usl-1/foto-1.jpg', true],
    ['foto.webp', true],
    ['https://example.org/foto.jpg', false],
    ['/media/foto.jpg', false],
    ['media/../etc/passwd', false],
    ['media/foto.jpg?x=1', false],
    ['media//foto.jpg', false],
  ])('path %j → %s', (path, accepted) => {
    expect(ProposalPhoto.safeParse({ ...photo, path }).success).toBe(accepted);
  });

  it('bounds the size, the sides and the type', () => {
    expect(ProposalPhoto.safeParse({ ...photo, bytes: PHOTO_MAX_BYTES }).success).toBe(true);
    expect(ProposalPhoto.safeParse({ ...photo, bytes: PHOTO_MAX_BYTES + 1 }).success).toBe(false);
    expect(ProposalPhoto.safeParse({ ...photo, width: 0 }).success).toBe(false);
    expect(ProposalPhoto.safeParse({ ...photo, mime: 'image/gif' }).success).toBe(false);
  });
});

describe('ProposalUpdate', () => {
  it('needs at least one field, and takes null to clear', () => {
    expect(errorsOf(ProposalUpdate, {})).toEqual(['input: no field to change']);
    expect(ProposalUpdate.safeParse({ location: null, subKegiatan: null }).success).toBe(true);
    expect(ProposalUpdate.safeParse({ title: null }).success).toBe(false);
  });

  it('has no way to change the source', () => {
    expect(ProposalUpdate.safeParse({ source: 'pokir' }).success).toBe(false);
  });
});

describe('ProposalTransitionRequest', () => {
  it('requires a reason to reject and a note to return, in the schema itself', () => {
    expect(ProposalTransitionRequest.safeParse({ action: 'reject' }).success).toBe(false);
    expect(ProposalTransitionRequest.safeParse({ action: 'reject', reason: '' }).success).toBe(
      false,
    );
    expect(ProposalTransitionRequest.safeParse({ action: 'reject', reason: 'Ganda' }).success).toBe(
      true,
    );
    expect(ProposalTransitionRequest.safeParse({ action: 'return' }).success).toBe(false);
    expect(ProposalTransitionRequest.safeParse({ action: 'return', note: 'Foto' }).success).toBe(
      true,
    );
  });

  it('requires a sub kegiatan and a pagu to accommodate', () => {
    expect(
      ProposalTransitionRequest.safeParse({ action: 'accommodate', subKegiatan: SUB_KEGIATAN })
        .success,
    ).toBe(false);
    expect(
      ProposalTransitionRequest.safeParse({
        action: 'accommodate',
        subKegiatan: SUB_KEGIATAN,
        pagu: 250_000_000,
      }).success,
    ).toBe(true);
  });

  it('knows only the five actions', () => {
    expect(ProposalTransitionRequest.safeParse({ action: 'submit' }).success).toBe(true);
    expect(ProposalTransitionRequest.safeParse({ action: 'verify' }).success).toBe(true);
    expect(ProposalTransitionRequest.safeParse({ action: 'withdraw' }).success).toBe(false);
  });
});

describe('ProposalListQuery', () => {
  it('reads a query string', () => {
    expect(
      ProposalListQuery.parse({
        year: '2027',
        status: 'submitted',
        region: '35.14.01',
        bidang: '1.03',
        limit: '10',
      }),
    ).toEqual({ year: 2027, status: 'submitted', region: '35.14.01', bidang: '1.03', limit: 10 });
    expect(ProposalListQuery.parse({})).toEqual({ limit: 20 });
  });

  it('refuses a malformed year, region or an overlong text', () => {
    expect(ProposalListQuery.safeParse({ year: 'next' }).success).toBe(false);
    expect(ProposalListQuery.safeParse({ region: '35.14' }).success).toBe(false);
    expect(ProposalListQuery.safeParse({ text: 'x'.repeat(101) }).success).toBe(false);
  });
});

describe('matchesProposalQuery', () => {
  const proposal = draftProposal('musrenbang-desa', { status: 'submitted' });

  it('matches by region prefix, bidang, OPD and text', () => {
    expect(matchesProposalQuery(proposal, { region: '35.14.01' })).toBe(true);
    expect(matchesProposalQuery(proposal, { region: GERBO })).toBe(true);
    expect(matchesProposalQuery(proposal, { region: '35.14.02' })).toBe(false);
    expect(matchesProposalQuery(proposal, { bidang: '1.03', year: 2027 })).toBe(true);
    expect(matchesProposalQuery(proposal, { year: 2028 })).toBe(false);
    expect(matchesProposalQuery(proposal, { opd: 'dpupr' }, [DPUPR, DISKOPUM])).toBe(true);
    expect(matchesProposalQuery(proposal, { opd: 'diskopum' }, [DPUPR, DISKOPUM])).toBe(false);
    expect(matchesProposalQuery(proposal, { opd: 'unknown' }, [DPUPR])).toBe(false);
    expect(matchesProposalQuery(proposal, { text: 'TERGENANG' })).toBe(true);
    expect(matchesProposalQuery(proposal, { text: 'jembatan' })).toBe(false);
    expect(matchesProposalQuery(proposal, { status: 'draft' })).toBe(false);
  });
});

describe('Proposal and ProposalPublic', () => {
  const staff = draftProposal('musrenbang-desa', {
    status: 'returned',
    history: [
      {
        at: '2026-01-20T10:00:00+07:00',
        actorId: 'kec-purwodadi',
        role: 'kecamatan',
        actorName: 'Kecamatan Purwodadi',
        action: 'return',
        from: 'submitted',
        to: 'returned',
        note: 'Lengkapi foto',
        internalNote: 'Kades sulit dihubungi',
      },
    ],
  });

  it('requires a sub kegiatan and a pagu once accommodated', () => {
    expect(errorsOf(Proposal, { ...staff, status: 'accommodated' })).toEqual([
      'status: an accommodated proposal must have a sub kegiatan and a pagu',
    ]);
    expect(
      Proposal.safeParse({ ...staff, status: 'accommodated', subKegiatan: SUB_KEGIATAN, pagu: 1 })
        .success,
    ).toBe(true);
  });

  it('round-trips through JSON', () => {
    const wire = JSON.parse(JSON.stringify(staff));
    expect(Proposal.parse(wire)).toEqual(staff);
  });

  it('publishes without the contact person, actor ids or internal notes', () => {
    const view = toProposalPublic(staff);
    expect(ProposalPublic.parse(view)).toEqual(view);
    expect(view).not.toHaveProperty('contactPerson');
    expect(view.proposer).toEqual({
      role: 'desa',
      name: 'Operator Desa Gerbo',
      regionCode: GERBO,
    });
    expect(view.history).toEqual([
      {
        at: '2026-01-20T10:00:00+07:00',
        role: 'kecamatan',
        actorName: 'Kecamatan Purwodadi',
        action: 'return',
        from: 'submitted',
        to: 'returned',
        note: 'Lengkapi foto',
      },
    ]);
    const text = JSON.stringify(view);
    for (const secret of ['Siti Aminah', '+6281234567890', 'Kades sulit', 'kec-purwodadi']) {
      expect(text).not.toContain(secret);
    }
  });

  it('marks the contact person as personal data in the staff JSON Schema only', () => {
    expect(JSON.stringify(z.toJSONSchema(Proposal))).toContain('"x-personal-data":true');
    expect(JSON.stringify(z.toJSONSchema(ProposalPublic))).not.toContain('x-personal-data');
  });
});

describe('properties', () => {
  it('hostile bodies only ever fail with a ZodError', () => {
    const hostile = fc.oneof(
      fc.anything(),
      fc.record({ ...Object.fromEntries(Object.keys(body).map((k) => [k, fc.anything()])) }),
      fc.constant(body).map((b) => ({ ...b, contactPerson: { name: 'x', phone: '+1 555' } })),
    );
    fc.assert(
      fc.property(hostile, (input) => {
        for (const schema of [
          ProposalCreate,
          ProposalUpdate,
          ProposalTransitionRequest,
          Proposal,
        ]) {
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

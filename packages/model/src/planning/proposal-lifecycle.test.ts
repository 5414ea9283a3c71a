import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../common/roles.js';
import { defaultPlanningSchedule } from './phases.js';
import {
  Proposal,
  ProposalAction,
  ProposalSource,
  ProposalStatus,
  type Proposal as ProposalType,
} from './proposal.js';
import {
  availableActions,
  createProposal,
  PROPOSAL_ERROR_STATUS,
  PROPOSAL_TRANSITIONS,
  ProposalErrorCode,
  type ProposalTransitionContext,
  ProposalTransitionRule,
  transitionProposal,
  transitionsFrom,
  updateProposal,
} from './proposal-lifecycle.js';
import {
  ACTORS,
  DISKOPUM,
  DPUPR,
  draftProposal,
  GERBO,
  OPEN_AT,
  OTHER_ACTORS,
  PAGU,
  SCHEDULE_2027,
  SUB_KEGIATAN,
  TUTUR_VILLAGE,
} from './test-fixtures.js';

const ROLES: readonly Role[] = ['desa', 'kecamatan', 'opd', 'bappeda', 'admin'];

/**
 * The machine written out by hand, independently of how PROPOSAL_TRANSITIONS is built:
 * `from action to roles`. Desa proposals pass kecamatan, OPD and Bappeda; a kecamatan's own
 * proposals skip the kecamatan; an OPD's own go to Bappeda; pokir go to the OPD, then Bappeda.
 */
const EXPECTED: Record<ProposalSource, readonly string[]> = {
  'musrenbang-desa': [
    'draft submit submitted desa',
    'returned submit submitted desa',
    'submitted verify verified-kecamatan kecamatan',
    'submitted reject rejected kecamatan',
    'submitted return returned kecamatan',
    'verified-kecamatan verify verified-opd opd',
    'verified-kecamatan reject rejected opd',
    'verified-kecamatan return returned opd',
    'verified-opd verify verified-bappeda bappeda,admin',
    'verified-opd reject rejected bappeda,admin',
    'verified-opd return returned bappeda,admin',
    'verified-bappeda accommodate accommodated bappeda,admin',
    'verified-bappeda reject rejected bappeda,admin',
    'verified-bappeda return returned bappeda,admin',
  ],
  'musrenbang-kecamatan': [
    'draft submit submitted kecamatan',
    'returned submit submitted kecamatan',
    'submitted verify verified-opd opd',
    'submitted reject rejected opd',
    'submitted return returned opd',
    'verified-opd verify verified-bappeda bappeda,admin',
    'verified-opd reject rejected bappeda,admin',
    'verified-opd return returned bappeda,admin',
    'verified-bappeda accommodate accommodated bappeda,admin',
    'verified-bappeda reject rejected bappeda,admin',
    'verified-bappeda return returned bappeda,admin',
  ],
  opd: [
    'draft submit submitted opd',
    'returned submit submitted opd',
    'submitted verify verified-bappeda bappeda,admin',
    'submitted reject rejected bappeda,admin',
    'submitted return returned bappeda,admin',
    'verified-bappeda accommodate accommodated bappeda,admin',
    'verified-bappeda reject rejected bappeda,admin',
    'verified-bappeda return returned bappeda,admin',
  ],
  pokir: [
    'draft submit submitted bappeda,admin',
    'returned submit submitted bappeda,admin',
    'submitted verify verified-opd opd',
    'submitted reject rejected opd',
    'submitted return returned opd',
    'verified-opd verify verified-bappeda bappeda,admin',
    'verified-opd reject rejected bappeda,admin',
    'verified-opd return returned bappeda,admin',
    'verified-bappeda accommodate accommodated bappeda,admin',
    'verified-bappeda reject rejected bappeda,admin',
    'verified-bappeda return returned bappeda,admin',
  ],
};

function expectedTarget(
  source: ProposalSource,
  from: ProposalStatus,
  action: ProposalAction,
  role: Role,
): ProposalStatus | undefined {
  for (const line of EXPECTED[source]) {
    const [f, a, to, roles = ''] = line.split(' ');
    if (f === from && a === action && roles.split(',').includes(role)) return to as ProposalStatus;
  }
  return undefined;
}

/** A context that satisfies every requirement, inside the source's window. */
function fullContext(source: ProposalSource): ProposalTransitionContext {
  return {
    at: OPEN_AT[source],
    reason: 'Lokasi sudah ditangani APBDes',
    note: 'Lengkapi foto lokasi',
    subKegiatan: SUB_KEGIATAN,
    pagu: PAGU,
    phases: SCHEDULE_2027,
    opd: DPUPR,
  };
}

function proposalAt(source: ProposalSource, status: ProposalStatus): ProposalType {
  return draftProposal(source, {
    status,
    ...(status === 'accommodated' && { subKegiatan: SUB_KEGIATAN, pagu: PAGU }),
  });
}

function ok(result: ReturnType<typeof transitionProposal>): ProposalType {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

describe('PROPOSAL_TRANSITIONS', () => {
  it('is exactly the machine written out by hand, for every source', () => {
    for (const source of ProposalSource.options) {
      const rows = PROPOSAL_TRANSITIONS.filter((rule) => rule.source === source).map(
        (rule) => `${rule.from} ${rule.action} ${rule.to} ${rule.roles.join(',')}`,
      );
      expect(rows.sort()).toEqual([...EXPECTED[source]].sort());
    }
  });

  it('says what each move requires, and gates only submissions on the calendar', () => {
    for (const rule of PROPOSAL_TRANSITIONS) {
      const requires = {
        reject: ['reason'],
        return: ['note'],
        accommodate: ['subKegiatan', 'pagu'],
        submit: [],
        verify: [],
      }[rule.action];
      expect(rule.requires).toEqual(requires);
      expect(rule.phaseGated).toBe(rule.action === 'submit');
      expect(ProposalTransitionRule.safeParse(rule).success).toBe(true);
    }
  });

  it('cannot be changed by a consumer', () => {
    expect(Object.isFrozen(PROPOSAL_TRANSITIONS)).toBe(true);
    expect(Object.isFrozen(PROPOSAL_TRANSITIONS[0]?.roles)).toBe(true);
  });

  it('leaves accommodated and rejected proposals final', () => {
    expect(PROPOSAL_TRANSITIONS.filter((r) => r.from === 'accommodated')).toEqual([]);
    expect(PROPOSAL_TRANSITIONS.filter((r) => r.from === 'rejected')).toEqual([]);
  });

  it('lists the moves from a status for a role', () => {
    expect(
      transitionsFrom('musrenbang-desa', 'submitted', 'kecamatan').map((r) => r.action),
    ).toEqual(['verify', 'reject', 'return']);
    expect(transitionsFrom('musrenbang-desa', 'submitted', 'desa')).toEqual([]);
  });

  it('maps every error code to an HTTP status', () => {
    for (const code of ProposalErrorCode.options) {
      expect([403, 409, 422]).toContain(PROPOSAL_ERROR_STATUS[code]);
    }
  });
});

describe('transitionProposal: legal paths', () => {
  const paths: Record<ProposalSource, readonly (readonly [ProposalAction, Role])[]> = {
    'musrenbang-desa': [
      ['submit', 'desa'],
      ['verify', 'kecamatan'],
      ['verify', 'opd'],
      ['verify', 'bappeda'],
      ['accommodate', 'bappeda'],
    ],
    'musrenbang-kecamatan': [
      ['submit', 'kecamatan'],
      ['verify', 'opd'],
      ['verify', 'admin'],
      ['accommodate', 'admin'],
    ],
    opd: [
      ['submit', 'opd'],
      ['verify', 'bappeda'],
      ['accommodate', 'bappeda'],
    ],
    pokir: [
      ['submit', 'bappeda'],
      ['verify', 'opd'],
      ['verify', 'bappeda'],
      ['accommodate', 'admin'],
    ],
  };

  it.each(ProposalSource.options)('takes a %s proposal from draft to accommodated', (source) => {
    let proposal = draftProposal(source);
    const statuses: ProposalStatus[] = [proposal.status];
    for (const [action, role] of paths[source]) {
      proposal = ok(transitionProposal(proposal, action, ACTORS[role], fullContext(source)));
      statuses.push(proposal.status);
    }
    expect(statuses).toEqual(['draft', ...EXPECTED[source].filter(isMainStep).map(toStatus)]);
    expect(proposal).toMatchObject({
      status: 'accommodated',
      subKegiatan: SUB_KEGIATAN,
      pagu: PAGU,
    });
    expect(Proposal.safeParse(proposal).success).toBe(true);
  });

  function isMainStep(line: string) {
    return / (submit|verify|accommodate) /.test(line) && !line.startsWith('returned');
  }
  function toStatus(line: string) {
    return line.split(' ')[2] as ProposalStatus;
  }

  it('records who did what, when, from and to, in order', () => {
    const at = (day: number) => `2026-01-${String(day).padStart(2, '0')}T10:00:00+07:00`;
    let proposal = draftProposal();
    const ctx = fullContext('musrenbang-desa');
    proposal = ok(transitionProposal(proposal, 'submit', ACTORS.desa, { ...ctx, at: at(10) }));
    proposal = ok(
      transitionProposal(proposal, 'verify', ACTORS.kecamatan, {
        at: at(20),
        note: 'Prioritas 1 Musrenbang Kecamatan',
        internalNote: 'cek ulang volume',
      }),
    );
    proposal = ok(
      transitionProposal(proposal, 'return', ACTORS.opd, {
        at: at(25),
        note: 'Sertakan gambar teknis',
        opd: DPUPR,
      }),
    );
    expect(proposal.history).toEqual([
      {
        at: at(10),
        actorId: 'desa-gerbo',
        role: 'desa',
        actorName: 'Operator Desa Gerbo',
        action: 'submit',
        from: 'draft',
        to: 'submitted',
        note: 'Lengkapi foto lokasi',
      },
      {
        at: at(20),
        actorId: 'kec-purwodadi',
        role: 'kecamatan',
        actorName: 'Kecamatan Purwodadi',
        action: 'verify',
        from: 'submitted',
        to: 'verified-kecamatan',
        note: 'Prioritas 1 Musrenbang Kecamatan',
        internalNote: 'cek ulang volume',
      },
      {
        at: at(25),
        actorId: 'staf-dpupr',
        role: 'opd',
        actorName: 'DPUPR',
        action: 'return',
        from: 'verified-kecamatan',
        to: 'returned',
        note: 'Sertakan gambar teknis',
      },
    ]);
    expect(proposal.updatedAt).toBe(at(25));
    expect(proposal.submittedAt).toBe(at(10));
  });

  it('stores the reason of a rejection, and the sub kegiatan and pagu of an accommodation', () => {
    const submitted = proposalAt('musrenbang-desa', 'submitted');
    const rejected = ok(
      transitionProposal(submitted, 'reject', ACTORS.kecamatan, {
        at: OPEN_AT.pokir,
        reason: 'Sudah dibiayai Dana Desa',
      }),
    );
    expect(rejected.status).toBe('rejected');
    expect(rejected.history.at(-1)).toMatchObject({
      action: 'reject',
      reason: 'Sudah dibiayai Dana Desa',
    });

    const accommodated = ok(
      transitionProposal(proposalAt('opd', 'verified-bappeda'), 'accommodate', ACTORS.bappeda, {
        subKegiatan: SUB_KEGIATAN,
        pagu: PAGU,
        reason: 'ignored on accommodate',
      }),
    );
    expect(accommodated.history.at(-1)).toMatchObject({ subKegiatan: SUB_KEGIATAN, pagu: PAGU });
    expect(accommodated.history.at(-1)).not.toHaveProperty('reason');
  });

  it('lets the proposer revise a returned proposal and submit it again', () => {
    const returned = ok(
      transitionProposal(proposalAt('musrenbang-desa', 'verified-opd'), 'return', ACTORS.bappeda, {
        at: '2026-03-20T10:00:00+07:00',
        note: 'Volume tidak sesuai RAB',
      }),
    );
    const edited = updateProposal(returned, { volume: 0.8 }, ACTORS.desa, {
      at: '2026-03-21T10:00:00+07:00',
    });
    if (!edited.ok) throw new Error(edited.error.message.en);
    const resubmitted = ok(
      transitionProposal(edited.value, 'submit', ACTORS.desa, {
        at: '2026-03-22T10:00:00+07:00',
        phases: SCHEDULE_2027,
      }),
    );
    expect(resubmitted).toMatchObject({ status: 'submitted', volume: 0.8 });
    expect(resubmitted.history.map((h) => `${h.from}>${h.to}`)).toEqual([
      'verified-opd>returned',
      'returned>submitted',
    ]);
  });

  it('never changes the proposal it is given', () => {
    const proposal = draftProposal();
    const copy = structuredClone(proposal);
    transitionProposal(proposal, 'submit', ACTORS.desa, fullContext('musrenbang-desa'));
    transitionProposal(proposal, 'verify', ACTORS.desa, fullContext('musrenbang-desa'));
    expect(proposal).toEqual(copy);
  });
});

describe('transitionProposal: every illegal move by every role', () => {
  const cases = ProposalSource.options.flatMap((source) =>
    ROLES.map((role) => [source, role] as const),
  );

  it.each(cases)('%s proposals, role %s', (source, role) => {
    for (const status of ProposalStatus.options) {
      for (const action of ProposalAction.options) {
        const proposal = proposalAt(source, status);
        const result = transitionProposal(proposal, action, ACTORS[role], fullContext(source));
        const to = expectedTarget(source, status, action, role);
        const label = `${source}: ${role} ${action} at ${status}`;
        if (to) {
          expect(result, label).toMatchObject({ ok: true, value: { status: to } });
          continue;
        }
        const roleEverDoesIt = EXPECTED[source].some((line) => {
          const [, a, , roles = ''] = line.split(' ');
          return a === action && roles.split(',').includes(role);
        });
        expect(result, label).toMatchObject({
          ok: false,
          error: { code: roleEverDoesIt ? 'wrong-stage' : 'forbidden-role' },
        });
      }
    }
  });

  it('explains a refusal in both languages', () => {
    expect(
      transitionProposal(proposalAt('musrenbang-desa', 'submitted'), 'verify', ACTORS.desa),
    ).toEqual({
      ok: false,
      error: {
        code: 'forbidden-role',
        message: {
          id: 'Peran operator desa/kelurahan tidak berwenang memverifikasi usulan dari Musrenbang Desa/Kelurahan.',
          en: 'The village operator role may not verify proposals from the Village Musrenbang.',
        },
      },
    });
    expect(
      transitionProposal(
        proposalAt('musrenbang-desa', 'verified-kecamatan'),
        'verify',
        ACTORS.kecamatan,
      ),
    ).toEqual({
      ok: false,
      error: {
        code: 'wrong-stage',
        message: {
          id: 'Peran petugas kecamatan tidak dapat memverifikasi usulan yang berstatus "Diverifikasi kecamatan".',
          en: 'The district officer role cannot verify a proposal whose status is "Verified by the district".',
        },
      },
    });
  });
});

describe('transitionProposal: scope', () => {
  const at = OPEN_AT['musrenbang-desa'];
  const refusal = (result: ReturnType<typeof transitionProposal>) =>
    result.ok ? undefined : result.error.code;

  it('lets a desa operator submit only proposals of its own village', () => {
    const ctx = { at, phases: SCHEDULE_2027 };
    expect(
      refusal(transitionProposal(draftProposal(), 'submit', ACTORS.desa, ctx)),
    ).toBeUndefined();
    const other = transitionProposal(draftProposal(), 'submit', OTHER_ACTORS.desaElsewhere, ctx);
    expect(other).toEqual({
      ok: false,
      error: {
        code: 'out-of-scope',
        message: {
          id: 'Usulan berlokasi di 35.14.01.2001; akun ini hanya untuk desa/kelurahan 35.14.02.2001.',
          en: 'The proposal is located in 35.14.01.2001; this account only covers village 35.14.02.2001.',
        },
      },
    });
    expect(
      refusal(transitionProposal(draftProposal(), 'submit', OTHER_ACTORS.desaUnbound, ctx)),
    ).toBe('out-of-scope');
    const districtScoped: Actor = { id: 'x', role: 'desa', regionCode: '35.14.01' };
    expect(refusal(transitionProposal(draftProposal(), 'submit', districtScoped, ctx))).toBe(
      'out-of-scope',
    );
  });

  it('lets a kecamatan officer act only within its district', () => {
    const submitted = proposalAt('musrenbang-desa', 'submitted');
    expect(
      refusal(transitionProposal(submitted, 'verify', ACTORS.kecamatan, { at })),
    ).toBeUndefined();
    expect(
      refusal(transitionProposal(submitted, 'verify', OTHER_ACTORS.kecamatanElsewhere, { at })),
    ).toBe('out-of-scope');
    const elsewhere = { ...submitted, regionCode: TUTUR_VILLAGE };
    expect(
      refusal(transitionProposal(elsewhere, 'reject', ACTORS.kecamatan, { at, reason: 'x' })),
    ).toBe('out-of-scope');
  });

  it('lets a kecamatan submit its own proposals for the district or a village in it', () => {
    const ctx = { at: OPEN_AT['musrenbang-kecamatan'], phases: SCHEDULE_2027 };
    for (const regionCode of ['35.14.01', GERBO]) {
      const proposal = draftProposal('musrenbang-kecamatan', { regionCode });
      expect(
        refusal(transitionProposal(proposal, 'submit', ACTORS.kecamatan, ctx)),
      ).toBeUndefined();
    }
    const outside = draftProposal('musrenbang-kecamatan', { regionCode: '35.14.02' });
    expect(refusal(transitionProposal(outside, 'submit', ACTORS.kecamatan, ctx))).toBe(
      'out-of-scope',
    );
  });

  it('lets OPD staff verify only proposals of a bidang urusan their OPD carries', () => {
    const atOpd = proposalAt('musrenbang-desa', 'verified-kecamatan');
    expect(
      refusal(transitionProposal(atOpd, 'verify', ACTORS.opd, { at, opd: DPUPR })),
    ).toBeUndefined();
    const koperasi = transitionProposal(atOpd, 'verify', OTHER_ACTORS.opdKoperasi, {
      at,
      opd: DISKOPUM,
    });
    expect(koperasi).toEqual({
      ok: false,
      error: {
        code: 'out-of-scope',
        message: {
          id: 'Bidang urusan 1.03 tidak diampu oleh perangkat daerah diskopum.',
          en: 'Bidang urusan 1.03 is not carried by agency diskopum.',
        },
      },
    });
    const umkm = { ...atOpd, bidangUrusan: '2.17' };
    expect(
      refusal(transitionProposal(umkm, 'verify', OTHER_ACTORS.opdKoperasi, { at, opd: DISKOPUM })),
    ).toBeUndefined();
  });

  it('refuses OPD staff when the OPD is unknown or is another OPD', () => {
    const atOpd = proposalAt('musrenbang-desa', 'verified-kecamatan');
    expect(refusal(transitionProposal(atOpd, 'verify', ACTORS.opd, { at }))).toBe('out-of-scope');
    expect(refusal(transitionProposal(atOpd, 'verify', ACTORS.opd, { at, opd: DISKOPUM }))).toBe(
      'out-of-scope',
    );
    const noOpdId: Actor = { id: 'x', role: 'opd' };
    expect(refusal(transitionProposal(atOpd, 'verify', noOpdId, { at, opd: DPUPR }))).toBe(
      'out-of-scope',
    );
  });

  it('lets Bappeda act regency-wide, or within its region when its token names one', () => {
    const atBappeda = proposalAt('musrenbang-desa', 'verified-opd');
    expect(
      refusal(transitionProposal(atBappeda, 'verify', ACTORS.bappeda, { at })),
    ).toBeUndefined();
    const scoped: Actor = { ...ACTORS.bappeda, regionCode: '35.14' };
    expect(refusal(transitionProposal(atBappeda, 'verify', scoped, { at }))).toBeUndefined();
    expect(
      refusal(transitionProposal(atBappeda, 'verify', OTHER_ACTORS.bappedaOtherRegency, { at })),
    ).toBe('out-of-scope');
  });
});

describe('transitionProposal: what each action requires', () => {
  const atKecamatan = proposalAt('musrenbang-desa', 'submitted');
  const atDecision = proposalAt('musrenbang-desa', 'verified-bappeda');
  const code = (result: ReturnType<typeof transitionProposal>) =>
    result.ok ? 'ok' : result.error.code;

  it('requires a reason to reject', () => {
    expect(code(transitionProposal(atKecamatan, 'reject', ACTORS.kecamatan))).toBe(
      'reason-required',
    );
    expect(
      code(transitionProposal(atKecamatan, 'reject', ACTORS.kecamatan, { reason: '  ' })),
    ).toBe('reason-required');
    expect(
      code(transitionProposal(atKecamatan, 'reject', ACTORS.kecamatan, { note: 'not a reason' })),
    ).toBe('reason-required');
    expect(
      code(transitionProposal(atKecamatan, 'reject', ACTORS.kecamatan, { reason: 'Ganda' })),
    ).toBe('ok');
  });

  it('requires a note to return', () => {
    expect(transitionProposal(atKecamatan, 'return', ACTORS.kecamatan)).toEqual({
      ok: false,
      error: {
        code: 'note-required',
        message: {
          id: 'Catatan perbaikan wajib diisi saat mengembalikan usulan.',
          en: 'A note on what to revise is required to return a proposal.',
        },
      },
    });
    expect(
      code(transitionProposal(atKecamatan, 'return', ACTORS.kecamatan, { note: 'Foto' })),
    ).toBe('ok');
  });

  it('requires a sub kegiatan of the proposal’s bidang and a pagu to accommodate', () => {
    const accommodate = (ctx: ProposalTransitionContext) =>
      code(transitionProposal(atDecision, 'accommodate', ACTORS.bappeda, ctx));
    expect(accommodate({ pagu: PAGU })).toBe('sub-kegiatan-required');
    expect(accommodate({ subKegiatan: SUB_KEGIATAN })).toBe('pagu-required');
    expect(accommodate({ subKegiatan: '2.17.03.2.01.0001', pagu: PAGU })).toBe('bidang-mismatch');
    expect(accommodate({ subKegiatan: '1.03.10.2.01', pagu: PAGU })).toBe('invalid-input');
    expect(accommodate({ subKegiatan: SUB_KEGIATAN, pagu: -1 })).toBe('invalid-input');
    expect(accommodate({ subKegiatan: SUB_KEGIATAN, pagu: 1.5 })).toBe('invalid-input');
    expect(accommodate({ subKegiatan: SUB_KEGIATAN, pagu: 0 })).toBe('ok');
    expect(accommodate({ subKegiatan: '1.03.10.2.01.01', pagu: PAGU })).toBe('ok');
  });

  it('bounds reasons and notes, naming the field in both languages', () => {
    const result = transitionProposal(atKecamatan, 'reject', ACTORS.kecamatan, {
      reason: 'x'.repeat(1001),
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: {
          id: 'reason: maksimal 1.000 karakter',
          en: 'reason: must be at most 1,000 characters',
        },
      },
    });
    expect(
      code(
        transitionProposal(atKecamatan, 'reject', ACTORS.kecamatan, { reason: 'x'.repeat(1000) }),
      ),
    ).toBe('ok');
    expect(
      code(
        transitionProposal(atKecamatan, 'verify', ACTORS.kecamatan, {
          internalNote: 'x'.repeat(2001),
        }),
      ),
    ).toBe('invalid-input');
  });

  it('refuses a time without an offset', () => {
    expect(
      code(
        transitionProposal(atKecamatan, 'verify', ACTORS.kecamatan, { at: '2026-01-15T09:00:00' }),
      ),
    ).toBe('invalid-input');
  });
});

describe('transitionProposal: the planning calendar', () => {
  const submit = (proposal: ProposalType, actor: Actor, at: string, phases = SCHEDULE_2027) =>
    transitionProposal(proposal, 'submit', actor, { at, phases, opd: DPUPR });

  it('accepts desa proposals only while the desa/kelurahan Musrenbang is open (local date, WIB)', () => {
    const draft = draftProposal();
    expect(submit(draft, ACTORS.desa, '2026-01-01T00:00:00+07:00').ok).toBe(true);
    expect(submit(draft, ACTORS.desa, '2026-01-31T16:59:59Z').ok).toBe(true); // 23:59:59 WIB
    const late = submit(draft, ACTORS.desa, '2026-01-31T17:00:00Z'); // 1 Feb 00:00 WIB
    expect(late).toEqual({
      ok: false,
      error: {
        code: 'phase-closed',
        message: {
          id: 'Usulan Musrenbang Desa/Kelurahan untuk RKPD 2027 hanya dapat diajukan selama tahap Musrenbang Desa/Kelurahan, 1 Januari 2026 sampai 31 Januari 2026; tanggal pengajuan 1 Februari 2026.',
          en: 'Proposals from the village Musrenbang for the 2027 RKPD can only be submitted during the Village Musrenbang (desa/kelurahan) phase, 1 January 2026 to 31 January 2026; submitted on 1 February 2026.',
        },
      },
    });
    expect(submit(draft, ACTORS.desa, '2025-12-31T23:59:59+07:00')).toMatchObject({
      ok: false,
      error: { code: 'phase-closed' },
    });
  });

  it('reads the date in the proposal’s own time zone (WIT in Papua)', () => {
    const papua = draftProposal('musrenbang-desa', {
      regionCode: '91.03.01.3007',
      location: undefined,
    });
    const actor: Actor = { id: 'desa-yoboi', role: 'desa', regionCode: '91.03.01.3007' };
    const instant = '2026-01-31T15:30:00Z'; // 22:30 WIB, but 00:30 on 1 February WIT
    expect(submit(draftProposal(), ACTORS.desa, instant).ok).toBe(true);
    expect(submit(papua, actor, instant)).toMatchObject({
      ok: false,
      error: { code: 'phase-closed' },
    });
  });

  it('accepts kecamatan and OPD proposals during their own stage', () => {
    const kecamatan = draftProposal('musrenbang-kecamatan');
    expect(submit(kecamatan, ACTORS.kecamatan, '2026-02-01T08:00:00+07:00').ok).toBe(true);
    expect(submit(kecamatan, ACTORS.kecamatan, '2026-01-31T08:00:00+07:00').ok).toBe(false);
    const opd = draftProposal('opd');
    expect(submit(opd, ACTORS.opd, '2026-02-15T08:00:00+07:00').ok).toBe(true);
    expect(submit(opd, ACTORS.opd, '2026-03-15T08:00:00+07:00').ok).toBe(true);
    expect(submit(opd, ACTORS.opd, '2026-03-16T08:00:00+07:00').ok).toBe(false);
  });

  it('takes pokir until they are due, before the kabupaten Musrenbang', () => {
    const pokir = draftProposal('pokir');
    expect(submit(pokir, ACTORS.bappeda, '2025-11-20T08:00:00+07:00').ok).toBe(true);
    expect(submit(pokir, ACTORS.bappeda, '2026-03-09T23:00:00+07:00').ok).toBe(true);
    expect(submit(pokir, ACTORS.bappeda, '2026-03-10T08:00:00+07:00')).toEqual({
      ok: false,
      error: {
        code: 'phase-closed',
        message: {
          id: 'Pokok pikiran DPRD untuk RKPD 2027 harus diajukan paling lambat 9 Maret 2026, sebelum Musrenbang Kabupaten dibuka pada 16 Maret 2026; tanggal pengajuan 10 Maret 2026.',
          en: 'DPRD pokok pikiran (pokir) for the 2027 RKPD are due by 9 March 2026, before the Regency Musrenbang (kabupaten) opens on 16 March 2026; submitted on 10 March 2026.',
        },
      },
    });
  });

  it('takes a returned proposal back until the kabupaten Musrenbang closes', () => {
    const returned = draftProposal('musrenbang-desa', { status: 'returned' });
    expect(submit(returned, ACTORS.desa, '2026-03-31T20:00:00+07:00').ok).toBe(true);
    const late = submit(returned, ACTORS.desa, '2026-04-01T08:00:00+07:00');
    expect(late).toMatchObject({ ok: false, error: { code: 'phase-closed' } });
    if (!late.ok) expect(late.error.message.id).toContain('31 Maret 2026');
  });

  it('needs the schedule of the proposal’s own year', () => {
    const draft = draftProposal();
    expect(
      transitionProposal(draft, 'submit', ACTORS.desa, { at: OPEN_AT['musrenbang-desa'] }),
    ).toMatchObject({ ok: false, error: { code: 'schedule-required' } });
    expect(
      submit(draft, ACTORS.desa, OPEN_AT['musrenbang-desa'], defaultPlanningSchedule(2028)),
    ).toMatchObject({ ok: false, error: { code: 'schedule-mismatch' } });
  });

  it('does not gate verification on the calendar', () => {
    const submitted = proposalAt('musrenbang-desa', 'submitted');
    expect(
      transitionProposal(submitted, 'verify', ACTORS.kecamatan, { at: '2026-07-01T08:00:00+07:00' })
        .ok,
    ).toBe(true);
  });
});

describe('availableActions', () => {
  const actions = (list: ReturnType<typeof availableActions>) => list.map((a) => a.action);

  it('offers the proposer a submission only while its window is open', () => {
    const draft = draftProposal();
    expect(
      availableActions(draft, ACTORS.desa, {
        at: OPEN_AT['musrenbang-desa'],
        phases: SCHEDULE_2027,
      }),
    ).toEqual([{ action: 'submit', to: 'submitted', requires: [] }]);
    expect(
      availableActions(draft, ACTORS.desa, {
        at: '2026-02-02T08:00:00+07:00',
        phases: SCHEDULE_2027,
      }),
    ).toEqual([]);
    expect(availableActions(draft, ACTORS.desa, { at: OPEN_AT['musrenbang-desa'] })).toEqual([]);
  });

  it('offers the verifier its three choices, with what each requires', () => {
    expect(availableActions(proposalAt('musrenbang-desa', 'submitted'), ACTORS.kecamatan)).toEqual([
      { action: 'verify', to: 'verified-kecamatan', requires: [] },
      { action: 'reject', to: 'rejected', requires: ['reason'] },
      { action: 'return', to: 'returned', requires: ['note'] },
    ]);
    expect(actions(availableActions(proposalAt('opd', 'verified-bappeda'), ACTORS.admin))).toEqual([
      'accommodate',
      'reject',
      'return',
    ]);
  });

  it('offers nothing out of scope, to the wrong role, or on a final status', () => {
    const submitted = proposalAt('musrenbang-desa', 'submitted');
    expect(availableActions(submitted, OTHER_ACTORS.kecamatanElsewhere)).toEqual([]);
    expect(availableActions(submitted, ACTORS.opd, { opd: DPUPR })).toEqual([]);
    expect(availableActions(proposalAt('pokir', 'rejected'), ACTORS.admin)).toEqual([]);
  });
});

describe('createProposal and updateProposal', () => {
  const body = {
    source: 'musrenbang-desa' as const,
    fiscalYear: 2027,
    regionCode: GERBO,
    bidangUrusan: '1.03',
    title: 'Pengaspalan jalan dusun Krajan',
    problem: 'Jalan dusun rusak dan tergenang saat hujan.',
    volume: 1.2,
    unit: 'km',
    estimatedCost: 600_000_000,
    priority: 1,
    contactPerson: { name: 'Siti Aminah', phone: '+6281234567890' },
  };
  const at = '2026-01-05T08:00:00+07:00';

  it('creates a draft owned by the calling office', () => {
    const result = createProposal(body, ACTORS.desa, { id: 'usl-1', at });
    expect(result).toMatchObject({
      ok: true,
      value: {
        id: 'usl-1',
        status: 'draft',
        history: [],
        photos: [],
        proposer: ACTORS.desa,
        createdAt: at,
      },
    });
  });

  it('refuses a proposer of the wrong role or outside its scope', () => {
    expect(createProposal(body, ACTORS.kecamatan, { id: 'usl-1', at })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-role' },
    });
    expect(createProposal(body, OTHER_ACTORS.desaElsewhere, { id: 'usl-1', at })).toMatchObject({
      ok: false,
      error: { code: 'out-of-scope' },
    });
    expect(
      createProposal({ ...body, source: 'opd' }, ACTORS.opd, { id: 'usl-1', at, opd: DISKOPUM }),
    ).toMatchObject({ ok: false, error: { code: 'out-of-scope' } });
    expect(
      createProposal({ ...body, source: 'pokir' }, ACTORS.admin, { id: 'usl-1', at }),
    ).toMatchObject({ ok: true });
  });

  it('refuses a record the schema would refuse, with messages in both languages', () => {
    const result = createProposal(body, ACTORS.desa, { id: 'Not An Id', at });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.message.en).toContain('id:');
  });

  it('edits a draft, clearing fields set to null', () => {
    const result = updateProposal(
      draftProposal(),
      { priority: 2, location: null, contactPerson: null },
      ACTORS.desa,
      { at },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.priority).toBe(2);
    expect(result.value).not.toHaveProperty('location');
    expect(result.value).not.toHaveProperty('contactPerson');
    expect(result.value.updatedAt).toBe(at);
  });

  it('changes only editable fields, even when given more', () => {
    const sneaky = { priority: 2, status: 'accommodated', source: 'pokir' } as never;
    const result = updateProposal(draftProposal(), sneaky, ACTORS.desa, { at });
    expect(result).toMatchObject({
      ok: true,
      value: { priority: 2, status: 'draft', source: 'musrenbang-desa' },
    });
  });

  it('edits only drafts and returned proposals', () => {
    for (const status of ProposalStatus.options) {
      const result = updateProposal(
        proposalAt('musrenbang-desa', status),
        { priority: 3 },
        ACTORS.desa,
      );
      expect(result.ok, status).toBe(status === 'draft' || status === 'returned');
      if (!result.ok) expect(result.error.code).toBe('wrong-stage');
    }
  });

  it('does not let a desa operator move a proposal to another village', () => {
    expect(
      updateProposal(draftProposal(), { regionCode: TUTUR_VILLAGE }, ACTORS.desa),
    ).toMatchObject({
      ok: false,
      error: { code: 'out-of-scope' },
    });
    expect(updateProposal(draftProposal(), { priority: 2 }, ACTORS.kecamatan)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-role' },
    });
  });

  it('keeps cross-field rules: a sub kegiatan must lie under the bidang', () => {
    const result = updateProposal(draftProposal(), { bidangUrusan: '1.04' }, ACTORS.desa);
    expect(result.ok).toBe(true);
    const mismatch = updateProposal(
      draftProposal('musrenbang-desa', { subKegiatan: SUB_KEGIATAN }),
      { bidangUrusan: '1.04' },
      ACTORS.desa,
    );
    expect(mismatch).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!mismatch.ok) {
      expect(mismatch.error.message.id).toBe(
        'subKegiatan: sub kegiatan harus berada di bawah bidang urusan usulan',
      );
    }
  });
});

describe('properties', () => {
  const actorPool: Actor[] = [...Object.values(ACTORS), ...Object.values(OTHER_ACTORS)];
  const times = [
    '2025-12-15T08:00:00+07:00',
    ...Object.values(OPEN_AT),
    '2026-03-20T08:00:00+07:00',
    '2026-04-15T08:00:00+07:00',
    '2026-01-31T17:00:00Z',
    'not a time',
  ];
  const mostly = <T>(good: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>) =>
    fc.option(fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: hostile, weight: 1 }), {
      nil: undefined,
    });
  /**
   * One step: a random action by a random actor, or (guided) a move an in-scope actor is
   * offered, mostly the forward one, so that sequences get past the first stages. Requirements are mostly given,
   * sometimes missing or hostile.
   */
  const step = fc.record({
    guided: fc.boolean(),
    pick: fc.nat(),
    action: fc.constantFrom(...ProposalAction.options),
    actor: fc.constantFrom(...actorPool),
    at: fc.constantFrom(...times),
    reason: mostly(fc.constant('Tidak prioritas'), fc.string({ maxLength: 3 })),
    note: mostly(fc.constant('Perbaiki RAB'), fc.string({ maxLength: 3 })),
    subKegiatan: mostly(
      fc.constant(SUB_KEGIATAN),
      fc.constantFrom('2.17.03.2.01.0001', '1.03', 'x'),
    ),
    pagu: mostly(fc.nat(), fc.constantFrom(-5, 0.5, Number.NaN)),
    phases: mostly(fc.constant(SCHEDULE_2027), fc.constant(defaultPlanningSchedule(2028))),
    opd: mostly(fc.constant(DPUPR), fc.constant(DISKOPUM)),
  });

  it('random actions by random actors stay inside the machine and never throw', () => {
    const finalStatuses = new Set<ProposalStatus>();
    fc.assert(
      fc.property(
        fc.constantFrom(...ProposalSource.options),
        fc.array(step, { maxLength: 30 }),
        (source, steps) => {
          let proposal = draftProposal(source);
          for (const { guided, pick, ...random } of steps) {
            const { action: randomAction, actor: randomActor, ...ctx } = random;
            let actor: Actor = randomActor;
            let action: ProposalAction = randomAction;
            if (guided) {
              const offers = Object.values(ACTORS).flatMap((candidate) =>
                availableActions(proposal, candidate, ctx).map((offer) => ({ candidate, offer })),
              );
              // Mostly the forward move (offers list it first), sometimes any of them.
              const chosen = pick % 4 === 0 ? offers[pick % Math.max(offers.length, 1)] : offers[0];
              if (chosen) {
                actor = chosen.candidate;
                action = chosen.offer.action;
              }
            }
            const offered = availableActions(proposal, actor, ctx).map((a) => a.action);
            const result = transitionProposal(proposal, action, actor, ctx);
            if (!result.ok) {
              expect(ProposalErrorCode.options).toContain(result.error.code);
              expect(result.error.message.id.length).toBeGreaterThan(0);
              expect(result.error.message.en.length).toBeGreaterThan(0);
              continue;
            }
            const next = result.value;
            expect(next.status).toBe(expectedTarget(source, proposal.status, action, actor.role));
            expect(offered).toContain(action);
            expect(next.history).toHaveLength(proposal.history.length + 1);
            expect(next.history.at(-1)).toMatchObject({
              actorId: actor.id,
              role: actor.role,
              action,
              from: proposal.status,
              to: next.status,
            });
            expect(Proposal.safeParse(next).success).toBe(true);
            proposal = next;
          }
          finalStatuses.add(proposal.status);
        },
      ),
      { numRuns: 400 },
    );
    // The generator does reach the far ends of the machine, not just the draft.
    expect(finalStatuses).toContain('accommodated');
    expect(finalStatuses).toContain('rejected');
    expect(finalStatuses).toContain('returned');
  });

  it('hostile actors, actions, statuses and sources give a typed error, never a throw', () => {
    const hostileActor = fc.oneof(
      fc.anything(),
      fc.record({
        id: fc.oneof(fc.string(), fc.constant('')),
        role: fc.constantFrom(...ROLES, 'dprd', undefined),
        regionCode: fc.option(fc.oneof(fc.string(), fc.constantFrom(GERBO, '35.14.01')), {
          nil: undefined,
        }),
        opdId: fc.option(fc.constantFrom('dpupr', ''), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(
        hostileActor,
        fc.oneof(fc.constantFrom(...ProposalAction.options), fc.anything()),
        fc.constantFrom(...ProposalStatus.options, 'archived', undefined),
        fc.constantFrom(...ProposalSource.options, 'hibah'),
        fc.constantFrom(GERBO, '35.14', 3514, undefined),
        fc.constantFrom('1.03', '2.17', 1.03, null),
        (actor, action, status, source, regionCode, bidangUrusan) => {
          const proposal = {
            ...draftProposal(),
            status,
            source,
            regionCode,
            bidangUrusan,
          } as unknown as ProposalType;
          const ctx = fullContext('musrenbang-desa');
          const results = [
            transitionProposal(proposal, action as ProposalAction, actor as Actor, ctx),
            updateProposal(proposal, { priority: 2 }, actor as Actor, ctx),
            createProposal({ ...proposal, contactPerson: undefined } as never, actor as Actor, {
              ...ctx,
              id: 'usl-x',
            }),
          ];
          for (const result of results) {
            if (!result.ok) expect(ProposalErrorCode.options).toContain(result.error.code);
          }
          expect(Array.isArray(availableActions(proposal, actor as Actor, ctx))).toBe(true);
        },
      ),
    );
  });

  it('every action offered succeeds once its requirements are given', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ProposalSource.options),
        fc.constantFrom(...ProposalStatus.options),
        fc.constantFrom(...actorPool),
        fc.constantFrom(...times.slice(0, -1)),
        fc.option(fc.constantFrom(DPUPR, DISKOPUM), { nil: undefined }),
        (source, status, actor, at, opd) => {
          const proposal = proposalAt(source, status);
          const ctx = { at, phases: SCHEDULE_2027, opd };
          for (const { action } of availableActions(proposal, actor, ctx)) {
            const result = transitionProposal(proposal, action, actor, {
              ...ctx,
              reason: 'Alasan',
              note: 'Catatan',
              subKegiatan: SUB_KEGIATAN,
              pagu: PAGU,
            });
            expect(result.ok).toBe(true);
          }
        },
      ),
    );
  });
});

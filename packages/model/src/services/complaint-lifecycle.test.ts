import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../common/i18n.js';
import { NATIONAL_CALENDAR } from '../common/working-days.js';
import {
  Complaint,
  ComplaintCreate,
  ComplaintListQuery,
  ComplaintPublic,
  type ComplaintStatus,
  type ComplaintTransitionRequest,
} from './complaint.js';
import {
  allowedComplaintActions,
  complaintDeadlines,
  complaintForActor,
  isComplaintContentPublic,
  openComplaint,
  toComplaintPublic,
  transitionComplaint,
} from './complaint-lifecycle.js';
import { ADMIN, BAPPEDA, CITIZEN, complaint, DESA, DINKES, DPUPR, KECAMATAN } from './fixtures.js';
import type { ServicesActor } from './shared.js';

const NOW = '2026-03-17T10:00:00+07:00';
const cal = NATIONAL_CALENDAR;
const WIB = 'Asia/Jakarta';
const OPD_NAMES: Record<string, string> = {
  dpupr: 'Dinas Pekerjaan Umum dan Penataan Ruang',
  dinkes: 'Dinas Kesehatan',
};
const publicOptions = {
  lang: 'id' as const,
  calendar: cal,
  timeZone: WIB,
  opdName: (id: string) => OPD_NAMES[id],
};

const STATUSES: ComplaintStatus[] = [
  'received',
  'needs-info',
  'verified',
  'dispatched',
  'in-progress',
  'resolved',
  'closed',
  'rejected',
];

const BODIES: Record<ComplaintTransitionRequest['action'], ComplaintTransitionRequest> = {
  verify: { action: 'verify' },
  'request-info': { action: 'request-info', reason: 'Mohon sebutkan nama jalan' },
  'provide-info': { action: 'provide-info', information: 'Jl. Raya Gerbo km 2' },
  reject: { action: 'reject', grounds: 'bukan-wewenang', reason: 'Jalan nasional: wewenang BBPJN' },
  dispatch: { action: 'dispatch', opdId: 'dinkes' },
  return: { action: 'return', reason: 'Bukan bidang kami' },
  start: { action: 'start', publicNote: 'Tim survei dijadwalkan' },
  respond: { action: 'respond', publicNote: 'Menunggu material' },
  resolve: { action: 'resolve', publicNote: 'Lubang sudah ditambal' },
  reopen: { action: 'reopen', reason: 'Tambalan sudah rusak lagi' },
  confirm: { action: 'confirm' },
  close: { action: 'close' },
};

type Who = 'admin' | 'assigned-opd' | 'other-opd' | 'citizen' | 'bappeda' | 'kecamatan' | 'desa';
const ACTORS: Record<Who, ServicesActor> = {
  admin: ADMIN,
  'assigned-opd': DPUPR,
  'other-opd': DINKES,
  citizen: CITIZEN,
  bappeda: BAPPEDA,
  kecamatan: KECAMATAN,
  desa: DESA,
};

/** The legal moves, written out from the brief and SP4N-LAPOR! (not from the code). */
const LEGAL: Record<string, { from: ComplaintStatus[]; to: ComplaintStatus | 'same'; by: Who[] }> =
  {
    verify: { from: ['received'], to: 'verified', by: ['admin'] },
    'request-info': { from: ['received'], to: 'needs-info', by: ['admin'] },
    'provide-info': { from: ['needs-info'], to: 'received', by: ['citizen'] },
    reject: { from: ['received', 'needs-info', 'verified'], to: 'rejected', by: ['admin'] },
    dispatch: { from: ['verified', 'dispatched', 'in-progress'], to: 'dispatched', by: ['admin'] },
    return: { from: ['dispatched', 'in-progress'], to: 'verified', by: ['assigned-opd'] },
    start: { from: ['dispatched'], to: 'in-progress', by: ['assigned-opd'] },
    respond: { from: ['in-progress'], to: 'same', by: ['assigned-opd'] },
    resolve: { from: ['in-progress'], to: 'resolved', by: ['assigned-opd'] },
    reopen: { from: ['resolved'], to: 'in-progress', by: ['citizen', 'admin'] },
    confirm: { from: ['resolved'], to: 'closed', by: ['citizen'] },
    close: { from: ['resolved'], to: 'closed', by: ['admin'] },
  };

const WITH_OPD: ComplaintStatus[] = ['dispatched', 'in-progress', 'resolved', 'closed'];

/** A stored report in `status`, assigned to DPUPR once it has been dispatched. */
function at(status: ComplaintStatus) {
  return complaint({ status, ...(WITH_OPD.includes(status) && { opdId: 'dpupr' }) });
}

describe('transitionComplaint: every move by every role', () => {
  const cases = STATUSES.flatMap((status) =>
    Object.keys(BODIES).flatMap((action) =>
      (Object.keys(ACTORS) as Who[]).map((who) => [status, action, who] as const),
    ),
  );

  it.each(cases)('%s --%s--> by %s', (status, action, who) => {
    const legal = LEGAL[action];
    if (!legal) throw new Error(action);
    const body = BODIES[action as ComplaintTransitionRequest['action']];
    const before = at(status);
    const result = transitionComplaint(before, body, ACTORS[who], { now: NOW });
    // Before dispatch no OPD holds the report, so DPUPR is just another OPD.
    const role = who === 'assigned-opd' && !WITH_OPD.includes(status) ? 'other-opd' : who;
    if (!legal.by.includes(role)) {
      const opdMayAct = legal.by.includes('assigned-opd');
      const code = role === 'other-opd' && opdMayAct ? 'not-assigned' : 'forbidden';
      expect(result).toMatchObject({ ok: false, error: { code } });
    } else if (!legal.from.includes(status)) {
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-transition' } });
    } else {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const to = legal.to === 'same' ? status : legal.to;
      expect(result.value.status).toBe(to);
      expect(result.value.history.at(-1)).toMatchObject({ action, from: status, to, at: NOW });
      expect(Complaint.safeParse(result.value).success).toBe(true);
    }
  });

  it('lets an OPD act only on reports assigned to it', () => {
    expect(allowedComplaintActions(at('dispatched'), DPUPR)).toEqual(['return', 'start']);
    expect(allowedComplaintActions(at('dispatched'), DINKES)).toEqual([]);
    expect(allowedComplaintActions(at('verified'), DPUPR)).toEqual([]);
    expect(allowedComplaintActions(at('received'), ADMIN)).toEqual([
      'verify',
      'request-info',
      'reject',
    ]);
    expect(allowedComplaintActions(at('resolved'), CITIZEN)).toEqual(['reopen', 'confirm']);
  });
});

describe('dispatch, return and reasons', () => {
  it('assigns the OPD on dispatch and clears it on return', () => {
    const dispatched = transitionComplaint(
      at('verified'),
      { action: 'dispatch', opdId: 'dpupr' },
      ADMIN,
      { now: NOW },
    );
    expect(dispatched.ok && dispatched.value.opdId).toBe('dpupr');
    if (!dispatched.ok) return;
    const returned = transitionComplaint(
      dispatched.value,
      { action: 'return', reason: 'Saluran irigasi: wewenang DPUPR bidang SDA, bukan Bina Marga' },
      DPUPR,
      { now: '2026-03-17T11:00:00+07:00' },
    );
    expect(returned.ok).toBe(true);
    if (!returned.ok) return;
    expect(returned.value.status).toBe('verified');
    expect(returned.value).not.toHaveProperty('opdId');
  });

  it('refuses to dispatch a report to the OPD that already has it', () => {
    expect(
      transitionComplaint(at('in-progress'), { action: 'dispatch', opdId: 'dpupr' }, ADMIN, {
        now: NOW,
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'opdId' } });
  });

  it('requires grounds and a reason to reject, a public note to resolve', () => {
    const missing = [
      { action: 'reject', reason: 'x' },
      { action: 'reject', grounds: 'duplikat', reason: '' },
      { action: 'resolve' },
      { action: 'request-info', reason: ' ' },
    ] as unknown as ComplaintTransitionRequest[];
    for (const body of missing) {
      const actor = body.action === 'resolve' ? DPUPR : ADMIN;
      const status = body.action === 'resolve' ? 'in-progress' : 'received';
      expect(transitionComplaint(at(status), body, actor, { now: NOW })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
  });
});

describe('verification may make a report confidential (LAPOR! practice)', () => {
  it('hides the content of a public report that names other people', () => {
    const verified = transitionComplaint(
      complaint(),
      { action: 'verify', privacy: 'confidential' },
      ADMIN,
      { now: NOW },
    );
    expect(verified.ok && verified.value.privacy).toBe('confidential');
    if (!verified.ok) return;
    expect(toComplaintPublic(verified.value, publicOptions)).not.toHaveProperty('description');
    expect(isComplaintContentPublic(verified.value)).toBe(false);
  });

  it('cannot turn an anonymous report into a confidential one (no identity to keep)', () => {
    const { reporter: _r, ...anonymous } = complaint({ privacy: 'anonymous' });
    expect(
      transitionComplaint(anonymous, { action: 'verify', privacy: 'confidential' }, ADMIN, {
        now: NOW,
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'privacy' } });
  });
});

describe('complaintDeadlines (SP4N-LAPOR!: 3, 5 and 10 working days)', () => {
  it('counts verification from receipt across Nyepi and Idulfitri 2026', () => {
    // Received Monday 16 March; 18–24 March are off: 17, 25, 26.
    const deadlines = complaintDeadlines(complaint(), cal, WIB);
    expect(deadlines).toEqual({
      verification: { ok: true, value: '2026-03-26' },
      followUp: null,
      confirmation: null,
    });
  });

  it('counts a report filed on Idulfitri from the next working day', () => {
    const filed = complaint({
      createdAt: '2026-03-21T08:00:00+07:00',
      history: [
        { action: 'submit', to: 'received', at: '2026-03-21T08:00:00+07:00', actor: CITIZEN },
      ],
    });
    expect(complaintDeadlines(filed, cal, WIB).verification).toEqual({
      ok: true,
      value: '2026-03-30',
    });
  });

  it('counts follow-up from the latest dispatch and confirmation from the resolution', () => {
    const history = [
      { action: 'submit', to: 'received', at: '2026-03-16T10:00:00+07:00', actor: CITIZEN },
      {
        action: 'verify',
        from: 'received',
        to: 'verified',
        at: '2026-03-17T09:00:00+07:00',
        actor: ADMIN,
      },
      {
        action: 'dispatch',
        from: 'verified',
        to: 'dispatched',
        at: '2026-03-17T09:05:00+07:00',
        actor: ADMIN,
        opdId: 'dpupr',
      },
      {
        action: 'start',
        from: 'dispatched',
        to: 'in-progress',
        at: '2026-03-27T09:00:00+07:00',
        actor: DPUPR,
      },
      {
        action: 'resolve',
        from: 'in-progress',
        to: 'resolved',
        at: '2026-04-02T14:00:00+07:00',
        actor: DPUPR,
        publicNote: 'Sudah ditambal',
      },
    ] as const;
    const resolved = complaint({ status: 'resolved', opdId: 'dpupr', history: [...history] });
    expect(complaintDeadlines(resolved, cal, WIB)).toEqual({
      verification: { ok: true, value: '2026-03-26' },
      // 17 March + 5: 25, 26, 27, 30, 31.
      followUp: { ok: true, value: '2026-03-31' },
      // 2 April + 10: 3 April is Good Friday; 6–10, 13–17 April.
      confirmation: { ok: true, value: '2026-04-17' },
    });
  });

  it('says a deadline in 2027 cannot be computed yet', () => {
    const late = complaint({
      status: 'dispatched',
      opdId: 'dpupr',
      createdAt: '2026-12-22T10:00:00+07:00',
      history: [
        { action: 'submit', to: 'received', at: '2026-12-22T10:00:00+07:00', actor: CITIZEN },
        {
          action: 'verify',
          from: 'received',
          to: 'verified',
          at: '2026-12-23T10:00:00+07:00',
          actor: ADMIN,
        },
        {
          action: 'dispatch',
          from: 'verified',
          to: 'dispatched',
          at: '2026-12-23T10:05:00+07:00',
          actor: ADMIN,
          opdId: 'dpupr',
        },
      ],
    });
    const deadlines = complaintDeadlines(late, cal, WIB);
    // 22 Dec + 3: 23, 28, 29 (24–27 December are off).
    expect(deadlines.verification).toEqual({ ok: true, value: '2026-12-29' });
    expect(deadlines.followUp).toMatchObject({ ok: false, year: 2027 });
    const view = toComplaintPublic(late, publicOptions);
    expect(view.dueDates.followUp).toEqual({
      kind: 'unavailable',
      year: 2027,
      reason: expect.stringContaining('2027'),
    });
  });
});

describe('toComplaintPublic: the public timeline', () => {
  function handled(privacy: 'public' | 'confidential' | 'anonymous') {
    const { reporter, ...content } = complaint({ privacy });
    let c: Complaint = privacy === 'anonymous' ? content : { ...content, reporter };
    const steps: [ComplaintTransitionRequest, ServicesActor, string][] = [
      [
        { action: 'verify', internalNote: 'pelapor warga Gerbo' },
        ADMIN,
        '2026-03-17T09:00:00+07:00',
      ],
      [{ action: 'dispatch', opdId: 'dpupr' }, ADMIN, '2026-03-17T09:05:00+07:00'],
      [{ action: 'start', publicNote: 'Survei lokasi' }, DPUPR, '2026-03-25T09:00:00+07:00'],
      [{ action: 'respond', publicNote: 'Material dipesan' }, DPUPR, '2026-03-26T09:00:00+07:00'],
    ];
    for (const [body, actor, now] of steps) {
      const next = transitionComplaint(c, body, actor, { now });
      if (!next.ok) throw new Error(JSON.stringify(next.error));
      c = next.value;
    }
    return c;
  }

  it('shows a verified public report with its timeline, OPD and due dates', () => {
    const view = toComplaintPublic(handled('public'), publicOptions);
    expect(ComplaintPublic.safeParse(view).success).toBe(true);
    expect(view).toMatchObject({
      trackingNumber: 'ADU-3514-2026-000123',
      title: 'Jalan berlubang di depan SDN 1 Gerbo',
      districtCode: '35.14.01',
      status: 'in-progress',
      statusLabel: 'Sedang ditindaklanjuti',
      opd: { id: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' },
      dueDates: {
        verification: { kind: 'date', date: '2026-03-26' },
        followUp: { kind: 'date', date: '2026-03-31' },
        confirmation: null,
      },
    });
    expect(view.timeline.map((e) => [e.status, e.note, e.opd?.id])).toEqual([
      ['received', undefined, undefined],
      ['verified', undefined, undefined],
      ['dispatched', undefined, 'dpupr'],
      ['in-progress', 'Survei lokasi', 'dpupr'],
      ['in-progress', 'Material dipesan', 'dpupr'],
    ]);
  });

  it('never carries the reporter, contacts, village or internal notes', () => {
    for (const privacy of ['public', 'confidential', 'anonymous'] as const) {
      for (const audience of ['public', 'reporter'] as const) {
        const json = JSON.stringify(
          toComplaintPublic(handled(privacy), { ...publicOptions, audience }),
        );
        for (const secret of [
          'Budi',
          '+6281398765432',
          'budi@example.com',
          '35.14.01.2001',
          'pelapor warga',
        ]) {
          expect(json).not.toContain(secret);
        }
        expect(json).not.toMatch(/"(reporter|phone|email|nik|name)":\s*"(?!Dinas)/);
      }
    }
  });

  it('hides a confidential report’s content and notes from the public, not from its reporter', () => {
    const report = handled('confidential');
    const view = toComplaintPublic(report, publicOptions);
    expect(view).not.toHaveProperty('title');
    expect(view).not.toHaveProperty('description');
    expect(view).not.toHaveProperty('location');
    expect(view.timeline.some((e) => e.note !== undefined)).toBe(false);
    const own = toComplaintPublic(report, { ...publicOptions, audience: 'reporter' });
    expect(own.title).toBe(report.title);
    expect(own.timeline.map((e) => e.note).filter(Boolean)).toEqual([
      'Survei lokasi',
      'Material dipesan',
    ]);
  });

  it('publishes content only after verification, and never of a rejected report', () => {
    expect(isComplaintContentPublic(complaint())).toBe(false);
    expect(toComplaintPublic(complaint(), publicOptions)).not.toHaveProperty('description');
    const rejected = transitionComplaint(
      complaint(),
      {
        action: 'reject',
        grounds: 'bukan-wewenang',
        reason: 'Jalan provinsi: wewenang Dinas PU Bina Marga Jatim',
      },
      ADMIN,
      { now: NOW },
    );
    if (!rejected.ok) throw new Error('reject failed');
    const view = toComplaintPublic(rejected.value, { ...publicOptions, lang: 'en' });
    expect(view).toMatchObject({
      status: 'rejected',
      statusLabel: 'Not processed',
      rejectionGrounds: 'bukan-wewenang',
    });
    expect(view).not.toHaveProperty('title');
    expect(view.timeline.at(-1)?.note).toContain('Bina Marga');
  });
});

describe('complaintForActor', () => {
  const dispatched = (privacy: 'public' | 'confidential') =>
    complaint({
      privacy,
      status: 'dispatched',
      opdId: 'dpupr',
      history: [
        { action: 'submit', to: 'received', at: NOW, actor: CITIZEN },
        {
          action: 'provide-info',
          from: 'needs-info',
          to: 'received',
          at: NOW,
          actor: CITIZEN,
          internalNote: 'Saya Budi, rumah saya di depan lubang',
        },
      ],
    });

  it('gives the admin everything and the assigned OPD the reporter of a public report', () => {
    expect(complaintForActor(dispatched('confidential'), ADMIN)?.reporter?.name).toBe(
      'Budi Santoso',
    );
    expect(complaintForActor(dispatched('public'), DPUPR)?.reporter?.name).toBe('Budi Santoso');
  });

  it('keeps a confidential reporter, and their own words, from the OPD', () => {
    const seen = complaintForActor(dispatched('confidential'), DPUPR);
    expect(seen).toBeDefined();
    expect(seen).not.toHaveProperty('reporter');
    expect(JSON.stringify(seen)).not.toContain('Budi');
    expect(Complaint.safeParse(seen).success).toBe(false); // reporter is required unless anonymous
  });

  it('shows nothing to other OPDs and other roles', () => {
    for (const actor of [DINKES, BAPPEDA, KECAMATAN, DESA, CITIZEN]) {
      expect(complaintForActor(dispatched('public'), actor)).toBeUndefined();
    }
  });
});

describe('ComplaintCreate', () => {
  const base = {
    kind: 'pengaduan',
    category: 'kebersihan',
    title: 'Sampah menumpuk',
    description: 'TPS liar di tepi sungai.',
    regionCode: '35.14.01',
  };

  it('defaults to a public report, which needs a reachable reporter', () => {
    expect(validate(ComplaintCreate, base, 'en')).toMatchObject({
      success: false,
      errors: [{ path: 'reporter' }],
    });
    expect(validate(ComplaintCreate, { ...base, reporter: { name: 'Budi' } }, 'en')).toMatchObject({
      success: false,
      errors: [
        {
          path: 'reporter',
          message: expect.stringContaining('phone number or an e-mail'),
        },
      ],
    });
    const ok = ComplaintCreate.parse({ ...base, reporter: { phone: '0813 9876 5432' } });
    expect(ok).toMatchObject({
      privacy: 'public',
      photoIds: [],
      reporter: { phone: '+6281398765432' },
    });
  });

  it('stores no identity for an anonymous report', () => {
    expect(ComplaintCreate.safeParse({ ...base, privacy: 'anonymous' }).success).toBe(true);
    expect(
      ComplaintCreate.safeParse({
        ...base,
        privacy: 'anonymous',
        reporter: { email: 'a@example.com' },
      }).success,
    ).toBe(false);
    const opened = openComplaint(ComplaintCreate.parse({ ...base, privacy: 'anonymous' }), {
      id: 'adu-2',
      trackingNumber: 'ADU-3514-2026-000124',
      now: NOW,
      channel: 'web',
    });
    expect(opened).not.toHaveProperty('reporter');
    expect(Complaint.safeParse(opened).success).toBe(true);
  });

  it('bounds the text (Open311: 4000 characters) and the photos', () => {
    const anonymous = { ...base, privacy: 'anonymous' };
    expect(ComplaintCreate.safeParse({ ...anonymous, description: 'x'.repeat(4000) }).success).toBe(
      true,
    );
    expect(ComplaintCreate.safeParse({ ...anonymous, description: 'x'.repeat(4001) }).success).toBe(
      false,
    );
    expect(
      ComplaintCreate.safeParse({ ...anonymous, photoIds: ['a', 'b', 'c', 'd', 'e', 'f'] }).success,
    ).toBe(false);
  });

  it('wants a district or village, not a regency', () => {
    const anonymous = { ...base, privacy: 'anonymous' };
    expect(ComplaintCreate.safeParse({ ...anonymous, regionCode: '35.14.01.2001' }).success).toBe(
      true,
    );
    expect(ComplaintCreate.safeParse({ ...anonymous, regionCode: '35.14' }).success).toBe(false);
    expect(ComplaintCreate.safeParse({ ...anonymous, regionCode: '35.00.01' }).success).toBe(false);
  });

  it('only answers with a result or a ZodError for hostile bodies (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.oneof(fc.constant('pengaduan'), fc.string()),
          category: fc.oneof(fc.constant('kebersihan'), fc.string()),
          title: fc.string(),
          description: fc.string(),
          regionCode: fc.oneof(fc.constant('35.14.01'), fc.string()),
          privacy: fc.constantFrom('public', 'confidential', 'anonymous', 'x'),
          reporter: fc.option(fc.record({ phone: fc.string(), email: fc.string() }), {
            nil: undefined,
          }),
        }),
        (input) => {
          const result = ComplaintCreate.safeParse(input);
          if (result.success) {
            expect(result.data.description.length).toBeLessThanOrEqual(4000);
            expect(result.data.privacy === 'anonymous').toBe(result.data.reporter === undefined);
          }
        },
      ),
    );
  });
});

describe('ComplaintListQuery', () => {
  it('reads filters from a query string', () => {
    expect(
      ComplaintListQuery.parse({
        status: 'dispatched',
        district: '35.14.01',
        from: '2026-03-01',
        to: '2026-03-31',
        limit: '50',
      }),
    ).toEqual({
      status: 'dispatched',
      district: '35.14.01',
      from: '2026-03-01',
      to: '2026-03-31',
      limit: 50,
    });
    expect(ComplaintListQuery.safeParse({ from: '2026-02-30' }).success).toBe(false);
  });
});

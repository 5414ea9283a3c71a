import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NATIONAL_CALENDAR } from '../common/working-days.js';
import {
  ADMIN,
  BAPPEDA,
  CITIZEN,
  DESA,
  DPUPR,
  DUKCAPIL,
  KECAMATAN,
  KK_STANDARD,
  serviceRequest,
} from './fixtures.js';
import {
  ServiceRequest,
  ServiceRequestCreate,
  ServiceRequestPublic,
  type ServiceRequestStatus,
  type ServiceRequestTransitionRequest,
} from './request.js';
import {
  allowedServiceRequestActions,
  lastSubmittedAt,
  openServiceRequest,
  serviceRequestDueDate,
  toServiceRequestPublic,
  transitionServiceRequest,
  unmetRequirements,
} from './request-lifecycle.js';
import type { ServicesActor } from './shared.js';

const NOW = '2026-03-17T10:00:00+07:00';
const STATUSES: ServiceRequestStatus[] = [
  'submitted',
  'verified',
  'in-process',
  'completed',
  'rejected',
  'needs-revision',
];

const BODIES: Record<ServiceRequestTransitionRequest['action'], ServiceRequestTransitionRequest> = {
  verify: { action: 'verify' },
  start: { action: 'start' },
  complete: { action: 'complete', publicNote: 'KK dapat diambil di loket 3' },
  reject: { action: 'reject', reason: 'Pengantar desa bukan untuk pemohon' },
  'request-revision': { action: 'request-revision', note: 'Unggah ulang akta, tidak terbaca' },
  resubmit: { action: 'resubmit' },
};

type Who = 'admin' | 'own-opd' | 'other-opd' | 'citizen' | 'bappeda' | 'kecamatan' | 'desa';
const ACTORS: Record<Who, ServicesActor> = {
  admin: ADMIN,
  'own-opd': DUKCAPIL,
  'other-opd': DPUPR,
  citizen: CITIZEN,
  bappeda: BAPPEDA,
  kecamatan: KECAMATAN,
  desa: DESA,
};

/** The legal moves, written out from the brief (not derived from the implementation). */
const LEGAL: Record<string, { from: ServiceRequestStatus[]; to: ServiceRequestStatus; by: Who[] }> =
  {
    verify: { from: ['submitted'], to: 'verified', by: ['admin', 'own-opd'] },
    start: { from: ['verified'], to: 'in-process', by: ['admin', 'own-opd'] },
    complete: { from: ['in-process'], to: 'completed', by: ['admin', 'own-opd'] },
    reject: {
      from: ['submitted', 'verified', 'in-process'],
      to: 'rejected',
      by: ['admin', 'own-opd'],
    },
    'request-revision': {
      from: ['submitted', 'verified', 'in-process'],
      to: 'needs-revision',
      by: ['admin', 'own-opd'],
    },
    resubmit: { from: ['needs-revision'], to: 'submitted', by: ['citizen'] },
  };

describe('transitionServiceRequest: every move by every role', () => {
  const cases = STATUSES.flatMap((status) =>
    Object.keys(BODIES).flatMap((action) =>
      (Object.keys(ACTORS) as Who[]).map((who) => [status, action, who] as const),
    ),
  );

  it.each(cases)('%s --%s--> by %s', (status, action, who) => {
    const legal = LEGAL[action];
    if (!legal) throw new Error(action);
    const body = BODIES[action as ServiceRequestTransitionRequest['action']];
    const result = transitionServiceRequest(serviceRequest({ status }), body, ACTORS[who], {
      now: NOW,
    });
    if (!legal.by.includes(who)) {
      const code =
        who === 'other-opd' && legal.by.includes('own-opd') ? 'not-assigned' : 'forbidden';
      expect(result).toMatchObject({ ok: false, error: { code } });
    } else if (!legal.from.includes(status)) {
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid-transition', from: status, action },
      });
    } else {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.status).toBe(legal.to);
      expect(result.value.history.at(-1)).toMatchObject({
        action,
        from: status,
        to: legal.to,
        at: NOW,
      });
      expect(result.value.updatedAt).toBe(NOW);
      expect(ServiceRequest.safeParse(result.value).success).toBe(true);
    }
  });

  it('offers exactly the legal actions to each role', () => {
    expect(allowedServiceRequestActions(serviceRequest(), DUKCAPIL)).toEqual([
      'verify',
      'reject',
      'request-revision',
    ]);
    expect(allowedServiceRequestActions(serviceRequest(), DPUPR)).toEqual([]);
    expect(
      allowedServiceRequestActions(serviceRequest({ status: 'needs-revision' }), CITIZEN),
    ).toEqual(['resubmit']);
  });
});

describe('reasons and notes', () => {
  it('requires a reason to reject and a note to ask for revision', () => {
    const request = serviceRequest();
    const reject = transitionServiceRequest(
      request,
      { action: 'reject', reason: '   ' },
      DUKCAPIL,
      { now: NOW },
    );
    expect(reject).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'reason' } });
    const revise = transitionServiceRequest(
      request,
      { action: 'request-revision' } as unknown as ServiceRequestTransitionRequest,
      DUKCAPIL,
      { now: NOW },
    );
    expect(revise).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'note' } });
  });

  it('keeps the rejection reason as the public note, internal notes apart', () => {
    const result = transitionServiceRequest(
      serviceRequest(),
      { action: 'reject', reason: 'Bukan layanan yang tepat', internalNote: 'cek NIK di SIAK' },
      ADMIN,
      { now: NOW },
    );
    expect(result.ok && result.value.history.at(-1)).toMatchObject({
      publicNote: 'Bukan layanan yang tepat',
      internalNote: 'cek NIK di SIAK',
    });
  });

  it('replaces the answers on resubmission', () => {
    const result = transitionServiceRequest(
      serviceRequest({ status: 'needs-revision' }),
      { action: 'resubmit', answers: { catatan: 'akta diunggah ulang' } },
      CITIZEN,
      { now: NOW },
    );
    expect(result.ok && result.value.answers).toEqual({ catatan: 'akta diunggah ulang' });
  });
});

describe('due date of a stored request', () => {
  const cal = NATIONAL_CALENDAR;

  it('counts the copied jangka waktu from submission across Idulfitri 2026', () => {
    // Submitted Monday 16 March; 18–24 March are days off: 17, 25, 26 are days 1–3.
    expect(serviceRequestDueDate(serviceRequest(), cal, 'Asia/Jakarta')).toEqual({
      ok: true,
      value: '2026-03-26',
    });
  });

  it('restarts the clock at the latest resubmission', () => {
    const request = serviceRequest({
      status: 'submitted',
      history: [
        { action: 'submit', to: 'submitted', at: '2026-03-16T09:00:00+07:00', actor: CITIZEN },
        {
          action: 'request-revision',
          from: 'submitted',
          to: 'needs-revision',
          at: '2026-03-17T09:00:00+07:00',
          actor: DUKCAPIL,
          publicNote: 'Akta tidak terbaca',
        },
        {
          action: 'resubmit',
          from: 'needs-revision',
          to: 'submitted',
          at: '2026-03-28T20:00:00+07:00',
          actor: CITIZEN,
        },
      ],
    });
    expect(lastSubmittedAt(request)).toBe('2026-03-28T20:00:00+07:00');
    // Resubmitted on Saturday: received Monday 30 March, 3 working days → Thursday 2 April.
    expect(serviceRequestDueDate(request, cal, 'Asia/Jakarta')).toEqual({
      ok: true,
      value: '2026-04-02',
    });
  });

  it('says the date is unavailable for a request filed late in December 2026', () => {
    const request = serviceRequest({
      completionDays: 5,
      createdAt: '2026-12-28T09:00:00+07:00',
      history: [
        { action: 'submit', to: 'submitted', at: '2026-12-28T09:00:00+07:00', actor: CITIZEN },
      ],
    });
    const view = toServiceRequestPublic(request, {
      serviceName: KK_STANDARD.name,
      calendar: cal,
      timeZone: 'Asia/Jakarta',
      lang: 'id',
    });
    expect(view.dueDate).toEqual({
      kind: 'unavailable',
      year: 2027,
      reason: expect.stringContaining('2027'),
    });
    expect(ServiceRequestPublic.safeParse(view).success).toBe(true);
  });
});

describe('toServiceRequestPublic', () => {
  it('shows status, timeline and public notes only', () => {
    const revised = transitionServiceRequest(
      serviceRequest(),
      { action: 'request-revision', note: 'Unggah ulang akta', internalNote: 'NIK 3514… cocok' },
      DUKCAPIL,
      { now: NOW },
    );
    if (!revised.ok) throw new Error('transition failed');
    const view = toServiceRequestPublic(revised.value, {
      serviceName: KK_STANDARD.name,
      calendar: NATIONAL_CALENDAR,
      timeZone: 'Asia/Jakarta',
      lang: 'en',
    });
    expect(view).toEqual({
      trackingNumber: 'LYN-3514-2026-000042',
      serviceId: 'kk-baru',
      serviceName: 'Penerbitan Kartu Keluarga baru',
      status: 'needs-revision',
      statusLabel: 'Needs revision',
      dueDate: { kind: 'date', date: '2026-03-26' },
      submittedAt: '2026-03-16T09:00:00+07:00',
      updatedAt: NOW,
      timeline: [
        { status: 'submitted', statusLabel: 'Submitted', at: '2026-03-16T09:00:00+07:00' },
        {
          status: 'needs-revision',
          statusLabel: 'Needs revision',
          at: NOW,
          note: 'Unggah ulang akta',
        },
      ],
    });
    const json = JSON.stringify(view);
    for (const secret of [
      'Siti',
      '3514014101900001',
      '+62812',
      'siti@',
      'Krajan',
      'Malang',
      'NIK',
    ]) {
      expect(json).not.toContain(secret);
    }
  });
});

describe('openServiceRequest and requirements', () => {
  const body = ServiceRequestCreate.parse({
    serviceId: 'kk-baru',
    applicant: {
      name: 'Siti Aminah',
      nik: '3514014101900001',
      phone: '0812-3456-7890',
    },
    attachments: [
      { id: 'att-1', requirementKey: 'pengantar-desa' },
      { id: 'att-2', requirementKey: 'akta-perkawinan' },
    ],
  });

  it('normalises the phone number and copies OPD and jangka waktu from the standard', () => {
    const opened = openServiceRequest(body, KK_STANDARD, {
      id: 'req-9',
      trackingNumber: 'LYN-3514-2026-000009',
      now: NOW,
      attachments: [],
    });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value).toMatchObject({
      opdId: 'dispendukcapil',
      completionDays: 3,
      status: 'submitted',
      applicant: { phone: '+6281234567890' },
      history: [{ action: 'submit', to: 'submitted', actor: { role: 'citizen' } }],
    });
    expect(ServiceRequest.safeParse(opened.value).success).toBe(true);
  });

  it('lists the required items that are missing', () => {
    expect(unmetRequirements({ answers: {}, attachments: [] }, KK_STANDARD)).toEqual([
      'pengantar-desa',
      'akta-perkawinan',
    ]);
    expect(
      unmetRequirements(
        {
          answers: { 'akta-perkawinan': ' ' },
          attachments: [{ id: 'a', requirementKey: 'pengantar-desa' }],
        },
        KK_STANDARD,
      ),
    ).toEqual(['akta-perkawinan']);
    const opened = openServiceRequest({ ...body, attachments: [] }, KK_STANDARD, {
      id: 'req-9',
      trackingNumber: 'LYN-3514-2026-000009',
      now: NOW,
      attachments: [],
    });
    expect(opened).toMatchObject({
      ok: false,
      reason: { en: expect.stringContaining('pengantar-desa') },
    });
  });

  it('refuses requests for a service that is not active', () => {
    const opened = openServiceRequest(
      body,
      { ...KK_STANDARD, status: 'inactive' },
      {
        id: 'req-9',
        trackingNumber: 'LYN-3514-2026-000009',
        now: NOW,
        attachments: [],
      },
    );
    expect(opened.ok).toBe(false);
  });

  it('bounds the answers a hostile body may send', () => {
    const answers = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'x']));
    expect(ServiceRequestCreate.safeParse({ ...body, answers }).success).toBe(false);
    expect(ServiceRequestCreate.safeParse({ ...body, answers: { 'Bad Key': 'x' } }).success).toBe(
      false,
    );
  });

  it('only ever answers with a result for random bodies (fast-check)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = ServiceRequestCreate.safeParse(input);
        expect(typeof result.success).toBe('boolean');
      }),
    );
  });
});

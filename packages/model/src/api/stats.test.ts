import { describe, expect, it } from 'vitest';
import { localYearOf } from '../common/time.js';
import { ComplaintStatus, type ComplaintTransitionRequest } from '../services/complaint.js';
import {
  COMPLAINT_TRANSITIONS,
  complaintResolvedAt,
  FINISHED_COMPLAINT_STATUSES,
  isComplaintOpen,
  OPEN_COMPLAINT_STATUSES,
  transitionComplaint,
} from '../services/complaint-lifecycle.js';
import { ADMIN, CITIZEN, complaint, DPUPR } from '../services/fixtures.js';
import type { ServicesActor } from '../services/shared.js';
import { contract } from './contract.js';
import { PublicStats } from './stats.js';

const STATS: PublicStats = {
  regionCode: '35.14',
  generatedAt: '2026-01-14T10:00:00+07:00',
  umkm: { verified: 12 },
  complaints: { open: 5, resolvedThisYear: 0 },
  services: { standards: 30 },
};

describe('PublicStats', () => {
  it('takes non-negative integer counts of a regency', () => {
    expect(PublicStats.safeParse(STATS).success).toBe(true);
    for (const bad of [
      { ...STATS, umkm: { verified: -1 } },
      { ...STATS, complaints: { open: 1.5, resolvedThisYear: 0 } },
      { ...STATS, services: { standards: '3' } },
      { ...STATS, regionCode: '35.14.01' },
      { ...STATS, generatedAt: '2026-01-14T10:00:00' },
    ]) {
      expect(PublicStats.safeParse(bad).success).toBe(false);
    }
  });

  it('is the public, unkeyed GET /v1/stats of the contract', () => {
    const route = contract['stats.overview'];
    expect(route).toMatchObject({ method: 'GET', path: '/v1/stats', access: 'public' });
    expect(route.response).toBe(PublicStats);
    expect('personalData' in route).toBe(false);
  });
});

describe('open and finished complaints', () => {
  it('splits every status into open or finished, none in both', () => {
    const open: readonly string[] = OPEN_COMPLAINT_STATUSES;
    const finished: readonly string[] = FINISHED_COMPLAINT_STATUSES;
    expect([...open, ...finished].sort()).toEqual([...ComplaintStatus.options].sort());
    for (const status of ComplaintStatus.options) {
      expect(isComplaintOpen(status)).toBe(open.includes(status));
      expect(open.includes(status)).toBe(!finished.includes(status));
    }
  });

  it('counts as finished exactly the statuses the government has nothing left to do in', () => {
    // Only the reporter (confirm) or the admin's closing act moves a resolved report on;
    // closed and rejected have no way out at all.
    const government = Object.values(COMPLAINT_TRANSITIONS).filter(
      (rule) => rule.by.includes('admin') || rule.by.includes('opd'),
    );
    for (const status of ['closed', 'rejected'] as const) {
      expect(Object.values(COMPLAINT_TRANSITIONS).some((r) => r.from.includes(status))).toBe(false);
    }
    for (const status of OPEN_COMPLAINT_STATUSES) {
      const movers = government.filter((rule) => rule.from.includes(status));
      if (status !== 'needs-info') expect(movers.length).toBeGreaterThan(0);
    }
  });
});

describe('complaintResolvedAt', () => {
  const step = (
    record: ReturnType<typeof complaint>,
    action: ComplaintTransitionRequest,
    actor: ServicesActor,
    now: string,
  ) => {
    const result = transitionComplaint(record, action, actor, { now });
    if (!result.ok) throw new Error(result.error.message.en);
    return result.value;
  };
  const resolved = () => {
    let record = complaint();
    record = step(record, { action: 'verify' }, ADMIN, '2026-03-16T11:00:00+07:00');
    record = step(
      record,
      { action: 'dispatch', opdId: 'dpupr' },
      ADMIN,
      '2026-03-16T12:00:00+07:00',
    );
    record = step(record, { action: 'start' }, DPUPR, '2026-03-17T08:00:00+07:00');
    return step(
      record,
      { action: 'resolve', publicNote: 'Lubang sudah ditambal.' },
      DPUPR,
      '2026-03-20T09:00:00+07:00',
    );
  };

  it('is the time of the resolution while resolved and after closing', () => {
    const done = resolved();
    expect(complaintResolvedAt(done)).toBe('2026-03-20T09:00:00+07:00');
    const closed = step(done, { action: 'confirm' }, CITIZEN, '2026-03-25T09:00:00+07:00');
    expect(closed.status).toBe('closed');
    expect(complaintResolvedAt(closed)).toBe('2026-03-20T09:00:00+07:00');
  });

  it('is undefined for an open, reopened or rejected report; a second resolution counts', () => {
    expect(complaintResolvedAt(complaint())).toBeUndefined();
    const reopened = step(
      resolved(),
      { action: 'reopen', reason: 'Lubang muncul lagi.' },
      CITIZEN,
      '2026-03-22T09:00:00+07:00',
    );
    expect(complaintResolvedAt(reopened)).toBeUndefined();
    const again = step(
      reopened,
      { action: 'resolve', publicNote: 'Ditambal ulang dengan aspal.' },
      DPUPR,
      '2026-04-02T09:00:00+07:00',
    );
    expect(complaintResolvedAt(again)).toBe('2026-04-02T09:00:00+07:00');
    const rejected = step(
      complaint(),
      { action: 'reject', grounds: 'duplikat', reason: 'Sudah dilaporkan.' },
      ADMIN,
      '2026-03-16T11:00:00+07:00',
    );
    expect(complaintResolvedAt(rejected)).toBeUndefined();
  });

  it('falls back to updatedAt for a record imported as resolved without the step', () => {
    const imported = complaint({ status: 'closed', updatedAt: '2026-02-01T08:00:00+07:00' });
    expect(complaintResolvedAt(imported)).toBe('2026-02-01T08:00:00+07:00');
  });
});

describe('localYearOf', () => {
  it('is the year in the given zone, not in UTC', () => {
    expect(localYearOf('2025-12-31T18:00:00Z', 'Asia/Jakarta')).toEqual({
      year: 2026,
      first: '2026-01-01',
      last: '2026-12-31',
    });
    expect(localYearOf('2025-12-31T16:59:59Z', 'Asia/Jakarta').year).toBe(2025);
    expect(localYearOf('2025-12-31T15:00:00Z', 'Asia/Jayapura').year).toBe(2026);
    expect(localYearOf(new Date('2026-07-01T00:00:00Z'), 'Asia/Makassar').first).toBe('2026-01-01');
  });

  it('refuses what is not an instant', () => {
    expect(() => localYearOf('2026-01-01T00:00:00', 'Asia/Jakarta')).toThrow(RangeError);
  });
});

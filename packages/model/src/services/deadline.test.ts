import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NATIONAL_CALENDAR, workingDaysBetween } from '../common/working-days.js';
import { DueDate, dueDate, receivedOn, toDueDate, workingDaysAfter } from './deadline.js';

const cal = NATIONAL_CALENDAR;
const WIB = 'Asia/Jakarta';
const days = (completionDays: number) => ({ completionDays });

describe('dueDate: jangka waktu in working days (UU 25/2009 Pasal 21 huruf c)', () => {
  it('does not count the day of receipt: Monday + 3 is Thursday', () => {
    expect(dueDate('2026-03-30T09:00:00+07:00', days(3), cal, WIB)).toEqual({
      ok: true,
      value: '2026-04-02',
    });
  });

  it('counts a Saturday filing as received on Monday', () => {
    expect(receivedOn('2026-03-28T09:00:00+07:00', cal, WIB)).toEqual({
      ok: true,
      value: '2026-03-30',
    });
    expect(dueDate('2026-03-28T09:00:00+07:00', days(3), cal, WIB)).toEqual({
      ok: true,
      value: '2026-04-02',
    });
    // 3 April 2026 is Wafat Yesus Kristus, so a fourth day lands on Monday 6 April.
    expect(dueDate('2026-03-28T09:00:00+07:00', days(4), cal, WIB)).toEqual({
      ok: true,
      value: '2026-04-06',
    });
  });

  it('with 0 days is the day of receipt (same day, or the next working day)', () => {
    expect(dueDate('2026-03-30T15:00:00+07:00', days(0), cal, WIB)).toEqual({
      ok: true,
      value: '2026-03-30',
    });
    expect(dueDate('2026-03-29T15:00:00+07:00', days(0), cal, WIB)).toEqual({
      ok: true,
      value: '2026-03-30',
    });
  });

  it('skips Nyepi, Idulfitri 1447 H and its cuti bersama (18–24 March 2026)', () => {
    // Tuesday 17 March: the next working day is Wednesday 25 March.
    expect(dueDate('2026-03-17T10:00:00+07:00', days(1), cal, WIB)).toEqual({
      ok: true,
      value: '2026-03-25',
    });
    expect(dueDate('2026-03-17T10:00:00+07:00', days(3), cal, WIB)).toEqual({
      ok: true,
      value: '2026-03-27',
    });
    // Filed on Idulfitri itself (Saturday 21 March): received 25 March, due 5 days later.
    expect(dueDate('2026-03-21T08:00:00+07:00', days(5), cal, WIB)).toEqual({
      ok: true,
      value: '2026-04-01',
    });
  });

  it('uses the local date in the region, not UTC', () => {
    // 17:30 UTC on Friday 27 March is 00:30 WIB on Saturday: received Monday 30 March.
    expect(dueDate('2026-03-27T17:30:00Z', days(1), cal, WIB)).toEqual({
      ok: true,
      value: '2026-03-31',
    });
    // The same instant is still Friday in UTC-based reckoning elsewhere.
    expect(dueDate('2026-03-27T17:30:00Z', days(1), cal, 'UTC')).toEqual({
      ok: true,
      value: '2026-03-30',
    });
  });

  it('crosses Christmas and its cuti bersama in December 2026', () => {
    // Wednesday 23 Dec; 24 (cuti bersama), 25 (Natal), 26–27 weekend.
    expect(dueDate('2026-12-23T09:00:00+07:00', days(3), cal, WIB)).toEqual({
      ok: true,
      value: '2026-12-30',
    });
  });

  it('is explicitly unavailable when it reaches 2027, whose SKB is not loaded', () => {
    const result = dueDate('2026-12-28T09:00:00+07:00', days(5), cal, WIB);
    expect(result).toMatchObject({ ok: false, year: 2027 });
    if (result.ok) return;
    expect(result.reason.id).toContain('2027');
    expect(toDueDate(result, 'en')).toEqual({
      kind: 'unavailable',
      year: 2027,
      reason: expect.stringContaining('2027'),
    });
    expect(DueDate.safeParse(toDueDate(result, 'id')).success).toBe(true);
    // Three days still fit in 2026.
    expect(dueDate('2026-12-28T09:00:00+07:00', days(3), cal, WIB)).toEqual({
      ok: true,
      value: '2026-12-31',
    });
  });

  it('is unavailable when the filing itself falls in 2027 local time', () => {
    expect(dueDate('2026-12-31T17:30:00Z', days(0), cal, WIB)).toMatchObject({
      ok: false,
      year: 2027,
    });
  });

  it('agrees with workingDaysBetween for every filing in 2026 (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 330 }),
        fc.integer({ min: 0, max: 15 }),
        (offset, n) => {
          const instant = new Date(Date.UTC(2026, 0, 1, 3) + offset * 86_400_000);
          const received = receivedOn(instant, cal, WIB);
          const due = workingDaysAfter(instant, n, cal, WIB);
          if (!received.ok || !due.ok) return;
          expect(due.value >= received.value).toBe(true);
          expect(workingDaysBetween(received.value, due.value, cal)).toBe(n);
        },
      ),
    );
  });
});

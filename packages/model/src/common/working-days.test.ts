import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CalendarUnavailableError,
  calendarCoversYear,
  extendCalendar,
  holidaysOn,
  isWorkingDay,
  NATIONAL_CALENDAR,
  nextWorkingDay,
  type WorkingDayCalendar,
  workingDaysBetween,
} from './working-days.js';

const cal = NATIONAL_CALENDAR;
const DAY_MS = 86_400_000;

/** A date string built with the platform's UTC clock, independent of the code under test. */
function utcDate(offsetDays: number, from = '2025-01-01'): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + offsetDays * DAY_MS).toISOString().slice(0, 10);
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('working days around Idulfitri 1447 H (SKB 1497/2025, 2/2025, 5/2025)', () => {
  it('skips Nyepi, cuti bersama and the Lebaran weekend (18–24 March 2026)', () => {
    expect(isWorkingDay('2026-03-17', cal)).toBe(true);
    for (const day of ['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24']) {
      expect(isWorkingDay(day, cal)).toBe(false);
    }
    expect(nextWorkingDay('2026-03-17', cal)).toBe('2026-03-25');
    expect(workingDaysBetween('2026-03-17', '2026-03-25', cal)).toBe(1);
  });

  it('says why a day is off', () => {
    expect(holidaysOn('2026-03-20', cal)).toEqual([
      { date: '2026-03-20', kind: 'cuti-bersama', name: 'Idulfitri 1447 Hijriah' },
    ]);
    expect(holidaysOn('2026-03-21', cal).map((d) => d.kind)).toEqual(['libur-nasional']);
    expect(holidaysOn('2026-03-25', cal)).toEqual([]);
  });

  it('gives March 2026 17 working days (22 weekdays − 5 days off)', () => {
    expect(workingDaysBetween('2026-02-28', '2026-03-31', cal)).toBe(17);
  });

  it('puts the SP4N-LAPOR deadlines of a complaint filed on Nyepi after Lebaran', () => {
    const verified = addWorkingDays('2026-03-19', 3, cal);
    expect(verified).toBe('2026-03-27');
    // 3 April 2026 is Wafat Yesus Kristus.
    expect(addWorkingDays(verified, 5, cal)).toBe('2026-04-06');
  });
});

describe('service deadlines (n working days after filing)', () => {
  it('counts from the next working day when filed on a Saturday', () => {
    expect(addWorkingDays('2026-03-28', 3, cal)).toBe('2026-04-01');
  });

  it('does not count the day of filing when it is a working day', () => {
    expect(addWorkingDays('2026-03-30', 3, cal)).toBe('2026-04-02');
    expect(addWorkingDays('2026-03-30', 4, cal)).toBe('2026-04-06');
  });

  it('with n = 0 returns the day itself, or the next working day after a day off', () => {
    expect(addWorkingDays('2026-03-30', 0, cal)).toBe('2026-03-30');
    expect(addWorkingDays('2026-03-28', 0, cal)).toBe('2026-03-30');
    expect(addWorkingDays('2026-03-18', 0, cal)).toBe('2026-03-25');
  });

  it('can treat a filing on a day off as received on the next working day', () => {
    const received = addWorkingDays('2026-03-28', 0, cal);
    expect(addWorkingDays(received, 3, cal)).toBe('2026-04-02');
  });

  it('rejects a negative or fractional number of days', () => {
    expect(() => addWorkingDays('2026-03-30', -1, cal)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-30', 1.5, cal)).toThrow(RangeError);
  });
});

describe('Christmas and the year boundary', () => {
  it('skips cuti bersama 24 December and Christmas 2026', () => {
    expect(isWorkingDay('2026-12-24', cal)).toBe(false);
    expect(isWorkingDay('2026-12-25', cal)).toBe(false);
    expect(nextWorkingDay('2026-12-23', cal)).toBe('2026-12-28');
  });

  it('crosses from 2025 into 2026 over Christmas, cuti bersama and New Year', () => {
    // 25 Dec (libur), 26 Dec (cuti), weekend, 29–31 Dec, 1 Jan (libur), 2 Jan.
    expect(addWorkingDays('2025-12-24', 4, cal)).toBe('2026-01-02');
    expect(workingDaysBetween('2025-12-24', '2026-01-02', cal)).toBe(4);
    expect(workingDaysBetween('2026-01-02', '2025-12-24', cal)).toBe(-4);
    expect(workingDaysBetween('2025-12-26', '2025-12-24', cal)).toBe(0);
  });

  it('counts the 18 August 2025 cuti bersama added by SKB 933/2025, 1/2025, 3/2025', () => {
    expect(holidaysOn('2025-08-18', cal)[0]?.source).toContain('933 Tahun 2025');
    expect(nextWorkingDay('2025-08-15', cal)).toBe('2025-08-19');
  });
});

describe('working days in a whole year', () => {
  it('2026 has 240: 261 weekdays − 13 weekday holidays − 8 cuti bersama', () => {
    expect(workingDaysBetween('2025-12-31', '2026-12-31', cal)).toBe(240);
  });

  it('2025 has 237: 261 weekdays − 13 weekday holidays − 11 cuti bersama', () => {
    expect(workingDaysBetween('2024-12-31', '2025-12-31', cal)).toBe(237);
  });
});

describe('a year without a calendar (2027: its SKB is not loaded)', () => {
  it('is refused, never counted as if it had no holidays', () => {
    expect(calendarCoversYear(cal, 2027)).toBe(false);
    const error = thrown(() => workingDaysBetween('2026-12-28', '2027-01-08', cal));
    expect(error).toBeInstanceOf(CalendarUnavailableError);
    expect(error).toMatchObject({ name: 'CalendarUnavailableError', year: 2027 });
    expect((error as CalendarUnavailableError).text.id).toContain('2027 belum tersedia');
  });

  it('stops a deadline that would run into 2027', () => {
    expect(addWorkingDays('2026-12-28', 3, cal)).toBe('2026-12-31');
    expect(() => addWorkingDays('2026-12-28', 4, cal)).toThrow(CalendarUnavailableError);
    expect(() => nextWorkingDay('2026-12-31', cal)).toThrow(CalendarUnavailableError);
  });

  it('is refused for any date in it, weekends included, and for years before 2025', () => {
    expect(() => isWorkingDay('2027-03-10', cal)).toThrow(CalendarUnavailableError);
    expect(() => isWorkingDay('2027-01-02', cal)).toThrow(CalendarUnavailableError);
    expect(() => isWorkingDay('2024-12-31', cal)).toThrow(CalendarUnavailableError);
    expect(() => holidaysOn('2027-01-01', cal)).toThrow(CalendarUnavailableError);
  });
});

describe('dates', () => {
  it('accept only real YYYY-MM-DD calendar dates', () => {
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-3-5',
      '2026-03-20T00:00:00Z',
      '',
      '20260320',
    ]) {
      expect(() => isWorkingDay(bad, cal)).toThrow(RangeError);
    }
    expect(() => isWorkingDay('2024-02-29', cal)).toThrow(CalendarUnavailableError);
  });
});

describe('a regency calendar', () => {
  const local = {
    date: '2026-09-18',
    kind: 'libur-daerah',
    name: 'Hari Jadi Kabupaten Pasuruan',
    source: 'contoh: keputusan bupati (example only)',
  } as const;
  const pasuruan = extendCalendar(cal, { name: 'Kabupaten Pasuruan', days: [local] });

  it('adds a local day off without changing the national calendar', () => {
    expect(isWorkingDay('2026-09-18', cal)).toBe(true);
    expect(isWorkingDay('2026-09-18', pasuruan)).toBe(false);
    expect(holidaysOn('2026-09-18', pasuruan)).toEqual([local]);
    expect(workingDaysBetween('2025-12-31', '2026-12-31', pasuruan)).toBe(239);
    expect(pasuruan.name).toBe('Kabupaten Pasuruan');
  });

  it('covers a new year only when it is added with its decree', () => {
    const prepared = extendCalendar(cal, { days: [{ ...local, date: '2027-09-17' }] });
    expect(() => isWorkingDay('2027-09-17', prepared)).toThrow(CalendarUnavailableError);

    const decree = {
      title: 'Keputusan Bersama tentang Hari Libur Nasional dan Cuti Bersama Tahun 2099 (test)',
      number: '1 Tahun 2098',
      date: '2098-09-01',
      sources: ['https://example.org/skb-2099'],
    };
    const future: WorkingDayCalendar = extendCalendar(cal, {
      years: [{ year: 2099, decrees: [decree] }],
      days: [{ date: '2099-01-01', kind: 'libur-nasional', name: 'Tahun Baru 2099 Masehi' }],
    });
    expect(isWorkingDay('2099-01-01', future)).toBe(false);
    expect(isWorkingDay('2099-01-02', future)).toBe(true);
    expect(() => extendCalendar(cal, { years: [{ year: 2026, decrees: [decree] }] })).toThrow(
      RangeError,
    );
  });

  it('rejects malformed days', () => {
    expect(() =>
      extendCalendar(cal, { days: [{ date: '2026-02-30', kind: 'libur-daerah', name: 'x' }] }),
    ).toThrow();
    expect(() =>
      extendCalendar(cal, { days: [{ date: '2026-02-03', kind: 'libur-daerah', name: '' }] }),
    ).toThrow();
  });
});

describe('properties over 2025–2026', () => {
  const offDays = new Set(cal.days.map((d) => d.date));
  /** A plain reference: weekday by the platform's UTC clock, days off from the data. */
  const referenceIsWorking = (date: string) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !offDays.has(date);
  };
  const referenceAdd = (date: string, n: number) => {
    let day = date;
    if (n === 0) {
      while (!referenceIsWorking(day)) day = utcDate(1, day);
      return day;
    }
    for (let left = n; left > 0; ) {
      day = utcDate(1, day);
      if (referenceIsWorking(day)) left -= 1;
    }
    return day;
  };
  // 1 Jan 2025 … 31 Oct 2026, so that 25 working days later is still in 2026.
  const date = fc.integer({ min: 0, max: 668 }).map((k) => utcDate(k));
  const count = fc.integer({ min: 0, max: 25 });

  it('addWorkingDays then workingDaysBetween gives n back, and lands on a working day', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 25 }), (d, n) => {
        const due = addWorkingDays(d, n, cal);
        expect(workingDaysBetween(d, due, cal)).toBe(n);
        expect(isWorkingDay(due, cal)).toBe(true);
      }),
    );
  });

  it('with n = 0 lands on the day itself or the next working day', () => {
    fc.assert(
      fc.property(date, (d) => {
        const taken = addWorkingDays(d, 0, cal);
        expect(isWorkingDay(taken, cal)).toBe(true);
        expect(taken).toBe(isWorkingDay(d, cal) ? d : nextWorkingDay(d, cal));
      }),
    );
  });

  it('agrees with a reference built on the platform date functions', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        expect(isWorkingDay(d, cal)).toBe(referenceIsWorking(d));
        expect(addWorkingDays(d, n, cal)).toBe(referenceAdd(d, n));
      }),
    );
  });

  it('counts spans additively and antisymmetrically', () => {
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        expect(workingDaysBetween(a, b, cal) + workingDaysBetween(b, a, cal)).toBe(0);
        expect(workingDaysBetween(a, b, cal) + workingDaysBetween(b, c, cal)).toBe(
          workingDaysBetween(a, c, cal),
        );
      }),
    );
  });

  it('throws only RangeError or CalendarUnavailableError for any input', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: -5, max: 400 }), (d, n) => {
        try {
          addWorkingDays(d, n, cal);
        } catch (error) {
          expect(error instanceof RangeError || error instanceof CalendarUnavailableError).toBe(
            true,
          );
        }
      }),
    );
  });
});

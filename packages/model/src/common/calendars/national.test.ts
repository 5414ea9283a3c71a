import { describe, expect, it } from 'vitest';
import { type CalendarDay, calendarCoversYear, WorkingDayCalendar } from '../working-days.js';
import { NATIONAL_CALENDAR } from './national.js';

function daysOf(year: number, kind: CalendarDay['kind']): string[] {
  return NATIONAL_CALENDAR.days
    .filter((d) => d.kind === kind && d.date.startsWith(`${year}-`))
    .map((d) => d.date);
}

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

describe('the national calendar', () => {
  it('is valid data', () => {
    expect(WorkingDayCalendar.parse(NATIONAL_CALENDAR)).toEqual(NATIONAL_CALENDAR);
  });

  it('covers 2025 and 2026 only; 2027 waits for its SKB', () => {
    expect(NATIONAL_CALENDAR.years.map((y) => y.year)).toEqual([2025, 2026]);
    expect(calendarCoversYear(NATIONAL_CALENDAR, 2027)).toBe(false);
    for (const day of NATIONAL_CALENDAR.days) {
      expect(calendarCoversYear(NATIONAL_CALENDAR, Number(day.date.slice(0, 4)))).toBe(true);
    }
  });

  it('cites SKB 1497/2025, 2/2025, 5/2025 of 19 September 2025 for 2026', () => {
    const [skb] = NATIONAL_CALENDAR.years.find((y) => y.year === 2026)?.decrees ?? [];
    expect(skb).toMatchObject({ number: '1497 Tahun 2025, 2 Tahun 2025, 5 Tahun 2025' });
    expect(skb?.date).toBe('2025-09-19');
  });

  it('cites SKB 1017/2024, 2/2024, 2/2024 and its amendment 933/2025, 1/2025, 3/2025 for 2025', () => {
    const decrees = NATIONAL_CALENDAR.years.find((y) => y.year === 2025)?.decrees ?? [];
    expect(decrees.map((d) => [d.number, d.date])).toEqual([
      ['1017 Tahun 2024, 2 Tahun 2024, 2 Tahun 2024', '2024-10-14'],
      ['933 Tahun 2025, 1 Tahun 2025, 3 Tahun 2025', '2025-08-07'],
    ]);
  });

  it('has 17 libur nasional and 8 cuti bersama in 2026, 4 holidays on a weekend', () => {
    const holidays = daysOf(2026, 'libur-nasional');
    expect(holidays).toHaveLength(17);
    expect(daysOf(2026, 'cuti-bersama')).toHaveLength(8);
    expect(holidays.filter((d) => weekday(d) === 0 || weekday(d) === 6)).toEqual([
      '2026-03-21',
      '2026-03-22',
      '2026-04-05',
      '2026-05-31',
    ]);
  });

  it('has 17 libur nasional and 10 + 1 cuti bersama in 2025, 4 holidays on a weekend', () => {
    const holidays = daysOf(2025, 'libur-nasional');
    expect(holidays).toHaveLength(17);
    expect(daysOf(2025, 'cuti-bersama')).toHaveLength(11);
    expect(holidays.filter((d) => weekday(d) === 0 || weekday(d) === 6)).toEqual([
      '2025-03-29',
      '2025-04-20',
      '2025-06-01',
      '2025-08-17',
    ]);
  });

  it('puts every cuti bersama on a weekday and lists each date once, in order', () => {
    for (const day of NATIONAL_CALENDAR.days.filter((d) => d.kind === 'cuti-bersama')) {
      expect([1, 2, 3, 4, 5]).toContain(weekday(day.date));
    }
    const dates = NATIONAL_CALENDAR.days.map((d) => d.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
  });
});

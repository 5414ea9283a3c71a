import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validate } from './i18n.js';
import { formatTimestamp, LocalDate, Timestamp, toLocalDate } from './time.js';

describe('Timestamp', () => {
  it.each([
    '2026-01-05T08:00:00+07:00',
    '2026-01-05T01:00:00Z',
    '2026-01-05T08:00:00.123+07:00',
    '2024-02-29T23:59:59-03:30',
  ])('accepts %s', (value) => {
    expect(Timestamp.safeParse(value).success).toBe(true);
  });

  it.each([
    '2026-01-05T08:00:00',
    '2026-01-05 08:00:00+07:00',
    '2026-01-05T08:00:00+0700',
    '2026-02-30T08:00:00+07:00',
    '2026-01-05T24:00:00Z',
    '2026-01-05',
    '1767574800000',
  ])('refuses %s', (value) => {
    expect(Timestamp.safeParse(value).success).toBe(false);
  });

  it('names the field in both languages', () => {
    const Event = z.object({ createdAt: Timestamp });
    const id = validate(Event, { createdAt: '2026-01-05T08:00:00' });
    const en = validate(Event, { createdAt: '2026-01-05T08:00:00' }, 'en');
    expect(id.success ? [] : id.errors.map((e) => e.message)).toEqual([
      'createdAt: bukan waktu ISO 8601 dengan zona waktu yang valid',
    ]);
    expect(en.success ? [] : en.errors.map((e) => e.message)).toEqual([
      'createdAt: is not a valid ISO 8601 date-time with an offset',
    ]);
  });
});

describe('LocalDate', () => {
  it.each(['2026-01-05', '2024-02-29', '2000-02-29', '2026-12-31'])('accepts %s', (value) => {
    expect(LocalDate.safeParse(value).success).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-1-5',
    '05-01-2026',
  ])('refuses %s', (value) => {
    expect(LocalDate.safeParse(value).success).toBe(false);
  });

  it('names the field in both languages', () => {
    const result = validate(z.object({ tanggal: LocalDate }), { tanggal: '2026-02-30' }, 'en');
    expect(result.success ? [] : result.errors.map((e) => e.message)).toEqual([
      'tanggal: is not a valid date YYYY-MM-DD',
    ]);
  });
});

describe('toLocalDate', () => {
  it('gives the calendar date in the zone, not in UTC', () => {
    expect(toLocalDate('2026-01-05T16:59:59Z', 'Asia/Jakarta')).toBe('2026-01-05');
    expect(toLocalDate('2026-01-05T17:00:00Z', 'Asia/Jakarta')).toBe('2026-01-06');
    expect(toLocalDate('2026-01-05T15:00:00Z', 'Asia/Jayapura')).toBe('2026-01-06');
    expect(toLocalDate('2026-01-06T00:30:00+07:00', 'Asia/Makassar')).toBe('2026-01-06');
    expect(toLocalDate(new Date('2026-12-31T23:00:00Z'), 'Asia/Jakarta')).toBe('2027-01-01');
  });

  it('is WIB (UTC+7, no daylight saving) for every instant in Asia/Jakarta', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1970-01-01T00:00:00Z'),
          max: new Date('2999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const local = toLocalDate(date.toISOString(), 'Asia/Jakarta');
          expect(local).toBe(new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 10));
          expect(LocalDate.safeParse(local).success).toBe(true);
        },
      ),
    );
  });

  it('throws RangeError for an instant without an offset, an invalid date or zone', () => {
    expect(() => toLocalDate('2026-01-05T08:00:00', 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => toLocalDate(new Date(Number.NaN), 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => toLocalDate('2026-01-05T08:00:00Z', 'Asia/Atlantis')).toThrow(RangeError);
  });
});

describe('formatTimestamp', () => {
  const instant = '2026-01-05T08:00:00+07:00';

  it.each([
    ['Asia/Jakarta', '5 Januari 2026 pukul 08.00 WIB', '5 January 2026 at 08:00 WIB'],
    ['Asia/Pontianak', '5 Januari 2026 pukul 08.00 WIB', '5 January 2026 at 08:00 WIB'],
    ['Asia/Makassar', '5 Januari 2026 pukul 09.00 WITA', '5 January 2026 at 09:00 WITA'],
    ['Asia/Jayapura', '5 Januari 2026 pukul 10.00 WIT', '5 January 2026 at 10:00 WIT'],
    ['UTC', '5 Januari 2026 pukul 01.00 UTC', '5 January 2026 at 01:00 UTC'],
  ])('in %s: %s | %s', (zone, id, en) => {
    expect(formatTimestamp(instant, 'id', zone)).toBe(id);
    expect(formatTimestamp(instant, 'en', zone)).toBe(en);
  });

  it('uses Intl for the date and time, adding the zone name', () => {
    const intl = new Intl.DateTimeFormat('id-ID', {
      timeZone: 'Asia/Jakarta',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    expect(formatTimestamp(instant, 'id', 'Asia/Jakarta')).toBe(
      `${intl.format(new Date(instant))} WIB`,
    );
  });

  it('throws RangeError for an instant without an offset', () => {
    expect(() => formatTimestamp('2026-01-05T08:00:00', 'id', 'Asia/Jakarta')).toThrow(RangeError);
  });
});

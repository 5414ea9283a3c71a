import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../common/i18n.js';
import { timeZoneOf } from '../common/region.js';
import {
  BusinessOpeningHours,
  hasOverlap,
  isOpenAt,
  OpeningTimeRange,
  rangesOn,
} from './opening-hours.js';

const weekdays = {
  monday: [
    { opens: '08:00', closes: '12:00' },
    { opens: '13:00', closes: '17:00' },
  ],
  friday: [
    { opens: '08:00', closes: '11:00' },
    { opens: '13:30', closes: '17:00' },
  ],
  saturday: [{ opens: '18:00', closes: '24:00' }],
  sunday: [{ opens: '00:00', closes: '02:00' }],
};

describe('BusinessOpeningHours', () => {
  it('accepts several ranges a day, closed days, a midnight close and a note', () => {
    expect(
      BusinessOpeningHours.parse({ ...weekdays, tuesday: [], note: 'Tutup saat hari raya' }),
    ).toEqual({
      ...weekdays,
      tuesday: [],
      note: 'Tutup saat hari raya',
    });
  });

  it('refuses overlapping ranges on a day, naming the day, in both languages', () => {
    const hours = {
      monday: [
        { opens: '08:00', closes: '12:00' },
        { opens: '11:30', closes: '15:00' },
      ],
    };
    expect(validate(BusinessOpeningHours, hours, 'id')).toMatchObject({
      success: false,
      errors: [
        { path: 'monday', message: 'monday: rentang jam buka pada hari yang sama tumpang tindih' },
      ],
    });
    expect(validate(BusinessOpeningHours, hours, 'en')).toMatchObject({
      success: false,
      errors: [{ path: 'monday', message: 'monday: opening ranges on the same day overlap' }],
    });
  });

  it('finds overlap whatever order the ranges are given in, and not when they only touch', () => {
    expect(
      hasOverlap([
        { opens: '13:00', closes: '17:00' },
        { opens: '08:00', closes: '13:30' },
      ]),
    ).toBe(true);
    expect(
      hasOverlap([
        { opens: '08:00', closes: '20:00' },
        { opens: '09:00', closes: '10:00' },
      ]),
    ).toBe(true);
    expect(
      hasOverlap([
        { opens: '12:00', closes: '17:00' },
        { opens: '08:00', closes: '12:00' },
      ]),
    ).toBe(false);
  });

  it.each([
    [{ opens: '17:00', closes: '08:00' }, 'closes'],
    [{ opens: '08:00', closes: '08:00' }, 'closes'],
    [{ opens: '24:00', closes: '24:00' }, 'opens'],
    [{ opens: '8:00', closes: '17:00' }, 'opens'],
    [{ opens: '08:00', closes: '17.00' }, 'closes'],
    [{ opens: '08:00', closes: '24:01' }, 'closes'],
    [{ opens: '08:60', closes: '17:00' }, 'opens'],
  ])('refuses %o at %s', (range, path) => {
    const result = validate(OpeningTimeRange, range, 'en');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.errors[0]?.path).toBe(path);
  });

  it('refuses a fifth range in a day and an unknown weekday is dropped', () => {
    const five = ['06', '08', '10', '12', '14'].map((h) => ({
      opens: `${h}:00`,
      closes: `${h}:30`,
    }));
    expect(BusinessOpeningHours.safeParse({ monday: five }).success).toBe(false);
    expect(BusinessOpeningHours.parse({ senin: [] })).toEqual({});
  });

  it('detects overlap the same way for any order of ranges (property)', () => {
    const range = fc
      .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 }))
      .filter(([a, b]) => a < b)
      .map(([a, b]) => ({ opens: hhmm(a), closes: hhmm(b) }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 4 }), (ranges) => {
        const reversed = [...ranges].reverse();
        const bruteForce = ranges.some((x, i) =>
          ranges.some((y, j) => i < j && x.opens < y.closes && y.opens < x.closes),
        );
        return hasOverlap(ranges) === bruteForce && hasOverlap(reversed) === bruteForce;
      }),
    );
  });
});

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

describe('isOpenAt', () => {
  const hours = BusinessOpeningHours.parse(weekdays);
  const jakarta = timeZoneOf('35.14.01.2001');
  const zone = jakarta.ok ? jakarta.value.iana : 'Asia/Jakarta';

  it('reads the instant in the region’s zone (WIB for Kab. Pasuruan)', () => {
    // Monday 5 January 2026.
    expect(isOpenAt(hours, '2026-01-05T08:00:00+07:00', zone)).toBe(true);
    expect(isOpenAt(hours, '2026-01-05T01:00:00Z', zone)).toBe(true); // 08:00 WIB
    expect(isOpenAt(hours, '2026-01-05T12:00:00+07:00', zone)).toBe(false); // lunch, closing is exclusive
    expect(isOpenAt(hours, '2026-01-05T07:59:00+07:00', zone)).toBe(false);
    // 08:00 WIB is 10:00 WIT: the same instant reads differently in Jayapura.
    expect(isOpenAt(hours, '2026-01-05T08:00:00+07:00', 'Asia/Jayapura')).toBe(true);
    expect(isOpenAt(hours, '2026-01-05T10:30:00+07:00', 'Asia/Jayapura')).toBe(false); // 12:30 WIT
  });

  it('handles a night market split across midnight', () => {
    expect(isOpenAt(hours, '2026-01-10T23:59:00+07:00', zone)).toBe(true); // Saturday
    expect(isOpenAt(hours, '2026-01-11T01:00:00+07:00', zone)).toBe(true); // Sunday
    expect(isOpenAt(hours, '2026-01-11T02:00:00+07:00', zone)).toBe(false);
    expect(isOpenAt(hours, '2026-01-06T10:00:00+07:00', zone)).toBe(false); // Tuesday: closed
  });

  it('refuses an instant without an offset', () => {
    expect(() => isOpenAt(hours, '2026-01-05T08:00:00', zone)).toThrow(RangeError);
  });

  it('sorts ranges by opening time', () => {
    expect(
      rangesOn(
        {
          monday: [
            { opens: '13:00', closes: '14:00' },
            { opens: '08:00', closes: '09:00' },
          ],
        },
        'monday',
      ).map((r) => r.opens),
    ).toEqual(['08:00', '13:00']);
  });
});

import * as z from 'zod/mini';
import { Timestamp } from '../common/time.js';
import { matches, multiLine, rule } from './shared.js';

/** Days of the week, Monday first (the Indonesian working week). */
export const OPENING_WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export const OpeningWeekday = z.enum(OPENING_WEEKDAYS);
export type OpeningWeekday = z.infer<typeof OpeningWeekday>;

/** A time of day `HH:MM`, 24-hour clock, in the local time of the business's region. */
export const LocalTimeOfDay = z
  .string()
  .check(
    ...matches(
      /^(?:[01]\d|2[0-3]):[0-5]\d$/,
      'jam harus berformat HH:MM 24 jam, mis. 08:00 atau 21:30',
      'a time must be HH:MM on the 24-hour clock, e.g. 08:00 or 21:30',
    ),
  );
export type LocalTimeOfDay = z.infer<typeof LocalTimeOfDay>;

/** A closing time: like {@link LocalTimeOfDay}, plus `24:00` for midnight at the end of the day. */
export const LocalClosingTime = z
  .string()
  .check(
    ...matches(
      /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/,
      'jam tutup harus berformat HH:MM 24 jam (00:00–24:00), mis. 17:00',
      'a closing time must be HH:MM on the 24-hour clock (00:00–24:00), e.g. 17:00',
    ),
  );

/** Minutes since midnight of `HH:MM` (`24:00` → 1440). */
export function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * One opening period within a day, `opens` before `closes`. A period past midnight (a night
 * market 18:00–02:00) is written as two: `18:00–24:00` on one day, `00:00–02:00` on the next.
 */
export const OpeningTimeRange = z
  .object({ opens: LocalTimeOfDay, closes: LocalClosingTime })
  .check(
    rule(
      (range: { opens: string; closes: string }) =>
        minutesOfDay(range.opens) < minutesOfDay(range.closes),
      'jam tutup harus setelah jam buka; buka lewat tengah malam ditulis dua rentang (mis. 18:00–24:00 dan 00:00–02:00 hari berikutnya)',
      'the closing time must be after the opening time; past midnight, write two ranges (e.g. 18:00–24:00 and 00:00–02:00 the next day)',
      ['closes'],
    ),
  );
export type OpeningTimeRange = z.infer<typeof OpeningTimeRange>;

/** Whether the periods of one day overlap (touching, 12:00 then 12:00, is not overlap). */
export function hasOverlap(ranges: readonly OpeningTimeRange[]): boolean {
  const sorted = [...ranges].sort((a, b) => minutesOfDay(a.opens) - minutesOfDay(b.opens));
  return sorted.some(
    (range, i) =>
      i > 0 && minutesOfDay(range.opens) < minutesOfDay(sorted[i - 1]?.closes ?? '00:00'),
  );
}

const DayRanges = z.array(OpeningTimeRange).check(
  z.maxLength(4),
  rule(
    (ranges: OpeningTimeRange[]) => !hasOverlap(ranges),
    'rentang jam buka pada hari yang sama tumpang tindih',
    'opening ranges on the same day overlap',
  ),
);

/**
 * Weekly opening hours in the local time of the business's region (WIB/WITA/WIT, from its
 * village code via `timeZoneOf`). Each weekday has up to four non-overlapping ranges; a day
 * that is absent or empty is closed. `note` covers what a week cannot say ("tutup saat hari
 * raya", "buka sesuai pesanan").
 */
export const BusinessOpeningHours = z.object({
  monday: z.optional(DayRanges),
  tuesday: z.optional(DayRanges),
  wednesday: z.optional(DayRanges),
  thursday: z.optional(DayRanges),
  friday: z.optional(DayRanges),
  saturday: z.optional(DayRanges),
  sunday: z.optional(DayRanges),
  note: z.optional(multiLine(200)),
});
export type BusinessOpeningHours = z.infer<typeof BusinessOpeningHours>;

/** The ranges of one day, sorted by opening time; empty when closed. */
export function rangesOn(hours: BusinessOpeningHours, day: OpeningWeekday): OpeningTimeRange[] {
  return [...(hours[day] ?? [])].sort((a, b) => minutesOfDay(a.opens) - minutesOfDay(b.opens));
}

const INTL_WEEKDAYS: Readonly<Record<string, OpeningWeekday>> = {
  Mon: 'monday',
  Tue: 'tuesday',
  Wed: 'wednesday',
  Thu: 'thursday',
  Fri: 'friday',
  Sat: 'saturday',
  Sun: 'sunday',
};

/**
 * Whether the business is open at an instant, read in its IANA time zone (e.g. `Asia/Jakarta`
 * from `timeZoneOf(villageCode)`). Opening is inclusive, closing exclusive.
 *
 * @throws RangeError for a string that is not a {@link Timestamp} or an unknown time zone.
 */
export function isOpenAt(
  hours: BusinessOpeningHours,
  instant: Date | string,
  timeZone: string,
): boolean {
  const date = typeof instant === 'string' ? timestampToDate(instant) : instant;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const day = INTL_WEEKDAYS[part('weekday')];
  if (!day) return false;
  const now = Number(part('hour')) * 60 + Number(part('minute'));
  return rangesOn(hours, day).some(
    (range) => minutesOfDay(range.opens) <= now && now < minutesOfDay(range.closes),
  );
}

function timestampToDate(instant: string): Date {
  if (!Timestamp.safeParse(instant).success) {
    throw new RangeError(`Not an instant with an offset: ${instant}`);
  }
  return new Date(instant);
}

import * as z from 'zod/mini';
import type { LocalizedText } from './i18n.js';

export { NATIONAL_CALENDAR } from './calendars/national.js';

/**
 * Why a day is off: a national holiday or joint leave from the yearly SKB 3 Menteri, or a
 * day off a regency adds itself (e.g. its anniversary, by Keputusan Bupati).
 */
export const HolidayKind = z.enum(['libur-nasional', 'cuti-bersama', 'libur-daerah']);
export type HolidayKind = z.infer<typeof HolidayKind>;

/** One day off on a weekday or weekend, with its official name in Bahasa Indonesia. */
export const CalendarDay = z.object({
  /** The local calendar date, `YYYY-MM-DD`. */
  date: z.iso.date(),
  name: z.string().check(z.minLength(1)),
  kind: HolidayKind,
  /** The act that set this day when it is not the year's main decree (an amendment, a Perbup). */
  source: z.optional(z.string()),
});
export type CalendarDay = z.infer<typeof CalendarDay>;

/** A decree that sets days off: its title, number(s), date of signing and where it was read. */
export const CalendarDecree = z.object({
  title: z.string().check(z.minLength(1)),
  number: z.string().check(z.minLength(1)),
  date: z.iso.date(),
  sources: z.array(z.url()),
});
export type CalendarDecree = z.infer<typeof CalendarDecree>;

/** A year whose days off are fully known, and the decrees (SKB and amendments) that set them. */
export const CalendarYear = z.object({
  year: z.int().check(z.minimum(1), z.maximum(9999)),
  decrees: z.array(CalendarDecree).check(z.minLength(1)),
});
export type CalendarYear = z.infer<typeof CalendarYear>;

/**
 * Days off for working-day arithmetic. Monday–Friday are working days except the listed
 * days; only the `years` listed are known, and any date outside them is refused.
 */
export const WorkingDayCalendar = z.object({
  name: z.string().check(z.minLength(1)),
  years: z.array(CalendarYear),
  days: z.array(CalendarDay),
});
export type WorkingDayCalendar = z.infer<typeof WorkingDayCalendar>;

/**
 * Thrown when a computation reaches a year the calendar does not cover: without that year's
 * SKB its holidays cannot be told from working days, so nothing is counted silently.
 */
export class CalendarUnavailableError extends Error {
  override readonly name = 'CalendarUnavailableError';
  /** What to tell the user, in both languages. */
  readonly text: LocalizedText;

  constructor(
    readonly year: number,
    readonly calendar: string,
  ) {
    super(
      `The working-day calendar "${calendar}" has no data for ${year}: the decree on holidays and joint leave for that year is not loaded`,
    );
    this.text = {
      id: `Kalender hari kerja tahun ${year} belum tersedia: SKB hari libur nasional dan cuti bersama tahun itu belum dimuat.`,
      en: `The working-day calendar for ${year} is not available yet: that year's decree on national holidays and joint leave is not loaded.`,
    };
  }
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of {@link daysFromCivil} (H. Hinnant's `civil_from_days`). */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z0 = days + 719468;
  const era = Math.floor(z0 / 146097);
  const dayOfEra = z0 - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Parses a `YYYY-MM-DD` calendar date into a day number; no clock or time zone involved. */
function parseDay(date: string): number {
  const match = typeof date === 'string' ? DATE_PATTERN.exec(date) : null;
  if (match) {
    const days = daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
    if (formatDay(days) === date) return days;
  }
  throw new RangeError(`Not a calendar date in the form YYYY-MM-DD: ${String(date)}`);
}

/** 1970-01-01 was a Thursday; Saturday and Sunday are never working days. */
function isWeekend(days: number): boolean {
  const weekday = (((days + 3) % 7) + 7) % 7; // 0 = Monday
  return weekday >= 5;
}

interface CalendarIndex {
  readonly name: string;
  readonly years: ReadonlySet<number>;
  readonly daysOff: ReadonlyMap<number, readonly CalendarDay[]>;
}

function indexCalendar(calendar: WorkingDayCalendar): CalendarIndex {
  const daysOff = new Map<number, CalendarDay[]>();
  for (const day of calendar.days) {
    const key = parseDay(day.date);
    const list = daysOff.get(key);
    if (list) list.push(day);
    else daysOff.set(key, [day]);
  }
  return { name: calendar.name, years: new Set(calendar.years.map((y) => y.year)), daysOff };
}

function checkCovered(index: CalendarIndex, days: number): void {
  const { year } = civilFromDays(days);
  if (!index.years.has(year)) throw new CalendarUnavailableError(year, index.name);
}

function isWorking(index: CalendarIndex, days: number): boolean {
  checkCovered(index, days);
  return !isWeekend(days) && !index.daysOff.has(days);
}

/** Whether the calendar knows every day off of `year` (i.e. that year's SKB is loaded). */
export function calendarCoversYear(calendar: WorkingDayCalendar, year: number): boolean {
  return calendar.years.some((y) => y.year === year);
}

/**
 * The days off listed for a date (a date can carry several, e.g. a national and a local day);
 * empty for an ordinary day. Throws `CalendarUnavailableError` for a year not covered.
 */
export function holidaysOn(date: string, calendar: WorkingDayCalendar): readonly CalendarDay[] {
  const index = indexCalendar(calendar);
  const days = parseDay(date);
  checkCovered(index, days);
  return index.daysOff.get(days) ?? [];
}

/**
 * Hari kerja: Monday–Friday that is neither libur nasional nor cuti bersama (SKB 3 Menteri)
 * nor a local day off. Throws `CalendarUnavailableError` for a year the calendar lacks.
 */
export function isWorkingDay(date: string, calendar: WorkingDayCalendar): boolean {
  return isWorking(indexCalendar(calendar), parseDay(date));
}

/**
 * The due date of a service standard of `n` working days (UU 25/2009 Pasal 21, jangka waktu):
 * the n-th working day after `date`, the day itself not counted, so a request filed on
 * Saturday with n = 3 is due on Wednesday and one filed on Monday on Thursday.
 * n = 0 gives the day the request is taken up: `date` if it is a working day, else the next.
 * (For "filed on a day off counts as received on the next working day", pass
 * `addWorkingDays(date, 0, calendar)` as the start.) Every day looked at must be in a covered
 * year, else `CalendarUnavailableError`.
 */
export function addWorkingDays(date: string, n: number, calendar: WorkingDayCalendar): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`The number of working days must be a whole number ≥ 0, not ${n}`);
  }
  const index = indexCalendar(calendar);
  let day = parseDay(date);
  if (n === 0) {
    while (!isWorking(index, day)) day += 1;
    return formatDay(day);
  }
  for (let left = n; left > 0; ) {
    day += 1;
    if (isWorking(index, day)) left -= 1;
  }
  return formatDay(day);
}

/** The first working day strictly after `date` (`addWorkingDays(date, 1, calendar)`). */
export function nextWorkingDay(date: string, calendar: WorkingDayCalendar): string {
  return addWorkingDays(date, 1, calendar);
}

/**
 * The number of working days after `start` up to and including `end` (start exclusive, end
 * inclusive), so `workingDaysBetween(d, addWorkingDays(d, n)) === n` for n ≥ 1; negative
 * when `end` is before `start`, 0 when equal. Throws `CalendarUnavailableError` if a day in
 * the span lies in a year the calendar lacks.
 */
export function workingDaysBetween(
  start: string,
  end: string,
  calendar: WorkingDayCalendar,
): number {
  const index = indexCalendar(calendar);
  const from = parseDay(start);
  const to = parseDay(end);
  const [low, high, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day += 1) {
    if (isWorking(index, day)) count += 1;
  }
  return count === 0 ? 0 : sign * count;
}

export interface CalendarExtension {
  /** Name of the new calendar; defaults to the base's. */
  readonly name?: string;
  /** Extra days off, e.g. a regency's anniversary (kind `libur-daerah`). */
  readonly days?: readonly CalendarDay[];
  /** Years to add to those covered, e.g. next year once its SKB is published. */
  readonly years?: readonly CalendarYear[];
}

/**
 * A new calendar with the base's days plus a regency's own days off and, optionally, more
 * covered years (each with its decree). Throws a `ZodError` for malformed input and a
 * `RangeError` for a year the base already covers. Days in a year that stays uncovered are
 * kept but do not make that year usable.
 */
export function extendCalendar(
  base: WorkingDayCalendar,
  extension: CalendarExtension,
): WorkingDayCalendar {
  const days = z.array(CalendarDay).parse(extension.days ?? []);
  const years = z.array(CalendarYear).parse(extension.years ?? []);
  const known = new Set(base.years.map((y) => y.year));
  for (const { year } of years) {
    if (known.has(year)) throw new RangeError(`The calendar already covers ${year}`);
    known.add(year);
  }
  return {
    name: extension.name ?? base.name,
    years: [...base.years, ...years],
    days: [...base.days, ...days],
  };
}

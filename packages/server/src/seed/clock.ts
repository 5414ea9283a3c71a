import {
  addWorkingDays,
  CalendarUnavailableError,
  calendarCoversYear,
  isWorkingDay,
  type WorkingDayCalendar,
} from '@cerdas/model';
import type { Random } from './random.js';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Demo records cover this much history before `now`. */
const HISTORY_DAYS = 365;

/**
 * The demo's sense of time: the effective "now", the earliest instant a record may carry, and
 * local-time arithmetic in the region's zone (WIB, WITA or WIT) on the working-day calendar.
 *
 * Every instant lies in a year the calendar covers, so every due date of a demo record can be
 * computed: when `now` falls in a year without a calendar (2027 while its SKB is not loaded),
 * the clock stops at the end of the last covered year before it.
 */
export class DemoClock {
  /** The effective now, in ms since the epoch. */
  readonly nowMs: number;
  /** The earliest instant a demo record may carry. */
  readonly startMs: number;
  /** Whether `now` was moved back into a covered year. */
  readonly clamped: boolean;

  constructor(
    requestedNow: Date,
    readonly calendar: WorkingDayCalendar,
    readonly offsetMinutes: number,
    readonly timeZone: string,
  ) {
    const requested = requestedNow.getTime();
    if (!Number.isFinite(requested)) throw new RangeError('seedDemo: `now` is not a valid date');
    let year = this.#yearOf(requested);
    let nowMs = requested;
    while (!calendarCoversYear(calendar, year) && year >= 2000) {
      year -= 1;
      nowMs = this.at(`${year}-12-31`, 17, 0);
    }
    if (!calendarCoversYear(calendar, year)) {
      throw new RangeError(
        `seedDemo: the working-day calendar "${calendar.name}" covers no year up to ${this.#yearOf(requested)}; demo data needs one`,
      );
    }
    let firstYear = year;
    while (calendarCoversYear(calendar, firstYear - 1)) firstYear -= 1;
    this.nowMs = nowMs;
    this.clamped = nowMs !== requested;
    this.startMs = Math.max(nowMs - HISTORY_DAYS * DAY_MS, this.at(`${firstYear}-01-02`, 0, 0));
  }

  #yearOf(ms: number): number {
    return new Date(ms + this.offsetMinutes * MINUTE_MS).getUTCFullYear();
  }

  /** The local calendar year of an instant. */
  yearOf(ms: number): number {
    return this.#yearOf(ms);
  }

  /** Whether the calendar knows the days off of `year`. */
  covers(year: number): boolean {
    return calendarCoversYear(this.calendar, year);
  }

  /** ISO 8601 with the region's offset: `2026-03-02T09:15:00+07:00`. */
  iso(ms: number): string {
    const local = new Date(ms + this.offsetMinutes * MINUTE_MS);
    const pad = (n: number) => String(n).padStart(2, '0');
    const sign = this.offsetMinutes >= 0 ? '+' : '-';
    const offset = Math.abs(this.offsetMinutes);
    return (
      `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
      `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
      `${sign}${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`
    );
  }

  /** The local date `YYYY-MM-DD` of an instant. */
  date(ms: number): string {
    return this.iso(ms).slice(0, 10);
  }

  /** The instant of a local date and time. */
  at(date: string, hour: number, minute: number): number {
    const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
    return Date.UTC(y, m - 1, d, hour, minute) - this.offsetMinutes * MINUTE_MS;
  }

  /** `date` moved by whole calendar days. */
  addDays(date: string, days: number): string {
    return new Date(this.at(date, 12, 0) + days * DAY_MS + this.offsetMinutes * MINUTE_MS)
      .toISOString()
      .slice(0, 10);
  }

  // The model's working-day functions index the calendar on every call; the demo asks the same
  // questions thousands of times, so the answers are remembered.
  readonly #working = new Map<string, boolean>();
  readonly #added = new Map<string, string>();

  isWorkingDay(date: string): boolean {
    let working = this.#working.get(date);
    if (working === undefined) {
      working = isWorkingDay(date, this.calendar);
      this.#working.set(date, working);
    }
    return working;
  }

  /** The n-th working day after `date` (n = 0: `date` itself if working, else the next one). */
  addWorkingDays(date: string, n: number): string {
    const key = `${date}+${n}`;
    let day = this.#added.get(key);
    if (day === undefined) {
      day = addWorkingDays(date, n, this.calendar);
      this.#added.set(key, day);
    }
    return day;
  }

  /** A time during office hours (07:30–15:30) on `date`, strictly after `afterMs`. */
  officeTime(random: Random, date: string, afterMs = 0): number {
    const opening = this.at(date, 7, 30);
    let ms = opening + random.int(0, 8 * 60) * MINUTE_MS;
    if (ms <= afterMs) ms = afterMs + random.int(5, 120) * MINUTE_MS;
    return ms + random.int(0, 59) * 1000;
  }

  /**
   * A staff action `min`–`max` working days after `afterMs`, during office hours.
   * Throws {@link CalendarUnavailableError} when it would reach a year without a calendar.
   */
  staffStep(random: Random, afterMs: number, min: number, max: number): number {
    const date = this.addWorkingDays(this.date(afterMs), random.int(min, max));
    return this.officeTime(random, date, afterMs);
  }

  /** A waking-hours instant (06:00–21:59 local) on a random day in [fromMs, toMs]. */
  citizenTime(random: Random, fromMs: number, toMs: number): number {
    const day = this.date(fromMs + random.next() * Math.max(0, toMs - fromMs));
    const ms = this.at(day, random.int(6, 21), random.int(0, 59)) + random.int(0, 59) * 1000;
    return Math.min(Math.max(ms, fromMs), toMs);
  }
}

/** Runs `make`; a {@link CalendarUnavailableError} (a date past the covered years) gives `undefined`. */
export function withinCalendar<T>(make: () => T): T | undefined {
  try {
    return make();
  } catch (error) {
    if (error instanceof CalendarUnavailableError) return undefined;
    throw error;
  }
}

import * as z from 'zod/mini';
import type { Language, LocalizedText } from '../common/i18n.js';
import { LocalDate, type Timestamp, toLocalDate } from '../common/time.js';
import {
  addWorkingDays,
  CalendarUnavailableError,
  type WorkingDayCalendar,
} from '../common/working-days.js';

/**
 * A working-day date, or the explicit statement that it cannot be computed yet because the
 * calendar lacks a year (its SKB 3 Menteri is not loaded). Never a silent guess.
 */
export type DeadlineResult =
  | { readonly ok: true; readonly value: LocalDate }
  | { readonly ok: false; readonly reason: LocalizedText; readonly year: number };

/**
 * A due date on the wire. `kind: 'date'` carries the date; `kind: 'unavailable'` says that
 * the working-day calendar of `year` is not published or loaded yet, with the reason in the
 * response language, so a page shows "belum dapat dihitung" instead of a wrong date.
 */
export const DueDate = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: LocalDate }),
  z.object({
    kind: z.literal('unavailable'),
    /** The first year the calendar lacks. */
    year: z.int().check(z.minimum(1), z.maximum(9999)),
    reason: z.string(),
  }),
]);
export type DueDate = z.infer<typeof DueDate>;

function attempt(compute: () => LocalDate): DeadlineResult {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    if (error instanceof CalendarUnavailableError) {
      return { ok: false, reason: error.text, year: error.year };
    }
    throw error;
  }
}

/**
 * The working day a filing counts as received: its local date in the region's time zone
 * when that is a working day, else the next working day (a Saturday filing is received on
 * Monday). PermenPANRB 15/2014 jangka waktu runs from receipt.
 */
export function receivedOn(
  instant: Timestamp | Date,
  calendar: WorkingDayCalendar,
  timeZone: string,
): DeadlineResult {
  return attempt(() => addWorkingDays(toLocalDate(instant, timeZone), 0, calendar));
}

/**
 * The n-th working day after the day of receipt ({@link receivedOn}), the day of receipt not
 * counted; n = 0 is the day of receipt. One rule for every filing: a Monday filing with
 * n = 3 is due Thursday, and so is one made on the Saturday before.
 */
export function workingDaysAfter(
  instant: Timestamp | Date,
  n: number,
  calendar: WorkingDayCalendar,
  timeZone: string,
): DeadlineResult {
  return attempt(() =>
    addWorkingDays(addWorkingDays(toLocalDate(instant, timeZone), 0, calendar), n, calendar),
  );
}

/**
 * The completion date of a service request (UU 25/2009 Pasal 21 huruf c, jangka waktu):
 * `standard.completionDays` working days after receipt, in the region's time zone.
 * When the count reaches a year without a national calendar (2027 today) the result is
 * `{ ok: false, reason, year }`, and {@link toDueDate} turns it into `kind: 'unavailable'`.
 */
export function dueDate(
  submittedAt: Timestamp | Date,
  standard: { readonly completionDays: number },
  calendar: WorkingDayCalendar,
  timeZone: string,
): DeadlineResult {
  return workingDaysAfter(submittedAt, standard.completionDays, calendar, timeZone);
}

/** The wire form of a computed deadline, with the reason in the response language. */
export function toDueDate(result: DeadlineResult, lang: Language): DueDate {
  return result.ok
    ? { kind: 'date', date: result.value }
    : { kind: 'unavailable', year: result.year, reason: result.reason[lang] };
}

import * as z from 'zod/mini';
import type { Language } from './i18n.js';

/**
 * An instant on the wire: ISO 8601 / RFC 3339 date-time with `Z` or an offset,
 * `2026-01-05T08:00:00+07:00`. Offset-less times (`2026-01-05T08:00:00`) are refused: they
 * name a different instant in WIB, WITA and WIT.
 */
export const Timestamp = z.iso.datetime({ offset: true });
export type Timestamp = z.infer<typeof Timestamp>;

/** A calendar date `YYYY-MM-DD` that exists: `2024-02-29` passes, `2026-02-30` does not. */
export const LocalDate = z.iso.date();
export type LocalDate = z.infer<typeof LocalDate>;

/**
 * Indonesia's zones by their official abbreviations (Keppres 41/1987), used in both languages:
 * Intl's en-GB would print "GMT+7".
 */
const ZONE_ABBREVIATIONS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

function toDate(instant: Timestamp | Date): Date {
  const date =
    typeof instant === 'string'
      ? Timestamp.safeParse(instant).success
        ? new Date(instant)
        : undefined
      : instant;
  if (!date || Number.isNaN(date.getTime())) {
    throw new RangeError(`Not an instant with an offset: ${String(instant)}`);
  }
  return date;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building an `Intl.DateTimeFormat` costs far more than using it. */
function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  return format;
}

/**
 * The calendar date of an instant in an IANA time zone: `2026-01-05T20:00:00Z` is
 * `2026-01-06` in `Asia/Jakarta`. For deadlines counted in local days.
 *
 * @throws RangeError for a string that is not a {@link Timestamp}, an invalid Date, or an
 * unknown time zone.
 */
export function toLocalDate(instant: Timestamp | Date, timeZone: string): LocalDate {
  const parts = dateFormat(timeZone).formatToParts(toDate(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/**
 * An instant for people: `5 Januari 2026 pukul 08.00 WIB`, `5 January 2026 at 08:00 WIB`.
 * Indonesian zones are named WIB/WITA/WIT in both languages; other zones as Intl names them.
 *
 * @throws RangeError like {@link toLocalDate}.
 */
export function formatTimestamp(
  instant: Timestamp | Date,
  lang: Language,
  timeZone: string,
): string {
  const date = toDate(instant);
  const text = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  const zone =
    ZONE_ABBREVIATIONS[timeZone] ??
    new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { timeZone, timeZoneName: 'short' })
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value;
  return zone ? `${text} ${zone}` : text;
}

/** A calendar year as local dates: `{ year: 2026, first: '2026-01-01', last: '2026-12-31' }`. */
export interface LocalYear {
  readonly year: number;
  readonly first: LocalDate;
  readonly last: LocalDate;
}

/**
 * The calendar year an instant falls in, in an IANA time zone: `2025-12-31T18:00:00Z` is
 * already 2026 in `Asia/Jakarta`. Compare {@link toLocalDate} results with `first`/`last`.
 *
 * @throws RangeError like {@link toLocalDate}.
 */
export function localYearOf(instant: Timestamp | Date, timeZone: string): LocalYear {
  const year = toLocalDate(instant, timeZone).slice(0, 4);
  return { year: Number(year), first: `${year}-01-01`, last: `${year}-12-31` };
}

import {
  type Complaint,
  complaintResolvedAt,
  parseTrackingNumber,
  timeZoneOf,
  toLocalDate,
} from '@cerdas/model';

/**
 * An instant as sortable UTC text, `2026-03-16T03:00:00.000Z`. Records keep their timestamps
 * as given, with the offset the server wrote (`+07:00`), which do not sort as text across
 * offsets; this column does.
 */
export function utc(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a timestamp: ${timestamp}`);
  return date.toISOString();
}

/**
 * The local calendar date on which a complaint or service request was submitted, in the time
 * zone of the regency that issued its tracking number (`ADU-3514-…` → 35.14 → Asia/Jakarta).
 * `from`/`to` filters compare this date, so `2026-03-16T20:00:00Z` counts as 17 March in WIB
 * whatever offset the timestamp was written with. A record whose number names no known
 * province falls back to the date as written in its timestamp.
 */
export function submissionDate(createdAt: string, trackingNumber: string): string {
  return caseDate(createdAt, trackingNumber);
}

/**
 * The local calendar date of any instant in a complaint's or request's life (its submission,
 * its resolution), in the time zone of the regency that issued its tracking number, as
 * {@link submissionDate} explains.
 */
export function caseDate(instant: string, trackingNumber: string): string {
  const parsed = parseTrackingNumber(trackingNumber);
  const zone = parsed.ok ? timeZoneOf(parsed.value.regencyCode) : undefined;
  return zone?.ok ? toLocalDate(instant, zone.value.iana) : instant.slice(0, 10);
}

/** The local date of a complaint's latest resolution (see `complaintResolvedAt`), or null. */
export function resolutionDate(
  complaint: Pick<Complaint, 'status' | 'history' | 'updatedAt'>,
  trackingNumber: string,
): string | null {
  const at = complaintResolvedAt(complaint);
  return at === undefined ? null : caseDate(at, trackingNumber);
}

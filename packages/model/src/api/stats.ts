import * as z from 'zod/mini';
import { RegencyCode } from '../common/region.js';
import { Timestamp } from '../common/time.js';

/** A number of records: a non-negative integer. */
const Count = z.int().check(z.nonnegative());

/** UMKM figures: only what the public catalogue may show. */
export const PublicStatsUmkm = z.object({
  /** Businesses whose registration the Dinas verified (shown in the public catalogue). */
  verified: Count.check(z.meta({ description: 'Businesses with verification status `verified`.' })),
});
export type PublicStatsUmkm = z.infer<typeof PublicStatsUmkm>;

/**
 * Complaint figures, every privacy mode counted alike (a confidential report is counted and
 * nothing more is said about it).
 */
export const PublicStatsComplaints = z.object({
  open: Count.check(
    z.meta({
      description:
        'Reports that still wait for the government: received, needs-info, verified, dispatched or in-progress. Resolved (followed up, awaiting the reporter), closed and rejected reports are not open.',
    }),
  ),
  resolvedThisYear: Count.check(
    z.meta({
      description:
        "Reports now resolved or closed whose latest resolution fell in the current calendar year in the regency's time zone. Rejected reports are not counted.",
    }),
  ),
});
export type PublicStatsComplaints = z.infer<typeof PublicStatsComplaints>;

/** Public-service figures. */
export const PublicStatsServices = z.object({
  standards: Count.check(
    z.meta({
      description:
        'Service standards in the public catalogue (`GET /v1/services`), whatever their status.',
    }),
  ),
});
export type PublicStatsServices = z.infer<typeof PublicStatsServices>;

/**
 * Live figures of the regency for a portal's home page (`GET /v1/stats`). Counts only: no
 * record, no personal data. The IKM comes from `GET /v1/ikm` and this year's pagu from
 * `GET /v1/planning/summary`.
 */
export const PublicStats = z
  .object({
    /** The regency or city the server serves, e.g. `35.14`. */
    regionCode: RegencyCode,
    /** When the figures were counted. */
    generatedAt: Timestamp,
    umkm: PublicStatsUmkm,
    complaints: PublicStatsComplaints,
    services: PublicStatsServices,
  })
  .check(
    z.meta({
      description:
        "Live counts of the regency for a portal's home page. `open` complaints are those received, needs-info, verified, dispatched or in-progress; `resolvedThisYear` counts reports resolved or closed whose latest resolution fell in the calendar year of `generatedAt` in the regency's time zone.",
    }),
  );
export type PublicStats = z.infer<typeof PublicStats>;

import { defineRoute } from '../route.js';
import { PublicStats } from '../stats.js';
import { PUBLIC, READ_ERRORS } from './common.js';

/** `stats.overview`: figures of the regency for a portal's home page. */
export const statsOverviewRoute = defineRoute({
  method: 'GET',
  path: '/v1/stats',
  summary: 'Live figures of the regency: verified UMKM, complaints, service standards',
  description:
    'Counts only. Open complaints are those received, needs-info, verified, dispatched or in-progress; resolvedThisYear counts reports now resolved or closed whose latest resolution fell in the current calendar year in the regency’s time zone.',
  tag: 'stats',
  access: PUBLIC,
  response: PublicStats,
  errors: READ_ERRORS,
});

/** Figures of the regency for a portal's home page. */
export const statsRoutes = { 'stats.overview': statsOverviewRoute } as const;

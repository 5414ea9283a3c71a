import { localYearOf } from '@cerdas/model';
import type { HandlerGroup } from '../handler.js';
import { today } from './shared.js';

/**
 * The home page figures, each one SQL COUNT: businesses verified by the Dinas, complaints
 * still open and those resolved this calendar year (in the regency's time zone), and the
 * service standards in the catalogue. Counts only; no record leaves the storage.
 */
export const statsHandlers: HandlerGroup<'stats.overview'> = {
  'stats.overview': async (_input, ctx) => {
    const year = localYearOf(ctx.now, ctx.config.timeZone);
    const [verified, open, resolvedThisYear, standards] = await Promise.all([
      ctx.db.businesses.count({ statuses: ['verified'], today: today(ctx) }),
      ctx.db.complaints.countOpen(),
      ctx.db.complaints.countResolvedBetween(year.first, year.last),
      ctx.db.services.count(),
    ]);
    return {
      regionCode: ctx.config.regionCode,
      generatedAt: ctx.now,
      umkm: { verified },
      complaints: { open, resolvedThisYear },
      services: { standards },
    };
  },
};

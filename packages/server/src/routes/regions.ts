import {
  ancestorsOf,
  getRegion,
  listChildren,
  listProvinces,
  searchRegions,
} from '@cerdas/wilayah';
import { HttpProblem } from '../errors.js';
import type { HandlerGroup } from '../handler.js';
import { found } from './shared.js';

const UNKNOWN_REGION = { id: 'Wilayah dengan kode ini tidak ada.', en: 'No region has this code.' };

/** Regions come from @cerdas/wilayah, loaded per province as needed. */
export const regionHandlers: HandlerGroup<
  'regions.provinces' | 'regions.search' | 'regions.get' | 'regions.children'
> = {
  'regions.provinces': async () => [...listProvinces()],
  'regions.search': async ({ query }) => {
    if (query.within && !(await getRegion(query.within)))
      throw new HttpProblem(404, UNKNOWN_REGION);
    return [
      ...(await searchRegions(query.q, {
        ...(query.level ? { level: query.level } : {}),
        ...(query.within ? { within: query.within } : {}),
        limit: query.limit,
      })),
    ];
  },
  'regions.get': async ({ params }) => {
    const region = found(await getRegion(params.code), UNKNOWN_REGION);
    return { region, ancestors: [...(await ancestorsOf(region.code))] };
  },
  'regions.children': async ({ params }) => {
    found(await getRegion(params.code), UNKNOWN_REGION);
    return [...(await listChildren(params.code))];
  },
};

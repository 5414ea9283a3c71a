import * as z from 'zod/mini';
import { Province, Region, RegionCode } from '../../common/region.js';
import { defineRoute } from '../route.js';
import { GET_ERRORS, PUBLIC, READ_ERRORS } from './common.js';

/** `GET /v1/regions?q=…`: search by name, optionally within a region and at one level. */
export const RegionSearchQuery = z.object({
  q: z.string().check(z.trim(), z.minLength(2), z.maxLength(100)),
  level: z.optional(z.enum(['province', 'regency', 'district', 'village'])),
  within: z.optional(RegionCode),
  limit: z._default(z.pipe(z.coerce.number(), z.int().check(z.minimum(1), z.maximum(50))), 10),
});
export type RegionSearchQuery = z.infer<typeof RegionSearchQuery>;

const RegionParams = z.object({ code: RegionCode });

/** `regions.provinces` */
export const regionsProvincesRoute = defineRoute({
  method: 'GET',
  path: '/v1/regions/provinces',
  summary: 'All 38 provinces',
  tag: 'regions',
  access: PUBLIC,
  response: z.array(Province),
  errors: READ_ERRORS,
});

/** `regions.search` */
export const regionsSearchRoute = defineRoute({
  method: 'GET',
  path: '/v1/regions',
  summary: 'Search regions by name',
  description: 'Case- and accent-insensitive; "kab pasuruan" finds 35.14. Best match first.',
  tag: 'regions',
  access: PUBLIC,
  query: RegionSearchQuery,
  response: z.array(Region),
  errors: READ_ERRORS,
});

/** `regions.get` */
export const regionsGetRoute = defineRoute({
  method: 'GET',
  path: '/v1/regions/{code}',
  summary: 'One region by code, with its ancestors',
  tag: 'regions',
  access: PUBLIC,
  params: RegionParams,
  response: z.object({ region: Region, ancestors: z.array(Region) }),
  errors: GET_ERRORS,
});

/** `regions.children` */
export const regionsChildrenRoute = defineRoute({
  method: 'GET',
  path: '/v1/regions/{code}/children',
  summary: 'The regions directly below one region',
  tag: 'regions',
  access: PUBLIC,
  params: RegionParams,
  response: z.array(Region),
  errors: GET_ERRORS,
});

/** Regions of Indonesia (Kemendagri codes), as `@cerdas/wilayah` knows them. */
export const regionRoutes = {
  'regions.provinces': regionsProvincesRoute,
  'regions.search': regionsSearchRoute,
  'regions.get': regionsGetRoute,
  'regions.children': regionsChildrenRoute,
} as const;

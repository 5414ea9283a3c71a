/**
 * Every administrative region of Indonesia by its Kemendagri code, from idn-area-data
 * (Kepmendagri 300.2.2-2138/2025; data under the ODbL 1.0). Provinces and regencies are in
 * this module; the districts and villages of each province load on demand, one chunk each.
 */

export { ancestorsOf, getRegion, listChildren, listProvinces, listRegencies } from './regions.js';
export { searchRegions } from './search.js';
export { DATA_SOURCE } from './source.js';
export type {
  District,
  Province,
  Regency,
  RegencyKind,
  Region,
  RegionLevel,
  SearchOptions,
  Village,
  VillageKind,
} from './types.js';
export { UnknownRegionError } from './types.js';

/**
 * Every administrative region of Indonesia by its Kemendagri code, from idn-area-data
 * (Kepmendagri 300.2.2-2138/2025; data under the ODbL 1.0). Provinces are in this module;
 * the regencies load on demand as one small chunk (imported statically only by the
 * synchronous `listRegencies`), and the districts and villages of each province as one chunk
 * per province.
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

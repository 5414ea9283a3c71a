import type {
  LocalizedText,
  District as ModelDistrict,
  Province as ModelProvince,
  Regency as ModelRegency,
  Village as ModelVillage,
  RegencyKind,
  RegionLevel,
  VillageKind,
} from '@cerdas/model/common';

export type { RegencyKind, RegionLevel, VillageKind };

/** A provinsi, e.g. `35` Jawa Timur. The shapes are the API contract's, from `@cerdas/model`. */
export type Province = Readonly<ModelProvince>;

/** A kabupaten or kota, e.g. `35.14` Kabupaten Pasuruan. */
export type Regency = Readonly<ModelRegency>;

/** A kecamatan, e.g. `35.14.01` Purwodadi. */
export type District = Readonly<ModelDistrict>;

/** A desa, kelurahan or desa adat, e.g. `35.14.01.2001` Gerbo. */
export type Village = Readonly<ModelVillage>;

/** A region of any level; `level` tells which. Regions are frozen and shared between calls. */
export type Region = Province | Regency | District | Village;

/** Options of {@link searchRegions}. */
export interface SearchOptions {
  /** Only regions of this level. */
  readonly level?: RegionLevel;
  /** Only regions inside this one (not the region itself); loads its province's shard only. */
  readonly within?: string;
  /** At most this many results, best first. Default 10. */
  readonly limit?: number;
}

/** `searchRegions` was told to search inside a region that does not exist. */
export class UnknownRegionError extends Error {
  override readonly name = 'UnknownRegionError';

  constructor(
    /** The code that names no region. */
    readonly regionCode: string,
    /** Why, in Indonesian and English, for people. */
    readonly reason: LocalizedText,
  ) {
    super(`${regionCode}: ${reason.en}`);
  }
}

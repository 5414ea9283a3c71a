import type { LocalizedText, RegencyKind, RegionLevel, VillageKind } from '@cerdas/model/common';

export type { RegencyKind, RegionLevel, VillageKind };

interface RegionBase {
  /** Kemendagri code: `NN`, `NN.NN`, `NN.NN.NN` or `NN.NN.NN.NNNN`. */
  readonly code: string;
  /** The name as idn-area-data writes it, e.g. `Kabupaten Pasuruan`, `Purwodadi`. */
  readonly name: string;
}

/** A provinsi, e.g. `35` Jawa Timur. */
export interface Province extends RegionBase {
  readonly level: 'province';
}

/** A kabupaten or kota, e.g. `35.14` Kabupaten Pasuruan. */
export interface Regency extends RegionBase {
  readonly level: 'regency';
  readonly parentCode: string;
  readonly kind: RegencyKind;
}

/** A kecamatan, e.g. `35.14.01` Purwodadi. */
export interface District extends RegionBase {
  readonly level: 'district';
  readonly parentCode: string;
}

/** A desa, kelurahan or desa adat, e.g. `35.14.01.2001` Gerbo. */
export interface Village extends RegionBase {
  readonly level: 'village';
  readonly parentCode: string;
  readonly kind: VillageKind;
}

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

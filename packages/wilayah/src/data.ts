import { type ParsedRegionCode, parseRegionCode } from '@cerdas/model/common';
import { loadRegencyRecords, PROVINCES, SHARDS } from './generated/index.js';
import type { District, Province, Regency, Village } from './types.js';

/** The districts and villages of one province, decoded from its generated module. */
export interface Shard {
  readonly byCode: ReadonlyMap<string, District | Village>;
  /** Districts per regency code and villages per district code, in code order. */
  readonly children: ReadonlyMap<string, readonly (District | Village)[]>;
  /** Every district and village of the province, in code order. */
  readonly regions: readonly (District | Village)[];
}

/** The kind the model reads from a code (the generator writes only codes it accepts). */
function kindOf<K extends 'regencyKind' | 'villageKind'>(
  code: string,
  key: K,
): NonNullable<ParsedRegionCode[K]> {
  const parsed = parseRegionCode(code);
  const kind = parsed.ok ? parsed.value[key] : undefined;
  if (kind === undefined) throw new Error(`@cerdas/wilayah: invalid generated code ${code}`);
  return kind;
}

/** The `|`-separated records of a generated string. */
function records(text: string | undefined): string[] {
  return text ? text.split('|') : [];
}

function regency(provinceCode: string, record: string): Regency {
  const code = `${provinceCode}.${record.slice(0, 2)}`;
  return Object.freeze({
    code,
    name: record.slice(2),
    level: 'regency',
    parentCode: provinceCode,
    kind: kindOf(code, 'regencyKind'),
  });
}

export const provinces: readonly Province[] = Object.freeze(
  records(PROVINCES).map((record) =>
    Object.freeze({ code: record.slice(0, 2), name: record.slice(2), level: 'province' as const }),
  ),
);

export const provinceByCode: ReadonlyMap<string, Province> = new Map(
  provinces.map((province) => [province.code, province]),
);

/** The regencies of every province, decoded. */
export interface Regencies {
  readonly byProvince: ReadonlyMap<string, readonly Regency[]>;
  readonly byCode: ReadonlyMap<string, Regency>;
  /** Every regency, in code order. */
  readonly all: readonly Regency[];
}

let decodedRegencies: Regencies | undefined;

/**
 * The regencies decoded from the generated records, once: `listRegencies` (which imports the
 * records) and {@link loadRegencies} (which loads them on demand) share the same objects.
 */
export function regenciesFrom(perProvince: Readonly<Record<string, string>>): Regencies {
  if (!decodedRegencies) {
    const byProvince = new Map(
      provinces.map(({ code }) => [
        code,
        Object.freeze(records(perProvince[code]).map((record) => regency(code, record))),
      ]),
    );
    const all = Object.freeze([...byProvince.values()].flat());
    decodedRegencies = { byProvince, byCode: new Map(all.map((item) => [item.code, item])), all };
  }
  return decodedRegencies;
}

let regencies: Promise<Regencies> | undefined;

/**
 * The regencies, from a module of their own imported on first use, so that a page that only
 * needs one regency's districts never downloads the regencies of the whole country. A failed
 * import is forgotten, like a shard's.
 */
export function loadRegencies(): Promise<Regencies> {
  regencies ??= loadRegencyRecords().then(
    (module) => regenciesFrom(module.default),
    (error: unknown) => {
      regencies = undefined;
      throw error;
    },
  );
  return regencies;
}

/** Decodes the records written by scripts/generate.mjs (`encodeDistrict`). */
function decodeShard(provinceCode: string, districtRecords: readonly string[]): Shard {
  const byCode = new Map<string, District | Village>();
  const children = new Map<string, (District | Village)[]>();
  const regions: (District | Village)[] = [];
  const add = (region: District | Village) => {
    byCode.set(region.code, region);
    regions.push(region);
    const siblings = children.get(region.parentCode);
    if (siblings) siblings.push(region);
    else children.set(region.parentCode, [region]);
  };

  for (const record of districtRecords) {
    const [head = '', ...villageRecords] = records(record);
    const parentCode = `${provinceCode}.${head.slice(0, 2)}`;
    const district: District = Object.freeze({
      code: `${parentCode}.${head.slice(2, 4)}`,
      name: head.slice(4),
      level: 'district',
      parentCode,
    });
    add(district);
    let number = 0;
    for (const villageRecord of villageRecords) {
      const numbered = /^\d{4}/.test(villageRecord);
      number = numbered ? Number(villageRecord.slice(0, 4)) : number + 1;
      const code = `${district.code}.${String(number).padStart(4, '0')}`;
      add(
        Object.freeze({
          code,
          name: numbered ? villageRecord.slice(4) : villageRecord,
          level: 'village',
          parentCode: district.code,
          kind: kindOf(code, 'villageKind'),
        }),
      );
    }
  }
  for (const list of children.values()) Object.freeze(list);
  return { byCode, children, regions: Object.freeze(regions) };
}

const loaders: ReadonlyMap<string, () => Promise<{ default: readonly string[] }>> = new Map(
  Object.entries(SHARDS),
);
const shards = new Map<string, Promise<Shard>>();

/**
 * The shard of a province, imported once and shared. A failed import (a network error in
 * a browser) is forgotten, so that the next call tries again.
 */
function cachedShard(
  provinceCode: string,
  load: () => Promise<{ default: readonly string[] }>,
): Promise<Shard> {
  const cached = shards.get(provinceCode);
  if (cached) return cached;
  const shard = load().then(
    (module) => decodeShard(provinceCode, module.default),
    (error: unknown) => {
      shards.delete(provinceCode);
      throw error;
    },
  );
  shards.set(provinceCode, shard);
  return shard;
}

/** The shard of a province; `undefined` for an unknown province. */
export function loadShard(provinceCode: string): Promise<Shard> | undefined {
  const load = loaders.get(provinceCode);
  return load && cachedShard(provinceCode, load);
}

/** Every shard, loaded in parallel. */
export function loadAllShards(): Promise<Shard[]> {
  return Promise.all([...loaders].map(([code, load]) => cachedShard(code, load)));
}

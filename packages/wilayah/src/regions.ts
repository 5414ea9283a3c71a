import { parseRegionCode } from '@cerdas/model/common';
import { loadRegencies, loadShard, provinceByCode, provinces, regenciesFrom } from './data.js';
import { REGENCIES } from './generated/index.js';
import type { Province, Regency, Region } from './types.js';

/** All 38 provinces, in code order. Needs no shard. */
export function listProvinces(): readonly Province[] {
  return provinces;
}

/**
 * The kabupaten and kota of a province, in code order; `[]` for an unknown code. No shard.
 * Synchronous, so it bundles the regencies of every province (about 5 KB gzipped); the
 * asynchronous functions load them on demand instead.
 */
export function listRegencies(provinceCode: string): readonly Regency[] {
  return regenciesFrom(REGENCIES).byProvince.get(provinceCode) ?? [];
}

/**
 * The region with this code, or `undefined` when there is none (a malformed code names no
 * region either; `parseRegionCode` from `@cerdas/model` says what is wrong with it).
 * Regencies load the regencies (one small module); districts and villages load their
 * province's shard.
 */
export async function getRegion(code: string): Promise<Region | undefined> {
  const parsed = parseRegionCode(code);
  if (!parsed.ok) return undefined;
  switch (parsed.value.level) {
    case 'province':
      return provinceByCode.get(code);
    case 'regency':
      return (await loadRegencies()).byCode.get(code);
    default:
      return (await loadShard(parsed.value.province))?.byCode.get(code);
  }
}

/**
 * The regions directly below a region, in code order: the provinces when called without a
 * code, then regencies, districts, villages. Empty for a village or a code that names no
 * region. Provinces load the regencies (one small module); regencies and districts load
 * their province's shard.
 */
export async function listChildren(code?: string): Promise<readonly Region[]> {
  if (code === undefined) return provinces;
  const parsed = parseRegionCode(code);
  if (!parsed.ok) return [];
  switch (parsed.value.level) {
    case 'province':
      return (await loadRegencies()).byProvince.get(code) ?? [];
    case 'village':
      return [];
    default:
      return (await loadShard(parsed.value.province))?.children.get(code) ?? [];
  }
}

/**
 * The regions above a region, from the province down (breadcrumbs). Empty for a province or
 * a code that names no region. Loads the regencies, and for districts and villages their
 * province's shard.
 */
export async function ancestorsOf(code: string): Promise<readonly Region[]> {
  const parsed = parseRegionCode(code);
  if (!parsed.ok || !(await getRegion(code))) return [];
  const ancestors = await Promise.all(parsed.value.ancestors.map(getRegion));
  return ancestors.filter((ancestor) => ancestor !== undefined);
}

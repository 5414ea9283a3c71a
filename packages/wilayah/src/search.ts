import { parseRegionCode } from '@cerdas/model/common';
import { loadAllShards, loadRegencies, loadShard, provinces } from './data.js';
import { getRegion } from './regions.js';
import { type Region, type RegionLevel, type SearchOptions, UnknownRegionError } from './types.js';

/** Words people abbreviate in region names. */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['kab', 'kabupaten'],
  ['kot', 'kota'],
  ['kodya', 'kota'],
  ['kotamadya', 'kota'],
  ['kep', 'kepulauan'],
  ['adm', 'administrasi'],
  ['dki', 'daerah khusus ibukota'],
  ['diy', 'daerah istimewa yogyakarta'],
  ['ntb', 'nusa tenggara barat'],
  ['ntt', 'nusa tenggara timur'],
]);

/** A first word that names a level rather than a region: `kec purwodadi`. */
const LEVEL_WORDS: ReadonlyMap<string, RegionLevel> = new Map([
  ['prov', 'province'],
  ['provinsi', 'province'],
  ['kec', 'district'],
  ['kecamatan', 'district'],
  ['desa', 'village'],
  ['ds', 'village'],
  ['kel', 'village'],
  ['kelurahan', 'village'],
]);

/** Prefixes a name is also known without: `Kota Pasuruan` is "Pasuruan" too. */
const SHORT_NAME: Readonly<Record<RegionLevel, RegExp | undefined>> = {
  province: /^daerah (khusus ibukota|istimewa) /,
  regency: /^(kabupaten|kota)( administrasi)? /,
  district: undefined,
  village: /^desa adat /,
};

const LEVEL_RANK: Readonly<Record<RegionLevel, number>> = {
  province: 0,
  regency: 1,
  district: 2,
  village: 3,
};

/** Lower case without accents or apostrophes; any other non-alphanumeric run is one space. */
function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`"]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The forms of a query to look for, and the level its first word asks for. */
function parseQuery(text: string): { terms: string[]; level?: RegionLevel } {
  const words = normalize(text).split(' ').filter(Boolean);
  const level = words.length > 1 ? LEVEL_WORDS.get(words[0] ?? '') : undefined;
  const forms = level ? [words.slice(1), words] : [words];
  const terms = forms.flatMap((form) => [
    form.join(' '),
    form.map((word) => ABBREVIATIONS.get(word) ?? word).join(' '),
  ]);
  return { terms: [...new Set(terms)].filter(Boolean), level };
}

const keyCache = new WeakMap<Region, readonly string[]>();

/** The normalized name of a region, and its short name when it has one. */
function keysOf(region: Region): readonly string[] {
  let keys = keyCache.get(region);
  if (!keys) {
    const name = normalize(region.name);
    const short = SHORT_NAME[region.level];
    keys = short?.test(name) ? [name, name.replace(short, '')] : [name];
    keyCache.set(region, keys);
  }
  return keys;
}

/** 0 exact, 1 prefix, 2 contains; `undefined` when no term matches. */
function tierOf(region: Region, terms: readonly string[]): number | undefined {
  let best: number | undefined;
  for (const key of keysOf(region)) {
    for (const term of terms) {
      const tier = key === term ? 0 : key.startsWith(term) ? 1 : key.includes(term) ? 2 : undefined;
      if (tier !== undefined && (best === undefined || tier < best)) best = tier;
    }
  }
  return best;
}

/** The region `within` names, or an {@link UnknownRegionError}. */
async function scopeOf(within: string): Promise<Region> {
  const parsed = parseRegionCode(within);
  if (!parsed.ok) throw new UnknownRegionError(within, parsed.reason);
  const region = await getRegion(within);
  if (!region) {
    throw new UnknownRegionError(within, {
      id: `tidak ada wilayah dengan kode ${within}`,
      en: `there is no region with code ${within}`,
    });
  }
  return region;
}

/**
 * The lists to scan: only what the level and scope need, loading only what they need. Inside
 * a scope, provinces never match, and regencies only inside a province.
 */
async function poolsFor(level: RegionLevel | undefined, scope: Region | undefined) {
  const pools: (readonly Region[])[] = [];
  if (!scope && (level === undefined || level === 'province')) pools.push(provinces);
  if ((level === undefined || level === 'regency') && (!scope || scope.level === 'province')) {
    pools.push((await loadRegencies()).all);
  }
  if (level === 'province' || level === 'regency') return pools;
  if (!scope) return [...pools, ...(await loadAllShards()).map((shard) => shard.regions)];
  const shard = await loadShard(scope.code.slice(0, 2));
  return shard ? [...pools, shard.regions] : pools;
}

/**
 * Regions whose name matches `text`, best first: exact names, then names that start with
 * it, then names that contain it; higher levels and lower codes first among equals. Case,
 * accents and apostrophes do not matter; `kab`, `kec`, `kel`, `ds`, `prov`, `dki`, … are
 * understood (`kab pasuruan` finds Kabupaten Pasuruan, `kec purwodadi` only districts).
 *
 * A search that may find districts or villages loads every shard (433 KB gzipped) unless
 * `within` limits it to one province: in browsers pass `within`, or `level: 'regency'`.
 * Rejects with {@link UnknownRegionError} when `within` names no region.
 */
export async function searchRegions(text: string, options: SearchOptions = {}): Promise<Region[]> {
  const { within, limit = 10 } = options;
  const scope = within === undefined ? undefined : await scopeOf(within);
  const query = parseQuery(text);
  if (query.level && options.level && query.level !== options.level) return [];
  const level = options.level ?? query.level;
  if (query.terms.length === 0 || limit < 1) return [];

  const prefix = scope ? `${scope.code}.` : '';
  const matches: { region: Region; tier: number }[] = [];
  for (const pool of await poolsFor(level, scope)) {
    for (const region of pool) {
      if ((level && region.level !== level) || !region.code.startsWith(prefix)) continue;
      const tier = tierOf(region, query.terms);
      if (tier !== undefined) matches.push({ region, tier });
    }
  }
  return matches
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        LEVEL_RANK[a.region.level] - LEVEL_RANK[b.region.level] ||
        (a.region.code < b.region.code ? -1 : 1),
    )
    .slice(0, limit)
    .map((match) => match.region);
}

import { RegencyCode } from '@cerdas/model';
import { type District, getRegion, listChildren, type Village } from '@cerdas/wilayah';
import type { Random } from './random.js';

/** A kecamatan and its villages, in code order. */
export interface DemoDistrict {
  readonly district: District;
  readonly villages: readonly Village[];
}

/** The regency the demo is for, with every kecamatan and desa/kelurahan from `@cerdas/wilayah`. */
export interface DemoRegion {
  readonly code: string;
  /** `Kabupaten Pasuruan`, as idn-area-data writes it. */
  readonly name: string;
  readonly kind: 'kabupaten' | 'kota';
  readonly districts: readonly DemoDistrict[];
  readonly villages: readonly Village[];
}

/** Loads a regency's districts and villages; throws for a code that names no regency. */
export async function loadRegion(code: string): Promise<DemoRegion> {
  if (!RegencyCode.safeParse(code).success) {
    throw new RangeError(
      `seedDemo: regionCode must be a regency code such as 35.14, not "${code}"`,
    );
  }
  const regency = await getRegion(code);
  if (regency?.level !== 'regency') throw new RangeError(`seedDemo: no regency with code ${code}`);
  const districts: DemoDistrict[] = [];
  for (const district of await listChildren(code)) {
    if (district.level !== 'district') continue;
    const villages = (await listChildren(district.code)).filter(
      (v): v is Village => v.level === 'village',
    );
    districts.push({ district, villages });
  }
  if (districts.length === 0) throw new RangeError(`seedDemo: regency ${code} has no districts`);
  return {
    code,
    name: regency.name,
    kind: regency.kind,
    districts,
    villages: districts.flatMap((d) => d.villages),
  };
}

/**
 * Rough centres of the 24 kecamatan of Kabupaten Pasuruan, read off a map to about 0.02°
 * (2 km): plausible pins for demo records, not survey data. Other regencies get no pins.
 */
const PASURUAN_CENTRES: Readonly<Record<string, readonly [lat: number, lng: number]>> = {
  '35.14.01': [-7.8, 112.73], // Purwodadi
  '35.14.02': [-7.89, 112.83], // Tutur
  '35.14.03': [-7.84, 112.88], // Puspo
  '35.14.04': [-7.79, 112.95], // Lumbang
  '35.14.05': [-7.77, 112.88], // Pasrepan
  '35.14.06': [-7.72, 112.84], // Kejayan
  '35.14.07': [-7.73, 112.77], // Wonorejo
  '35.14.08': [-7.76, 112.74], // Purwosari
  '35.14.09': [-7.7, 112.72], // Sukorejo
  '35.14.10': [-7.7, 112.63], // Prigen
  '35.14.11': [-7.65, 112.69], // Pandaan
  '35.14.12': [-7.56, 112.69], // Gempol
  '35.14.13': [-7.6, 112.74], // Beji
  '35.14.14': [-7.6, 112.79], // Bangil
  '35.14.15': [-7.63, 112.82], // Rembang
  '35.14.16': [-7.62, 112.86], // Kraton
  '35.14.17': [-7.66, 112.88], // Pohjentrek
  '35.14.18': [-7.68, 112.93], // Gondangwetan
  '35.14.19': [-7.72, 112.96], // Winongan
  '35.14.20': [-7.71, 113.0], // Grati
  '35.14.21': [-7.72, 113.06], // Nguling
  '35.14.22': [-7.66, 113.04], // Lekok
  '35.14.23': [-7.68, 112.99], // Rejoso
  '35.14.24': [-7.89, 112.91], // Tosari
};

/** A pin within about 3 km of the kecamatan's centre, or `undefined` outside Kab. Pasuruan. */
export function demoPoint(
  random: Random,
  regionCode: string,
): { lat: number; lng: number } | undefined {
  const centre = PASURUAN_CENTRES[regionCode.slice(0, 8)];
  if (!centre) return undefined;
  const jitter = () => (random.next() - 0.5) * 0.05;
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  return { lat: round(centre[0] + jitter()), lng: round(centre[1] + jitter()) };
}

/** `Desa Gerbo` or `Kelurahan Bangil`. */
export function villageLabel(village: Village): string {
  return `${village.kind === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${village.name}`;
}

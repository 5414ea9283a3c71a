import type { Actor, Opd, Photo } from '@cerdas/model';
import type { Village } from '@cerdas/wilayah';
import type { UploadRecord } from '../storage/types.js';
import type { DemoClock } from './clock.js';
import { demoId } from './ids.js';
import {
  type DemoMediaFile,
  PHOTO_HEIGHT,
  PHOTO_VARIANTS,
  PHOTO_WIDTH,
  placeholderPdf,
  placeholderPhoto,
} from './media.js';
import { kecamatanOpdId } from './opds.js';
import { Random } from './random.js';
import type { DemoDistrict, DemoRegion } from './region.js';

/** What every generator shares: the clock, the region, the OPDs, the size and the media sink. */
export class SeedContext {
  readonly opdById: ReadonlyMap<string, Opd>;
  readonly districtByCode: ReadonlyMap<string, DemoDistrict>;
  readonly files: DemoMediaFile[] = [];
  readonly uploads: UploadRecord[] = [];
  /**
   * Every random choice about media comes from this stream, so the records themselves are the
   * same with and without a media directory; media only add photos and attachments.
   */
  readonly media: Random;

  constructor(
    readonly seed: number,
    readonly clock: DemoClock,
    readonly region: DemoRegion,
    readonly opds: readonly Opd[],
    readonly scale: number,
    /** Whether placeholder photos and documents are made (a media directory was given). */
    readonly withMedia: boolean,
  ) {
    this.opdById = new Map(opds.map((o) => [o.id, o]));
    this.districtByCode = new Map(region.districts.map((d) => [d.district.code, d]));
    this.media = this.random('media');
  }

  /** An independent generator for one part of the demo, derived from the seed and `label`. */
  random(label: string): Random {
    return new Random(this.seed).fork(label);
  }

  /** `base` records at scale 1, multiplied by the scale (at least 1). */
  count(base: number): number {
    return Math.max(1, Math.round(base * this.scale));
  }

  /** The regency code without its dot, as tracking numbers and P-IRT numbers write it: `3514`. */
  get regencyDigits(): string {
    return this.region.code.replace('.', '');
  }

  district(code: string): DemoDistrict {
    const district = this.districtByCode.get(code.slice(0, 8));
    if (!district) throw new Error(`no district ${code}`);
    return district;
  }

  /** The OPD of the kecamatan a region code lies in. */
  kecamatanOpd(regionCode: string): Opd {
    return this.opd(kecamatanOpdId(this.district(regionCode).district.name));
  }

  opd(id: string): Opd {
    const opd = this.opdById.get(id);
    if (!opd) throw new Error(`no OPD ${id}`);
    return opd;
  }

  // ── Staff of the demo (office accounts, never persons) ─────────────────────────────────

  desaActor(village: Village): Actor {
    const label = village.kind === 'kelurahan' ? 'Kelurahan' : 'Desa';
    return {
      id: `demo-desa-${village.code.replaceAll('.', '')}`,
      role: 'desa',
      name: `Operator ${label} ${village.name}`,
      regionCode: village.code,
    };
  }

  kecamatanActor(regionCode: string): Actor {
    const { district } = this.district(regionCode);
    return {
      id: `demo-kec-${district.code.replaceAll('.', '')}`,
      role: 'kecamatan',
      name: `Operator Kecamatan ${district.name}`,
      regionCode: district.code,
    };
  }

  opdActor(opdId: string): Actor {
    const opd = this.opd(opdId);
    return {
      id: `demo-opd-${opd.id}`,
      role: 'opd',
      name: `Operator ${opd.shortName}`,
      opdId: opd.id,
    };
  }

  readonly bappedaActor: Actor = {
    id: 'demo-bappeda',
    role: 'bappeda',
    name: 'Operator Bappelitbangda',
  };

  readonly adminActor: Actor = {
    id: 'demo-admin-pengaduan',
    role: 'admin',
    name: 'Admin Pengaduan Diskominfo',
  };

  // ── Placeholder media ─────────────────────────────────────────────────────────────────

  /**
   * A placeholder photo stored under `folder/demo/`, with its upload record owned by `owner`
   * (`business:<id>`, `proposal:<id>`, `complaint:<id>`).
   */
  photo(
    purpose: 'umkm-photo' | 'proposal-photo' | 'complaint-photo',
    owner: string,
    atMs: number,
    alt: string,
  ): Photo {
    const id = demoId(this.media, atMs);
    const folder = {
      'umkm-photo': 'umkm',
      'proposal-photo': 'proposals',
      'complaint-photo': 'complaints',
    }[purpose];
    const path = `${folder}/demo/${id}.png`;
    const bytes = placeholderPhoto(this.media.int(0, PHOTO_VARIANTS - 1));
    this.files.push({ path, mime: 'image/png', bytes, width: PHOTO_WIDTH, height: PHOTO_HEIGHT });
    this.uploads.push({
      id,
      purpose,
      mime: 'image/png',
      bytes: bytes.length,
      width: PHOTO_WIDTH,
      height: PHOTO_HEIGHT,
      path,
      alt,
      createdAt: this.clock.iso(atMs),
      owner,
    });
    return {
      id,
      path,
      mime: 'image/png',
      width: PHOTO_WIDTH,
      height: PHOTO_HEIGHT,
      bytes: bytes.length,
      alt,
    };
  }

  /** A placeholder PDF with a chosen id for a service request's requirement, owned by `request:<id>`. */
  document(id: string, owner: string, atMs: number): { id: string; bytes: number } {
    const path = `requests/demo/${id}.pdf`;
    const bytes = placeholderPdf();
    this.files.push({ path, mime: 'application/pdf', bytes });
    this.uploads.push({
      id,
      purpose: 'request-document',
      mime: 'application/pdf',
      bytes: bytes.length,
      path,
      createdAt: this.clock.iso(atMs),
      owner,
    });
    return { id, bytes: bytes.length };
  }
}

/**
 * Splits `total` over weighted keys by largest remainder, giving every key at least one when
 * `total` allows: the demo has every status of every lifecycle even at small scales.
 */
export function allocate<K extends string>(
  total: number,
  weights: Readonly<Record<K, number>>,
): Map<K, number> {
  const keys = Object.keys(weights) as K[];
  const result = new Map<K, number>(keys.map((k) => [k, 0]));
  let left = total;
  if (total >= keys.length) {
    for (const k of keys) result.set(k, 1);
    left -= keys.length;
  }
  const sum = keys.reduce((s, k) => s + weights[k], 0);
  const shares = keys.map((k) => ({ k, exact: (left * weights[k]) / sum }));
  let given = 0;
  for (const { k, exact } of shares) {
    result.set(k, (result.get(k) ?? 0) + Math.floor(exact));
    given += Math.floor(exact);
  }
  const byRemainder = [...shares].sort(
    (a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)),
  );
  for (let i = 0; i < left - given; i++) {
    const k = (byRemainder[i % byRemainder.length] as { k: K }).k;
    result.set(k, (result.get(k) ?? 0) + 1);
  }
  return result;
}

/** The keys of an allocation, each repeated by its count, shuffled. */
export function expand<K extends string>(random: Random, allocation: ReadonlyMap<K, number>): K[] {
  const list: K[] = [];
  for (const [k, n] of allocation) for (let i = 0; i < n; i++) list.push(k);
  return random.sample(list, list.length);
}

/** Fills `{desa}`, `{kec}`, `{dusun}`, `{volume}` in a template. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    values[key] === undefined ? whole : String(values[key]),
  );
}

/** Hamlet names used in problem statements ("Dusun Krajan"). */
export const DUSUN = [
  'Krajan',
  'Sumberejo',
  'Karanganyar',
  'Sidomulyo',
  'Tegalrejo',
  'Kauman',
  'Ngemplak',
  'Kebonsari',
];

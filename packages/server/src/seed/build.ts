import { createHash } from 'node:crypto';
import {
  Business,
  Complaint,
  IkmResponse,
  type LocalizedText,
  MediaPath,
  NATIONAL_CALENDAR,
  Opd,
  PlanningSchedule,
  ProductPublic,
  Proposal,
  RecordId,
  ServiceRequest,
  ServiceStandard,
  Timestamp,
  timeZoneOf,
  type WorkingDayCalendar,
  WorkPlanEntry,
} from '@cerdas/model';
import { hashSecret } from '../ids.js';
import type { UploadRecord, WithReceipt } from '../storage/types.js';
import { DemoClock } from './clock.js';
import { generateComplaints } from './complaints.js';
import { SeedContext } from './context.js';
import type { DemoMediaFile } from './media.js';
import { demoOpds, kecamatanOpdId } from './opds.js';
import { generatePlanning } from './planning.js';
import { type DemoRegion, loadRegion } from './region.js';
import { generateIkm, generateServiceRequests } from './requests.js';
import { buildServiceStandard, SERVICE_SPECS } from './services-catalog.js';
import { generateBusinesses } from './umkm.js';

/** Shown wherever demo data is displayed, in both languages. */
export const DEMO_NOTICE: LocalizedText = {
  id: 'Data demo Cerdas: wilayah dan nama perangkat daerah nyata, tetapi semua usaha, orang, nomor telepon, laporan, usulan dan angka anggaran fiktif dan dibuat otomatis. Bukan data resmi pemerintah daerah.',
  en: 'Cerdas demo data: the regions and agency names are real, but every business, person, phone number, report, proposal and budget figure is invented. Not official government data.',
};

/** The instant demo data is dated from when no `now` is given: fixed, so seeding is reproducible. */
export const DEFAULT_DEMO_NOW = new Date('2026-11-28T10:00:00+07:00');
/** The seed used when none is given. */
export const DEFAULT_DEMO_SEED = 3514;

export interface SeedDemoOptions {
  /** Size multiplier: businesses, products, proposals, complaints, requests, IKM answers and work plan programs. Default 1. */
  readonly scale?: number;
  /** Seed of the pseudo-random generator; the same seed gives the same records. Default 3514. */
  readonly seed?: number;
  /**
   * The demo's "now": records spread over the 12 months before it. Default {@link DEFAULT_DEMO_NOW}.
   * A `now` in a year the working-day calendar lacks (2027) is moved back to 31 December of the
   * last covered year, so every due date of a demo record can be computed.
   */
  readonly now?: Date;
  /** The regency or city, a Kemendagri code. Default `35.14` (Kabupaten Pasuruan). */
  readonly regionCode?: string;
  /** Working-day calendar for due dates. Default the national calendar of `@cerdas/model`. */
  readonly calendar?: WorkingDayCalendar;
  /**
   * The media directory of the server. When given, placeholder photos (PNG) and documents (PDF)
   * are written there and businesses, products, proposals, complaints and online service
   * requests refer to them; without it no demo record has media.
   */
  readonly mediaDir?: string;
}

/** Everything the demo inserts, already checked against the model's schemas. */
export interface DemoData {
  readonly regionCode: string;
  readonly seed: number;
  readonly scale: number;
  /** The effective now (ISO 8601 with the region's offset). */
  readonly now: string;
  /** Whether `now` was moved back into a year the calendar covers. */
  readonly clamped: boolean;
  readonly opds: Opd[];
  readonly schedules: PlanningSchedule[];
  readonly services: ServiceStandard[];
  readonly businesses: Business[];
  readonly products: ProductPublic[];
  readonly proposals: Proposal[];
  readonly workPlan: WorkPlanEntry[];
  readonly complaints: WithReceipt<Complaint>[];
  readonly serviceRequests: WithReceipt<ServiceRequest>[];
  readonly ikm: IkmResponse[];
  readonly uploads: UploadRecord[];
  /** Placeholder files to write under the media directory (empty without `mediaDir`). */
  readonly files: DemoMediaFile[];
}

interface Schema<T> {
  safeParse(value: unknown):
    | { success: true; data: T }
    | {
        success: false;
        error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
      };
}

/** The record as its schema reads it; a demo record the schema refuses is a bug in the generator. */
function checked<T>(schema: Schema<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
  throw new Error(`seedDemo: demo ${what} fails its schema — ${issues}`);
}

function checkUpload(upload: UploadRecord): UploadRecord {
  checked(RecordId, upload.id, `upload ${upload.id}`);
  checked(MediaPath, upload.path, `upload ${upload.id} path`);
  checked(Timestamp, upload.createdAt, `upload ${upload.id} time`);
  return upload;
}

/**
 * The receipt code of a demo complaint or service request, derived from the seed and the
 * tracking number so a demo script can act as the citizen. Only the SHA-256 hash is stored, as
 * for real submissions; real receipt codes are random.
 */
export function demoReceiptCode(seed: number, trackingNumber: string): string {
  return createHash('sha256').update(`cerdas-demo:${seed}:${trackingNumber}`).digest('base64url');
}

function resolveScale(scale: number | undefined): number {
  const value = scale ?? 1;
  if (!Number.isFinite(value) || value <= 0 || value > 1000) {
    throw new RangeError(`seedDemo: scale must be a number in (0, 1000], not ${scale}`);
  }
  return value;
}

/**
 * Generates the demo data in memory, without writing anything: the same options give the same
 * records. `seedDemo` writes what this returns.
 */
export async function buildDemoData(
  options: SeedDemoOptions = {},
  loaded?: DemoRegion,
): Promise<DemoData> {
  const regionCode = options.regionCode ?? '35.14';
  const seed = Math.trunc(options.seed ?? DEFAULT_DEMO_SEED);
  const scale = resolveScale(options.scale);
  const region = loaded ?? (await loadRegion(regionCode));
  const zone = timeZoneOf(regionCode);
  if (!zone.ok) throw new RangeError(`seedDemo: ${zone.reason.en}`);
  const clock = new DemoClock(
    options.now ?? DEFAULT_DEMO_NOW,
    options.calendar ?? NATIONAL_CALENDAR,
    zone.value.utcOffsetMinutes,
    zone.value.iana,
  );
  const opds = demoOpds(region).map((o) => checked(Opd, o, `OPD ${o.id}`));
  const ctx = new SeedContext(seed, clock, region, opds, scale, options.mediaDir !== undefined);

  const firstDistrict =
    region.districts.find((d) => d.district.code.endsWith('.14')) ?? region.districts[0];
  if (!firstDistrict) throw new Error('seedDemo: region without districts');
  const kecamatan = {
    id: kecamatanOpdId(firstDistrict.district.name),
    name: firstDistrict.district.name,
    districtCode: firstDistrict.district.code,
  };
  const services = SERVICE_SPECS.filter(
    (spec) =>
      (regionCode === '35.14' || !spec.pasuruanOnly) &&
      (spec.opd === 'kecamatan' || ctx.opdById.has(spec.opd)),
  ).map((spec, index) =>
    checked(
      ServiceStandard,
      buildServiceStandard(
        spec,
        {
          regencyName: region.name,
          opdShortName: (id) => ctx.opd(id).shortName,
          kecamatan,
          createdAt: clock.iso(clock.startMs),
        },
        index + 1,
      ),
      `service ${spec.id}`,
    ),
  );

  const { businesses, products } = generateBusinesses(ctx);
  const planning = generatePlanning(ctx);
  const complaints = generateComplaints(ctx);
  const serviceRequests = generateServiceRequests(ctx, services);
  const ikm = generateIkm(ctx, services);
  const receipt = (trackingNumber: string) => hashSecret(demoReceiptCode(seed, trackingNumber));

  return {
    regionCode,
    seed,
    scale,
    now: clock.iso(clock.nowMs),
    clamped: clock.clamped,
    opds,
    schedules: planning.schedules.map((s) =>
      checked(PlanningSchedule, s, `planning schedule ${s.year}`),
    ),
    services,
    businesses: businesses.map((b) => checked(Business, b, `business ${b.id}`)),
    products: products.map((p) => checked(ProductPublic, p, `product ${p.id}`)),
    proposals: planning.proposals.map((p) => checked(Proposal, p, `proposal ${p.id}`)),
    workPlan: planning.workPlan.map((w) => checked(WorkPlanEntry, w, `work plan row ${w.id}`)),
    complaints: complaints.map((c) => ({
      record: checked(Complaint, c, `complaint ${c.trackingNumber}`),
      receiptHash: receipt(c.trackingNumber),
    })),
    serviceRequests: serviceRequests.map((r) => ({
      record: checked(ServiceRequest, r, `service request ${r.trackingNumber}`),
      receiptHash: receipt(r.trackingNumber),
    })),
    ikm: ikm.map((r) => checked(IkmResponse, r, `IKM response ${r.id}`)),
    uploads: ctx.uploads.map(checkUpload),
    files: ctx.files,
  };
}

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import type { Repositories, Storage } from '../storage/types.js';
import { buildDemoData, type DemoData, type SeedDemoOptions } from './build.js';

export {
  buildDemoData,
  DEFAULT_DEMO_NOW,
  DEFAULT_DEMO_SEED,
  DEMO_NOTICE,
  type DemoData,
  demoReceiptCode,
  type SeedDemoOptions,
} from './build.js';
export { DEMO_MAIL_DOMAIN, DEMO_WEB, OPD_SPECS } from './opds.js';
export { DEMO_NIK_SERIAL_MIN, isDemoNik, isDemoPhone } from './people.js';
export { SERVICE_SPECS } from './services-catalog.js';
export { DEMO_BUSINESS_NOTE } from './umkm.js';

/** What `seedDemo` inserted. */
export interface DemoSeedSummary {
  readonly regionCode: string;
  readonly seed: number;
  readonly scale: number;
  /** The demo's now (ISO 8601); records lie in the 12 months before it. */
  readonly now: string;
  /** Whether the requested now was moved back into a year the working-day calendar covers. */
  readonly clamped: boolean;
  readonly counts: {
    readonly opds: number;
    readonly kecamatanOpds: number;
    readonly planningSchedules: number;
    readonly serviceStandards: number;
    readonly businesses: number;
    readonly products: number;
    readonly proposals: number;
    readonly workPlanEntries: number;
    readonly complaints: number;
    readonly serviceRequests: number;
    readonly ikmResponses: number;
    readonly uploads: number;
  };
  /** Records per status of each lifecycle. */
  readonly statuses: {
    readonly businesses: Readonly<Record<string, number>>;
    readonly proposals: Readonly<Record<string, number>>;
    readonly complaints: Readonly<Record<string, number>>;
    readonly serviceRequests: Readonly<Record<string, number>>;
  };
  /** Kecamatan and desa/kelurahan with at least one business. */
  readonly coverage: { readonly districts: number; readonly villages: number };
}

function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of [...values].sort()) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** Counts of what a {@link DemoData} holds. */
export function summarize(data: DemoData): DemoSeedSummary {
  const villages = new Set(data.businesses.map((b) => b.location.villageCode));
  return {
    regionCode: data.regionCode,
    seed: data.seed,
    scale: data.scale,
    now: data.now,
    clamped: data.clamped,
    counts: {
      opds: data.opds.length,
      kecamatanOpds: data.opds.filter((o) => o.kind === 'kecamatan').length,
      planningSchedules: data.schedules.length,
      serviceStandards: data.services.length,
      businesses: data.businesses.length,
      products: data.products.length,
      proposals: data.proposals.length,
      workPlanEntries: data.workPlan.length,
      complaints: data.complaints.length,
      serviceRequests: data.serviceRequests.length,
      ikmResponses: data.ikm.length,
      uploads: data.uploads.length,
    },
    statuses: {
      businesses: tally(data.businesses.map((b) => b.verification.status)),
      proposals: tally(data.proposals.map((p) => p.status)),
      complaints: tally(data.complaints.map((c) => c.record.status)),
      serviceRequests: tally(data.serviceRequests.map((r) => r.record.status)),
    },
    coverage: {
      districts: new Set([...villages].map((v) => v.slice(0, 8))).size,
      villages: villages.size,
    },
  };
}

/** Rows per transaction: big enough to be fast on SQLite, small enough to keep locks short. */
const BATCH = 500;

async function inBatches<T>(
  storage: Storage,
  items: readonly T[],
  write: (tx: Repositories, item: T) => Promise<void>,
  size = BATCH,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    const batch = items.slice(start, start + size);
    await storage.transaction(async (tx) => {
      for (const item of batch) await write(tx, item);
    });
  }
}

/**
 * Takes tracking numbers from the storage's own counters, in filing order, so numbers issued
 * after seeding continue where the demo stopped. On an empty database the counter yields
 * exactly the demo's numbers; anything else means the database was not empty.
 */
async function claimSequence(tx: Repositories, trackingNumber: string): Promise<void> {
  const name = trackingNumber.slice(0, -7);
  const expected = Number(trackingNumber.slice(-6));
  const next = await tx.sequences.next(name);
  if (next !== expected) {
    throw new Error(
      `seedDemo: counter ${name} gave ${next}, expected ${expected}; demo data only goes into an empty database`,
    );
  }
}

async function writeFiles(mediaDir: string, data: DemoData): Promise<void> {
  const root = resolve(mediaDir);
  for (const file of data.files) {
    const target = resolve(root, ...file.path.split('/'));
    if (!target.startsWith(root + sep))
      throw new Error(`seedDemo: media path ${file.path} leaves ${root}`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.bytes);
  }
}

/**
 * Seeds demo data for a regency (default Kabupaten Pasuruan, 35.14) into an empty, migrated
 * storage: the real districts, villages and perangkat daerah, and invented businesses,
 * products, proposals, work plan rows, service standards, requests, complaints and IKM answers,
 * all made by the model's own functions, checked against its schemas, and written through the
 * repositories in batched transactions. Deterministic for the same options. Staff tokens are
 * not seeded. Returns what was inserted.
 */
export async function seedDemo(
  storage: Storage,
  options: SeedDemoOptions = {},
): Promise<DemoSeedSummary> {
  const data = await buildDemoData(options);
  if (options.mediaDir !== undefined) await writeFiles(options.mediaDir, data);

  await storage.transaction(async (tx) => {
    for (const opd of data.opds) await tx.opds.insert(opd);
    for (const schedule of data.schedules) await tx.schedules.put(schedule);
    for (const service of data.services) await tx.services.insert(service);
  });

  const productsByBusiness = new Map<string, (typeof data.products)[number][]>();
  for (const product of data.products) {
    const list = productsByBusiness.get(product.businessId);
    if (list) list.push(product);
    else productsByBusiness.set(product.businessId, [product]);
  }
  await inBatches(
    storage,
    data.businesses,
    async (tx, business) => {
      await tx.businesses.insert(business);
      for (const product of productsByBusiness.get(business.id) ?? [])
        await tx.products.insert(product);
    },
    250,
  );
  await inBatches(storage, data.proposals, (tx, proposal) => tx.proposals.insert(proposal));
  await inBatches(storage, data.workPlan, (tx, entry) => tx.workPlan.insert(entry));
  await inBatches(storage, data.complaints, async (tx, { record, receiptHash }) => {
    await claimSequence(tx, record.trackingNumber);
    await tx.complaints.insert(record, receiptHash);
  });
  await inBatches(storage, data.serviceRequests, async (tx, { record, receiptHash }) => {
    await claimSequence(tx, record.trackingNumber);
    await tx.serviceRequests.insert(record, receiptHash);
  });
  await inBatches(storage, data.ikm, (tx, response) => tx.ikm.insert(response), 1000);
  await inBatches(storage, data.uploads, (tx, upload) => tx.uploads.insert(upload), 1000);
  return summarize(data);
}

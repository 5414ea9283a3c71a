#!/usr/bin/env node
import { once } from 'node:events';
// @ts-check
// An integration on @cerdas/client, as a vendor, another agency or a data team writes one:
// every verified UMKM of a district to CSV, a complaint that a flaky connection cannot file
// twice, and this year's pagu by urusan. Each job is a function the test imports as well.
import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  CerdasHttpError,
  CerdasNetworkError,
  CerdasTimeoutError,
  CerdasValidationError,
  createCerdasClient,
  isCerdasError,
} from '@cerdas/client';
import { formatRupiah, localYearOf, timeZoneOf, toLocalDate } from '@cerdas/model';

/** @typedef {import('@cerdas/client').CerdasClient} CerdasClient */
/** @typedef {import('@cerdas/model').BusinessPublicSummary} BusinessPublicSummary */
/** @typedef {import('@cerdas/model').BusinessDetailPublic} BusinessDetailPublic */
/** @typedef {Parameters<CerdasClient['complaints']['submit']>[0]} ComplaintCreate What a complaint body may hold (defaults filled in by the server). */
/** @typedef {import('@cerdas/model').ComplaintReceipt} ComplaintReceipt */

export const DEFAULT_API = 'http://127.0.0.1:8787';
export const DEFAULT_DISTRICT = '35.14.01';

/**
 * The CSV's columns: public fields of the catalog card and the public profile only. The
 * owner (name, NIK, phone, e-mail, home) is never in a public response, and the business's
 * WhatsApp and phone links are left out too: they are often the owner's own mobile.
 */
export const UMKM_COLUMNS = /** @type {const} */ ([
  'id',
  'name',
  'kbli_category',
  'kbli_version',
  'kbli_codes',
  'scale',
  'district_code',
  'village_code',
  'village_name',
  'postal_code',
  'halal',
  'nib',
  'verified_on',
  'products',
  'price_min',
  'price_max',
]);

/** @typedef {Record<(typeof UMKM_COLUMNS)[number], string | number | boolean | null | undefined>} UmkmRow */

/** Profiles fetched at once: enough to be quick, few enough to be polite to a regency's server. */
const PROFILE_CONCURRENCY = 4;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, with
 * quotes doubled. `null`/`undefined` are empty fields.
 * @param {string | number | boolean | null | undefined} value
 */
export function csvField(value) {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV text (RFC 4180: CRLF line ends, a header row) of rows with the given columns.
 * @template {string} C
 * @param {readonly C[]} columns
 * @param {Iterable<Record<C, string | number | boolean | null | undefined>>} rows
 */
export function toCsv(columns, rows) {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvField(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Runs `work` on every item with at most `limit` calls in flight; results keep the input order.
 * @template T, R
 * @param {readonly T[]} items
 * @param {number} limit
 * @param {(item: T) => Promise<R>} work
 * @returns {Promise<R[]>}
 */
async function mapLimited(items, limit, work) {
  /** @type {R[]} */
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(/** @type {T} */ (items[index]));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Job 1: every verified UMKM of a district, as CSV rows. The catalog cards come page by page
 * through `client.umkm.iterate`; each business's public profile adds its KBLI codes, NIB and
 * the date it was verified, and the district's villages give the village names.
 *
 * @param {CerdasClient} client
 * @param {{ districtCode: string, pageSize?: number }} options
 * @returns {Promise<UmkmRow[]>}
 */
export async function listVerifiedUmkm(client, { districtCode, pageSize = 50 }) {
  const zone = timeZoneOf(districtCode);
  const timeZone = zone.ok ? zone.value.iana : 'Asia/Jakarta';
  const villages = await client.regions.children(districtCode);
  const villageNames = new Map(villages.map((village) => [village.code, village.name]));

  /** @type {BusinessPublicSummary[]} */
  const cards = [];
  for await (const card of client.umkm.iterate({
    districtCode,
    verifiedOnly: 'true',
    limit: pageSize,
  })) {
    cards.push(card);
  }
  const profiles = await mapLimited(cards, PROFILE_CONCURRENCY, (card) => client.umkm.get(card.id));

  return cards.map((card, index) => {
    const profile = /** @type {BusinessDetailPublic} */ (profiles[index]);
    const verifiedAt = profile.verification.updatedAt;
    return {
      id: card.id,
      name: card.name,
      kbli_category: card.kbliCategory,
      kbli_version: profile.kbli?.version,
      // The first code is the main one; `;` keeps the list in one field without quoting.
      kbli_codes: profile.kbli?.codes.join(';'),
      scale: card.scale,
      district_code: card.districtCode,
      village_code: card.villageCode,
      village_name: villageNames.get(card.villageCode),
      postal_code: profile.location.postalCode,
      halal: card.halal,
      nib: profile.nib,
      verified_on: verifiedAt ? toLocalDate(verifiedAt, timeZone) : undefined,
      products: profile.products.length,
      price_min: card.priceRange?.min,
      price_max: card.priceRange?.max,
    };
  });
}

/**
 * Job 1 with its output: writes the CSV of {@link listVerifiedUmkm} to `out` (`-`: stdout).
 * @param {CerdasClient} client
 * @param {{ districtCode: string, out: string }} options
 * @returns {Promise<{ rows: UmkmRow[], csv: string }>}
 */
export async function exportUmkmCsv(client, { districtCode, out }) {
  const rows = await listVerifiedUmkm(client, { districtCode });
  const csv = toCsv(UMKM_COLUMNS, rows);
  if (out === '-') {
    process.stdout.write(csv);
  } else {
    const file = createWriteStream(out, { encoding: 'utf8' });
    file.end(csv);
    await once(file, 'finish');
  }
  return { rows, csv };
}

/** The complaint the demo files: anonymous, so no personal data leaves the script. */
export const DEMO_COMPLAINT = /** @type {const} */ ({
  kind: 'pengaduan',
  category: 'infrastruktur-jalan',
  title: 'Jalan berlubang di depan balai desa',
  description:
    'Lubang besar di jalan depan balai desa Gerbo membahayakan pengendara, terutama malam hari. (Dikirim oleh contoh integrasi Cerdas.)',
  regionCode: '35.14.01.2001',
  privacy: 'anonymous',
});

/**
 * Job 2: files a complaint. The client sends one `Idempotency-Key` with every attempt, so when
 * an answer is lost and the client retries, the server replays its first answer instead of
 * filing a second complaint. Pass `idempotencyKey` to keep that promise across restarts of
 * your own program (store the key with the outgoing record before sending).
 *
 * @param {CerdasClient} client
 * @param {ComplaintCreate} [complaint]
 * @param {{ idempotencyKey?: string }} [options]
 * @returns {Promise<ComplaintReceipt>}
 */
export async function submitComplaint(client, complaint = DEMO_COMPLAINT, options = {}) {
  return client.complaints.submit(complaint, options);
}

/**
 * Job 3: the pagu of a fiscal year by urusan, largest first, with the year's total.
 * @param {CerdasClient} client
 * @param {{ year: number }} options
 */
export async function budgetByUrusan(client, { year }) {
  const summary = await client.planning.summary({ year });
  const rows = [...summary.byUrusan].sort(
    (a, b) => b.pagu - a.pagu || a.code.localeCompare(b.code),
  );
  return { fiscalYear: summary.fiscalYear, totalPagu: summary.totalPagu, rows };
}

/**
 * The budget as a text table: urusan, pagu in rupiah and its share of the year's total.
 * @param {Awaited<ReturnType<typeof budgetByUrusan>>} budget
 */
export function formatBudget({ fiscalYear, totalPagu, rows }) {
  if (rows.length === 0) return `No work plan rows for ${fiscalYear}.`;
  const amounts = rows.map((row) => formatRupiah(row.pagu));
  const total = formatRupiah(totalPagu);
  const width = Math.max(total.length, ...amounts.map((amount) => amount.length));
  const nameWidth = Math.max(...rows.map((row) => `${row.code} ${row.name ?? ''}`.length));
  const lines = rows.map((row, index) => {
    const label = `${row.code} ${row.name ?? ''}`.padEnd(nameWidth);
    const share = totalPagu > 0 ? ((row.pagu / totalPagu) * 100).toFixed(1) : '0.0';
    return `  ${label}  ${amounts[index]?.padStart(width)}  ${share.padStart(5)} %`;
  });
  return [
    `Pagu ${fiscalYear} by urusan:`,
    ...lines,
    `  ${'Total'.padEnd(nameWidth)}  ${total.padStart(width)}`,
  ].join('\n');
}

/**
 * The innermost `cause` of an error, e.g. `connect ECONNREFUSED 127.0.0.1:8787`.
 * @param {Error} error
 */
function rootCause(error) {
  let current = error;
  while (current.cause instanceof Error) current = current.cause;
  return current === error ? error.message : `${error.message}: ${current.message}`;
}

/**
 * One line (or a few) for a failure, saying what to do about it.
 * @param {unknown} error
 * @param {string} api
 */
export function describeError(error, api) {
  if (error instanceof CerdasNetworkError || error instanceof CerdasTimeoutError) {
    return [
      `Cannot reach the Cerdas API at ${api} (${rootCause(error)}).`,
      'Start the reference server with "npm start" at the repository root, or point --api (or CERDAS_API) at your portal\'s API.',
    ].join('\n');
  }
  if (error instanceof CerdasHttpError) {
    const fields = error.fieldErrors.map((field) => `  ${field.path}: ${field.message}`);
    return [
      `${error.operation}: the API answered ${error.status} ${error.problem.title}${error.problem.detail ? ` — ${error.problem.detail}` : ''}`,
      ...fields,
    ].join('\n');
  }
  if (error instanceof CerdasValidationError) {
    return `${error.operation}: ${api} answered outside the Cerdas contract at ${error.path || '(root)'}: ${error.issue}. Is it a Cerdas API of the same version as @cerdas/client?`;
  }
  if (isCerdasError(error)) return /** @type {Error} */ (error).message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

const USAGE = `Usage: node index.mjs [umkm] [complaint] [budget] [options]

Jobs (all three when none is named):
  umkm        every verified UMKM of a district to CSV
  complaint   file a demo complaint (anonymous) and print its tracking number
  budget      this year's pagu by urusan

Options:
  --api URL        the Cerdas API (default $CERDAS_API or ${DEFAULT_API})
  --district CODE  kecamatan code for the CSV (default ${DEFAULT_DISTRICT})
  --out FILE       where to write the CSV, - for stdout (default umkm.csv)
  --year YYYY      fiscal year of the budget (default this year in the district's time zone)
  --help`;

const JOBS = ['umkm', 'complaint', 'budget'];

/**
 * The command line. Answers the exit code instead of exiting, so a test can call it.
 * @param {readonly string[]} argv
 * @param {{ log?: (line: string) => void, error?: (line: string) => void }} [io]
 * @returns {Promise<number>}
 */
export async function main(argv, io = {}) {
  const log = io.log ?? ((line) => console.log(line));
  const error = io.error ?? ((line) => console.error(line));
  /** @type {ReturnType<typeof parseCommandLine>} */
  let args;
  try {
    args = parseCommandLine(argv);
  } catch (failure) {
    error(`${failure instanceof Error ? failure.message : String(failure)}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    log(USAGE);
    return 0;
  }
  const client = createCerdasClient({ baseUrl: args.api, timeout: 10_000, retry: { limit: 3 } });
  try {
    if (args.jobs.includes('umkm')) {
      const { rows } = await exportUmkmCsv(client, {
        districtCode: args.district,
        out: args.out,
      });
      const where = args.out === '-' ? 'stdout' : args.out;
      (args.out === '-' ? error : log)(
        `${rows.length} verified UMKM of district ${args.district} written to ${where}.`,
      );
    }
    if (args.jobs.includes('complaint')) {
      const receipt = await submitComplaint(client);
      log(`Complaint filed. Tracking number: ${receipt.trackingNumber}`);
      log(`Receipt code: ${receipt.receiptCode}`);
      log(
        '  Keep the receipt code: it is shown only this once (the server stores only its hash) and\n' +
          '  it is what proves the report is yours when you add information, confirm or reopen it.\n' +
          '  Anyone can follow the status with the tracking number alone.',
      );
    }
    if (args.jobs.includes('budget')) {
      const zone = timeZoneOf(args.district);
      const year =
        args.year ?? localYearOf(new Date(), zone.ok ? zone.value.iana : 'Asia/Jakarta').year;
      log(formatBudget(await budgetByUrusan(client, { year })));
    }
    return 0;
  } catch (failure) {
    error(describeError(failure, args.api));
    return 1;
  }
}

/** @param {readonly string[]} argv */
function parseCommandLine(argv) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      api: { type: 'string' },
      district: { type: 'string' },
      out: { type: 'string' },
      year: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  for (const job of positionals) {
    if (!JOBS.includes(job)) throw new Error(`Unknown job "${job}".`);
  }
  let year;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!Number.isInteger(year))
      throw new Error(`--year wants a year such as 2026, not "${values.year}".`);
  }
  return {
    api: values.api ?? process.env.CERDAS_API ?? DEFAULT_API,
    district: values.district ?? DEFAULT_DISTRICT,
    out: values.out ?? 'umkm.csv',
    year,
    help: values.help ?? false,
    jobs: positionals.length > 0 ? positionals : JOBS,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}

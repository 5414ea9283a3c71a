/**
 * The integration script's three jobs against a real reference server (SQLite in memory,
 * seeded with the Kabupaten Pasuruan demo data): the CSV holds exactly the district's verified
 * businesses and nothing personal, a complaint sent through a connection that loses its first
 * answer is filed once, and the budget adds up to the summary's total.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCerdasClient } from '@cerdas/client';
import { toLocalDate } from '@cerdas/model';
import { type RunningServer, startServer } from '@cerdas/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FaultProxy,
  fault,
  startFaultProxy,
} from '../../../packages/client/test/support/proxy.js';
import { budgetByUrusan, exportUmkmCsv, main, submitComplaint, UMKM_COLUMNS } from '../index.mjs';

const DISTRICT = '35.14.01';
/** The seed's own clock, pinned so that "this year" and halal certificates do not drift. */
const NOW = new Date('2026-11-28T03:00:00Z');
const TODAY = '2026-11-28';
const HOSTILE_NAME = 'Warung "Bu Tini", Gerbo';

let server: RunningServer;
let proxy: FaultProxy;
let workDir: string;
let hostileId: string;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'cerdas-integrator-'));
  server = await startServer({
    databaseUrl: 'sqlite::memory:',
    mediaDir: join(workDir, 'media'),
    port: 0,
    now: () => NOW,
    writesPerMinute: 0,
  });
  // A verified business whose name needs CSV quoting: a copy of a seeded one under a new id.
  const { items } = await server.storage.businesses.list(
    { districtCode: DISTRICT, statuses: ['verified'], today: TODAY, sort: 'name' },
    { limit: 1 },
  );
  const original = items[0];
  if (!original) throw new Error(`the seed has no verified business in ${DISTRICT}`);
  hostileId = `${original.id.slice(0, -4)}zzzz`;
  await server.storage.businesses.insert({ ...original, id: hostileId, name: HOSTILE_NAME });
  proxy = await startFaultProxy(server.url);
}, 60_000);

afterAll(async () => {
  await proxy?.close();
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** RFC 4180 records, quotes and CRLFs inside quoted fields included. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || record.length > 0) throw new Error('the CSV does not end with CRLF');
  return records;
}

describe('verified UMKM of a district to CSV', () => {
  let header: string[];
  let rows: Record<string, string | undefined>[];
  let text: string;

  beforeAll(async () => {
    const out = join(workDir, 'umkm.csv');
    const client = createCerdasClient({ baseUrl: server.url });
    await exportUmkmCsv(client, { districtCode: DISTRICT, out });
    text = readFileSync(out, 'utf8');
    const [first, ...rest] = parseCsv(text);
    header = first ?? [];
    rows = rest.map((values) => Object.fromEntries(header.map((name, i) => [name, values[i]])));
  }, 30_000);

  it('has one row per verified business of the district, as the storage counts them', async () => {
    const filter = { districtCode: DISTRICT, statuses: ['verified'] as const, today: TODAY };
    const expected = await server.storage.businesses.count(filter);
    expect(expected).toBeGreaterThan(20);
    expect(rows).toHaveLength(expected);

    const stored = await server.storage.businesses.list(
      { ...filter, sort: 'name' },
      { limit: expected + 10 },
    );
    expect(new Set(rows.map((row) => row.id))).toEqual(
      new Set(stored.items.map((business) => business.id)),
    );
    for (const row of rows) {
      expect(row.district_code).toBe(DISTRICT);
      expect(row.village_name).toMatch(/\S/);
    }
  });

  it('carries the public profile: KBLI codes and the local date of verification', async () => {
    const row = rows.find((candidate) => candidate.id !== hostileId && candidate.kbli_codes);
    const business = await server.storage.businesses.get(row?.id ?? '');
    expect(row?.kbli_codes).toBe(business?.kbli?.codes.join(';'));
    const verifiedAt = business?.verification.updatedAt;
    expect(verifiedAt).toBeDefined();
    expect(row?.verified_on).toBe(toLocalDate(verifiedAt ?? '', 'Asia/Jakarta'));
  });

  it('has a header row of public columns only, and no owner data in any field', async () => {
    expect(header).toEqual([...UMKM_COLUMNS]);
    expect(header.join(',')).not.toMatch(/nik|phone|mail|owner|whats|street|geo|chat|call/i);

    for (const row of rows) {
      const business = await server.storage.businesses.get(row.id ?? '');
      const owner = business?.owner;
      expect(owner).toBeDefined();
      // Not the owner's name: a warung is often named after its owner ("Warung Bu Umi").
      const secrets = [
        owner?.nik,
        owner?.phone,
        owner?.phone?.replace(/^\+62/, '0'),
        owner?.email,
        owner?.homeAddress.street,
        business?.contact.whatsApp,
        business?.contact.phone,
      ].filter((value): value is string => Boolean(value));
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
  });

  it('quotes a name with a comma and quotes (RFC 4180) and reads it back intact', () => {
    expect(text).toContain('"Warung ""Bu Tini"", Gerbo"');
    expect(rows.find((row) => row.id === hostileId)?.name).toBe(HOSTILE_NAME);
    expect(text.split('\r\n')).toHaveLength(rows.length + 2);
  });
});

describe('a complaint with retries', () => {
  it('arrives exactly once when the first answer is lost after the server filed it', async () => {
    proxy.reset();
    proxy.queue(fault.dropAfter);
    const before = await server.storage.complaints.count();
    const client = createCerdasClient({
      baseUrl: proxy.url,
      retry: { limit: 3, baseDelay: 10 },
      timeout: 5_000,
    });

    const receipt = await submitComplaint(client);

    expect(receipt.trackingNumber).toMatch(/^ADU-3514-2026-\d{6}$/);
    expect(receipt.receiptCode).toMatch(/\S{8,}/);
    const posts = proxy.requests.filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.fault)).toEqual(['drop-after', 'pass']);
    expect(posts[0]?.upstreamStatus).toBe(201);
    expect(posts[0]?.idempotencyKey).toBeDefined();
    expect(posts[1]?.idempotencyKey).toBe(posts[0]?.idempotencyKey);
    expect(await server.storage.complaints.count()).toBe(before + 1);
    const stored = await server.storage.complaints.getByTrackingNumber(receipt.trackingNumber);
    expect(stored?.record.title).toBe('Jalan berlubang di depan balai desa');
  });
});

describe("this year's budget by urusan", () => {
  it('adds up to the summary total, largest first', async () => {
    const client = createCerdasClient({ baseUrl: server.url });
    const budget = await budgetByUrusan(client, { year: 2026 });
    const summary = (await (await fetch(`${server.url}/v1/planning/summary?year=2026`)).json()) as {
      totalPagu: number;
      byUrusan: { code: string; pagu: number }[];
    };

    expect(budget.rows.length).toBeGreaterThan(1);
    expect(budget.rows.reduce((sum, row) => sum + row.pagu, 0)).toBe(summary.totalPagu);
    expect(budget.totalPagu).toBe(summary.totalPagu);
    const pagu = budget.rows.map((row) => row.pagu);
    expect(pagu).toEqual([...pagu].sort((a, b) => b - a));
    expect(new Set(budget.rows.map((row) => row.code))).toEqual(
      new Set(summary.byUrusan.map((row) => row.code)),
    );
  });
});

describe('the command line', () => {
  it('prints the budget in rupiah, with the total', async () => {
    const lines: string[] = [];
    const code = await main(['budget', '--api', server.url, '--year', '2026'], {
      log: (line) => lines.push(line),
    });
    expect(code).toBe(0);
    const output = lines.join('\n');
    expect(output).toContain('Pagu 2026 by urusan:');
    expect(output).toMatch(/Total\s+Rp\u00a0?\s?[\d.]+/);
  });

  it('says in one line that the server is not reachable and how to start it', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const errors: string[] = [];
    const code = await main(['budget', '--api', `http://127.0.0.1:${port}`], {
      log: () => {},
      error: (line) => errors.push(line),
    });
    expect(code).toBe(1);
    expect(errors.join('\n')).toMatch(/Cannot reach the Cerdas API at http:\/\/127\.0\.0\.1:\d+/);
    expect(errors.join('\n')).toContain('npm start');
  }, 15_000);
});

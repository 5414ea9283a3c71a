import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { createSqliteStorage, openStorage, SqliteStorage } from '../../src/storage/index.js';
import { repositoryContract } from './contract.js';
import { BUSINESSES, COMPLAINTS } from './records.js';

repositoryContract('SQLite :memory:', async () => openStorage({ url: 'sqlite::memory:' }));

describe('SQLite files', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cerdas-sqlite-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('a file opens in WAL mode with FULL sync, foreign keys and a busy timeout', async () => {
    const storage = createSqliteStorage(join(folder, 'nested', 'dir', 'pragmas.db'));
    try {
      expect(storage.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(storage.sqlite.pragma('synchronous', { simple: true })).toBe(2);
      expect(storage.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(storage.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    } finally {
      await storage.close();
    }
  });

  test('a committed write is in the WAL on disk before any checkpoint, and survives a crash', async () => {
    const path = join(folder, 'durable.db');
    const storage = createSqliteStorage(path);
    await storage.migrate();
    // From here on nothing is copied into the main file until we close.
    storage.sqlite.pragma('wal_autocheckpoint = 0');
    const record = BUSINESSES[0];
    const complaint = COMPLAINTS[0];
    if (!record || !complaint) throw new Error('fixtures missing');
    await storage.transaction(async (tx) => {
      await tx.businesses.insert(record);
      await tx.complaints.insert(complaint, 'receipt');
    });
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);

    // What a SIGKILL leaves behind: the main file and the WAL as they are on disk now, with
    // no checkpoint and no clean close. Opening the copy must replay the WAL.
    const crashed = join(folder, 'crashed');
    const copy = join(crashed, 'durable.db');
    mkdirSync(crashed);
    copyFileSync(path, copy);
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    rmSync(`${copy}-shm`, { force: true });
    const recovered = openStorage({ url: `sqlite:${copy}` });
    try {
      expect(await recovered.migrate()).toEqual([]);
      expect(await recovered.businesses.get(record.id)).toEqual(record);
      expect(await recovered.complaints.getByTrackingNumber(complaint.trackingNumber)).toEqual({
        record: complaint,
        receiptHash: 'receipt',
      });
    } finally {
      await recovered.close();
      await storage.close();
    }
  });

  test('closing checkpoints the WAL into the file, which then reads on its own', async () => {
    const path = join(folder, 'closed.db');
    const storage = openStorage({ url: path });
    await storage.migrate();
    const record = BUSINESSES[1];
    if (!record) throw new Error('fixture missing');
    await storage.businesses.insert(record);
    await storage.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    const raw = new BetterSqlite3(path, { readonly: true });
    try {
      const row = raw.prepare('select data from businesses where id = ?').get(record.id) as {
        data: string;
      };
      expect(JSON.parse(row.data)).toEqual(record);
    } finally {
      raw.close();
    }
  });
});

describe('migration 0002: complaints.resolved_date', () => {
  test('fills the column in for complaints stored before it existed', async () => {
    const storage = createSqliteStorage(':memory:');
    try {
      await storage.migrate();
      for (const [index, record] of COMPLAINTS.entries()) {
        await storage.complaints.insert(record, `receipt-${index}`);
      }
      // Back to the schema of 0001 with the rows in it.
      storage.sqlite.exec(`
        drop index complaints_resolved;
        alter table complaints drop column resolved_date;
        delete from kysely_migration where name = '0002_complaint_resolved_date';
      `);
      expect(await storage.migrate()).toEqual(['0002_complaint_resolved_date']);
      const rows = storage.sqlite
        .prepare('select id, resolved_date from complaints order by id')
        .all() as { id: string; resolved_date: string | null }[];
      const finished = COMPLAINTS.filter((c) => c.status === 'resolved' || c.status === 'closed');
      expect(rows.filter((r) => r.resolved_date !== null).map((r) => r.id)).toEqual(
        finished.map((c) => c.id).sort(),
      );
      expect(await storage.complaints.countResolvedBetween('2026-01-01', '2026-12-31')).toBe(
        finished.length,
      );
    } finally {
      await storage.close();
    }
  });
});

describe('openStorage URLs', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cerdas-url-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test.each([
    ['sqlite::memory:', ':memory:'],
    [':memory:', ':memory:'],
    [`sqlite:${join(folder, 'a.db')}`, join(folder, 'a.db')],
    [`sqlite://${join(folder, 'b.db')}`, join(folder, 'b.db')],
    [join(folder, 'c.db'), join(folder, 'c.db')],
  ])('%s is SQLite at %s', async (url, path) => {
    const storage = openStorage({ url });
    try {
      expect(storage.dialect).toBe('sqlite');
      expect(storage).toBeInstanceOf(SqliteStorage);
      expect((storage as SqliteStorage).sqlite.name).toBe(path);
    } finally {
      await storage.close();
    }
  });

  test.each(['postgres://u:p@127.0.0.1:1/db', 'postgresql://127.0.0.1/db'])(
    '%s is PostgreSQL (nothing connects before the first query)',
    async (url) => {
      const storage = openStorage({ url });
      expect(storage.dialect).toBe('postgres');
      await storage.close();
    },
  );

  test.each(['', 'mysql://localhost/db', 'sqlite:'])('%j is refused', (url) => {
    expect(() => openStorage({ url })).toThrow();
  });
});

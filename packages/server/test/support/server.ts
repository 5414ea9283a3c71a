import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role, StaffToken } from '@cerdas/model';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/app.js';
import type { ServerOptions } from '../../src/config.js';
import { hashSecret, newId, newSecret } from '../../src/ids.js';
import { MediaStore } from '../../src/media/index.js';
import { seedDemo } from '../../src/seed/index.js';
import { openStorage } from '../../src/storage/index.js';
import type { Storage } from '../../src/storage/types.js';

/** The callers of the authorization matrix. */
export type Caller = 'public' | 'desa' | 'kecamatan' | 'opdUmkm' | 'opdOther' | 'bappeda' | 'admin';

export interface TestServer {
  readonly url: string;
  readonly storage: Storage;
  /** Bearer secrets by caller (`public` has none). */
  readonly tokens: Readonly<Record<Exclude<Caller, 'public'>, string>>;
  /** OPD ids behind the two OPD tokens. */
  readonly opds: { readonly umkm: string; readonly other: string };
  /** A village and its district inside the regency, for the desa and kecamatan tokens. */
  readonly village: string;
  readonly district: string;
  readonly now: Date;
  fetch(path: string, init?: RequestInit & { as?: Caller; json?: unknown }): Promise<Response>;
  close(): Promise<void>;
}

/**
 * A real server on a random local port over a real SQLite database in memory (or the given
 * URL), seeded with the demo data, with one staff token per role.
 */
export async function startTestServer(
  settings: { databaseUrl?: string; seed?: boolean; options?: ServerOptions; now?: Date } = {},
): Promise<TestServer> {
  const now = settings.now ?? new Date('2026-01-14T03:00:00.000Z');
  const storage = await openStorage({ url: settings.databaseUrl ?? 'sqlite::memory:' });
  await storage.migrate();
  if (settings.seed ?? true) await seedDemo(storage, { now });
  const mediaDir = mkdtempSync(join(tmpdir(), 'cerdas-media-'));
  const media = new MediaStore({ dir: mediaDir });
  const app = createApp({
    storage,
    media,
    options: { now: () => now, writesPerMinute: 0, ...settings.options },
    logError: (error) => console.error('[test server]', error),
  });
  const server = await new Promise<ReturnType<typeof serve>>((ready) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => ready(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;

  const opds = await storage.opds.all();
  const umkm = opds.find((o) => o.bidang.includes('2.17'))?.id ?? 'diskopum';
  const other = opds.find((o) => o.bidang.includes('1.03'))?.id ?? 'dpupr';
  const village = '35.14.01.2001';
  const district = '35.14.01';
  const issue = async (role: Role, scope: Partial<StaffToken>) => {
    const secret = newSecret();
    const token: StaffToken = {
      id: newId(),
      role,
      label: `test ${role}`,
      createdAt: now.toISOString(),
      ...scope,
    };
    await storage.tokens.insert({ token, secretHash: hashSecret(secret) });
    return secret;
  };
  const tokens = {
    desa: await issue('desa', { regionCode: village }),
    kecamatan: await issue('kecamatan', { regionCode: district }),
    opdUmkm: await issue('opd', { opdId: umkm }),
    opdOther: await issue('opd', { opdId: other }),
    bappeda: await issue('bappeda', {}),
    admin: await issue('admin', {}),
  };

  return {
    url,
    storage,
    tokens,
    opds: { umkm, other },
    village,
    district,
    now,
    fetch(path, init = {}) {
      const { as = 'public', json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (as !== 'public') headers.set('authorization', `Bearer ${tokens[as]}`);
      if (json !== undefined) headers.set('content-type', 'application/json');
      return fetch(url + path, {
        ...rest,
        headers,
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      });
    },
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      await storage.close();
      rmSync(mediaDir, { recursive: true, force: true });
    },
  };
}

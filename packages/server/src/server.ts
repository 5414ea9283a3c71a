import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { ServerOptions } from './config.js';
import { MediaStore } from './media/index.js';
import { seedDemo } from './seed/index.js';
import { openStorage } from './storage/index.js';
import type { Storage } from './storage/types.js';

export interface StartOptions extends ServerOptions {
  /** `sqlite:./data/cerdas.db` (default), `sqlite::memory:` or `postgres://…`. */
  readonly databaseUrl?: string;
  /** Where uploaded photos and documents are kept. Default `./data/media`. */
  readonly mediaDir?: string;
  readonly port?: number;
  readonly host?: string;
  /** Seed Kabupaten Pasuruan demo data into an empty database. Default true. */
  readonly seedWhenEmpty?: boolean;
  /** Demo data size multiplier for an empty database. Default 1. */
  readonly seedScale?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly storage: Storage;
  close(): Promise<void>;
}

/** Migrates, seeds an empty database with demo data if asked, and listens. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const databaseUrl = options.databaseUrl ?? 'sqlite:./data/cerdas.db';
  const sqliteFile = /^sqlite:(?!:memory:)(.+)$/.exec(databaseUrl)?.[1];
  if (sqliteFile) mkdirSync(dirname(resolve(sqliteFile)), { recursive: true });
  const storage = await openStorage({ url: databaseUrl });
  await storage.migrate();
  const mediaDir = options.mediaDir ?? './data/media';
  if ((options.seedWhenEmpty ?? true) && (await storage.isEmpty())) {
    await seedDemo(storage, {
      mediaDir,
      scale: options.seedScale ?? 1,
      ...(options.regionCode ? { regionCode: options.regionCode } : {}),
      ...(options.now ? { now: options.now() } : {}),
    });
  }
  const media = new MediaStore({ dir: mediaDir });
  const app = createApp({ storage, media, options });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((ready) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host }, () =>
      ready(s),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 8787);
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    storage,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await storage.close();
    },
  };
}

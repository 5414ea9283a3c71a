// @ts-check
// One origin for the whole demo: the reference API (@cerdas/server) and the built portal, the
// plain-HTML embed example and the widgets' CDN files beside it. A regency that deploys its
// portal this way needs no CORS set-up; one that hosts the API elsewhere serves `dist/` from
// any static host and sets `apiBase` in portal.config.json.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, issueToken, MediaStore, openStorage, seedDemo } from '@cerdas/server';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Where the built portal is (`vite build` writes it). */
export const PORTAL_DIST = resolve(here, '..', 'dist');
/** The plain-HTML embed example. */
export const EMBED_DIR = resolve(here, '..', '..', 'embed');
/** `@cerdas/elements`' package folder: its `dist/cdn/` holds the single-file widgets. */
export const ELEMENTS_DIR = dirname(require.resolve('@cerdas/elements/package.json'));

/** Paths the API answers; everything else is a page or a static file. */
const API_PATHS = /^\/(v1|media|open311)(\/|$)|^\/(health|openapi\.json)$/;

/**
 * @typedef {object} PortalOptions
 * @property {number} [port] 0 picks a free port. Default 8787.
 * @property {string} [host] Default 127.0.0.1.
 * @property {string} [databaseUrl] `sqlite:./data/cerdas.db` (default), `sqlite::memory:` or `postgres://…`.
 * @property {string} [mediaDir] Uploaded photos. Default `./data/media`.
 * @property {boolean} [seed] Seed the Kabupaten Pasuruan demo data into an empty database. Default true.
 * @property {string} [regionCode] The regency the API serves. Default the demo's, 35.14.
 * @property {string} [dist] The built portal. Default {@link PORTAL_DIST}.
 * @property {Date} [now] A fixed clock (tests).
 * @property {number} [writesPerMinute] Citizen writes per minute per client IP; 0 turns the limit off.
 */

/**
 * @typedef {object} RunningPortal
 * @property {string} url The portal's origin, e.g. `http://127.0.0.1:8787`.
 * @property {boolean} seeded Whether the demo data was seeded now (the database was empty).
 * @property {import('@cerdas/server').Storage} storage
 * @property {(request: import('@cerdas/model').StaffTokenCreate) => Promise<string>} issueToken
 *   Issues a staff token and answers its secret.
 * @property {() => Promise<void>} close
 */

/**
 * Starts the API and the portal on one port.
 * @param {PortalOptions} [options]
 * @returns {Promise<RunningPortal>}
 */
export async function startPortal(options = {}) {
  const dist = options.dist ?? PORTAL_DIST;
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(
      `The portal is not built (${dist} has no index.html): run "pnpm --filter @cerdas/example-portal build".`,
    );
  }
  const storage = await openStorage({ url: options.databaseUrl ?? 'sqlite:./data/cerdas.db' });
  await storage.migrate();
  const mediaDir = options.mediaDir ?? './data/media';
  const seeded = (options.seed ?? true) && (await storage.isEmpty());
  if (seeded) {
    await seedDemo(storage, {
      mediaDir,
      ...(options.regionCode ? { regionCode: options.regionCode } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
  }
  const now = options.now;
  const api = createApp({
    storage,
    media: new MediaStore({ dir: mediaDir }),
    options: {
      ...(options.regionCode ? { regionCode: options.regionCode } : {}),
      ...(now ? { now: () => now } : {}),
      ...(options.writesPerMinute !== undefined
        ? { writesPerMinute: options.writesPerMinute }
        : {}),
    },
  });

  const app = new Hono();
  // API answers (JSON, XML) leave compressed; the portal's files are precompressed at build.
  app.use('*', compress());
  app.all('*', async (c, next) => {
    if (API_PATHS.test(c.req.path)) return api.fetch(c.req.raw, c.env);
    await next();
  });
  app.use('*', async (c, next) => {
    await next();
    if (c.res.status !== 200) return;
    const hashed = c.req.path.startsWith('/assets/');
    c.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  });
  app.use('/cdn/*', serveStatic({ root: join(ELEMENTS_DIR, 'dist') }));
  app.use('/embed/*', serveStatic({ root: dirname(EMBED_DIR) }));
  app.get('/embed', (c) => c.redirect('/embed/', 301));
  app.use('*', serveStatic({ root: dist, precompressed: true }));
  // A page path without its trailing slash (`/umkm`) goes to the page (`/umkm/`).
  app.get('*', (c, next) => {
    const path = c.req.path;
    if (!path.endsWith('/') && existsSync(join(dist, path, 'index.html'))) {
      return c.redirect(`${path}/`, 301);
    }
    return next();
  });
  app.notFound((c) => {
    const page = join(dist, c.req.path.startsWith('/en/') ? 'en/404.html' : '404.html');
    return existsSync(page) ? c.html(readFileSync(page, 'utf8'), 404) : c.text('404', 404);
  });

  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 8787;
  const server = await new Promise((ready, refuse) => {
    const s = serve({ fetch: app.fetch, port, hostname: host }, () => ready(s));
    s.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
      storage
        .close()
        .finally(() =>
          refuse(
            error.code === 'EADDRINUSE'
              ? new Error(`Port ${port} on ${host} is in use: stop what runs there or set PORT.`)
              : error,
          ),
        );
    });
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    url,
    seeded,
    storage,
    issueToken: async (request) => (await issueToken(storage, request, now)).secret,
    close: async () => {
      await new Promise((done) => server.close(() => done(undefined)));
      await storage.close();
    },
  };
}

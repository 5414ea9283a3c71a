import { createHash } from 'node:crypto';
import {
  type Complaint,
  complaintToOpen311Request,
  type Language,
  type LocalizedText,
  Open311Service,
  Open311ServiceDefinition,
  Open311ServiceRequest,
  open311ServiceCodeToComplaintCategory,
  open311ServiceList,
  resolveLanguage,
  toComplaintPublic,
} from '@cerdas/model';
import { getRegion } from '@cerdas/wilayah';
import { type Context, Hono } from 'hono';
import type { ServerConfig } from '../config.js';
import { HttpProblem, MESSAGES } from '../errors.js';
import type { HandlerContext } from '../handler.js';
import type { MediaStore } from '../media/index.js';
import { fileComplaint } from '../routes/complaints.js';
import type { Repositories, Storage } from '../storage/types.js';
import { complaintFromPost, districtLocator, readFormEntries, readOpen311Post } from './intake.js';
import {
  type Open311Format,
  type Open311Root,
  open311ErrorResponse,
  open311Response,
  splitFormat,
} from './respond.js';
import { findComplaints, normalizeTrackingNumber, readRequestSearch } from './search.js';

export interface Open311Dependencies {
  readonly storage: Storage;
  readonly media: MediaStore;
  readonly config: ServerConfig;
  /**
   * Seconds this request's client must wait before writing again, or 0: the app's own write
   * limiter, so that Open311 and Cerdas writes share one budget per client.
   */
  readonly writeWait?: (c: Context, now: Date) => number;
  readonly logError?: (error: unknown, where: { path: string }) => void;
}

/** When this endpoint last changed in a way clients notice (the discovery `changeset`). */
const CHANGESET = '2026-11-28T00:00:00Z';
const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;
const OPERATION = 'open311.requests.create';

const TEXT = {
  method: {
    id: 'Metode Open311 ini tidak ada. Lihat discovery.json.',
    en: 'There is no such Open311 method. See discovery.json.',
  },
  service: {
    id: 'service_code tidak dikenal: gunakan salah satu kode dari services.json.',
    en: 'Unknown service_code: use one of the codes from services.json.',
  },
  request: {
    id: 'service_request_id tidak ditemukan.',
    en: 'No service request with this service_request_id.',
  },
  token: {
    id: 'token tidak dikenal: server ini langsung memberi service_request_id (layanan realtime), tidak pernah token.',
    en: 'Unknown token: this server returns the service_request_id at once (realtime services), never a token.',
  },
  keyService: {
    id: 'Tidak perlu api_key: seperti API Cerdas, laporan warga diterima tanpa kunci, juga secara anonim. api_key yang dikirim diabaikan.',
    en: 'No api_key is needed: like the Cerdas API, citizen reports are accepted without a key, anonymous ones too. A given api_key is ignored.',
  },
} as const satisfies Record<string, LocalizedText>;

function jurisdictionUnknown(config: ServerConfig): LocalizedText {
  return {
    id: `jurisdiction_id tidak dikenal: server ini melayani wilayah ${config.regionCode} (${config.regencyDigits}).`,
    en: `Unknown jurisdiction_id: this server serves region ${config.regionCode} (${config.regencyDigits}).`,
  };
}

/** `35.14` and `3514` both name the regency; blank is absent (a single-jurisdiction server). */
function checkJurisdiction(value: string | undefined, config: ServerConfig): void {
  const text = value?.trim();
  if (!text) return;
  const match = /^(\d{2})\.?(\d{2})$/.exec(text);
  if (match && `${match[1]}.${match[2]}` === config.regionCode) return;
  throw new HttpProblem(404, jurisdictionUnknown(config));
}

/** The origin clients reach this server at (behind a trusted proxy: the forwarded one). */
function publicOrigin(c: Context, config: ServerConfig): string {
  const url = new URL(c.req.url);
  if (config.trustProxy) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
    const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim();
    if (proto && host && /^https?$/.test(proto)) return `${proto}://${host}`;
  }
  return url.origin;
}

interface Call {
  readonly name: string;
  readonly format: Open311Format;
  readonly lang: Language;
  readonly now: Date;
}

interface Answer {
  readonly root: Open311Root;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Open311 GeoReport v2 over the complaints of a Cerdas server, to mount at `/open311/v2`:
 * the complaint categories are the services, complaints are the service requests. JSON and
 * XML; every error as Open311's `[{ code, description }]`. Requests show only what a
 * complaint's public view (`toComplaintPublic`) shows: never who reported it.
 */
export function createOpen311App(deps: Open311Dependencies): Hono {
  const { storage, media, config } = deps;
  const logError =
    deps.logError ?? ((error: unknown) => console.error('[cerdas-server] open311', error));
  let locator: ReturnType<typeof districtLocator> | undefined;
  let regencyName: Promise<string> | undefined;
  const app = new Hono();

  /** A method of the endpoint; `param` names the path segment that carries the format. */
  function handle(param: string | undefined, work: (c: Context, call: Call) => Promise<Answer>) {
    return async (c: Context): Promise<Response> => {
      const lang = resolveLanguage(c.req.header('accept-language'));
      const path = new URL(c.req.url).pathname;
      const segment = param ? c.req.param(param) : path.slice(path.lastIndexOf('/') + 1);
      const split = splitFormat(segment ?? '');
      const format = split?.format ?? 'json';
      try {
        if (!split) throw new HttpProblem(404, TEXT.method);
        checkJurisdiction(c.req.query('jurisdiction_id'), config);
        const answer = await work(c, { name: split.name, format, lang, now: config.now() });
        return open311Response({ format, lang, ...answer });
      } catch (error) {
        if (error instanceof HttpProblem) return open311ErrorResponse(error, format, lang, path);
        logError(error, { path });
        return open311ErrorResponse(new HttpProblem(500, MESSAGES.serverError), format, lang, path);
      }
    };
  }

  /** Checks an answer against the strict wire schema, as the app checks the contract's. */
  function checked<T>(schema: { safeParse(v: unknown): { success: boolean } }, value: T): T {
    if (config.validateResponses && !schema.safeParse(value).success) {
      throw new Error('open311: an answer breaks the GeoReport v2 wire schema');
    }
    return value;
  }

  async function toRequests(complaints: readonly Complaint[], c: Context, lang: Language) {
    const names = new Map((await storage.opds.all()).map((opd) => [opd.id, opd.name]));
    const origin = publicOrigin(c, config);
    return Promise.all(
      complaints.map(async (complaint) => {
        const view = toComplaintPublic(complaint, {
          lang,
          calendar: config.calendar,
          timeZone: config.timeZone,
          opdName: (id) => names.get(id),
        });
        const photo = view.photoIds?.[0];
        const upload = photo === undefined ? undefined : await storage.uploads.get(photo);
        const photoUrl =
          upload && `${origin}/media/${upload.path.split('/').map(encodeURIComponent).join('/')}`;
        return checked(
          Open311ServiceRequest,
          complaintToOpen311Request(view, {
            lang,
            ...(photoUrl ? { photoUrl: () => photoUrl } : {}),
          }),
        );
      }),
    );
  }

  function handlerContext(db: Repositories, lang: Language, now: Date): HandlerContext {
    return {
      actor: undefined,
      token: undefined,
      lang,
      db,
      storage,
      media,
      config,
      now: now.toISOString(),
      operationId: 'complaints.submit',
    };
  }

  async function postRequest(c: Context, { lang, now }: Call): Promise<Answer> {
    const wait = deps.writeWait?.(c, now) ?? 0;
    if (wait > 0) {
      throw new HttpProblem(429, MESSAGES.rateLimited, undefined, { 'retry-after': String(wait) });
    }
    const key = c.req.header('idempotency-key');
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
      throw new HttpProblem(400, MESSAGES.idempotencyKeyInvalid);
    }
    const entries = await readFormEntries(c.req.raw, config);
    const post = readOpen311Post(entries, lang);
    checkJurisdiction(post.jurisdiction_id, config);
    locator ??= districtLocator(config.regionCode);
    const create = complaintFromPost(post, config, await locator);
    const bodyHash = createHash('sha256')
      .update(JSON.stringify([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))
      .digest('hex');
    const result = await storage.transaction(async (tx) => {
      if (key !== undefined) {
        const claim = await tx.idempotency.claim(OPERATION, key, bodyHash, now.toISOString());
        if (claim.state === 'mismatch') throw new HttpProblem(422, MESSAGES.idempotencyMismatch);
        if (claim.state === 'replay') return { body: claim.body, replayed: true };
      }
      const { complaint } = await fileComplaint(create, handlerContext(tx, lang, now), 'open311');
      const view = toComplaintPublic(complaint, {
        lang,
        calendar: config.calendar,
        timeZone: config.timeZone,
        opdName: () => undefined,
      });
      // No account_id: Cerdas keeps no Open311 accounts, and the requester's ids are not stored.
      const body = [
        {
          service_request_id: complaint.trackingNumber,
          service_notice: complaintToOpen311Request(view, { lang }).service_notice,
        },
      ];
      if (key !== undefined) await tx.idempotency.complete(OPERATION, key, 200, body);
      return { body, replayed: false };
    });
    return {
      root: 'service_requests',
      body: result.body,
      ...(result.replayed ? { headers: { 'idempotent-replayed': 'true' } } : {}),
    };
  }

  app.get(
    '/:resource',
    handle('resource', async (c, call) => {
      switch (call.name) {
        case 'discovery': {
          regencyName ??= getRegion(config.regionCode).then((r) => r?.name ?? config.regionCode);
          const name = await regencyName;
          const url = publicOrigin(c, config) + new URL(c.req.url).pathname.replace(/\/[^/]*$/, '');
          return {
            root: 'discovery',
            body: {
              changeset: CHANGESET,
              contact:
                call.lang === 'id'
                  ? `Pengelola portal layanan publik ${name} (kode wilayah ${config.regionCode})`
                  : `The public-service portal of ${name} (region code ${config.regionCode})`,
              key_service: TEXT.keyService[call.lang],
              endpoints: [
                {
                  specification: SPECIFICATION,
                  url,
                  changeset: CHANGESET,
                  type: 'production',
                  formats: ['text/xml', 'application/json'],
                },
              ],
            },
          };
        }
        case 'services':
          return {
            root: 'services',
            body: open311ServiceList(call.lang).map((s) => checked(Open311Service, s)),
          };
        case 'requests': {
          const search = readRequestSearch(c.req.query(), config);
          const complaints = await findComplaints(search, storage, config);
          return { root: 'service_requests', body: await toRequests(complaints, c, call.lang) };
        }
        default:
          throw new HttpProblem(404, TEXT.method);
      }
    }),
  );

  app.post(
    '/:resource',
    handle('resource', async (c, call) => {
      if (call.name !== 'requests') throw new HttpProblem(404, TEXT.method);
      return postRequest(c, call);
    }),
  );

  app.get(
    '/services/:code',
    handle('code', async (_c, call) => {
      const category = open311ServiceCodeToComplaintCategory(call.name);
      if (!category) throw new HttpProblem(404, TEXT.service);
      // Complaint categories have no attributes (`metadata: false` in services.json).
      const definition = { service_code: category, attributes: [] };
      return { root: 'service_definition', body: checked(Open311ServiceDefinition, definition) };
    }),
  );

  app.get(
    '/requests/:id',
    handle('id', async (c, call) => {
      const stored = await storage.complaints.getByTrackingNumber(
        normalizeTrackingNumber(call.name),
      );
      if (!stored) throw new HttpProblem(404, TEXT.request);
      return { root: 'service_requests', body: await toRequests([stored.record], c, call.lang) };
    }),
  );

  // Every service is `realtime`: a post answers its service_request_id, so no token exists.
  app.get(
    '/tokens/:token',
    handle('token', async () => {
      throw new HttpProblem(404, TEXT.token);
    }),
  );

  app.all(
    '*',
    handle(undefined, async () => {
      throw new HttpProblem(404, TEXT.method);
    }),
  );
  return app;
}

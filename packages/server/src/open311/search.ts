import {
  type Complaint,
  type ComplaintCategory,
  LocalDate,
  type LocalizedText,
  type Open311Status,
  open311ServiceCodeToComplaintCategory,
  open311Status,
  Timestamp,
  timeZoneOf,
  toLocalDate,
} from '@cerdas/model';
import type { ServerConfig } from '../config.js';
import { HttpProblem } from '../errors.js';
import type { Storage } from '../storage/types.js';

/** GeoReport v2: a date range "may not span more than 90 days"; the default is the last 90. */
export const WINDOW_DAYS = 90;
/** GeoReport v2's "most recent 1000 requests". */
export const MAX_ROWS = 1000;
/** More ids than this in one `service_request_id` is not a lookup but a crawl. */
export const MAX_IDS = 100;

const DAY_MS = 86_400_000;
const WINDOW_MS = WINDOW_DAYS * DAY_MS;
const PAGE = 250;

const MESSAGES = {
  date: {
    id: 'start_date/end_date: gunakan format W3C dengan zona waktu, mis. 2026-01-05T00:00:00+07:00 atau 2026-01-05T00:00:00Z, atau tanggal 2026-01-05.',
    en: 'start_date/end_date: use the W3C format with a time zone, e.g. 2026-01-05T00:00:00+07:00 or 2026-01-05T00:00:00Z, or a date 2026-01-05.',
  },
  order: {
    id: 'end_date harus sesudah start_date.',
    en: 'end_date must come after start_date.',
  },
  window: {
    id: `Rentang start_date–end_date paling lama ${WINDOW_DAYS} hari.`,
    en: `The start_date–end_date range may not span more than ${WINDOW_DAYS} days.`,
  },
  status: {
    id: 'status: gunakan open, closed, atau keduanya dipisah koma.',
    en: 'status: use open, closed, or both separated by a comma.',
  },
  ids: {
    id: `service_request_id: paling banyak ${MAX_IDS} nomor sekaligus.`,
    en: `service_request_id: at most ${MAX_IDS} ids at once.`,
  },
} as const satisfies Record<string, LocalizedText>;

/** What `GET requests` asks for, read from its query string. */
export type RequestSearch =
  | { readonly kind: 'ids'; readonly ids: readonly string[] }
  | {
      readonly kind: 'filter';
      /** Undefined: every category. An unknown code matches nothing. */
      readonly categories: ReadonlySet<ComplaintCategory> | undefined;
      readonly statuses: ReadonlySet<Open311Status> | undefined;
      /** Inclusive bounds, milliseconds since the epoch. */
      readonly startMs: number;
      readonly endMs: number;
    };

/** Comma-separated values, trimmed, blanks dropped; `undefined` when none is left. */
function list(value: string | undefined): string[] | undefined {
  const items = (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return items.length > 0 ? [...new Set(items)] : undefined;
}

/**
 * An instant of `start_date`/`end_date`. A bare date is a whole day in the regency's time
 * zone (its start for `start_date`, its end for `end_date`); a time must carry its offset, as
 * the specification requires and as an offset-less time would be read differently in WIB,
 * WITA and WIT.
 */
function instant(value: string | undefined, edge: 'start' | 'end', offsetMinutes: number) {
  const text = value?.trim();
  if (!text) return undefined;
  if (LocalDate.safeParse(text).success) {
    const midnight = Date.parse(`${text}T00:00:00Z`) - offsetMinutes * 60_000;
    return edge === 'start' ? midnight : midnight + DAY_MS - 1;
  }
  if (Timestamp.safeParse(text).success) return Date.parse(text);
  throw new HttpProblem(400, MESSAGES.date);
}

/** Reads the query of `GET requests` into a search, or refuses it (400). */
export function readRequestSearch(
  query: Readonly<Record<string, string | undefined>>,
  config: ServerConfig,
): RequestSearch {
  const ids = list(query.service_request_id);
  // "This overrides all other arguments."
  if (ids) {
    if (ids.length > MAX_IDS) throw new HttpProblem(400, MESSAGES.ids);
    return { kind: 'ids', ids };
  }
  const codes = list(query.service_code);
  const categories = codes
    ? new Set(
        codes.flatMap((code) => {
          const category = open311ServiceCodeToComplaintCategory(code);
          return category ? [category] : [];
        }),
      )
    : undefined;
  const statusValues = list(query.status)?.map((s) => s.toLowerCase());
  if (statusValues?.some((s) => s !== 'open' && s !== 'closed')) {
    throw new HttpProblem(400, MESSAGES.status);
  }
  const statuses = statusValues ? new Set(statusValues as Open311Status[]) : undefined;

  const zone = timeZoneOf(config.regionCode);
  const offset = zone.ok ? zone.value.utcOffsetMinutes : 420;
  const start = instant(query.start_date, 'start', offset);
  const end = instant(query.end_date, 'end', offset);
  const endMs = end ?? (start !== undefined ? start + WINDOW_MS : config.now().getTime());
  const startMs = start ?? endMs - WINDOW_MS;
  if (endMs < startMs) throw new HttpProblem(400, MESSAGES.order);
  if (endMs - startMs > WINDOW_MS) throw new HttpProblem(400, MESSAGES.window);
  return { kind: 'filter', categories, statuses, startMs, endMs };
}

/** Tracking numbers are upper case; Open311 clients may not keep the case. */
export function normalizeTrackingNumber(id: string): string {
  return id.trim().toUpperCase();
}

/** The complaints a search finds, newest first, at most {@link MAX_ROWS}. */
export async function findComplaints(
  search: RequestSearch,
  storage: Storage,
  config: ServerConfig,
): Promise<Complaint[]> {
  if (search.kind === 'ids') {
    const found = await Promise.all(
      search.ids.map((id) => storage.complaints.getByTrackingNumber(normalizeTrackingNumber(id))),
    );
    return found.flatMap((stored) => (stored ? [stored.record] : []));
  }
  const { categories, statuses, startMs, endMs } = search;
  if (categories?.size === 0) return [];
  const only = categories?.size === 1 ? [...categories][0] : undefined;
  // The repository filters by local submission date; the exact instants are checked here.
  const filter = {
    from: toLocalDate(new Date(startMs), config.timeZone),
    to: toLocalDate(new Date(endMs), config.timeZone),
    ...(only ? { category: only } : {}),
  };
  const out: Complaint[] = [];
  let cursor: string | undefined;
  do {
    const page = await storage.complaints.list(filter, { limit: PAGE, cursor });
    for (const complaint of page.items) {
      const at = Date.parse(complaint.createdAt);
      if (at < startMs || at > endMs) continue;
      if (categories && !categories.has(complaint.category)) continue;
      if (statuses && !statuses.has(open311Status(complaint.status))) continue;
      out.push(complaint);
      if (out.length === MAX_ROWS) return out;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return out;
}

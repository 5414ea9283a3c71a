import type {
  Business,
  Complaint,
  IkmQuery,
  IkmResponse,
  Opd,
  Page,
  PlanningSchedule,
  ProductPublic,
  Proposal,
  ServiceRequest,
  ServiceStandard,
  WorkPlanEntry,
} from '@cerdas/model';
import { resolutionDate } from '../../src/storage/time.js';
import type {
  BusinessListFilter,
  IdempotencyClaim,
  PageRequest,
  Repositories,
  Storage,
  StoredToken,
  UploadRecord,
  WithReceipt,
} from '../../src/storage/types.js';

/**
 * A tiny in-memory `Storage` for the seed tests: records are kept as JSON copies (as a
 * database would), lists page by offset and honour only the filters these tests need. Not a
 * reference implementation; the real ones are in src/storage.
 */
export class MemoryStorage implements Storage {
  readonly dialect = 'sqlite' as const;
  readonly tables = new Map<string, Map<string, unknown>>();
  readonly counters = new Map<string, number>();
  readonly receipts = new Map<string, string>();
  transactions = 0;

  table<T>(name: string): Map<string, T> {
    let table = this.tables.get(name);
    if (!table) {
      table = new Map();
      this.tables.set(name, table);
    }
    return table as Map<string, T>;
  }

  rows<T>(name: string): T[] {
    return [...this.table<T>(name).values()].map(copy);
  }

  readonly businesses = {
    ...this.repo<Business>('businesses', (b) => b.id),
    count: async (filter: Omit<BusinessListFilter, 'sort'>) =>
      this.rows<Business>('businesses').filter((b) =>
        filter.statuses.includes(b.verification.status),
      ).length,
  };

  readonly products = {
    get: async (businessId: string, id: string) => {
      const product = this.table<ProductPublic>('products').get(id);
      return product?.businessId === businessId ? copy(product) : undefined;
    },
    listByBusiness: async (businessId: string, page: PageRequest) =>
      paged(
        this.rows<ProductPublic>('products').filter((p) => p.businessId === businessId),
        page,
      ),
    forBusinesses: async (ids: readonly string[]) => {
      const map = new Map<string, ProductPublic[]>();
      for (const p of this.rows<ProductPublic>('products')) {
        if (ids.includes(p.businessId))
          map.set(p.businessId, [...(map.get(p.businessId) ?? []), p]);
      }
      return map;
    },
    insert: async (product: ProductPublic) =>
      insertNew(this.table('products'), product.id, product),
    update: async (product: ProductPublic) =>
      void this.table('products').set(product.id, copy(product)),
    delete: async (_businessId: string, id: string) => this.table('products').delete(id),
  };

  readonly opds = {
    ...this.repo<Opd>('opds', (o) => o.id),
    all: async () => this.rows<Opd>('opds'),
  };

  readonly schedules = {
    get: async (year: number) => {
      const schedule = this.table<PlanningSchedule>('schedules').get(String(year));
      return schedule && copy(schedule);
    },
    put: async (schedule: PlanningSchedule) =>
      void this.table('schedules').set(String(schedule.year), copy(schedule)),
  };

  readonly proposals = {
    ...this.repo<Proposal>('proposals', (p) => p.id),
    forYear: async (year: number) =>
      this.rows<Proposal>('proposals').filter((p) => p.fiscalYear === year),
  };

  readonly workPlan = {
    ...this.repo<WorkPlanEntry>('workPlan', (w) => w.id),
    forYear: async (year: number) =>
      this.rows<WorkPlanEntry>('workPlan').filter((w) => w.fiscalYear === year),
  };

  readonly services = {
    ...this.repo<ServiceStandard>('services', (s) => s.id),
    count: async () => this.table('services').size,
  };

  readonly serviceRequests = this.withReceipts<ServiceRequest>('serviceRequests');

  readonly complaints = {
    ...this.withReceipts<Complaint>('complaints'),
    countOpen: async () =>
      this.rows<Complaint>('complaints').filter(
        (c) => !['resolved', 'closed', 'rejected'].includes(c.status),
      ).length,
    countResolvedBetween: async (first: string, last: string) =>
      this.rows<Complaint>('complaints').filter((c) => {
        const date = resolutionDate(c, c.trackingNumber);
        return date !== null && date >= first && date <= last;
      }).length,
  };

  readonly ikm = {
    insert: async (response: IkmResponse) => insertNew(this.table('ikm'), response.id, response),
    find: async (query: IkmQuery) =>
      this.rows<IkmResponse>('ikm').filter(
        (r) =>
          (!query.service || r.serviceId === query.service) &&
          (!query.opd || r.opdId === query.opd),
      ),
  };

  readonly tokens = {
    insert: async (stored: StoredToken) => insertNew(this.table('tokens'), stored.token.id, stored),
    findBySecretHash: async (hash: string) =>
      this.rows<StoredToken>('tokens').find((t) => t.secretHash === hash)?.token,
    get: async (id: string) => this.table<StoredToken>('tokens').get(id)?.token,
    list: async () => this.rows<StoredToken>('tokens').map((t) => t.token),
    revoke: async () => false,
    touch: async () => undefined,
  };

  readonly uploads = {
    insert: async (upload: UploadRecord) => insertNew(this.table('uploads'), upload.id, upload),
    get: async (id: string) => this.table<UploadRecord>('uploads').get(id),
    getByPath: async (path: string) =>
      this.rows<UploadRecord>('uploads').find((u) => u.path === path),
    attach: async () => [],
  };

  readonly idempotency = {
    claim: async (): Promise<IdempotencyClaim> => ({ state: 'new' }),
    complete: async () => undefined,
  };

  readonly sequences = {
    next: async (name: string) => {
      const value = (this.counters.get(name) ?? 0) + 1;
      this.counters.set(name, value);
      return value;
    },
  };

  async transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
    this.transactions += 1;
    return work(this);
  }

  async migrate(): Promise<string[]> {
    return [];
  }

  async isEmpty(): Promise<boolean> {
    return ['businesses', 'opds', 'complaints'].every((t) => this.table(t).size === 0);
  }

  async close(): Promise<void> {}

  private repo<T>(name: string, idOf: (record: T) => string) {
    return {
      get: async (id: string) => {
        const record = this.table<T>(name).get(id);
        return record && copy(record);
      },
      list: async (_query: unknown, page: PageRequest) => paged(this.rows<T>(name), page),
      insert: async (record: T) => insertNew(this.table(name), idOf(record), record),
      update: async (record: T) => void this.table(name).set(idOf(record), copy(record)),
    };
  }

  private withReceipts<T extends { id: string; trackingNumber: string }>(name: string) {
    const stored = (record: T | undefined): WithReceipt<T> | undefined =>
      record && { record: copy(record), receiptHash: this.receipts.get(record.id) ?? '' };
    return {
      get: async (id: string) => stored(this.table<T>(name).get(id)),
      getByTrackingNumber: async (trackingNumber: string) =>
        stored(this.rows<T>(name).find((r) => r.trackingNumber === trackingNumber)),
      list: async (_filter: unknown, page: PageRequest) => paged(this.rows<T>(name), page),
      insert: async (record: T, receiptHash: string) => {
        await insertNew(this.table(name), record.id, record);
        this.receipts.set(record.id, receiptHash);
      },
      update: async (record: T) => void this.table(name).set(record.id, copy(record)),
      count: async () => this.table(name).size,
    };
  }
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

async function insertNew<T>(table: Map<string, T>, id: string, record: T): Promise<void> {
  if (table.has(id)) throw new Error(`duplicate id ${id}`);
  table.set(id, copy(record));
}

function paged<T>(items: T[], page: PageRequest): Page<T> {
  const start = page.cursor ? Number(page.cursor) : 0;
  const end = start + page.limit;
  return { items: items.slice(start, end), nextCursor: end < items.length ? String(end) : null };
}

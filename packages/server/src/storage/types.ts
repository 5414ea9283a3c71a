import type {
  Business,
  BusinessCatalogQuery,
  Complaint,
  ComplaintListQuery,
  IkmQuery,
  IkmResponse,
  Opd,
  OpdListQuery,
  Page,
  PlanningSchedule,
  ProductPublic,
  Proposal,
  ProposalListQuery,
  ServiceRequest,
  ServiceRequestListQuery,
  ServiceStandard,
  ServiceStandardQuery,
  StaffToken,
  UploadPurpose,
  VerificationStatus,
  WorkPlanEntry,
  WorkPlanQuery,
} from '@cerdas/model';

/**
 * The storage of a Cerdas server, one repository per record kind. Two implementations
 * exist (SQLite and PostgreSQL through Kysely) and pass the same test suite. Records are
 * the model's own shapes: a repository stores and returns them whole, and keeps the columns
 * it filters and sorts on beside them. List methods page by an opaque keyset cursor.
 */
export interface Repositories {
  readonly businesses: BusinessRepository;
  readonly products: ProductRepository;
  readonly opds: OpdRepository;
  readonly schedules: ScheduleRepository;
  readonly proposals: ProposalRepository;
  readonly workPlan: WorkPlanRepository;
  readonly services: ServiceStandardRepository;
  readonly serviceRequests: ServiceRequestRepository;
  readonly complaints: ComplaintRepository;
  readonly ikm: IkmRepository;
  readonly tokens: TokenRepository;
  readonly uploads: UploadRepository;
  readonly idempotency: IdempotencyRepository;
  readonly sequences: SequenceRepository;
}

/** A storage backend: repositories, transactions and lifecycle. */
export interface Storage extends Repositories {
  readonly dialect: 'sqlite' | 'postgres';
  /**
   * Runs `work` in one transaction: everything it writes is committed together or not at
   * all. On SQLite transactions are serialised; on PostgreSQL they run at READ COMMITTED.
   */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  /** Applies pending migrations; returns the names applied. */
  migrate(): Promise<string[]>;
  /** True when no business, OPD or complaint exists yet (a fresh database to seed). */
  isEmpty(): Promise<boolean>;
  close(): Promise<void>;
}

/** A page request: at most `limit` items after the opaque `cursor` (from `nextCursor`). */
export interface PageRequest {
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** A cursor that does not decode is a caller's mistake (400), never a server error. */
export class InvalidCursor extends Error {
  override readonly name = 'InvalidCursor';
}

/** A write that breaks a uniqueness rule (an id or tracking number already taken). */
export class Conflict extends Error {
  override readonly name = 'Conflict';
}

export interface BusinessListFilter {
  readonly text?: string | undefined;
  readonly districtCode?: string | undefined;
  readonly villageCode?: string | undefined;
  readonly kbliCategory?: string | undefined;
  readonly kbliPrefix?: string | undefined;
  readonly scale?: Business['scale'] | undefined;
  /** Only businesses with a halal certificate in force on `today`. */
  readonly halal?: boolean | undefined;
  /** Local date (`YYYY-MM-DD`, the region's time zone) the halal filter is judged on. */
  readonly today: string;
  /** Which verification statuses to include (the public never sees `suspended`). */
  readonly statuses: readonly VerificationStatus[];
  /** `relevance` ranks name matches of `text` first; `name` A–Z; `newest` by creation. */
  readonly sort: 'relevance' | 'name' | 'newest';
}

export interface BusinessRepository {
  get(id: string): Promise<Business | undefined>;
  list(filter: BusinessListFilter, page: PageRequest): Promise<Page<Business>>;
  count(filter: Omit<BusinessListFilter, 'sort'>): Promise<number>;
  insert(business: Business): Promise<void>;
  /** Replaces the stored record with the same id. */
  update(business: Business): Promise<void>;
}

export type { BusinessCatalogQuery };

export interface ProductRepository {
  get(businessId: string, id: string): Promise<ProductPublic | undefined>;
  listByBusiness(businessId: string, page: PageRequest): Promise<Page<ProductPublic>>;
  /** Every product of these businesses, for catalog cards (price ranges); grouped by business id. */
  forBusinesses(businessIds: readonly string[]): Promise<Map<string, ProductPublic[]>>;
  /** Product names are searchable through their business (`BusinessListFilter.text`). */
  insert(product: ProductPublic): Promise<void>;
  update(product: ProductPublic): Promise<void>;
  delete(businessId: string, id: string): Promise<boolean>;
}

export interface OpdRepository {
  get(id: string): Promise<Opd | undefined>;
  list(query: Omit<OpdListQuery, 'limit' | 'cursor'>, page: PageRequest): Promise<Page<Opd>>;
  all(): Promise<Opd[]>;
  insert(opd: Opd): Promise<void>;
  update(opd: Opd): Promise<void>;
}

export interface ScheduleRepository {
  get(year: number): Promise<PlanningSchedule | undefined>;
  put(schedule: PlanningSchedule): Promise<void>;
}

export interface ProposalListFilter
  extends Omit<ProposalListQuery, 'limit' | 'cursor' | 'opd' | 'region' | 'bidang'> {
  /** Region code prefix (a district or village code, or the caller's scope). */
  readonly region?: string | undefined;
  /** Bidang urusan codes to include (from the `bidang` query or an OPD's bidang). */
  readonly bidang?: readonly string[] | undefined;
  /** Leave out drafts (public lists never show them). */
  readonly excludeDrafts?: boolean | undefined;
}

export interface ProposalRepository {
  get(id: string): Promise<Proposal | undefined>;
  list(filter: ProposalListFilter, page: PageRequest): Promise<Page<Proposal>>;
  /** Every proposal of a fiscal year, for the dashboard funnel. */
  forYear(fiscalYear: number): Promise<Proposal[]>;
  insert(proposal: Proposal): Promise<void>;
  update(proposal: Proposal): Promise<void>;
}

export interface WorkPlanRepository {
  get(id: string): Promise<WorkPlanEntry | undefined>;
  list(
    query: Omit<WorkPlanQuery, 'limit' | 'cursor'>,
    page: PageRequest,
  ): Promise<Page<WorkPlanEntry>>;
  forYear(fiscalYear: number): Promise<WorkPlanEntry[]>;
  insert(entry: WorkPlanEntry): Promise<void>;
  update(entry: WorkPlanEntry): Promise<void>;
}

export interface ServiceStandardRepository {
  get(id: string): Promise<ServiceStandard | undefined>;
  list(
    query: Omit<ServiceStandardQuery, 'limit' | 'cursor'>,
    page: PageRequest,
  ): Promise<Page<ServiceStandard>>;
  insert(standard: ServiceStandard): Promise<void>;
  update(standard: ServiceStandard): Promise<void>;
  /** Every standard in the catalogue, whatever its status. */
  count(): Promise<number>;
}

/** A citizen's record with the hash of the receipt code that proves who filed it. */
export interface WithReceipt<T> {
  readonly record: T;
  readonly receiptHash: string;
}

export interface ServiceRequestListFilter
  extends Omit<ServiceRequestListQuery, 'limit' | 'cursor'> {
  /** Only requests to this OPD (the caller's scope). */
  readonly scopeOpd?: string | undefined;
}

export interface ServiceRequestRepository {
  get(id: string): Promise<WithReceipt<ServiceRequest> | undefined>;
  getByTrackingNumber(trackingNumber: string): Promise<WithReceipt<ServiceRequest> | undefined>;
  list(filter: ServiceRequestListFilter, page: PageRequest): Promise<Page<ServiceRequest>>;
  insert(request: ServiceRequest, receiptHash: string): Promise<void>;
  update(request: ServiceRequest): Promise<void>;
  count(): Promise<number>;
}

export interface ComplaintListFilter extends Omit<ComplaintListQuery, 'limit' | 'cursor'> {
  /** Only complaints dispatched to this OPD (the caller's scope). */
  readonly scopeOpd?: string | undefined;
}

export interface ComplaintRepository {
  get(id: string): Promise<WithReceipt<Complaint> | undefined>;
  getByTrackingNumber(trackingNumber: string): Promise<WithReceipt<Complaint> | undefined>;
  list(filter: ComplaintListFilter, page: PageRequest): Promise<Page<Complaint>>;
  insert(complaint: Complaint, receiptHash: string): Promise<void>;
  update(complaint: Complaint): Promise<void>;
  /** Complaints not yet resolved, closed or rejected (for the portal's home figures). */
  countOpen(): Promise<number>;
  /**
   * Complaints now resolved or closed whose latest resolution fell on a local date from
   * `first` to `last` inclusive (`YYYY-MM-DD`, the regency's time zone).
   */
  countResolvedBetween(first: string, last: string): Promise<number>;
  count(): Promise<number>;
}

export interface IkmRepository {
  insert(response: IkmResponse): Promise<void>;
  /** Every answer in the query's scope (service, OPD, date range). */
  find(query: IkmQuery): Promise<IkmResponse[]>;
}

/** A staff token as stored: the public record and the SHA-256 hash of its secret. */
export interface StoredToken {
  readonly token: StaffToken;
  readonly secretHash: string;
}

export interface TokenRepository {
  insert(stored: StoredToken): Promise<void>;
  findBySecretHash(secretHash: string): Promise<StaffToken | undefined>;
  get(id: string): Promise<StaffToken | undefined>;
  list(): Promise<StaffToken[]>;
  revoke(id: string, at: string): Promise<boolean>;
  touch(id: string, at: string): Promise<void>;
}

/** A stored upload (photo or document) and what it belongs to once a submission uses it. */
export interface UploadRecord {
  readonly id: string;
  readonly purpose: UploadPurpose | 'umkm-photo';
  readonly mime: string;
  readonly bytes: number;
  readonly width?: number | undefined;
  readonly height?: number | undefined;
  /** Relative path under the media directory (a generated name). */
  readonly path: string;
  readonly alt?: string | undefined;
  readonly createdAt: string;
  /** `complaint:<id>`, `request:<id>`, `proposal:<id>`, `business:<id>` once used. */
  readonly owner?: string | undefined;
}

export interface UploadRepository {
  insert(upload: UploadRecord): Promise<void>;
  get(id: string): Promise<UploadRecord | undefined>;
  getByPath(path: string): Promise<UploadRecord | undefined>;
  /** Marks uploads as used by a record; returns the ids that were free and now are its. */
  attach(ids: readonly string[], owner: string): Promise<string[]>;
}

/** What an earlier request with the same Idempotency-Key produced. */
export type IdempotencyClaim =
  | { readonly state: 'new' }
  | { readonly state: 'replay'; readonly status: number; readonly body: unknown }
  | { readonly state: 'mismatch' };

export interface IdempotencyRepository {
  /**
   * Claims `key` for an operation and request-body hash inside the current transaction.
   * A key seen before answers `replay` (same body) or `mismatch` (another body). Under
   * concurrency the second claimer waits for the first transaction and then replays.
   */
  claim(operation: string, key: string, bodyHash: string, at: string): Promise<IdempotencyClaim>;
  /** Stores the response of a claimed key; must run in the same transaction as the claim. */
  complete(operation: string, key: string, status: number, body: unknown): Promise<void>;
}

export interface SequenceRepository {
  /** The next number of a named counter (e.g. `ADU-3514-2026`), starting at 1; atomic. */
  next(name: string): Promise<number>;
}

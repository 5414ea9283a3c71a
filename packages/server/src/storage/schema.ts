/**
 * The tables of a Cerdas database, as Kysely sees them. Every record kind keeps the model's
 * record whole as JSON in `data` and copies beside it only what its lists filter and sort on.
 * Timestamps are ISO 8601 text: `created_at` as the record gives it (with its offset),
 * `created_utc` normalised to UTC (`toISOString`) so that text order is time order, and
 * `created_date` the local calendar date in the region's time zone for `from`/`to` filters.
 * Lists of codes that filters search inside are stored space-delimited (` 10710 10794 `) so
 * that `LIKE '% 107%'` finds a member or a prefix of one on both dialects.
 */
export interface Database {
  businesses: BusinessTable;
  business_halal: BusinessHalalTable;
  products: ProductTable;
  opds: OpdTable;
  schedules: ScheduleTable;
  proposals: ProposalTable;
  work_plan: WorkPlanTable;
  service_standards: ServiceStandardTable;
  service_requests: ServiceRequestTable;
  complaints: ComplaintTable;
  ikm_responses: IkmResponseTable;
  tokens: TokenTable;
  uploads: UploadTable;
  idempotency: IdempotencyTable;
  sequences: SequenceTable;
}

export interface BusinessTable {
  id: string;
  /** Lower-cased name: the `name` order and the relevance rank. */
  name_sort: string;
  /** Lower-cased name, description, KBLI codes and product names, for word search. */
  search_text: string;
  district_code: string;
  village_code: string;
  /** Kategori of the main KBLI 2020 code; null when unknown. */
  kbli_category: string | null;
  /** Every KBLI code, space-delimited; `' '` without codes. */
  kbli_codes: string;
  scale: string;
  verification_status: string;
  created_at: string;
  created_utc: string;
  updated_at: string;
  data: string;
}

/**
 * The days on which one halal certificate of a business is in force, `valid_from` to
 * `valid_until` inclusive (`0000-01-01` and `9999-12-31` where the certificate has no bound).
 * One row per certificate, so a business with certificates in force in separate periods is
 * judged exactly on any day.
 */
export interface BusinessHalalTable {
  business_id: string;
  valid_from: string;
  valid_until: string;
}

export interface ProductTable {
  business_id: string;
  id: string;
  /** The product's name, copied into its business's `search_text`. */
  name: string;
  created_utc: string;
  data: string;
}

export interface OpdTable {
  id: string;
  name_sort: string;
  /** Lower-cased `name shortName`, the text `matchesOpdQuery` looks in. */
  search_text: string;
  kind: string;
  bidang_codes: string;
  data: string;
}

export interface ScheduleTable {
  year: number;
  data: string;
}

export interface ProposalTable {
  id: string;
  fiscal_year: number;
  status: string;
  source: string;
  region_code: string;
  bidang_code: string;
  /** Lower-cased `title\nproblem`, the text `matchesProposalQuery` looks in. */
  search_text: string;
  created_utc: string;
  data: string;
}

export interface WorkPlanTable {
  id: string;
  fiscal_year: number;
  opd_id: string;
  sub_kegiatan: string;
  funding_source: string;
  locations: string;
  proposal_ids: string;
  data: string;
}

export interface ServiceStandardTable {
  id: string;
  name_sort: string;
  /** Lower-cased name, description and keywords. */
  search_text: string;
  opd_id: string;
  category: string;
  status: string;
  channel_kinds: string;
  data: string;
}

export interface ServiceRequestTable {
  id: string;
  tracking_number: string;
  service_id: string;
  opd_id: string;
  status: string;
  created_at: string;
  created_utc: string;
  created_date: string;
  receipt_hash: string;
  data: string;
}

export interface ComplaintTable {
  id: string;
  tracking_number: string;
  kind: string;
  category: string;
  status: string;
  opd_id: string | null;
  district_code: string;
  created_at: string;
  created_utc: string;
  created_date: string;
  /** Local date of the latest resolution of a resolved or closed complaint; null otherwise. */
  resolved_date: string | null;
  receipt_hash: string;
  data: string;
}

export interface IkmResponseTable {
  id: string;
  service_id: string;
  opd_id: string;
  /** The local date the service was rated (`IkmResponse.date`). */
  date: string;
  created_utc: string;
  data: string;
}

/** `data` holds the token as inserted; `last_used_at` and `revoked_at` override it. */
export interface TokenTable {
  id: string;
  secret_hash: string;
  created_utc: string;
  last_used_at: string | null;
  revoked_at: string | null;
  data: string;
}

/** `data` holds the upload without `owner`, which lives in its own column. */
export interface UploadTable {
  id: string;
  path: string;
  purpose: string;
  owner: string | null;
  created_utc: string;
  data: string;
}

export interface IdempotencyTable {
  operation: string;
  key: string;
  body_hash: string;
  /** The stored response; null until `complete`. */
  status: number | null;
  body: string | null;
  created_at: string;
}

export interface SequenceTable {
  name: string;
  value: number;
}

import * as z from 'zod/mini';
import { GeoPoint } from '../common/geo.js';
import { type LocalizedText, localized } from '../common/i18n.js';
import { Photo } from '../common/media.js';
import { PageQuery } from '../common/page.js';
import { personal } from '../common/personal.js';
import { PhoneNumber, PhoneNumberInput } from '../common/phone.js';
import { RegionCode } from '../common/region.js';
import { Actor, Role } from '../common/roles.js';
import { Rupiah } from '../common/rupiah.js';
import { Timestamp } from '../common/time.js';
import { BidangUrusanCode, isWithinNomenclature, SubKegiatanCode } from './nomenclature.js';
import { type OpdScope, opdCarries } from './opd.js';
import {
  boundedText,
  FiscalYear,
  FiscalYearQuery,
  isWithinRegion,
  PlanningId,
  WHEN_FIELDS_VALID,
  withoutUndefined,
} from './primitives.js';

/**
 * Where a proposal (usulan) comes from (domain.md §B; Permendagri 86/2017): the Musrenbang of a
 * desa/kelurahan or of a kecamatan, an OPD's own initiative, or the pokok pikiran (pokir) of DPRD
 * members, gathered in their reses.
 */
export const ProposalSource = z.enum(['musrenbang-desa', 'musrenbang-kecamatan', 'opd', 'pokir']);
export type ProposalSource = z.infer<typeof ProposalSource>;

export const PROPOSAL_SOURCE_LABELS: Readonly<Record<ProposalSource, LocalizedText>> = {
  'musrenbang-desa': { id: 'Musrenbang Desa/Kelurahan', en: 'Village Musrenbang' },
  'musrenbang-kecamatan': { id: 'Musrenbang Kecamatan', en: 'District Musrenbang' },
  opd: { id: 'Perangkat Daerah', en: 'Regional agency (OPD)' },
  pokir: { id: 'Pokok Pikiran DPRD', en: 'DPRD pokok pikiran (pokir)' },
};

/**
 * Where a proposal stands. Verified statuses name the last stage that verified it; `returned`
 * (dikembalikan) waits for its proposer to revise and resubmit; `accommodated` (diakomodir in
 * the Renja/RKPD) and `rejected` (ditolak) are final.
 */
export const ProposalStatus = z.enum([
  'draft',
  'submitted',
  'verified-kecamatan',
  'verified-opd',
  'verified-bappeda',
  'accommodated',
  'rejected',
  'returned',
]);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

export const PROPOSAL_STATUS_LABELS: Readonly<Record<ProposalStatus, LocalizedText>> = {
  draft: { id: 'Draf', en: 'Draft' },
  submitted: { id: 'Diajukan', en: 'Submitted' },
  'verified-kecamatan': { id: 'Diverifikasi kecamatan', en: 'Verified by the district' },
  'verified-opd': { id: 'Diverifikasi perangkat daerah', en: 'Verified by the agency (OPD)' },
  'verified-bappeda': { id: 'Diverifikasi Bappeda', en: 'Verified by Bappeda' },
  accommodated: { id: 'Diakomodir', en: 'Accommodated' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
  returned: { id: 'Dikembalikan', en: 'Returned for revision' },
};

/** What can be done to a proposal. */
export const ProposalAction = z.enum(['submit', 'verify', 'accommodate', 'reject', 'return']);
export type ProposalAction = z.infer<typeof ProposalAction>;

export const PROPOSAL_ACTION_LABELS: Readonly<Record<ProposalAction, LocalizedText>> = {
  submit: { id: 'Ajukan', en: 'Submit' },
  verify: { id: 'Verifikasi', en: 'Verify' },
  accommodate: { id: 'Akomodir', en: 'Accommodate' },
  reject: { id: 'Tolak', en: 'Reject' },
  return: { id: 'Kembalikan', en: 'Return for revision' },
};

/** The lowest priority rank. */
export const PROPOSAL_PRIORITY_MAX = 999;

/**
 * Priority as a rank within the proposer's list for the year, as a Musrenbang ranks its
 * priorities: 1 is the most important, larger numbers come later. Ties are allowed (the rank of
 * one proposal cannot see the others); ranks need not be contiguous.
 */
export const ProposalPriority = z.int().check(z.minimum(1), z.maximum(PROPOSAL_PRIORITY_MAX));
export type ProposalPriority = z.infer<typeof ProposalPriority>;

/** The most photos one proposal carries. */
export const PROPOSAL_PHOTOS_MAX = 10;
/** A photo of the place or the problem: the common {@link Photo} shape. */
export const ProposalPhoto = Photo;
export type ProposalPhoto = Photo;

/** A contact person's name; personal data (UU 27/2022). */
const ContactName = personal(boundedText(120), 'Name of a contact person');

/** The person to call about a proposal: PERSONAL data (UU 27/2022), staff-only. */
export const ContactPerson = personal(
  z.object({
    name: ContactName,
    phone: personal(PhoneNumber, 'Phone number of a contact person'),
  }),
  'Contact person of a proposal',
);
export type ContactPerson = z.infer<typeof ContactPerson>;

/** A contact person as typed in a form: the phone in any Indonesian notation, stored as E.164. */
export const ContactPersonInput = personal(
  z.object({
    name: ContactName,
    phone: personal(PhoneNumberInput, 'Phone number of a contact person'),
  }),
  'Contact person of a proposal',
);
export type ContactPersonInput = z.infer<typeof ContactPersonInput>;

const REGION_LEVEL_MESSAGE = localized(
  'harus berupa kode kecamatan NN.NN.NN atau desa/kelurahan NN.NN.NN.NNNN',
  'must be a district code NN.NN.NN or a village code NN.NN.NN.NNNN',
);

/** Where a proposal is located: a kecamatan or a desa/kelurahan (Permendagri 137/2017 codes). */
export const ProposalRegionCode = RegionCode.check(
  z.refine((code: string) => code.length === 8 || code.length === 13, {
    ...REGION_LEVEL_MESSAGE,
    when: (payload) => payload.issues.length === 0,
  }),
);
export type ProposalRegionCode = z.infer<typeof ProposalRegionCode>;

/** Volume (e.g. 1.5 km of road, 40 people): positive, at most a billion. */
const Volume = z.number().check(z.positive(), z.lte(1_000_000_000));

/** The fields a proposer writes, shared by the stored shape and the request bodies. */
const contentFields = {
  /** The RKPD (fiscal) year the proposal targets, e.g. 2027 for a Musrenbang held in 2026. */
  fiscalYear: FiscalYear,
  regionCode: ProposalRegionCode,
  location: z.optional(GeoPoint),
  bidangUrusan: BidangUrusanCode,
  subKegiatan: z.optional(SubKegiatanCode),
  title: boundedText(200),
  /** Problem statement (permasalahan): what is wrong and for whom. */
  problem: boundedText(4000, 10),
  volume: Volume,
  /** Unit of the volume (satuan): `m`, `unit`, `paket`, `orang`. */
  unit: boundedText(40),
  /** Estimated cost in whole rupiah. */
  estimatedCost: Rupiah,
  priority: ProposalPriority,
};

type CrossFields = {
  source?: ProposalSource;
  regionCode?: string;
  bidangUrusan?: string;
  subKegiatan?: string | undefined;
};

/** Musrenbang desa proposals belong to one village (Permendagri 86/2017). */
const desaNeedsVillage = z.refine<CrossFields>(
  (p: CrossFields) => p.source !== 'musrenbang-desa' || p.regionCode?.length === 13,
  {
    ...localized(
      'usulan Musrenbang Desa/Kelurahan harus berlokasi di satu desa/kelurahan (kode NN.NN.NN.NNNN)',
      'a village Musrenbang proposal must be located in one village (code NN.NN.NN.NNNN)',
    ),
    path: ['regionCode'],
    ...WHEN_FIELDS_VALID,
  },
);

/** A sub kegiatan lies under its bidang urusan (Permendagri 90/2019 code hierarchy). */
const subKegiatanInBidang = z.refine<CrossFields>(
  (p: CrossFields) =>
    p.subKegiatan === undefined ||
    p.bidangUrusan === undefined ||
    isWithinNomenclature(p.subKegiatan, p.bidangUrusan),
  {
    ...localized(
      'sub kegiatan harus berada di bawah bidang urusan usulan',
      'the sub kegiatan must lie under the proposal’s bidang urusan',
    ),
    path: ['subKegiatan'],
    ...WHEN_FIELDS_VALID,
  },
);

/** Why a proposal was rejected: public, like Decidim's official answer. */
export const ProposalReason = boundedText(1000);
/** A note on a move (what to revise, a remark). */
export const ProposalNote = boundedText(2000);
const ReasonText = ProposalReason;
const NoteText = ProposalNote;

/** One step of a proposal's history: who did what, when, from which status to which. */
export const ProposalHistoryEntry = z.object({
  at: Timestamp,
  actorId: Actor.shape.id,
  role: Role,
  /** The office's display name (never a citizen's name). */
  actorName: Actor.shape.name,
  action: ProposalAction,
  from: ProposalStatus,
  to: ProposalStatus,
  /** Why it was rejected (required for `reject`); public. */
  reason: z.optional(ReasonText),
  /** What to revise (required for `return`) or a remark; public. */
  note: z.optional(NoteText),
  /** A remark for staff only; never public. */
  internalNote: z.optional(NoteText),
  /** The sub kegiatan it was accommodated under (`accommodate`). */
  subKegiatan: z.optional(SubKegiatanCode),
  /** The pagu it was accommodated with (`accommodate`). */
  pagu: z.optional(Rupiah),
});
export type ProposalHistoryEntry = z.infer<typeof ProposalHistoryEntry>;

/** A history step as the public sees it: no actor id and no internal note. */
export const ProposalHistoryEntryPublic = z.object({
  at: Timestamp,
  role: Role,
  actorName: Actor.shape.name,
  action: ProposalAction,
  from: ProposalStatus,
  to: ProposalStatus,
  reason: z.optional(ReasonText),
  note: z.optional(NoteText),
  subKegiatan: z.optional(SubKegiatanCode),
  pagu: z.optional(Rupiah),
});
export type ProposalHistoryEntryPublic = z.infer<typeof ProposalHistoryEntryPublic>;

type BudgetFields = {
  status: ProposalStatus;
  subKegiatan?: string | undefined;
  pagu?: number | undefined;
};

const accommodatedHasBudget = z.refine<BudgetFields>(
  (p) => p.status !== 'accommodated' || (p.subKegiatan !== undefined && p.pagu !== undefined),
  {
    ...localized(
      'usulan yang diakomodir harus memiliki sub kegiatan dan pagu',
      'an accommodated proposal must have a sub kegiatan and a pagu',
    ),
    path: ['status'],
    ...WHEN_FIELDS_VALID,
  },
);

/**
 * A proposal (usulan) as staff see and store it, with the contact person (personal data) and
 * the full history. `proposer` is the office that created it (an {@link Actor}).
 */
export const Proposal = z
  .object({
    id: PlanningId,
    source: ProposalSource,
    ...contentFields,
    photos: z.array(ProposalPhoto).check(z.maxLength(PROPOSAL_PHOTOS_MAX)),
    contactPerson: z.optional(ContactPerson),
    proposer: Actor,
    status: ProposalStatus,
    /** Pagu in rupiah it was accommodated with (set by `accommodate`). */
    pagu: z.optional(Rupiah),
    history: z.array(ProposalHistoryEntry),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    /** When it was last submitted. */
    submittedAt: z.optional(Timestamp),
  })
  .check(desaNeedsVillage, subKegiatanInBidang, accommodatedHasBudget);
export type Proposal = z.infer<typeof Proposal>;

/** The proposing office as the public sees it: its role, name and scope, not its token id. */
export const ProposalProposerPublic = z.object({
  role: Role,
  name: Actor.shape.name,
  regionCode: Actor.shape.regionCode,
  opdId: Actor.shape.opdId,
});
export type ProposalProposerPublic = z.infer<typeof ProposalProposerPublic>;

/**
 * A proposal as anyone may see it. Built by listing fields, so it cannot carry the contact
 * person, actor ids or internal notes (UU 27/2022).
 */
export const ProposalPublic = z.object({
  id: PlanningId,
  source: ProposalSource,
  ...contentFields,
  photos: z.array(ProposalPhoto).check(z.maxLength(PROPOSAL_PHOTOS_MAX)),
  proposer: ProposalProposerPublic,
  status: ProposalStatus,
  pagu: z.optional(Rupiah),
  history: z.array(ProposalHistoryEntryPublic),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  submittedAt: z.optional(Timestamp),
});
export type ProposalPublic = z.infer<typeof ProposalPublic>;

/** The public view of a proposal: drops the contact person, actor ids and internal notes. */
export function toProposalPublic(proposal: Proposal): ProposalPublic {
  return withoutUndefined({
    id: proposal.id,
    source: proposal.source,
    fiscalYear: proposal.fiscalYear,
    regionCode: proposal.regionCode,
    location: proposal.location,
    bidangUrusan: proposal.bidangUrusan,
    subKegiatan: proposal.subKegiatan,
    title: proposal.title,
    problem: proposal.problem,
    volume: proposal.volume,
    unit: proposal.unit,
    estimatedCost: proposal.estimatedCost,
    priority: proposal.priority,
    photos: proposal.photos,
    proposer: withoutUndefined({
      role: proposal.proposer.role,
      name: proposal.proposer.name,
      regionCode: proposal.proposer.regionCode,
      opdId: proposal.proposer.opdId,
    }),
    status: proposal.status,
    pagu: proposal.pagu,
    history: proposal.history.map((entry) =>
      withoutUndefined({
        at: entry.at,
        role: entry.role,
        actorName: entry.actorName,
        action: entry.action,
        from: entry.from,
        to: entry.to,
        reason: entry.reason,
        note: entry.note,
        subKegiatan: entry.subKegiatan,
        pagu: entry.pagu,
      }),
    ),
    createdAt: proposal.createdAt,
    updatedAt: proposal.updatedAt,
    submittedAt: proposal.submittedAt,
  });
}

/**
 * Body of creating a proposal (POST): a draft, owned by the calling office. Every string and
 * list is bounded. The phone of the contact person may be typed in any Indonesian notation.
 */
export const ProposalCreate = z
  .object({
    source: ProposalSource,
    ...contentFields,
    photos: z.optional(z.array(ProposalPhoto).check(z.maxLength(PROPOSAL_PHOTOS_MAX))),
    contactPerson: z.optional(ContactPersonInput),
  })
  .check(desaNeedsVillage, subKegiatanInBidang);
export type ProposalCreate = z.infer<typeof ProposalCreate>;

/**
 * Body of editing a proposal in `draft` or `returned` (PATCH): the fields to change; `null`
 * clears an optional field. The source never changes (it decides who verifies).
 */
export const ProposalUpdate = z
  .object({
    fiscalYear: z.optional(FiscalYear),
    regionCode: z.optional(ProposalRegionCode),
    location: z.optional(z.nullable(GeoPoint)),
    bidangUrusan: z.optional(BidangUrusanCode),
    subKegiatan: z.optional(z.nullable(SubKegiatanCode)),
    title: z.optional(contentFields.title),
    problem: z.optional(contentFields.problem),
    volume: z.optional(Volume),
    unit: z.optional(contentFields.unit),
    estimatedCost: z.optional(Rupiah),
    priority: z.optional(ProposalPriority),
    photos: z.optional(z.array(ProposalPhoto).check(z.maxLength(PROPOSAL_PHOTOS_MAX))),
    contactPerson: z.optional(z.nullable(ContactPersonInput)),
  })
  .check(
    z.refine((update) => Object.values(update).some((value) => value !== undefined), {
      ...localized('tidak ada kolom yang diubah', 'no field to change'),
      ...WHEN_FIELDS_VALID,
    }),
  );
export type ProposalUpdate = z.infer<typeof ProposalUpdate>;

const internalNote = { internalNote: z.optional(NoteText) };

/**
 * Body of moving a proposal through its lifecycle (POST …/transitions), one shape per action:
 * `reject` requires a reason, `return` a note, `accommodate` a sub kegiatan and a pagu.
 */
export const ProposalTransitionRequest = z.discriminatedUnion('action', [
  z.object({ action: z.literal('submit'), note: z.optional(NoteText), ...internalNote }),
  z.object({ action: z.literal('verify'), note: z.optional(NoteText), ...internalNote }),
  z.object({
    action: z.literal('accommodate'),
    subKegiatan: SubKegiatanCode,
    pagu: Rupiah,
    note: z.optional(NoteText),
    ...internalNote,
  }),
  z.object({ action: z.literal('reject'), reason: ReasonText, ...internalNote }),
  z.object({ action: z.literal('return'), note: NoteText, ...internalNote }),
]);
export type ProposalTransitionRequest = z.infer<typeof ProposalTransitionRequest>;

/**
 * Query of the proposal list. `region` is a kecamatan or desa code and matches the region and
 * everything inside it; `opd` matches proposals whose bidang urusan that OPD carries; `text`
 * searches title and problem.
 */
export const ProposalListQuery = z.extend(PageQuery, {
  year: z.optional(FiscalYearQuery),
  status: z.optional(ProposalStatus),
  source: z.optional(ProposalSource),
  region: z.optional(ProposalRegionCode),
  bidang: z.optional(BidangUrusanCode),
  opd: z.optional(PlanningId),
  text: z.optional(z.string().check(z.maxLength(100))),
});
export type ProposalListQuery = z.infer<typeof ProposalListQuery>;

/**
 * Whether a proposal matches a list query's filters (paging aside). `opds` resolves the `opd`
 * filter to the bidang urusan that OPD carries; an unknown OPD matches nothing.
 */
export function matchesProposalQuery(
  proposal: Pick<
    Proposal,
    'fiscalYear' | 'status' | 'source' | 'regionCode' | 'bidangUrusan' | 'title' | 'problem'
  >,
  query: Omit<ProposalListQuery, 'limit' | 'cursor'>,
  opds: readonly OpdScope[] = [],
): boolean {
  if (query.year !== undefined && proposal.fiscalYear !== query.year) return false;
  if (query.status !== undefined && proposal.status !== query.status) return false;
  if (query.source !== undefined && proposal.source !== query.source) return false;
  if (query.region !== undefined && !isWithinRegion(proposal.regionCode, query.region)) {
    return false;
  }
  if (query.bidang !== undefined && proposal.bidangUrusan !== query.bidang) return false;
  if (query.opd !== undefined) {
    const opd = opds.find((candidate) => candidate.id === query.opd);
    if (!opd || !opdCarries(opd, proposal.bidangUrusan)) return false;
  }
  if (query.text) {
    const needle = query.text.trim().toLocaleLowerCase('id');
    const haystack = `${proposal.title}\n${proposal.problem}`.toLocaleLowerCase('id');
    if (!haystack.includes(needle)) return false;
  }
  return true;
}

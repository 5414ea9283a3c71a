import * as z from 'zod/mini';
import {
  type Language,
  type LocalizedText,
  type ValidationResult,
  validate,
} from '../common/i18n.js';
import { timeZoneOf } from '../common/region.js';
import { Actor, Role } from '../common/roles.js';
import { Rupiah } from '../common/rupiah.js';
import { Timestamp, toLocalDate } from '../common/time.js';
import { BidangUrusanCode, isWithinNomenclature, SubKegiatanCode } from './nomenclature.js';
import { type OpdScope, opdCarries } from './opd.js';
import { checkSubmissionWindow, type PlanningSchedule } from './phases.js';
import { isWithinRegion, withoutUndefined } from './primitives.js';
import {
  PROPOSAL_SOURCE_LABELS,
  PROPOSAL_STATUS_LABELS,
  Proposal,
  ProposalAction,
  type ProposalCreate,
  type ProposalHistoryEntry,
  ProposalNote,
  ProposalReason,
  ProposalRegionCode,
  ProposalSource,
  ProposalStatus,
  ProposalUpdate,
} from './proposal.js';

/** A stage that verifies proposals. */
export type VerifierStage = 'kecamatan' | 'opd' | 'bappeda';

/**
 * The verifications a submitted proposal passes, by source (Permendagri 86/2017 and the
 * e-musrenbang apps of domain.md §B): a desa proposal is verified by its kecamatan, then by the
 * OPD that carries its bidang urusan, then by Bappeda. A kecamatan's own proposal skips the
 * kecamatan; an OPD's own proposal goes straight to Bappeda; pokir are checked by the OPD first.
 */
export const PROPOSAL_ROUTES: Readonly<Record<ProposalSource, readonly VerifierStage[]>> = {
  'musrenbang-desa': ['kecamatan', 'opd', 'bappeda'],
  'musrenbang-kecamatan': ['opd', 'bappeda'],
  opd: ['bappeda'],
  pokir: ['opd', 'bappeda'],
};

/**
 * Who creates, edits and submits proposals of each source. There is no DPRD role: Bappeda (or
 * admin) enters the pokir it receives.
 */
export const PROPOSAL_SUBMITTERS: Readonly<Record<ProposalSource, readonly Role[]>> = {
  'musrenbang-desa': ['desa'],
  'musrenbang-kecamatan': ['kecamatan'],
  opd: ['opd'],
  pokir: ['bappeda', 'admin'],
};

/** Who acts for each verifying stage; admin may do anything Bappeda can. */
export const STAGE_ROLES: Readonly<Record<VerifierStage, readonly Role[]>> = {
  kecamatan: ['kecamatan'],
  opd: ['opd'],
  bappeda: ['bappeda', 'admin'],
};

/** What an action needs besides the actor: a reason, a note, or a sub kegiatan and a pagu. */
export const TransitionRequirement = z.enum(['reason', 'note', 'subKegiatan', 'pagu']);
export type TransitionRequirement = z.infer<typeof TransitionRequirement>;

/**
 * One legal move: from a status, by one of `roles`, a proposal of `source` goes to `to`.
 * `phaseGated` moves are only possible while the source's submission window is open.
 */
export const ProposalTransitionRule = z.object({
  source: ProposalSource,
  from: ProposalStatus,
  action: ProposalAction,
  to: ProposalStatus,
  roles: z.array(Role),
  requires: z.array(TransitionRequirement),
  phaseGated: z.boolean(),
});
export type ProposalTransitionRule = z.infer<typeof ProposalTransitionRule>;

const VERIFIED: Readonly<Record<VerifierStage, ProposalStatus>> = {
  kecamatan: 'verified-kecamatan',
  opd: 'verified-opd',
  bappeda: 'verified-bappeda',
};

function buildTransitions(): ProposalTransitionRule[] {
  const rules: ProposalTransitionRule[] = [];
  for (const source of ProposalSource.options) {
    const rule = (
      from: ProposalStatus,
      action: ProposalAction,
      to: ProposalStatus,
      roles: readonly Role[],
      requires: TransitionRequirement[] = [],
    ) => {
      rules.push({
        source,
        from,
        action,
        to,
        roles: [...roles],
        requires,
        phaseGated: action === 'submit',
      });
    };
    const submitters = PROPOSAL_SUBMITTERS[source];
    rule('draft', 'submit', 'submitted', submitters);
    rule('returned', 'submit', 'submitted', submitters);
    let awaiting: ProposalStatus = 'submitted';
    for (const stage of PROPOSAL_ROUTES[source]) {
      const roles = STAGE_ROLES[stage];
      rule(awaiting, 'verify', VERIFIED[stage], roles);
      rule(awaiting, 'reject', 'rejected', roles, ['reason']);
      rule(awaiting, 'return', 'returned', roles, ['note']);
      awaiting = VERIFIED[stage];
    }
    const bappeda = STAGE_ROLES.bappeda;
    rule(awaiting, 'accommodate', 'accommodated', bappeda, ['subKegiatan', 'pagu']);
    rule(awaiting, 'reject', 'rejected', bappeda, ['reason']);
    rule(awaiting, 'return', 'returned', bappeda, ['note']);
  }
  for (const rule of rules) {
    Object.freeze(rule.roles);
    Object.freeze(rule.requires);
    Object.freeze(rule);
  }
  return rules;
}

/**
 * Every legal move of the proposal lifecycle, for every source: the machine itself, readable by
 * the API documentation and by widgets. `transitionProposal` allows exactly these moves (plus
 * the scope, requirement and phase checks).
 *
 * draft → submitted → [verified-kecamatan →] [verified-opd →] verified-bappeda → accommodated;
 * at each verification: rejected (reason) or returned (note) → resubmitted by the proposer.
 */
export const PROPOSAL_TRANSITIONS: readonly ProposalTransitionRule[] = Object.freeze(
  buildTransitions(),
);

/** Statuses no action leaves. */
export const FINAL_PROPOSAL_STATUSES: readonly ProposalStatus[] = ['accommodated', 'rejected'];

/** The moves from a status for a source, optionally only those a role may make. */
export function transitionsFrom(
  source: ProposalSource,
  status: ProposalStatus,
  role?: Role,
): ProposalTransitionRule[] {
  return PROPOSAL_TRANSITIONS.filter(
    (rule) =>
      rule.source === source &&
      rule.from === status &&
      (role === undefined || rule.roles.includes(role)),
  );
}

/** Why a move was refused. */
export const ProposalErrorCode = z.enum([
  'forbidden-role',
  'wrong-stage',
  'out-of-scope',
  'reason-required',
  'note-required',
  'sub-kegiatan-required',
  'pagu-required',
  'bidang-mismatch',
  'phase-closed',
  'schedule-required',
  'schedule-mismatch',
  'invalid-input',
]);
export type ProposalErrorCode = z.infer<typeof ProposalErrorCode>;

/** A refused move, with a message in both languages. */
export interface ProposalError {
  readonly code: ProposalErrorCode;
  readonly message: LocalizedText;
}

/** The outcome of a lifecycle function: the new proposal, or why nothing changed. */
export type ProposalResult<T = Proposal> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ProposalError };

/**
 * The HTTP status for each refusal: 403 when the caller may never do it (role, scope), 409 when
 * the proposal or the calendar is not in a state that allows it, 422 when the request lacks or
 * mangles what the action needs.
 */
export const PROPOSAL_ERROR_STATUS: Readonly<Record<ProposalErrorCode, 403 | 409 | 422>> = {
  'forbidden-role': 403,
  'out-of-scope': 403,
  'wrong-stage': 409,
  'phase-closed': 409,
  'schedule-required': 409,
  'schedule-mismatch': 409,
  'reason-required': 422,
  'note-required': 422,
  'sub-kegiatan-required': 422,
  'pagu-required': 422,
  'bidang-mismatch': 422,
  'invalid-input': 422,
};

/** What a lifecycle call knows besides the proposal and the actor. */
export interface ProposalTransitionContext {
  /** When it happens; defaults to now. */
  readonly at?: string;
  /** Why (required to `reject`). */
  readonly reason?: string;
  /** What to revise (required to `return`) or a public remark. */
  readonly note?: string;
  /** A remark for staff only. */
  readonly internalNote?: string;
  /** The sub kegiatan it is accommodated under (required to `accommodate`). */
  readonly subKegiatan?: string;
  /** The pagu in rupiah (required to `accommodate`). */
  readonly pagu?: number;
  /** The planning schedule of the proposal's fiscal year (required to `submit`). */
  readonly phases?: PlanningSchedule;
  /** The acting OPD and the bidang urusan it carries (required for the `opd` role). */
  readonly opd?: OpdScope;
}

/** A move the actor can make now, and what it needs. */
export interface AvailableProposalAction {
  readonly action: ProposalAction;
  readonly to: ProposalStatus;
  readonly requires: readonly TransitionRequirement[];
}

const ROLE_NAMES: Readonly<Record<Role, LocalizedText>> = {
  desa: { id: 'operator desa/kelurahan', en: 'village operator' },
  kecamatan: { id: 'petugas kecamatan', en: 'district officer' },
  opd: { id: 'staf perangkat daerah', en: 'agency (OPD) staff' },
  bappeda: { id: 'Bappeda', en: 'Bappeda' },
  admin: { id: 'admin', en: 'admin' },
};

const ACTION_VERBS: Readonly<Record<ProposalAction | 'edit', LocalizedText>> = {
  submit: { id: 'mengajukan', en: 'submit' },
  verify: { id: 'memverifikasi', en: 'verify' },
  accommodate: { id: 'mengakomodir', en: 'accommodate' },
  reject: { id: 'menolak', en: 'reject' },
  return: { id: 'mengembalikan', en: 'return' },
  edit: { id: 'membuat atau mengubah', en: 'create or edit' },
};

function refuse<T = Proposal>(code: ProposalErrorCode, message: LocalizedText): ProposalResult<T> {
  return { ok: false, error: { code, message } };
}

function forbiddenRole(role: Role, verb: LocalizedText, source: ProposalSource): ProposalError {
  const name = ROLE_NAMES[role];
  const from = PROPOSAL_SOURCE_LABELS[source];
  return {
    code: 'forbidden-role',
    message: {
      id: `Peran ${name.id} tidak berwenang ${verb.id} usulan dari ${from.id}.`,
      en: `The ${name.en} role may not ${verb.en} proposals from the ${from.en}.`,
    },
  };
}

function wrongStage(role: Role, action: ProposalAction, status: ProposalStatus): ProposalError {
  const name = ROLE_NAMES[role];
  const verb = ACTION_VERBS[action];
  const label = PROPOSAL_STATUS_LABELS[status];
  return {
    code: 'wrong-stage',
    message: {
      id: `Peran ${name.id} tidak dapat ${verb.id} usulan yang berstatus "${label.id}".`,
      en: `The ${name.en} role cannot ${verb.en} a proposal whose status is "${label.en}".`,
    },
  };
}

/** Whether the actor's scope covers a proposal at this location and bidang urusan. */
function scopeError(
  target: { readonly regionCode: string; readonly bidangUrusan: string },
  actor: Actor,
  opd: OpdScope | undefined,
): ProposalError | undefined {
  const outOfScope = (message: LocalizedText): ProposalError => ({ code: 'out-of-scope', message });
  const region = actor.regionCode;
  switch (actor.role) {
    case 'desa':
      if (region?.length !== 13) {
        return outOfScope({
          id: 'Akun operator desa/kelurahan ini tidak terikat pada kode desa/kelurahan.',
          en: 'This village operator account is not bound to a village code.',
        });
      }
      if (target.regionCode !== region) {
        return outOfScope({
          id: `Usulan berlokasi di ${target.regionCode}; akun ini hanya untuk desa/kelurahan ${region}.`,
          en: `The proposal is located in ${target.regionCode}; this account only covers village ${region}.`,
        });
      }
      return undefined;
    case 'kecamatan':
      if (region?.length !== 8) {
        return outOfScope({
          id: 'Akun petugas kecamatan ini tidak terikat pada kode kecamatan.',
          en: 'This district officer account is not bound to a district code.',
        });
      }
      if (!isWithinRegion(target.regionCode, region)) {
        return outOfScope({
          id: `Usulan berlokasi di ${target.regionCode}, di luar kecamatan ${region}.`,
          en: `The proposal is located in ${target.regionCode}, outside district ${region}.`,
        });
      }
      return undefined;
    case 'opd':
      if (!actor.opdId || !opd || opd.id !== actor.opdId) {
        return outOfScope({
          id: 'Bidang urusan perangkat daerah akun ini tidak diketahui.',
          en: 'The bidang urusan of this account’s agency (OPD) are unknown.',
        });
      }
      if (!opdCarries(opd, target.bidangUrusan)) {
        return outOfScope({
          id: `Bidang urusan ${target.bidangUrusan} tidak diampu oleh perangkat daerah ${opd.id}.`,
          en: `Bidang urusan ${target.bidangUrusan} is not carried by agency ${opd.id}.`,
        });
      }
      return undefined;
    default:
      if (region !== undefined && !isWithinRegion(target.regionCode, region)) {
        return outOfScope({
          id: `Usulan berlokasi di ${target.regionCode}, di luar wilayah akun ini (${region}).`,
          en: `The proposal is located in ${target.regionCode}, outside this account’s region (${region}).`,
        });
      }
      return undefined;
  }
}

function inputError(
  field: string,
  schema: z.ZodMiniType,
  value: unknown,
): ProposalError | undefined {
  const wrapper = z.object({ [field]: schema });
  const id = validate(wrapper, { [field]: value }, 'id');
  if (id.success) return undefined;
  const en = validate(wrapper, { [field]: value }, 'en');
  const first = (result: ValidationResult<unknown>, lang: Language) =>
    (!result.success && result.errors[0]?.message) || (lang === 'id' ? 'tidak valid' : 'invalid');
  return { code: 'invalid-input', message: { id: first(id, 'id'), en: first(en, 'en') } };
}

function localDateOf(at: string, regionCode: string): string | undefined {
  const zone = timeZoneOf(regionCode);
  return zone.ok ? toLocalDate(at, zone.value.iana) : undefined;
}

/** The submission-window check of a submit (or resubmit) at `at`. */
function phaseError(
  proposal: Proposal,
  rule: ProposalTransitionRule,
  at: string,
  phases: PlanningSchedule | undefined,
): ProposalError | undefined {
  if (!rule.phaseGated) return undefined;
  if (!phases) {
    return {
      code: 'schedule-required',
      message: {
        id: `Jadwal perencanaan RKPD ${proposal.fiscalYear} belum ditetapkan; usulan belum dapat diajukan.`,
        en: `The planning schedule of the ${proposal.fiscalYear} RKPD has not been set; proposals cannot be submitted yet.`,
      },
    };
  }
  if (phases.year !== proposal.fiscalYear) {
    return {
      code: 'schedule-mismatch',
      message: {
        id: `Jadwal yang diberikan untuk RKPD ${phases.year}, sedangkan usulan ini untuk RKPD ${proposal.fiscalYear}.`,
        en: `The schedule given is for the ${phases.year} RKPD, but this proposal targets the ${proposal.fiscalYear} RKPD.`,
      },
    };
  }
  const date = localDateOf(at, proposal.regionCode);
  if (date === undefined) {
    return {
      code: 'invalid-input',
      message: {
        id: `Zona waktu wilayah ${proposal.regionCode} tidak diketahui.`,
        en: `The time zone of region ${proposal.regionCode} is unknown.`,
      },
    };
  }
  const window = checkSubmissionWindow(phases, proposal.source, date, rule.from === 'returned');
  return window.ok ? undefined : { code: 'phase-closed', message: window.reason };
}

function findRule(proposal: Proposal, action: ProposalAction, role: Role) {
  return PROPOSAL_TRANSITIONS.find(
    (rule) =>
      rule.source === proposal.source &&
      rule.from === proposal.status &&
      rule.action === action &&
      rule.roles.includes(role),
  );
}

/** The rule that lets the actor make this move now, or why none does (role, stage, scope, calendar). */
function checkGuards(
  proposal: Proposal,
  action: ProposalAction,
  actor: Actor,
  ctx: ProposalTransitionContext,
  at: string,
): { rule: ProposalTransitionRule } | { error: ProposalError } {
  const rule = findRule(proposal, action, actor.role);
  if (!rule) {
    const roleEverActs = PROPOSAL_TRANSITIONS.some(
      (r) => r.source === proposal.source && r.action === action && r.roles.includes(actor.role),
    );
    return {
      error: roleEverActs
        ? wrongStage(actor.role, action, proposal.status)
        : forbiddenRole(actor.role, ACTION_VERBS[action], proposal.source),
    };
  }
  const scope = scopeError(proposal, actor, ctx.opd);
  if (scope) return { error: scope };
  const phase = phaseError(proposal, rule, at, ctx.phases);
  if (phase) return { error: phase };
  return { rule };
}

function requirementError(
  proposal: Proposal,
  rule: ProposalTransitionRule,
  ctx: ProposalTransitionContext,
): ProposalError | undefined {
  if (rule.requires.includes('reason')) {
    if (ctx.reason === undefined || ctx.reason.trim() === '') {
      return {
        code: 'reason-required',
        message: {
          id: 'Alasan penolakan wajib diisi.',
          en: 'A reason is required to reject a proposal.',
        },
      };
    }
  }
  if (rule.requires.includes('note')) {
    if (ctx.note === undefined || ctx.note.trim() === '') {
      return {
        code: 'note-required',
        message: {
          id: 'Catatan perbaikan wajib diisi saat mengembalikan usulan.',
          en: 'A note on what to revise is required to return a proposal.',
        },
      };
    }
  }
  if (rule.requires.includes('subKegiatan') && ctx.subKegiatan === undefined) {
    return {
      code: 'sub-kegiatan-required',
      message: {
        id: 'Usulan yang diakomodir harus disertai kode sub kegiatan Renja/RKPD.',
        en: 'Accommodating a proposal requires the sub kegiatan code of the Renja/RKPD.',
      },
    };
  }
  if (rule.requires.includes('pagu') && ctx.pagu === undefined) {
    return {
      code: 'pagu-required',
      message: {
        id: 'Usulan yang diakomodir harus disertai pagu dalam rupiah.',
        en: 'Accommodating a proposal requires a pagu in rupiah.',
      },
    };
  }
  const invalid =
    (ctx.reason !== undefined && inputError('reason', ProposalReason, ctx.reason)) ||
    (ctx.note !== undefined && inputError('note', ProposalNote, ctx.note)) ||
    (ctx.internalNote !== undefined &&
      inputError('internalNote', ProposalNote, ctx.internalNote)) ||
    (rule.action === 'accommodate' &&
      (inputError('subKegiatan', SubKegiatanCode, ctx.subKegiatan) ||
        inputError('pagu', Rupiah, ctx.pagu)));
  if (invalid) return invalid;
  if (
    rule.action === 'accommodate' &&
    ctx.subKegiatan !== undefined &&
    !isWithinNomenclature(ctx.subKegiatan, proposal.bidangUrusan)
  ) {
    return {
      code: 'bidang-mismatch',
      message: {
        id: `Sub kegiatan ${ctx.subKegiatan} tidak berada di bawah bidang urusan usulan (${proposal.bidangUrusan}).`,
        en: `Sub kegiatan ${ctx.subKegiatan} does not lie under the proposal’s bidang urusan (${proposal.bidangUrusan}).`,
      },
    };
  }
  return undefined;
}

function resolveTime(at: string | undefined): { at: string } | { error: ProposalError } {
  const time = at ?? new Date().toISOString();
  const invalid = inputError('at', Timestamp, time);
  return invalid ? { error: invalid } : { at: time };
}

/**
 * Checks what typing cannot guarantee at run time (values from a token, a database row or a
 * route parameter): the actor, the action, and the proposal's source and status.
 */
function malformed(
  proposal: Proposal,
  actor: unknown,
  action: unknown = 'submit',
): ProposalError | undefined {
  return (
    inputError('actor', Actor, actor) ||
    inputError('action', ProposalAction, action) ||
    inputError('source', ProposalSource, proposal?.source) ||
    inputError('status', ProposalStatus, proposal?.status) ||
    inputError('regionCode', ProposalRegionCode, proposal?.regionCode) ||
    inputError('bidangUrusan', BidangUrusanCode, proposal?.bidangUrusan)
  );
}

/**
 * Moves a proposal through its lifecycle, enforcing WHO may do WHAT at WHICH stage (see
 * {@link PROPOSAL_TRANSITIONS}):
 * - the role must act at this status for this source (`forbidden-role` if it never does this
 *   action for the source, `wrong-stage` if it does, but not now);
 * - the actor's scope must cover the proposal (`out-of-scope`): a desa operator its own village,
 *   a kecamatan officer its district, OPD staff a bidang urusan their OPD carries (`ctx.opd`),
 *   Bappeda and admin the whole regency (or their `regionCode`);
 * - `reject` needs a reason, `return` a note, `accommodate` a sub kegiatan under the proposal's
 *   bidang urusan and a pagu in rupiah;
 * - `submit` needs `ctx.phases`, the schedule of the proposal's fiscal year, and a date (the
 *   local date of `at` in the proposal's time zone) inside the source's window.
 *
 * On success the new proposal carries a history entry (actor id, role, from, to, action, time,
 * reason/note). Pure: the input is not changed. Never throws.
 */
export function transitionProposal(
  proposal: Proposal,
  action: ProposalAction,
  actor: Actor,
  ctx: ProposalTransitionContext = {},
): ProposalResult {
  const bad = malformed(proposal, actor, action);
  if (bad) return { ok: false, error: bad };
  const time = resolveTime(ctx.at);
  if ('error' in time) return { ok: false, error: time.error };
  const guard = checkGuards(proposal, action, actor, ctx, time.at);
  if ('error' in guard) return { ok: false, error: guard.error };
  const { rule } = guard;
  const requirement = requirementError(proposal, rule, ctx);
  if (requirement) return { ok: false, error: requirement };

  const accommodating = rule.action === 'accommodate';
  const entry: ProposalHistoryEntry = withoutUndefined({
    at: time.at,
    actorId: actor.id,
    role: actor.role,
    actorName: actor.name,
    action: rule.action,
    from: proposal.status,
    to: rule.to,
    reason: rule.action === 'reject' ? ctx.reason : undefined,
    note: ctx.note,
    internalNote: ctx.internalNote,
    subKegiatan: accommodating ? ctx.subKegiatan : undefined,
    pagu: accommodating ? ctx.pagu : undefined,
  });
  return {
    ok: true,
    value: {
      ...proposal,
      status: rule.to,
      history: [...proposal.history, entry],
      updatedAt: time.at,
      ...(rule.action === 'submit' && { submittedAt: time.at }),
      ...(accommodating && { subKegiatan: ctx.subKegiatan, pagu: ctx.pagu }),
    },
  };
}

/**
 * The moves `actor` can make on `proposal` now: the rules for its role at this status whose
 * scope and calendar checks pass. Each one succeeds in {@link transitionProposal} once its
 * `requires` are supplied.
 */
export function availableActions(
  proposal: Proposal,
  actor: Actor,
  ctx: ProposalTransitionContext = {},
): AvailableProposalAction[] {
  const time = resolveTime(ctx.at);
  if ('error' in time || malformed(proposal, actor)) return [];
  return transitionsFrom(proposal.source, proposal.status, actor.role)
    .filter((rule) => 'rule' in checkGuards(proposal, rule.action, actor, ctx, time.at))
    .map(({ action, to, requires }) => ({ action, to, requires }));
}

/** Whether the actor may create a proposal of this source here, or edit one in draft/returned. */
function proposerError(
  target: { source: ProposalSource; regionCode: string; bidangUrusan: string },
  actor: Actor,
  opd: OpdScope | undefined,
): ProposalError | undefined {
  const bad =
    inputError('actor', Actor, actor) || inputError('source', ProposalSource, target.source);
  if (bad) return bad;
  if (!PROPOSAL_SUBMITTERS[target.source].includes(actor.role)) {
    return forbiddenRole(actor.role, ACTION_VERBS.edit, target.source);
  }
  return scopeError(target, actor, opd);
}

function checked(candidate: unknown): ProposalResult {
  const id = validate(Proposal, candidate, 'id');
  if (id.success) return { ok: true, value: id.data };
  const en = validate(Proposal, candidate, 'en');
  return refuse('invalid-input', {
    id: id.errors.map((e) => e.message).join('; '),
    en: en.success ? '' : en.errors.map((e) => e.message).join('; '),
  });
}

/** What creating or editing a proposal needs besides the body and the actor. */
export interface ProposalWriteContext {
  /** When it happens; defaults to now. */
  readonly at?: string;
  /** The acting OPD (for the `opd` role). */
  readonly opd?: OpdScope;
}

/**
 * A new draft from a validated {@link ProposalCreate} body, owned by `actor`, who must be a
 * proposer of the source (desa operators for desa Musrenbang, kecamatan officers for kecamatan
 * Musrenbang, OPD staff for OPD proposals, Bappeda/admin for pokir) and cover its location
 * and bidang urusan. Never throws.
 */
export function createProposal(
  input: ProposalCreate,
  actor: Actor,
  ctx: ProposalWriteContext & { readonly id: string },
): ProposalResult {
  const time = resolveTime(ctx.at);
  if ('error' in time) return { ok: false, error: time.error };
  const { photos, contactPerson, ...fields } = input;
  const result = checked(
    withoutUndefined({
      id: ctx.id,
      ...fields,
      photos: photos ?? [],
      contactPerson,
      proposer: withoutUndefined({ ...actor }),
      status: 'draft',
      history: [],
      createdAt: time.at,
      updatedAt: time.at,
    }),
  );
  if (!result.ok) return result;
  const refused = proposerError(result.value, actor, ctx.opd);
  return refused ? { ok: false, error: refused } : result;
}

const EDITABLE: readonly ProposalStatus[] = ['draft', 'returned'];
/** Only these fields change on edit, even if a caller passes an unvalidated object. */
const EDITABLE_FIELDS: ReadonlySet<string> = new Set(Object.keys(ProposalUpdate.shape));

/**
 * Applies a validated {@link ProposalUpdate} to a proposal in `draft` or `returned`, by an actor
 * who may propose it before and after the change (a desa operator cannot move a proposal to
 * another village). `null` clears an optional field. Edits are not history entries: the history
 * records the lifecycle. Never throws.
 */
export function updateProposal(
  proposal: Proposal,
  update: ProposalUpdate,
  actor: Actor,
  ctx: ProposalWriteContext = {},
): ProposalResult {
  const bad = malformed(proposal, actor);
  if (bad) return { ok: false, error: bad };
  const time = resolveTime(ctx.at);
  if ('error' in time) return { ok: false, error: time.error };
  if (!EDITABLE.includes(proposal.status)) {
    const label = PROPOSAL_STATUS_LABELS[proposal.status];
    return refuse('wrong-stage', {
      id: `Usulan hanya dapat diubah saat berstatus Draf atau Dikembalikan, bukan "${label.id}".`,
      en: `A proposal can only be edited while it is a draft or returned, not "${label.en}".`,
    });
  }
  const before = proposerError(proposal, actor, ctx.opd);
  if (before) return { ok: false, error: before };

  const next: Record<string, unknown> = { ...proposal, updatedAt: time.at };
  for (const [key, value] of Object.entries(update ?? {})) {
    if (value === undefined || !EDITABLE_FIELDS.has(key)) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  const result = checked(next);
  if (!result.ok) return result;
  const after = proposerError(result.value, actor, ctx.opd);
  if (after) return { ok: false, error: after };
  return result;
}

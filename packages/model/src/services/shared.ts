import * as z from 'zod/mini';
import { type LocalizedText, localized } from '../common/i18n.js';
import { RecordId } from '../common/id.js';
import { Actor } from '../common/roles.js';

function idSchema(description: string) {
  return RecordId.check(z.meta({ description, examples: ['01jd8x3k2m4n5p6q7r8s9t0v1w'] }));
}

/** Id of a service standard (standar pelayanan) in the catalogue. */
export const ServiceStandardId = idSchema('Id of a service standard (standar pelayanan)');
export type ServiceStandardId = z.infer<typeof ServiceStandardId>;

/** Id of a service request (permohonan layanan); citizens use the tracking number instead. */
export const ServiceRequestId = idSchema('Id of a service request (permohonan)');
export type ServiceRequestId = z.infer<typeof ServiceRequestId>;

/** Id of a complaint (pengaduan); citizens use the tracking number instead. */
export const ComplaintId = idSchema('Id of a complaint (pengaduan)');
export type ComplaintId = z.infer<typeof ComplaintId>;

/** Id of an uploaded file (document scan or photo), issued by the upload endpoint. */
export const AttachmentId = idSchema('Id of an uploaded file');
export type AttachmentId = z.infer<typeof AttachmentId>;

/** Id of one answered IKM questionnaire. */
export const IkmResponseId = idSchema('Id of one IKM survey response');
export type IkmResponseId = z.infer<typeof IkmResponseId>;

export { OpdId } from '../common/id.js';

const BLANK = localized('tidak boleh kosong', 'cannot be blank');

/** Trimmed text of 1…max characters (blank after trimming is refused). */
export function text(max: number) {
  return z.string().check(z.trim(), z.minLength(1, BLANK), z.maxLength(max));
}

/** A link a browser may open: http(s) only (never `javascript:`), at most 2000 characters. */
export const WebUrl = z.url({ protocol: /^https?$/ }).check(z.maxLength(2000));
export type WebUrl = z.infer<typeof WebUrl>;

/**
 * The applicant or reporter acting on their own case (resubmitting, adding information,
 * confirming a resolution). It carries no identity: the server proves ownership (e.g. with
 * the secret receipt code given at submission) before it passes this actor, because
 * tracking numbers are sequential and therefore guessable.
 */
export const CitizenActor = z.object({ role: z.literal('citizen') });
export type CitizenActor = z.infer<typeof CitizenActor>;

/** Who changes the status of a request or complaint: a staff token or the citizen. */
export const ServicesActor = z.union([Actor, CitizenActor]);
export type ServicesActor = z.infer<typeof ServicesActor>;

/** Parties named in the lifecycle tables. `opd` is the OPD responsible for the case. */
export type Party = 'admin' | 'opd' | 'citizen';

/** One row of a lifecycle table: from which statuses an action leads where, and for whom. */
export interface ServicesTransitionRule<S extends string> {
  readonly from: readonly S[];
  /** The status after the action; `null` keeps the current one (a response, a note). */
  readonly to: S | null;
  readonly by: readonly Party[];
}

/**
 * Why a status change was refused. HTTP mapping in {@link SERVICES_TRANSITION_ERROR_STATUS}:
 * `forbidden`/`not-assigned` 403, `invalid-transition` 409, `invalid-input` 422.
 */
export type ServicesTransitionError =
  | { readonly code: 'forbidden'; readonly message: LocalizedText }
  | { readonly code: 'not-assigned'; readonly message: LocalizedText }
  | {
      readonly code: 'invalid-transition';
      readonly message: LocalizedText;
      readonly from: string;
      readonly action: string;
    }
  | {
      readonly code: 'invalid-input';
      readonly message: LocalizedText;
      readonly field?: string;
    };

export const SERVICES_TRANSITION_ERROR_STATUS = {
  forbidden: 403,
  'not-assigned': 403,
  'invalid-transition': 409,
  'invalid-input': 422,
} as const satisfies Record<ServicesTransitionError['code'], number>;

export type ServicesTransitionResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ServicesTransitionError };

/**
 * Checks an actor and a current status against one rule: permission first (so a stranger
 * learns nothing about the case's state), then the status.
 */
export function checkRule<S extends string>(
  rule: ServicesTransitionRule<S>,
  status: S,
  action: string,
  actor: ServicesActor,
  responsibleOpdId: string | undefined,
): ServicesTransitionError | undefined {
  const allowed =
    (actor.role === 'admin' && rule.by.includes('admin')) ||
    (actor.role === 'citizen' && rule.by.includes('citizen')) ||
    (actor.role === 'opd' &&
      rule.by.includes('opd') &&
      responsibleOpdId !== undefined &&
      actor.opdId === responsibleOpdId);
  if (!allowed) {
    if (actor.role === 'opd' && rule.by.includes('opd')) {
      return {
        code: 'not-assigned',
        message: {
          id: 'Perkara ini tidak ditangani oleh OPD Anda.',
          en: 'This case is not assigned to your OPD.',
        },
      };
    }
    return {
      code: 'forbidden',
      message: {
        id: `Peran ${actor.role} tidak boleh melakukan tindakan "${action}".`,
        en: `The ${actor.role} role may not perform "${action}".`,
      },
    };
  }
  if (!rule.from.includes(status)) {
    return {
      code: 'invalid-transition',
      from: status,
      action,
      message: {
        id: `Tindakan "${action}" tidak dapat dilakukan pada status "${status}".`,
        en: `"${action}" is not possible in status "${status}".`,
      },
    };
  }
  return undefined;
}

/**
 * The common first half of every status change of a case: the body must parse, then the
 * actor and the current status must pass the action's rule ({@link checkRule}). Answers the
 * parsed body and the status it leads to, or the reason it is refused.
 */
export function admitTransition<S extends string, A extends string, B extends { action: A }>(
  schema: {
    safeParse(
      input: unknown,
    ):
      | { success: true; data: B }
      | { success: false; error: { issues: { path: PropertyKey[] }[] } };
  },
  input: unknown,
  rules: Readonly<Record<A, ServicesTransitionRule<S>>>,
  record: { readonly status: S; readonly opdId?: string | undefined },
  actor: ServicesActor,
):
  | { readonly ok: true; readonly body: B; readonly to: S }
  | { readonly ok: false; readonly error: ServicesTransitionError } {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: { id: 'Isian perubahan status tidak valid.', en: 'The status change is invalid.' },
        ...(issue && { field: issue.path.join('.') }),
      },
    };
  }
  const body = parsed.data;
  const rule = rules[body.action];
  const refused = checkRule(rule, record.status, body.action, actor, record.opdId);
  if (refused) return { ok: false, error: refused };
  return { ok: true, body, to: rule.to ?? record.status };
}

/** The actions a party may take now, for showing only the buttons that will work. */
export function allowedActions<S extends string, A extends string>(
  rules: Readonly<Record<A, ServicesTransitionRule<S>>>,
  status: S,
  actor: ServicesActor,
  responsibleOpdId: string | undefined,
): A[] {
  return (Object.keys(rules) as A[]).filter(
    (action) => checkRule(rules[action], status, action, actor, responsibleOpdId) === undefined,
  );
}

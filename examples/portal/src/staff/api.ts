import { CerdasHttpError, createClientFor } from '@cerdas/client';
import {
  complaintsStaffGetRoute,
  complaintsStaffListRoute,
  complaintsTransitionRoute,
  type Language,
  type Opd,
  opdListRoute,
  PAGE_LIMIT_MAX,
  planningProposalsRulesRoute,
  planningProposalsStaffGetRoute,
  planningProposalsStaffListRoute,
  planningProposalsTransitionRoute,
  type StaffToken,
  tokensMeRoute,
} from '@cerdas/model';

/** Only the routes the staff area calls, so the page does not bundle the rest of the contract. */
const ROUTES = {
  'tokens.me': tokensMeRoute,
  'opd.list': opdListRoute,
  'planning.proposals.rules': planningProposalsRulesRoute,
  'planning.proposals.staff.list': planningProposalsStaffListRoute,
  'planning.proposals.staff.get': planningProposalsStaffGetRoute,
  'planning.proposals.transition': planningProposalsTransitionRoute,
  'complaints.staff.list': complaintsStaffListRoute,
  'complaints.staff.get': complaintsStaffGetRoute,
  'complaints.transition': complaintsTransitionRoute,
};

/** The staff area's client; the token is read on every call, so signing out takes effect at once. */
export function createStaffApi(
  baseUrl: string,
  language: Language,
  token: () => string | undefined,
) {
  return createClientFor(ROUTES, { baseUrl, language, token });
}
export type StaffApi = ReturnType<typeof createStaffApi>;

/** What a section needs from the page around it. */
export interface StaffDesk {
  readonly api: StaffApi;
  readonly me: StaffToken;
  /** Every OPD of the regency (loaded once, on first use). */
  opds(): Promise<readonly Opd[]>;
  /** Writes a sentence into the page's live region. */
  announce(text: string): void;
  /** Renders the page again after a section's state changed. */
  redraw(): void;
  /** Moves focus to the live region (when nothing better is left to focus). */
  focusStatus(): void;
  /** The token was refused mid-session: back to the sign-in form. */
  tokenRefused(): void;
}

/**
 * The sentence to show for a failed call: the server's problem message (already in the page's
 * language), a field error when it names one, or `undefined` for a network failure.
 */
export function problemText(error: unknown): string | undefined {
  if (!(error instanceof CerdasHttpError)) return undefined;
  return error.fieldErrors[0]?.message ?? error.problem.detail ?? error.problem.title;
}

/** Whether the record changed meanwhile (someone else moved it): 409 Conflict. */
export function isConflict(error: unknown): boolean {
  return error instanceof CerdasHttpError && error.status === 409;
}

/** Whether the server refused the token itself (unknown, revoked, expired). */
export function isTokenRefused(error: unknown): boolean {
  return error instanceof CerdasHttpError && error.status === 401;
}

/** The field errors of a failed `validate`, keyed by field, each prefixed with the field's label. */
export function fieldMessages(
  errors: readonly { path: string; message: string }[],
  label: (field: string) => string,
): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const { path, message } of errors) {
    const text = message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
    byField[path] ??= `${label(path)}: ${text}`;
  }
  return byField;
}

/** Every OPD of the regency, page by page. */
export async function listOpds(api: StaffApi): Promise<Opd[]> {
  const all: Opd[] = [];
  let cursor: string | null = null;
  do {
    const page = await api.opd.list({ limit: PAGE_LIMIT_MAX, ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/** The item to focus after the one at `index` was dealt with: the next open one, else the previous. */
export function nextOpen<T extends { id: string }>(
  items: readonly T[],
  index: number,
  done: ReadonlyMap<string, string>,
): string | undefined {
  const open = (item: T | undefined) => item && !done.has(item.id);
  const after = items.slice(index + 1).find(open);
  return (after ?? items.slice(0, index).reverse().find(open))?.id;
}

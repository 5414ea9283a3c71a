import type { Role } from '../../common/roles.js';
import type { Access, ErrorStatus } from '../route.js';

/** Anyone may call the route; no token. */
export const PUBLIC: Access = 'public';

/** Only tokens of these roles may call the route. */
export function staff(...roles: Role[]): Access {
  return roles;
}

/** Errors every public read may answer with. */
export const READ_ERRORS = [400, 429] as const satisfies readonly ErrorStatus[];
/** Errors of a public read of one record. */
export const GET_ERRORS = [400, 404, 429] as const satisfies readonly ErrorStatus[];
/** Errors of a citizen's write: validation, a reused idempotency key, too large, rate limit. */
export const CITIZEN_WRITE_ERRORS = [
  400, 409, 413, 415, 422, 429,
] as const satisfies readonly ErrorStatus[];
/** Errors of a staff read. */
export const STAFF_READ_ERRORS = [
  400, 401, 403, 404, 429,
] as const satisfies readonly ErrorStatus[];
/** Errors of a staff write. */
export const STAFF_WRITE_ERRORS = [
  400, 401, 403, 404, 409, 413, 415, 422, 429,
] as const satisfies readonly ErrorStatus[];

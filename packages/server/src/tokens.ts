import type { StaffToken, StaffTokenCreate } from '@cerdas/model';
import { hashSecret, newId, newSecret } from './ids.js';
import type { Repositories } from './storage/types.js';

/** A staff token just issued: its record and the secret, which is shown this once. */
export interface IssuedToken {
  readonly token: StaffToken;
  /** Sent as `Authorization: Bearer <secret>`; only its hash is stored. */
  readonly secret: string;
}

/**
 * Issues a staff token: stores the hash of a new secret and answers the secret once. The
 * caller checks the request's scope (region inside the regency, OPD registered) first.
 */
export async function issueToken(
  storage: Pick<Repositories, 'tokens'>,
  request: StaffTokenCreate,
  now: Date | string = new Date(),
): Promise<IssuedToken> {
  const secret = newSecret();
  const token: StaffToken = {
    id: newId(),
    role: request.role,
    label: request.label,
    ...(request.regionCode ? { regionCode: request.regionCode } : {}),
    ...(request.opdId ? { opdId: request.opdId } : {}),
    ...(request.expiresAt ? { expiresAt: request.expiresAt } : {}),
    createdAt: typeof now === 'string' ? now : now.toISOString(),
  };
  await storage.tokens.insert({ token, secretHash: hashSecret(secret) });
  return { token, secret };
}

import { createHash, randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A new record id: a lowercase ULID (48-bit time, 80 random bits, Crockford base32), which
 * sorts by creation time and matches the model's `RecordId`.
 */
export function newId(now: number = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD.charAt(t % 32) + time;
    t = Math.floor(t / 32);
  }
  const random = randomBytes(16);
  let rest = '';
  for (let i = 0; i < 16; i++) rest += CROCKFORD.charAt((random[i] as number) % 32);
  return time + rest;
}

/** A secret for a bearer token or a receipt code: 32 random bytes, base64url. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** SHA-256 of a secret, hex; the server stores only this. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

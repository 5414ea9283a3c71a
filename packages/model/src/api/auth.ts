import * as z from 'zod/mini';
import { RecordId } from '../common/id.js';
import { DistrictCode, VillageCode } from '../common/region.js';
import { Role } from '../common/roles.js';
import { rule } from '../common/text.js';
import { Timestamp } from '../common/time.js';

/** What a staff token is scoped to, by role: the scope a role needs must be given. */
type Scoped = { role: Role; regionCode?: string | undefined; opdId?: string | undefined };

const scopeRules = [
  rule<Scoped>(
    (t) => t.role !== 'desa' || VillageCode.safeParse(t.regionCode).success,
    'token operator desa/kelurahan harus memuat kode desa/kelurahan (NN.NN.NN.NNNN)',
    'a desa/kelurahan operator token needs a village code (NN.NN.NN.NNNN)',
    ['regionCode'],
  ),
  rule<Scoped>(
    (t) => t.role !== 'kecamatan' || DistrictCode.safeParse(t.regionCode).success,
    'token kecamatan harus memuat kode kecamatan (NN.NN.NN)',
    'a kecamatan token needs a district code (NN.NN.NN)',
    ['regionCode'],
  ),
  rule<Scoped>(
    (t) => t.role !== 'opd' || Boolean(t.opdId),
    'token staf OPD harus menyebut perangkat daerahnya',
    'an OPD staff token needs its perangkat daerah',
    ['opdId'],
  ),
] as const;

/** Request to create a staff token (admin only). */
export const StaffTokenCreate = z
  .object({
    role: Role,
    /** Shown in lists, e.g. "Operator Desa Gerbo 2026". */
    label: z.string().check(z.trim(), z.minLength(3), z.maxLength(120)),
    regionCode: z.optional(z.union([VillageCode, DistrictCode])),
    opdId: z.optional(RecordId),
    expiresAt: z.optional(Timestamp),
  })
  .check(...scopeRules);
export type StaffTokenCreate = z.infer<typeof StaffTokenCreate>;

/** A staff token as listed; the secret itself is never shown again after creation. */
export const StaffToken = z.object({
  id: RecordId,
  role: Role,
  label: z.string(),
  regionCode: z.optional(z.string()),
  opdId: z.optional(RecordId),
  createdAt: Timestamp,
  expiresAt: z.optional(Timestamp),
  lastUsedAt: z.optional(Timestamp),
  revokedAt: z.optional(Timestamp),
});
export type StaffToken = z.infer<typeof StaffToken>;

/** The answer to a token creation: the secret, shown once, and the token's record. */
export const StaffTokenCreated = z.object({
  /** The bearer secret. The server keeps only its hash. */
  secret: z.string().check(z.minLength(32)),
  token: StaffToken,
});
export type StaffTokenCreated = z.infer<typeof StaffTokenCreated>;

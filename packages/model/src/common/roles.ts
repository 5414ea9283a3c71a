import * as z from 'zod/mini';

/**
 * Who may act on the API besides the public. Each staff token is scoped: a desa/kelurahan
 * operator to a village code, a kecamatan officer to a district code, OPD staff to one
 * perangkat daerah; Bappeda and admin act regency-wide.
 */
export const Role = z.enum(['desa', 'kecamatan', 'opd', 'bappeda', 'admin']);
export type Role = z.infer<typeof Role>;

/** The person (or token holder) behind a change, as recorded in histories. */
export const Actor = z.object({
  /** Stable id of the token or user. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  role: Role,
  /** Display name of the office, e.g. "Operator Desa Gerbo"; never a citizen's name. */
  name: z.optional(z.string().check(z.maxLength(120))),
  /** Village or district code the token is scoped to (desa, kecamatan roles). */
  regionCode: z.optional(z.string().check(z.regex(/^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/))),
  /** Perangkat daerah id the token is scoped to (opd role). */
  opdId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});
export type Actor = z.infer<typeof Actor>;

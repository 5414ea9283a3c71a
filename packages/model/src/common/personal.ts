import * as z from 'zod/mini';

/**
 * JSON Schema keyword that marks personal data (UU 27/2022 on personal data protection):
 * NIK, phone, e-mail, a person's address or name where it identifies them. A public
 * response schema must never reach a schema carrying it; the contract tests prove it.
 */
export const PERSONAL_DATA = 'x-personal-data';

/** Marks a schema as personal data; it appears as `x-personal-data: true` in JSON Schema. */
export function personal<T extends z.ZodMiniType>(schema: T, description?: string): T {
  return schema.check(
    z.meta(description ? { [PERSONAL_DATA]: true, description } : { [PERSONAL_DATA]: true }),
  );
}

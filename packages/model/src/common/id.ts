import * as z from 'zod/mini';
import { matches } from './text.js';

/**
 * Id of a record kept by a Cerdas server (business, complaint, OPD, photo…): 1–64 lowercase
 * letters, digits, `_` and `-`, starting with a letter or digit — a slug such as
 * `dispendukcapil` or a lowercase ULID.
 */
export const RecordId = z
  .string()
  .check(
    ...matches(
      /^[a-z0-9][a-z0-9_-]{0,63}$/,
      'harus 1–64 huruf kecil, angka, _ atau -, diawali huruf atau angka',
      'must be 1–64 lowercase letters, digits, _ or -, starting with a letter or digit',
    ),
  );
export type RecordId = z.infer<typeof RecordId>;

/** Id of a perangkat daerah (OPD), e.g. `dispendukcapil`; shared by planning and services. */
export const OpdId = RecordId.check(
  z.meta({ description: 'Id of a perangkat daerah (OPD), e.g. dispendukcapil' }),
);
export type OpdId = z.infer<typeof OpdId>;

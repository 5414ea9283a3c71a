import * as z from 'zod/mini';
import { RecordId } from '../common/id.js';
import { matches } from '../common/text.js';

export {
  hasControlCharacter,
  matches,
  multiLine,
  rule,
  singleLine,
} from '../common/text.js';

/**
 * JSON Schema keyword for data that is personal but shown in public because the owner
 * explicitly agreed (UU 27/2022 Pasal 20 ayat (2) huruf a). Its value names the consent
 * flag in the staff record, e.g. `contact.publicWhatsApp`.
 */
export const PUBLISHED_WITH_CONSENT = 'x-published-with-consent';

/** Id of a UMKM record (business, product, photo); see {@link RecordId}. */
export const UmkmId = RecordId;
export type UmkmId = RecordId;

/** Indonesian postal code (kode pos): five digits, 10110–99999. */
export const PostalCode = z
  .string()
  .check(
    ...matches(
      /^[1-9]\d{4}$/,
      'kode pos harus 5 angka, mis. 67163',
      'a postal code is 5 digits, e.g. 67163',
    ),
  );
export type PostalCode = z.infer<typeof PostalCode>;

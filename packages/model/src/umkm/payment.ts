import * as z from 'zod/mini';
import { matches, rule } from './shared.js';

/**
 * QRIS National Merchant ID (NMID), tag 51 of a QRIS payload: `ID` and 13 digits, as on the
 * merchant's QRIS sticker (the form seen in published payloads; Bank Indonesia's QRIS
 * specification itself is not public). Standard: PADG 24/1/PADG/2022.
 */
export const Nmid = z
  .string()
  .check(
    ...matches(
      /^ID\d{13}$/,
      'NMID terdiri dari huruf ID lalu 13 angka, seperti tertera pada stiker QRIS',
      'An NMID is the letters ID followed by 13 digits, as printed on the QRIS sticker',
    ),
  );
export type Nmid = z.infer<typeof Nmid>;

/**
 * How a business takes payment (staff record). The raw QRIS payload is deliberately not stored:
 * it carries the merchant name and city (often the owner's own name for a sole trader), and a
 * payable code served from a government portal is a target for swapping; buyers scan the code
 * at the shop or receive it in chat.
 */
export const BusinessPayment = z
  .object({
    cash: z.boolean(),
    qris: z.boolean(),
    /** For the Dinas to check the QRIS registration; not shown in public. */
    nmid: z.optional(Nmid),
    bankTransfer: z.boolean(),
  })
  .check(
    rule(
      (payment: { qris: boolean; nmid?: string }) => payment.qris || payment.nmid === undefined,
      'NMID hanya diisi bila usaha menerima QRIS',
      'An NMID is only given when the business accepts QRIS',
      ['nmid'],
    ),
  );
export type BusinessPayment = z.infer<typeof BusinessPayment>;

/** How a business takes payment, as the public sees it (without the NMID). */
export const BusinessPaymentPublic = z.object({
  cash: z.boolean(),
  qris: z.boolean(),
  bankTransfer: z.boolean(),
});
export type BusinessPaymentPublic = z.infer<typeof BusinessPaymentPublic>;

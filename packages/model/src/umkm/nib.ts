import * as z from 'zod/mini';
import { matches } from './shared.js';

/**
 * NIB (Nomor Induk Berusaha), the business identity issued free through OSS-RBA under PP 5/2021
 * (Perizinan Berusaha Berbasis Risiko): 13 digits assigned at random, with no public check
 * digit, so only the shape can be validated; whether it was issued is a question for OSS. It identifies the business, not a
 * person, and is shown on the shop window as proof of registration.
 */
export const Nib = z
  .string()
  .check(
    ...matches(
      /^\d{13}$/,
      'NIB harus 13 angka, tanpa spasi atau tanda baca',
      'a NIB is 13 digits, without spaces or punctuation',
    ),
    z.meta({ examples: ['9120001234567'] }),
  );
export type Nib = z.infer<typeof Nib>;

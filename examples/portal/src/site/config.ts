import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { type Language, localized, RegencyCode, validate } from '@cerdas/model';
import * as z from 'zod/mini';

/**
 * Everything regency-specific about the portal, read from one file (`portal.config.json`).
 * Another regency copies that file, changes the values and builds: names, districts, colours,
 * logo and contacts follow.
 */

const Text = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  en: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type Text = z.infer<typeof Text>;

const Colour = z
  .string()
  .check(
    z.regex(
      /^#[0-9a-fA-F]{6}$/,
      localized('harus warna heksadesimal seperti #0a6b3d', 'must be a hex colour such as #0a6b3d'),
    ),
  );

const HttpsUrl = z
  .string()
  .check(
    z.regex(
      /^https:\/\/[^\s]+$/,
      localized('harus alamat https://', 'must be an https:// address'),
    ),
  );

export const PortalConfig = z.object({
  /** The regency or city (kabupaten/kota) code of Kemendagri, e.g. `35.14`. */
  regionCode: RegencyCode,
  /** The regency's name, e.g. Kabupaten Pasuruan / Pasuruan Regency. */
  name: Text,
  /** The portal's name in the header and the page titles. */
  portalName: Text,
  /** One sentence under the name on the home page. */
  tagline: Text,
  /** A logo in `public/` (SVG or PNG), shown in the header. */
  logo: z
    .string()
    .check(
      z.regex(
        /^[\w.-]+\.(svg|png|webp)$/,
        localized(
          'harus nama berkas di public/ (svg, png atau webp)',
          'must be a file name in public/ (svg, png or webp)',
        ),
      ),
    ),
  /** The regency's colours, written into the widgets' design tokens (`--cerdas-*`). */
  theme: z.object({
    primary: Colour,
    onPrimary: Colour,
    accent: Colour,
    /** The page background behind the widgets. */
    background: Colour,
  }),
  /** How the public reaches the portal's operator (an office, never a person). */
  contacts: z.object({
    office: Text,
    address: z.string().check(z.minLength(1), z.maxLength(300)),
    phone: z.optional(
      z
        .string()
        .check(z.regex(/^\+62\d{7,13}$/, localized('harus nomor +62…', 'must be a +62… number'))),
    ),
    email: z.optional(z.email(localized('harus alamat e-mail', 'must be an e-mail address'))),
    website: z.optional(HttpsUrl),
  }),
  /**
   * Where the Cerdas API lives. Empty: the same origin as the portal (the reference set-up,
   * where one server answers both).
   */
  apiBase: z._default(z.string(), ''),
  /** Show the demo-data notice on every page. */
  demo: z._default(z.boolean(), false),
});
export type PortalConfig = z.infer<typeof PortalConfig>;

/**
 * Reads and checks the portal's configuration: `CERDAS_PORTAL_CONFIG` names another file
 * (relative to `root`, the portal's folder), otherwise `portal.config.json`. A mistake stops the
 * build with a message naming the field.
 */
export function loadPortalConfig(
  file: string | undefined,
  root: string,
  language: Language = 'id',
): PortalConfig {
  const name = file ?? process.env.CERDAS_PORTAL_CONFIG ?? 'portal.config.json';
  const path = isAbsolute(name) ? name : resolve(root, name);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  const result = validate(PortalConfig, raw, language);
  if (!result.success) {
    throw new Error(`${path}:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.data;
}

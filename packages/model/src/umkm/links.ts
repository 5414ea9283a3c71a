import * as z from 'zod/mini';
import { inActiveLanguage, type LocalizedText, type ParseResult } from '../common/i18n.js';
import { hasControlCharacter, rule } from './shared.js';

/** The longest link accepted, in characters. */
export const URL_MAX_LENGTH = 500;

const REASONS = {
  empty: { id: 'Tautan belum diisi', en: 'The link is empty' },
  tooLong: {
    id: `Tautan terlalu panjang (maksimal ${URL_MAX_LENGTH} karakter)`,
    en: `The link is too long (at most ${URL_MAX_LENGTH} characters)`,
  },
  whitespace: {
    id: 'Tautan tidak boleh berisi spasi atau karakter kendali',
    en: 'A link cannot contain spaces or control characters',
  },
  http: {
    id: 'Tautan harus aman (https://), bukan http://',
    en: 'The link must be secure (https://), not http://',
  },
  scheme: {
    id: 'Hanya tautan web yang diawali https:// yang diterima',
    en: 'Only web links starting with https:// are accepted',
  },
  malformed: { id: 'Bukan tautan web yang valid', en: 'Not a valid web link' },
  credentials: {
    id: 'Tautan tidak boleh berisi nama pengguna atau kata sandi',
    en: 'A link cannot contain a user name or password',
  },
  host: {
    id: 'Tautan harus menuju nama domain publik, mis. https://www.instagram.com/namatoko',
    en: 'The link must point to a public domain name, e.g. https://www.instagram.com/shopname',
  },
} as const satisfies Record<string, LocalizedText>;

function fail(reason: LocalizedText): ParseResult<URL> {
  return { ok: false, reason };
}

/**
 * Reads a link for a public page: `https://` only (no `http:`, `javascript:`, `data:` or
 * protocol-relative links), at most {@link URL_MAX_LENGTH} characters, without whitespace,
 * control characters or backslashes, without `user:password@`, and with a dotted domain name
 * (not `localhost` or a bare IP address). Never throws.
 */
export function parseHttpsUrl(input: string): ParseResult<URL> {
  if (input === '') return fail(REASONS.empty);
  if (input.length > URL_MAX_LENGTH) return fail(REASONS.tooLong);
  // Whitespace anywhere (including U+00A0 and U+3000), C0/C1 controls, and backslashes, which
  // WHATWG URL parsing would silently turn into slashes.
  if (/[\s\\]/.test(input) || hasControlCharacter(input)) return fail(REASONS.whitespace);
  if (/^http:/i.test(input)) return fail(REASONS.http);
  if (!/^https:\/\/[^/]/i.test(input)) return fail(REASONS.scheme);
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return fail(REASONS.malformed);
  }
  if (url.protocol !== 'https:') return fail(REASONS.scheme);
  if (url.username !== '' || url.password !== '') return fail(REASONS.credentials);
  const host = url.hostname;
  if (!/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/.test(host)) {
    return fail(REASONS.host);
  }
  return { ok: true, value: url };
}

/** An `https://` link accepted by {@link parseHttpsUrl}, kept as written. */
export const HttpsUrl = z.string().check(
  z.superRefine((value: string, ctx) => {
    const result = parseHttpsUrl(value);
    if (!result.ok) {
      ctx.issues.push({
        code: 'custom',
        message: inActiveLanguage(result.reason),
        params: { i18n: result.reason },
        input: value,
      });
    }
  }),
  z.meta({ format: 'uri', pattern: '^https://', maxLength: URL_MAX_LENGTH }),
);
export type HttpsUrl = z.infer<typeof HttpsUrl>;

/** Where a link leads: a social network, a marketplace, or the business's own website. */
export const SocialLinkKind = z.enum([
  'website',
  'instagram',
  'facebook',
  'tiktok',
  'youtube',
  'x',
  'tokopedia',
  'shopee',
  'bukalapak',
  'lazada',
  'blibli',
  'gofood',
  'grabfood',
  'other',
]);
export type SocialLinkKind = z.infer<typeof SocialLinkKind>;

/**
 * The domains a link of each kind must be on (the domain itself or a subdomain), so that a
 * "Shopee" button cannot lead to a look-alike site under the portal's name. `website` and
 * `other` may be on any domain.
 */
export const SOCIAL_LINK_DOMAINS: Readonly<Record<SocialLinkKind, readonly string[] | null>> = {
  website: null,
  other: null,
  instagram: ['instagram.com', 'instagr.am'],
  facebook: ['facebook.com', 'fb.com', 'fb.me'],
  tiktok: ['tiktok.com'],
  youtube: ['youtube.com', 'youtu.be'],
  x: ['x.com', 'twitter.com'],
  tokopedia: ['tokopedia.com', 'tokopedia.link'],
  shopee: ['shopee.co.id', 'shope.ee'],
  bukalapak: ['bukalapak.com'],
  lazada: ['lazada.co.id'],
  blibli: ['blibli.com'],
  gofood: ['gofood.co.id', 'gojek.com'],
  grabfood: ['grab.com'],
};

/** Whether `url` is on a domain allowed for `kind` (see {@link SOCIAL_LINK_DOMAINS}). */
export function isLinkOnKindDomain(kind: SocialLinkKind, url: string): boolean {
  const domains = SOCIAL_LINK_DOMAINS[kind];
  if (!domains) return true;
  const parsed = parseHttpsUrl(url);
  if (!parsed.ok) return false;
  const host = parsed.value.hostname;
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** A social-media, marketplace or website link of a business. */
export const SocialLink = z
  .object({ kind: SocialLinkKind, url: HttpsUrl })
  .check(
    rule(
      (link: { kind: SocialLinkKind; url: string }) => isLinkOnKindDomain(link.kind, link.url),
      'tautan tidak berada di domain resmi layanan yang dipilih; pilih jenis "website" atau "lainnya" untuk situs lain',
      'the link is not on the official domain of the chosen service; choose "website" or "other" for other sites',
      ['url'],
    ),
  );
export type SocialLink = z.infer<typeof SocialLink>;

/** Up to 10 links per business, each URL once. */
export const SocialLinks = z.array(SocialLink).check(
  z.maxLength(10),
  rule(
    (links: SocialLink[]) => new Set(links.map((l) => l.url)).size === links.length,
    'tautan yang sama tidak boleh dicantumkan dua kali',
    'the same link cannot be listed twice',
  ),
);

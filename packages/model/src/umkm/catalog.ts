import * as z from 'zod/mini';
import { localized } from '../common/i18n.js';
import { Page, PageQuery } from '../common/page.js';
import { DistrictCode, VillageCode } from '../common/region.js';
import { BusinessPublic, VerificationStatus } from './business.js';
import { hasHalalCertificate } from './certification.js';
import { KbliCategory, mainKbliCategory } from './kbli.js';
import { UmkmPhoto } from './photo.js';
import { PRODUCTS_PER_BUSINESS_MAX, ProductPublic, productPriceRange } from './product.js';
import { BusinessScale } from './scale.js';
import { hasControlCharacter, matches, rule, singleLine, UmkmId } from './shared.js';

/** Orders of the catalog. */
export const CatalogSort = z.enum(['relevance', 'name', 'newest']);
export type CatalogSort = z.infer<typeof CatalogSort>;

/** `true`/`false` (also `1`/`0`) in a query string. */
function queryBoolean() {
  return z.stringbool({ truthy: ['true', '1'], falsy: ['false', '0'] });
}

/**
 * The query string of the public UMKM catalog (`GET /v1/umkm?…`); every value arrives as a
 * string. Filters combine with AND. `kbliCategory` matches a business whose main KBLI code's
 * kategori is known (KBLI 2020 codes; see `kbliCategoryOf`), `kbliPrefix` matches any of its
 * codes by their leading digits in any edition. `verifiedOnly` defaults to `true`; with
 * `false` the public also sees businesses still pending review (never suspended ones).
 */
export const BusinessCatalogQuery = z.extend(PageQuery, {
  /**
   * Words to look for in names, descriptions and product names; runs of whitespace count as
   * one space, and an empty search box (`text=`) means no text filter.
   */
  text: z.optional(
    z.pipe(
      z.string().check(
        z.maxLength(100),
        z.refine(
          (value: string) => !hasControlCharacter(value),
          localized('tidak boleh berisi karakter kendali', 'must not contain control characters'),
        ),
      ),
      z.transform((value: string) => value.replace(/\s+/g, ' ').trim() || undefined),
    ),
  ),
  districtCode: z.optional(DistrictCode),
  villageCode: z.optional(VillageCode),
  kbliCategory: z.optional(KbliCategory),
  kbliPrefix: z.optional(
    z
      .string()
      .check(
        ...matches(
          /^\d{2,5}$/,
          'awalan KBLI harus 2–5 angka, mis. 10 atau 107',
          'a KBLI prefix is 2–5 digits, e.g. 10 or 107',
        ),
      ),
  ),
  scale: z.optional(BusinessScale),
  /** Only businesses with a halal certificate in force. */
  halal: z.optional(queryBoolean()),
  verifiedOnly: z.prefault(queryBoolean(), 'true'),
  /** Default: `relevance` with `text`, `name` without (see {@link effectiveCatalogSort}). */
  sort: z.optional(CatalogSort),
});
export type BusinessCatalogQuery = z.infer<typeof BusinessCatalogQuery>;

/**
 * The staff list query (`GET /v1/staff/umkm?…`): the catalog filters plus the verification
 * status, and `verifiedOnly` defaults to `false` so the Dinas sees its review queue.
 */
export const BusinessStaffQuery = z.extend(BusinessCatalogQuery, {
  status: z.optional(VerificationStatus),
  verifiedOnly: z.prefault(queryBoolean(), 'false'),
});
export type BusinessStaffQuery = z.infer<typeof BusinessStaffQuery>;

/**
 * The order a catalog query is served in: the requested one, except that `relevance` needs
 * words to be relevant to; without `text` the catalog is ordered by name, which favours no
 * business for when it registered.
 */
export function effectiveCatalogSort(query: Pick<BusinessCatalogQuery, 'text' | 'sort'>) {
  if (query.sort === 'relevance' || query.sort === undefined) {
    return query.text ? 'relevance' : 'name';
  }
  return query.sort;
}

/** The longest `shortDescription` of a catalog card. */
export const SHORT_DESCRIPTION_MAX = 160;

/**
 * A catalog card: small enough for a list of 20 on a cheap phone. Region names are not
 * included; the client resolves the codes with `@cerdas/wilayah`.
 */
export const BusinessPublicSummary = z
  .object({
    id: UmkmId,
    name: singleLine(120),
    shortDescription: singleLine(SHORT_DESCRIPTION_MAX),
    districtCode: DistrictCode,
    villageCode: VillageCode,
    scale: BusinessScale,
    /** Kategori of the main KBLI code; `null` when unknown (no KBLI, or KBLI 2025). */
    kbliCategory: z.nullable(KbliCategory),
    /** A halal certificate is in force. */
    halal: z.boolean(),
    verified: z.boolean(),
    thumbnail: z.nullable(UmkmPhoto),
    /** Lowest and highest product price; `null` when no product has a price. */
    priceRange: z.nullable(z.object({ min: z.int(), max: z.int() })),
  })
  .check(
    rule(
      (card: { districtCode: string; villageCode: string }) =>
        card.villageCode.startsWith(`${card.districtCode}.`),
      'desa/kelurahan tidak berada di kecamatan ini',
      'the village is not in this district',
      ['villageCode'],
    ),
  );
export type BusinessPublicSummary = z.infer<typeof BusinessPublicSummary>;

/** One page of the catalog, `{ items, nextCursor }`. */
export const BusinessCatalogPage = Page(BusinessPublicSummary);
export type BusinessCatalogPage = z.infer<typeof BusinessCatalogPage>;

/**
 * A business's public page: its shop window and its products (at most
 * {@link PRODUCTS_PER_BUSINESS_MAX}).
 */
export const BusinessDetailPublic = z.extend(BusinessPublic, {
  products: z.array(ProductPublic).check(z.maxLength(PRODUCTS_PER_BUSINESS_MAX)),
});
export type BusinessDetailPublic = z.infer<typeof BusinessDetailPublic>;

/**
 * The first line or sentence of a description, cut at a word boundary with "…" to fit
 * {@link SHORT_DESCRIPTION_MAX} characters.
 */
export function shortDescription(description: string, max = SHORT_DESCRIPTION_MAX): string {
  const oneLine = description.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= max) return oneLine;
  const cut = oneLine.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The catalog card of a public business. `today` (`YYYY-MM-DD`, in the region's time zone)
 * decides whether a halal certificate is in force.
 */
export function toBusinessSummary(
  business: BusinessPublic,
  products: readonly Pick<ProductPublic, 'price'>[],
  today: string,
): BusinessPublicSummary {
  const { villageCode } = business.location;
  return {
    id: business.id,
    name: business.name,
    shortDescription: shortDescription(business.description),
    districtCode: villageCode.slice(0, 8),
    villageCode,
    scale: business.scale,
    kbliCategory: mainKbliCategory(business.kbli) ?? null,
    halal: hasHalalCertificate(business.certifications, today),
    verified: business.verification.status === 'verified',
    thumbnail: business.photos[0] ?? null,
    priceRange: productPriceRange(products),
  };
}

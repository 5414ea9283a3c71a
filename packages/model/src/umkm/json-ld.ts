import type { Language } from '../common/i18n.js';
import { formatRupiah } from '../common/rupiah.js';
import type { BusinessPublic } from './business.js';
import { type BusinessOpeningHours, OPENING_WEEKDAYS, rangesOn } from './opening-hours.js';
import type { UmkmPhoto } from './photo.js';
import { type ProductPublic, productPriceRange } from './product.js';

/** A JSON value, as JSON-LD is. */
export type JsonLdValue = string | number | boolean | null | JsonLdObject | JsonLdValue[];
export interface JsonLdObject {
  [key: string]: JsonLdValue;
}

/** Names of the regions of a business, resolved by the caller (e.g. with `@cerdas/wilayah`). */
export interface RegionNames {
  readonly village?: string;
  readonly district?: string;
  readonly regency?: string;
  readonly province?: string;
}

export interface BusinessJsonLdOptions {
  /** Canonical URL of the business's public page; also its `@id` (with `#business`). */
  readonly url?: string;
  readonly regionNames?: RegionNames;
  /** Base URL that photo paths are resolved against; without it no `image` is emitted. */
  readonly mediaBaseUrl?: string;
  /** Language of the free-text values (`paymentAccepted`, catalog name); default `id`. */
  readonly lang?: Language;
}

const SCHEMA_DAYS: Readonly<Record<(typeof OPENING_WEEKDAYS)[number], string>> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

const AVAILABILITY: Readonly<Record<ProductPublic['availability'], string>> = {
  available: 'https://schema.org/InStock',
  preorder: 'https://schema.org/PreOrder',
  'out-of-stock': 'https://schema.org/OutOfStock',
};

const PAYMENT_NAMES = {
  cash: { id: 'Tunai', en: 'Cash' },
  qris: { id: 'QRIS', en: 'QRIS' },
  bankTransfer: { id: 'Transfer bank', en: 'Bank transfer' },
} as const;

function photoUrls(photos: readonly UmkmPhoto[], base: string | undefined): string[] {
  if (!base) return [];
  return photos.map((photo) => new URL(photo.path, base).href);
}

/**
 * schema.org `OpeningHoursSpecification`s, one per distinct range with the days it applies to.
 * `24:00` becomes `23:59`, as schema.org times stay within a day.
 */
function openingHoursSpecification(hours: BusinessOpeningHours): JsonLdObject[] {
  const byRange = new Map<string, string[]>();
  for (const day of OPENING_WEEKDAYS) {
    for (const range of rangesOn(hours, day)) {
      const key = `${range.opens}-${range.closes}`;
      byRange.set(key, [...(byRange.get(key) ?? []), SCHEMA_DAYS[day]]);
    }
  }
  return [...byRange].map(([key, days]) => {
    const [opens = '', closes = ''] = key.split('-');
    return {
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: days,
      opens,
      closes: closes === '24:00' ? '23:59' : closes,
    };
  });
}

function offer(product: ProductPublic, base: string | undefined): JsonLdObject {
  const images = photoUrls(product.photos, base);
  const item: JsonLdObject = {
    '@type': 'Product',
    name: product.name,
    category: product.category,
    ...(product.description !== undefined && { description: product.description }),
    ...(images.length > 0 && { image: images }),
  };
  const { price } = product;
  return {
    '@type': 'Offer',
    itemOffered: item,
    availability: AVAILABILITY[product.availability],
    priceCurrency: 'IDR',
    ...(price?.type === 'fixed' && { price: price.amount }),
    ...(price?.type === 'range' && {
      priceSpecification: {
        '@type': 'PriceSpecification',
        minPrice: price.min,
        maxPrice: price.max,
        priceCurrency: 'IDR',
      },
    }),
  };
}

/** The number behind the public `tel:` or WhatsApp link, in E.164; undefined when neither is public. */
function publicTelephone(contact: BusinessPublic['contact']): string | undefined {
  if (contact.callUrl) return contact.callUrl.slice('tel:'.length);
  if (contact.chatUrl) return `+${contact.chatUrl.slice('https://wa.me/'.length)}`;
  return undefined;
}

/**
 * A schema.org `LocalBusiness` for a public business page (JSON-LD), built only from the public
 * shape, so it holds what the shop window shows and nothing more: the phone only when the owner
 * published one, the street and `geo` only when the owner chose to show them. Products of other
 * businesses are ignored. Returns a plain object; embed it with {@link jsonLdScriptContent}, never
 * with a bare `JSON.stringify`, which lets `</script>` in a description end the script element.
 */
export function businessJsonLd(
  business: BusinessPublic,
  products: readonly ProductPublic[] = [],
  options: BusinessJsonLdOptions = {},
): JsonLdObject {
  const { url, regionNames = {}, mediaBaseUrl, lang = 'id' } = options;
  const own = products.filter((product) => product.businessId === business.id);
  const { location, payment } = business;
  const streetAddress = [location.streetAddress, regionNames.village, regionNames.district]
    .filter((part): part is string => Boolean(part))
    .join(', ');
  const address: JsonLdObject = {
    '@type': 'PostalAddress',
    ...(streetAddress && { streetAddress }),
    ...(regionNames.regency && { addressLocality: regionNames.regency }),
    ...(regionNames.province && { addressRegion: regionNames.province }),
    ...(location.postalCode && { postalCode: location.postalCode }),
    addressCountry: 'ID',
  };
  const images = photoUrls(business.photos, mediaBaseUrl);
  const telephone = publicTelephone(business.contact);
  const hours = business.openingHours ? openingHoursSpecification(business.openingHours) : [];
  const range = productPriceRange(own);
  const paymentAccepted = (['cash', 'qris', 'bankTransfer'] as const)
    .filter((method) => payment[method])
    .map((method) => PAYMENT_NAMES[method][lang])
    .join(', ');
  const sameAs = business.links.map((link) => link.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'LocalBusiness',
    ...(url && { '@id': `${url}#business`, url }),
    name: business.name,
    description: business.description,
    ...(images.length > 0 && { image: images }),
    address,
    ...(location.geo && {
      geo: {
        '@type': 'GeoCoordinates',
        latitude: location.geo.lat,
        longitude: location.geo.lng,
      },
    }),
    ...(telephone && { telephone }),
    ...(hours.length > 0 && { openingHoursSpecification: hours }),
    ...(range && {
      priceRange:
        range.min === range.max
          ? formatRupiah(range.min, { lang })
          : `${formatRupiah(range.min, { lang })} – ${formatRupiah(range.max, { lang })}`,
    }),
    currenciesAccepted: 'IDR',
    ...(paymentAccepted && { paymentAccepted }),
    ...(sameAs.length > 0 && { sameAs }),
    ...(own.length > 0 && {
      hasOfferCatalog: {
        '@type': 'OfferCatalog',
        name: lang === 'id' ? `Produk ${business.name}` : `Products of ${business.name}`,
        itemListElement: own.map((product) => offer(product, mediaBaseUrl)),
      },
    }),
  };
}

/**
 * JSON for the body of `<script type="application/ld+json">`: `JSON.stringify` with `<`, `>`,
 * `&`, U+2028 and U+2029 written as `\u` escapes, so no text in the data can close the script
 * element (`</script>`), open a comment (`<!--`) or break a line in older parsers. The escapes
 * are plain JSON: `JSON.parse` gives back the same data.
 */
export function jsonLdScriptContent(data: JsonLdValue): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

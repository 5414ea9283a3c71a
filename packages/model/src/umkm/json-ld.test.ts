import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BusinessPublic, toBusinessPublic } from './business.js';
import { businessJsonLd, jsonLdScriptContent } from './json-ld.js';
import { OWNER_SECRETS, product, staffBusiness } from './test-fixtures.js';

function publicOf(overrides: Parameters<typeof staffBusiness>[0] = {}): BusinessPublic {
  const shown = toBusinessPublic(staffBusiness(overrides));
  if (!shown) throw new Error('fixture must be public');
  return shown;
}

const options = {
  url: 'https://umkm.pasuruankab.go.id/usaha/keripik-bu-siti',
  mediaBaseUrl: 'https://umkm.pasuruankab.go.id/media/',
  regionNames: {
    village: 'Gerbo',
    district: 'Purwodadi',
    regency: 'Kabupaten Pasuruan',
    province: 'Jawa Timur',
  },
};

describe('businessJsonLd', () => {
  it('describes the shop as a schema.org LocalBusiness', () => {
    const products = [
      product(),
      product({
        id: 'paket',
        name: 'Paket Oleh-oleh',
        price: { type: 'range', min: 50_000, max: 120_000 },
        availability: 'preorder',
      }),
      product({ id: 'tanya', name: 'Keripik Pesanan', price: null, availability: 'out-of-stock' }),
    ];
    const ld = businessJsonLd(publicOf(), products, options);
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'LocalBusiness',
      '@id': `${options.url}#business`,
      url: options.url,
      name: 'Keripik Tempe Bu Siti',
      description: staffBusiness().description,
      image: ['https://umkm.pasuruankab.go.id/media/umkm/keripik-bu-siti/foto-1.webp'],
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Gerbo, Purwodadi',
        addressLocality: 'Kabupaten Pasuruan',
        addressRegion: 'Jawa Timur',
        postalCode: '67163',
        addressCountry: 'ID',
      },
      openingHoursSpecification: [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Monday', 'Tuesday'],
          opens: '08:00',
          closes: '16:00',
        },
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Saturday'],
          opens: '07:00',
          closes: '11:00',
        },
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Saturday'],
          opens: '13:00',
          closes: '23:59',
        },
      ],
      priceRange: 'Rp\u00a015.000 – Rp\u00a0120.000',
      currenciesAccepted: 'IDR',
      paymentAccepted: 'Tunai, QRIS',
      sameAs: ['https://www.instagram.com/keripikbusiti'],
      hasOfferCatalog: {
        '@type': 'OfferCatalog',
        name: 'Produk Keripik Tempe Bu Siti',
        itemListElement: [
          {
            '@type': 'Offer',
            itemOffered: {
              '@type': 'Product',
              name: 'Keripik Tempe 250 g',
              category: 'Kuliner',
              description: 'Original dan pedas',
            },
            availability: 'https://schema.org/InStock',
            priceCurrency: 'IDR',
            price: 15_000,
          },
          {
            '@type': 'Offer',
            itemOffered: {
              '@type': 'Product',
              name: 'Paket Oleh-oleh',
              category: 'Kuliner',
              description: 'Original dan pedas',
            },
            availability: 'https://schema.org/PreOrder',
            priceCurrency: 'IDR',
            priceSpecification: {
              '@type': 'PriceSpecification',
              minPrice: 50_000,
              maxPrice: 120_000,
              priceCurrency: 'IDR',
            },
          },
          {
            '@type': 'Offer',
            itemOffered: {
              '@type': 'Product',
              name: 'Keripik Pesanan',
              category: 'Kuliner',
              description: 'Original dan pedas',
            },
            availability: 'https://schema.org/OutOfStock',
            priceCurrency: 'IDR',
          },
        ],
      },
    });
  });

  it('contains no personal data without consent: no owner, NIK, numbers, street, pin or NMID', () => {
    const text = jsonLdScriptContent(businessJsonLd(publicOf(), [product()], options));
    for (const secret of Object.values(OWNER_SECRETS)) expect(text).not.toContain(secret);
    expect(text).not.toContain('telephone');
    expect(text).not.toContain('GeoCoordinates');
    expect(text).not.toContain('6285755550002');
  });

  it('adds the street, geo and telephone only when the owner published them', () => {
    const base = staffBusiness();
    const ld = businessJsonLd(
      publicOf({
        location: { ...base.location, showStreet: true },
        contact: { ...base.contact, publicWhatsApp: true },
      }),
      [],
      { ...options, lang: 'en' },
    );
    expect(ld.telephone).toBe(OWNER_SECRETS.whatsApp);
    expect(ld.geo).toEqual({
      '@type': 'GeoCoordinates',
      latitude: -7.7812345,
      longitude: 112.7323456,
    });
    expect(ld.address).toMatchObject({
      streetAddress: `${OWNER_SECRETS.premisesStreet}, Gerbo, Purwodadi`,
    });
    expect(ld.paymentAccepted).toBe('Cash, QRIS');
    expect(ld).not.toHaveProperty('hasOfferCatalog');
    const text = JSON.stringify(ld);
    for (const secret of [
      OWNER_SECRETS.name,
      OWNER_SECRETS.nik,
      OWNER_SECRETS.phone,
      OWNER_SECRETS.email,
      OWNER_SECRETS.homeStreet,
      OWNER_SECRETS.businessPhone,
      OWNER_SECRETS.nmid,
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('prefers the published landline for telephone', () => {
    const base = staffBusiness();
    const ld = businessJsonLd(
      publicOf({ contact: { ...base.contact, publicWhatsApp: true, publicPhone: true } }),
    );
    expect(ld.telephone).toBe(OWNER_SECRETS.businessPhone);
  });

  it('works with nothing but the business, and ignores other businesses’ products', () => {
    const ld = businessJsonLd(publicOf({ photos: [], links: [] }), [
      product({ businessId: 'lain' }),
    ]);
    expect(ld).not.toHaveProperty('@id');
    expect(ld).not.toHaveProperty('image');
    expect(ld).not.toHaveProperty('sameAs');
    expect(ld).not.toHaveProperty('hasOfferCatalog');
    expect(ld.address).toEqual({
      '@type': 'PostalAddress',
      postalCode: '67163',
      addressCountry: 'ID',
    });
  });
});

describe('jsonLdScriptContent', () => {
  it('cannot close the script element, whatever the shop writes', () => {
    const hostile = publicOf({
      name: '</script><script>alert(1)</script>',
      description: '<!-- & \u2028 \u2029 </SCRIPT >',
    });
    const text = jsonLdScriptContent(businessJsonLd(hostile));
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(businessJsonLd(hostile))));
  });

  it('round-trips any JSON and never contains < or > (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = jsonLdScriptContent(value as never);
        return !/[<>]/.test(text) && JSON.stringify(JSON.parse(text)) === JSON.stringify(value);
      }),
    );
  });
});

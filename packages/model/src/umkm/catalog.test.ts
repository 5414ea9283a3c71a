import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../common/i18n.js';
import { toBusinessPublic } from './business.js';
import {
  BusinessCatalogQuery,
  BusinessDetailPublic,
  BusinessPublicSummary,
  BusinessStaffQuery,
  effectiveCatalogSort,
  SHORT_DESCRIPTION_MAX,
  shortDescription,
  toBusinessSummary,
} from './catalog.js';
import { product, staffBusiness } from './test-fixtures.js';

describe('BusinessCatalogQuery', () => {
  it('reads a query string: numbers and booleans arrive as text', () => {
    const query = Object.fromEntries(
      new URLSearchParams(
        'text=keripik&districtCode=35.14.01&kbliCategory=C&kbliPrefix=107&scale=mikro&halal=false&limit=50&sort=newest',
      ),
    );
    expect(BusinessCatalogQuery.parse(query)).toEqual({
      text: 'keripik',
      districtCode: '35.14.01',
      kbliCategory: 'C',
      kbliPrefix: '107',
      scale: 'mikro',
      halal: false,
      verifiedOnly: true,
      limit: 50,
      sort: 'newest',
    });
  });

  it('shows only verified businesses to the public unless asked otherwise', () => {
    expect(BusinessCatalogQuery.parse({})).toEqual({ limit: 20, verifiedOnly: true });
    expect(BusinessCatalogQuery.parse({ verifiedOnly: 'false' }).verifiedOnly).toBe(false);
    expect(BusinessCatalogQuery.parse({ halal: '1' }).halal).toBe(true);
  });

  it('treats an empty search box as no text filter and tidies the words', () => {
    expect(BusinessCatalogQuery.parse({ text: '   ' }).text).toBeUndefined();
    expect(BusinessCatalogQuery.parse({ text: ' keripik\t tempe ' }).text).toBe('keripik tempe');
    expect(BusinessCatalogQuery.safeParse({ text: 'a\u0000b' }).success).toBe(false);
  });

  it('defaults the staff list to the whole review queue', () => {
    expect(BusinessStaffQuery.parse({ status: 'pending' })).toEqual({
      limit: 20,
      verifiedOnly: false,
      status: 'pending',
    });
  });

  it.each([
    [{ halal: 'yes' }, 'halal'],
    [{ verifiedOnly: 'TRUE!' }, 'verifiedOnly'],
    [{ kbliCategory: 'W' }, 'kbliCategory'],
    [{ kbliCategory: 'c' }, 'kbliCategory'],
    [{ kbliPrefix: '1' }, 'kbliPrefix'],
    [{ kbliPrefix: '107100' }, 'kbliPrefix'],
    [{ districtCode: '35.14' }, 'districtCode'],
    [{ limit: '0' }, 'limit'],
    [{ limit: '101' }, 'limit'],
    [{ limit: 'abc' }, 'limit'],
    [{ sort: 'random' }, 'sort'],
    [{ text: 'x'.repeat(101) }, 'text'],
  ])('refuses %o, naming %s', (query, path) => {
    const result = validate(BusinessCatalogQuery, query, 'en');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.errors[0]?.path).toBe(path);
  });

  it('orders by relevance only when there are words to be relevant to', () => {
    expect(effectiveCatalogSort({})).toBe('name');
    expect(effectiveCatalogSort({ sort: 'relevance' })).toBe('name');
    expect(effectiveCatalogSort({ text: 'keripik' })).toBe('relevance');
    expect(effectiveCatalogSort({ text: 'keripik', sort: 'newest' })).toBe('newest');
  });

  it('yields a result or a ZodError for any query string (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'text',
            'districtCode',
            'kbliCategory',
            'kbliPrefix',
            'scale',
            'halal',
            'verifiedOnly',
            'sort',
            'limit',
            'cursor',
          ),
          fc.string(),
        ),
        (query) => {
          const result = BusinessCatalogQuery.safeParse(query);
          return result.success || result.error.issues.length > 0;
        },
      ),
    );
  });
});

describe('toBusinessSummary', () => {
  const shown = toBusinessPublic(staffBusiness());
  if (!shown) throw new Error('fixture must be public');

  it('makes a small catalog card with codes, not names', () => {
    const card = toBusinessSummary(
      shown,
      [product(), product({ id: 'b', price: { type: 'range', min: 10_000, max: 35_000 } })],
      '2026-01-10',
    );
    expect(card).toEqual({
      id: 'keripik-bu-siti',
      name: 'Keripik Tempe Bu Siti',
      shortDescription:
        'Keripik tempe renyah khas Purwodadi, digoreng setiap pagi. Pesan lewat WhatsApp.',
      districtCode: '35.14.01',
      villageCode: '35.14.01.2001',
      scale: 'mikro',
      kbliCategory: 'C',
      halal: true,
      verified: true,
      thumbnail: shown.photos[0],
      priceRange: { min: 10_000, max: 35_000 },
    });
    expect(BusinessPublicSummary.parse(card)).toEqual(card);
  });

  it('has no KBLI category for KBLI 2025 codes and no halal badge without a certificate in force', () => {
    const card = toBusinessSummary(
      { ...shown, kbli: { version: '2025', codes: ['10794'] }, certifications: [] },
      [],
      '2026-01-10',
    );
    expect(card.kbliCategory).toBeNull();
    expect(card.halal).toBe(false);
    expect(card.priceRange).toBeNull();
  });

  it('refuses a card whose village is not in its district', () => {
    const card = toBusinessSummary(shown, [], '2026-01-10');
    expect(BusinessPublicSummary.safeParse({ ...card, districtCode: '35.14.02' }).success).toBe(
      false,
    );
  });
});

describe('shortDescription', () => {
  it('keeps short text and cuts long text at a word', () => {
    expect(shortDescription('Keripik  tempe\nrenyah')).toBe('Keripik tempe renyah');
    const long = `${'kata '.repeat(60)}akhir`;
    const cut = shortDescription(long);
    expect(cut.length).toBeLessThanOrEqual(SHORT_DESCRIPTION_MAX);
    expect(cut.endsWith('kata…')).toBe(true);
  });

  it('always fits a card (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 2000 }).filter((s) => s.trim() !== ''),
        (text) => {
          const cut = shortDescription(text);
          return cut.length <= SHORT_DESCRIPTION_MAX && !/[\r\n]/.test(cut);
        },
      ),
    );
  });
});

describe('BusinessDetailPublic', () => {
  it('is the shop window with its products', () => {
    const shown = toBusinessPublic(staffBusiness());
    const detail = { ...shown, products: [product()] };
    expect(BusinessDetailPublic.parse(detail)).toEqual(detail);
    expect(BusinessDetailPublic.parse({ ...staffBusiness(), products: [] })).not.toHaveProperty(
      'owner',
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../common/i18n.js';
import {
  ProductCreate,
  ProductPrice,
  ProductPublic,
  ProductUpdate,
  productPriceRange,
} from './product.js';
import { product } from './test-fixtures.js';

describe('ProductPrice', () => {
  it('accepts a fixed price and a range with min ≤ max', () => {
    expect(ProductPrice.safeParse({ type: 'fixed', amount: 15_000 }).success).toBe(true);
    expect(ProductPrice.safeParse({ type: 'range', min: 10_000, max: 10_000 }).success).toBe(true);
    expect(ProductPrice.safeParse({ type: 'range', min: 10_000, max: 25_000 }).success).toBe(true);
  });

  it('refuses min > max with a message in both languages, on max', () => {
    const range = { type: 'range', min: 25_000, max: 10_000 };
    expect(validate(ProductPrice, range, 'id')).toMatchObject({
      success: false,
      errors: [
        {
          path: 'max',
          message: 'max: harga terendah tidak boleh lebih tinggi dari harga tertinggi',
        },
      ],
    });
    expect(validate(ProductPrice, range, 'en')).toMatchObject({
      success: false,
      errors: [
        { path: 'max', message: 'max: the lowest price cannot be higher than the highest price' },
      ],
    });
  });

  it.each([
    { type: 'fixed', amount: -1 },
    { type: 'fixed', amount: 1.5 },
    { type: 'fixed', amount: '15000' },
    { type: 'range', min: 0 },
    { type: 'discount', amount: 1 },
  ])('refuses %o', (price) => {
    expect(ProductPrice.safeParse(price).success).toBe(false);
  });
});

describe('ProductCreate and ProductUpdate', () => {
  it('defaults halal to false and availability to available', () => {
    expect(
      ProductCreate.parse({ name: 'Keripik', price: null, unit: 'pack', category: 'Kuliner' }),
    ).toEqual({
      name: 'Keripik',
      price: null,
      unit: 'pack',
      category: 'Kuliner',
      halal: false,
      availability: 'available',
    });
  });

  it('refuses unknown units and availabilities', () => {
    const body = { name: 'Keripik', price: null, unit: 'karung', category: 'Kuliner' };
    expect(ProductCreate.safeParse(body).success).toBe(false);
    expect(ProductCreate.safeParse({ ...body, unit: 'kg', availability: 'habis' }).success).toBe(
      false,
    );
  });

  it('updates only what is given and refuses an empty update', () => {
    expect(ProductUpdate.parse({ availability: 'out-of-stock' })).toEqual({
      availability: 'out-of-stock',
    });
    expect(ProductUpdate.parse({ price: null })).toEqual({ price: null });
    expect(ProductUpdate.safeParse({}).success).toBe(false);
  });

  it('parses the fixture as public', () => {
    expect(ProductPublic.parse(product())).toEqual(product());
  });
});

describe('productPriceRange', () => {
  it('spans fixed prices and ranges, skipping "ask the seller"', () => {
    expect(
      productPriceRange([
        { price: { type: 'fixed', amount: 15_000 } },
        { price: null },
        { price: { type: 'range', min: 8_000, max: 12_000 } },
        { price: { type: 'fixed', amount: 40_000 } },
      ]),
    ).toEqual({ min: 8_000, max: 40_000 });
    expect(productPriceRange([{ price: null }])).toBeNull();
    expect(productPriceRange([])).toBeNull();
  });

  it('contains every price (property)', () => {
    const price = fc.oneof(
      fc.constant(null),
      fc.nat().map((amount) => ({ type: 'fixed' as const, amount })),
      fc
        .tuple(fc.nat(), fc.nat())
        .map(([a, b]) => ({ type: 'range' as const, min: Math.min(a, b), max: Math.max(a, b) })),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ price })), (products) => {
        const range = productPriceRange(products);
        const priced = products.flatMap(({ price: p }) =>
          p ? (p.type === 'fixed' ? [p.amount] : [p.min, p.max]) : [],
        );
        if (priced.length === 0) return range === null;
        return (
          range !== null && range.min === Math.min(...priced) && range.max === Math.max(...priced)
        );
      }),
    );
  });
});

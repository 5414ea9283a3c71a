import * as z from 'zod/mini';
import type { LocalizedText } from '../common/i18n.js';
import { Rupiah } from '../common/rupiah.js';
import { Timestamp } from '../common/time.js';
import { PRODUCT_PHOTOS_MAX, photoIds, UmkmPhoto } from './photo.js';
import { multiLine, rule, singleLine, UmkmId } from './shared.js';

/** A fixed price in whole rupiah. */
export const FixedPrice = z.object({ type: z.literal('fixed'), amount: Rupiah });

/** A price range in whole rupiah (sizes, variants, weight), `min` ≤ `max`. */
export const PriceRange = z
  .object({ type: z.literal('range'), min: Rupiah, max: Rupiah })
  .check(
    rule(
      (range: { min: number; max: number }) => range.min <= range.max,
      'harga terendah tidak boleh lebih tinggi dari harga tertinggi',
      'the lowest price cannot be higher than the highest price',
      ['max'],
    ),
  );

/** A product's price: fixed or a range; `null` in a product means "ask the seller". */
export const ProductPrice = z.discriminatedUnion('type', [FixedPrice, PriceRange]);
export type ProductPrice = z.infer<typeof ProductPrice>;

/** Units a product is sold in. */
export const PRODUCT_UNITS = [
  'pcs',
  'pack',
  'box',
  'botol',
  'porsi',
  'paket',
  'set',
  'lusin',
  'kg',
  'gram',
  'liter',
  'ml',
  'meter',
] as const;
export const ProductUnit = z.enum(PRODUCT_UNITS);
export type ProductUnit = z.infer<typeof ProductUnit>;

/** How units read after a price ("Rp 15.000 / porsi"), in both languages. */
export const PRODUCT_UNIT_LABELS: Readonly<Record<ProductUnit, LocalizedText>> = {
  pcs: { id: 'pcs', en: 'piece' },
  pack: { id: 'pak', en: 'pack' },
  box: { id: 'kotak', en: 'box' },
  botol: { id: 'botol', en: 'bottle' },
  porsi: { id: 'porsi', en: 'serving' },
  paket: { id: 'paket', en: 'bundle' },
  set: { id: 'set', en: 'set' },
  lusin: { id: 'lusin', en: 'dozen' },
  kg: { id: 'kg', en: 'kg' },
  gram: { id: 'gram', en: 'gram' },
  liter: { id: 'liter', en: 'litre' },
  ml: { id: 'ml', en: 'ml' },
  meter: { id: 'meter', en: 'metre' },
};

/** Whether a product can be bought now, to order, or not at the moment. */
export const ProductAvailability = z.enum(['available', 'preorder', 'out-of-stock']);
export type ProductAvailability = z.infer<typeof ProductAvailability>;

/** Products listed per business. */
export const PRODUCTS_PER_BUSINESS_MAX = 200;

const ProductName = singleLine(120);
const ProductDescription = multiLine(2000);
/** The regency's own product category (kuliner, kriya, fashion…), not a KBLI code. */
const ProductCategory = singleLine(60);

/**
 * A product or service of a business, as everyone sees it. Products hold no personal data, so
 * staff and the public see the same shape. `halal` says the product is covered by the
 * business's halal certificate (UU 33/2014); the Dinas checks that one exists.
 */
export const ProductPublic = z.object({
  id: UmkmId,
  businessId: UmkmId,
  name: ProductName,
  description: z.optional(ProductDescription),
  price: z.nullable(ProductPrice),
  unit: ProductUnit,
  category: ProductCategory,
  halal: z.boolean(),
  availability: ProductAvailability,
  /** In display order; the first is the thumbnail. */
  photos: z.array(UmkmPhoto).check(z.maxLength(PRODUCT_PHOTOS_MAX)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ProductPublic = z.infer<typeof ProductPublic>;

/** A product as stored; identical to {@link ProductPublic} because it holds no personal data. */
export const Product = ProductPublic;
export type Product = ProductPublic;

/** The body that adds a product to a business (the business id is in the path). */
export const ProductCreate = z.object({
  name: ProductName,
  description: z.optional(ProductDescription),
  price: z.nullable(ProductPrice),
  unit: ProductUnit,
  category: ProductCategory,
  halal: z._default(z.boolean(), false),
  availability: z._default(ProductAvailability, 'available'),
});
export type ProductCreate = z.infer<typeof ProductCreate>;

/**
 * A partial update (PATCH) of a product: absent fields stay, `null` clears the description or
 * the price; `photoIds` sets which uploaded photos are shown and in what order.
 */
export const ProductUpdate = z
  .object({
    name: z.optional(ProductName),
    description: z.optional(z.nullable(ProductDescription)),
    price: z.optional(z.nullable(ProductPrice)),
    unit: z.optional(ProductUnit),
    category: z.optional(ProductCategory),
    halal: z.optional(z.boolean()),
    availability: z.optional(ProductAvailability),
    photoIds: z.optional(photoIds(PRODUCT_PHOTOS_MAX)),
  })
  .check(
    rule(
      (update: object) => Object.values(update).some((value) => value !== undefined),
      'tidak ada yang diubah: isi minimal satu kolom',
      'nothing to change: give at least one field',
    ),
  );
export type ProductUpdate = z.infer<typeof ProductUpdate>;

/** Lowest and highest price over the priced products; `null` when none has a price. */
export function productPriceRange(
  products: readonly Pick<ProductPublic, 'price'>[],
): { min: number; max: number } | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const { price } of products) {
    if (!price) continue;
    const [low, high] =
      price.type === 'fixed' ? [price.amount, price.amount] : [price.min, price.max];
    min = Math.min(min, low);
    max = Math.max(max, high);
  }
  return min <= max ? { min, max } : null;
}

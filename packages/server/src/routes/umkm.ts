import {
  type Business,
  type BusinessCatalogQuery,
  type BusinessContact,
  type BusinessContactInput,
  effectiveCatalogSort,
  type Photo,
  type ProductPublic,
  toBusinessPublic,
  toBusinessSummary,
  type VerificationStatus,
} from '@cerdas/model';
import { HttpProblem } from '../errors.js';
import type { HandlerContext, HandlerGroup } from '../handler.js';
import { newId } from '../ids.js';
import type { BusinessListFilter, UploadRecord } from '../storage/types.js';
import { mediaError } from './media.js';
import { found, pageOf, requireBidang, today } from './shared.js';

/** Bidang urusan Koperasi, Usaha Kecil dan Menengah: the Dinas that keeps the UMKM registry. */
const UMKM_BIDANG = '2.17';
const UNKNOWN_BUSINESS = { id: 'Usaha tidak ditemukan.', en: 'No such business.' };
const UNKNOWN_PRODUCT = { id: 'Produk tidak ditemukan.', en: 'No such product.' };
const UNKNOWN_PHOTO = {
  id: 'photoIds: foto ini tidak ada atau bukan milik usaha ini.',
  en: 'photoIds: this photo does not exist or belongs to another business.',
};

function filterOf(
  query: BusinessCatalogQuery,
  statuses: VerificationStatus[],
  day: string,
): BusinessListFilter {
  return {
    text: query.text,
    districtCode: query.districtCode,
    villageCode: query.villageCode,
    kbliCategory: query.kbliCategory,
    kbliPrefix: query.kbliPrefix,
    scale: query.scale,
    halal: query.halal,
    today: day,
    statuses,
    sort: effectiveCatalogSort(query),
  };
}

/** Consent to publish a number is recorded with its time, and withdrawn with immediate effect. */
function contactOf(
  input: BusinessContactInput,
  now: string,
  previous?: BusinessContact,
): BusinessContact {
  const changed =
    !previous ||
    previous.publicWhatsApp !== input.publicWhatsApp ||
    previous.publicPhone !== input.publicPhone;
  return {
    ...input,
    ...(changed
      ? { consentRecordedAt: now }
      : previous?.consentRecordedAt
        ? { consentRecordedAt: previous.consentRecordedAt }
        : {}),
  };
}

function photoOf(upload: UploadRecord): Photo {
  return {
    id: upload.id,
    path: upload.path,
    mime: upload.mime as Photo['mime'],
    width: upload.width ?? 1,
    height: upload.height ?? 1,
    bytes: upload.bytes,
    alt: upload.alt ?? '',
  };
}

async function photosOf(
  ids: readonly string[],
  businessId: string,
  ctx: HandlerContext,
): Promise<Photo[]> {
  const photos: Photo[] = [];
  for (const id of ids) {
    const upload = await ctx.db.uploads.get(id);
    if (!upload || upload.owner !== `business:${businessId}`)
      throw new HttpProblem(422, UNKNOWN_PHOTO);
    photos.push(photoOf(upload));
  }
  return photos;
}

async function publicBusiness(id: string, ctx: HandlerContext) {
  const business = await ctx.db.businesses.get(id);
  const shown = business ? toBusinessPublic(business) : undefined;
  return found(shown, UNKNOWN_BUSINESS);
}

function without<T extends object>(value: T, keys: readonly string[]): T {
  const out = { ...value } as Record<string, unknown>;
  for (const key of keys) if (out[key] === null) delete out[key];
  return out as T;
}

export const umkmHandlers: HandlerGroup<
  | 'umkm.list'
  | 'umkm.get'
  | 'umkm.products.list'
  | 'umkm.staff.list'
  | 'umkm.staff.get'
  | 'umkm.create'
  | 'umkm.update'
  | 'umkm.verify'
  | 'umkm.photos.upload'
  | 'umkm.products.create'
  | 'umkm.products.update'
  | 'umkm.products.delete'
> = {
  'umkm.list': async ({ query }, ctx) => {
    const day = today(ctx);
    const statuses: VerificationStatus[] = query.verifiedOnly
      ? ['verified']
      : ['verified', 'pending'];
    const page = await ctx.db.businesses.list(filterOf(query, statuses, day), pageOf(query));
    const products = await ctx.db.products.forBusinesses(page.items.map((b) => b.id));
    const items = page.items.flatMap((business) => {
      const shown = toBusinessPublic(business);
      return shown ? [toBusinessSummary(shown, products.get(business.id) ?? [], day)] : [];
    });
    return { items, nextCursor: page.nextCursor };
  },
  'umkm.get': async ({ params }, ctx) => {
    const shown = await publicBusiness(params.id, ctx);
    const products = (await ctx.db.products.forBusinesses([params.id])).get(params.id) ?? [];
    return { ...shown, products };
  },
  'umkm.products.list': async ({ params, query }, ctx) => {
    await publicBusiness(params.id, ctx);
    return ctx.db.products.listByBusiness(params.id, pageOf(query));
  },
  'umkm.staff.list': async ({ query }, ctx) => {
    await requireBidang(ctx, UMKM_BIDANG);
    const statuses: VerificationStatus[] = query.status
      ? [query.status]
      : query.verifiedOnly
        ? ['verified']
        : ['pending', 'verified', 'suspended'];
    return ctx.db.businesses.list(filterOf(query, statuses, today(ctx)), pageOf(query));
  },
  'umkm.staff.get': async ({ params }, ctx) => {
    await requireBidang(ctx, UMKM_BIDANG);
    return found(await ctx.db.businesses.get(params.id), UNKNOWN_BUSINESS);
  },
  'umkm.create': async ({ body }, ctx) => {
    await requireBidang(ctx, UMKM_BIDANG);
    const business: Business = {
      ...body,
      id: newId(),
      contact: contactOf(body.contact, ctx.now),
      photos: [],
      verification: { status: 'pending' },
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    await ctx.db.businesses.insert(business);
    return business;
  },
  'umkm.update': async ({ params, body }, ctx) => {
    await requireBidang(ctx, UMKM_BIDANG);
    const current = found(await ctx.db.businesses.get(params.id), UNKNOWN_BUSINESS);
    const { photoIds, contact, ...changes } = body;
    const business: Business = without(
      {
        ...current,
        ...changes,
        ...(contact ? { contact: contactOf(contact, ctx.now, current.contact) } : {}),
        ...(photoIds ? { photos: await photosOf(photoIds, current.id, ctx) } : {}),
        updatedAt: ctx.now,
      } as Business,
      ['nib', 'kbli', 'geo', 'openingHours'],
    );
    await ctx.db.businesses.update(business);
    return business;
  },
  'umkm.verify': async ({ params, body }, ctx) => {
    await requireBidang(ctx, UMKM_BIDANG);
    const current = found(await ctx.db.businesses.get(params.id), UNKNOWN_BUSINESS);
    const business: Business = {
      ...current,
      verification: {
        status: body.status,
        ...(body.reason ? { reason: body.reason } : {}),
        ...(ctx.actor ? { updatedBy: ctx.actor } : {}),
        updatedAt: ctx.now,
      },
      updatedAt: ctx.now,
    };
    await ctx.db.businesses.update(business);
    return business;
  },
  'umkm.photos.upload': async ({ params, body }, ctx) => {
    await requireBidang(ctx, UMKM_BIDANG);
    const business = found(await ctx.db.businesses.get(params.id), UNKNOWN_BUSINESS);
    const bytes = new Uint8Array(await body.file.arrayBuffer());
    const saved = await ctx.media.save(bytes, { purpose: 'umkm-photo' }).catch(mediaError);
    const upload: UploadRecord = {
      ...saved,
      purpose: 'umkm-photo',
      alt: body.alt ?? business.name,
      createdAt: ctx.now,
      owner: `business:${business.id}`,
    };
    await ctx.db.uploads.insert(upload);
    return photoOf(upload);
  },
  'umkm.products.create': async ({ params, body }, ctx) => {
    await requireBidang(ctx, UMKM_BIDANG);
    found(await ctx.db.businesses.get(params.id), UNKNOWN_BUSINESS);
    const product: ProductPublic = {
      ...body,
      id: newId(),
      businessId: params.id,
      photos: [],
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    await ctx.db.products.insert(product);
    return product;
  },
  'umkm.products.update': async ({ params, body }, ctx) => {
    await requireBidang(ctx, UMKM_BIDANG);
    const current = found(await ctx.db.products.get(params.id, params.productId), UNKNOWN_PRODUCT);
    const { photoIds, ...changes } = body;
    const product = without(
      {
        ...current,
        ...changes,
        ...(photoIds ? { photos: await photosOf(photoIds, params.id, ctx) } : {}),
        updatedAt: ctx.now,
      } as ProductPublic,
      ['description'],
    );
    await ctx.db.products.update(product);
    return product;
  },
  'umkm.products.delete': async ({ params }, ctx) => {
    await requireBidang(ctx, UMKM_BIDANG);
    if (!(await ctx.db.products.delete(params.id, params.productId))) {
      throw new HttpProblem(404, UNKNOWN_PRODUCT);
    }
    return undefined;
  },
};

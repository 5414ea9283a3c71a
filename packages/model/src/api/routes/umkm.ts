import * as z from 'zod/mini';
import { PhotoUpload } from '../../common/media.js';
import { Page, PageQuery } from '../../common/page.js';
import {
  Business,
  BusinessCreate,
  BusinessUpdate,
  BusinessVerificationRequest,
} from '../../umkm/business.js';
import {
  BusinessCatalogPage,
  BusinessCatalogQuery,
  BusinessDetailPublic,
  BusinessStaffQuery,
} from '../../umkm/catalog.js';
import { UmkmPhoto } from '../../umkm/photo.js';
import { ProductCreate, ProductPublic, ProductUpdate } from '../../umkm/product.js';
import { UmkmId } from '../../umkm/shared.js';
import { defineRoute } from '../route.js';
import {
  GET_ERRORS,
  PUBLIC,
  READ_ERRORS,
  STAFF_READ_ERRORS,
  STAFF_WRITE_ERRORS,
  staff,
} from './common.js';

const BusinessParams = z.object({ id: UmkmId });
const ProductParams = z.object({ id: UmkmId, productId: UmkmId });
/** The Dinas that looks after UMKM (bidang 2.17) and the admin. */
const DINAS = staff('opd', 'admin');

/** `umkm.list` */
export const umkmListRoute = defineRoute({
  method: 'GET',
  path: '/v1/umkm',
  summary: 'The UMKM catalog: search and filter verified businesses',
  tag: 'umkm',
  access: PUBLIC,
  query: BusinessCatalogQuery,
  response: BusinessCatalogPage,
  errors: READ_ERRORS,
});

/** `umkm.get` */
export const umkmGetRoute = defineRoute({
  method: 'GET',
  path: '/v1/umkm/{id}',
  summary: "One business's public profile with its products",
  tag: 'umkm',
  access: PUBLIC,
  params: BusinessParams,
  response: BusinessDetailPublic,
  errors: GET_ERRORS,
});

/** `umkm.products.list` */
export const umkmProductsListRoute = defineRoute({
  method: 'GET',
  path: '/v1/umkm/{id}/products',
  summary: "A business's products",
  tag: 'umkm',
  access: PUBLIC,
  params: BusinessParams,
  query: PageQuery,
  response: Page(ProductPublic),
  errors: GET_ERRORS,
});

/** `umkm.staff.list` */
export const umkmStaffListRoute = defineRoute({
  method: 'GET',
  path: '/v1/staff/umkm',
  summary: 'The registry with owners and the review queue',
  tag: 'umkm',
  access: DINAS,
  query: BusinessStaffQuery,
  response: Page(Business),
  errors: STAFF_READ_ERRORS,
  personalData: true,
});

/** `umkm.staff.get` */
export const umkmStaffGetRoute = defineRoute({
  method: 'GET',
  path: '/v1/staff/umkm/{id}',
  summary: 'One business with its owner',
  tag: 'umkm',
  access: DINAS,
  params: BusinessParams,
  response: Business,
  errors: STAFF_READ_ERRORS,
  personalData: true,
});

/** `umkm.create` */
export const umkmCreateRoute = defineRoute({
  method: 'POST',
  path: '/v1/umkm',
  summary: 'Register a business (pending verification)',
  tag: 'umkm',
  access: DINAS,
  body: BusinessCreate,
  response: Business,
  successStatus: 201,
  errors: STAFF_WRITE_ERRORS,
  idempotent: true,
  personalData: true,
});

/** `umkm.update` */
export const umkmUpdateRoute = defineRoute({
  method: 'PATCH',
  path: '/v1/umkm/{id}',
  summary: "Change a business's details",
  tag: 'umkm',
  access: DINAS,
  params: BusinessParams,
  body: BusinessUpdate,
  response: Business,
  errors: STAFF_WRITE_ERRORS,
  personalData: true,
});

/** `umkm.verify` */
export const umkmVerifyRoute = defineRoute({
  method: 'PUT',
  path: '/v1/umkm/{id}/verification',
  summary: 'Verify, suspend or reopen a business',
  tag: 'umkm',
  access: DINAS,
  params: BusinessParams,
  body: BusinessVerificationRequest,
  response: Business,
  errors: STAFF_WRITE_ERRORS,
  personalData: true,
});

/** `umkm.photos.upload` */
export const umkmPhotosUploadRoute = defineRoute({
  method: 'POST',
  path: '/v1/umkm/{id}/photos',
  summary: 'Upload a photo of a business or its products (JPEG, PNG or WebP)',
  description:
    'The server checks the type by its bytes, strips location metadata and stores it under a generated name. Reference the returned id in `photoIds` of the business or a product.',
  tag: 'umkm',
  access: DINAS,
  params: BusinessParams,
  body: PhotoUpload,
  bodyEncoding: 'multipart',
  response: UmkmPhoto,
  successStatus: 201,
  errors: STAFF_WRITE_ERRORS,
});

/** `umkm.products.create` */
export const umkmProductsCreateRoute = defineRoute({
  method: 'POST',
  path: '/v1/umkm/{id}/products',
  summary: 'Add a product',
  tag: 'umkm',
  access: DINAS,
  params: BusinessParams,
  body: ProductCreate,
  response: ProductPublic,
  successStatus: 201,
  errors: STAFF_WRITE_ERRORS,
  idempotent: true,
});

/** `umkm.products.update` */
export const umkmProductsUpdateRoute = defineRoute({
  method: 'PATCH',
  path: '/v1/umkm/{id}/products/{productId}',
  summary: 'Change a product',
  tag: 'umkm',
  access: DINAS,
  params: ProductParams,
  body: ProductUpdate,
  response: ProductPublic,
  errors: STAFF_WRITE_ERRORS,
});

/** `umkm.products.delete` */
export const umkmProductsDeleteRoute = defineRoute({
  method: 'DELETE',
  path: '/v1/umkm/{id}/products/{productId}',
  summary: 'Remove a product',
  tag: 'umkm',
  access: DINAS,
  params: ProductParams,
  response: null,
  errors: STAFF_WRITE_ERRORS,
});

/** E-Branding: the public UMKM shop window, and the Dinas's registry behind it. */
export const umkmRoutes = {
  'umkm.list': umkmListRoute,
  'umkm.get': umkmGetRoute,
  'umkm.products.list': umkmProductsListRoute,
  'umkm.staff.list': umkmStaffListRoute,
  'umkm.staff.get': umkmStaffGetRoute,
  'umkm.create': umkmCreateRoute,
  'umkm.update': umkmUpdateRoute,
  'umkm.verify': umkmVerifyRoute,
  'umkm.photos.upload': umkmPhotosUploadRoute,
  'umkm.products.create': umkmProductsCreateRoute,
  'umkm.products.update': umkmProductsUpdateRoute,
  'umkm.products.delete': umkmProductsDeleteRoute,
} as const;

import * as z from 'zod/mini';
import { Photo } from '../common/media.js';
import { UmkmId } from './shared.js';

export {
  MediaPath as PhotoPath,
  PHOTO_MAX_BYTES,
  PHOTO_MAX_DIMENSION,
  PHOTO_MIME_TYPES,
} from '../common/media.js';
/** Photos per business and per product. */
export const BUSINESS_PHOTOS_MAX = 10;
export const PRODUCT_PHOTOS_MAX = 5;

/** A photo of a business or product: the common {@link Photo} shape. */
export const UmkmPhoto = Photo;
export type UmkmPhoto = Photo;

/**
 * The ids of photos already uploaded for this business or product, in display order (the first
 * is the thumbnail). Sent in create/update bodies; uploading is a separate multipart request.
 */
export function photoIds(max: number) {
  return z.array(UmkmId).check(z.maxLength(max));
}

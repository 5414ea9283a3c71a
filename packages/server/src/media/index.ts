/**
 * Uploaded photos and documents: type by magic bytes, dimensions from headers, metadata
 * stripping without re-encoding, atomic storage under generated names, and safe headers.
 */
export {
  isMediaError,
  MEDIA_ERROR_STATUS,
  MediaError,
  type MediaErrorCode,
  type MediaErrorStatus,
} from './errors.js';
export { mediaResponseHeaders, type ServedMedia } from './headers.js';
export {
  type ImageDimensions,
  imageDimensions,
  imageOrientation,
  stripMetadata,
} from './image.js';
export { MEDIA_PURPOSES, type MediaPurpose, type PurposeRules } from './purposes.js';
export {
  type ImageType,
  isImageType,
  MEDIA_EXTENSIONS,
  type MediaType,
  sniffMediaType,
} from './sniff.js';
export {
  MediaStore,
  type MediaStoreOptions,
  randomMediaId,
  type SaveOptions,
  type StoredMedia,
} from './store.js';

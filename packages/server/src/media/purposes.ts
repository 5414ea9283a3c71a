import {
  DOCUMENT_MAX_BYTES,
  DOCUMENT_MIME_TYPES,
  PHOTO_MAX_BYTES,
  PHOTO_MIME_TYPES,
} from '@cerdas/model';
import type { UploadRecord } from '../storage/types.js';
import type { MediaType } from './sniff.js';

/** What an upload is for: the model's upload purposes and photos of UMKM businesses. */
export type MediaPurpose = UploadRecord['purpose'];

export interface PurposeRules {
  /** First segment of the stored path. */
  readonly folder: string;
  /** Types the bytes may have. */
  readonly types: readonly MediaType[];
  readonly maxBytes: number;
  /** Photos may be shown publicly once their record is public; documents never are. */
  readonly public: boolean;
}

/** Folder, accepted types, size limit and visibility of each purpose. */
export const MEDIA_PURPOSES: Readonly<Record<MediaPurpose, PurposeRules>> = {
  'complaint-photo': {
    folder: 'complaints',
    types: PHOTO_MIME_TYPES,
    maxBytes: PHOTO_MAX_BYTES,
    public: true,
  },
  'proposal-photo': {
    folder: 'proposals',
    types: PHOTO_MIME_TYPES,
    maxBytes: PHOTO_MAX_BYTES,
    public: true,
  },
  'umkm-photo': {
    folder: 'umkm',
    types: PHOTO_MIME_TYPES,
    maxBytes: PHOTO_MAX_BYTES,
    public: true,
  },
  'request-document': {
    folder: 'requests',
    types: DOCUMENT_MIME_TYPES,
    maxBytes: DOCUMENT_MAX_BYTES,
    public: false,
  },
};

export function purposeRules(purpose: MediaPurpose): PurposeRules {
  if (!Object.hasOwn(MEDIA_PURPOSES, purpose)) {
    throw new TypeError(`unknown upload purpose: ${String(purpose)}`);
  }
  return MEDIA_PURPOSES[purpose];
}

export function isPublicPurpose(purpose: MediaPurpose): boolean {
  return Object.hasOwn(MEDIA_PURPOSES, purpose) && MEDIA_PURPOSES[purpose].public;
}

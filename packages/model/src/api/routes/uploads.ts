import { FileUpload, UploadReceipt } from '../../common/media.js';
import { defineRoute } from '../route.js';
import { CITIZEN_WRITE_ERRORS, PUBLIC } from './common.js';

/** `uploads.create` */
export const uploadsCreateRoute = defineRoute({
  method: 'POST',
  path: '/v1/uploads',
  summary: 'Upload a photo or document (JPEG, PNG, WebP; PDF for request documents)',
  description:
    'The server checks the type by its bytes, strips location metadata from photos and stores the file under a generated name. Reference the returned id in the submission.',
  tag: 'uploads',
  access: PUBLIC,
  body: FileUpload,
  bodyEncoding: 'multipart',
  response: UploadReceipt,
  successStatus: 201,
  errors: CITIZEN_WRITE_ERRORS,
  idempotent: true,
});

/** Files sent ahead of a submission: complaint photos, request documents, proposal photos. */
export const uploadRoutes = {
  'uploads.create': uploadsCreateRoute,
} as const;

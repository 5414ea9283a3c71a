import * as z from 'zod/mini';
import { RecordId } from '../../common/id.js';
import { StaffToken, StaffTokenCreate, StaffTokenCreated } from '../auth.js';
import { defineRoute } from '../route.js';
import { STAFF_READ_ERRORS, STAFF_WRITE_ERRORS, staff } from './common.js';

const ALL_STAFF = staff('desa', 'kecamatan', 'opd', 'bappeda', 'admin');

/** `tokens.me` */
export const tokensMeRoute = defineRoute({
  method: 'GET',
  path: '/v1/tokens/me',
  summary: 'The token the request is made with',
  tag: 'tokens',
  access: ALL_STAFF,
  response: StaffToken,
  errors: STAFF_READ_ERRORS,
});

/** `tokens.list` */
export const tokensListRoute = defineRoute({
  method: 'GET',
  path: '/v1/tokens',
  summary: 'All staff tokens (without their secrets)',
  tag: 'tokens',
  access: staff('admin'),
  response: z.array(StaffToken),
  errors: STAFF_READ_ERRORS,
});

/** `tokens.create` */
export const tokensCreateRoute = defineRoute({
  method: 'POST',
  path: '/v1/tokens',
  summary: 'Create a staff token; the secret is shown once',
  tag: 'tokens',
  access: staff('admin'),
  body: StaffTokenCreate,
  response: StaffTokenCreated,
  successStatus: 201,
  errors: STAFF_WRITE_ERRORS,
});

/** `tokens.revoke` */
export const tokensRevokeRoute = defineRoute({
  method: 'DELETE',
  path: '/v1/tokens/{id}',
  summary: 'Revoke a staff token',
  tag: 'tokens',
  access: staff('admin'),
  params: z.object({ id: RecordId }),
  response: null,
  errors: STAFF_WRITE_ERRORS,
});

/** Staff tokens: created and revoked by an admin; each token can read its own record. */
export const authRoutes = {
  'tokens.me': tokensMeRoute,
  'tokens.list': tokensListRoute,
  'tokens.create': tokensCreateRoute,
  'tokens.revoke': tokensRevokeRoute,
} as const;

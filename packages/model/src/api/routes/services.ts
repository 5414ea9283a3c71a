import * as z from 'zod/mini';
import { Page } from '../../common/page.js';
import {
  ComplaintCreate,
  ComplaintListQuery,
  ComplaintPublic,
  ComplaintStaffView,
  ComplaintTransitionRequest,
} from '../../services/complaint.js';
import { IkmQuery, IkmReport, IkmResponseCreate } from '../../services/ikm.js';
import {
  ComplaintCitizenAction,
  ComplaintReceipt,
  IkmResponseReceipt,
  ServiceRequestReceipt,
  ServiceRequestResubmission,
} from '../../services/receipts.js';
import {
  ServiceRequest,
  ServiceRequestCreate,
  ServiceRequestListQuery,
  ServiceRequestPublic,
  ServiceRequestTransitionRequest,
} from '../../services/request.js';
import { ComplaintId, ServiceRequestId, ServiceStandardId } from '../../services/shared.js';
import {
  ServiceStandard,
  ServiceStandardCreate,
  ServiceStandardQuery,
  ServiceStandardUpdate,
} from '../../services/standard.js';
import { ComplaintTrackingNumber, ServiceRequestTrackingNumber } from '../../services/tracking.js';
import { defineRoute } from '../route.js';
import {
  CITIZEN_WRITE_ERRORS,
  GET_ERRORS,
  PUBLIC,
  READ_ERRORS,
  STAFF_READ_ERRORS,
  STAFF_WRITE_ERRORS,
  staff,
} from './common.js';

const OPD_STAFF = staff('opd', 'admin');
const ComplaintTrackingParams = z.object({ trackingNumber: ComplaintTrackingNumber });
const RequestTrackingParams = z.object({ trackingNumber: ServiceRequestTrackingNumber });

/** `services.list` */
export const servicesListRoute = defineRoute({
  method: 'GET',
  path: '/v1/services',
  summary: 'The catalogue of service standards',
  tag: 'services',
  access: PUBLIC,
  query: ServiceStandardQuery,
  response: Page(ServiceStandard),
  errors: READ_ERRORS,
});

/** `services.get` */
export const servicesGetRoute = defineRoute({
  method: 'GET',
  path: '/v1/services/{id}',
  summary: 'One service standard',
  tag: 'services',
  access: PUBLIC,
  params: z.object({ id: ServiceStandardId }),
  response: ServiceStandard,
  errors: GET_ERRORS,
});

/** `services.create` */
export const servicesCreateRoute = defineRoute({
  method: 'POST',
  path: '/v1/services',
  summary: 'Publish a service standard',
  tag: 'services',
  access: OPD_STAFF,
  body: ServiceStandardCreate,
  response: ServiceStandard,
  successStatus: 201,
  errors: STAFF_WRITE_ERRORS,
  idempotent: true,
});

/** `services.update` */
export const servicesUpdateRoute = defineRoute({
  method: 'PATCH',
  path: '/v1/services/{id}',
  summary: 'Change a service standard',
  tag: 'services',
  access: OPD_STAFF,
  params: z.object({ id: ServiceStandardId }),
  body: ServiceStandardUpdate,
  response: ServiceStandard,
  errors: STAFF_WRITE_ERRORS,
});

/** `serviceRequests.submit` */
export const serviceRequestsSubmitRoute = defineRoute({
  method: 'POST',
  path: '/v1/service-requests',
  summary: 'Apply for a service',
  description:
    'Answers a tracking number and a receipt code. Send an Idempotency-Key: a retried submission never files twice.',
  tag: 'service-requests',
  access: PUBLIC,
  body: ServiceRequestCreate,
  response: ServiceRequestReceipt,
  successStatus: 201,
  errors: CITIZEN_WRITE_ERRORS,
  idempotent: true,
});

/** `serviceRequests.track` */
export const serviceRequestsTrackRoute = defineRoute({
  method: 'GET',
  path: '/v1/service-requests/{trackingNumber}',
  summary: "A request's status and timeline, by tracking number",
  tag: 'service-requests',
  access: PUBLIC,
  params: RequestTrackingParams,
  response: ServiceRequestPublic,
  errors: GET_ERRORS,
});

/** `serviceRequests.resubmit` */
export const serviceRequestsResubmitRoute = defineRoute({
  method: 'POST',
  path: '/v1/service-requests/{trackingNumber}/resubmission',
  summary: 'Resubmit a request returned for revision (with the receipt code)',
  tag: 'service-requests',
  access: PUBLIC,
  params: RequestTrackingParams,
  body: ServiceRequestResubmission,
  response: ServiceRequestPublic,
  errors: [...CITIZEN_WRITE_ERRORS, 403, 404],
  idempotent: true,
});

/** `serviceRequests.staff.list` */
export const serviceRequestsStaffListRoute = defineRoute({
  method: 'GET',
  path: '/v1/staff/service-requests',
  summary: "Requests to the caller's OPD, with applicants",
  tag: 'service-requests',
  access: OPD_STAFF,
  query: ServiceRequestListQuery,
  response: Page(ServiceRequest),
  errors: STAFF_READ_ERRORS,
  personalData: true,
});

/** `serviceRequests.staff.get` */
export const serviceRequestsStaffGetRoute = defineRoute({
  method: 'GET',
  path: '/v1/staff/service-requests/{id}',
  summary: 'One request with its applicant',
  tag: 'service-requests',
  access: OPD_STAFF,
  params: z.object({ id: ServiceRequestId }),
  response: ServiceRequest,
  errors: STAFF_READ_ERRORS,
  personalData: true,
});

/** `serviceRequests.transition` */
export const serviceRequestsTransitionRoute = defineRoute({
  method: 'POST',
  path: '/v1/staff/service-requests/{id}/transitions',
  summary: 'Move a request through its lifecycle',
  tag: 'service-requests',
  access: OPD_STAFF,
  params: z.object({ id: ServiceRequestId }),
  body: ServiceRequestTransitionRequest,
  response: ServiceRequest,
  errors: STAFF_WRITE_ERRORS,
  idempotent: true,
  personalData: true,
});

/** Service standards (standar pelayanan) and service requests (permohonan). */
export const serviceRoutes = {
  'services.list': servicesListRoute,
  'services.get': servicesGetRoute,
  'services.create': servicesCreateRoute,
  'services.update': servicesUpdateRoute,
  'serviceRequests.submit': serviceRequestsSubmitRoute,
  'serviceRequests.track': serviceRequestsTrackRoute,
  'serviceRequests.resubmit': serviceRequestsResubmitRoute,
  'serviceRequests.staff.list': serviceRequestsStaffListRoute,
  'serviceRequests.staff.get': serviceRequestsStaffGetRoute,
  'serviceRequests.transition': serviceRequestsTransitionRoute,
} as const;

/** `complaints.submit` */
export const complaintsSubmitRoute = defineRoute({
  method: 'POST',
  path: '/v1/complaints',
  summary: 'File a complaint, aspiration or request for information',
  description:
    'Answers a tracking number and a receipt code. Send an Idempotency-Key: a retried submission never files twice.',
  tag: 'complaints',
  access: PUBLIC,
  body: ComplaintCreate,
  response: ComplaintReceipt,
  successStatus: 201,
  errors: CITIZEN_WRITE_ERRORS,
  idempotent: true,
});

/** `complaints.track` */
export const complaintsTrackRoute = defineRoute({
  method: 'GET',
  path: '/v1/complaints/{trackingNumber}',
  summary: "A complaint's public timeline, by tracking number",
  tag: 'complaints',
  access: PUBLIC,
  params: ComplaintTrackingParams,
  response: ComplaintPublic,
  errors: GET_ERRORS,
});

/** `complaints.citizenAction` */
export const complaintsCitizenActionRoute = defineRoute({
  method: 'POST',
  path: '/v1/complaints/{trackingNumber}/citizen-actions',
  summary: 'The reporter adds information, confirms or reopens (with the receipt code)',
  tag: 'complaints',
  access: PUBLIC,
  params: ComplaintTrackingParams,
  body: ComplaintCitizenAction,
  response: ComplaintPublic,
  errors: [...CITIZEN_WRITE_ERRORS, 403, 404],
  idempotent: true,
});

/** `complaints.staff.list` */
export const complaintsStaffListRoute = defineRoute({
  method: 'GET',
  path: '/v1/staff/complaints',
  summary: 'Complaints for the admin, or those dispatched to the caller’s OPD',
  tag: 'complaints',
  access: OPD_STAFF,
  query: ComplaintListQuery,
  response: Page(ComplaintStaffView),
  errors: STAFF_READ_ERRORS,
  personalData: true,
});

/** `complaints.staff.get` */
export const complaintsStaffGetRoute = defineRoute({
  method: 'GET',
  path: '/v1/staff/complaints/{id}',
  summary: 'One complaint as the caller may see it',
  tag: 'complaints',
  access: OPD_STAFF,
  params: z.object({ id: ComplaintId }),
  response: ComplaintStaffView,
  errors: STAFF_READ_ERRORS,
  personalData: true,
});

/** `complaints.transition` */
export const complaintsTransitionRoute = defineRoute({
  method: 'POST',
  path: '/v1/staff/complaints/{id}/transitions',
  summary: 'Verify, dispatch, follow up, resolve or close a complaint',
  tag: 'complaints',
  access: OPD_STAFF,
  params: z.object({ id: ComplaintId }),
  body: ComplaintTransitionRequest,
  response: ComplaintStaffView,
  errors: STAFF_WRITE_ERRORS,
  idempotent: true,
  personalData: true,
});

/** `ikm.submit` */
export const ikmSubmitRoute = defineRoute({
  method: 'POST',
  path: '/v1/ikm/responses',
  summary: 'Answer the satisfaction survey (IKM) for a service',
  tag: 'ikm',
  access: PUBLIC,
  body: IkmResponseCreate,
  response: IkmResponseReceipt,
  successStatus: 201,
  errors: CITIZEN_WRITE_ERRORS,
  idempotent: true,
});

/** `ikm.report` */
export const ikmReportRoute = defineRoute({
  method: 'GET',
  path: '/v1/ikm',
  summary: 'The satisfaction index (IKM) of a service or OPD over a period',
  tag: 'ikm',
  access: PUBLIC,
  query: IkmQuery,
  response: IkmReport,
  errors: READ_ERRORS,
});

/** Complaints (pengaduan) in the spirit of SP4N-LAPOR!, and the IKM survey. */
export const complaintRoutes = {
  'complaints.submit': complaintsSubmitRoute,
  'complaints.track': complaintsTrackRoute,
  'complaints.citizenAction': complaintsCitizenActionRoute,
  'complaints.staff.list': complaintsStaffListRoute,
  'complaints.staff.get': complaintsStaffGetRoute,
  'complaints.transition': complaintsTransitionRoute,
  'ikm.submit': ikmSubmitRoute,
  'ikm.report': ikmReportRoute,
} as const;

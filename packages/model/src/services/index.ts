export * from './complaint.js';
export * from './complaint-lifecycle.js';
export * from './deadline.js';
export * from './ikm.js';
export * from './jsonld.js';
export * from './open311.js';
export * from './open311-mapping.js';
export * from './receipts.js';
export * from './request.js';
export * from './request-lifecycle.js';
export {
  AttachmentId,
  CitizenActor,
  ComplaintId,
  IkmResponseId,
  SERVICES_TRANSITION_ERROR_STATUS,
  ServiceRequestId,
  ServiceStandardId,
  ServicesActor,
  type ServicesTransitionError,
  type ServicesTransitionResult,
  type ServicesTransitionRule,
} from './shared.js';
export * from './standard.js';
export * from './tracking.js';

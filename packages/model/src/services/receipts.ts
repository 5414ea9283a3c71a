import * as z from 'zod/mini';
import { personal } from '../common/personal.js';
import { matches } from '../common/text.js';
import { ComplaintPublic } from './complaint.js';
import { Answers, ServiceRequestPublic } from './request.js';
import { IkmResponseId, text } from './shared.js';
import { ComplaintTrackingNumber, ServiceRequestTrackingNumber } from './tracking.js';

/**
 * A secret handed to the citizen with the tracking number. Tracking numbers are guessable,
 * so only the receipt code proves that a caller filed the report and may add to it.
 */
export const ReceiptCode = z
  .string()
  .check(
    ...matches(
      /^[A-Za-z0-9_-]{22,64}$/,
      'kode tanda terima tidak valid',
      'the receipt code is not valid',
    ),
  );
export type ReceiptCode = z.infer<typeof ReceiptCode>;

/** The answer to a complaint submission: what the citizen keeps. */
export const ComplaintReceipt = z.object({
  trackingNumber: ComplaintTrackingNumber,
  receiptCode: ReceiptCode,
  complaint: ComplaintPublic,
});
export type ComplaintReceipt = z.infer<typeof ComplaintReceipt>;

/** The answer to a service request submission. */
export const ServiceRequestReceipt = z.object({
  trackingNumber: ServiceRequestTrackingNumber,
  receiptCode: ReceiptCode,
  request: ServiceRequestPublic,
});
export type ServiceRequestReceipt = z.infer<typeof ServiceRequestReceipt>;

/** What a reporter may do on their own complaint, proving it with the receipt code. */
export const ComplaintCitizenAction = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('provide-info'),
    receiptCode: ReceiptCode,
    /** What the reporter adds when asked; staff only. */
    information: personal(text(4000)),
  }),
  z.object({ action: z.literal('confirm'), receiptCode: ReceiptCode }),
  z.object({
    action: z.literal('reopen'),
    receiptCode: ReceiptCode,
    /** Why the follow-up is not enough; staff only. */
    reason: personal(text(2000)),
  }),
]);
export type ComplaintCitizenAction = z.infer<typeof ComplaintCitizenAction>;

/** The applicant resubmits a request returned for revision, proving it with the receipt code. */
export const ServiceRequestResubmission = z.object({
  receiptCode: ReceiptCode,
  /** Replaces the earlier answers when present; files are added through uploads. */
  answers: z.optional(Answers),
  note: z.optional(personal(text(2000))),
});
export type ServiceRequestResubmission = z.infer<typeof ServiceRequestResubmission>;

/** The answer to an IKM survey submission. */
export const IkmResponseReceipt = z.object({ id: IkmResponseId });
export type IkmResponseReceipt = z.infer<typeof IkmResponseReceipt>;

/**
 * Validation cost against JSON.parse of the same bytes, in one run (the machines are noisy,
 * so only the ratio means anything). Goal: parsing a 1,000-item page with the schemas costs
 * at most 2× JSON.parse. Run with `pnpm bench`.
 */
import { bench, describe } from 'vitest';
import { Page } from '../src/common/page.js';
import { NATIONAL_CALENDAR } from '../src/common/working-days.js';
import { Complaint, ComplaintPublic } from '../src/services/complaint.js';
import { toComplaintPublic } from '../src/services/complaint-lifecycle.js';
import { complaint } from '../src/services/fixtures.js';
import { toBusinessPublic } from '../src/umkm/business.js';
import { BusinessCatalogPage, toBusinessSummary } from '../src/umkm/catalog.js';
import { product, staffBusiness } from '../src/umkm/test-fixtures.js';

const N = 1000;

const businessPage = {
  items: Array.from({ length: N }, (_, i) => {
    const staff = staffBusiness({
      id: `usaha-${i}`,
      name: `Usaha Contoh ${i}`,
      verification: { status: 'verified' },
    });
    const pub = toBusinessPublic(staff);
    if (!pub) throw new Error('fixture is not public');
    return toBusinessSummary(pub, [product(), product({ id: `p-${i}` })], '2026-06-01');
  }),
  nextCursor: 'eyJrIjpbInVzYWhhLTk5OSJdfQ',
};
const businessJson = JSON.stringify(businessPage);

const complaints = Array.from({ length: N }, (_, i) =>
  complaint({ id: `adu-${i}`, trackingNumber: `ADU-3514-2026-${String(i + 1).padStart(6, '0')}` }),
);
const complaintJson = JSON.stringify({ items: complaints, nextCursor: null });
const ComplaintPage = Page(Complaint);
const publicComplaintJson = JSON.stringify({
  items: complaints.map((c) =>
    toComplaintPublic(c, {
      calendar: NATIONAL_CALENDAR,
      timeZone: 'Asia/Jakarta',
      lang: 'id',
      opdName: () => 'Dinas Pekerjaan Umum dan Penataan Ruang',
    }),
  ),
  nextCursor: null,
});
const PublicComplaintPage = Page(ComplaintPublic);

// Fail loudly rather than benchmark a page the schema refuses.
BusinessCatalogPage.parse(JSON.parse(businessJson));
ComplaintPage.parse(JSON.parse(complaintJson));
PublicComplaintPage.parse(JSON.parse(publicComplaintJson));

describe(`UMKM catalog page, ${N} businesses (${(businessJson.length / 1024).toFixed(0)} KB)`, () => {
  bench('JSON.parse', () => {
    JSON.parse(businessJson);
  });
  bench('JSON.parse + BusinessCatalogPage', () => {
    BusinessCatalogPage.parse(JSON.parse(businessJson));
  });
});

describe(`staff complaint page, ${N} complaints (${(complaintJson.length / 1024).toFixed(0)} KB)`, () => {
  bench('JSON.parse', () => {
    JSON.parse(complaintJson);
  });
  bench('JSON.parse + Page(Complaint)', () => {
    ComplaintPage.parse(JSON.parse(complaintJson));
  });
});

describe(`public complaint page, ${N} timelines (${(publicComplaintJson.length / 1024).toFixed(0)} KB)`, () => {
  bench('JSON.parse', () => {
    JSON.parse(publicComplaintJson);
  });
  bench('JSON.parse + Page(ComplaintPublic)', () => {
    PublicComplaintPage.parse(JSON.parse(publicComplaintJson));
  });
});

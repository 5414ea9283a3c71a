import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BIDANG_URUSAN,
  Business,
  Complaint,
  ComplaintPrivacy,
  ComplaintStatus,
  complaintDeadlines,
  computeIkm,
  IkmResponse,
  NATIONAL_CALENDAR,
  Opd,
  PlanningSchedule,
  ProductPublic,
  Proposal,
  ProposalSource,
  ProposalStatus,
  parseNik,
  parsePirtNumber,
  ServiceRequest,
  ServiceRequestStatus,
  ServiceStandard,
  serviceRequestDueDate,
  toBusinessPublic,
  toComplaintPublic,
  toProposalPublic,
  toServiceRequestPublic,
  VerificationStatus,
  WorkPlanEntry,
} from '@cerdas/model';
import { listChildren } from '@cerdas/wilayah';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../src/ids.js';
import {
  buildDemoData,
  DEFAULT_DEMO_NOW,
  DEMO_BUSINESS_NOTE,
  DEMO_MAIL_DOMAIN,
  type DemoData,
  demoReceiptCode,
  isDemoNik,
  isDemoPhone,
  seedDemo,
} from '../../src/seed/index.js';
import { openStorage } from '../../src/storage/index.js';
import { MemoryStorage } from './memory-storage.js';

const TIME_ZONE = 'Asia/Jakarta';
const DAY = 86_400_000;

function digest(data: DemoData): string {
  const { files: _files, ...records } = data;
  return createHash('sha256').update(JSON.stringify(records)).digest('hex');
}

function statusesOf<T>(items: readonly T[], status: (item: T) => string): string[] {
  return [...new Set(items.map(status))].sort();
}

/** Every string field named like a phone number anywhere in a value. */
function phonesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) phonesIn(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && /^(phone|whatsApp)$/.test(key)) found.push(v);
      else phonesIn(v, found);
    }
  }
  return found;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function emailsIn(text: string): string[] {
  return text.match(/[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+/gi) ?? [];
}

let data: DemoData;
let villageCodes: string[];
let districtCodes: string[];

beforeAll(async () => {
  data = await buildDemoData({ mediaDir: 'unused-by-build' });
  const districts = await listChildren('35.14');
  districtCodes = districts.map((d) => d.code);
  villageCodes = (await Promise.all(districtCodes.map((code) => listChildren(code))))
    .flat()
    .map((v) => v.code);
}, 60_000);

describe('demo data for Kabupaten Pasuruan', () => {
  it('puts businesses in all 24 kecamatan and all 365 desa/kelurahan of @cerdas/wilayah', () => {
    expect(districtCodes).toHaveLength(24);
    expect(villageCodes).toHaveLength(365);
    const villages = new Set(data.businesses.map((b) => b.location.villageCode));
    expect([...villages].sort()).toEqual([...villageCodes].sort());
  });

  it('has the regency OPDs and one OPD per kecamatan, together carrying every bidang urusan', () => {
    const kecamatan = data.opds.filter((o) => o.kind === 'kecamatan');
    expect(kecamatan.map((o) => o.districtCode).sort()).toEqual(districtCodes);
    expect(new Set(data.opds.map((o) => o.id)).size).toBe(data.opds.length);
    const carried = new Set(data.opds.flatMap((o) => o.bidang));
    expect([...carried].sort()).toEqual(BIDANG_URUSAN.map((b) => b.code).sort());
    const bidangOf = (id: string) => data.opds.find((o) => o.id === id)?.bidang;
    expect(bidangOf('dispendik')).toEqual(['1.01']);
    expect(bidangOf('dinkes')).toEqual(['1.02']);
    expect(bidangOf('dpupr')).toEqual(['1.03']);
    expect(bidangOf('dispendukcapil')).toEqual(['2.12']);
    expect(bidangOf('diskominfo')).toContain('2.16');
    expect(bidangOf('diskopum')).toEqual(['2.17']);
    expect(bidangOf('dpmptsp')).toEqual(['2.18']);
    expect(bidangOf('bappelitbangda')).toContain('5.01');
  });

  it('has the sizes of the tracker: 1,000 businesses, 300 proposals, 150 complaints, ~40 services', () => {
    expect(data.businesses).toHaveLength(1000);
    expect(data.proposals).toHaveLength(300);
    expect(data.complaints).toHaveLength(150);
    expect(data.serviceRequests).toHaveLength(120);
    expect(data.services.length).toBeGreaterThanOrEqual(38);
    expect(data.services.length).toBeLessThanOrEqual(50);
    expect(data.workPlan.length).toBeGreaterThanOrEqual(150);
    expect(data.workPlan.length).toBeLessThanOrEqual(250);
    const perBusiness = new Map<string, number>();
    for (const p of data.products)
      perBusiness.set(p.businessId, (perBusiness.get(p.businessId) ?? 0) + 1);
    expect(perBusiness.size).toBe(1000);
    for (const n of perBusiness.values()) {
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(8);
    }
  });

  it('has every status of every lifecycle, every proposal source and every privacy mode', () => {
    expect(statusesOf(data.proposals, (p) => p.status)).toEqual([...ProposalStatus.options].sort());
    expect(statusesOf(data.proposals, (p) => p.source)).toEqual([...ProposalSource.options].sort());
    expect(statusesOf(data.complaints, (c) => c.record.status)).toEqual(
      [...ComplaintStatus.options].sort(),
    );
    expect(statusesOf(data.complaints, (c) => c.record.privacy)).toEqual(
      [...ComplaintPrivacy.options].sort(),
    );
    expect(statusesOf(data.serviceRequests, (r) => r.record.status)).toEqual(
      [...ServiceRequestStatus.options].sort(),
    );
    expect(statusesOf(data.businesses, (b) => b.verification.status)).toEqual(
      [...VerificationStatus.options].sort(),
    );
    expect(statusesOf(data.businesses, (b) => b.scale)).toEqual(
      expect.arrayContaining(['mikro', 'kecil', 'menengah']),
    );
  });

  it('places proposals in real villages of every kecamatan, accommodated within their estimate', () => {
    const villages = new Set(villageCodes);
    for (const p of data.proposals) {
      expect(districtCodes).toContain(p.regionCode.slice(0, 8));
      if (p.source === 'musrenbang-desa') expect(villages.has(p.regionCode)).toBe(true);
      if (p.status === 'accommodated') expect(p.pagu).toBeLessThanOrEqual(p.estimatedCost);
    }
    expect(new Set(data.proposals.map((p) => p.regionCode.slice(0, 8))).size).toBe(24);
  });

  it('links work plan rows to accommodated proposals of the same year and sub kegiatan', () => {
    const proposals = new Map(data.proposals.map((p) => [p.id, p]));
    const years = new Set(data.workPlan.map((w) => w.fiscalYear));
    expect([...years].sort()).toEqual([2026, 2027]);
    let linked = 0;
    for (const row of data.workPlan) {
      for (const id of row.proposalIds) {
        const proposal = proposals.get(id);
        expect(proposal?.status).toBe('accommodated');
        expect(proposal?.subKegiatan).toBe(row.subKegiatan);
        expect(proposal?.fiscalYear).toBe(row.fiscalYear);
        linked += 1;
      }
    }
    expect(linked).toBeGreaterThan(50);
    const current = data.workPlan.filter((w) => w.fiscalYear === 2026);
    expect(current.filter((w) => w.progress).length).toBeGreaterThan(current.length / 2);
    expect(new Set(data.workPlan.map((w) => w.fundingSource)).size).toBeGreaterThanOrEqual(5);
  });

  it('publishes the six components of each service standard, with MPP and online channels', () => {
    for (const s of data.services) {
      if (s.status !== 'defunct') expect(s.requirements.length).toBeGreaterThan(0);
      expect(s.procedure.length).toBeGreaterThan(0);
      expect(s.completionDays).toBeGreaterThanOrEqual(0);
      expect(s.product.name).not.toBe('');
      expect(s.complaintHandling.channels.length).toBeGreaterThan(0);
      expect(s.channels.some((c) => c.kind === 'online' && c.url.includes('.example.id'))).toBe(
        true,
      );
      expect(s.channels.some((c) => c.kind === 'mpp' || c.kind === 'office')).toBe(true);
    }
    const names = data.services.map((s) => s.name).join('\n');
    for (const word of [
      'KTP-el',
      'Kartu Keluarga',
      'Akta Kelahiran',
      'PBG',
      'OSS',
      'Uji KIR',
      'Tera',
    ]) {
      expect(names).toContain(word);
    }
    expect(new Set(data.services.map((s) => s.fee.kind))).toEqual(
      new Set(['free', 'fixed', 'variable']),
    );
  });

  it('has IKM answers whose indices fall in different mutu bands', () => {
    const byService = groupBy(data.ikm, (r) => r.serviceId);
    const mutu = new Set<string>();
    for (const answers of byService.values()) {
      const result = computeIkm(answers);
      expect(result.ok).toBe(true);
      if (result.ok) mutu.add(result.value.mutu);
    }
    expect(byService.size).toBeGreaterThanOrEqual(5);
    expect(mutu.size).toBeGreaterThanOrEqual(3);
  });
});

describe('every record passes its schema', () => {
  it('reads back through the model schemas after a JSON round trip, as storage keeps them', () => {
    const all: [{ parse(v: unknown): unknown }, readonly unknown[]][] = [
      [Opd, data.opds],
      [PlanningSchedule, data.schedules],
      [ServiceStandard, data.services],
      [Business, data.businesses],
      [ProductPublic, data.products],
      [Proposal, data.proposals],
      [WorkPlanEntry, data.workPlan],
      [Complaint, data.complaints.map((c) => c.record)],
      [ServiceRequest, data.serviceRequests.map((r) => r.record)],
      [IkmResponse, data.ikm],
    ];
    for (const [schema, records] of all) {
      for (const record of records) {
        const stored = JSON.parse(JSON.stringify(record));
        expect(schema.parse(stored)).toEqual(stored);
      }
    }
  });
});

describe('plainly demo data', () => {
  it('uses NIKs that parse but carry the demo serial 9000–9999, in the right kecamatan', () => {
    const owners = data.businesses.flatMap((b) =>
      b.owner.nik ? [[b.owner.nik, b.owner.homeAddress.villageCode] as const] : [],
    );
    const applicants = data.serviceRequests.map(
      (r) => [r.record.applicant.nik, r.record.applicant.address?.villageCode ?? ''] as const,
    );
    expect(owners.length).toBeGreaterThan(700);
    for (const [nik, village] of [...owners, ...applicants]) {
      const parsed = parseNik(nik);
      expect(parsed.ok && parsed.value.regionPrefix).toBe(village.slice(0, 8));
      expect(isDemoNik(nik)).toBe(true);
    }
  });

  it('uses phone numbers only from the reserved 0000 blocks and e-mail only on example domains', () => {
    const phones = phonesIn([
      data.businesses,
      data.complaints,
      data.serviceRequests,
      data.proposals,
    ]);
    expect(phones.length).toBeGreaterThan(2000);
    for (const phone of phones) expect(isDemoPhone(phone), phone).toBe(true);
    const emails = emailsIn(JSON.stringify(data));
    expect(emails.length).toBeGreaterThan(500);
    for (const email of emails) {
      expect(email).toMatch(
        new RegExp(`@(example\\.id|example\\.org|${DEMO_MAIL_DOMAIN.replaceAll('.', '\\.')})$`),
      );
    }
  });

  it('says so in every free text that could pass for real, and uses demo number ranges', () => {
    for (const b of data.businesses) {
      expect(b.description.endsWith(DEMO_BUSINESS_NOTE)).toBe(true);
      if (b.nib) expect(b.nib.startsWith('0000')).toBe(true);
      for (const link of b.links)
        expect(new URL(link.url).hostname.endsWith('.example.id')).toBe(true);
      for (const cert of b.certifications) {
        if (cert.kind === 'pirt') {
          const parsed = parsePirtNumber(cert.number);
          expect(parsed.ok && parsed.value.regencyCode).toBe('35.14');
        }
        if (cert.kind === 'halal') expect(cert.number.startsWith('ID35140000')).toBe(true);
      }
    }
    for (const p of data.proposals) expect(p.problem).toContain('data demo');
    for (const c of data.complaints) expect(c.record.description).toContain('data demo');
    for (const s of data.services) expect(s.description).toContain('data demo');
    expect(data.businesses.some((b) => b.certifications.some((c) => c.kind === 'pirt'))).toBe(true);
  });
});

describe('dates', () => {
  const now = DEFAULT_DEMO_NOW.getTime();

  it('spread citizens’ records over the 12 months before now, with lifecycles in order', () => {
    const inYear = (at: string) => {
      const ms = Date.parse(at);
      expect(ms).toBeLessThanOrEqual(now);
      expect(ms).toBeGreaterThanOrEqual(now - 366 * DAY);
    };
    for (const b of data.businesses) {
      inYear(b.createdAt);
      inYear(b.updatedAt);
    }
    for (const { record } of [...data.complaints, ...data.serviceRequests]) {
      inYear(record.createdAt);
      const times = record.history.map((h) => Date.parse(h.at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(record.updatedAt).toBe(record.history.at(-1)?.at);
    }
    for (const p of data.proposals) {
      const times = p.history.map((h) => Date.parse(h.at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(Math.max(...times, Date.parse(p.createdAt))).toBeLessThanOrEqual(now);
    }
    const created = data.complaints.map((c) => Date.parse(c.record.createdAt));
    expect(Math.max(...created) - Math.min(...created)).toBeGreaterThan(300 * DAY);
  });

  it('numbers complaints and requests in filing order per year', () => {
    const numbers = [data.complaints, data.serviceRequests].map((list) =>
      list.map((c) => c.record.trackingNumber),
    );
    for (const list of numbers) {
      for (const items of groupBy(list, (n) => n.slice(0, 13)).values()) {
        const sequences = items.map((n) => Number(n.slice(-6)));
        expect(sequences).toEqual(sequences.map((_, i) => i + 1));
      }
    }
  });

  it('gives every complaint and request a computable due date', () => {
    for (const { record } of data.complaints) {
      const d = complaintDeadlines(record, NATIONAL_CALENDAR, TIME_ZONE);
      expect(d.verification.ok && (d.followUp?.ok ?? true) && (d.confirmation?.ok ?? true)).toBe(
        true,
      );
    }
    for (const { record } of data.serviceRequests) {
      expect(serviceRequestDueDate(record, NATIONAL_CALENDAR, TIME_ZONE).ok).toBe(true);
    }
  });

  it('moves a now in 2027, a year without a calendar, back to the end of 2026', async () => {
    const late = await buildDemoData({ now: new Date('2027-03-15T09:00:00+07:00'), scale: 0.2 });
    expect(late.clamped).toBe(true);
    expect(late.now.startsWith('2026-12-31')).toBe(true);
    const { files: _files, ...records } = late;
    expect(JSON.stringify(records)).not.toMatch(/"2027-\d\d-\d\dT/);
    for (const { record } of late.complaints) {
      const d = complaintDeadlines(record, NATIONAL_CALENDAR, TIME_ZONE);
      expect(d.verification.ok && (d.followUp?.ok ?? true) && (d.confirmation?.ok ?? true)).toBe(
        true,
      );
    }
  });

  it('keeps to the covered years of a custom calendar, making fewer records where history is short', async () => {
    const only2026 = {
      ...NATIONAL_CALENDAR,
      years: NATIONAL_CALENDAR.years.filter((y) => y.year === 2026),
      days: NATIONAL_CALENDAR.days.filter((d) => d.date.startsWith('2026-')),
    };
    const short = await buildDemoData({
      now: new Date('2026-01-12T09:00:00+07:00'),
      calendar: only2026,
      scale: 0.2,
    });
    const records = [
      ...short.businesses,
      ...short.complaints.map((c) => c.record),
      ...short.serviceRequests.map((r) => r.record),
    ];
    for (const record of records) expect(record.createdAt >= '2026-01-01').toBe(true);
    expect(short.proposals.every((p) => p.fiscalYear === 2027)).toBe(true);
    for (const { record } of short.complaints) {
      const d = complaintDeadlines(record, only2026, TIME_ZONE);
      expect(d.verification.ok && (d.followUp?.ok ?? true) && (d.confirmation?.ok ?? true)).toBe(
        true,
      );
    }
  });

  it('seeds from early in a covered year and refuses a now before any calendar', async () => {
    const early = await buildDemoData({ now: new Date('2026-01-06T09:00:00+07:00'), scale: 0.2 });
    expect(early.complaints.length).toBeGreaterThan(0);
    await expect(
      buildDemoData({ now: new Date('2024-06-01T00:00:00Z'), scale: 0.1 }),
    ).rejects.toThrow(RangeError);
  });
});

describe('determinism', () => {
  it('gives the same records with and without media, which only add photos and files', async () => {
    const plain = await buildDemoData({ scale: 0.2 });
    const withMedia = await buildDemoData({ scale: 0.2, mediaDir: 'unused-by-build' });
    expect(plain.uploads).toHaveLength(0);
    expect(withMedia.uploads.length).toBeGreaterThan(0);
    const noPhotos = <T extends { photos: unknown[] }>(r: T) => ({ ...r, photos: [] });
    expect(withMedia.businesses.map(noPhotos)).toEqual(plain.businesses);
    expect(withMedia.products.map(noPhotos)).toEqual(plain.products);
    expect(withMedia.proposals.map(noPhotos)).toEqual(plain.proposals);
    expect(withMedia.complaints.map((c) => ({ ...c.record, photoIds: [] }))).toEqual(
      plain.complaints.map((c) => c.record),
    );
    expect(withMedia.workPlan).toEqual(plain.workPlan);
  });

  it('gives identical records for the same seed and different ones for another seed', async () => {
    const again = await buildDemoData({ mediaDir: 'unused-by-build' });
    expect(digest(again)).toBe(digest(data));
    const other = await buildDemoData({ seed: 7, scale: 0.1 });
    const same = await buildDemoData({ seed: 7, scale: 0.1 });
    const another = await buildDemoData({ seed: 8, scale: 0.1 });
    expect(digest(same)).toBe(digest(other));
    expect(digest(another)).not.toBe(digest(other));
    expect(digest(data)).toMatchSnapshot();
  }, 60_000);
});

describe('no personal data in public shapes', () => {
  it('keeps owners, private numbers and unshown streets out of the UMKM shop window', () => {
    for (const b of data.businesses) {
      const shown = toBusinessPublic(b);
      if (b.verification.status === 'suspended') {
        expect(shown).toBeUndefined();
        continue;
      }
      const text = JSON.stringify(shown);
      const hidden = [
        b.owner.phone,
        b.owner.nik,
        b.owner.email,
        b.payment.nmid,
        b.verification.reason,
      ];
      if (!b.contact.publicWhatsApp) hidden.push(b.contact.whatsApp?.slice(1));
      if (!b.contact.publicPhone) hidden.push(b.contact.phone);
      if (!b.location.showStreet) hidden.push(b.location.street, b.owner.homeAddress.street);
      for (const secret of hidden) if (secret) expect(text).not.toContain(secret);
      expect(text).not.toContain('"owner"');
      if (!b.location.showStreet) expect(shown?.location.geo).toBeUndefined();
    }
  });

  it('shows no reporter, contact, applicant or internal note in public tracking views', () => {
    const options = {
      lang: 'id' as const,
      calendar: NATIONAL_CALENDAR,
      timeZone: TIME_ZONE,
      opdName: () => undefined,
    };
    for (const { record } of data.complaints) {
      const text = JSON.stringify(toComplaintPublic(record, options));
      for (const secret of [
        record.reporter?.name,
        record.reporter?.phone,
        record.reporter?.email,
        record.regionCode,
      ]) {
        if (secret && secret.length > 8) expect(text).not.toContain(secret);
      }
      for (const h of record.history)
        if (h.internalNote) expect(text).not.toContain(h.internalNote);
      if (record.privacy === 'confidential') expect(text).not.toContain(record.description);
    }
    for (const p of data.proposals) {
      const text = JSON.stringify(toProposalPublic(p));
      if (p.contactPerson) {
        expect(text).not.toContain(p.contactPerson.phone);
        expect(text).not.toContain(p.contactPerson.name);
      }
      expect(text).not.toContain('actorId');
      expect(text).not.toContain('internalNote');
    }
    for (const { record } of data.serviceRequests) {
      const service = data.services.find((s) => s.id === record.serviceId);
      const text = JSON.stringify(
        toServiceRequestPublic(record, {
          serviceName: service?.name ?? '',
          calendar: NATIONAL_CALENDAR,
          timeZone: TIME_ZONE,
          lang: 'id',
        }),
      );
      const { applicant } = record;
      for (const secret of [
        applicant.name,
        applicant.nik,
        applicant.phone,
        applicant.email,
        applicant.address?.line,
      ]) {
        if (secret) expect(text).not.toContain(secret);
      }
    }
  });
});

describe('scale', () => {
  it('multiplies businesses, complaints, requests and proposals by the scale', async () => {
    const big = await buildDemoData({ scale: 3 });
    expect(big.businesses).toHaveLength(3 * data.businesses.length);
    expect(big.complaints).toHaveLength(3 * data.complaints.length);
    expect(big.serviceRequests).toHaveLength(3 * data.serviceRequests.length);
    expect(big.proposals).toHaveLength(3 * data.proposals.length);
    expect(big.opds).toHaveLength(data.opds.length);
    expect(big.services).toHaveLength(data.services.length);
  }, 60_000);
});

describe('seedDemo', () => {
  it('writes through the repositories in batches and continues the tracking counters', async () => {
    const storage = new MemoryStorage();
    const summary = await seedDemo(storage, { scale: 0.3 });
    expect(summary.counts.businesses).toBe(300);
    expect(await storage.complaints.count()).toBe(summary.counts.complaints);
    expect((await storage.opds.all()).length).toBe(summary.counts.opds);
    expect((await storage.proposals.forYear(2027)).length).toBeGreaterThan(0);
    expect(storage.transactions).toBeGreaterThan(5);
    expect(storage.transactions).toBeLessThan(40);
    const last = [...storage.rows<Complaint>('complaints')]
      .map((c) => c.trackingNumber)
      .filter((n) => n.startsWith('ADU-3514-2026'))
      .sort()
      .at(-1);
    expect(await storage.sequences.next('ADU-3514-2026')).toBe(Number(last?.slice(-6)) + 1);
    const complaint = storage.rows<Complaint>('complaints')[0] as Complaint;
    const stored = await storage.complaints.get(complaint.id);
    expect(stored?.receiptHash).toBe(
      hashSecret(demoReceiptCode(summary.seed, complaint.trackingNumber)),
    );
  });

  it('refuses a database that already holds tracking numbers', async () => {
    const storage = new MemoryStorage();
    await storage.sequences.next('ADU-3514-2026');
    await expect(seedDemo(storage, { scale: 0.1 })).rejects.toThrow(/empty database/);
  });

  it('writes placeholder photos and documents when given a media directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cerdas-seed-'));
    try {
      const storage = new MemoryStorage();
      const summary = await seedDemo(storage, { scale: 0.2, mediaDir: dir });
      expect(summary.counts.uploads).toBeGreaterThan(0);
      const uploads = new Map(
        storage
          .rows<{ id: string; path: string; owner: string; bytes: number }>('uploads')
          .map((u) => [u.id, u]),
      );
      for (const business of storage.rows<Business>('businesses')) {
        for (const photo of business.photos)
          expect(uploads.get(photo.id)?.owner).toBe(`business:${business.id}`);
      }
      const complaints = storage.rows<Complaint>('complaints');
      expect(complaints.some((c) => c.photoIds.length > 0)).toBe(true);
      expect(complaints.some((c) => c.photoIds.length === 0)).toBe(true);
      for (const c of complaints)
        for (const id of c.photoIds) expect(uploads.get(id)?.owner).toBe(`complaint:${c.id}`);
      for (const r of storage.rows<ServiceRequest>('serviceRequests')) {
        for (const a of r.attachments) expect(uploads.get(a.id)?.owner).toBe(`request:${r.id}`);
      }
      const sample = [...uploads.values()].slice(0, 20);
      for (const upload of sample) {
        const bytes = await readFile(join(dir, ...upload.path.split('/')));
        expect(bytes.length).toBe(upload.bytes);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('seeds 1,000 businesses into SQLite in a few seconds', async () => {
    const storage = openStorage({ url: 'sqlite::memory:' });
    await storage.migrate();
    try {
      const started = performance.now();
      const summary = await seedDemo(storage);
      const elapsed = performance.now() - started;
      console.info(`seedDemo on SQLite (in memory): ${Math.round(elapsed)} ms`, summary.counts);
      expect(summary.counts.businesses).toBe(1000);
      expect(elapsed).toBeLessThan(15_000);
      expect(await storage.isEmpty()).toBe(false);
      expect(await storage.complaints.count()).toBe(150);
      // Same records as with media, minus the photos (no media directory here).
      const business = data.businesses.find((b) => b.photos.length > 0) as Business;
      expect(await storage.businesses.get(business.id)).toEqual({ ...business, photos: [] });
    } finally {
      await storage.close();
    }
  }, 60_000);
});

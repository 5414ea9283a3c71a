import { contract, type OperationId, umkmRoutes } from '@cerdas/model';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { pngBlob } from '../../server/test/support/png.js';
import { startTestServer, type TestServer } from '../../server/test/support/server.js';
import {
  type CerdasClient,
  CerdasHttpError,
  createCerdasClient,
  createClientFor,
} from '../src/index.js';

/**
 * Every route of the contract through the client, against the real server on a random port
 * over an in-memory database, including errors with field messages in both languages.
 */
let server: TestServer;
let api: CerdasClient;
let as: (role: keyof TestServer['tokens']) => CerdasClient;
const used = new Set<OperationId>();

beforeAll(async () => {
  server = await startTestServer();
  const record = (request: Request) => {
    const url = new URL(request.url);
    for (const [id, route] of Object.entries(contract)) {
      const pattern = new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`);
      if (route.method === request.method && pattern.test(url.pathname))
        used.add(id as OperationId);
    }
  };
  const make = (token?: string) =>
    createCerdasClient({
      baseUrl: server.url,
      ...(token ? { token } : {}),
      hooks: { beforeRequest: record },
    });
  api = make();
  as = (role) => make(server.tokens[role]);
}, 60_000);
afterAll(() => server?.close());

const SCORES = {
  persyaratan: 4,
  prosedur: 3,
  waktu: 3,
  biaya: 4,
  produk: 4,
  kompetensi: 3,
  perilaku: 4,
  sarana: 3,
  pengaduan: 3,
};

describe('every route through the client', () => {
  it('regions', async () => {
    expect(await api.regions.provinces()).toHaveLength(38);
    const [hit] = await api.regions.search({ q: 'kab pasuruan', level: 'regency' });
    expect(hit?.code).toBe('35.14');
    const { ancestors } = await api.regions.get('35.14.01.2001');
    expect(ancestors.map((r) => r.code)).toEqual(['35', '35.14', '35.14.01']);
    expect(await api.regions.children('35.14')).toHaveLength(24);
  });

  it('tokens and OPD', async () => {
    const admin = as('admin');
    const { token } = await admin.tokens.create({
      role: 'kecamatan',
      label: 'Kecamatan uji',
      regionCode: '35.14.02',
    });
    expect((await admin.tokens.me()).role).toBe('admin');
    expect((await admin.tokens.list()).map((t) => t.id)).toContain(token.id);
    await admin.tokens.revoke(token.id);
    const page = await api.opd.list({ limit: 5 });
    const opd = await api.opd.get(page.items[0]?.id as string);
    await as('bappeda').opd.create({ ...opd, id: 'opd-klien-uji', name: 'OPD Klien Uji' });
    const { id: _id, ...fields } = opd;
    await admin.opd.update('opd-klien-uji', { ...fields, name: 'OPD Klien Uji Baru' });
  });

  it('planning', async () => {
    const schedule = await api.planning.schedules.get(2027);
    await as('bappeda').planning.schedules.put(2027, schedule);
    expect((await api.planning.proposals.rules()).length).toBeGreaterThan(0);
    const published = await api.planning.proposals.list({ year: 2026, limit: 3 });
    await api.planning.proposals.get(published.items[0]?.id as string);
    const desa = as('desa');
    const draft = await desa.planning.proposals.create({
      source: 'musrenbang-desa',
      fiscalYear: 2027,
      regionCode: server.village,
      bidangUrusan: '1.03',
      title: 'Perbaikan jembatan dusun',
      problem: 'Jembatan kayu lapuk dan berbahaya bagi anak sekolah.',
      volume: 1,
      unit: 'unit',
      estimatedCost: 250_000_000,
      priority: 1,
    });
    await desa.planning.proposals.update(draft.id, { priority: 2 });
    const submitted = await desa.planning.proposals.transition(draft.id, { action: 'submit' });
    expect(submitted.status).toBe('submitted');
    await as('kecamatan').planning.proposals.staff.list({ limit: 5 });
    await as('kecamatan').planning.proposals.staff.get(draft.id);
    const other = as('opdOther');
    const rows = await api.planning.workPlan.list({ opd: server.opds.other, limit: 1 });
    const {
      id: _r,
      progress: _p,
      createdAt: _c,
      updatedAt: _u,
      ...row
    } = rows.items[0] as NonNullable<(typeof rows.items)[number]>;
    const added = await other.planning.workPlan.create({ ...row, fiscalYear: 2027 });
    await other.planning.workPlan.progress(added.id, {
      physicalPercent: 5,
      financialRealisation: 0,
    });
    const summary = await api.planning.summary({ year: 2026 });
    expect(summary.totalPagu).toBeGreaterThan(0);
  });

  it('UMKM, with cursor iteration', async () => {
    const first = await api.umkm.list({ limit: 2 });
    const id = first.items[0]?.id as string;
    await api.umkm.get(id);
    await api.umkm.products.list(id, { limit: 5 });
    let seen = 0;
    for await (const business of api.umkm.iterate({ districtCode: '35.14.01', limit: 10 })) {
      expect(business.districtCode).toBe('35.14.01');
      seen += 1;
    }
    let pages = 0;
    for await (const page of api.umkm.pages({ districtCode: '35.14.01', limit: 10 }))
      pages += page.items.length > 0 ? 1 : 0;
    expect(pages).toBe(Math.ceil(seen / 10));
    const dinas = as('opdUmkm');
    await dinas.umkm.staff.list({ status: 'pending', limit: 5 });
    const staff = await dinas.umkm.staff.get(id);
    expect(staff.owner.name).toEqual(expect.any(String));
    const photo = await dinas.umkm.photos.upload(id, { file: pngBlob() as File, alt: 'Etalase' });
    await dinas.umkm.update(id, { photoIds: [photo.id] });
    const created = await dinas.umkm.create({
      name: 'Anyaman Bambu Klien Uji',
      description: 'Anyaman bambu halus untuk uji klien dari sumber yang tepercaya.',
      owner: {
        name: 'Pemilik Uji',
        phone: '081200002222',
        homeAddress: { street: 'Dusun Uji', villageCode: server.village },
      },
      scale: 'mikro',
      location: { villageCode: server.village },
    });
    await dinas.umkm.verify(created.id, { status: 'verified' });
    const product = await dinas.umkm.products.create(created.id, {
      name: 'Keranjang bambu',
      price: { type: 'fixed', amount: 45_000 },
      unit: 'pcs',
      category: 'Kerajinan',
    });
    await dinas.umkm.products.update(created.id, product.id, { availability: 'out-of-stock' });
    await dinas.umkm.products.delete(created.id, product.id);
  });

  it('services and requests', async () => {
    const admin = as('admin');
    const page = await api.services.list({ limit: 50 });
    const standard = page.items.find((s) => s.status === 'active');
    if (!standard) throw new Error('no active standard');
    await api.services.get(standard.id);
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = standard;
    const created = await admin.services.create({
      ...fields,
      name: 'Layanan Klien Uji',
      requirements: [],
    });
    await admin.services.update(created.id, { completionDays: 3 });
    const receipt = await api.serviceRequests.submit({
      serviceId: created.id,
      applicant: { name: 'Pemohon Uji', nik: '3514010101900003', phone: '081200003333' },
    });
    await api.serviceRequests.track(receipt.trackingNumber);
    const list = await admin.serviceRequests.staff.list({ limit: 50 });
    const request = list.items.find((r) => r.trackingNumber === receipt.trackingNumber);
    await admin.serviceRequests.staff.get(request?.id as string);
    await admin.serviceRequests.transition(request?.id as string, {
      action: 'request-revision',
      note: 'Lengkapi KK.',
    });
    const again = await api.serviceRequests.resubmit(receipt.trackingNumber, {
      receiptCode: receipt.receiptCode,
    });
    expect(again.status).toBe('submitted');
  });

  it('complaints, uploads and IKM', async () => {
    const upload = await api.uploads.create({
      file: pngBlob() as File,
      purpose: 'complaint-photo',
    });
    const receipt = await api.complaints.submit({
      kind: 'pengaduan',
      category: 'kebersihan',
      title: 'Sampah menumpuk di pasar',
      description: 'Sampah tidak diangkut sejak tiga hari di sisi timur pasar.',
      regionCode: server.district,
      photoIds: [upload.id],
      reporter: { email: 'pelapor.klien@example.id' },
    });
    expect((await api.complaints.track(receipt.trackingNumber)).status).toBe('received');
    const admin = as('admin');
    const list = await admin.complaints.staff.list({ status: 'received', limit: 100 });
    const stored = list.items.find((c) => c.trackingNumber === receipt.trackingNumber);
    await admin.complaints.staff.get(stored?.id as string);
    await admin.complaints.transition(stored?.id as string, {
      action: 'request-info',
      reason: 'Di los berapa?',
    });
    const updated = await api.complaints.citizenAction(receipt.trackingNumber, {
      action: 'provide-info',
      receiptCode: receipt.receiptCode,
      information: 'Los sayur nomor 12.',
    });
    expect(updated.trackingNumber).toBe(receipt.trackingNumber);
    const [standard] = (await api.services.list({ limit: 1 })).items;
    await api.ikm.submit({ serviceId: standard?.id as string, scores: SCORES });
    const report = await api.ikm.report({ service: standard?.id });
    expect(report.result?.mutu).toMatch(/^[ABCD]$/);
  });

  it('stats', async () => {
    const stats = await api.stats.overview();
    expectTypeOf(stats.complaints.open).toEqualTypeOf<number>();
    expect(stats.regionCode).toBe('35.14');
    expect(stats.services.standards).toBeGreaterThan(0);
  });

  it('used every route of the contract', () => {
    expect([...used].sort()).toEqual(Object.keys(contract).sort());
  });
});

describe('errors through the client', () => {
  it('throws CerdasHttpError with field messages in Indonesian, or English on request', async () => {
    const bad = {
      kind: 'pengaduan',
      category: 'kebersihan',
      title: '',
      description: 'x',
      regionCode: '35',
    };
    const id = await api.complaints.submit(bad as never).catch((e: unknown) => e);
    expect(id).toBeInstanceOf(CerdasHttpError);
    const error = id as CerdasHttpError;
    expect(error.status).toBe(400);
    expect(error.fieldErrors.map((f) => f.path)).toContain('title');
    expect(error.problem.title).toBe('Data tidak valid');
    const en = createCerdasClient({ baseUrl: server.url, language: 'en' });
    const english = (await en.complaints
      .submit(bad as never)
      .catch((e: unknown) => e)) as CerdasHttpError;
    expect(english.problem.title).toBe('Invalid data');
    expect(english.fieldErrors.find((f) => f.path === 'title')?.message).toMatch(/^title: /);
  });

  it('turns 401, 403 and 404 into CerdasHttpError with the status', async () => {
    const noToken = await api.tokens.me().catch((e: unknown) => e);
    expect((noToken as CerdasHttpError).status).toBe(401);
    const wrongRole = await as('desa')
      .tokens.list()
      .catch((e: unknown) => e);
    expect((wrongRole as CerdasHttpError).status).toBe(403);
    const missing = await api.umkm.get('tidak-ada').catch((e: unknown) => e);
    expect((missing as CerdasHttpError).status).toBe(404);
  });
});

describe('types come from the contract', () => {
  it('a domain client carries only its domain', () => {
    const umkm = createClientFor(umkmRoutes, { baseUrl: server.url });
    expect(Object.keys(umkm)).toEqual(['umkm']);
    expectTypeOf(umkm.umkm.get).parameter(0).toEqualTypeOf<string | number>();
    expectTypeOf(api.complaints.track).returns.resolves.toHaveProperty('timeline');
  });
});

import { contract, type OperationId, successStatusOf } from '@cerdas/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngBlob } from '../support/png.js';
import { type Caller, startTestServer, type TestServer } from '../support/server.js';

/**
 * One successful call of every route of the contract, with a body built from the seeded
 * records, each response parsed against the contract by the server itself. The last test
 * proves no route was left out.
 */
let server: TestServer;
const covered = new Set<OperationId>();
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server?.close());

async function call(
  operationId: OperationId,
  params: Record<string, string> = {},
  init: { as?: Caller; json?: unknown; body?: BodyInit; query?: string; key?: string } = {},
) {
  const route = contract[operationId];
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
  const response = await server.fetch(`${path}${init.query ? `?${init.query}` : ''}`, {
    method: route.method,
    ...(init.as ? { as: init.as } : {}),
    ...(init.json !== undefined ? { json: init.json } : {}),
    ...(init.body ? { body: init.body } : {}),
    ...(init.key ? { headers: { 'idempotency-key': init.key } } : {}),
  });
  const text = await response.text();
  expect(response.status, `${operationId}: ${text}`).toBe(successStatusOf(route));
  covered.add(operationId);
  return text ? JSON.parse(text) : undefined;
}

describe('every route answers a valid request', () => {
  it('regions', async () => {
    expect(await call('regions.provinces')).toHaveLength(38);
    const [hit] = await call('regions.search', {}, { query: 'q=kab%20pasuruan&level=regency' });
    expect(hit.code).toBe('35.14');
    const got = await call('regions.get', { code: '35.14.01.2001' });
    expect(got.ancestors.map((r: { code: string }) => r.code)).toEqual(['35', '35.14', '35.14.01']);
    expect(await call('regions.children', { code: '35.14' })).toHaveLength(24);
  });

  it('tokens and OPD', async () => {
    const created = await call(
      'tokens.create',
      {},
      {
        as: 'admin',
        json: { role: 'bappeda', label: 'Bappeda uji rute' },
      },
    );
    await call('tokens.me', {}, { as: 'admin' });
    await call('tokens.list', {}, { as: 'admin' });
    await call('tokens.revoke', { id: created.token.id }, { as: 'admin' });
    const page = await call('opd.list', {}, { query: 'limit=5' });
    const opd = await call('opd.get', { id: page.items[0].id });
    await call(
      'opd.create',
      {},
      { as: 'bappeda', json: { ...opd, id: 'opd-uji-rute', name: 'OPD Uji Rute' } },
    );
    const { id: _id, ...fields } = opd;
    await call(
      'opd.update',
      { id: 'opd-uji-rute' },
      { as: 'admin', json: { ...fields, name: 'OPD Uji Rute Baru' } },
    );
  });

  it('planning', async () => {
    const schedule = await call('planning.schedules.get', { year: '2027' });
    await call('planning.schedules.put', { year: '2027' }, { as: 'bappeda', json: schedule });
    await call('planning.proposals.rules');
    const list = await call('planning.proposals.list', {}, { query: 'limit=3&year=2026' });
    await call('planning.proposals.get', { id: list.items[0].id });
    const draft = await call(
      'planning.proposals.create',
      {},
      {
        as: 'desa',
        key: 'route-test-proposal-1',
        json: {
          source: 'musrenbang-desa',
          fiscalYear: 2027,
          regionCode: server.village,
          bidangUrusan: '1.03',
          title: 'Pembangunan jalan rabat beton',
          problem: 'Jalan tanah licin dan berlumpur saat musim hujan.',
          volume: 200,
          unit: 'm',
          estimatedCost: 120_000_000,
          priority: 2,
        },
      },
    );
    await call(
      'planning.proposals.update',
      { id: draft.id },
      { as: 'desa', json: { priority: 1 } },
    );
    await call(
      'planning.proposals.transition',
      { id: draft.id },
      { as: 'desa', json: { action: 'submit' } },
    );
    await call('planning.proposals.staff.list', {}, { as: 'kecamatan', query: 'limit=5' });
    await call('planning.proposals.staff.get', { id: draft.id }, { as: 'kecamatan' });
    const rows = await call(
      'planning.workPlan.list',
      {},
      { query: `limit=5&opd=${server.opds.other}` },
    );
    const { id: _rowId, progress: _progress, createdAt: _c, updatedAt: _u, ...row } = rows.items[0];
    const added = await call(
      'planning.workPlan.create',
      {},
      {
        as: 'opdOther',
        json: { ...row, fiscalYear: 2027, proposalIds: [] },
      },
    );
    await call(
      'planning.workPlan.progress',
      { id: added.id },
      {
        as: 'opdOther',
        json: { physicalPercent: 10, financialRealisation: Math.floor(added.pagu / 20) },
      },
    );
    const summary = await call('planning.summary', {}, { query: 'year=2026' });
    expect(summary.fiscalYear).toBe(2026);
  });

  it('UMKM', async () => {
    const page = await call('umkm.list', {}, { query: 'limit=2' });
    const id = page.items[0].id as string;
    await call('umkm.get', { id });
    await call('umkm.products.list', { id }, { query: 'limit=5' });
    await call('umkm.staff.list', {}, { as: 'opdUmkm', query: 'status=pending&limit=5' });
    const business = await call('umkm.staff.get', { id }, { as: 'opdUmkm' });
    expect(business.owner.name).toEqual(expect.any(String));
    const form = new FormData();
    form.set('file', pngBlob(), 'etalase.png');
    const photo = await call('umkm.photos.upload', { id }, { as: 'opdUmkm', body: form });
    await call('umkm.update', { id }, { as: 'opdUmkm', json: { photoIds: [photo.id] } });
    const created = await call(
      'umkm.create',
      {},
      {
        as: 'admin',
        key: 'route-test-business-1',
        json: {
          name: 'Batik Tulis Uji Rute',
          description: 'Batik tulis motif bunga sedap malam, dibuat untuk uji rute.',
          owner: {
            name: 'Pemilik Batik',
            phone: '081200009999',
            homeAddress: { street: 'Dusun Sumber', villageCode: server.village },
          },
          scale: 'mikro',
          location: { villageCode: server.village },
        },
      },
    );
    await call('umkm.verify', { id: created.id }, { as: 'opdUmkm', json: { status: 'verified' } });
    const product = await call(
      'umkm.products.create',
      { id: created.id },
      {
        as: 'opdUmkm',
        key: 'route-test-product-1',
        json: {
          name: 'Kain batik 2 m',
          price: { type: 'fixed', amount: 350_000 },
          unit: 'pcs',
          category: 'Kerajinan',
        },
      },
    );
    await call(
      'umkm.products.update',
      { id: created.id, productId: product.id },
      {
        as: 'opdUmkm',
        json: { availability: 'preorder' },
      },
    );
    await call(
      'umkm.products.delete',
      { id: created.id, productId: product.id },
      { as: 'opdUmkm' },
    );
  });

  it('service standards and requests', async () => {
    const page = await call('services.list', {}, { query: 'limit=50' });
    const standard = page.items.find(
      (s: { status: string; opdId: string }) => s.status === 'active',
    );
    await call('services.get', { id: standard.id });
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = standard;
    const created = await call(
      'services.create',
      {},
      {
        as: 'admin',
        key: 'route-test-standard-1',
        json: { ...fields, name: 'Layanan Uji Rute', requirements: [] },
      },
    );
    await call('services.update', { id: created.id }, { as: 'admin', json: { completionDays: 2 } });
    const receipt = await call(
      'serviceRequests.submit',
      {},
      {
        key: 'route-test-request-1',
        json: {
          serviceId: created.id,
          applicant: { name: 'Warga Uji', nik: '3514010101900002', phone: '081200001111' },
        },
      },
    );
    await call('serviceRequests.track', { trackingNumber: receipt.trackingNumber });
    await call('serviceRequests.staff.list', {}, { as: 'admin', query: 'limit=5' });
    const stored = await server.storage.serviceRequests.getByTrackingNumber(receipt.trackingNumber);
    const id = stored?.record.id as string;
    await call('serviceRequests.staff.get', { id }, { as: 'admin' });
    await call(
      'serviceRequests.transition',
      { id },
      {
        as: 'admin',
        json: { action: 'request-revision', note: 'Lengkapi nomor KK.' },
      },
    );
    await call(
      'serviceRequests.resubmit',
      { trackingNumber: receipt.trackingNumber },
      {
        key: 'route-test-resubmit-1',
        json: { receiptCode: receipt.receiptCode, answers: { kk: '3514010101010001' } },
      },
    );
  });

  it('complaints, uploads and IKM', async () => {
    const form = new FormData();
    form.set('file', pngBlob(), 'lubang.png');
    form.set('purpose', 'complaint-photo');
    const upload = await call('uploads.create', {}, { body: form, key: 'route-test-upload-1' });
    const receipt = await call(
      'complaints.submit',
      {},
      {
        key: 'route-test-complaint-1',
        json: {
          kind: 'pengaduan',
          category: 'infrastruktur-jalan',
          title: 'Jalan rusak dekat sekolah',
          description: 'Aspal mengelupas sepanjang 50 meter di depan SD negeri.',
          regionCode: server.village,
          photoIds: [upload.id],
          reporter: { email: 'warga.uji@example.id' },
        },
      },
    );
    await call('complaints.track', { trackingNumber: receipt.trackingNumber });
    await call('complaints.staff.list', {}, { as: 'admin', query: 'limit=5&status=received' });
    const stored = await server.storage.complaints.getByTrackingNumber(receipt.trackingNumber);
    const id = stored?.record.id as string;
    await call('complaints.staff.get', { id }, { as: 'admin' });
    await call(
      'complaints.transition',
      { id },
      {
        as: 'admin',
        json: { action: 'request-info', reason: 'Mohon sebutkan nama jalannya.' },
      },
    );
    await call(
      'complaints.citizenAction',
      { trackingNumber: receipt.trackingNumber },
      {
        key: 'route-test-info-1',
        json: {
          action: 'provide-info',
          receiptCode: receipt.receiptCode,
          information: 'Jalan Raya Gerbo.',
        },
      },
    );
    const [standard] = (await call('services.list', {}, { query: 'limit=1' })).items;
    const scores = Object.fromEntries(
      [
        'persyaratan',
        'prosedur',
        'waktu',
        'biaya',
        'produk',
        'kompetensi',
        'perilaku',
        'sarana',
        'pengaduan',
      ].map((e) => [e, 3]),
    );
    await call(
      'ikm.submit',
      {},
      { key: 'route-test-ikm-1', json: { serviceId: standard.id, scores } },
    );
    await call('ikm.report', {}, { query: `service=${standard.id}` });
  });

  it('stats', async () => {
    const stats = await call('stats.overview');
    expect(stats.regionCode).toBe('35.14');
    expect(stats.complaints.open).toBeGreaterThan(0);
  });

  it('left no route of the contract out', () => {
    expect([...covered].sort()).toEqual(Object.keys(contract).sort());
  });
});

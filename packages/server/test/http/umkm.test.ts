import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { png } from '../support/png.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server?.close());

const PERSONAL = ['nik', 'owner', '"phone"', 'email', 'homeAddress'];

describe('the public UMKM catalog', () => {
  it('pages through verified businesses without any personal field', async () => {
    const first = await (await server.fetch('/v1/umkm?limit=20')).json();
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await (
      await server.fetch(`/v1/umkm?limit=20&cursor=${first.nextCursor}`)
    ).json();
    const ids = new Set([...first.items, ...second.items].map((b: { id: string }) => b.id));
    expect(ids.size).toBe(40);
    const text = JSON.stringify([first, second]);
    for (const field of PERSONAL) expect(text).not.toContain(field);
    expect(first.items.every((b: { verified: boolean }) => b.verified)).toBe(true);
  });

  it('filters by district and halal, and searches text', async () => {
    const district = await (await server.fetch('/v1/umkm?districtCode=35.14.01&limit=100')).json();
    expect(district.items.length).toBeGreaterThan(0);
    expect(
      district.items.every((b: { districtCode: string }) => b.districtCode === '35.14.01'),
    ).toBe(true);
    const halal = await (await server.fetch('/v1/umkm?halal=true&limit=100')).json();
    expect(halal.items.every((b: { halal: boolean }) => b.halal)).toBe(true);
    const name = district.items[0].name.split(' ')[0] as string;
    const found = await (await server.fetch(`/v1/umkm?text=${encodeURIComponent(name)}`)).json();
    expect(found.items.length).toBeGreaterThan(0);
  });

  it('shows one business with its products, and its JSON never carries the owner', async () => {
    const page = await (await server.fetch('/v1/umkm?limit=1')).json();
    const detail = await server.fetch(`/v1/umkm/${page.items[0].id}`);
    expect(detail.status).toBe(200);
    const text = await detail.text();
    for (const field of PERSONAL) expect(text).not.toContain(field);
    expect(JSON.parse(text).products).toEqual(expect.any(Array));
  });
});

describe('the Dinas registry', () => {
  it('registers a business pending review; after verification it shows in the catalog', async () => {
    const body = {
      name: 'Keripik Singkong Uji Coba',
      description: 'Keripik singkong renyah buatan rumah, dibuat untuk uji otomatis.',
      owner: {
        name: 'Pemilik Uji',
        phone: '0812-0000-5555',
        homeAddress: { street: 'Dusun Krajan', villageCode: '35.14.01.2001' },
      },
      scale: 'mikro',
      location: { villageCode: '35.14.01.2001' },
      contact: { whatsApp: '0812-0000-5555', publicWhatsApp: true },
    };
    const created = await server.fetch('/v1/umkm', { method: 'POST', as: 'opdUmkm', json: body });
    expect(created.status).toBe(201);
    const business = await created.json();
    expect(business.verification.status).toBe('pending');
    expect(business.contact.consentRecordedAt).toBe(server.now.toISOString());
    expect(
      (await server.fetch('/v1/umkm', { method: 'POST', as: 'opdOther', json: body })).status,
    ).toBe(403);
    expect((await server.fetch(`/v1/umkm/${business.id}`)).status).toBe(200);

    const verified = await server.fetch(`/v1/umkm/${business.id}/verification`, {
      method: 'PUT',
      as: 'opdUmkm',
      json: { status: 'verified' },
    });
    expect(verified.status).toBe(200);
    const search = await (await server.fetch('/v1/umkm?text=singkong%20uji')).json();
    expect(search.items.map((b: { id: string }) => b.id)).toContain(business.id);
    const card = search.items.find((b: { id: string }) => b.id === business.id);
    expect(JSON.stringify(card)).not.toContain('5555');
    const profile = await (await server.fetch(`/v1/umkm/${business.id}`)).json();
    expect(profile.contact.chatUrl).toBe('https://wa.me/6281200005555');

    const suspended = await server.fetch(`/v1/umkm/${business.id}/verification`, {
      method: 'PUT',
      as: 'admin',
      json: { status: 'suspended' },
    });
    expect(suspended.status).toBe(400);
    await server.fetch(`/v1/umkm/${business.id}/verification`, {
      method: 'PUT',
      as: 'admin',
      json: { status: 'suspended', reason: 'Uji penangguhan' },
    });
    expect((await server.fetch(`/v1/umkm/${business.id}`)).status).toBe(404);
  });

  it('stores an uploaded photo without its location metadata and serves it with safe headers', async () => {
    const page = await (await server.fetch('/v1/umkm?limit=1')).json();
    const id = page.items[0].id as string;
    const form = new FormData();
    form.set(
      'file',
      new Blob([png(2, 'MM\u0000*GPSLatitude-7.6453GPSLongitude112.9075')], { type: 'image/jpeg' }),
      'foto.jpg',
    );
    form.set('alt', 'Etalase toko');
    const uploaded = await server.fetch(`/v1/umkm/${id}/photos`, {
      method: 'POST',
      as: 'opdUmkm',
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const photo = await uploaded.json();
    expect(photo.mime).toBe('image/png');
    expect([photo.width, photo.height]).toEqual([2, 2]);
    const served = await server.fetch(`/media/${photo.path}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = Buffer.from(await served.arrayBuffer()).toString('latin1');
    expect(bytes).not.toContain('GPS');
    expect(bytes).not.toContain('eXIf');

    const html = new FormData();
    html.set(
      'file',
      new Blob(['<html><script>alert(1)</script></html>'], { type: 'image/jpeg' }),
      'x.jpg',
    );
    const refused = await server.fetch(`/v1/umkm/${id}/photos`, {
      method: 'POST',
      as: 'opdUmkm',
      body: html,
    });
    expect(refused.status).toBe(415);
  });
});

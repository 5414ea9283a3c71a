import type { Complaint } from '@cerdas/model';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { png } from '../../../packages/server/test/support/png.js';
import { MESSAGES } from '../src/site/messages.js';
import { type E2E, startE2E } from './support/e2e.js';

const TRACKING = /^ADU-3514-\d{4}-\d{6}$/;
/** How long a wait-for may take on a loaded two-core machine. */
const WITHIN = { timeout: 15_000 };
/** A district and one of its villages in the demo regency (Kabupaten Pasuruan). */
const DISTRICT = '35.14.01';
const VILLAGE = '35.14.01.2001';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
}, 60_000);
afterAll(async () => {
  await e2e?.close();
});

/** Every complaint in the server's storage. */
async function storedComplaints(): Promise<Complaint[]> {
  const all: Complaint[] = [];
  let cursor: string | undefined;
  do {
    const page = await e2e.portal.storage.complaints.list({}, { limit: 100, cursor });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/** Fills the complaint form as a citizen does, labels and all (the form is in shadow DOM). */
async function fill(page: Page, title: string): Promise<void> {
  const form = page.locator('cerdas-complaint-form');
  await form.getByLabel('Kategori').selectOption('penerangan-jalan');
  await form.getByLabel('Judul laporan').fill(title);
  await form
    .getByLabel('Uraian')
    .fill('Lampu jalan di depan balai desa mati sejak dua minggu, jalan gelap pada malam hari.');
  const district = form.getByLabel('Kecamatan', { exact: true });
  await expect.poll(() => district.locator(`option[value="${DISTRICT}"]`).count(), WITHIN).toBe(1);
  await district.selectOption(DISTRICT);
  const village = form.getByLabel('Desa/kelurahan');
  await expect.poll(() => village.locator(`option[value="${VILLAGE}"]`).count(), WITHIN).toBe(1);
  await village.selectOption(VILLAGE);
  await form.getByLabel('Nomor telepon atau WhatsApp').fill('0812-3456-7890');
}

/** Chooses a photo made here: a real PNG, 64×64 pixels. */
async function attachPhoto(page: Page, name: string): Promise<void> {
  await page
    .locator('cerdas-complaint-form')
    .getByLabel('Foto (opsional, paling banyak 5)')
    .setInputFiles({ name, mimeType: 'image/png', buffer: Buffer.from(png(64)) });
}

function trackingNumberOn(page: Page): Promise<string | null> {
  return page.locator('cerdas-complaint-form [part="tracking-number"]').first().textContent();
}

/** Follows the portal's "Lacak pengaduan ini" link; the tracker must show that complaint. */
async function followToTracker(page: Page, trackingNumber: string): Promise<void> {
  const link = page.getByRole('link', { name: MESSAGES.id.complaint.trackLink });
  await link.click();
  await page.waitForURL(`${e2e.portal.url}/layanan/lacak/?nomor=${trackingNumber}`);
  const tracker = page.locator('cerdas-tracker');
  await expect
    .poll(
      async () =>
        (await tracker.getByRole('heading', { level: 2 }).first().textContent())
          ?.replace(/\s+/g, ' ')
          .trim(),
      { timeout: 10_000 },
    )
    .toBe(`Pengaduan ${trackingNumber}`);
}

/** POSTs of complaints the page makes, with their Idempotency-Key. */
function recordPosts(page: Page): { key: string | null }[] {
  const posts: { key: string | null }[] = [];
  page.on('request', (request: Request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/v1/complaints') {
      posts.push({ key: request.headers()['idempotency-key'] ?? null });
    }
  });
  return posts;
}

describe('complaint', () => {
  it('is filed with a photo, gets a tracking number and shows in the tracker', async () => {
    const { context, page } = await e2e.newPage();
    page.setDefaultTimeout(WITHIN.timeout);
    await page.goto(`${e2e.portal.url}/layanan/pengaduan/`);
    const title = 'Lampu jalan mati di depan balai desa (uji e2e)';
    await fill(page, title);
    await attachPhoto(page, 'lampu.png');
    const form = page.locator('cerdas-complaint-form');
    await expect.poll(() => form.locator('.photos').textContent(), WITHIN).toContain('Terunggah.');
    await e2e.screenshot(page, 'complaint-form');

    await form.getByRole('button', { name: 'Kirim laporan' }).click();
    await expect.poll(() => trackingNumberOn(page), WITHIN).toMatch(TRACKING);
    const trackingNumber = (await trackingNumberOn(page)) as string;
    expect(await page.locator('[data-after-submit]').isVisible()).toBe(true);
    await e2e.screenshot(page, 'complaint-receipt');

    const stored = (await storedComplaints()).filter((c) => c.trackingNumber === trackingNumber);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.title).toBe(title);
    expect(stored[0]?.photoIds).toHaveLength(1);

    await followToTracker(page, trackingNumber);
    await e2e.screenshot(page, 'complaint-tracker');
    await context.close();
    expect(e2e.errors).toEqual([]);
  }, 60_000);

  it('arrives exactly once when the connection drops after the server got it', async () => {
    const { context, page } = await e2e.newPage();
    page.setDefaultTimeout(WITHIN.timeout);
    const posts = recordPosts(page);
    await page.goto(`${e2e.portal.url}/layanan/pengaduan/`);
    const title = 'Jalan berlubang di depan pasar (sinyal putus)';
    await fill(page, title);
    await attachPhoto(page, 'lubang.png');
    const form = page.locator('cerdas-complaint-form');
    await expect.poll(() => form.locator('.photos').textContent(), WITHIN).toContain('Terunggah.');

    // The first POST reaches the server, which files the report; then the signal goes and the
    // answer never arrives (the phone's retry finds no network either).
    let dropped = false;
    await page.route('**/v1/complaints', async (route) => {
      if (dropped || route.request().method() !== 'POST') return route.fallback();
      dropped = true;
      await route.fetch();
      await context.setOffline(true);
      await route.abort('connectionreset');
    });
    await form.getByRole('button', { name: 'Kirim laporan' }).click();

    // The report waits in the outbox, on the phone; the server already has it once.
    const outbox = form.locator('[part="outbox"]');
    await expect.poll(() => outbox.textContent(), WITHIN).toContain(title);
    expect(await form.locator('[part="notice"]').isVisible()).toBe(true);
    expect((await storedComplaints()).filter((c) => c.title === title)).toHaveLength(1);
    await e2e.screenshot(page, 'complaint-waiting');

    // The signal comes back: the outbox sends it again with the same key, and the server
    // answers with the receipt of the report it already has.
    await context.setOffline(false);
    await expect.poll(() => trackingNumberOn(page), { timeout: 20_000 }).toMatch(TRACKING);
    const trackingNumber = (await trackingNumberOn(page)) as string;
    await expect.poll(() => outbox.count(), WITHIN).toBe(0);

    const stored = (await storedComplaints()).filter((c) => c.title === title);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.trackingNumber).toBe(trackingNumber);
    expect(posts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(posts.map((p) => p.key)).size).toBe(1);
    expect(posts[0]?.key).toBeTruthy();
    await e2e.screenshot(page, 'complaint-resent');

    await followToTracker(page, trackingNumber);
    await context.close();
    // The failed requests are the ones this test cut; nothing else may fail.
    const cut = /: Failed to load resource: net::ERR_(CONNECTION_RESET|INTERNET_DISCONNECTED)$/;
    expect(e2e.errors.filter((error) => !cut.test(error))).toEqual([]);
    e2e.errors.length = 0;
  }, 60_000);

  it('made offline with a photo, waits on the phone and is sent once when the network returns', async () => {
    const { context, page } = await e2e.newPage();
    page.setDefaultTimeout(WITHIN.timeout);
    const posts = recordPosts(page);
    await page.goto(`${e2e.portal.url}/layanan/pengaduan/`);
    const title = 'Sampah menumpuk di tepi sungai (tanpa sinyal)';
    await fill(page, title);
    await context.setOffline(true);
    const form = page.locator('cerdas-complaint-form');
    await expect.poll(() => form.locator('[part="notice"]').isVisible(), WITHIN).toBe(true);
    // The photo cannot be uploaded now: it will go with the report.
    await attachPhoto(page, 'sampah.png');
    await expect
      .poll(() => form.locator('.photos').textContent(), WITHIN)
      .toContain('Gagal mengunggah; foto ini akan dikirim bersama laporan.');
    await form.getByRole('button', { name: 'Kirim laporan' }).click();
    // The form says the report waits on this device, and lists it.
    await expect
      .poll(() => form.getByRole('status').textContent(), WITHIN)
      .toBe(
        'Belum terkirim: laporan tersimpan di perangkat ini dan dikirim otomatis saat koneksi kembali.',
      );
    await expect.poll(() => form.locator('[part="outbox"]').textContent(), WITHIN).toContain(title);
    expect(await form.getByLabel('Judul laporan').inputValue()).toBe('');
    expect(posts).toEqual([]);
    expect((await storedComplaints()).filter((c) => c.title === title)).toHaveLength(0);
    await e2e.screenshot(page, 'complaint-offline');

    await context.setOffline(false);
    await expect.poll(() => trackingNumberOn(page), { timeout: 20_000 }).toMatch(TRACKING);
    const trackingNumber = (await trackingNumberOn(page)) as string;
    const stored = (await storedComplaints()).filter((c) => c.title === title);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.trackingNumber).toBe(trackingNumber);
    expect(stored[0]?.photoIds).toHaveLength(1);
    expect(posts).toHaveLength(1);
    await followToTracker(page, trackingNumber);
    await context.close();
    const cut = /: Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/;
    expect(e2e.errors.filter((error) => !cut.test(error))).toEqual([]);
    e2e.errors.length = 0;
  }, 60_000);
});

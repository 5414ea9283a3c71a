import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './support/e2e.js';

const VILLAGE = '35.14.01.2001';
const DISTRICT = '35.14.01';

let e2e: E2E;
let desa: string;
let kecamatan: string;
beforeAll(async () => {
  e2e = await startE2E();
  desa = await e2e.portal.issueToken({
    role: 'desa',
    label: 'Operator Desa E2E',
    regionCode: VILLAGE,
  });
  kecamatan = await e2e.portal.issueToken({
    role: 'kecamatan',
    label: 'Kecamatan E2E',
    regionCode: DISTRICT,
  });
}, 60_000);
afterAll(async () => {
  await e2e?.close();
});

async function api(path: string, token?: string, body?: unknown): Promise<Response> {
  return fetch(`${e2e.portal.url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body
        ? { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() }
        : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

/** A submitted village proposal made straight through the API (the page's other proposal). */
async function submittedProposal(title: string): Promise<string> {
  const created = await api('/v1/planning/proposals', desa, {
    source: 'musrenbang-desa',
    fiscalYear: 2027,
    regionCode: VILLAGE,
    bidangUrusan: '1.03',
    title,
    problem: 'Saluran air tersumbat setiap musim hujan (data demo).',
    volume: 200,
    unit: 'm',
    estimatedCost: 75_000_000,
    priority: 2,
  });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const submitted = await api(`/v1/planning/proposals/${id}/transitions`, desa, {
    action: 'submit',
  });
  expect(submitted.status).toBe(200);
  return id;
}

/** Console errors other than the browser's note of an answer the flow expects (a 401 or 409). */
function unexpected(since: number, ...statuses: number[]): string[] {
  const expected = statuses.map((status) => `the server responded with a status of ${status}`);
  return e2e.errors.slice(since).filter((error) => !expected.some((text) => error.includes(text)));
}

async function signIn(page: Page, token: string): Promise<void> {
  await page.locator('#staff-token').fill(token);
  await page.locator('#staff-token').press('Enter');
}

describe('staff area', () => {
  it('a desa operator submits a proposal, the kecamatan verifies it, and a stale action shows the server’s refusal', async () => {
    const errorsBefore = e2e.errors.length;
    const title = `Pengerasan jalan dusun E2E ${Date.now()}`;
    const operator = await e2e.newPage();
    const form = operator.page.locator('cerdas-proposal-form');
    await operator.page.goto(`${e2e.portal.url}/perencanaan/usulan/`);
    await operator.page.getByLabel('Token operator').fill(desa);
    await operator.page.getByRole('button', { name: 'Gunakan token ini' }).click();
    await form.getByLabel('Bidang urusan').selectOption('1.03');
    await form.getByLabel('Judul usulan').fill(title);
    await form
      .getByLabel('Permasalahan')
      .fill('Jalan dusun berlumpur dan tidak bisa dilalui saat hujan (data demo).');
    await form.getByLabel('Volume').fill('1,5');
    await form.getByLabel('Satuan').fill('km');
    await form.getByLabel('Perkiraan biaya').fill('150 jt');
    await form.getByLabel('Peringkat prioritas').fill('1');
    await form.getByRole('button', { name: 'Ajukan usulan' }).click();
    await expect
      .poll(() => form.locator('#receipt').textContent(), { timeout: 15_000 })
      .toBe('Usulan sudah diajukan');
    await e2e.screenshot(operator.page, 'proposal-submitted');
    expect(operator.page.url()).not.toContain(desa);
    await operator.context.close();

    const mine = (await (
      await api(`/v1/staff/planning/proposals?status=submitted&region=${VILLAGE}&limit=100`, desa)
    ).json()) as { items: { id: string; title: string }[] };
    const id = mine.items.find((p) => p.title === title)?.id ?? '';
    expect(id).not.toBe('');
    const other = await submittedProposal(`Normalisasi saluran E2E ${Date.now()}`);

    // The kecamatan officer signs in; the list opens on the proposals waiting for them.
    const { context, page } = await e2e.newPage();
    await page.goto(`${e2e.portal.url}/staf/`);
    await signIn(page, kecamatan);
    await expect
      .poll(() => page.locator('#staff-who').textContent())
      .toContain('Masuk sebagai Kecamatan E2E (petugas kecamatan)');
    expect(await page.evaluate(() => sessionStorage.getItem('cerdas-portal-staff-token'))).toBe(
      kecamatan,
    );
    expect(page.url()).toBe(`${e2e.portal.url}/staf/`);
    expect(await page.locator('#proposal-status').inputValue()).toBe('submitted');
    const item = page.locator(`[data-item="${id}"]`);
    await expect.poll(() => item.locator('h3').textContent()).toBe(title);
    expect(await item.textContent()).toContain('Rp\u00a0150.000.000');
    await e2e.screenshot(page, 'staff-proposals');

    // Reject needs a reason: the model's validation names the field before anything is sent.
    const stale = page.locator(`[data-item="${other}"]`);
    await stale.getByRole('button', { name: 'Tolak' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe(`reason-${other}`);
    await stale.getByRole('button', { name: 'Kirim' }).click();
    await expect.poll(() => page.locator('#staff-status').textContent()).toMatch(/^Alasan: /);
    expect(await stale.locator('textarea').getAttribute('aria-invalid')).toBe('true');

    // Someone else verifies it meanwhile: the server refuses the stale rejection (409).
    expect(
      (await api(`/v1/planning/proposals/${other}/transitions`, kecamatan, { action: 'verify' }))
        .status,
    ).toBe(200);
    await stale.getByLabel('Alasan').fill('Lokasi di luar desa pengusul (data demo).');
    await stale.getByRole('button', { name: 'Kirim' }).click();
    const refusal =
      'Tidak dapat diproses: Peran petugas kecamatan tidak dapat menolak usulan yang berstatus "Diverifikasi kecamatan".';
    await expect.poll(() => page.locator('#staff-status').textContent()).toBe(refusal);
    expect(await stale.locator('[data-refusal]').textContent()).toBe(refusal);
    // The page shows the proposal as it is now, without the moves that no longer apply.
    expect(await stale.locator('[data-status]').textContent()).toBe('Diverifikasi kecamatan');
    expect(await stale.getByRole('button').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await e2e.screenshot(page, 'staff-refused');

    // Verify ours: it leaves the "submitted" list and the API shows its new status.
    await item.getByRole('button', { name: 'Verifikasi' }).click();
    await expect
      .poll(() => page.locator('#staff-status').textContent())
      .toBe(`“${title}” kini berstatus Diverifikasi kecamatan.`);
    expect(await item.getAttribute('data-done')).toBe('');
    expect(await item.getByRole('button').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).toMatch(
      /^(p-|staff-status)/,
    );
    const after = await (await api(`/v1/staff/planning/proposals/${id}`, kecamatan)).json();
    expect(after.status).toBe('verified-kecamatan');
    expect(after.history.at(-1)).toMatchObject({ action: 'verify', role: 'kecamatan' });
    const published = await (await api(`/v1/planning/proposals/${id}`)).json();
    expect(published.status).toBe('verified-kecamatan');
    await e2e.screenshot(page, 'staff-verified');

    await page.getByRole('button', { name: 'Keluar' }).click();
    expect(
      await page.evaluate(() => sessionStorage.getItem('cerdas-portal-staff-token')),
    ).toBeNull();
    await expect.poll(() => page.locator('#staff-token').isVisible()).toBe(true);
    await context.close();
    expect(unexpected(errorsBefore, 409)).toEqual([]);
  }, 60_000);

  it('Bappeda accommodates a proposal with a sub kegiatan and a pagu typed the Indonesian way', async () => {
    const errorsBefore = e2e.errors.length;
    const bappeda = await e2e.portal.issueToken({ role: 'bappeda', label: 'Bappeda E2E' });
    const dpupr = await e2e.portal.issueToken({ role: 'opd', label: 'DPUPR E2E', opdId: 'dpupr' });
    // A village proposal verified by the kecamatan, the OPD carrying its bidang and Bappeda.
    const id = await submittedProposal(`Jembatan desa E2E ${Date.now()}`);
    for (const token of [kecamatan, dpupr, bappeda]) {
      const moved = await api(`/v1/planning/proposals/${id}/transitions`, token, {
        action: 'verify',
      });
      expect(moved.status).toBe(200);
    }
    const { context, page } = await e2e.newPage();
    await page.goto(`${e2e.portal.url}/staf/`);
    await signIn(page, bappeda);
    await expect.poll(() => page.locator('#staff-who').textContent()).toContain('(Bappeda)');
    await page.locator('#proposal-status').selectOption('verified-bappeda');
    const item = page.locator(`[data-item="${id}"]`);
    await expect.poll(() => item.count()).toBe(1);
    const before = await (await api(`/v1/staff/planning/proposals/${id}`, bappeda)).json();
    const subKegiatan = `${before.bidangUrusan}.01.2.01.0001`;

    await item.getByRole('button', { name: 'Akomodir' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe(`subKegiatan-${id}`);
    await page.keyboard.type(subKegiatan);
    await page.keyboard.press('Tab');
    await page.keyboard.type('1.5');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#staff-status').textContent())
      .toMatch(/^Pagu: Titik di sini ambigu/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`pagu-${id}`);

    await page.locator(`#pagu-${id}`).fill('150 jt');
    expect(await page.locator(`#pagu-${id}-error`).count()).toBe(0);
    expect(await page.locator(`#pagu-${id}-hint`).textContent()).toBe(
      'Terbaca Rp\u00a0150.000.000.',
    );
    await e2e.screenshot(page, 'staff-accommodate');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#staff-status').textContent())
      .toBe(`“${before.title}” kini berstatus Diakomodir.`);
    const after = await (await api(`/v1/staff/planning/proposals/${id}`, bappeda)).json();
    expect(after).toMatchObject({ status: 'accommodated', subKegiatan, pagu: 150_000_000 });
    await context.close();
    expect(unexpected(errorsBefore)).toEqual([]);
  }, 60_000);

  it('in English: a refused token says so, and an admin verifies and forwards complaints', async () => {
    const errorsBefore = e2e.errors.length;
    const admin = await e2e.portal.issueToken({ role: 'admin', label: 'Admin Pengaduan E2E' });
    const { context, page } = await e2e.newPage();
    await page.goto(`${e2e.portal.url}/en/staf/`);
    await signIn(page, 'not-a-token-0000000000000000000000000');
    await expect
      .poll(() => page.locator('#staff-token-error').textContent())
      .toBe('The token was refused: it is unknown, revoked or expired. Check your token.');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

    await signIn(page, admin);
    await expect
      .poll(() => page.locator('#staff-who').textContent())
      .toContain('Signed in as Admin Pengaduan E2E (admin)');
    await expect.poll(() => page.locator('#staff-complaints').textContent()).toBe('Complaints');
    expect(await page.locator('#complaint-status').inputValue()).toBe('received');
    const first = page.locator('[data-kind="complaint"]').first();
    await expect.poll(() => first.count()).toBe(1);
    const trackingNumber = (await first.locator('p.meta').first().textContent())?.split(' · ')[0];

    // Verify: a public report opens a form that can make it confidential; others go at once.
    await first.getByRole('button', { name: 'Verify' }).click();
    const send = first.getByRole('button', { name: 'Send' });
    if (await send.count()) await send.click();
    await expect
      .poll(() => page.locator('#staff-status').textContent())
      .toBe(`${trackingNumber} is now: Verified.`);

    // Forward a verified report: the form asks for the agency, from the OPD list.
    await page.locator('#complaint-status').selectOption('verified');
    const verified = page.locator('[data-kind="complaint"]').first();
    await expect.poll(() => verified.count()).toBe(1);
    const id = (await verified.getAttribute('data-item')) ?? '';
    await verified.getByRole('button', { name: 'Forward to an agency' }).click();
    await verified.getByRole('button', { name: 'Send' }).click();
    await expect
      .poll(() => page.locator('#staff-status').textContent())
      .toMatch(/^Agency to forward to: /);
    await verified.getByLabel('Agency to forward to').selectOption('dpupr');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await e2e.screenshot(page, 'staff-en');
    await verified.getByRole('button', { name: 'Send' }).click();
    await expect
      .poll(() => page.locator('#staff-status').textContent())
      .toMatch(/ is now: Forwarded to the agency\.$/);
    const forwarded = await (await api(`/v1/staff/complaints/${id}`, admin)).json();
    expect(forwarded).toMatchObject({ status: 'dispatched', opdId: 'dpupr' });
    await context.close();
    expect(unexpected(errorsBefore, 401)).toEqual([]);
  }, 60_000);
});

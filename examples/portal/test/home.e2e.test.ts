import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './support/e2e.js';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
}, 60_000);
afterAll(async () => {
  await e2e?.close();
});

describe('home page', () => {
  it('shows the live figures of the regency, and switches to English', async () => {
    const { context, page } = await e2e.newPage();
    await page.goto(`${e2e.portal.url}/`);
    await expect.poll(() => page.locator('.figures').getAttribute('aria-busy')).toBe('false');
    const stats = await (await fetch(`${e2e.portal.url}/v1/stats`)).json();
    const umkm = page.locator('[data-figure="umkm"] [data-value]');
    expect(await umkm.textContent()).toBe(
      new Intl.NumberFormat('id-ID').format(stats.umkm.verified),
    );
    await e2e.screenshot(page, 'home-id');

    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await page.waitForURL(`${e2e.portal.url}/en/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('h2#angka').textContent()).toBe('Today in figures');
    await e2e.screenshot(page, 'home-en');
    await context.close();
    expect(e2e.errors).toEqual([]);
  }, 60_000);
});

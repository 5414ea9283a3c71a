import { listChildren } from '@cerdas/wilayah';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../src/site/messages.js';
import { type E2E, startE2E } from './support/e2e.js';

const REGION = '35.14';
/** How long a wait-for may take on a loaded two-core machine. */
const WITHIN = { timeout: 15_000 };

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
}, 60_000);
afterAll(async () => {
  await e2e?.close();
});

interface Summary {
  id: string;
  name: string;
  districtCode: string;
}

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${e2e.portal.url}${path}`);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * A seeded business that publishes a WhatsApp number, taken from the API as a visitor would
 * meet it: the first of the catalog's first page with a `chatUrl`.
 */
async function businessWithWhatsApp(): Promise<Summary & { chatUrl: string }> {
  const page = await api<{ items: Summary[] }>('/v1/umkm?limit=50');
  for (const item of page.items) {
    const detail = await api<{ contact: { chatUrl?: string } }>(`/v1/umkm/${item.id}`);
    if (detail.contact.chatUrl) return { ...item, chatUrl: detail.contact.chatUrl };
  }
  throw new Error('no seeded business on the first page publishes a WhatsApp number');
}

/** The names on the catalog's cards (the grid is windowed: the few results all fit). */
function cardNames(page: Page): Promise<string[]> {
  return page.locator('cerdas-umkm-catalog [part="card-link"]').allTextContents();
}

describe('UMKM catalog and profile', () => {
  it('finds a business by search and district filter, opens its profile and its WhatsApp link', async () => {
    const business = await businessWithWhatsApp();
    // A word of its name, the one that narrows the district's list most (the server's answer
    // is what the cards must show).
    let word = '';
    let expected: Summary[] = [];
    for (const candidate of business.name.split(/\s+/).filter((w) => w.length >= 4)) {
      const { items } = await api<{ items: Summary[] }>(
        `/v1/umkm?limit=100&text=${encodeURIComponent(candidate)}&districtCode=${business.districtCode}`,
      );
      if (!word || items.length < expected.length) [word, expected] = [candidate, items];
    }
    expect(expected.map((item) => item.id)).toContain(business.id);
    // Few enough that every card fits the windowed grid's rendered rows.
    expect(expected.length).toBeLessThanOrEqual(3);

    const { context, page } = await e2e.newPage();
    page.setDefaultTimeout(WITHIN.timeout);
    // The WhatsApp link opens wa.me in a new tab: answer it here, never from the internet.
    const waRequests: string[] = [];
    await context.route('https://wa.me/**', (route) => {
      waRequests.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<title>wa.me (stub)</title>' });
    });
    await page.goto(`${e2e.portal.url}/umkm/`);
    const catalog = page.locator('cerdas-umkm-catalog');
    await expect.poll(() => cardNames(page), WITHIN).not.toEqual([]);

    await catalog.getByRole('searchbox', { name: 'Cari usaha atau produk' }).fill(word);
    const district = catalog.getByRole('combobox', { name: 'Kecamatan' });
    // The district filter lists the regency's districts once @cerdas/wilayah has answered.
    await expect
      .poll(() => district.locator(`option[value="${business.districtCode}"]`).count(), WITHIN)
      .toBe(1);
    await district.selectOption(business.districtCode);

    // The cards become exactly the server's answer to that search in that district.
    await expect.poll(() => cardNames(page), WITHIN).toEqual(expected.map((item) => item.name));
    await expect
      .poll(() => catalog.locator('[part="grid"]').getAttribute('aria-busy'), WITHIN)
      .toBe('false');
    const districtName = (await listChildren(REGION)).find(
      (d) => d.code === business.districtCode,
    )?.name;
    const card = catalog.locator('[part="card"]', {
      has: page.locator(`a[href$="?id=${business.id}"]`),
    });
    expect(await card.locator('.district').textContent()).toBe(`Kecamatan ${districtName}`);
    await e2e.screenshot(page, 'umkm-search');

    await card.getByRole('link', { name: business.name }).click();
    await page.waitForURL(`${e2e.portal.url}/umkm/profil/?id=${business.id}`);
    const profile = page.locator('cerdas-umkm-profile');
    await expect
      .poll(() => profile.getByRole('heading', { level: 2 }).first().textContent(), WITHIN)
      .toBe(business.name);

    const whatsApp = profile.getByRole('link', { name: /Chat lewat WhatsApp/ });
    const href = await whatsApp.getAttribute('href');
    expect(href).toMatch(/^https:\/\/wa\.me\/\d{8,15}$/);
    expect(href).toBe(business.chatUrl);
    expect(await whatsApp.getAttribute('target')).toBe('_blank');
    expect((await whatsApp.getAttribute('rel'))?.split(/\s+/).sort()).toEqual([
      'noopener',
      'noreferrer',
    ]);
    await e2e.screenshot(page, 'umkm-profile');

    // Tapping it opens wa.me in a new tab (stubbed above), and the profile stays.
    const [popup] = await Promise.all([context.waitForEvent('page'), whatsApp.click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(href);
    expect(waRequests).toEqual([href]);
    expect(page.url()).toBe(`${e2e.portal.url}/umkm/profil/?id=${business.id}`);
    await context.close();
    expect(e2e.errors).toEqual([]);
  }, 60_000);

  it('shows the heading, intro, navigation and districts before JavaScript', async () => {
    const { context, page } = await e2e.newPage({ javaScript: false });
    page.setDefaultTimeout(WITHIN.timeout);
    await page.goto(`${e2e.portal.url}/umkm/`);
    const m = MESSAGES.id;
    const main = page.getByRole('main');
    await expect
      .poll(() => main.getByRole('heading', { level: 1 }).textContent(), WITHIN)
      .toBe(m.umkm.title);
    expect(await main.locator('.lead').textContent()).toBe(m.umkm.intro);
    expect(await main.locator('.lead').isVisible()).toBe(true);

    const nav = page.getByRole('navigation', { name: m.menu });
    expect(await nav.isVisible()).toBe(true);
    expect((await nav.getByRole('link').allTextContents()).map((text) => text.trim())).toEqual([
      m.nav.home,
      m.nav.umkm,
      m.nav.services,
      m.nav.planning,
    ]);
    expect(await nav.getByRole('link', { name: m.nav.umkm }).getAttribute('aria-current')).toBe(
      'page',
    );

    const districts = (await listChildren(REGION)).map((d) => d.name);
    expect(districts.length).toBeGreaterThan(20);
    const list = page.locator('footer ul.districts');
    expect(await list.isVisible()).toBe(true);
    expect((await list.locator('li').allTextContents()).map((text) => text.trim())).toEqual(
      districts,
    );
    await e2e.screenshot(page, 'umkm-no-js');
    await context.close();
    expect(e2e.errors).toEqual([]);
  }, 60_000);

  it('speaks English at /en/umkm/, the widget too', async () => {
    const { context, page } = await e2e.newPage();
    page.setDefaultTimeout(WITHIN.timeout);
    await page.goto(`${e2e.portal.url}/en/umkm/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const m = MESSAGES.en;
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(m.umkm.title);

    const catalog = page.locator('cerdas-umkm-catalog');
    await expect.poll(() => cardNames(page), WITHIN).not.toEqual([]);
    expect(
      await catalog.getByRole('searchbox', { name: 'Search businesses or products' }).count(),
    ).toBe(1);
    expect(await catalog.getByRole('combobox', { name: 'District (kecamatan)' }).count()).toBe(1);
    expect(await catalog.locator('#district option').first().textContent()).toBe('All districts');
    await expect
      .poll(() => catalog.locator('p.count').textContent(), WITHIN)
      .toMatch(/^\s*Showing the first \d+ businesses; there are more\.\s*$/);
    // A card links to the English profile.
    const first = catalog.locator('[part="card-link"]').first();
    expect(await first.getAttribute('href')).toMatch(
      new RegExp(`^${e2e.portal.url}/en/umkm/profil/\\?id=\\w+$`),
    );
    await e2e.screenshot(page, 'umkm-en');
    await context.close();
    expect(e2e.errors).toEqual([]);
  }, 60_000);
});

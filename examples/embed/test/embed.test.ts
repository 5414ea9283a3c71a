/**
 * The plain-HTML embed page in Debian's Chromium, served by the portal server (the API, the
 * CDN build and the page on one origin, SQLite in memory with the demo data): the widgets
 * upgrade, show the seeded data, keep their own look inside a hostile WordPress-like theme,
 * and log no errors. A 360 px screenshot is saved under test/__artifacts__/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal } from '../../portal/server/portal-server.mjs';

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '__artifacts__');
const NOW = new Date('2026-11-28T03:00:00Z');
const WIDGETS = [
  'cerdas-umkm-catalog',
  'cerdas-complaint-form',
  'cerdas-tracker',
  'cerdas-ikm-badge',
] as const;

let portal: Awaited<ReturnType<typeof startPortal>>;
let browser: Browser;
let page: Page;
let workDir: string;
/** Layout of the complaint form's fields and sizes of a catalog card's text, for the known defects. */
let formFields: { boxSizing: string; overflow: number }[] = [];
let cardTextSizes: number[] = [];
/** Console errors, uncaught exceptions and failed requests of the page. */
const problems: string[] = [];

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'cerdas-embed-'));
  // The real portal is not needed here; the server only insists on an index.html.
  mkdirSync(join(workDir, 'dist'));
  writeFileSync(join(workDir, 'dist', 'index.html'), '<!doctype html><title>portal</title>\n');
  [portal, browser] = await Promise.all([
    startPortal({
      port: 0,
      databaseUrl: 'sqlite::memory:',
      mediaDir: join(workDir, 'media'),
      dist: join(workDir, 'dist'),
      now: NOW,
      writesPerMinute: 0,
    }),
    chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox'],
    }),
  ]);
  page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  // A missing element fails its test quickly instead of running into the test's timeout.
  page.setDefaultTimeout(3_000);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  await page.goto(`${portal.url}/embed/`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await portal?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const inWidget = (tag: (typeof WIDGETS)[number], selector: string): Locator =>
  page.locator(tag).locator(selector);

/** Computed style properties of the first element a locator finds. */
function styleOf(locator: Locator, properties: readonly string[]) {
  return locator
    .first()
    .evaluate(
      (element, names) =>
        Object.fromEntries(
          names.map((name) => [name, getComputedStyle(element).getPropertyValue(name)]),
        ),
      properties,
    );
}

describe('the embed page', { timeout: 15_000 }, () => {
  it('upgrades every widget, each with the API of the page’s origin', async () => {
    for (const tag of WIDGETS) {
      await expect.poll(() => page.evaluate((name) => !!customElements.get(name), tag)).toBe(true);
      expect(await page.locator(tag).getAttribute('api-base')).toBe(portal.url);
    }
  });

  it('shows the seeded businesses in the catalog', async () => {
    // The catalog renders only the cards near the viewport.
    await page.locator('cerdas-umkm-catalog').evaluate((catalog) => catalog.scrollIntoView());
    const response = await fetch(`${portal.url}/v1/umkm?limit=12`);
    const { items } = (await response.json()) as { items: { id: string; name: string }[] };
    const first = items[0];
    if (!first) throw new Error('the demo data has no business');

    const cards = inWidget('cerdas-umkm-catalog', '[part~="card"]');
    await expect.poll(() => cards.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const link = inWidget('cerdas-umkm-catalog', '[part~="card-link"]').first();
    expect(await link.textContent()).toContain(first.name);
    expect(await link.getAttribute('href')).toBe(`${portal.url}/umkm/profil/?id=${first.id}`);
    // The theme's red wavy links stop at the widget.
    const look = await styleOf(link, ['color', 'text-decoration-style']);
    expect(look.color).not.toBe('rgb(255, 0, 0)');
    expect(look['text-decoration-style']).not.toBe('wavy');

    cardTextSizes = await cards
      .first()
      .evaluate((card) =>
        [...card.querySelectorAll('*')]
          .filter((element) => element.childElementCount === 0 && element.textContent?.trim())
          .map((element) => Number.parseFloat(getComputedStyle(element).fontSize)),
      );
    expect(cardTextSizes.length).toBeGreaterThan(2);
  });

  it('shows the regency’s IKM', async () => {
    const index = inWidget('cerdas-ikm-badge', '[part~="index"]');
    await expect.poll(() => index.count(), { timeout: 10_000 }).toBe(1);
    expect(await index.textContent()).toMatch(/^\s*\d{2,3},\d{2}\s*$/);
    expect(await inWidget('cerdas-ikm-badge', '[part~="mutu"]').textContent()).toMatch(/[ABCD]/);
  });

  it('finds a seeded complaint in the tracker by its tracking number', async () => {
    const { items } = await portal.storage.complaints.list({}, { limit: 1 });
    const trackingNumber = items[0]?.trackingNumber;
    if (!trackingNumber) throw new Error('the demo data has no complaint');

    await inWidget('cerdas-tracker', '[part~="input"]').fill(trackingNumber);
    await inWidget('cerdas-tracker', 'button[type="submit"]').click();
    const result = inWidget('cerdas-tracker', '[part~="result"]');
    await result.waitFor({ timeout: 10_000 });
    expect(await result.textContent()).toContain(trackingNumber);
    expect(await inWidget('cerdas-tracker', '[part~="timeline"] li').count()).toBeGreaterThan(0);
  });

  it('offers the complaint form with its categories', async () => {
    await expect.poll(() => inWidget('cerdas-complaint-form', '[part~="submit"]').count()).toBe(1);
    const options = inWidget('cerdas-complaint-form', 'select option');
    expect(await options.count()).toBeGreaterThan(5);
  });

  it('keeps the widgets’ own look inside the theme’s buttons, inputs, links and headings', async () => {
    // The theme: orange Impact buttons with a black border and shadow, dashed italic inputs,
    // red wavy links, uppercase headings and a line height of 2.6.
    const button = await styleOf(inWidget('cerdas-tracker', 'button[type="submit"]'), [
      'background-color',
      'color',
      'border-top-style',
      'border-top-width',
      'box-shadow',
      'text-transform',
      'font-family',
      'min-height',
    ]);
    expect(button).toEqual({
      'background-color': 'rgb(10, 107, 61)', // --cerdas-color-primary of the page's theming
      color: 'rgb(255, 255, 255)',
      'border-top-style': 'solid',
      'border-top-width': '1px',
      'box-shadow': 'none',
      'text-transform': 'none',
      'font-family': expect.not.stringMatching(/Impact/),
      'min-height': '44px',
    });

    const input = await styleOf(inWidget('cerdas-complaint-form', 'input[type="text"], textarea'), [
      'border-top-style',
      'background-color',
      'font-style',
    ]);
    expect(input).toEqual({
      'border-top-style': 'solid',
      'background-color': 'rgb(255, 255, 255)',
      'font-style': 'normal',
    });

    const heading = await styleOf(inWidget('cerdas-tracker', '[role="heading"]'), [
      'text-transform',
      'letter-spacing',
    ]);
    expect(heading).toEqual({ 'text-transform': 'none', 'letter-spacing': 'normal' });

    formFields = await page.locator('cerdas-complaint-form').evaluate((form) =>
      [...(form.shadowRoot?.querySelectorAll('input[type="text"], select, textarea') ?? [])].map(
        (field) => ({
          boxSizing: getComputedStyle(field).boxSizing,
          overflow: field.getBoundingClientRect().right - form.getBoundingClientRect().right,
        }),
      ),
    );
    expect(formFields.length).toBeGreaterThan(3);

    for (const tag of WIDGETS) {
      expect(await styleOf(page.locator(tag), ['font-size', 'line-height'])).toEqual({
        'font-size': '16px', // --cerdas-font-size, set in px because the theme shrinks rem
        'line-height': '24px',
      });
    }
  });

  // The theme's `* { box-sizing: content-box }` matches the widget's host element; the
  // widgets' inner elements must not inherit it, or 100%-wide fields overflow the widget.
  it('keeps the form’s fields inside the widget under a content-box theme', () => {
    for (const field of formFields) {
      expect(field.boxSizing).toBe('border-box');
      expect(field.overflow).toBeLessThanOrEqual(0.5);
    }
  });

  // Widget text follows --cerdas-font-size (em), never the page's root size: a theme with
  // `html { font-size: 62.5% }` must not shrink a business's name to 10.6 px.
  it('keeps the catalog cards’ text readable under html { font-size: 62.5% }', () => {
    expect(Math.min(...cardTextSizes)).toBeGreaterThanOrEqual(12);
  });

  it('logs no errors and saves a 360 px screenshot', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // The page itself, then each widget where it sits in the theme (the catalog's windowed
    // grid makes the full page far too tall for one image).
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, 'embed-360.png'), timeout: 15_000 });
    for (const tag of ['cerdas-umkm-catalog', 'cerdas-complaint-form', 'cerdas-tracker']) {
      await page
        .locator(tag)
        .screenshot({ path: join(ARTIFACTS, `embed-360-${tag}.png`), timeout: 15_000 });
    }
    expect(problems).toEqual([]);
  }, 20_000);
});

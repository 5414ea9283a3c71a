import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { PORTAL_DIST, startPortal } from '../../server/portal-server.mjs';

/** The demo's clock in every end-to-end test: mid-January 2026, while the village Musrenbang is open. */
export const E2E_NOW = new Date('2026-01-14T03:00:00.000Z');
/** Where screenshots go (a CI artifact; ignored by git). */
export const ARTIFACTS = resolve(import.meta.dirname, '..', '__artifacts__');
/** A cheap Android phone's screen. */
export const PHONE = { width: 360, height: 780 };

export interface RunningPortal {
  readonly url: string;
  readonly storage: import('@cerdas/server').Storage;
  issueToken(request: import('@cerdas/model').StaffTokenCreate): Promise<string>;
  close(): Promise<void>;
}

export interface E2E {
  readonly portal: RunningPortal;
  readonly browser: Browser;
  /** A fresh phone-sized browser context (own storage) with the demo's clock, and a page in it. */
  newPage(options?: { javaScript?: boolean }): Promise<{ context: BrowserContext; page: Page }>;
  /** Saves a full-page screenshot under `test/__artifacts__/<name>.png`. */
  screenshot(page: Page, name: string): Promise<void>;
  /** Messages the pages wrote to the console as errors, and uncaught exceptions. */
  readonly errors: string[];
  close(): Promise<void>;
}

/**
 * The built portal on a real server (reference API, SQLite in a temp file, demo data seeded
 * at {@link E2E_NOW}) and Debian's Chromium driven by playwright-core.
 */
export async function startE2E(): Promise<E2E> {
  if (!existsSync(join(PORTAL_DIST, 'index.html'))) {
    throw new Error('examples/portal is not built: run `pnpm run build` first.');
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'cerdas-portal-e2e-'));
  const portal: RunningPortal = await startPortal({
    port: 0,
    databaseUrl: `sqlite:${join(dir, 'cerdas.db')}`,
    mediaDir: join(dir, 'media'),
    now: E2E_NOW,
    writesPerMinute: 0,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const errors: string[] = [];
  return {
    portal,
    browser,
    errors,
    async newPage(options = {}) {
      const context = await browser.newContext({
        viewport: PHONE,
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'id-ID',
        timezoneId: 'Asia/Jakarta',
        javaScriptEnabled: options.javaScript ?? true,
      });
      await context.clock.install({ time: E2E_NOW });
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
      });
      return { context, page };
    },
    async screenshot(page, name) {
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      await portal.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

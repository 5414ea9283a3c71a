import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES } from '../src/site/pages.js';
import { type E2E, PHONE, startE2E } from './support/e2e.js';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let e2e: E2E;
/** Query strings that give the pages that need one something to show. */
const queries: Record<string, string> = {};
beforeAll(async () => {
  e2e = await startE2E();
  const business = (await (await fetch(`${e2e.portal.url}/v1/umkm?limit=1`)).json()).items[0];
  const complaint = (await e2e.portal.storage.complaints.list({}, { limit: 1 })).items[0];
  const service = (await (await fetch(`${e2e.portal.url}/v1/services?limit=1`)).json()).items[0];
  queries['umkm/profil/'] = `?id=${business.id}`;
  queries['layanan/lacak/'] = `?nomor=${complaint?.trackingNumber}`;
  queries['layanan/survei/'] = `?layanan=${service.id}`;
}, 60_000);
afterAll(async () => {
  await e2e?.close();
});

// Every page of the portal in both languages, on a 360 px phone: nothing wider than the
// screen, and axe-core (WCAG 2.2 AA rules) finds no violation once the widgets have loaded.
describe.each(['', 'en/'])('every page at /%s', (prefix) => {
  it.each(PAGES.map((page) => page.path))(
    '%s fits 360 px and passes axe',
    async (path) => {
      const { context, page } = await e2e.newPage();
      await page.goto(`${e2e.portal.url}/${prefix}${path}${queries[path] ?? ''}`);
      await page.waitForLoadState('networkidle');
      await page
        .waitForFunction(
          () =>
            ![...document.querySelectorAll('*')].some(
              (el) =>
                el.localName.includes('-') &&
                (!customElements.get(el.localName) ||
                  el.shadowRoot?.querySelector('[aria-busy="true"]')),
            ),
          undefined,
          { timeout: 10_000 },
        )
        .catch(() => undefined);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const { axe } = window as unknown as {
          axe: {
            run: (
              context: unknown,
              options: unknown,
            ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
          };
        };
        const result = await axe.run(document, {
          runOnly: {
            type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
          },
        });
        return result.violations.map(
          (v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`,
        );
      });
      await context.close();
      expect(violations).toEqual([]);
      expect(e2e.errors).toEqual([]);
    },
    40_000,
  );
});

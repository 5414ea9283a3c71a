import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * axe-core on every story of the built Storybook (`pnpm storybook:build` runs before the
 * tests), in real Chromium: zero violations of WCAG 2.2 A/AA rules, in each story's state.
 */
const root = new URL('../../../storybook-static/', import.meta.url).pathname;
const built = existsSync(join(root, 'index.json'));
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

let server: Server;
let browser: Browser;
let base = '';

const stories: { id: string; title: string; name: string }[] = built
  ? Object.values(
      JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries as Record<
        string,
        { id: string; title: string; name: string; type: string }
      >,
    ).filter((entry) => entry.type === 'story')
  : [];

beforeAll(async () => {
  if (!built) return;
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

// Outside CI a developer may run the tests without building Storybook first; in CI (and in
// `npm test`, which builds it) a missing build fails here.
describe.skipIf(!built && !process.env.CI)(
  'accessibility of every story (axe-core, WCAG 2.2 AA)',
  () => {
    it('has stories for the widgets', () => {
      expect(built, 'run `pnpm storybook:build` first').toBe(true);
      expect(stories.length).toBeGreaterThan(0);
    });

    it.concurrent.each(stories.map((s) => [`${s.title} › ${s.name}`, s.id]))(
      '%s',
      async (_, id) => {
        const page = await browser.newPage();
        try {
          await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'load' });
          await page.waitForFunction(() => {
            const root = document.querySelector('#storybook-root');
            return root !== null && root.childElementCount > 0;
          });
          // Let widgets finish loading their (recorded) data or settle into an error state.
          await page
            .waitForFunction(
              () =>
                ![...document.querySelectorAll('#storybook-root *')].some((el) =>
                  el.shadowRoot?.querySelector('[aria-busy="true"]'),
                ),
              undefined,
              { timeout: 5_000 },
            )
            .catch(() => undefined);
          await page.addScriptTag({ content: axeSource });
          const violations = await page.evaluate(async () => {
            const axe = (
              window as unknown as {
                axe: {
                  run: (
                    ctx: unknown,
                    opts: unknown,
                  ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
                };
              }
            ).axe;
            const result = await axe.run('#storybook-root', {
              runOnly: {
                type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
              },
            });
            return result.violations.map(
              (v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`,
            );
          });
          expect(violations).toEqual([]);
        } finally {
          await page.close();
        }
      },
      30_000,
    );
  },
);

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listChildren } from '@cerdas/wilayah';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPortalConfig } from '../src/site/config.js';

const root = resolve(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'cerdas-portal-kota-'));
const page = (path: string) => readFileSync(join(out, path), 'utf8');

// Another regency's portal is the same code with another config file: Kota Pasuruan (35.75).
beforeAll(async () => {
  process.env.CERDAS_PORTAL_CONFIG = 'test/fixtures/kota-pasuruan.config.json';
  try {
    await build({
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir: out, emptyOutDir: true },
    });
  } finally {
    delete process.env.CERDAS_PORTAL_CONFIG;
  }
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("a portal built with another regency's config", () => {
  it('carries its names in both languages', () => {
    expect(page('index.html')).toContain('<title>Portal Kota Cerdas Pasuruan</title>');
    expect(page('en/index.html')).toContain('<title>Pasuruan Smart City Portal</title>');
    expect(page('umkm/index.html')).toContain('<title>UMKM · Portal Kota Cerdas Pasuruan</title>');
    for (const file of ['index.html', 'en/layanan/index.html', 'perencanaan/index.html']) {
      expect(page(file)).not.toContain('Kabupaten Pasuruan');
      expect(page(file)).toContain('data-region="35.75"');
    }
  });

  it("lists the city's districts, not the regency's", async () => {
    const districts = await listChildren('35.75');
    expect(districts.length).toBeGreaterThan(0);
    const home = page('index.html');
    for (const district of districts) expect(home).toContain(`<li>${district.name}</li>`);
    // Purwodadi and Tosari are districts of Kabupaten Pasuruan (35.14) only.
    expect(home).not.toContain('<li>Purwodadi</li>');
    expect(home).not.toContain('<li>Tosari</li>');
  });

  it("gives the widgets the city's region and the theme its colours", () => {
    expect(page('umkm/index.html')).toMatch(/<cerdas-umkm-catalog[^>]*region="35\.75"/);
    expect(page('layanan/pengaduan/index.html')).toMatch(
      /<cerdas-complaint-form[^>]*region="35\.75"/,
    );
    const home = page('index.html');
    expect(home).toContain('--cerdas-color-primary:#1d4f91');
    expect(home).toContain('<meta name="theme-color" content="#1d4f91">');
    expect(home).not.toContain('#0a6b3d');
  });

  it('shows no demo notice when the config says it is not a demo', () => {
    expect(page('index.html')).not.toContain('<p class="demo-notice">');
    expect(page('index.html')).not.toContain('Data demo Cerdas');
  });
});

describe('the config file', () => {
  it('is refused with messages naming each wrong field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cerdas-portal-config-'));
    const file = join(dir, 'portal.config.json');
    const good = JSON.parse(readFileSync(join(root, 'portal.config.json'), 'utf8'));
    writeFileSync(
      file,
      JSON.stringify({
        ...good,
        regionCode: '35.14.01',
        theme: { ...good.theme, primary: 'green' },
      }),
    );
    try {
      expect(() => loadPortalConfig(file, root)).toThrow(/regionCode: /);
      expect(() => loadPortalConfig(file, root)).toThrow(
        /theme\.primary: harus warna heksadesimal/,
      );
      expect(() => loadPortalConfig(file, root, 'en')).toThrow(
        /theme\.primary: must be a hex colour/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is the only place that names the regency', () => {
    expect(loadPortalConfig(undefined, root)).toMatchObject({ regionCode: '35.14' });
    const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|css)$/.test(file))
      .map((file) => ({ file, text: readFileSync(join(root, 'src', file), 'utf8') }));
    expect(sources.length).toBeGreaterThan(10);
    // Comments may use Pasuruan as an example; code and page text may not.
    const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const named = sources.filter(({ text }) => /35\.?14|Pasuruan/.test(code(text)));
    expect(named.map(({ file }) => file)).toEqual([]);
  });
});

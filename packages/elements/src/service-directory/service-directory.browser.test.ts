import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { noViolations } from '../../test/support/axe.js';
import { mountIn, shadow, useHost } from '../../test/support/dom.js';
import { armXssTrap, expectNoScriptRan, XSS } from '../../test/support/hostile.js';
import { api, CLOSED_PORT } from '../../test/support/network.js';
import { safeHref } from '../base/safe-url.js';
import './define.js';
import type { CerdasServiceDirectory } from './service-directory.js';

useHost();

afterEach(() => {
  vi.restoreAllMocks();
});

function mount(attributes: Record<string, string>, lang = 'id'): CerdasServiceDirectory {
  return mountIn('cerdas-service-directory', attributes, lang);
}

function status(element: HTMLElement): string {
  return shadow(element).querySelector('[role="status"]')?.textContent?.trim() ?? '';
}

function toggles(element: HTMLElement): HTMLButtonElement[] {
  return [...shadow(element).querySelectorAll<HTMLButtonElement>('button[aria-expanded]')];
}

async function loaded(element: HTMLElement, count?: number): Promise<void> {
  await vi.waitFor(
    () => {
      expect(shadow(element).querySelector('.list')?.getAttribute('aria-busy')).toBe('false');
      if (count !== undefined) expect(toggles(element)).toHaveLength(count);
    },
    { timeout: 8000 },
  );
}

async function servicesFromApi(query: string) {
  const response = await fetch(`${api}/v1/services?${query}`);
  return (await response.json()) as {
    items: { id: string; name: string; category: string; procedure: unknown[] }[];
    nextCursor: string | null;
  };
}

describe('<cerdas-service-directory>', () => {
  it('shows a busy list while loading, then the first page of real service standards', async () => {
    const element = mount({ 'api-base': api, 'page-size': '10' });
    await element.updateComplete;
    expect(shadow(element).querySelector('.list')?.getAttribute('aria-busy')).toBe('true');
    expect(status(element)).toBe('Memuat daftar layanan…');
    await loaded(element, 10);
    const expected = await servicesFromApi('limit=10');
    expect(toggles(element).map((b) => b.querySelector('.name')?.textContent)).toEqual(
      expected.items.map((s) => s.name),
    );
    expect(status(element)).toBe('10 layanan ditampilkan. Masih ada layanan lain di bawah.');
    await noViolations(element);
  });

  it('searches as the citizen types and filters by category', async () => {
    const element = mount({ 'api-base': api });
    await loaded(element);
    const input = shadow(element).querySelector<HTMLInputElement>('#search');
    if (!input) throw new Error('no search box');
    await userEvent.type(input, 'akta');
    const expected = await servicesFromApi('text=akta&limit=10');
    expect(expected.items.length).toBeGreaterThan(0);
    await vi.waitFor(() =>
      expect(toggles(element).map((b) => b.querySelector('.name')?.textContent)).toEqual(
        expected.items.map((s) => s.name),
      ),
    );

    await userEvent.clear(input);
    const select = shadow(element).querySelector<HTMLSelectElement>('#category');
    if (!select) throw new Error('no category filter');
    await userEvent.selectOptions(select, 'kesehatan');
    const health = await servicesFromApi('category=kesehatan&limit=10');
    await vi.waitFor(() =>
      expect(toggles(element).map((b) => b.querySelector('.name')?.textContent)).toEqual(
        health.items.map((s) => s.name),
      ),
    );
    expect(element.category).toBe('kesehatan');
  });

  it('says so when nothing matches', async () => {
    const element = mount({ 'api-base': api, query: 'zzzz tidak ada layanan seperti ini' });
    await loaded(element, 0);
    expect(status(element)).toBe(
      'Tidak ada layanan yang cocok. Coba kata lain atau kategori lain.',
    );
    await noViolations(element);
  });

  it('opens a service with the keyboard and shows every part of its standard', async () => {
    const element = mount({ 'api-base': api, query: 'ahli waris' });
    await loaded(element, 1);
    const events: unknown[] = [];
    element.addEventListener('cerdas-service-toggle', (e) =>
      events.push((e as CustomEvent).detail),
    );
    const toggle = toggles(element)[0] as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const details = shadow(element).getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(details?.hidden).toBe(true);

    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(details?.hidden).toBe(false);
    expect(events).toEqual([{ serviceId: 'ahli-waris', expanded: true }]);

    const service = await (await fetch(`${api}/v1/services/ahli-waris`)).json();
    const text = details?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(details?.querySelectorAll('ol.steps > li')).toHaveLength(service.procedure.length);
    for (const requirement of service.requirements) expect(text).toContain(requirement.description);
    expect(text).toContain(`${service.completionDays} hari kerja`);
    expect(text).toContain('Gratis');
    expect(text).toContain(service.product.name);
    expect(text).toContain('Kantor Kecamatan Bangil');
    expect(text).toContain('Kompleks Kantor Kecamatan Bangil');
    expect(text).toContain('Senin sampai Kamis, pukul 08.00–15.00');
    expect(text).toContain('Jumat, pukul 08.00–14.00');
    const link = details?.querySelector<HTMLAnchorElement>('a.apply');
    expect(link?.href).toBe('https://cerdas-demo.example.id/layanan/ahli-waris');
    await noViolations(element);

    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(element);
    expect(shadow(element).activeElement).toBe(toggle);
  });

  it('shows a fixed fee in rupiah and a closed service without its online link', async () => {
    const element = mount({ 'api-base': api, query: 'kir' });
    await loaded(element);
    const kir = toggles(element).find((b) => b.textContent?.includes('Uji'));
    kir?.click();
    await element.updateComplete;
    const kirText = shadow(element).querySelector('.details:not([hidden])')?.textContent ?? '';
    expect(kirText.replace(/\s+/g, ' ')).toMatch(/Rp\s?75\.000/);

    element.query = 'kios';
    await element.updateComplete;
    await loaded(element, 1);
    toggles(element)[0]?.click();
    await element.updateComplete;
    const kios = shadow(element).querySelector('.details:not([hidden])');
    expect(kios?.textContent).toContain('Layanan ini sementara ditutup.');
    expect(kios?.querySelector('a')).toBeNull();
  });

  it('loads more with the cursor and moves focus to the first new service', async () => {
    const element = mount({ 'api-base': api, 'page-size': '10' });
    await loaded(element, 10);
    const more = shadow(element).querySelector<HTMLButtonElement>('button.more');
    if (!more) throw new Error('no load-more button');
    await userEvent.click(more);
    await loaded(element, 20);
    const expected = await servicesFromApi('limit=20');
    expect(toggles(element).map((b) => b.querySelector('.name')?.textContent)).toEqual(
      expected.items.map((s) => s.name),
    );
    await vi.waitFor(() => expect(shadow(element).activeElement).toBe(toggles(element)[10]));
  });

  it('speaks English', async () => {
    const element = mount({ 'api-base': api, query: 'ahli waris' }, 'en');
    await loaded(element, 1);
    toggles(element)[0]?.click();
    await element.updateComplete;
    const text = shadow(element).textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('Search services');
    expect(text).toContain('1 service shown.');
    expect(text).toContain('3 working days');
    expect(text).toContain('Free of charge');
    expect(text).toContain('Friday, 08:00–14:00');
    expect(text).toContain('Monday to Thursday, 08:00–15:00');
    expect(text).toContain('Where to go');
    await noViolations(element);
  });

  it('shows an error with a retry button when the API cannot be reached', async () => {
    const element = mount({ 'api-base': CLOSED_PORT });
    await vi.waitFor(() => expect(status(element)).toBe('Daftar layanan tidak dapat dimuat.'), {
      timeout: 10_000,
    });
    const retry = [...shadow(element).querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Coba lagi',
    );
    expect(retry).toBeDefined();
    await noViolations(element);
    element.apiBase = api;
    retry?.click();
    await loaded(element, 10);
  });

  it('says it is offline, and loads by itself when the connection returns', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockRejectedValue(new TypeError('Failed to fetch'));
    const element = mount({ 'api-base': api });
    window.dispatchEvent(new Event('offline'));
    await vi.waitFor(
      () =>
        expect(status(element)).toBe(
          'Perangkat Anda sedang luring. Daftar akan dimuat ulang saat koneksi kembali.',
        ),
      { timeout: 10_000 },
    );
    await noViolations(element);
    fetchSpy.mockRestore();
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await loaded(element, 10);
  });

  it('renders hostile strings as text and never links a javascript: URL', async () => {
    const real = await (await fetch(`${api}/v1/services?text=ahli%20waris&limit=10`)).json();
    const hostile = structuredClone(real);
    const service = hostile.items[0];
    service.name = XSS.script;
    service.description = XSS.img;
    service.requirements[0].description = XSS.link;
    service.product.name = XSS.svg;
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = new Request(input, init).url;
      if (url.includes('/v1/services')) {
        return new Response(JSON.stringify(hostile), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      }
      return realFetch(input, init);
    });
    armXssTrap();
    const element = mount({ 'api-base': api });
    await loaded(element, 1);
    toggles(element)[0]?.click();
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const root = shadow(element);
    expect(root.querySelector('.name')?.textContent).toBe(XSS.script);
    expect(root.querySelectorAll('script, img, svg')).toHaveLength(0);
    expect([...root.querySelectorAll('a')].map((a) => a.protocol)).toEqual(['https:']);
    expectNoScriptRan();

    // A javascript: URL breaks the contract: the client refuses the response, nothing is linked.
    service.channels[0].url = XSS.url;
    element.query = 'lagi';
    await element.updateComplete;
    await loaded(element);
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(status(element)).toBe('Daftar layanan tidak dapat dimuat.');
    expectNoScriptRan();
  });
});

describe('safeHref', () => {
  it('allows web, wa.me, tel: and mailto: links and nothing else', () => {
    expect(safeHref('https://wa.me/6281200000001')).toBe('https://wa.me/6281200000001');
    expect(safeHref('http://example.id/a')).toBe('http://example.id/a');
    expect(safeHref('tel:+62343000123')).toBe('tel:+62343000123');
    expect(safeHref('mailto:pengaduan@example.id')).toBe('mailto:pengaduan@example.id');
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '/relative/path',
      '//evil.example',
      'https://',
      '',
      undefined,
      null,
    ]) {
      expect(safeHref(url)).toBeUndefined();
    }
  });
});

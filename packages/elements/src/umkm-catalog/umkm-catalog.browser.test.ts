import type { BusinessCatalogPage } from '@cerdas/model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../themes/dark.css';
import { noViolations, WCAG } from '../../test/support/axe.js';
import { host, mountIn, shadow, useHost } from '../../test/support/dom.js';
import { armXssTrap, expectNoScriptRan, XSS } from '../../test/support/hostile.js';
import { api, CLOSED_PORT, realFetch } from '../../test/support/network.js';
import './define.js';
import type { CerdasUmkmCatalog } from './umkm-catalog.js';

useHost();

afterEach(() => {
  window.fetch = realFetch;
  window.scrollTo(0, 0);
});

function mount(attributes: Record<string, string>, lang = 'id'): CerdasUmkmCatalog {
  return mountIn('cerdas-umkm-catalog', attributes, lang);
}

const $ = <T extends Element = HTMLElement>(element: HTMLElement, selector: string) =>
  shadow(element).querySelector<T & Element>(selector);
const cards = (element: HTMLElement) => [
  ...shadow(element).querySelectorAll<HTMLElement>('.grid:not(.skeleton) .card'),
];
const names = (element: HTMLElement) =>
  cards(element).map((card) => card.querySelector('.open')?.textContent?.trim());
const status = (element: HTMLElement) => $(element, '[role="status"]')?.textContent?.trim() ?? '';

/** Waits until the list shows the server's answer (not busy), optionally with `count` cards. */
async function settled(element: CerdasUmkmCatalog, count?: number): Promise<void> {
  await element.updateComplete;
  await vi.waitFor(
    () => {
      expect(status(element)).not.toBe('');
      expect(status(element)).not.toMatch(/^(Memuat|Loading)/);
      const grid = $(element, '.grid');
      expect(grid?.classList.contains('skeleton') ?? false).toBe(false);
      expect(grid?.getAttribute('aria-busy') ?? 'false').toBe('false');
      expect($(element, '.message')?.textContent ?? '').not.toContain('Mencari');
      if (count !== undefined) expect(cards(element)).toHaveLength(count);
    },
    { timeout: 8000, interval: 20 },
  );
}

async function catalogFromApi(query: string, lang = 'id'): Promise<BusinessCatalogPage> {
  const response = await realFetch(`${api}/v1/umkm?${query}`, {
    headers: { 'accept-language': lang },
  });
  return (await response.json()) as BusinessCatalogPage;
}

function choose(element: HTMLElement, name: string, value: string): void {
  const select = $<HTMLSelectElement>(element, `select[name="${name}"]`);
  if (!select) throw new Error(`no select ${name}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Records every request the widget makes and passes it on to the real server. */
function recordRequests(): Request[] {
  const requests: Request[] = [];
  window.fetch = (input, init) => {
    requests.push(new Request(input, init));
    return realFetch(input, init);
  };
  return requests;
}

describe('<cerdas-umkm-catalog> with the seeded server', () => {
  it('shows the first page of real businesses as cards with district, price and badges', async () => {
    const expected = await catalogFromApi('limit=24');
    const element = mount({ 'api-base': api });
    await settled(element);
    expect(names(element).length).toBeGreaterThan(0);
    expect(names(element)).toEqual(
      expected.items.slice(0, names(element).length).map((item) => item.name),
    );
    const first = expected.items[0];
    const card = cards(element)[0];
    if (!first || !card) throw new Error('no first card');
    expect(card.querySelector('.desc')?.textContent).toBe(first.shortDescription);
    // District names come from @cerdas/wilayah, prices are rupiah in Indonesian notation.
    await vi.waitFor(() =>
      expect(card.querySelector('.district')?.textContent).toMatch(/^Kecamatan \S/),
    );
    expect(card.querySelector('.price')?.textContent).toMatch(
      /^Harga Rp\u00a0\d{1,3}(\.\d{3})*( – Rp\u00a0\d{1,3}(\.\d{3})*)?$/,
    );
    expect(card.querySelector('.badge.verified')?.textContent).toBe('Terverifikasi');
    expect(status(element)).toBe('24 usaha pertama ditampilkan; masih ada lagi.');
    const select = $<HTMLSelectElement>(element, 'select[name="district"]');
    await vi.waitFor(() => expect(select?.options.length).toBe(25));
    expect([...(select?.options ?? [])].map((option) => option.text)).toContain('Kraton');
  });

  it('searches as the user types: one request after the pause, the stale one aborted', async () => {
    const requests: Request[] = [];
    window.fetch = async (input, init) => {
      const request = new Request(input, init);
      requests.push(request);
      if (new URL(request.url).searchParams.get('text') === 'ba') {
        // The first search is slow; the widget must abort it when the user types on.
        await new Promise((_, reject) =>
          request.signal.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          ),
        );
      }
      return realFetch(input, init);
    };
    const element = mount({ 'api-base': api });
    await settled(element);
    const input = $<HTMLInputElement>(element, 'input[type="search"]');
    input?.focus();
    await userEvent.keyboard('ba');
    await vi.waitFor(() =>
      expect(requests.map((r) => new URL(r.url).searchParams.get('text'))).toContain('ba'),
    );
    // Typing "b" then "a" quickly made one request for "ba", none for "b".
    expect(requests.map((r) => new URL(r.url).searchParams.get('text'))).not.toContain('b');
    const slow = requests.find((r) => new URL(r.url).searchParams.get('text') === 'ba');
    await userEvent.keyboard('kso');
    await vi.waitFor(() => expect(slow?.signal.aborted).toBe(true));
    await settled(element);
    const expected = await catalogFromApi('limit=24&text=bakso');
    await vi.waitFor(() =>
      expect(names(element)).toEqual(
        expected.items.map((item) => item.name).slice(0, names(element).length),
      ),
    );
    expect(names(element).every((name) => /bakso/i.test(name ?? ''))).toBe(true);
  });

  it('narrows the loaded cards on each keystroke before the server answers', async () => {
    const element = mount({ 'api-base': api, 'page-size': '100' });
    await settled(element);
    window.fetch = () => new Promise(() => {});
    const input = $<HTMLInputElement>(element, 'input[type="search"]');
    input?.focus();
    await userEvent.keyboard('abon');
    await vi.waitFor(() => expect(names(element).length).toBeGreaterThan(0));
    expect(names(element).every((name) => /abon/i.test(name ?? ''))).toBe(true);
    expect($(element, '.grid')?.getAttribute('aria-busy')).toBe('true');
  });

  it('filters by district, category, size and halal, asking the server for each', async () => {
    const requests = recordRequests();
    const element = mount({ 'api-base': api });
    await settled(element);
    await vi.waitFor(() =>
      expect($<HTMLSelectElement>(element, 'select[name="district"]')?.options.length).toBe(25),
    );
    choose(element, 'district', '35.14.16');
    await settled(element);
    await vi.waitFor(() =>
      expect(
        cards(element).every(
          (card) => card.querySelector('.district')?.textContent === 'Kecamatan Kraton',
        ),
      ).toBe(true),
    );
    choose(element, 'category', 'I');
    choose(element, 'scale', 'mikro');
    const halal = $<HTMLInputElement>(element, 'input[name="halal"]');
    halal?.click();
    await settled(element);
    const last = new URL(requests.at(-1)?.url ?? '');
    expect(Object.fromEntries(last.searchParams)).toEqual({
      limit: '24',
      districtCode: '35.14.16',
      kbliCategory: 'I',
      scale: 'mikro',
      halal: 'true',
    });
    const expected = await catalogFromApi(last.search.slice(1));
    expect(status(element)).toBe(`${expected.items.length} usaha ditampilkan.`);
    expect(names(element)).toEqual(
      expected.items.slice(0, names(element).length).map((item) => item.name),
    );
    expect(cards(element).every((card) => card.querySelector('.badge.halal'))).toBe(true);
  });

  it('loads the next page with "Muat lagi" and by itself near the end, keeping the DOM small', async () => {
    const requests = recordRequests();
    const element = mount({ 'api-base': api });
    await settled(element);
    const more = () =>
      [...shadow(element).querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Muat lagi',
      );
    more()?.click();
    await vi.waitFor(() => expect(status(element)).toContain('semuanya 48 usaha'));
    expect(requests.filter((r) => r.url.includes('cursor=')).length).toBe(1);
    // Scrolling to the end fetches further pages without a click.
    for (let i = 0; i < 5; i += 1) {
      window.scrollTo(0, document.documentElement.scrollHeight);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await vi.waitFor(() =>
      expect(requests.filter((r) => r.url.includes('cursor=')).length).toBeGreaterThan(1),
    );
    const total = Number(/semuanya (\d+) usaha/.exec(status(element))?.[1]);
    expect(total).toBeGreaterThan(48);
    expect(cards(element).length).toBeLessThan(total);
    // Cards keep their place in the whole list for assistive technology.
    const last = cards(element).at(-1);
    expect(Number(last?.getAttribute('aria-posinset'))).toBeGreaterThan(cards(element).length);
    expect(last?.getAttribute('aria-setsize')).toBe(String(total));
  });

  it('moves focus to the first new card when "Muat lagi" brought the last page', async () => {
    const real = await catalogFromApi('limit=24');
    const second = await catalogFromApi(`limit=24&cursor=${real.nextCursor}`);
    expect(second.items.length).toBeGreaterThan(0);
    // The last page arrives only when the test says, so nothing races the clicks below.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const pages: string[] = [];
    window.fetch = async (input, init) => {
      const url = new URL(new Request(input, init).url);
      const cursor = url.searchParams.get('cursor');
      pages.push(cursor ?? 'first');
      if (!cursor) return Response.json(real);
      await held;
      return Response.json({ ...second, nextCursor: null });
    };
    const element = mount({ 'api-base': api });
    await settled(element);
    // The widget measures its cards and follows scrolling in animation frames, which a busy or
    // unfocused test window may hold back. An update measures at once, and the next one renders
    // the rows (and the space of the others) from that measurement.
    const measured = async () => {
      for (let i = 0; i < 2; i += 1) {
        element.requestUpdate();
        while (!(await element.updateComplete));
      }
    };
    await measured();
    const button = [...shadow(element).querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Muat lagi',
    );
    if (!button) throw new Error('no "Muat lagi" button');
    // No keyboard and no window focus needed: focus() sets the shadow root's active element.
    button.scrollIntoView({ block: 'center' });
    button.focus();
    expect(shadow(element).activeElement).toBe(button);
    await measured();
    await vi.waitFor(() =>
      expect(cards(element).map((card) => card.getAttribute('aria-posinset'))).toContain('24'),
    );
    button.click();
    release();
    await vi.waitFor(
      () => {
        const focused = shadow(element).activeElement;
        expect(focused?.closest('.card')?.getAttribute('aria-posinset')).toBe('25');
        expect(focused?.textContent?.trim()).toBe(second.items[0]?.name);
      },
      { timeout: 8000 },
    );
    // Near the end the widget may already have asked for the page itself: the click joins it.
    expect(pages).toEqual(['first', real.nextCursor]);
    expect(status(element)).toBe(
      `${second.items.length} usaha lagi dimuat; semuanya ${24 + second.items.length} usaha.`,
    );
    expect(
      [...shadow(element).querySelectorAll('button')].some(
        (b) => b.textContent?.trim() === 'Muat lagi',
      ),
    ).toBe(false);
  });

  it('names each card with a heading at the level the page asks for', async () => {
    const element = mount({ 'api-base': api });
    await settled(element);
    const levels = () =>
      cards(element).map((card) =>
        card.querySelector('[role="heading"]')?.getAttribute('aria-level'),
      );
    expect(new Set(levels())).toEqual(new Set(['3']));
    element.setAttribute('heading-level', '2');
    await element.updateComplete;
    expect(new Set(levels())).toEqual(new Set(['2']));
    element.setAttribute('heading-level', '9');
    await element.updateComplete;
    expect(new Set(levels())).toEqual(new Set(['3']));
  });

  it('fires cerdas-select with the id, and links through href-template unless cancelled', async () => {
    const expected = await catalogFromApi('limit=24');
    const element = mount({ 'api-base': api, 'href-template': '/umkm/{id}' });
    await settled(element);
    const link = $<HTMLAnchorElement>(element, '.card a.open');
    const id = expected.items[0]?.id;
    expect(link?.getAttribute('href')).toBe(`${location.origin}/umkm/${id}`);
    const selected: string[] = [];
    element.addEventListener('cerdas-select', (event) => {
      selected.push((event as CustomEvent<{ id: string }>).detail.id);
      event.preventDefault();
    });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link?.dispatchEvent(click);
    expect(selected).toEqual([id]);
    expect(click.defaultPrevented).toBe(true);
  });

  it('is usable with the keyboard: search, filters, then the cards, opened with Enter', async () => {
    const element = mount({ 'api-base': api });
    await settled(element);
    const selected: string[] = [];
    element.addEventListener('cerdas-select', (event) =>
      selected.push((event as CustomEvent<{ id: string }>).detail.id),
    );
    const before = document.createElement('button');
    before.textContent = 'before';
    host.prepend(before);
    before.focus();
    const order: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      await userEvent.keyboard('{Tab}');
      const active = shadow(element).activeElement as HTMLElement | null;
      order.push(active?.getAttribute('name') ?? active?.className ?? '');
    }
    expect(order).toEqual(['search', 'district', 'category', 'scale', 'halal', 'open', 'open']);
    await userEvent.keyboard('{Enter}');
    const second = (await catalogFromApi('limit=24')).items[1]?.id;
    expect(selected).toEqual([second]);
  });

  it('speaks English with lang="en"', async () => {
    const element = mount({ 'api-base': api }, 'en');
    await settled(element);
    expect($(element, 'label[for="search"]')?.textContent).toBe('Search businesses or products');
    expect(status(element)).toBe('Showing the first 24 businesses; there are more.');
    await vi.waitFor(() =>
      expect(cards(element)[0]?.querySelector('.district')?.textContent).toMatch(/ District$/),
    );
    expect(cards(element)[0]?.querySelector('.price')?.textContent).toMatch(
      /^Price Rp\u00a0[\d,]+/,
    );
    expect(cards(element)[0]?.querySelector('.badge.verified')?.textContent).toBe('Verified');
    await noViolations(element, { rules: WCAG });
  });

  it('shows an empty state that clears the search and filters', async () => {
    const element = mount({ 'api-base': api, search: 'zzzzqqq' });
    await settled(element);
    await vi.waitFor(() =>
      expect(status(element)).toBe('Tidak ada usaha yang cocok dengan pencarian dan saringan ini.'),
    );
    await noViolations(element, { rules: WCAG });
    const clear = [...shadow(element).querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Hapus'),
    );
    clear?.click();
    await settled(element);
    await vi.waitFor(() => expect(cards(element).length).toBeGreaterThan(0));
    expect(shadow(element).activeElement?.getAttribute('name')).toBe('search');
  });

  it('shows an error with a retry that works once the API answers', async () => {
    let fail = true;
    window.fetch = (input, init) =>
      fail ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init);
    const element = mount({ 'api-base': api });
    await vi.waitFor(() => expect($(element, '.error')).not.toBeNull(), { timeout: 10000 });
    expect(status(element)).toBe(
      'Daftar usaha tidak dapat dimuat. Periksa koneksi internet Anda, lalu coba lagi.',
    );
    await noViolations(element, { rules: WCAG });
    fail = false;
    const retry = [...shadow(element).querySelectorAll('button')].find(
      (b) => b.textContent === 'Coba lagi',
    );
    retry?.click();
    await settled(element);
    expect(cards(element).length).toBeGreaterThan(0);
  });

  it('reports a closed port as a connection error', async () => {
    const element = mount({ 'api-base': CLOSED_PORT }, 'en');
    await vi.waitFor(
      () => expect($(element, '.error')?.textContent).toContain('Check your internet connection'),
      {
        timeout: 10000,
      },
    );
    expect($(element, '.message button')?.textContent).toBe('Try again');
  });

  it('tells when it is offline and reloads when the connection returns', async () => {
    let fail = true;
    window.fetch = (input, init) =>
      fail ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init);
    const element = mount({ 'api-base': api });
    await vi.waitFor(() => expect($(element, '.error')).not.toBeNull(), { timeout: 10000 });
    window.dispatchEvent(new Event('offline'));
    await vi.waitFor(() => expect(status(element)).toContain('Anda sedang luring'));
    expect($(element, '.error')?.textContent).toContain('Anda sedang luring');
    fail = false;
    window.dispatchEvent(new Event('online'));
    await settled(element);
    expect(cards(element).length).toBeGreaterThan(0);
  });

  it('passes axe with real data and keeps the skeleton busy while loading', async () => {
    const loading = mount({});
    await loading.updateComplete;
    expect($(loading, '.grid.skeleton')?.getAttribute('aria-busy')).toBe('true');
    const element = mount({ 'api-base': api });
    await settled(element);
    await vi.waitFor(() =>
      expect($<HTMLSelectElement>(element, 'select[name="district"]')?.options.length).toBe(25),
    );
    await noViolations(element, { rules: WCAG });
    // Every control has an accessible name and the touch targets are at least 24 px.
    for (const control of shadow(element).querySelectorAll<HTMLElement>('input, select, button')) {
      const box = control.getBoundingClientRect();
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    }
  });

  it('passes axe in the dark theme', async () => {
    host.classList.add('cerdas-theme-dark');
    host.style.background = '#111827';
    const element = mount({ 'api-base': api });
    await settled(element);
    await vi.waitFor(() =>
      expect(cards(element)[0]?.querySelector('.district')?.textContent).not.toBe(''),
    );
    await noViolations(element, { rules: WCAG });
  });

  it('shows a thumbnail from /media lazily when the business has a photo', async () => {
    const real = await catalogFromApi('limit=24');
    const photo = {
      id: 'foto-1',
      path: 'umkm/contoh/foto-1.webp',
      mime: 'image/webp',
      width: 800,
      height: 600,
      bytes: 48000,
      alt: 'Etalase keripik di warung',
    } as const;
    const page = {
      ...real,
      items: real.items.map((item, i) => (i === 0 ? { ...item, thumbnail: photo } : item)),
    };
    window.fetch = async () => Response.json(page);
    const element = mount({ 'api-base': `${api}/` });
    await settled(element);
    const img = cards(element)[0]?.querySelector('img');
    expect(img?.getAttribute('src')).toBe(`${api}/media/umkm/contoh/foto-1.webp`);
    expect(img?.getAttribute('loading')).toBe('lazy');
    expect(img?.getAttribute('alt')).toBe('Etalase keripik di warung');
    expect(cards(element)[1]?.querySelector('img')).toBeNull();
  });

  it('renders hostile strings from the API as text and never links javascript:', async () => {
    armXssTrap();
    const real = await catalogFromApi('limit=24');
    const hostile = real.items.map((item, i) =>
      i > 2
        ? item
        : {
            ...item,
            name: `${XSS.img}${i}`,
            shortDescription: `${XSS.script} javascript:alert(1)`,
            thumbnail: {
              id: `x${i}`,
              path: 'umkm/x.png',
              mime: 'image/png',
              width: 1,
              height: 1,
              bytes: 1,
              alt: XSS.attribute,
            },
          },
    );
    window.fetch = async () => Response.json({ ...real, items: hostile });
    const element = mount({
      'api-base': api,
      'href-template': `${XSS.url}//{id}`,
    });
    element.strings = { empty: XSS.img };
    await settled(element);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expectNoScriptRan();
    expect(names(element)[0]).toBe(`${XSS.img}0`);
    expect(cards(element)[0]?.querySelector('.desc')?.textContent).toBe(
      `${XSS.script} javascript:alert(1)`,
    );
    expect(shadow(element).querySelectorAll('script')).toHaveLength(0);
    // The only images are the thumbnails the widget made, with the API's alt as an attribute.
    const images = [...shadow(element).querySelectorAll('img')];
    expect(images.every((img) => img.getAttribute('src') === `${api}/media/umkm/x.png`)).toBe(true);
    expect(images.every((img) => !img.hasAttribute('onerror'))).toBe(true);
    // A javascript: template yields buttons, never links.
    expect(shadow(element).querySelectorAll('a')).toHaveLength(0);
    cards(element)[0]?.querySelector<HTMLButtonElement>('button.open')?.click();
    expectNoScriptRan();
  });
});

describe('<cerdas-umkm-catalog> with 10,000 businesses', () => {
  afterEach(async () => {
    await page.viewport(414, 896);
  });

  it.each([
    ['a 360 × 640 phone', 360, 640],
    ['a 1280 × 800 desktop', 1280, 800],
  ])(
    'keeps a keystroke-to-paint time small while filtering 10,000 loaded cards on %s',
    async (label, width, height) => {
      await page.viewport(width, height);
      const real = await catalogFromApi('limit=100');
      const template = real.items;
      const PAGE = 100;
      const TOTAL = 10_000;
      // Pages of real items replicated with new ids, so every shape stays the server's.
      const pageAt = (start: number): BusinessCatalogPage => ({
        items: Array.from({ length: Math.min(PAGE, TOTAL - start) }, (_, k) => {
          const n = start + k;
          const item = template[n % template.length];
          if (!item) throw new Error('empty template');
          return { ...item, id: `${item.id}-${n}` };
        }),
        nextCursor: start + PAGE < TOTAL ? `c${start + PAGE}` : null,
      });
      window.fetch = async (input, init) => {
        const request = new Request(input, init);
        const url = new URL(request.url);
        if (url.searchParams.has('text')) {
          // The server's search is left pending: this measures the widget alone.
          return new Promise((_, reject) =>
            request.signal.addEventListener('abort', () =>
              reject(new DOMException('aborted', 'AbortError')),
            ),
          );
        }
        const cursor = url.searchParams.get('cursor');
        return Response.json(pageAt(cursor ? Number(cursor.slice(1)) : 0));
      };
      const element = mount({ 'api-base': api, 'page-size': '100' });
      await settled(element);
      while (status(element).includes('masih ada') || !status(element).includes('10.000')) {
        await element.loadMore();
        await element.updateComplete;
      }
      expect(status(element)).toContain('10.000');
      // Only the cards near the viewport are in the DOM.
      expect(cards(element).length).toBeLessThan(100);

      const input = $<HTMLInputElement>(element, 'input[type="search"]');
      if (!input) throw new Error('no search box');
      const timings: number[] = [];
      let keydownAt = 0;
      input.addEventListener('keydown', (event) => {
        keydownAt = event.timeStamp;
      });
      // Keystroke → next paint: from the keydown's timestamp to a task queued from the first
      // animation frame after the widget re-rendered, i.e. once that frame has been painted.
      // "Work" is the part spent in the widget: keydown → local filter and re-render done.
      const work: number[] = [];
      const nextPaint = () =>
        new Promise<number>((resolve) => {
          input.addEventListener(
            'input',
            async () => {
              await element.updateComplete;
              work.push(performance.now() - keydownAt);
              requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => resolve(performance.now() - keydownAt);
                channel.port2.postMessage(null);
              });
            },
            { once: true },
          );
        });
      input.focus();
      const keys = [
        ...'aneka kue sari'.split(''),
        ...Array(14).fill('{Backspace}'),
        ...'bakso lestari'.split(''),
        ...Array(9).fill('{Backspace}'),
      ].map((key) => (key === ' ' ? '{Space}' : key));
      const shownAfter: number[] = [];
      for (const key of keys) {
        const painted = nextPaint();
        await userEvent.keyboard(key);
        timings.push(await painted);
        shownAfter.push(cards(element).length);
      }
      expect(timings).toHaveLength(50);
      expect(input.value).toBe('baks');
      // The last keystrokes narrowed the 10,000 cards locally.
      await vi.waitFor(() =>
        expect(names(element).every((name) => /baks/i.test(name ?? ''))).toBe(true),
      );
      const quantile = (values: number[], q: number) => {
        const sorted = [...values].sort((a, b) => a - b);
        return (sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0).toFixed(
          1,
        );
      };
      console.log(
        `[umkm-catalog] ${label}: 10,000 businesses, ${timings.length} keystrokes. ` +
          `keydown → next paint: median ${quantile(timings, 0.5)} ms, p95 ${quantile(timings, 0.95)} ms, ` +
          `max ${quantile(timings, 1)} ms; of which widget work (filter + render): ` +
          `median ${quantile(work, 0.5)} ms, p95 ${quantile(work, 0.95)} ms; ` +
          `cards in DOM ≤ ${Math.max(...shownAfter)}`,
      );
    },
    120_000,
  );
});

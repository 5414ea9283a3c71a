import { IKM_KINERJA_LABELS, type IkmKinerja } from '@cerdas/model';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import './define.js';
import type { CerdasIkmBadge } from './ikm-badge.js';

declare module 'vitest' {
  interface ProvidedContext {
    /** The seeded reference server started by the chromium project's globalSetup. */
    cerdasApiUrl: string;
  }
}

const api = inject('cerdasApiUrl');
const CLOSED_PORT = 'http://127.0.0.1:9';

let host: HTMLElement;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(() => {
  host.remove();
  vi.restoreAllMocks();
});

function mount(attributes: Record<string, string>, lang = 'id'): CerdasIkmBadge {
  const element = document.createElement('cerdas-ikm-badge');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  host.setAttribute('lang', lang);
  host.append(element);
  return element;
}

function root(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

function text(node: ParentNode | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function ready(element: HTMLElement): Promise<void> {
  await vi.waitFor(
    () =>
      expect(root(element).querySelector('[part="badge"]')?.getAttribute('aria-busy')).toBe(
        'false',
      ),
    { timeout: 8000 },
  );
}

async function report(query: string) {
  return (await fetch(`${api}/v1/ikm?${query}`)).json();
}

async function noViolations(element: HTMLElement): Promise<void> {
  const result = await axe.run(element, { resultTypes: ['violations'] });
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
  ).toEqual([]);
}

describe('<cerdas-ikm-badge>', () => {
  it('shows a service’s index with two decimals, its mutu and kinerja, and the respondents', async () => {
    const element = mount({ 'api-base': api, 'service-id': 'ktp-el-baru' });
    await element.updateComplete;
    expect(root(element).querySelector('[part="badge"]')?.getAttribute('aria-busy')).toBe('true');
    await ready(element);
    const { result } = await report('service=ktp-el-baru');
    expect(result).not.toBeNull();
    const index = text(root(element).querySelector('.index'));
    expect(index).toBe(result.indexRounded.toFixed(2).replace('.', ','));
    expect(text(root(element).querySelector('.letter'))).toBe(result.mutu);
    expect(text(root(element).querySelector('.mutu'))).toBe(
      `Mutu ${result.mutu} (${IKM_KINERJA_LABELS[result.kinerja as IkmKinerja].id})`,
    );
    expect(text(root(element).querySelector('.muted'))).toBe(
      `dari ${result.respondents} responden`,
    );
    expect(root(element).querySelector('[part="badge"]')?.getAttribute('aria-label')).toBe(
      'Indeks Kepuasan Masyarakat',
    );
    await noViolations(element);
  });

  it('shows an OPD’s index and a poor mutu as D', async () => {
    const opd = mount({ 'api-base': api, opd: 'dispendukcapil' });
    const poor = mount({ 'api-base': api, 'service-id': 'pbg' });
    await ready(opd);
    await ready(poor);
    const opdReport = await report('opd=dispendukcapil');
    expect(text(root(opd).querySelector('.muted'))).toBe(
      `dari ${opdReport.result.respondents} responden`,
    );
    const poorReport = await report('service=pbg');
    expect(poorReport.result.mutu).toBe('D');
    expect(text(root(poor).querySelector('.mutu'))).toBe('Mutu D (Tidak Baik)');
    expect(text(root(poor).querySelector('.index'))).toBe(
      poorReport.result.indexRounded.toFixed(2).replace('.', ','),
    );
  });

  it('says "belum ada penilaian" when nobody has answered yet', async () => {
    const empty = await report('service=ikd');
    expect(empty.result).toBeNull();
    const element = mount({ 'api-base': api, 'service-id': 'ikd' });
    await ready(element);
    expect(text(root(element).querySelector('.none'))).toBe('Belum ada penilaian');
    expect(root(element).querySelector('.index')).toBeNull();
    await noViolations(element);
  });

  it('speaks English with English decimals', async () => {
    const element = mount({ 'api-base': api, 'service-id': 'ktp-el-baru' }, 'en');
    await ready(element);
    const { result } = await report('service=ktp-el-baru');
    expect(text(root(element).querySelector('.index'))).toBe(result.indexRounded.toFixed(2));
    expect(text(root(element).querySelector('.mutu'))).toMatch(/^Grade [A-D] \(.+\)$/);
    expect(text(root(element).querySelector('.muted'))).toBe(
      `from ${result.respondents} respondents`,
    );
    await noViolations(element);
  });

  it('shows an error with a retry, and says when it is offline', async () => {
    const element = mount({ 'api-base': CLOSED_PORT, 'service-id': 'ktp-el-baru' });
    await vi.waitFor(
      () =>
        expect(text(root(element).querySelector('[role="status"]'))).toBe(
          'Indeks kepuasan tidak dapat dimuat.',
        ),
      { timeout: 10_000 },
    );
    await noViolations(element);
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    root(element).querySelector<HTMLButtonElement>('button')?.click();
    await vi.waitFor(
      () =>
        expect(text(root(element).querySelector('[role="status"]'))).toBe(
          'Perangkat Anda sedang luring. Indeks dimuat saat koneksi kembali.',
        ),
      { timeout: 10_000 },
    );
    vi.restoreAllMocks();
    element.apiBase = api;
    await ready(element);
    expect(root(element).querySelector('.index')).not.toBeNull();
  });

  it('loads by itself when the connection returns', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
    const element = mount({ 'api-base': api, 'service-id': 'ktp-el-baru' });
    await vi.waitFor(() => expect(root(element).querySelector('button')).not.toBeNull(), {
      timeout: 10_000,
    });
    fetchSpy.mockRestore();
    window.dispatchEvent(new Event('online'));
    await ready(element);
    expect(root(element).querySelector('.index')).not.toBeNull();
  });

  it('renders hostile strings as text', async () => {
    (window as unknown as { __xss: boolean }).__xss = false;
    const element = mount({ 'api-base': api, 'service-id': 'ikd' });
    element.strings = {
      label: '"><img src=x onerror="window.__xss = true">',
      none: '<script>window.__xss = true</script>',
    };
    await ready(element);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(text(root(element).querySelector('.none'))).toBe('<script>window.__xss = true</script>');
    expect(root(element).querySelectorAll('script, img')).toHaveLength(0);
    expect((window as unknown as { __xss: boolean }).__xss).toBe(false);
  });
});

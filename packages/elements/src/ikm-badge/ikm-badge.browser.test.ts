import { IKM_KINERJA_LABELS, type IkmKinerja } from '@cerdas/model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noViolations } from '../../test/support/axe.js';
import { mountIn, shadow, text, useHost } from '../../test/support/dom.js';
import { armXssTrap, expectNoScriptRan, XSS } from '../../test/support/hostile.js';
import { api, CLOSED_PORT } from '../../test/support/network.js';
import './define.js';
import type { CerdasIkmBadge } from './ikm-badge.js';

useHost();

afterEach(() => {
  vi.restoreAllMocks();
});

function mount(attributes: Record<string, string>, lang = 'id'): CerdasIkmBadge {
  return mountIn('cerdas-ikm-badge', attributes, lang);
}

async function ready(element: HTMLElement): Promise<void> {
  await vi.waitFor(
    () =>
      expect(shadow(element).querySelector('[part="badge"]')?.getAttribute('aria-busy')).toBe(
        'false',
      ),
    { timeout: 8000 },
  );
}

async function report(query: string) {
  return (await fetch(`${api}/v1/ikm?${query}`)).json();
}

describe('<cerdas-ikm-badge>', () => {
  it('shows a service’s index with two decimals, its mutu and kinerja, and the respondents', async () => {
    const element = mount({ 'api-base': api, 'service-id': 'ktp-el-baru' });
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="badge"]')?.getAttribute('aria-busy')).toBe('true');
    await ready(element);
    const { result } = await report('service=ktp-el-baru');
    expect(result).not.toBeNull();
    const index = text(shadow(element).querySelector('.index'));
    expect(index).toBe(result.indexRounded.toFixed(2).replace('.', ','));
    expect(text(shadow(element).querySelector('.letter'))).toBe(result.mutu);
    expect(text(shadow(element).querySelector('.mutu'))).toBe(
      `Mutu ${result.mutu} (${IKM_KINERJA_LABELS[result.kinerja as IkmKinerja].id})`,
    );
    expect(text(shadow(element).querySelector('.muted'))).toBe(
      `dari ${result.respondents} responden`,
    );
    expect(shadow(element).querySelector('[part="badge"]')?.getAttribute('aria-label')).toBe(
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
    expect(text(shadow(opd).querySelector('.muted'))).toBe(
      `dari ${opdReport.result.respondents} responden`,
    );
    const poorReport = await report('service=pbg');
    expect(poorReport.result.mutu).toBe('D');
    expect(text(shadow(poor).querySelector('.mutu'))).toBe('Mutu D (Tidak Baik)');
    expect(text(shadow(poor).querySelector('.index'))).toBe(
      poorReport.result.indexRounded.toFixed(2).replace('.', ','),
    );
  });

  it('says "belum ada penilaian" when nobody has answered yet', async () => {
    const empty = await report('service=ikd');
    expect(empty.result).toBeNull();
    const element = mount({ 'api-base': api, 'service-id': 'ikd' });
    await ready(element);
    expect(text(shadow(element).querySelector('.none'))).toBe('Belum ada penilaian');
    expect(shadow(element).querySelector('.index')).toBeNull();
    await noViolations(element);
  });

  it('speaks English with English decimals', async () => {
    const element = mount({ 'api-base': api, 'service-id': 'ktp-el-baru' }, 'en');
    await ready(element);
    const { result } = await report('service=ktp-el-baru');
    expect(text(shadow(element).querySelector('.index'))).toBe(result.indexRounded.toFixed(2));
    expect(text(shadow(element).querySelector('.mutu'))).toMatch(/^Grade [A-D] \(.+\)$/);
    expect(text(shadow(element).querySelector('.muted'))).toBe(
      `from ${result.respondents} respondents`,
    );
    await noViolations(element);
  });

  it('shows an error with a retry, and says when it is offline', async () => {
    const element = mount({ 'api-base': CLOSED_PORT, 'service-id': 'ktp-el-baru' });
    await vi.waitFor(
      () =>
        expect(text(shadow(element).querySelector('[role="status"]'))).toBe(
          'Indeks kepuasan tidak dapat dimuat.',
        ),
      { timeout: 10_000 },
    );
    await noViolations(element);
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    shadow(element).querySelector<HTMLButtonElement>('button')?.click();
    await vi.waitFor(
      () =>
        expect(text(shadow(element).querySelector('[role="status"]'))).toBe(
          'Perangkat Anda sedang luring. Indeks dimuat saat koneksi kembali.',
        ),
      { timeout: 10_000 },
    );
    vi.restoreAllMocks();
    element.apiBase = api;
    await ready(element);
    expect(shadow(element).querySelector('.index')).not.toBeNull();
  });

  it('loads by itself when the connection returns', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
    const element = mount({ 'api-base': api, 'service-id': 'ktp-el-baru' });
    await vi.waitFor(() => expect(shadow(element).querySelector('button')).not.toBeNull(), {
      timeout: 10_000,
    });
    fetchSpy.mockRestore();
    window.dispatchEvent(new Event('online'));
    await ready(element);
    expect(shadow(element).querySelector('.index')).not.toBeNull();
  });

  it('renders hostile strings as text', async () => {
    armXssTrap();
    const element = mount({ 'api-base': api, 'service-id': 'ikd' });
    element.strings = { label: XSS.attribute, none: XSS.script };
    await ready(element);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(text(shadow(element).querySelector('.none'))).toBe(XSS.script);
    expect(shadow(element).querySelectorAll('script, img')).toHaveLength(0);
    expectNoScriptRan();
  });
});

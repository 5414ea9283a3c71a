import { ComplaintCreate, validate } from '@cerdas/model';
import axe from 'axe-core';
import { render } from 'lit';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { clearDraft, Outbox, type OutboxItem } from '../base/outbox.js';
import type { CerdasComplaintForm } from './complaint-form.js';
import './define.js';

declare module 'vitest' {
  interface ProvidedContext {
    /** The seeded reference server started by the chromium project's globalSetup. */
    cerdasApiUrl: string;
  }
}

const api = inject('cerdasApiUrl');
const CLOSED_PORT = 'http://127.0.0.1:9';
const TRACKING = /^ADU-3514-\d{4}-\d{6}$/;
const outbox = new Outbox('complaints.submit');
const realFetch = window.fetch.bind(window);

let host: HTMLElement;

beforeEach(async () => {
  for (const item of await outbox.list()) await outbox.discard(item.id);
  clearDraft('complaint-form');
  clearDraft('complaint-form/photos');
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(() => {
  host.remove();
  vi.restoreAllMocks();
});

async function mount(attributes: Record<string, string> = {}, lang = 'id') {
  const element = document.createElement('cerdas-complaint-form');
  element.setAttribute('api-base', api);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  host.setAttribute('lang', lang);
  host.append(element);
  await element.updateComplete;
  await vi.waitFor(() => expect(districts(element).length).toBeGreaterThan(1));
  return element;
}

function shadow(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

function control<T extends HTMLElement = HTMLInputElement>(element: HTMLElement, id: string): T {
  const found = shadow(element).querySelector<T>(`#${id}`);
  if (!found) throw new Error(`no #${id}`);
  return found;
}

function districts(element: HTMLElement): HTMLOptionElement[] {
  return [...(shadow(element).querySelector('#district')?.querySelectorAll('option') ?? [])];
}

function text(element: HTMLElement, selector: string): string {
  return shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Sets a control as a person would leave it, firing the events the form listens to. */
async function set(element: CerdasComplaintForm, id: string, value: string): Promise<void> {
  const input = control<HTMLInputElement | HTMLSelectElement>(element, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

async function fillValid(element: CerdasComplaintForm, title: string): Promise<void> {
  await set(element, 'category', 'penerangan-jalan');
  await set(element, 'title', title);
  await set(
    element,
    'description',
    'Lampu jalan di depan sekolah mati sejak dua minggu, jalan gelap pada malam hari.',
  );
  await set(element, 'district', '35.14.01');
  await vi.waitFor(() =>
    expect(control(element, 'village').querySelectorAll('option').length).toBeGreaterThan(1),
  );
  await set(element, 'village', '35.14.01.2001');
  await set(element, 'phone', '0812-3456-7890');
}

async function submit(element: CerdasComplaintForm): Promise<void> {
  await userEvent.click(shadow(element).querySelector('[part="submit"]') as HTMLElement);
}

async function receiptOf(element: CerdasComplaintForm): Promise<string> {
  await vi.waitFor(() => expect(text(element, '.tracking')).toMatch(TRACKING), { timeout: 10_000 });
  return text(element, '.tracking');
}

async function noViolations(element: HTMLElement): Promise<void> {
  const result = await axe.run(element, { resultTypes: ['violations'] });
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
  ).toEqual([]);
}

interface Sent {
  url: string;
  key: string | null;
  body: unknown;
  status?: number;
  replayed?: string | null;
}

/**
 * The network between the page and the API, under the test's control: `down` rejects like a
 * lost connection, `drop` delivers the request but loses the answer; every POST is recorded.
 */
function network() {
  const state = {
    mode: 'up' as 'up' | 'down' | 'drop',
    sent: [] as Sent[],
    dropped: [] as unknown[],
  };
  vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    if (!request.url.startsWith(api)) return realFetch(request);
    if (state.mode === 'down') throw new TypeError('Failed to fetch');
    const record: Sent = {
      url: request.url,
      key: request.headers.get('idempotency-key'),
      body: request.method === 'POST' ? await request.clone().json() : undefined,
    };
    const response = await realFetch(request);
    record.status = response.status;
    record.replayed = response.headers.get('idempotent-replayed');
    if (request.method === 'POST') state.sent.push(record);
    if (state.mode === 'drop' && request.method === 'POST') {
      state.dropped.push(await response.json());
      state.mode = 'down';
      throw new TypeError('Failed to fetch');
    }
    return response;
  });
  return state;
}

describe('<cerdas-complaint-form>', () => {
  it('offers the model’s categories and kinds and the regency’s districts, then their villages', async () => {
    const element = await mount();
    const categories = [...control(element, 'category').querySelectorAll('option')].map(
      (o) => o.textContent,
    );
    expect(categories).toHaveLength(13);
    expect(categories).toContain('Penerangan jalan umum');
    expect(control<HTMLSelectElement>(element, 'kind').value).toBe('pengaduan');
    expect(districts(element).map((o) => o.textContent)).toContain('Purwodadi');
    expect(control<HTMLSelectElement>(element, 'village').disabled).toBe(true);

    await userEvent.selectOptions(control(element, 'district'), '35.14.01');
    await vi.waitFor(() =>
      expect(
        [...control(element, 'village').querySelectorAll('option')].map((o) => o.textContent),
      ).toContain('Gerbo'),
    );
    expect(control<HTMLSelectElement>(element, 'village').disabled).toBe(false);
  });

  it('counts the description as it is typed, against the 4000 limit', async () => {
    const element = await mount();
    control(element, 'description').focus();
    await userEvent.keyboard('Lampu mati');
    await element.updateComplete;
    expect(text(element, '#description-hint')).toBe('10 dari 4.000 karakter');
    expect(control(element, 'description').getAttribute('maxlength')).toBe('4000');
    expect(control(element, 'description').getAttribute('aria-describedby')).toContain(
      'description-hint',
    );
  });

  it('shows the model’s own messages at each field, marks them invalid and focuses the first', async () => {
    const element = await mount();
    await set(element, 'title', '   ');
    await submit(element);
    await vi.waitFor(() => expect(text(element, '#category-error')).not.toBe(''));

    const expected = validate(
      ComplaintCreate,
      {
        kind: 'pengaduan',
        title: undefined,
        privacy: 'public',
        reporter: {},
        photoIds: [],
      },
      'id',
    );
    expect(expected.success).toBe(false);
    const message = (path: string) => {
      const error = expected.success ? undefined : expected.errors.find((e) => e.path === path);
      return error?.message.slice(path.length + 2);
    };
    expect(text(element, '#category-error')).toBe(message('category'));
    expect(text(element, '#description-error')).toBe(message('description'));
    expect(text(element, '#district-error')).toBe(message('regionCode'));
    const category = control(element, 'category');
    expect(category.getAttribute('aria-invalid')).toBe('true');
    expect(category.getAttribute('aria-describedby')).toBe('category-error');
    expect(shadow(element).activeElement).toBe(category);
    expect(control(element, 'kind').getAttribute('aria-invalid')).toBe('false');
    expect(text(element, '[role="status"]')).toMatch(/isian yang perlu diperbaiki/);

    // Typing in a field clears its message.
    await set(element, 'category', 'kebersihan');
    expect(shadow(element).querySelector('#category-error')).toBeNull();
    await noViolations(element);
  });

  it('asks for a phone number or an e-mail unless the report is anonymous', async () => {
    const element = await mount({}, 'en');
    await fillValid(element, 'Street light out');
    await set(element, 'phone', '');
    await submit(element);
    await vi.waitFor(() =>
      expect(text(element, '#phone-error')).toBe(
        'give a phone number or an e-mail address so that officers can reach you',
      ),
    );
    expect(shadow(element).activeElement?.id).toBe('phone');

    await userEvent.click(control(element, 'privacy-anonymous'));
    await element.updateComplete;
    expect(shadow(element).querySelector('#phone')).toBeNull();
    expect(text(element, 'form')).toContain('Nothing about you is stored');
  });

  it('files a report on the real server and shows the tracking number, copyable, and the receipt code', async () => {
    const net = network();
    const writeText = vi.fn(async (_: string) => undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as never);
    const element = await mount();
    const submitted = vi.fn();
    element.addEventListener('cerdas-submitted', (e) => submitted((e as CustomEvent).detail));
    await fillValid(element, 'Lampu jalan mati di depan SDN 1 Gerbo');
    await submit(element);

    const tracking = await receiptOf(element);
    expect(submitted).toHaveBeenCalledWith({ trackingNumber: tracking });
    expect(text(element, '.code')).toMatch(/^[A-Za-z0-9_-]{22,64}$/);
    expect(text(element, '.receipt')).toContain('Simpan kode ini');
    expect(shadow(element).activeElement?.id).toBe('receipt-0');
    expect(net.sent).toHaveLength(1);
    expect(net.sent[0]?.key).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
    expect(net.sent[0]?.body).toMatchObject({
      regionCode: '35.14.01.2001',
      reporter: { phone: '0812-3456-7890' },
      photoIds: [],
    });

    await userEvent.click(shadow(element).querySelector('dd button') as HTMLElement);
    expect(writeText).toHaveBeenCalledWith(tracking);
    await vi.waitFor(() =>
      expect(text(element, '[role="status"]')).toBe('Nomor pelacakan disalin.'),
    );

    const tracked = await realFetch(`${api}/v1/complaints/${tracking}`);
    expect(tracked.status).toBe(200);
    expect(((await tracked.json()) as { status: string }).status).toBe('received');
    expect(await outbox.list()).toEqual([]);
    await noViolations(element);

    await userEvent.click(shadow(element).querySelector('.receipt ~ button') as HTMLElement);
    expect(shadow(element).activeElement?.id).toBe('kind');
    expect(control(element, 'title').value).toBe('');
  });

  it('keeps what was typed across a reload', async () => {
    const first = await mount();
    control(first, 'title').focus();
    await userEvent.keyboard('Sampah menumpuk di pasar');
    await set(first, 'district', '35.14.01');
    await userEvent.click(control(first, 'privacy-confidential'));
    first.remove();

    const second = await mount();
    expect(control(second, 'title').value).toBe('Sampah menumpuk di pasar');
    expect(control<HTMLSelectElement>(second, 'district').value).toBe('35.14.01');
    expect(control(second, 'privacy-confidential').checked).toBe(true);
    expect(text(second, '[role="status"]')).toBe('Isian yang belum terkirim dipulihkan.');
  });

  it('keeps a report made offline in the outbox and sends it once, with its key, when the network returns', async () => {
    const net = network();
    net.mode = 'down';
    const title = `Jembatan retak ${Date.now()}`;
    let element = await mount();
    await fillValid(element, title);
    await submit(element);

    await vi.waitFor(
      () =>
        expect(text(element, '[role="status"]')).toBe(
          'Belum terkirim: laporan tersimpan di perangkat ini dan dikirim otomatis saat koneksi kembali.',
        ),
      { timeout: 10_000 },
    );
    const [stored] = (await outbox.list()) as OutboxItem<{ complaint: { title: string } }>[];
    expect(stored?.body.complaint.title).toBe(title);
    expect(stored?.failed).toBe(false);
    expect(stored?.attempts).toBe(1);
    expect(text(element, '.outbox')).toContain(title);
    expect(text(element, '.outbox')).toContain('dikirim otomatis');
    // The form is free for another report, and a reload does not offer this one twice.
    expect(control(element, 'title').value).toBe('');
    await noViolations(element);

    // A reload while still offline: the report still waits.
    element.remove();
    element = await mount();
    expect(text(element, '.outbox')).toContain(title);
    expect(control(element, 'title').value).toBe('');

    net.mode = 'up';
    window.dispatchEvent(new Event('online'));
    const tracking = await receiptOf(element);
    await vi.waitFor(async () => expect(await outbox.list()).toEqual([]));
    expect(shadow(element).querySelector('.outbox')).toBeNull();
    expect(net.sent).toHaveLength(1);
    expect(net.sent[0]?.key).toBe(stored?.idempotencyKey);
    expect(net.sent[0]?.status).toBe(201);

    // Sending the same report again with the same key files nothing new.
    const again = await realFetch(`${api}/v1/complaints`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': stored?.idempotencyKey ?? '',
      },
      body: JSON.stringify(net.sent[0]?.body),
    });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(((await again.json()) as { trackingNumber: string }).trackingNumber).toBe(tracking);
    const tracked = await realFetch(`${api}/v1/complaints/${tracking}`);
    expect(tracked.status).toBe(200);
  });

  it('files one complaint when the connection drops after the server received the report', async () => {
    const net = network();
    net.mode = 'drop';
    const element = await mount();
    await fillValid(element, `Got mampet ${Date.now()}`);
    await submit(element);
    await vi.waitFor(() => expect(text(element, '.outbox')).toContain('Got mampet'), {
      timeout: 10_000,
    });
    const filed = (net.dropped[0] as { trackingNumber: string }).trackingNumber;
    expect(filed).toMatch(TRACKING);

    net.mode = 'up';
    window.dispatchEvent(new Event('online'));
    // The retry with the stored key is answered with the complaint filed the first time.
    expect(await receiptOf(element)).toBe(filed);
    const retry = net.sent.at(-1);
    expect(retry?.replayed).toBe('true');
    expect(retry?.key).toBe(net.sent[0]?.key);
    expect(shadow(element).querySelectorAll('.receipt')).toHaveLength(1);
  });

  it('keeps a refused report as failed with the server’s problem, and takes it back into the form to fix', async () => {
    const net = network();
    net.mode = 'down';
    // Sidoarjo's villages: valid codes, but outside the server's regency (Pasuruan).
    const element = await mount({ region: '35.15' });
    await set(element, 'category', 'kebersihan');
    await set(element, 'title', 'Sampah di luar wilayah');
    await set(element, 'description', 'Sampah menumpuk di tepi jalan sejak seminggu.');
    await set(element, 'district', districts(element)[1]?.value ?? '');
    await set(element, 'email', 'warga@example.com');
    await submit(element);
    await vi.waitFor(() => expect(text(element, '.outbox')).toContain('Sampah di luar wilayah'), {
      timeout: 10_000,
    });

    net.mode = 'up';
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(
      () => expect(text(element, '.outbox')).toContain('Server menolak laporan ini'),
      {
        timeout: 10_000,
      },
    );
    expect(text(element, '.outbox')).toContain('harus berada di wilayah kabupaten/kota ini');
    const [failed] = await outbox.list();
    expect(failed?.failed).toBe(true);
    expect(failed?.lastError?.status).toBe(422);
    // Not retried: the next flush leaves it alone.
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(net.sent.filter((s) => s.status === 422)).toHaveLength(1);
    await noViolations(element);

    const fix = [...shadow(element).querySelectorAll('.outbox button')].find(
      (b) => b.textContent?.trim() === 'Perbaiki',
    ) as HTMLElement;
    await userEvent.click(fix);
    await vi.waitFor(() => expect(control(element, 'title').value).toBe('Sampah di luar wilayah'));
    expect(text(element, '#form-error')).toContain('harus berada di wilayah kabupaten/kota ini');
    expect(shadow(element).activeElement?.id).toBe('form-error');
    expect(await outbox.list()).toEqual([]);
    expect(control(element, 'email').value).toBe('warga@example.com');
  });

  it('uploads a photo with a progress bar and files it with the report', async () => {
    const net = network();
    const element = await mount();
    await fillValid(element, 'Pohon tumbang menutup jalan');
    await choosePhotos(element, [await photo('pohon.png')]);
    const bar = shadow(element).querySelector<HTMLProgressElement>('progress');
    expect(bar?.getAttribute('aria-label')).toBe('Mengunggah pohon.png');
    await vi.waitFor(() => expect(text(element, '.photos')).toContain('Terunggah.'));
    expect(bar?.value).toBe(100);
    await submit(element);
    await receiptOf(element);
    const body = net.sent.at(-1)?.body as { photoIds: string[] };
    expect(body.photoIds).toHaveLength(1);
  });

  it('lists a report made while the browser knows it is offline at once', async () => {
    const net = network();
    net.mode = 'down';
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const title = `Lampu jalan padam ${Date.now()}`;
    const element = await mount();
    await fillValid(element, title);
    await submit(element);
    // Offline the outbox does not even try, so no outbox event says the report is waiting.
    await vi.waitFor(() => expect(text(element, '.outbox')).toContain(title), { timeout: 10_000 });
    expect(net.sent).toHaveLength(0);
    expect(control(element, 'title').value).toBe('');
  });

  it('sends a photo chosen offline together with the report when the network returns', async () => {
    const net = network();
    const element = await mount();
    element.apiBase = CLOSED_PORT;
    await fillValid(element, 'Jalan berlubang dekat pasar');
    await choosePhotos(element, [await photo('lubang.png')]);
    await vi.waitFor(() => expect(text(element, '.photos')).toContain('Gagal mengunggah;'));
    expect(text(element, '.photos')).toContain('Unggah lagi');
    await submit(element);
    await vi.waitFor(() => expect(text(element, '.outbox')).toContain('Jalan berlubang'), {
      timeout: 10_000,
    });

    element.apiBase = api;
    window.dispatchEvent(new Event('online'));
    await receiptOf(element);
    const body = net.sent.at(-1)?.body as { photoIds: string[] };
    expect(body.photoIds).toHaveLength(1);
  });

  it('refuses files that are not photos before uploading them', async () => {
    const element = await mount();
    await choosePhotos(element, [new File(['not a photo'], 'catatan.txt', { type: 'text/plain' })]);
    expect(text(element, '#photos-error')).toBe(
      'JPEG, PNG, atau WebP, paling besar 5 MB per foto.',
    );
    expect(control(element, 'photos').getAttribute('aria-invalid')).toBe('true');
    expect(shadow(element).querySelectorAll('.photos li')).toHaveLength(0);
  });

  it('uses the device location, and explains a denied permission', async () => {
    const element = await mount({}, 'en');
    const geolocation = navigator.geolocation;
    const locate = vi.spyOn(geolocation, 'getCurrentPosition');
    locate.mockImplementationOnce((success) =>
      success({ coords: { latitude: -7.6453121, longitude: 112.9075 } } as GeolocationPosition),
    );
    await userEvent.click(control(element, 'location'));
    await element.updateComplete;
    expect(text(element, '#location-value')).toBe(
      'Device location: latitude -7.64531, longitude 112.9075.',
    );
    expect(element.draft.location).toEqual({ lat: -7.645312, lng: 112.9075 });
    await userEvent.click(control(element, 'location'));
    await element.updateComplete;
    expect(element.draft.location).toBeUndefined();

    locate.mockImplementationOnce((_, failure) =>
      failure?.({ code: 1, PERMISSION_DENIED: 1 } as GeolocationPositionError),
    );
    await userEvent.click(control(element, 'location'));
    await element.updateComplete;
    expect(text(element, '#location-error')).toMatch(/^Location permission was denied/);
    expect(control(element, 'location').getAttribute('aria-describedby')).toBe('location-error');
    await noViolations(element);
  });

  it('speaks English with lang="en" and passes axe in both languages', async () => {
    const element = await mount({}, 'en');
    expect(text(element, 'label[for="category"]')).toBe('Category');
    expect(text(element, '[part="submit"]')).toBe('Send report');
    expect(
      [...control(element, 'category').querySelectorAll('option')].map((o) => o.textContent),
    ).toContain('Street lighting');
    await noViolations(element);
    element.setAttribute('lang', 'id');
    await vi.waitFor(() => expect(text(element, '[part="submit"]')).toBe('Kirim laporan'));
    await noViolations(element);
  });

  it('tells that it is offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const element = await mount();
    window.dispatchEvent(new Event('offline'));
    await element.updateComplete;
    expect(text(element, '[part="notice"]')).toMatch(/^Anda sedang offline/);
  });

  it('renders hostile strings from the server and from file names as text', async () => {
    const w = window as unknown as { __xss: boolean };
    w.__xss = false;
    const hostile = '<img src=x onerror="window.__xss=true"><script>window.__xss=true</script>';
    vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
      const request = new Request(input, init);
      if (request.method !== 'POST') return realFetch(request);
      // A real refusal of the server, with its texts replaced by hostile ones.
      const real = await realFetch(`${api}/v1/complaints`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...(await request.json()), regionCode: '35.15.01' }),
      });
      const problem = (await real.json()) as Record<string, unknown>;
      return new Response(
        JSON.stringify({
          ...problem,
          detail: hostile,
          errors: [{ path: 'javascript:alert(1)', message: hostile, code: 'custom' }],
        }),
        { status: real.status, headers: { 'content-type': 'application/problem+json' } },
      );
    });
    const element = await mount();
    element.apiBase = CLOSED_PORT;
    await fillValid(element, hostile.slice(0, 150));
    await choosePhotos(element, [await photo(`${hostile}.png`)]);
    await vi.waitFor(() => expect(text(element, '.photos')).toContain('Gagal mengunggah;'));
    element.apiBase = api;
    await submit(element);
    await vi.waitFor(() => expect(text(element, '#form-error')).toContain('<img src=x'), {
      timeout: 10_000,
    });
    expect(control(element, 'title').value).toBe(hostile.slice(0, 150));
    expect(text(element, '.photos')).toContain('<script>');
    const root = shadow(element);
    expect(root.querySelectorAll('img, script, a')).toHaveLength(0);
    expect(w.__xss).toBe(false);
  });
});

type Story = {
  render?: (args: object, context: { loaded: Record<string, unknown> }) => unknown;
  beforeEach?: () => undefined | (() => void);
  loaders?: (() => Promise<Record<string, unknown>>)[];
};

/** Stories talk to the demo origin; here the seeded server (which the recordings come from) answers. */
function demoApiIsTheTestServer(): void {
  vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
    const request = new Request(input, init);
    return realFetch(new Request(request.url.replace('https://demo.cerdas.invalid', api), request));
  });
}

describe('<cerdas-complaint-form> stories', () => {
  it('have no axe violations, themes loaded', async () => {
    demoApiIsTheTestServer();
    await loadThemes();
    const stories = (await import('./complaint-form.stories.js')) as unknown as Record<
      string,
      Story
    >;
    const meta = stories.default as Required<Pick<Story, 'render'>>;
    const names = Object.keys(stories).filter((name) => name !== 'default');
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names) {
      const story = stories[name] as Story;
      const cleanup = story.beforeEach?.();
      const loaded = Object.assign(
        {},
        ...(await Promise.all((story.loaders ?? []).map((l) => l()))),
      );
      render((story.render ?? meta.render)({}, { loaded }), host);
      for (const element of host.querySelectorAll('cerdas-complaint-form')) {
        await (element as CerdasComplaintForm).updateComplete;
      }
      const result = await axe.run(host, { resultTypes: ['violations'] });
      expect
        .soft(
          result.violations.map(
            (v) => `${name} ${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`,
          ),
        )
        .toEqual([]);
      if (name === 'Submitted')
        expect(text(host.querySelector('cerdas-complaint-form') as HTMLElement, '.tracking')).toBe(
          'ADU-3514-2026-000001',
        );
      cleanup?.();
      render(null, host);
    }
  });
});

async function loadThemes(): Promise<void> {
  for (const theme of ['light', 'dark', 'pasuruan']) {
    if (document.querySelector(`link[data-theme="${theme}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.dataset.theme = theme;
    link.href = new URL(`../../themes/${theme}.css`, import.meta.url).href;
    await new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = reject;
      document.head.append(link);
    });
  }
}

/** A real PNG (a small canvas), as a phone's file picker would hand it over. */
async function photo(name: string): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 48;
  const context = canvas.getContext('2d');
  if (context) {
    context.fillStyle = '#0b6e4f';
    context.fillRect(0, 0, 64, 48);
  }
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no blob'))), 'image/png'),
  );
  return new File([blob], name, { type: 'image/png' });
}

async function choosePhotos(element: CerdasComplaintForm, files: File[]): Promise<void> {
  const input = control(element, 'photos');
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

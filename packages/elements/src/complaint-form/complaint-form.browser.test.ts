import { ComplaintCreate, validate } from '@cerdas/model';
import { render } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { noViolations } from '../../test/support/axe.js';
import {
  control,
  host,
  loadThemes,
  mountIn,
  set,
  shadow,
  textAt,
  useHost,
} from '../../test/support/dom.js';
import { armXssTrap, expectNoScriptRan, HOSTILE } from '../../test/support/hostile.js';
import { api, CLOSED_PORT, demoApiIsTheTestServer, realFetch } from '../../test/support/network.js';
import { clearDraft, Outbox, type OutboxItem } from '../base/outbox.js';
import type { CerdasComplaintForm } from './complaint-form.js';
import './define.js';

const TRACKING = /^ADU-3514-\d{4}-\d{6}$/;
const outbox = new Outbox('complaints.submit');

useHost();

beforeEach(async () => {
  for (const item of await outbox.list()) await outbox.discard(item.id);
  clearDraft('complaint-form');
  clearDraft('complaint-form/photos');
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function mount(attributes: Record<string, string> = {}, lang = 'id') {
  const element = mountIn<CerdasComplaintForm>(
    'cerdas-complaint-form',
    { 'api-base': api, ...attributes },
    lang,
  );
  await element.updateComplete;
  await vi.waitFor(() => expect(districts(element).length).toBeGreaterThan(1));
  return element;
}

function districts(element: HTMLElement): HTMLOptionElement[] {
  return [...(shadow(element).querySelector('#district')?.querySelectorAll('option') ?? [])];
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
  await vi.waitFor(() => expect(textAt(element, '.tracking')).toMatch(TRACKING), {
    timeout: 10_000,
  });
  return textAt(element, '.tracking');
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
    expect(textAt(element, '#description-hint')).toBe('10 dari 4.000 karakter');
    expect(control(element, 'description').getAttribute('maxlength')).toBe('4000');
    expect(control(element, 'description').getAttribute('aria-describedby')).toContain(
      'description-hint',
    );
  });

  it('shows the model’s own messages at each field, marks them invalid and focuses the first', async () => {
    const element = await mount();
    await set(element, 'title', '   ');
    await submit(element);
    await vi.waitFor(() => expect(textAt(element, '#category-error')).not.toBe(''));

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
    expect(textAt(element, '#category-error')).toBe(message('category'));
    expect(textAt(element, '#description-error')).toBe(message('description'));
    expect(textAt(element, '#district-error')).toBe(message('regionCode'));
    const category = control(element, 'category');
    expect(category.getAttribute('aria-invalid')).toBe('true');
    expect(category.getAttribute('aria-describedby')).toBe('category-error');
    expect(shadow(element).activeElement).toBe(category);
    expect(control(element, 'kind').getAttribute('aria-invalid')).toBe('false');
    expect(textAt(element, '[role="status"]')).toMatch(/isian yang perlu diperbaiki/);

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
      expect(textAt(element, '#phone-error')).toBe(
        'give a phone number or an e-mail address so that officers can reach you',
      ),
    );
    expect(shadow(element).activeElement?.id).toBe('phone');

    await userEvent.click(control(element, 'privacy-anonymous'));
    await element.updateComplete;
    expect(shadow(element).querySelector('#phone')).toBeNull();
    expect(textAt(element, 'form')).toContain('Nothing about you is stored');
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
    expect(textAt(element, '.code')).toMatch(/^[A-Za-z0-9_-]{22,64}$/);
    expect(textAt(element, '.receipt')).toContain('Simpan kode ini');
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
      expect(textAt(element, '[role="status"]')).toBe('Nomor pelacakan disalin.'),
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
    expect(textAt(second, '[role="status"]')).toBe('Isian yang belum terkirim dipulihkan.');
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
        expect(textAt(element, '[role="status"]')).toBe(
          'Belum terkirim: laporan tersimpan di perangkat ini dan dikirim otomatis saat koneksi kembali.',
        ),
      { timeout: 10_000 },
    );
    const [stored] = (await outbox.list()) as OutboxItem<{ complaint: { title: string } }>[];
    expect(stored?.body.complaint.title).toBe(title);
    expect(stored?.failed).toBe(false);
    expect(stored?.attempts).toBe(1);
    expect(textAt(element, '.outbox')).toContain(title);
    expect(textAt(element, '.outbox')).toContain('dikirim otomatis');
    // The form is free for another report, and a reload does not offer this one twice.
    expect(control(element, 'title').value).toBe('');
    await noViolations(element);

    // A reload while still offline: the report still waits.
    element.remove();
    element = await mount();
    expect(textAt(element, '.outbox')).toContain(title);
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
    await vi.waitFor(() => expect(textAt(element, '.outbox')).toContain('Got mampet'), {
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
    await vi.waitFor(() => expect(textAt(element, '.outbox')).toContain('Sampah di luar wilayah'), {
      timeout: 10_000,
    });

    net.mode = 'up';
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(
      () => expect(textAt(element, '.outbox')).toContain('Server menolak laporan ini'),
      {
        timeout: 10_000,
      },
    );
    expect(textAt(element, '.outbox')).toContain('harus berada di wilayah kabupaten/kota ini');
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
    expect(textAt(element, '#form-error')).toContain('harus berada di wilayah kabupaten/kota ini');
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
    await vi.waitFor(() => expect(textAt(element, '.photos')).toContain('Terunggah.'));
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
    await vi.waitFor(() => expect(textAt(element, '.outbox')).toContain(title), {
      timeout: 10_000,
    });
    expect(net.sent).toHaveLength(0);
    expect(control(element, 'title').value).toBe('');
  });

  it('sends a photo chosen offline together with the report when the network returns', async () => {
    const net = network();
    const element = await mount();
    element.apiBase = CLOSED_PORT;
    await fillValid(element, 'Jalan berlubang dekat pasar');
    await choosePhotos(element, [await photo('lubang.png')]);
    await vi.waitFor(() => expect(textAt(element, '.photos')).toContain('Gagal mengunggah;'));
    expect(textAt(element, '.photos')).toContain('Unggah lagi');
    await submit(element);
    await vi.waitFor(() => expect(textAt(element, '.outbox')).toContain('Jalan berlubang'), {
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
    expect(textAt(element, '#photos-error')).toBe(
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
    expect(textAt(element, '#location-value')).toBe(
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
    expect(textAt(element, '#location-error')).toMatch(/^Location permission was denied/);
    expect(control(element, 'location').getAttribute('aria-describedby')).toBe('location-error');
    await noViolations(element);
  });

  it('speaks English with lang="en" and passes axe in both languages', async () => {
    const element = await mount({}, 'en');
    expect(textAt(element, 'label[for="category"]')).toBe('Category');
    expect(textAt(element, '[part="submit"]')).toBe('Send report');
    expect(
      [...control(element, 'category').querySelectorAll('option')].map((o) => o.textContent),
    ).toContain('Street lighting');
    await noViolations(element);
    element.setAttribute('lang', 'id');
    await vi.waitFor(() => expect(textAt(element, '[part="submit"]')).toBe('Kirim laporan'));
    await noViolations(element);
  });

  it('tells that it is offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const element = await mount();
    window.dispatchEvent(new Event('offline'));
    await element.updateComplete;
    expect(textAt(element, '[part="notice"]')).toMatch(/^Anda sedang offline/);
  });

  it('renders hostile strings from the server and from file names as text', async () => {
    armXssTrap();
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
          detail: HOSTILE,
          errors: [{ path: 'javascript:alert(1)', message: HOSTILE, code: 'custom' }],
        }),
        { status: real.status, headers: { 'content-type': 'application/problem+json' } },
      );
    });
    const element = await mount();
    element.apiBase = CLOSED_PORT;
    await fillValid(element, HOSTILE.slice(0, 150));
    await choosePhotos(element, [await photo(`${HOSTILE}.png`)]);
    await vi.waitFor(() => expect(textAt(element, '.photos')).toContain('Gagal mengunggah;'));
    element.apiBase = api;
    await submit(element);
    await vi.waitFor(() => expect(textAt(element, '#form-error')).toContain('<img src=x'), {
      timeout: 10_000,
    });
    expect(control(element, 'title').value).toBe(HOSTILE.slice(0, 150));
    expect(textAt(element, '.photos')).toContain('<script>');
    const root = shadow(element);
    expect(root.querySelectorAll('img, script, a')).toHaveLength(0);
    expectNoScriptRan();
  });
});

type Story = {
  render?: (args: object, context: { loaded: Record<string, unknown> }) => unknown;
  beforeEach?: () => undefined | (() => void);
  loaders?: (() => Promise<Record<string, unknown>>)[];
};

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
      await noViolations(host, { story: name });
      if (name === 'Submitted')
        expect(
          textAt(host.querySelector('cerdas-complaint-form') as HTMLElement, '.tracking'),
        ).toBe('ADU-3514-2026-000001');
      cleanup?.();
      render(null, host);
    }
  });
});

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

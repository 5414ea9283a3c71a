import {
  type Actor,
  checkSubmissionWindow,
  createProposal,
  type PlanningSchedule,
  type Proposal,
  ProposalCreate,
  parseRupiah,
  toLocalDate,
  transitionProposal,
} from '@cerdas/model';
import { render } from 'lit';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { noViolations } from '../../test/support/axe.js';
import { control, host, loadThemes, set, shadow, textAt, useHost } from '../../test/support/dom.js';
import { armXssTrap, expectNoScriptRan, HOSTILE } from '../../test/support/hostile.js';
import { api, CLOSED_PORT, demoApiIsTheTestServer, realFetch } from '../../test/support/network.js';
import { clearDraft, Outbox } from '../base/outbox.js';
import './define.js';
import type { CerdasProposalForm } from './proposal-form.js';

/**
 * A desa operator token of the reference server (scoped to 35.14.01.2001), when the globalSetup
 * provides one; the end-to-end test below needs it.
 */
const desaToken = inject('cerdasDesaToken' as never) as string | undefined;
const VILLAGE = '35.14.01.2001';
/** A day inside the village Musrenbang for the 2027 RKPD (January 2026), and the server's "now". */
const OPEN_DAY = new Date('2026-01-14T03:00:00.000Z');
const outbox = new Outbox('planning.proposals.submit');

useHost();

beforeEach(async () => {
  for (const item of await outbox.list()) await outbox.discard(item.id);
  clearDraft('proposal-form');
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function openDay(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(OPEN_DAY);
}

async function mount(
  attributes: Record<string, string> = {},
  options: { lang?: string; token?: string } = {},
): Promise<CerdasProposalForm> {
  const element = document.createElement('cerdas-proposal-form');
  element.setAttribute('api-base', api);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (options.token) element.token = options.token;
  host.setAttribute('lang', options.lang ?? 'id');
  host.append(element);
  await vi.waitFor(() => expect(element.loading).not.toBe('loading'), { timeout: 8000 });
  await element.updateComplete;
  return element;
}

async function fillValid(element: CerdasProposalForm, title: string): Promise<void> {
  await set(element, 'bidangUrusan', '1.03');
  await set(element, 'title', title);
  await set(
    element,
    'problem',
    'Jalan desa rusak sepanjang 1,5 km sehingga hasil panen sulit diangkut.',
  );
  await set(element, 'volume', '1,5');
  await set(element, 'unit', 'km');
  await set(element, 'estimatedCost', '750 jt');
  await set(element, 'priority', '1');
}

async function submit(element: CerdasProposalForm): Promise<void> {
  await userEvent.click(shadow(element).querySelector('[part="submit"]') as HTMLElement);
}

async function schedule2027(): Promise<PlanningSchedule> {
  return (await (await realFetch(`${api}/v1/planning/schedules/2027`)).json()) as PlanningSchedule;
}

/**
 * The proposal writes of the reference server, for a desa operator token this page cannot get
 * from the shared test server: the same model functions the server's handlers call
 * (`createProposal`, `transitionProposal` with the real schedule), idempotency keyed per
 * operation as the server does, and a network the test can cut (`down`) or make lose an answer
 * after the write happened (`drop`). Reads go to the real server.
 */
async function writes(token: string) {
  const phases = await schedule2027();
  const actor: Actor = {
    id: 'desa-gerbo',
    role: 'desa',
    name: 'Operator Desa Gerbo',
    regionCode: VILLAGE,
  };
  const state = {
    mode: 'up' as 'up' | 'down' | 'drop',
    proposals: new Map<string, Proposal>(),
    calls: [] as { operation: string; key: string | null; replayed: boolean }[],
  };
  const replies = new Map<string, { status: number; body: unknown }>();
  const json = (status: number, body: unknown, replayed = false) =>
    new Response(JSON.stringify(body), {
      status,
      headers: {
        'content-type': status < 300 ? 'application/json' : 'application/problem+json',
        ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
      },
    });
  vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    if (!request.url.startsWith(api)) return realFetch(request);
    if (state.mode === 'down') throw new TypeError('Failed to fetch');
    if (request.method !== 'POST') return realFetch(request);
    if (request.headers.get('authorization') !== `Bearer ${token}`) {
      return json(401, {
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'Token tidak dikenal, sudah dicabut atau kedaluwarsa.',
      });
    }
    const path = new URL(request.url).pathname;
    const operation = path.endsWith('/transitions') ? 'transition' : 'create';
    const key = request.headers.get('idempotency-key');
    const stored = replies.get(`${operation} ${key}`);
    state.calls.push({ operation, key, replayed: stored !== undefined });
    let reply = stored;
    if (!reply) {
      const at = new Date().toISOString();
      const result =
        operation === 'create'
          ? createProposal(ProposalCreate.parse(await request.json()), actor, {
              id: `p${state.proposals.size + 1}-${Math.random().toString(36).slice(2, 8)}`,
              at,
            })
          : transitionProposal(
              state.proposals.get(path.split('/').at(-2) ?? '') as Proposal,
              'submit',
              actor,
              { at, phases },
            );
      reply = result.ok
        ? { status: operation === 'create' ? 201 : 200, body: result.value }
        : {
            status: 409,
            body: {
              type: 'about:blank',
              title: 'Conflict',
              status: 409,
              detail: result.error.message.id,
            },
          };
      if (result.ok) state.proposals.set(result.value.id, result.value);
      replies.set(`${operation} ${key}`, reply);
    }
    if (state.mode === 'drop') {
      state.mode = 'down';
      throw new TypeError('Failed to fetch');
    }
    return json(reply.status, reply.body, stored !== undefined);
  });
  return state;
}

describe('<cerdas-proposal-form>', () => {
  it('refuses early, with the phase and its dates, when the village Musrenbang is closed', async () => {
    // Today (the browser's real date) is outside January 2026, the 2027 RKPD's village phase.
    const element = await mount({ village: VILLAGE });
    const today = toLocalDate(new Date(), 'Asia/Jakarta');
    const expected = checkSubmissionWindow(await schedule2027(), 'musrenbang-desa', today);
    expect(expected.ok).toBe(false);
    expect(textAt(element, '[part="notice"]')).toBe(expected.ok ? '' : expected.reason.id);
    expect(textAt(element, '[part="notice"]')).toContain('1 Januari 2026 sampai 31 Januari 2026');
    expect(shadow(element).querySelector('form')).toBeNull();
    await noViolations(element);
  });

  it('says when Bappeda has not set the schedule of the year', async () => {
    const element = await mount({ village: VILLAGE, 'fiscal-year': '2028' });
    expect(element.loading).toBe('missing');
    expect(textAt(element, '[part="notice"]')).toBe(
      'Jadwal perencanaan RKPD 2028 belum ditetapkan Bappeda.',
    );
  });

  it('shows a load failure with a retry that works once the API answers', async () => {
    const closed = await mount({ village: VILLAGE, 'api-base': CLOSED_PORT });
    expect(closed.loading).toBe('failed');
    closed.remove();

    const cut = vi.spyOn(window, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const element = await mount({ village: VILLAGE });
    expect(textAt(element, '[part="notice"]')).toBe('Jadwal Musrenbang tidak dapat dimuat.');
    await noViolations(element);
    cut.mockRestore();
    await userEvent.click(shadow(element).querySelector('button') as HTMLElement);
    await vi.waitFor(() => expect(element.loading).toBe('ready'));
  });

  it('opens during the phase, for the village of the attribute, and says until when', async () => {
    openDay();
    const element = await mount({ village: VILLAGE });
    expect(textAt(element, '[part="phase"]')).toBe(
      'Tahap Musrenbang Desa/Kelurahan untuk RKPD 2027 dibuka sampai 31 Januari 2026.',
    );
    expect(textAt(element, 'form p')).toBe('Usulan Desa/Kelurahan Gerbo (35.14.01.2001).');
    const options = [...control(element, 'bidangUrusan').querySelectorAll('option')];
    expect(options).toHaveLength(41);
    expect(options.map((o) => o.textContent?.trim())).toContain(
      '1.03 Urusan Pemerintahan Bidang Pekerjaan Umum dan Penataan Ruang',
    );
    await noViolations(element);
  });

  it('keeps the token a property, never an attribute, and asks for a village when it has none', async () => {
    openDay();
    const element = await mount();
    expect(textAt(element, '[part="notice"]')).toBe(
      'Desa/kelurahan pengusul belum diketahui: masuk dengan token operator desa/kelurahan.',
    );
    element.setAttribute('token', 'from-an-attribute');
    expect(element.token).toBeUndefined();
    element.removeAttribute('token');
    // The real server refuses an unknown token when the form asks for the token's village.
    element.token = 'tidak-dikenal-0123456789abcdef0123456789';
    await vi.waitFor(() =>
      expect(textAt(element, '[part="notice"]')).toBe(
        'Token operator ditolak: token tidak dikenal, sudah dicabut, atau kedaluwarsa.',
      ),
    );
    expect(element.hasAttribute('token')).toBe(false);
    expect(element.outerHTML).not.toContain('tidak-dikenal');
  });

  it('reads rupiah as people type them and shows the amount it understood', async () => {
    openDay();
    const element = await mount({ village: VILLAGE });
    control(element, 'estimatedCost').focus();
    await userEvent.keyboard('150 jt');
    await element.updateComplete;
    expect(textAt(element, '#estimatedCost-hint')).toBe('Terbaca Rp 150.000.000.');

    await set(element, 'estimatedCost', '1,500');
    expect(textAt(element, '#estimatedCost-hint')).toBe('Misalnya 150.000.000 atau 150 jt.');
    await submit(element);
    const reason = parseRupiah('1,500');
    await vi.waitFor(() =>
      expect(textAt(element, '#estimatedCost-error')).toBe(reason.ok ? '' : reason.reason.id),
    );
  });

  it('shows the model’s messages at each field and focuses the first', async () => {
    openDay();
    const element = await mount({ village: VILLAGE }, { lang: 'en' });
    await set(element, 'priority', '');
    await submit(element);
    await vi.waitFor(() => expect(textAt(element, '#bidangUrusan-error')).toBe('is required'));
    expect(textAt(element, '#title-error')).toBe('is required');
    expect(textAt(element, '#volume-error')).toBe('is required');
    expect(textAt(element, '#priority-error')).toBe('is required');
    expect(control(element, 'title').getAttribute('aria-invalid')).toBe('true');
    expect(control(element, 'title').getAttribute('aria-describedby')).toBe('title-error');
    expect(shadow(element).activeElement?.id).toBe('bidangUrusan');
    expect(textAt(element, '[role="status"]')).toMatch(/fields need fixing/);

    await set(element, 'problem', 'too short');
    await set(element, 'title', 'Jalan');
    await submit(element);
    await vi.waitFor(() =>
      expect(textAt(element, '#problem-error')).toBe('must be at least 10 characters'),
    );
    await noViolations(element);
  });

  it('keeps what was typed across a reload', async () => {
    openDay();
    const first = await mount({ village: VILLAGE });
    await fillValid(first, 'Rehabilitasi balai desa');
    first.remove();
    const second = await mount({ village: VILLAGE });
    expect(control(second, 'title').value).toBe('Rehabilitasi balai desa');
    expect(control<HTMLSelectElement>(second, 'bidangUrusan').value).toBe('1.03');
    expect(control(second, 'estimatedCost').value).toBe('750 jt');
    expect(textAt(second, '#estimatedCost-hint')).toBe('Terbaca Rp 750.000.000.');
    expect(textAt(second, '[role="status"]')).toBe('Isian yang belum terkirim dipulihkan.');
  });

  it('creates the draft and submits it, each call with its own stored key', async () => {
    openDay();
    const backend = await writes('token-desa-gerbo');
    const element = await mount({ village: VILLAGE }, { token: 'token-desa-gerbo' });
    const submitted = vi.fn();
    element.addEventListener('cerdas-submitted', (e) => submitted((e as CustomEvent).detail));
    await fillValid(element, 'Perbaikan jalan usaha tani Dusun Krajan');
    await submit(element);

    await vi.waitFor(() => expect(textAt(element, '.receipt h2')).toBe('Usulan sudah diajukan'));
    expect(textAt(element, '.receipt p')).toBe(
      'Status “Perbaikan jalan usaha tani Dusun Krajan”: Diajukan (14 Januari 2026 pukul 10.00 WIB).',
    );
    expect(shadow(element).activeElement?.id).toBe('receipt');
    expect(backend.calls.map((c) => c.operation)).toEqual(['create', 'transition']);
    const [create, transition] = backend.calls;
    expect(transition?.key).toBe(`${create?.key}-submit`);
    const [proposal] = [...backend.proposals.values()];
    expect(proposal).toMatchObject({
      status: 'submitted',
      source: 'musrenbang-desa',
      fiscalYear: 2027,
      regionCode: VILLAGE,
      volume: 1.5,
      estimatedCost: 750_000_000,
      priority: 1,
    });
    expect(submitted).toHaveBeenCalledWith({ id: proposal?.id, status: 'submitted' });
    expect(await outbox.list()).toEqual([]);
    await noViolations(element);
  });

  it('keeps a proposal made offline and sends it once when the network returns', async () => {
    openDay();
    const backend = await writes('token-desa-gerbo');
    const element = await mount({ village: VILLAGE }, { token: 'token-desa-gerbo' });
    backend.mode = 'down';
    await fillValid(element, 'Sumur bor Dusun Sumberejo');
    await submit(element);
    await vi.waitFor(
      () =>
        expect(textAt(element, '[role="status"]')).toBe(
          'Belum terkirim: usulan tersimpan di perangkat ini dan dikirim otomatis saat koneksi kembali.',
        ),
      { timeout: 10_000 },
    );
    expect(textAt(element, '.outbox')).toContain('Sumur bor Dusun Sumberejo');
    const [stored] = await outbox.list();
    expect(control(element, 'title').value).toBe('');

    backend.mode = 'up';
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(textAt(element, '.receipt h2')).toBe('Usulan sudah diajukan'));
    expect(backend.proposals.size).toBe(1);
    expect(backend.calls.map((c) => c.key)).toEqual([
      stored?.idempotencyKey,
      `${stored?.idempotencyKey}-submit`,
    ]);
    expect(await outbox.list()).toEqual([]);
  });

  it('creates one proposal when the answer to the creation or the submission is lost', async () => {
    openDay();
    for (const lost of ['create', 'transition']) {
      const backend = await writes('token-desa-gerbo');
      const element = await mount({ village: VILLAGE }, { token: 'token-desa-gerbo' });
      if (lost === 'transition') {
        // Let the creation through, and lose the answer to the submission.
        const original = backend.calls.push.bind(backend.calls);
        backend.calls.push = (...calls) => {
          if (calls[0]?.operation === 'transition' && backend.calls.length === 1)
            backend.mode = 'drop';
          return original(...calls);
        };
      } else {
        backend.mode = 'drop';
      }
      await fillValid(element, `Drainase ${lost}`);
      await submit(element);
      await vi.waitFor(() => expect(textAt(element, '.outbox')).toContain(`Drainase ${lost}`), {
        timeout: 10_000,
      });
      backend.mode = 'up';
      window.dispatchEvent(new Event('online'));
      await vi.waitFor(() => expect(textAt(element, '.receipt h2')).toBe('Usulan sudah diajukan'));
      expect(backend.proposals.size).toBe(1);
      expect([...backend.proposals.values()][0]?.status).toBe('submitted');
      expect(backend.calls.some((c) => c.replayed)).toBe(true);
      element.remove();
      vi.mocked(window.fetch).mockRestore();
    }
  });

  it('waits for the token rather than failing, and retries a refused token once a new one is set', async () => {
    openDay();
    const backend = await writes('token-baru');
    const element = await mount({ village: VILLAGE });
    await fillValid(element, 'Posyandu Dusun Wetan');
    await submit(element);
    await vi.waitFor(() => expect(textAt(element, '.outbox')).toContain('dikirim otomatis'));
    expect((await outbox.list())[0]?.failed).toBe(false);
    expect(backend.calls).toEqual([]);

    element.token = 'token-lama';
    await vi.waitFor(() =>
      expect(textAt(element, '.outbox')).toContain('Server menolak usulan ini'),
    );
    expect((await outbox.list())[0]?.lastError?.status).toBe(401);

    element.token = 'token-baru';
    const retry = [...shadow(element).querySelectorAll('.outbox button')].find(
      (b) => b.textContent?.trim() === 'Coba lagi',
    ) as HTMLElement;
    await userEvent.click(retry);
    await vi.waitFor(() => expect(textAt(element, '.receipt h2')).toBe('Usulan sudah diajukan'));
    expect(backend.proposals.size).toBe(1);
    await noViolations(element);
  });

  it('speaks English and passes axe', async () => {
    openDay();
    const element = await mount({ village: VILLAGE }, { lang: 'en' });
    expect(textAt(element, '[part="phase"]')).toBe(
      'The Village Musrenbang (desa/kelurahan) phase for the 2027 RKPD is open until 31 January 2026.',
    );
    expect(textAt(element, '[part="submit"]')).toBe('Submit proposal');
    await noViolations(element);
  });

  it('renders hostile strings as text', async () => {
    openDay();
    armXssTrap();
    await writes('token-desa-gerbo');
    const element = await mount({ village: VILLAGE }, { token: 'token-lain' });
    element.strings = { submit: HOSTILE, unitHint: 'javascript:alert(1)' };
    await fillValid(element, HOSTILE);
    await submit(element);
    await vi.waitFor(() => expect(textAt(element, '#form-error')).toContain('Token tidak dikenal'));
    expect(control(element, 'title').value).toBe(HOSTILE);
    expect(textAt(element, '[part="submit"]')).toBe(HOSTILE);
    expect(shadow(element).querySelectorAll('img, script, a')).toHaveLength(0);
    expectNoScriptRan();
  });

  it.runIf(desaToken)('submits to the real server with a desa operator token', async () => {
    openDay();
    const element = await mount({}, { token: desaToken });
    await vi.waitFor(() => expect(textAt(element, 'form p')).toContain(VILLAGE));
    await fillValid(element, `Usulan uji ${Date.now()}`);
    await submit(element);
    await vi.waitFor(() => expect(textAt(element, '.receipt h2')).toBe('Usulan sudah diajukan'), {
      timeout: 10_000,
    });
  });
});

type Story = {
  render?: () => unknown;
  beforeEach?: () => undefined | (() => void);
};

describe('<cerdas-proposal-form> stories', () => {
  it('have no axe violations, themes loaded, in the state each story names', async () => {
    demoApiIsTheTestServer();
    await loadThemes();
    const stories = (await import('./proposal-form.stories.js')) as unknown as Record<
      string,
      Story
    >;
    const meta = stories.default as Required<Story>;
    const names = Object.keys(stories).filter((name) => name !== 'default');
    expect(names.length).toBeGreaterThanOrEqual(10);
    const seen: Record<string, string> = {};
    for (const name of names) {
      const story = stories[name] as Story;
      const cleanups = [meta.beforeEach(), story.beforeEach?.()];
      render((story.render ?? meta.render)(), host);
      const element = host.querySelector('cerdas-proposal-form') as CerdasProposalForm;
      // The Loading story stays loading: give up waiting after a moment.
      await vi
        .waitFor(() => expect(element.loading).not.toBe('loading'), { timeout: 1500 })
        .catch(() => undefined);
      await element.updateComplete;
      seen[name] = shadow(element).querySelector('form') ? 'form' : element.loading;
      await noViolations(host, { story: name });
      for (const cleanup of cleanups.reverse()) cleanup?.();
      render(null, host);
    }
    expect(seen).toMatchObject({
      Default: 'form',
      Closed: 'ready',
      Empty: 'missing',
      Loading: 'loading',
      ErrorState: 'failed',
      Offline: 'form',
      English: 'form',
    });
  });
});

import { IKM_ELEMENTS } from '@cerdas/model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { noViolations } from '../../test/support/axe.js';
import { mountIn, shadow, text, useHost } from '../../test/support/dom.js';
import { armXssTrap, expectNoScriptRan, XSS } from '../../test/support/hostile.js';
import { api, CLOSED_PORT } from '../../test/support/network.js';
import './define.js';
import type { CerdasIkmSurvey } from './ikm-survey.js';

/** Services no other test rates, so their respondent counts are ours to check. */
const RATED = 'kusuka';
const RATED_TWICE = 'pbb-mutasi';

useHost();

afterEach(() => {
  vi.restoreAllMocks();
});

function mount(attributes: Record<string, string>, lang = 'id'): CerdasIkmSurvey {
  return mountIn('cerdas-ikm-survey', attributes, lang);
}

function status(element: HTMLElement): string {
  return text(shadow(element).querySelector('[role="status"]'));
}

function radio(element: HTMLElement, name: string, score: number): HTMLInputElement {
  const input = shadow(element).querySelector<HTMLInputElement>(
    `input[name="${name}"][value="${score}"]`,
  );
  if (!input) throw new Error(`no answer ${score} for ${name}`);
  return input;
}

async function answerAll(element: CerdasIkmSurvey, score = 4): Promise<void> {
  await element.updateComplete;
  for (const name of IKM_ELEMENTS) radio(element, name, score).click();
  await element.updateComplete;
}

function submit(element: HTMLElement): HTMLButtonElement {
  const button = shadow(element).querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!button) throw new Error('no submit button');
  return button;
}

async function respondents(service: string): Promise<number> {
  const report = await (await fetch(`${api}/v1/ikm?service=${service}`)).json();
  return report.respondents;
}

describe('<cerdas-ikm-survey>', () => {
  it('asks the nine elements of PermenPANRB 14/2017 with four answers each', async () => {
    const element = mount({ 'api-base': api, 'service-id': RATED, 'service-name': 'KUSUKA' });
    await element.updateComplete;
    const groups = [...shadow(element).querySelectorAll('fieldset.question')];
    expect(groups).toHaveLength(9);
    expect(groups.map((g) => g.querySelector('input')?.getAttribute('name'))).toEqual([
      ...IKM_ELEMENTS,
    ]);
    for (const group of groups)
      expect(group.querySelectorAll('input[type="radio"]')).toHaveLength(4);
    const answers = (name: string) =>
      [1, 2, 3, 4].map((score) => text(radio(element, name, score).closest('label')));
    expect(answers('persyaratan')).toEqual([
      'Tidak sesuai',
      'Kurang sesuai',
      'Sesuai',
      'Sangat sesuai',
    ]);
    expect(answers('biaya')).toEqual(['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis']);
    expect(answers('pengaduan')).toEqual([
      'Tidak ada',
      'Ada tetapi tidak berfungsi',
      'Berfungsi kurang maksimal',
      'Dikelola dengan baik',
    ]);
    expect(text(groups[0]?.querySelector('legend'))).toBe(
      'Persyaratan Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
    );
    expect(text(shadow(element).querySelector('[role="heading"]'))).toBe(
      'Survei Kepuasan Masyarakat: KUSUKA',
    );
    await noViolations(element);
  });

  it('is answered with the keyboard: Tab reaches a group, arrows choose', async () => {
    const element = mount({ 'api-base': api, 'service-id': RATED });
    await element.updateComplete;
    await userEvent.tab();
    expect(shadow(element).activeElement).toBe(radio(element, 'persyaratan', 1));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(radio(element, 'persyaratan', 3).checked).toBe(true);
    await userEvent.tab();
    expect(shadow(element).activeElement).toBe(radio(element, 'prosedur', 1));
  });

  it('refuses to send until every element is answered, and points at the first gap', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const element = mount({ 'api-base': api, 'service-id': RATED });
    await element.updateComplete;
    radio(element, 'persyaratan', 4).click();
    radio(element, 'waktu', 3).click();
    await userEvent.click(submit(element));
    await vi.waitFor(() =>
      expect(status(element)).toBe(
        '7 pertanyaan belum dijawab. Jawablah semua pertanyaan sebelum mengirim.',
      ),
    );
    expect(shadow(element).activeElement).toBe(radio(element, 'prosedur', 1));
    const prosedur = radio(element, 'prosedur', 1).closest('fieldset');
    expect(prosedur?.getAttribute('aria-describedby')).toBe('prosedur-error');
    expect(text(shadow(element).getElementById('prosedur-error'))).toBe(
      'Pilih salah satu jawaban.',
    );
    expect(
      radio(element, 'persyaratan', 1).closest('fieldset')?.hasAttribute('aria-describedby'),
    ).toBe(false);
    expect(fetchSpy).not.toHaveBeenCalled();
    await noViolations(element);
  });

  it('sends the answers with the profile and comment, then thanks and takes focus', async () => {
    const before = await respondents(RATED);
    const sent: unknown[] = [];
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      if (input instanceof Request && input.method === 'POST')
        sent.push(await input.clone().json());
      return realFetch(input, init);
    });
    const element = mount({ 'api-base': api, 'service-id': RATED });
    const submitted: { id: string; serviceId: string }[] = [];
    element.addEventListener('cerdas-ikm-submitted', (e) =>
      submitted.push((e as CustomEvent).detail),
    );
    await answerAll(element, 3);
    radio(element, 'biaya', 4).click();
    const select = (id: string) =>
      shadow(element).querySelector<HTMLSelectElement>(`#${id}`) as HTMLSelectElement;
    await userEvent.selectOptions(select('age'), '31-40');
    await userEvent.selectOptions(select('sex'), 'P');
    await userEvent.selectOptions(select('occupation'), 'wirausaha');
    await userEvent.type(
      shadow(element).querySelector('textarea') as HTMLTextAreaElement,
      'Loket cepat dan ramah.',
    );
    await userEvent.click(submit(element));
    await vi.waitFor(() => expect(shadow(element).querySelector('.thanks')).not.toBeNull(), {
      timeout: 8000,
    });
    expect(shadow(element).activeElement?.id).toBe('thanks-title');
    expect(text(shadow(element).querySelector('.thanks'))).toBe(
      'Terima kasih Penilaian Anda sudah kami terima dan akan dipakai untuk memperbaiki layanan.',
    );
    expect(sent).toEqual([
      {
        serviceId: RATED,
        scores: {
          persyaratan: 3,
          prosedur: 3,
          waktu: 3,
          biaya: 4,
          produk: 3,
          kompetensi: 3,
          perilaku: 3,
          sarana: 3,
          pengaduan: 3,
        },
        respondent: { ageBand: '31-40', sex: 'P', occupation: 'wirausaha' },
        comment: 'Loket cepat dan ramah.',
      },
    ]);
    expect(submitted).toEqual([{ id: expect.any(String), serviceId: RATED }]);
    expect(await respondents(RATED)).toBe(before + 1);
    await noViolations(element);
  });

  it('counts a survey once when its answers were lost and the citizen sends again', async () => {
    const before = await respondents(RATED_TWICE);
    const keys: (string | null)[] = [];
    const realFetch = globalThis.fetch;
    let dropAnswers = true;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const isPost = input instanceof Request && input.method === 'POST';
      if (isPost) keys.push(input.headers.get('idempotency-key'));
      const response = await realFetch(input, init);
      // The server stored the answer, but the phone never hears back.
      if (isPost && dropAnswers) throw new TypeError('Failed to fetch');
      return response;
    });
    const element = mount({ 'api-base': api, 'service-id': RATED_TWICE });
    await answerAll(element, 2);
    await userEvent.click(submit(element));
    await vi.waitFor(
      () =>
        expect(status(element)).toBe(
          'Penilaian belum terkirim. Jawaban Anda masih tersimpan di sini; periksa koneksi lalu kirim lagi.',
        ),
      { timeout: 10_000 },
    );
    expect(radio(element, 'sarana', 2).checked).toBe(true);
    expect(keys.length).toBeGreaterThan(1);

    dropAnswers = false;
    await userEvent.click(submit(element));
    await vi.waitFor(() => expect(shadow(element).querySelector('.thanks')).not.toBeNull());
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(await respondents(RATED_TWICE)).toBe(before + 1);
  });

  it('shows the server’s reason when the service does not exist', async () => {
    const element = mount({ 'api-base': api, 'service-id': 'layanan-yang-tidak-ada' });
    await answerAll(element);
    await userEvent.click(submit(element));
    await vi.waitFor(() => expect(status(element)).toBe('serviceId: layanan tidak ditemukan.'));
    expect(shadow(element).querySelector('.thanks')).toBeNull();
  });

  it('keeps the answers and says so when offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const element = mount({ 'api-base': CLOSED_PORT, 'service-id': RATED });
    await answerAll(element);
    await userEvent.click(submit(element));
    await vi.waitFor(
      () =>
        expect(status(element)).toBe(
          'Perangkat Anda sedang luring. Jawaban Anda masih tersimpan di sini; kirim lagi saat koneksi kembali.',
        ),
      { timeout: 10_000 },
    );
    expect(IKM_ELEMENTS.every((name) => radio(element, name, 4).checked)).toBe(true);
    await noViolations(element);
  });

  it('speaks English', async () => {
    const element = mount({ 'api-base': api, 'service-id': RATED }, 'en');
    await element.updateComplete;
    expect(text(shadow(element).querySelector('[role="heading"]'))).toBe(
      'Public Satisfaction Survey',
    );
    expect(text(radio(element, 'persyaratan', 4).closest('label'))).toBe('Very appropriate');
    expect(text(radio(element, 'biaya', 4).closest('label'))).toBe('Free of charge');
    expect(text(submit(element))).toBe('Send rating');
    await noViolations(element);
  });

  it('renders hostile strings as text', async () => {
    armXssTrap();
    const element = mount({ 'api-base': api, 'service-id': RATED, 'service-name': XSS.img });
    element.strings = { intro: XSS.script, unanswered: XSS.link };
    await element.updateComplete;
    await userEvent.click(submit(element));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const root = shadow(element);
    expect(text(root.querySelector('[role="heading"]'))).toBe(
      `Survei Kepuasan Masyarakat: ${XSS.img}`,
    );
    expect(root.querySelectorAll('script, img, a')).toHaveLength(0);
    expectNoScriptRan();
  });
});

import { formatTimestamp, parseTrackingNumber } from '@cerdas/model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { noViolations } from '../../test/support/axe.js';
import { host, mountIn, shadow, text, useHost } from '../../test/support/dom.js';
import { armXssTrap, expectNoScriptRan, XSS } from '../../test/support/hostile.js';
import { api, CLOSED_PORT } from '../../test/support/network.js';
import './define.js';
import type { CerdasTracker } from './tracker.js';

const COMPLAINT = 'ADU-3514-2026-000001';
const REQUEST = 'LYN-3514-2026-000001';

interface Step {
  statusLabel: string;
  at: string;
  note?: string;
  opd?: { name: string };
}

useHost();

afterEach(() => {
  vi.restoreAllMocks();
});

function mount(attributes: Record<string, string>, lang = 'id'): CerdasTracker {
  return mountIn('cerdas-tracker', attributes, lang);
}

function status(element: HTMLElement): string {
  return text(shadow(element).querySelector('[role="status"]'));
}

async function found(element: HTMLElement): Promise<void> {
  await vi.waitFor(() => expect(shadow(element).querySelector('.result')).not.toBeNull(), {
    timeout: 8000,
  });
}

async function publicView(path: string, lang = 'id') {
  const response = await fetch(`${api}${path}`, { headers: { 'accept-language': lang } });
  return response.json();
}

function dueText(element: HTMLElement, label: string): string {
  const row = [...shadow(element).querySelectorAll('.due > div')].find((div) =>
    text(div.querySelector('dt')).startsWith(label),
  );
  return text(row?.querySelector('dd'));
}

describe('<cerdas-tracker>', () => {
  it('follows a complaint given in the tracking-number attribute: status, timeline, due dates', async () => {
    const tracks: unknown[] = [];
    host.addEventListener('cerdas-track', (e) => tracks.push((e as CustomEvent).detail));
    const element = mount({ 'api-base': api, 'tracking-number': COMPLAINT });
    await found(element);
    const complaint = await publicView(`/v1/complaints/${COMPLAINT}`);

    expect(text(shadow(element).querySelector('[role="heading"]'))).toBe(`Pengaduan ${COMPLAINT}`);
    expect(text(shadow(element).querySelector('.current'))).toBe(complaint.statusLabel);
    expect(text(shadow(element).querySelector('.facts'))).toContain(complaint.categoryLabel);
    expect(text(shadow(element).querySelector('.facts'))).toContain(complaint.opd.name);
    expect(status(element)).toBe(`Status ${COMPLAINT}: ${complaint.statusLabel}.`);

    const steps = [...shadow(element).querySelectorAll('ol.timeline > li')];
    expect(steps).toHaveLength(complaint.timeline.length);
    complaint.timeline.forEach((step: Step, i: number) => {
      const item = steps[i];
      expect(text(item?.querySelector('.step-label'))).toBe(step.statusLabel);
      expect(text(item?.querySelector('time'))).toBe(
        formatTimestamp(step.at, 'id', 'Asia/Jakarta'),
      );
      expect(text(item?.querySelector('time'))).toMatch(/ WIB$/);
      if (step.note) expect(text(item)).toContain(step.note);
      if (step.opd) expect(text(item)).toContain(step.opd.name);
    });
    expect(steps.at(-1)?.getAttribute('aria-current')).toBe('step');
    expect(steps[0]?.getAttribute('aria-current')).toBe('false');

    expect(complaint.dueDates.verification).toEqual({ kind: 'date', date: '2026-01-07' });
    expect(dueText(element, 'Verifikasi laporan')).toBe('Rabu, 7 Januari 2026');
    expect(shadow(element).querySelector('.due time[datetime="2026-01-07"]')).not.toBeNull();
    if (complaint.dueDates.confirmation === null) {
      expect(dueText(element, 'Tanggapan pelapor')).toBe('Dihitung setelah tahap ini dimulai.');
    }
    expect(tracks).toEqual([
      { trackingNumber: COMPLAINT, kind: 'complaint', status: complaint.status },
    ]);
    await noViolations(element);
  });

  it('looks up a service request typed in lower case with spaces, by keyboard', async () => {
    const element = mount({ 'api-base': api });
    await element.updateComplete;
    await userEvent.tab();
    expect(shadow(element).activeElement?.id).toBe('tracking-number');
    await userEvent.keyboard(` ${REQUEST.toLowerCase()} `);
    await userEvent.tab();
    expect(shadow(element).activeElement?.textContent?.trim()).toBe('Lacak');
    await userEvent.keyboard('{Enter}');
    await found(element);
    const request = await publicView(`/v1/service-requests/${REQUEST}`);
    expect(text(shadow(element).querySelector('[role="heading"]'))).toBe(
      `Permohonan layanan ${REQUEST}`,
    );
    expect(text(shadow(element).querySelector('.facts'))).toContain(request.serviceName);
    expect(text(shadow(element).querySelector('.facts'))).toContain(
      formatTimestamp(request.submittedAt, 'id', 'Asia/Jakarta'),
    );
    expect(request.dueDate.kind).toBe('date');
    expect(
      shadow(element).querySelector(`.due time[datetime="${request.dueDate.date}"]`),
    ).not.toBeNull();
    const notes = request.timeline.filter((s: Step) => s.note).map((s: Step) => s.note);
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes)
      expect(text(shadow(element).querySelector('.timeline'))).toContain(note);
    await noViolations(element);
  });

  it('refuses a malformed number with the model’s reason, keeps focus in the field and asks nothing', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const element = mount({ 'api-base': api });
    await element.updateComplete;
    const input = shadow(element).querySelector<HTMLInputElement>('#tracking-number');
    if (!input) throw new Error('no field');
    await userEvent.type(input, 'ADU-3514-26-1{Enter}');
    const shape = parseTrackingNumber('ADU-3514-26-1');
    if (shape.ok) throw new Error('expected a refusal');
    await vi.waitFor(() =>
      expect(text(shadow(element).querySelector('#tracking-error'))).toBe(shape.reason.id),
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('tracking-hint tracking-error');
    expect(shadow(element).activeElement).toBe(input);

    await userEvent.clear(input);
    await userEvent.type(input, 'XYZ-3514-2026-000001{Enter}');
    await vi.waitFor(() =>
      expect(text(shadow(element).querySelector('#tracking-error'))).toBe(
        'Awalan nomor pelacakan harus ADU (pengaduan) atau LYN (permohonan layanan)',
      ),
    );
    expect(fetchSpy).not.toHaveBeenCalled();
    await noViolations(element);
  });

  it('says when a well-formed number does not exist', async () => {
    const element = mount({ 'api-base': api, 'tracking-number': 'ADU-3514-2026-999999' });
    await vi.waitFor(() =>
      expect(status(element)).toBe(
        'Nomor ADU-3514-2026-999999 tidak ditemukan. Periksa kembali nomor pada tanda terima Anda.',
      ),
    );
    expect(shadow(element).querySelector('.result')).toBeNull();
    await noViolations(element);
  });

  it('shows why a due date cannot be computed instead of inventing one', async () => {
    const real = await publicView(`/v1/service-requests/${REQUEST}`);
    const reason =
      'Kalender hari kerja tahun 2027 belum tersedia: SKB hari libur nasional dan cuti bersama tahun itu belum dimuat.';
    const answer = { ...real, dueDate: { kind: 'unavailable', year: 2027, reason } };
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(JSON.stringify(answer), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
    );
    const element = mount({ 'api-base': api, 'tracking-number': REQUEST });
    await found(element);
    expect(dueText(element, 'Perkiraan selesai')).toBe(`Belum dapat dihitung. ${reason}`);
    expect(shadow(element).querySelector('.due time')).toBeNull();
  });

  it('speaks English, with the server’s English labels, and switches when its lang changes', async () => {
    const element = mount({ 'api-base': api, 'tracking-number': COMPLAINT }, 'en');
    await found(element);
    const english = await publicView(`/v1/complaints/${COMPLAINT}`, 'en');
    expect(text(shadow(element).querySelector('[role="heading"]'))).toBe(`Complaint ${COMPLAINT}`);
    expect(text(shadow(element).querySelector('.current'))).toBe(english.statusLabel);
    expect(text(shadow(element))).toContain('Due dates');
    expect(dueText(element, 'Verification of the report')).toContain('7 January 2026');
    expect(text(shadow(element).querySelector('.timeline time'))).toBe(
      formatTimestamp(english.timeline[0].at, 'en', 'Asia/Jakarta'),
    );
    await noViolations(element);

    const indonesian = await publicView(`/v1/complaints/${COMPLAINT}`, 'id');
    element.setAttribute('lang', 'id');
    await vi.waitFor(() =>
      expect(text(shadow(element).querySelector('.current'))).toBe(indonesian.statusLabel),
    );
    expect(text(shadow(element).querySelector('[role="heading"]'))).toBe(`Pengaduan ${COMPLAINT}`);
  });

  it('dates the timeline in the region’s time zone', async () => {
    const element = mount({ 'api-base': api, 'tracking-number': COMPLAINT, region: '73.71' });
    await found(element);
    const complaint = await publicView(`/v1/complaints/${COMPLAINT}`);
    const first = text(shadow(element).querySelector('.timeline time'));
    expect(first).toBe(formatTimestamp(complaint.timeline[0].at, 'id', 'Asia/Makassar'));
    expect(first).toMatch(/ WITA$/);
  });

  it('shows an error with a retry, and says when it is offline', async () => {
    const element = mount({ 'api-base': CLOSED_PORT, 'tracking-number': COMPLAINT });
    await vi.waitFor(() => expect(status(element)).toBe('Status tidak dapat dimuat.'), {
      timeout: 10_000,
    });
    await noViolations(element);
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    window.dispatchEvent(new Event('offline'));
    const retry = [...shadow(element).querySelectorAll('button')].find(
      (b) => text(b) === 'Coba lagi',
    );
    retry?.click();
    await vi.waitFor(
      () =>
        expect(status(element)).toBe(
          'Perangkat Anda sedang luring. Status akan dimuat saat koneksi kembali.',
        ),
      { timeout: 10_000 },
    );
    onLine.mockReturnValue(true);
    element.apiBase = api;
    await found(element);
  });

  it('renders hostile strings from the server as text', async () => {
    const real = await publicView(`/v1/complaints/${COMPLAINT}`);
    const hostile = structuredClone(real);
    hostile.statusLabel = XSS.script;
    hostile.title = XSS.img;
    hostile.description = XSS.link;
    hostile.timeline[0].note = XSS.svg;
    hostile.opd.name = XSS.iframe;
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(JSON.stringify(hostile), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
    );
    armXssTrap();
    const element = mount({ 'api-base': api, 'tracking-number': COMPLAINT });
    await found(element);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const root = shadow(element);
    expect(text(root.querySelector('.current'))).toBe(XSS.script);
    expect(text(root.querySelector('.title'))).toBe(hostile.title);
    expect(root.querySelectorAll('script, img, svg, iframe, a')).toHaveLength(0);
    expectNoScriptRan();
  });
});

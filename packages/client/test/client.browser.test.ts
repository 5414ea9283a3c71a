/**
 * The built client (dist/, what a widget ships) in real Chromium, calling the reference server
 * on another origin: CORS, preflights for JSON bodies and the Idempotency-Key header, and no
 * Node built-ins anywhere in the bundle.
 */
import { CerdasHttpError, createCerdasClient, isCerdasError } from '@cerdas/client';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('cerdasApiUrl');

describe('@cerdas/client in Chromium', () => {
  it('runs on a page whose origin differs from the API’s', async () => {
    expect(new URL(baseUrl).origin).not.toBe(window.location.origin);
    // The browser itself treats the API as cross-origin: a same-origin-only request is refused.
    await expect(fetch(`${baseUrl}/v1/umkm?limit=1`, { mode: 'same-origin' })).rejects.toThrow(
      TypeError,
    );
  });

  it('is the built package, not the sources', () => {
    const modules = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname);
    expect(modules).toContain('/packages/client/dist/transport.js');
    expect(modules.filter((path) => path.includes('/packages/client/src/'))).toEqual([]);
  });

  it('lists UMKM and iterates two pages', async () => {
    const api = createCerdasClient({ baseUrl });
    const first = await api.umkm.list({ limit: 3 });
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).toEqual(expect.any(String));

    const seen: string[] = [];
    for await (const business of api.umkm.iterate({ limit: 3 })) {
      seen.push(business.id);
      if (seen.length === 6) break;
    }
    expect(seen.slice(0, 3)).toEqual(first.items.map((b) => b.id));
    expect(new Set(seen).size).toBe(6);
  });

  it('submits a complaint through a preflighted cross-origin POST', async () => {
    const statuses: number[] = [];
    const sent: Headers[] = [];
    const api = createCerdasClient({
      baseUrl,
      hooks: {
        beforeRequest: (request) => void sent.push(request.headers),
        afterResponse: (_request, response) => void statuses.push(response.status),
      },
    });
    const receipt = await api.complaints.submit({
      kind: 'pengaduan',
      category: 'penerangan-jalan',
      title: 'Lampu jalan mati di depan SDN 1 Gerbo',
      description: 'Sudah dua minggu lampu jalan mati sehingga jalan gelap pada malam hari.',
      regionCode: '35.14.01.2001',
      privacy: 'anonymous',
    });

    expect(statuses).toEqual([201]);
    expect(receipt.trackingNumber).toMatch(/^ADU-3514-2026-\d{6}$/);
    // application/json and Idempotency-Key are not CORS-safelisted: only a preflight the server
    // answered lets this request through.
    expect(sent[0]?.get('content-type')).toBe('application/json');
    expect(sent[0]?.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    const tracked = await api.complaints.track(receipt.trackingNumber);
    expect(tracked.status).toBe('received');
  });

  it('gets a CerdasHttpError with field errors for a bad complaint, in the chosen language', async () => {
    const bad = {
      kind: 'pengaduan',
      category: 'lainnya',
      title: '',
      description: 'Judul sengaja dikosongkan.',
      regionCode: '35.14.01',
      privacy: 'anonymous',
    } as const;
    for (const [language, title, message] of [
      ['id', 'Data tidak valid', 'title: tidak boleh kosong'],
      ['en', 'Invalid data', 'title: cannot be blank'],
    ] as const) {
      const error = await createCerdasClient({ baseUrl, language })
        .complaints.submit(bad)
        .catch((e: unknown) => e);

      expect(error).toBeInstanceOf(CerdasHttpError);
      expect(isCerdasError(error)).toBe(true);
      const http = error as CerdasHttpError;
      expect(http.status).toBe(400);
      expect(http.problem.title).toBe(title);
      expect(http.fieldErrors).toEqual([expect.objectContaining({ path: 'title', message })]);
    }
  });
});

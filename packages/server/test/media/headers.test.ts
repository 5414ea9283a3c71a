import { describe, expect, it } from 'vitest';
import { mediaResponseHeaders } from '../../src/media/index.js';

const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
};

describe('mediaResponseHeaders', () => {
  it('serves public photos inline, cross-origin and immutable', () => {
    for (const [mime, ext] of [
      ['image/jpeg', 'jpg'],
      ['image/png', 'png'],
      ['image/webp', 'webp'],
    ] as const) {
      expect(mediaResponseHeaders({ id: 'abc123', mime, purpose: 'complaint-photo' })).toEqual({
        ...COMMON,
        'Content-Type': mime,
        'Cross-Origin-Resource-Policy': 'cross-origin',
        'Cache-Control': 'public, max-age=31536000, immutable',
        'Content-Disposition': `inline; filename="abc123.${ext}"`,
      });
    }
    expect(
      mediaResponseHeaders({ id: 'p1', mime: 'image/webp', purpose: 'umkm-photo' })[
        'Cache-Control'
      ],
    ).toBe('public, max-age=31536000, immutable');
  });

  it('serves PDFs as private attachments', () => {
    expect(
      mediaResponseHeaders({ id: 'doc1', mime: 'application/pdf', purpose: 'request-document' }),
    ).toEqual({
      ...COMMON,
      'Content-Type': 'application/pdf',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'private, no-store',
      'Content-Disposition': 'attachment; filename="doc1.pdf"',
    });
  });

  it('keeps a photo attached to a service request private', () => {
    const headers = mediaResponseHeaders({
      id: 'ktp',
      mime: 'image/jpeg',
      purpose: 'request-document',
    });
    expect(headers['Cache-Control']).toBe('private, no-store');
    expect(headers['Cross-Origin-Resource-Policy']).toBe('same-origin');
    expect(headers['Content-Disposition']).toBe('inline; filename="ktp.jpg"');
  });

  it('never echoes an unknown type or an unsafe id', () => {
    const headers = mediaResponseHeaders({
      id: 'x"; filename=evil.html',
      mime: 'text/html',
      purpose: 'complaint-photo',
    });
    expect(headers['Content-Type']).toBe('application/octet-stream');
    expect(headers['Content-Disposition']).toBe(
      'attachment; filename="x___filename_evil_html.bin"',
    );
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});

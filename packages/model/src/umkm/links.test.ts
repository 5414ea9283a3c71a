import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../common/i18n.js';
import {
  HttpsUrl,
  isLinkOnKindDomain,
  parseHttpsUrl,
  SocialLink,
  SocialLinks,
  URL_MAX_LENGTH,
} from './links.js';

describe('parseHttpsUrl', () => {
  it.each([
    'https://www.instagram.com/keripikbusiti',
    'https://shopee.co.id/keripikbusiti?ref=portal#produk',
    'https://keripik-bu-siti.id/',
    'HTTPS://Example.COM/Path',
    'https://xn--bcher-kva.example/',
    'https://example.com:8443/toko',
  ])('accepts %s', (url) => {
    expect(parseHttpsUrl(url).ok).toBe(true);
  });

  it.each([
    ['javascript:alert(1)', 'https://'],
    ['JavaScript:alert(document.cookie)', 'https://'],
    ['  javascript:alert(1)', 'spasi'],
    ['data:text/html,<script>alert(1)</script>', 'https://'],
    ['vbscript:msgbox(1)', 'https://'],
    ['http://www.instagram.com/toko', 'bukan http://'],
    ['HTTP://example.com', 'bukan http://'],
    ['//evil.example/', 'https://'],
    ['https:evil.example', 'https://'],
    ['https:///evil.example', 'https://'],
    ['https:\\\\evil.example', 'spasi'],
    ['https://exa mple.com', 'spasi'],
    [' https://example.com', 'spasi'],
    ['https://example.com/\n', 'spasi'],
    ['https://example.com/\u00a0', 'spasi'],
    ['https://example.com/\u202e', 'spasi'],
    ['https://user:pass@example.com/', 'nama pengguna'],
    ['https://shopee.co.id@evil.example/', 'nama pengguna'],
    ['https://localhost/', 'domain publik'],
    ['https://127.0.0.1/', 'domain publik'],
    ['https://[::1]/', 'domain publik'],
    ['https://example', 'domain publik'],
    ['https://exa_mple.com', 'domain publik'],
    ['', 'belum diisi'],
    [`https://example.com/${'a'.repeat(URL_MAX_LENGTH)}`, 'terlalu panjang'],
  ])('refuses %j (%s)', (input, reason) => {
    const result = parseHttpsUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.id).toContain(reason);
  });

  it('says why in both languages through validate', () => {
    expect(validate(HttpsUrl, 'javascript:alert(1)', 'en')).toMatchObject({
      success: false,
      errors: [{ message: 'input: Only web links starting with https:// are accepted' }],
    });
    expect(validate(HttpsUrl, 'http://example.com', 'id')).toMatchObject({
      success: false,
      errors: [{ message: 'data: Tautan harus aman (https://), bukan http://' }],
    });
  });

  it('refuses a million-character link quickly', () => {
    const started = performance.now();
    expect(parseHttpsUrl(`https://example.com/${'a'.repeat(1_000_000)}`).ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('only ever accepts https:// links without whitespace (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.webUrl().map((u) => u.replace(/^https?/, 'https')),
        ),
        (input) => {
          const result = parseHttpsUrl(input);
          if (!result.ok) return true;
          return /^https:\/\//i.test(input) && !/\s/.test(input) && input.length <= URL_MAX_LENGTH;
        },
      ),
    );
  });
});

describe('SocialLink', () => {
  it.each([
    ['instagram', 'https://instagram.com/toko'],
    ['facebook', 'https://m.facebook.com/toko'],
    ['tiktok', 'https://vt.tiktok.com/ZS123/'],
    ['tokopedia', 'https://www.tokopedia.com/toko'],
    ['shopee', 'https://shopee.co.id/toko'],
    ['shopee', 'https://shope.ee/abc123'],
    ['website', 'https://keripik-bu-siti.id'],
    ['other', 'https://linktr.ee/toko'],
  ] as const)('accepts a %s link %s', (kind, url) => {
    expect(SocialLink.safeParse({ kind, url }).success).toBe(true);
  });

  it.each([
    ['shopee', 'https://shopee.co.id.evil.example/toko'],
    ['shopee', 'https://evilshopee.co.id/toko'],
    ['instagram', 'https://evil.example/instagram.com'],
    ['tokopedia', 'https://tokopedia.evil.example/'],
  ] as const)('refuses a %s link on another domain: %s', (kind, url) => {
    expect(isLinkOnKindDomain(kind, url)).toBe(false);
    expect(validate(SocialLink, { kind, url }, 'en')).toMatchObject({
      success: false,
      errors: [{ path: 'url', message: expect.stringContaining('official domain') }],
    });
  });

  it('refuses duplicates and more than 10 links', () => {
    const link = { kind: 'website', url: 'https://example.com/' };
    expect(SocialLinks.safeParse([link, link]).success).toBe(false);
    const many = Array.from({ length: 11 }, (_, i) => ({
      kind: 'website',
      url: `https://e${i}.com`,
    }));
    expect(SocialLinks.safeParse(many).success).toBe(false);
  });

  it('yields a result or a ZodError for any input (property)', () => {
    fc.assert(
      fc.property(fc.record({ kind: fc.string(), url: fc.string() }), (input) => {
        const result = SocialLink.safeParse(input);
        return result.success || result.error.issues.length > 0;
      }),
    );
  });
});

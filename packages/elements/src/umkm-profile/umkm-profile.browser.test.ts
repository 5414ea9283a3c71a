import {
  type BusinessCatalogPage,
  type BusinessDetailPublic,
  businessJsonLd,
  formatRupiah,
} from '@cerdas/model';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../themes/dark.css';
import { noViolations, WCAG } from '../../test/support/axe.js';
import { host, mountIn, shadow, useHost } from '../../test/support/dom.js';
import { armXssTrap, expectNoScriptRan, XSS } from '../../test/support/hostile.js';
import { api, CLOSED_PORT, realFetch } from '../../test/support/network.js';
import './define.js';
import type { CerdasUmkmProfile } from './umkm-profile.js';

/** Real businesses of the seeded server, picked by what they publish. */
let withChat: BusinessDetailPublic;
let withMap: BusinessDetailPublic;
let withoutChatOrMap: BusinessDetailPublic;
let withHours: BusinessDetailPublic;

async function detail(id: string, lang = 'id'): Promise<BusinessDetailPublic> {
  const response = await realFetch(`${api}/v1/umkm/${id}`, {
    headers: { 'accept-language': lang },
  });
  return (await response.json()) as BusinessDetailPublic;
}

beforeAll(async () => {
  const page = (await (await realFetch(`${api}/v1/umkm?limit=100`)).json()) as BusinessCatalogPage;
  const all = await Promise.all(page.items.map((item) => detail(item.id)));
  const pick = (test: (b: BusinessDetailPublic) => boolean) => {
    const found = all.find(test);
    if (!found) throw new Error('the seed has no such business');
    return found;
  };
  withChat = pick((b) => b.contact.chatUrl !== undefined && b.products.length > 1);
  withMap = pick(
    (b) =>
      b.location.geo !== undefined &&
      b.certifications.length > 0 &&
      b.openingHours?.monday !== undefined,
  );
  withoutChatOrMap = pick((b) => !b.contact.chatUrl && !b.location.geo);
  withHours = withMap;
});

useHost();

afterEach(() => {
  window.fetch = realFetch;
  vi.restoreAllMocks();
});

function mount(attributes: Record<string, string>, lang = 'id'): CerdasUmkmProfile {
  return mountIn('cerdas-umkm-profile', attributes, lang);
}

const $ = <T extends Element = HTMLElement>(element: HTMLElement, selector: string) =>
  shadow(element).querySelector<T & Element>(selector);
const status = (element: HTMLElement) => $(element, '[role="status"]')?.textContent?.trim() ?? '';
const linkNamed = (element: HTMLElement, text: string) =>
  [...shadow(element).querySelectorAll('a')].find((a) => a.textContent?.includes(text));

async function shown(element: CerdasUmkmProfile): Promise<void> {
  await element.updateComplete;
  await vi.waitFor(() => expect($(element, 'h2')).not.toBeNull(), { timeout: 8000 });
}

describe('<cerdas-umkm-profile> with the seeded server', () => {
  it('shows a real business: name, description, products in rupiah, certificates', async () => {
    const business = withMap;
    const element = mount({ 'api-base': api, 'business-id': business.id });
    await shown(element);
    expect($(element, 'h2')?.textContent).toBe(business.name);
    expect($(element, '.description')?.textContent).toBe(business.description);
    expect(status(element)).toBe(`Profil ${business.name} dimuat.`);
    const products = [...shadow(element).querySelectorAll('.product')];
    expect(products.map((p) => p.querySelector('h4')?.textContent)).toEqual(
      business.products.map((p) => p.name),
    );
    const first = business.products[0];
    const price = first?.price;
    if (!first || !price) throw new Error('the first product has no price');
    const amount =
      price.type === 'fixed'
        ? formatRupiah(price.amount)
        : `${formatRupiah(price.min)} – ${formatRupiah(price.max)}`;
    expect(products[0]?.querySelector('.price')?.textContent).toMatch(
      new RegExp(`^${amount.replace(/\./g, '\\.')} per \\S+$`),
    );
    const certificates = [...shadow(element).querySelectorAll('.certificates li')];
    expect(certificates).toHaveLength(business.certifications.length);
    expect(certificates[0]?.textContent).toContain(business.certifications[0]?.number);
    // Names of the village and district come from @cerdas/wilayah.
    expect($(element, 'header .muted')?.textContent).toMatch(/^\S.*, Kecamatan \S+/);
  });

  it('highlights today in the opening hours, in the business’s time zone (WIB)', async () => {
    const element = mount({ 'api-base': api, 'business-id': withHours.id });
    await shown(element);
    expect($(element, '#hours')?.textContent).toBe('Jam buka (WIB)');
    const rows = [...shadow(element).querySelectorAll('.hours li')];
    expect(rows).toHaveLength(7);
    const today = new Intl.DateTimeFormat('id-ID', {
      timeZone: 'Asia/Jakarta',
      weekday: 'long',
    }).format(new Date());
    const current = shadow(element).querySelectorAll('.hours [aria-current="date"]');
    expect(current).toHaveLength(1);
    expect(current[0]?.querySelector('.day')?.textContent).toBe(`${today} (hari ini)`);
    expect(rows[0]?.textContent).toMatch(/Senin\s+(\d{2}\.\d{2}–\d{2}\.\d{2}|Tutup)/);
    expect($(element, '.open-now')?.textContent).toMatch(/^Sedang (buka|tutup)$/);
  });

  it('offers WhatsApp (wa.me) only when the owner published it, and a map only with a pin', async () => {
    const chat = mount({ 'api-base': api, 'business-id': withChat.id });
    await shown(chat);
    const whatsApp = linkNamed(chat, 'WhatsApp');
    expect(whatsApp?.getAttribute('href')).toBe(withChat.contact.chatUrl);
    expect(whatsApp?.getAttribute('href')).toMatch(/^https:\/\/wa\.me\/628\d+$/);
    expect(whatsApp?.getAttribute('rel')).toBe('noopener noreferrer');

    const map = mount({ 'api-base': api, 'business-id': withMap.id });
    await shown(map);
    const geo = withMap.location.geo;
    expect(linkNamed(map, 'peta')?.getAttribute('href')).toBe(
      `https://www.openstreetmap.org/?mlat=${geo?.lat}&mlon=${geo?.lng}#map=17/${geo?.lat}/${geo?.lng}`,
    );

    const neither = mount({ 'api-base': api, 'business-id': withoutChatOrMap.id });
    await shown(neither);
    expect(linkNamed(neither, 'WhatsApp')).toBeUndefined();
    expect(linkNamed(neither, 'peta')).toBeUndefined();
    expect(
      [...shadow(neither).querySelectorAll('.actions button')].map((b) => b.textContent),
    ).toEqual(['Bagikan']);
  });

  it('writes schema.org JSON-LD into its light DOM, built by businessJsonLd', async () => {
    const business = withMap;
    const element = mount({
      'api-base': api,
      'business-id': business.id,
      'share-url': `https://portal.example.go.id/umkm/${business.id}`,
    });
    await shown(element);
    const scripts = element.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    expect(shadow(element).querySelector('script')).toBeNull();
    const data = JSON.parse(scripts[0]?.textContent ?? '{}');
    expect(data['@type']).toBe('LocalBusiness');
    expect(data.url).toBe(`https://portal.example.go.id/umkm/${business.id}`);
    expect(data.address.addressLocality).toBe('Kabupaten Pasuruan');
    expect(data.address.addressRegion).toBe('Jawa Timur');
    expect(data.geo).toEqual({
      '@type': 'GeoCoordinates',
      latitude: business.location.geo?.lat,
      longitude: business.location.geo?.lng,
    });
    expect(data).toEqual(
      businessJsonLd(business, business.products, {
        url: `https://portal.example.go.id/umkm/${business.id}`,
        regionNames: {
          village: data.address.streetAddress.split(', ').at(-2),
          district: data.address.streetAddress.split(', ').at(-1),
          regency: 'Kabupaten Pasuruan',
          province: 'Jawa Timur',
        },
        mediaBaseUrl: `${api}/media/`,
        lang: 'id',
      }),
    );
    // Another business replaces the data; it never adds a second script.
    element.setAttribute('business-id', withChat.id);
    await vi.waitFor(() =>
      expect(JSON.parse(element.querySelector('script')?.textContent ?? '{}').name).toBe(
        withChat.name,
      ),
    );
    expect(element.querySelectorAll('script')).toHaveLength(1);
  });

  it('shares with the Web Share API, else copies the link, else offers it to copy by hand', async () => {
    const element = mount({
      'api-base': api,
      'business-id': withChat.id,
      'share-url': 'https://portal.example.go.id/umkm/x',
    });
    await shown(element);
    const shareButton = () =>
      [...shadow(element).querySelectorAll('button')].find((b) => b.textContent === 'Bagikan');

    const share = vi.fn(async () => {});
    Object.defineProperty(navigator, 'share', { configurable: true, value: share });
    shareButton()?.click();
    await vi.waitFor(() =>
      expect(share).toHaveBeenCalledWith({
        title: withChat.name,
        url: 'https://portal.example.go.id/umkm/x',
      }),
    );
    delete (navigator as { share?: unknown }).share;

    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    shareButton()?.click();
    await vi.waitFor(() => expect(status(element)).toBe('Tautan profil disalin.'));
    expect(writeText).toHaveBeenCalledWith('https://portal.example.go.id/umkm/x');

    writeText.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    shareButton()?.click();
    await vi.waitFor(() => expect($(element, '.copy input')).not.toBeNull());
    const field = $<HTMLInputElement>(element, '.copy input');
    expect(field?.value).toBe('https://portal.example.go.id/umkm/x');
    expect(shadow(element).activeElement).toBe(field);
    await noViolations(element, { rules: WCAG });
  });

  it('reaches every action with the keyboard, in reading order', async () => {
    const element = mount({ 'api-base': api, 'business-id': withChat.id });
    await shown(element);
    const before = document.createElement('button');
    before.textContent = 'before';
    host.prepend(before);
    before.focus();
    const expected = [
      ...shadow(element).querySelectorAll<HTMLElement>('.actions a, .actions button'),
    ];
    const reached: (Element | null)[] = [];
    for (const _ of expected) {
      await userEvent.keyboard('{Tab}');
      reached.push(shadow(element).activeElement);
    }
    expect(reached).toEqual(expected);
    const share = vi.fn(async () => {});
    Object.defineProperty(navigator, 'share', { configurable: true, value: share });
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(share).toHaveBeenCalledTimes(1));
    delete (navigator as { share?: unknown }).share;
  });

  it('speaks English with lang="en": labels, day names and rupiah', async () => {
    const element = mount({ 'api-base': api, 'business-id': withHours.id }, 'en');
    await shown(element);
    expect($(element, '#hours')?.textContent).toBe('Opening hours (WIB)');
    expect(shadow(element).querySelector('.hours li .day')?.textContent).toMatch(/^Monday/);
    expect($(element, '.product .price')?.textContent).toMatch(/^Rp\u00a0[\d,]+/);
    expect(linkNamed(element, 'View on the map')).toBeDefined();
    expect(
      JSON.parse(element.querySelector('script')?.textContent ?? '{}').paymentAccepted,
    ).toMatch(/Cash|QRIS|Bank transfer/);
    await noViolations(element, { rules: WCAG });
  });

  it('passes axe in the light and dark themes', async () => {
    const element = mount({ 'api-base': api, 'business-id': withMap.id });
    await shown(element);
    await noViolations(element, { rules: WCAG });
    host.classList.add('cerdas-theme-dark');
    host.style.background = '#111827';
    await noViolations(element, { rules: WCAG });
  });

  it('says when the business does not exist', async () => {
    const element = mount({ 'api-base': api, 'business-id': 'tidak-ada' });
    await vi.waitFor(() =>
      expect($(element, '.message')?.textContent).toBe(
        'Usaha ini tidak ditemukan atau tidak lagi ditampilkan.',
      ),
    );
    expect(element.querySelector('script')).toBeNull();
    await noViolations(element, { rules: WCAG });
  });

  it('keeps a busy skeleton until it knows what to load', async () => {
    const element = mount({ 'business-id': withChat.id });
    await element.updateComplete;
    expect($(element, 'article')?.getAttribute('aria-busy')).toBe('true');
    expect($(element, '.skeleton')).not.toBeNull();
  });

  it('shows an error with a retry, and recovers from a closed port when api-base changes', async () => {
    const element = mount({ 'api-base': CLOSED_PORT, 'business-id': withChat.id });
    await vi.waitFor(() => expect($(element, '.error')).not.toBeNull(), { timeout: 10000 });
    expect(status(element)).toBe(
      'Profil usaha tidak dapat dimuat. Periksa koneksi internet Anda, lalu coba lagi.',
    );
    await noViolations(element, { rules: WCAG });
    let fail = true;
    window.fetch = (input, init) =>
      fail ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init);
    element.setAttribute('api-base', api);
    await vi.waitFor(() => expect($(element, '.error')).not.toBeNull(), { timeout: 10000 });
    fail = false;
    $<HTMLButtonElement>(element, '.message button')?.click();
    await shown(element);
    expect($(element, 'h2')?.textContent).toBe(withChat.name);
  });

  it('tells when it is offline and loads when the connection returns', async () => {
    let fail = true;
    window.fetch = (input, init) =>
      fail ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init);
    const element = mount({ 'api-base': api, 'business-id': withChat.id }, 'en');
    await vi.waitFor(() => expect($(element, '.error')).not.toBeNull(), { timeout: 10000 });
    window.dispatchEvent(new Event('offline'));
    await vi.waitFor(() => expect(status(element)).toContain('You are offline'));
    fail = false;
    window.dispatchEvent(new Event('online'));
    await shown(element);
  });

  it('shows the business’s photos from /media, lazily', async () => {
    const real = await detail(withChat.id);
    const photo = (n: number) => ({
      id: `foto-${n}`,
      path: `umkm/${real.id}/foto-${n}.webp`,
      mime: 'image/webp' as const,
      width: 1200,
      height: 900,
      bytes: 90000,
      alt: `Foto ${n} dari ${real.name}`,
    });
    window.fetch = async () => Response.json({ ...real, photos: [photo(1), photo(2)] });
    const element = mount({ 'api-base': api, 'business-id': real.id });
    await shown(element);
    const images = [...shadow(element).querySelectorAll('.photos img')];
    expect(images.map((img) => img.getAttribute('src'))).toEqual([
      `${api}/media/umkm/${real.id}/foto-1.webp`,
      `${api}/media/umkm/${real.id}/foto-2.webp`,
    ]);
    expect(images.every((img) => img.getAttribute('loading') === 'lazy')).toBe(true);
    expect(images[0]?.getAttribute('alt')).toBe(`Foto 1 dari ${real.name}`);
    expect(JSON.parse(element.querySelector('script')?.textContent ?? '{}').image).toEqual([
      `${api}/media/umkm/${real.id}/foto-1.webp`,
      `${api}/media/umkm/${real.id}/foto-2.webp`,
    ]);
  });

  it('renders hostile strings as text, escapes them in the JSON-LD, and never links javascript:', async () => {
    armXssTrap();
    const real = await detail(withChat.id);
    const evil = `</script>${XSS.script}${XSS.img}`;
    const hostile: BusinessDetailPublic = {
      ...real,
      name: XSS.img,
      description: `${evil}\njavascript:alert(1)`,
      products: real.products.map((p) => ({ ...p, name: evil.slice(0, 100) })),
      openingHours: { note: evil },
    };
    window.fetch = async () => Response.json(hostile);
    const element = mount({ 'api-base': api, 'business-id': real.id });
    element.strings = { share: XSS.img };
    await shown(element);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expectNoScriptRan();
    expect($(element, 'h2')?.textContent).toBe(XSS.img);
    expect($(element, '.description')?.textContent).toBe(`${evil}\njavascript:alert(1)`);
    expect(shadow(element).querySelectorAll('script, img')).toHaveLength(0);
    // One JSON-LD script whose text cannot close it: every "<" is a \u003c escape.
    const scripts = element.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.textContent).not.toContain('<');
    expect(JSON.parse(scripts[0]?.textContent ?? '{}').description).toBe(hostile.description);
    expect(document.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(1);

    // javascript: in the API's links or chat URL breaks the contract: no profile, no link.
    window.fetch = async () =>
      Response.json({
        ...real,
        links: [{ kind: 'website', url: XSS.url }],
        contact: { chatUrl: XSS.url },
      });
    const refused = mount({ 'api-base': api, 'business-id': real.id });
    await vi.waitFor(() => expect($(refused, '.error')).not.toBeNull());
    expect(shadow(refused).querySelectorAll('a')).toHaveLength(0);
    expect(refused.querySelector('script')).toBeNull();
    expectNoScriptRan();
  });
});

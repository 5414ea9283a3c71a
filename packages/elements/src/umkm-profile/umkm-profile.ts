import { CerdasHttpError, createClientFor } from '@cerdas/client';
import {
  type BusinessDetailPublic,
  businessJsonLd,
  CERTIFICATION_LABELS,
  formatRupiah,
  isCertificationInForce,
  isOpenAt,
  jsonLdScriptContent,
  OPENING_WEEKDAYS,
  PRODUCT_UNIT_LABELS,
  type ProductPublic,
  type RegionNames,
  rangesOn,
  timeZoneOf,
  toLocalDate,
  umkmGetRoute,
} from '@cerdas/model';
import { ancestorsOf, getRegion } from '@cerdas/wilayah';
import { html, nothing, type PropertyValues } from 'lit';
import { CerdasElement } from '../base/cerdas-element.js';
import { localeOf } from '../base/i18n.js';
import { safeHref } from '../base/safe-url.js';
import { type ProfileMessages, profileMessages } from './umkm-profile.messages.js';
import { profileStyles } from './umkm-profile.styles.js';

/** Only the routes this widget calls, so its bundle carries only their schemas. */
const ROUTES = { 'umkm.get': umkmGetRoute } as const;

type Status = 'loading' | 'ready' | 'not-found' | 'error';

/**
 * One business's public page: photos, description, products with prices in rupiah, a
 * WhatsApp button and a map link when the owner published them, opening hours with today's
 * highlighted (in the business's time zone), certificates, and a share button. It also writes
 * the business as schema.org `LocalBusiness` JSON-LD into a `<script type="application/ld+json">`
 * in its light DOM, where search engines read it.
 *
 * @tagname cerdas-umkm-profile
 * @summary Public profile of one UMKM, with schema.org JSON-LD.
 *
 * @csspart header - Name, badges and place.
 * @csspart photo - A photo of the business.
 * @csspart actions - The row of WhatsApp, call, map and share buttons.
 * @csspart button - Each action and the retry button.
 * @csspart whatsapp - The WhatsApp button.
 * @csspart badge - A verified, halal or size badge.
 * @csspart hours - The opening hours list.
 * @csspart today - Today's row of the opening hours.
 * @csspart product - One product.
 * @csspart status - The loading, error and not-found messages.
 *
 * @cssprop [--cerdas-color-primary=#0b6e4f] - Buttons and links.
 * @cssprop [--cerdas-color-whatsapp=#0b6e4f] - The WhatsApp button (a dark green for AA contrast).
 * @cssprop [--cerdas-color-highlight] - Today's row of the opening hours (default: 15 % primary).
 * @cssprop [--cerdas-color-border=#c4cdd5] - Borders.
 * @cssprop [--cerdas-radius=0.5rem] - Corner radius.
 */
export class CerdasUmkmProfile extends CerdasElement<ProfileMessages> {
  static override properties = {
    ...CerdasElement.properties,
    businessId: { attribute: 'business-id' },
    region: {},
    shareUrl: { attribute: 'share-url' },
    business: { state: true, attribute: false },
    status: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    offline: { state: true, attribute: false },
    regionNames: { state: true, attribute: false },
    copyFallback: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  static override styles = profileStyles;

  /** Id of the business to show. */
  declare businessId: string;
  /** Kemendagri code of the regency, whose time zone is used when the business's is unknown. */
  declare region: string;
  /** The address to share and to name in the JSON-LD; default: the page's address. */
  declare shareUrl: string | undefined;
  declare private business: BusinessDetailPublic | undefined;
  declare private status: Status;
  declare private failure: 'network' | 'server' | undefined;
  declare private offline: boolean;
  declare private regionNames: RegionNames;
  declare private copyFallback: boolean;
  declare private announcement: string;

  protected readonly messages = profileMessages;

  private controller: AbortController | undefined;
  private jsonLd: HTMLScriptElement | undefined;

  constructor() {
    super();
    this.businessId = '';
    this.region = '35.14';
    this.shareUrl = undefined;
    this.business = undefined;
    this.status = 'loading';
    this.failure = undefined;
    this.offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    this.regionNames = {};
    this.copyFallback = false;
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.onConnectivity);
    addEventListener('offline', this.onConnectivity);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.onConnectivity);
    removeEventListener('offline', this.onConnectivity);
    this.controller?.abort();
  }

  /** Fetches the business again. */
  async reload(): Promise<void> {
    this.controller?.abort();
    if (!this.apiBase || !this.businessId) return;
    const controller = new AbortController();
    this.controller = controller;
    this.status = 'loading';
    this.failure = undefined;
    this.copyFallback = false;
    this.announcement = this.msg('loading');
    const client = createClientFor(ROUTES, { baseUrl: this.apiBase, language: this.language });
    try {
      const business = await client.umkm.get(this.businessId, { signal: controller.signal });
      const code = business.location.villageCode;
      const [village, above] = await Promise.all([getRegion(code), ancestorsOf(code)]);
      if (controller.signal.aborted) return;
      const [province, regency, district] = above;
      this.regionNames = {
        ...(village && { village: village.name }),
        ...(district && { district: district.name }),
        ...(regency && { regency: regency.name }),
        ...(province && { province: province.name }),
      };
      this.business = business;
      this.status = 'ready';
      this.announcement = this.msg('loaded')(business.name);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.business = undefined;
      if (error instanceof CerdasHttpError && error.status === 404) {
        this.status = 'not-found';
        this.announcement = this.msg('notFound');
      } else {
        this.status = 'error';
        this.failure = error instanceof CerdasHttpError ? 'server' : 'network';
        this.announcement = this.offline ? this.msg('offline') : this.failureText();
      }
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase') || changed.has('businessId')) void this.reload();
  }

  protected override updated(): void {
    this.writeJsonLd();
  }

  private onConnectivity = (event: Event): void => {
    this.offline = event.type === 'offline';
    if (this.offline) this.announcement = this.msg('offline');
    else if (this.status === 'error') void this.reload();
  };

  private failureText(): string {
    return this.msg(this.failure === 'server' ? 'errorServer' : 'errorNetwork');
  }

  private pageUrl(): string {
    return safeHref(this.shareUrl) ?? location.href;
  }

  private mediaBase(): string {
    return `${this.apiBase.trim().replace(/\/+$/, '')}/media/`;
  }

  /** The IANA zone of the business's province, else of the `region` attribute. */
  private timeZone(): { iana: string; abbreviation: string } {
    const zone = timeZoneOf(this.business?.location.villageCode ?? '');
    if (zone.ok) return zone.value;
    const fallback = timeZoneOf(this.region);
    return fallback.ok ? fallback.value : { iana: 'Asia/Jakarta', abbreviation: 'WIB' };
  }

  /**
   * schema.org JSON-LD of the business, as a `<script type="application/ld+json">` child of the
   * element (light DOM, where crawlers look), its text escaped by `jsonLdScriptContent`.
   */
  private writeJsonLd(): void {
    const business = this.business;
    if (!business || this.status !== 'ready') {
      this.jsonLd?.remove();
      return;
    }
    const data = businessJsonLd(business, business.products, {
      url: this.pageUrl(),
      regionNames: this.regionNames,
      mediaBaseUrl: this.mediaBase(),
      lang: this.language,
    });
    this.jsonLd ??= document.createElement('script');
    this.jsonLd.type = 'application/ld+json';
    const text = jsonLdScriptContent(data);
    if (this.jsonLd.textContent !== text) this.jsonLd.textContent = text;
    if (this.jsonLd.parentNode !== this) this.append(this.jsonLd);
  }

  private share = async (): Promise<void> => {
    const url = this.pageUrl();
    const title = this.business?.name ?? document.title;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing to do.
        if ((error as Error).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      this.announcement = this.msg('copied');
    } catch {
      // No clipboard (an old browser, or permission refused): offer the link to copy by hand.
      this.copyFallback = true;
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('.copy input');
      field?.focus();
      field?.select();
    }
  };

  // ── Rendering ─────────────────────────────────────────────────────────────────────────

  private media(path: string): string {
    return `${this.mediaBase()}${path}`;
  }

  private priceOf(product: ProductPublic): string {
    const { price } = product;
    if (!price) return this.msg('priceUnknown');
    const lang = this.language;
    const amount =
      price.type === 'fixed'
        ? this.msg('price')(formatRupiah(price.amount, { lang }))
        : this.msg('priceRange')(
            formatRupiah(price.min, { lang }),
            formatRupiah(price.max, { lang }),
          );
    return this.msg('perUnit')(amount, PRODUCT_UNIT_LABELS[product.unit][lang]);
  }

  private formatDate(date: string): string {
    return new Intl.DateTimeFormat(localeOf(this.language), {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${date}T00:00:00Z`));
  }

  private renderHours(business: BusinessDetailPublic) {
    const hours = business.openingHours;
    if (!hours) return nothing;
    const zone = this.timeZone();
    const now = new Date();
    const today = new Intl.DateTimeFormat('en-US', { timeZone: zone.iana, weekday: 'long' })
      .format(now)
      .toLowerCase();
    const dayName = new Intl.DateTimeFormat(localeOf(this.language), {
      weekday: 'long',
      timeZone: 'UTC',
    });
    const hasRanges = OPENING_WEEKDAYS.some((day) => rangesOn(hours, day).length > 0);
    return html`<section aria-labelledby="hours">
      <h3 id="hours">${this.msg('hoursHeading')(zone.abbreviation)}</h3>
      ${
        hasRanges
          ? html`<p class="open-now">${isOpenAt(hours, now, zone.iana) ? this.msg('openNow') : this.msg('closedNow')}</p>
            <ul class="hours" part="hours">
              ${OPENING_WEEKDAYS.map((day, i) => {
                // 1 January 2024 was a Monday.
                const name = dayName.format(Date.UTC(2024, 0, 1 + i));
                const ranges = rangesOn(hours, day);
                const isToday = day === today;
                return html`<li class=${isToday ? 'today' : ''} part=${isToday ? 'today' : nothing}
                  aria-current=${isToday ? 'date' : nothing}>
                  <span class="day">${isToday ? this.msg('today')(name) : name}</span>
                  <span>${
                    ranges.length
                      ? ranges.map((r) => this.msg('timeRange')(r.opens, r.closes)).join(', ')
                      : this.msg('closed')
                  }</span>
                </li>`;
              })}
            </ul>`
          : nothing
      }
      ${hours.note ? html`<p class="note">${hours.note}</p>` : nothing}
    </section>`;
  }

  private renderActions(business: BusinessDetailPublic) {
    const chat = safeHref(business.contact.chatUrl);
    const call = safeHref(business.contact.callUrl);
    const geo = business.location.geo;
    const map = geo
      ? safeHref(
          `https://www.openstreetmap.org/?mlat=${geo.lat}&mlon=${geo.lng}#map=17/${geo.lat}/${geo.lng}`,
        )
      : undefined;
    const newTab = html`<span class="visually-hidden">${this.msg('newTab')}</span>`;
    return html`<div class="actions" part="actions">
      ${
        chat?.startsWith('https://wa.me/')
          ? html`<a class="button primary" part="button whatsapp" href=${chat} target="_blank"
              rel="noopener noreferrer">${this.msg('whatsApp')} ${newTab}</a>`
          : nothing
      }
      ${call?.startsWith('tel:') ? html`<a class="button" part="button" href=${call}>${this.msg('call')}</a>` : nothing}
      ${
        map
          ? html`<a class="button" part="button" href=${map} target="_blank" rel="noopener noreferrer"
              >${this.msg('map')} ${newTab}</a>`
          : nothing
      }
      <button class="button" part="button" type="button" @click=${this.share}>${this.msg('share')}</button>
    </div>
    ${
      this.copyFallback
        ? html`<p class="copy">
            <label for="copy">${this.msg('copyThis')}</label>
            <input id="copy" type="url" readonly .value=${this.pageUrl()} />
          </p>`
        : nothing
    }`;
  }

  private renderProducts(products: readonly ProductPublic[]) {
    if (products.length === 0) return nothing;
    return html`<section aria-labelledby="products">
      <h3 id="products">${this.msg('productsHeading')}</h3>
      <ul class="products">
        ${products.map(
          (product) => html`<li class="product" part="product">
            ${
              product.photos[0]
                ? html`<img loading="lazy" decoding="async" src=${this.media(product.photos[0].path)}
                    alt=${product.photos[0].alt} width=${product.photos[0].width}
                    height=${product.photos[0].height} />`
                : nothing
            }
            <h4>${product.name}</h4>
            ${product.description ? html`<p class="muted">${product.description}</p>` : nothing}
            <p class="price">${this.priceOf(product)}</p>
            <p class="tags">
              <span class=${`availability ${product.availability}`}>${this.msg('availability')(product.availability)}</span>
              ${product.halal ? html`<span class="badge" part="badge">${this.msg('halal')}</span>` : nothing}
            </p>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderDetails(business: BusinessDetailPublic) {
    const { location, certifications, payment, links } = business;
    const lang = this.language;
    const methods = (['cash', 'qris', 'bankTransfer'] as const).filter((m) => payment[m]);
    const linkItems = links
      .map((link) => ({ href: safeHref(link.url), url: link.url }))
      .filter((link) => link.href);
    return html`<section aria-labelledby="address">
        <h3 id="address">${this.msg('addressHeading')}</h3>
        <p class="address">
          ${location.streetAddress ? html`${location.streetAddress}<br />` : nothing}
          ${this.regionNames.village ?? ''}${this.regionNames.district ? html`, ${this.regionNames.district}` : nothing}<br />
          ${this.regionNames.regency ?? ''}${location.postalCode ? html` ${location.postalCode}` : nothing}
        </p>
      </section>
      ${this.renderHours(business)}
      ${this.renderProducts(business.products)}
      ${
        certifications.length
          ? html`<section aria-labelledby="certificates">
              <h3 id="certificates">${this.msg('certificationsHeading')}</h3>
              <ul class="certificates">
                ${certifications.map(
                  (cert) => html`<li>
                    <strong>${CERTIFICATION_LABELS[cert.kind][lang]}</strong>
                    <span>${this.msg('certificateNumber')(cert.number)}</span>
                    ${cert.validUntil ? html`<span class="muted">${this.msg('validUntil')(this.formatDate(cert.validUntil))}</span>` : nothing}
                  </li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
      ${
        methods.length
          ? html`<section aria-labelledby="payment">
              <h3 id="payment">${this.msg('paymentHeading')}</h3>
              <ul class="inline">${methods.map((m) => html`<li>${this.msg(m)}</li>`)}</ul>
            </section>`
          : nothing
      }
      ${
        linkItems.length
          ? html`<section aria-labelledby="links">
              <h3 id="links">${this.msg('linksHeading')}</h3>
              <ul class="inline">
                ${linkItems.map(
                  (link) => html`<li><a href=${link.href} target="_blank" rel="noopener noreferrer"
                    >${new URL(link.url).hostname}<span class="visually-hidden"> ${this.msg('newTab')}</span></a></li>`,
                )}
              </ul>
            </section>`
          : nothing
      }`;
  }

  private renderBusiness(business: BusinessDetailPublic) {
    const zone = this.timeZone();
    const today = toLocalDate(new Date(), zone.iana);
    const halal = business.certifications.some(
      (cert) => cert.kind === 'halal' && isCertificationInForce(cert, today),
    );
    const { village, district } = this.regionNames;
    return html`<header part="header">
        <h2 id="name">${business.name}</h2>
        <p class="badges">
          <span class="badge verified" part="badge">
            ${business.verification.status === 'verified' ? this.msg('verified') : this.msg('pending')}
          </span>
          ${halal ? html`<span class="badge" part="badge">${this.msg('halal')}</span>` : nothing}
          <span class="badge" part="badge">${this.msg('scale')(business.scale)}</span>
        </p>
        ${village && district ? html`<p class="muted">${this.msg('place')(village, district)}</p>` : nothing}
      </header>
      ${
        business.photos.length
          ? html`<ul class="photos" aria-label=${this.msg('photos')}>
              ${business.photos.map(
                (photo) => html`<li><img part="photo" loading="lazy" decoding="async"
                  src=${this.media(photo.path)} alt=${photo.alt} width=${photo.width} height=${photo.height} /></li>`,
              )}
            </ul>`
          : nothing
      }
      <p class="description">${business.description}</p>
      ${this.renderActions(business)}
      ${this.renderDetails(business)}`;
  }

  protected override render() {
    const { status, business } = this;
    let body: unknown;
    if (status === 'ready' && business) {
      body = this.renderBusiness(business);
    } else if (status === 'not-found') {
      body = html`<p class="message" part="status">${this.msg('notFound')}</p>`;
    } else if (status === 'error') {
      body = html`<div class="message" part="status">
        <p class="error">${this.offline ? this.msg('offline') : this.failureText()}</p>
        <button part="button" type="button" @click=${() => this.reload()}>${this.msg('retry')}</button>
      </div>`;
    } else {
      body = html`<div class="skeleton" aria-hidden="true">
        <div class="bar title"></div><div class="bar"></div><div class="bar"></div><div class="bar short"></div>
      </div>`;
    }
    return html`<article aria-labelledby=${status === 'ready' ? 'name' : nothing}
        aria-busy=${status === 'loading' ? 'true' : 'false'}>${body}</article>
      ${this.offline && status !== 'error' ? html`<p class="offline" part="status">${this.msg('offline')}</p>` : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }
}

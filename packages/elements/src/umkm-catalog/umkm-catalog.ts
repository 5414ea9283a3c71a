import { CerdasHttpError, createClientFor } from '@cerdas/client';
import {
  type BusinessPublicSummary,
  type BusinessScale,
  formatRupiah,
  type KbliCategory,
  type RouteQuery,
  umkmListRoute,
} from '@cerdas/model';
import { listChildren } from '@cerdas/wilayah';
import { html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { CerdasElement } from '../base/cerdas-element.js';
import { safeHref } from '../base/safe-url.js';
import {
  CATALOG_CATEGORIES,
  type CatalogMessages,
  catalogMessages,
} from './umkm-catalog.messages.js';
import { catalogStyles } from './umkm-catalog.styles.js';

/** Only the routes this widget calls, so its bundle carries only their schemas. */
const ROUTES = { 'umkm.list': umkmListRoute } as const;

type Status = 'loading' | 'ready' | 'error';

/** Milliseconds of quiet typing before the search goes to the server. */
const SEARCH_DELAY = 300;
/** Rows rendered above and below the visible ones. */
const OVERSCAN_ROWS = 2;
/** Rows from the end at which the next page is fetched without a click. */
const AUTOLOAD_ROWS = 3;
const SCALES = ['mikro', 'kecil', 'menengah', 'besar'] as const;
/** Properties that make up the server query; a change to any of them reloads the list. */
const QUERY_PROPERTIES = [
  'apiBase',
  'search',
  'district',
  'category',
  'scale',
  'halal',
  'pageSize',
];

/**
 * The E-Branding shop window: the regency's UMKM, searched as you type and filtered by
 * district, line of business (KBLI kategori), halal certificate and size. Pages arrive by
 * cursor ("Muat lagi", and by themselves when the reader nears the end); only the cards near
 * the viewport are in the DOM, so ten thousand businesses scroll as smoothly as twenty.
 *
 * @tagname cerdas-umkm-catalog
 * @summary Searchable, filterable UMKM catalog with cursor loading and a windowed grid.
 *
 * @fires cerdas-select - A card was opened; `detail.id` is the business id. Cancel it
 *   (`preventDefault()`) to stop the navigation to `href-template`.
 *
 * @csspart search - The search field.
 * @csspart filters - The row of filters.
 * @csspart grid - The list of cards.
 * @csspart card - One business card.
 * @csspart card-link - The business name, a link or button that opens it.
 * @csspart thumbnail - The photo on a card.
 * @csspart badge - A halal or verified badge.
 * @csspart button - The retry, clear and load-more buttons.
 * @csspart status - The visible result count, error and offline messages.
 *
 * @cssprop [--cerdas-catalog-card-min-width=16em] - Narrowest card; sets the column count.
 * @cssprop [--cerdas-catalog-card-height=23em] - Height of every card (cards are equal for windowing).
 * @cssprop [--cerdas-color-primary=#0b6e4f] - Buttons, links and the verified badge.
 * @cssprop [--cerdas-color-border=#c4cdd5] - Card and field borders.
 * @cssprop [--cerdas-color-surface-raised=#fff] - Card background.
 * @cssprop [--cerdas-radius=0.5rem] - Corner radius.
 */
export class CerdasUmkmCatalog extends CerdasElement<CatalogMessages> {
  static override properties = {
    ...CerdasElement.properties,
    region: {},
    hrefTemplate: { attribute: 'href-template' },
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    search: {},
    district: {},
    category: {},
    scale: {},
    halal: { type: Boolean },
    items: { state: true, attribute: false },
    status: { state: true, attribute: false },
    nextCursor: { state: true, attribute: false },
    loadingMore: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    offline: { state: true, attribute: false },
    districts: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  static override styles = catalogStyles;

  /** Kemendagri code of the regency whose districts the district filter lists. */
  declare region: string;
  /** Where a card links, with `{id}` for the business id, e.g. `/umkm/{id}`; none: a button. */
  declare hrefTemplate: string | undefined;
  /** Businesses per request, 1–100. */
  declare pageSize: number;
  /** Heading level of each business's name (2–6), to fit the page's outline. Default 3. */
  declare headingLevel: number;
  /** Words to search for. */
  declare search: string;
  /** Kecamatan code to filter by, e.g. `35.14.16`. */
  declare district: string;
  /** KBLI 2020 kategori letter to filter by, e.g. `C`. */
  declare category: string;
  /** Business size to filter by: `mikro`, `kecil`, `menengah` or `besar`. */
  declare scale: string;
  /** Only businesses with a halal certificate in force. */
  declare halal: boolean;
  declare private items: BusinessPublicSummary[];
  declare private status: Status;
  declare private nextCursor: string | null;
  declare private loadingMore: boolean;
  declare private failure: 'network' | 'server' | undefined;
  declare private offline: boolean;
  declare private districts: ReadonlyMap<string, string>;
  declare private announcement: string;

  protected readonly messages = catalogMessages;

  /** The query the current items answer; `undefined` before the first answer. */
  private loadedText: string | undefined;
  private requestedKey = '';
  private controller: AbortController | undefined;
  private inFlight: Promise<void> | undefined;
  private failedCursor: string | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private districtsOf = '';
  /** Lowercased name and description of each item, in the order of `items`. */
  private haystack: string[] = [];
  private filtered:
    | {
        items: BusinessPublicSummary[];
        text: string;
        indexes: number[];
        shown: BusinessPublicSummary[];
      }
    | undefined;
  private columns = 1;
  private rowStride = 0;
  /** The grid changed size: columns and row height are to be measured again. */
  private stale = false;
  private firstRow = 0;
  private endRow = 8;
  private padding: [number, number] = [0, 0];
  private frame = 0;
  private resizeObserver: ResizeObserver | undefined;

  constructor() {
    super();
    this.region = '35.14';
    this.hrefTemplate = undefined;
    this.pageSize = 24;
    this.headingLevel = 3;
    this.search = '';
    this.district = '';
    this.category = '';
    this.scale = '';
    this.halal = false;
    this.items = [];
    this.status = 'loading';
    this.nextCursor = null;
    this.loadingMore = false;
    this.failure = undefined;
    this.offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    this.districts = new Map();
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.onConnectivity);
    addEventListener('offline', this.onConnectivity);
    addEventListener('resize', this.onViewportChange, { passive: true });
    // Capture: scrolling inside any scroll container of the page moves the grid too.
    document.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
    this.resizeObserver = new ResizeObserver(this.onResize);
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.onConnectivity);
    removeEventListener('offline', this.onConnectivity);
    removeEventListener('resize', this.onViewportChange);
    document.removeEventListener('scroll', this.onViewportChange, { capture: true });
    this.resizeObserver?.disconnect();
    this.controller?.abort();
    clearTimeout(this.searchTimer);
    cancelAnimationFrame(this.frame);
  }

  /** Fetches the next page, if there is one. Resolves when it has arrived (or failed). */
  async loadMore(): Promise<void> {
    if (this.loadingMore) await this.inFlight;
    else if (this.nextCursor) await this.fetchPage(this.nextCursor);
  }

  /** Fetches the first page again, for the current search and filters. */
  async reload(): Promise<void> {
    clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
    // Without `api-base` the widget waits, showing its skeleton, until the page sets one.
    if (this.apiBase) await this.fetchPage(undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.region !== this.districtsOf) void this.loadDistricts();
    if (
      !this.searchTimer &&
      QUERY_PROPERTIES.some((key) => changed.has(key as keyof CerdasUmkmCatalog))
    ) {
      if (this.queryKey() !== this.requestedKey) void this.reload();
    }
  }

  protected override updated(): void {
    const grid = this.renderRoot.querySelector<HTMLElement>('.grid');
    if (grid) {
      grid.style.paddingBlockStart = `${this.padding[0]}px`;
      grid.style.paddingBlockEnd = `${this.padding[1]}px`;
    }
    this.measure();
  }

  private query(cursor?: string): RouteQuery<typeof umkmListRoute> {
    const text = (this.search ?? '').replace(/\s+/g, ' ').trim();
    const limit = Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 24));
    return {
      limit,
      ...(cursor && { cursor }),
      ...(text && { text: text.slice(0, 100) }),
      ...(this.district && { districtCode: this.district }),
      ...(this.category && { kbliCategory: this.category as KbliCategory }),
      ...(this.scale && { scale: this.scale as BusinessScale }),
      ...(this.halal && { halal: 'true' }),
    };
  }

  private queryKey(): string {
    return `${this.apiBase}?${JSON.stringify(this.query())}`;
  }

  private fetchPage(cursor: string | undefined): Promise<void> {
    this.inFlight = this.request(cursor);
    return this.inFlight;
  }

  private async request(cursor: string | undefined): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const query = this.query(cursor);
    if (cursor) {
      this.loadingMore = true;
    } else {
      this.requestedKey = this.queryKey();
      this.status = 'loading';
      this.loadingMore = false;
      if (this.items.length === 0) this.announcement = this.msg('loading');
    }
    this.failure = undefined;
    const client = createClientFor(ROUTES, { baseUrl: this.apiBase, language: this.language });
    try {
      const page = await client.umkm.list(query, { signal: controller.signal });
      if (controller.signal.aborted) return;
      const added = page.items.length;
      const haystack = page.items.map((item) =>
        `${item.name} ${item.shortDescription}`.toLowerCase(),
      );
      if (cursor) this.haystack.push(...haystack);
      else this.haystack = haystack;
      const before = this.items.length;
      const moreHadFocus = (this.renderRoot as ShadowRoot).activeElement?.closest('.more') != null;
      this.items = cursor ? [...this.items, ...page.items] : page.items;
      this.nextCursor = page.nextCursor;
      // The last page removes the focused "Muat lagi" button: focus the first card it brought.
      if (cursor && moreHadFocus && !page.nextCursor && added > 0) void this.focusCard(before);
      this.loadedText = query.text ?? '';
      this.status = 'ready';
      this.announcement =
        this.items.length === 0
          ? this.msg('empty')
          : cursor
            ? this.msg('loadedMore')(added, this.items.length)
            : this.msg('results')(this.items.length, page.nextCursor !== null);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.failedCursor = cursor;
      this.failure = error instanceof CerdasHttpError ? 'server' : 'network';
      if (!cursor) this.status = 'error';
      this.announcement = this.offline ? this.msg('offline') : this.failureText();
    } finally {
      if (this.controller === controller) {
        this.loadingMore = false;
        this.controller = undefined;
      }
    }
  }

  private failureText(): string {
    return this.msg(this.failure === 'server' ? 'errorServer' : 'errorNetwork');
  }

  private async focusCard(index: number): Promise<void> {
    // The window may move once more after the cards arrive (measure → update): wait for both.
    while (!(await this.updateComplete));
    this.renderRoot
      .querySelector<HTMLElement>(`.card[aria-posinset="${index + 1}"] .open`)
      ?.focus();
  }

  private retry = (): void => {
    void this.fetchPage(this.failedCursor);
  };

  private async loadDistricts(): Promise<void> {
    const region = this.region;
    this.districtsOf = region;
    const children = await listChildren(region);
    if (this.region !== region) return;
    this.districts = new Map(
      children.filter((r) => r.level === 'district').map((r) => [r.code, r.name]),
    );
  }

  private onConnectivity = (event: Event): void => {
    this.offline = event.type === 'offline';
    if (this.offline) {
      this.announcement = this.msg('offline');
    } else if (this.failure) {
      this.retry();
    }
  };

  // ── Search and filters ────────────────────────────────────────────────────────────────

  private onSearchInput = (event: Event): void => {
    this.search = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.reload(), SEARCH_DELAY);
  };

  private onFilter = (event: Event): void => {
    const control = event.target as HTMLSelectElement | HTMLInputElement;
    const name = control.name as 'district' | 'category' | 'scale' | 'halal';
    if (name === 'halal') this.halal = (control as HTMLInputElement).checked;
    else this[name] = control.value;
  };

  private clearFilters = (): void => {
    this.search = '';
    this.district = '';
    this.category = '';
    this.scale = '';
    this.halal = false;
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  };

  /**
   * The loaded businesses the search box matches while the server has not answered for its
   * text yet: every typed word in the name or description. The server's answer (which also
   * searches product names) replaces them.
   */
  private shown(): BusinessPublicSummary[] {
    const text = (this.search ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    const items = this.items;
    if (this.loadedText === undefined || text === this.loadedText.toLowerCase()) return items;
    const last = this.filtered;
    if (last?.items === items && last.text === text) return last.shown;
    if (this.haystack.length !== items.length) {
      this.haystack = items.map((item) => `${item.name} ${item.shortDescription}`.toLowerCase());
    }
    // Typing on only narrows: search within the previous matches instead of every business.
    const from =
      last?.items === items && text.startsWith(last.text) ? last.indexes : items.map((_, i) => i);
    const words = text.split(' ').filter(Boolean);
    const indexes = from.filter((i) => words.every((word) => this.haystack[i]?.includes(word)));
    const shown = indexes.map((i) => items[i] as BusinessPublicSummary);
    this.filtered = { items, text, indexes, shown };
    return shown;
  }

  // ── Windowing ─────────────────────────────────────────────────────────────────────────

  private onResize = (): void => {
    // Measure again at the next frame, but keep the old row height until then: a render in
    // between must not collapse the padding of the rows not drawn (the page would shrink and
    // lose its scroll position).
    this.stale = true;
    this.onViewportChange();
  };

  private onViewportChange = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.measure();
    });
  };

  /** Reads the grid's columns, row height and position; re-renders when other rows show. */
  private measure(): void {
    const grid = this.renderRoot.querySelector<HTMLElement>('.grid');
    if (!grid) return;
    if (!this.rowStride || this.stale) {
      const card = grid.querySelector<HTMLElement>('.card');
      if (!card?.offsetHeight) {
        if (!this.rowStride) return;
      } else {
        const style = getComputedStyle(grid);
        const columns = Math.max(1, style.gridTemplateColumns.split(' ').length);
        const rowStride = card.offsetHeight + (Number.parseFloat(style.rowGap) || 0);
        this.stale = false;
        if (columns !== this.columns || rowStride !== this.rowStride) {
          this.columns = columns;
          this.rowStride = rowStride;
          this.requestUpdate();
        }
      }
    }
    const count = this.shown().length;
    const rows = Math.ceil(count / this.columns);
    const top = grid.getBoundingClientRect().top;
    const from = Math.floor(Math.max(0, -top) / this.rowStride);
    const to = Math.ceil(Math.max(0, innerHeight - top) / this.rowStride);
    const firstRow = Math.min(rows, Math.max(0, from - OVERSCAN_ROWS));
    const endRow = Math.min(rows, Math.max(firstRow, to + OVERSCAN_ROWS));
    if (firstRow !== this.firstRow || endRow !== this.endRow) {
      this.firstRow = firstRow;
      this.endRow = endRow;
      this.requestUpdate();
    }
    const nearEnd = to >= rows - AUTOLOAD_ROWS;
    if (nearEnd && this.canLoadMore() && this.status === 'ready' && !this.failure) {
      void this.loadMore();
    }
  }

  private canLoadMore(): boolean {
    return (
      this.nextCursor !== null &&
      !this.loadingMore &&
      !this.offline &&
      !this.searchTimer &&
      this.queryKey() === this.requestedKey
    );
  }

  // ── Rendering ─────────────────────────────────────────────────────────────────────────

  private open(event: Event, id: string): void {
    const accepted = this.dispatchEvent(
      new CustomEvent('cerdas-select', {
        detail: { id },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    if (!accepted) event.preventDefault();
  }

  private hrefOf(id: string): string | undefined {
    if (!this.hrefTemplate) return undefined;
    try {
      const url = new URL(
        this.hrefTemplate.replaceAll('{id}', encodeURIComponent(id)),
        document.baseURI,
      );
      return safeHref(url.href);
    } catch {
      return undefined;
    }
  }

  private priceOf(range: BusinessPublicSummary['priceRange']): string {
    if (!range) return this.msg('priceUnknown');
    const lang = this.language;
    const min = formatRupiah(range.min, { lang });
    return range.min === range.max
      ? this.msg('price')(min)
      : this.msg('priceRange')(min, formatRupiah(range.max, { lang }));
  }

  private mediaUrl(path: string): string {
    return `${this.apiBase.trim().replace(/\/+$/, '')}/media/${path}`;
  }

  private card(item: BusinessPublicSummary, index: number, total: number) {
    const href = this.hrefOf(item.id);
    const name = item.name;
    const districtName = this.districts.get(item.districtCode);
    const requested = Math.trunc(this.headingLevel);
    const level = requested >= 2 && requested <= 6 ? requested : 3;
    return html`<li class="card" part="card" aria-posinset=${index + 1} aria-setsize=${total}>
      <div class="thumb" aria-hidden=${item.thumbnail ? nothing : 'true'}>
        ${
          item.thumbnail
            ? html`<img part="thumbnail" loading="lazy" decoding="async"
                src=${this.mediaUrl(item.thumbnail.path)} alt=${item.thumbnail.alt}
                width=${item.thumbnail.width} height=${item.thumbnail.height} />`
            : nothing
        }
      </div>
      <div class="name" role="heading" aria-level=${level}>
        ${
          href
            ? html`<a class="open" part="card-link" href=${href} @click=${(e: Event) => this.open(e, item.id)}>${name}</a>`
            : html`<button class="open" part="card-link" type="button" @click=${(e: Event) => this.open(e, item.id)}>${name}</button>`
        }
      </div>
      <p class="district muted">${districtName ? this.msg('district')(districtName) : ''}</p>
      <p class="desc">${item.shortDescription}</p>
      <p class="price">${this.priceOf(item.priceRange)}</p>
      <p class="badges">
        ${item.halal ? html`<span class="badge halal" part="badge">${this.msg('halal')}</span>` : nothing}
        ${item.verified ? html`<span class="badge verified" part="badge">${this.msg('verified')}</span>` : nothing}
      </p>
    </li>`;
  }

  private renderFilters() {
    const option = (value: string, label: string, selected: string) =>
      html`<option value=${value} ?selected=${value === selected}>${label}</option>`;
    return html`<form class="filters" part="filters" role="search" @submit=${(e: Event) => e.preventDefault()}>
      <div class="field search">
        <label for="search">${this.msg('searchLabel')}</label>
        <input id="search" part="search" type="search" name="search" maxlength="100"
          autocomplete="off" enterkeyhint="search" aria-describedby="search-hint"
          .value=${this.search} @input=${this.onSearchInput} />
        <span id="search-hint" class="visually-hidden">${this.msg('searchHint')}</span>
      </div>
      <div class="field">
        <label for="district">${this.msg('districtLabel')}</label>
        <select id="district" name="district" @change=${this.onFilter}>
          ${option('', this.msg('allDistricts'), this.district)}
          ${[...this.districts].map(([code, name]) => option(code, name, this.district))}
        </select>
      </div>
      <div class="field">
        <label for="category">${this.msg('categoryLabel')}</label>
        <select id="category" name="category" @change=${this.onFilter}>
          ${option('', this.msg('allCategories'), this.category)}
          ${CATALOG_CATEGORIES.map((code) => option(code, this.msg('category')(code), this.category))}
        </select>
      </div>
      <div class="field">
        <label for="scale">${this.msg('scaleLabel')}</label>
        <select id="scale" name="scale" @change=${this.onFilter}>
          ${option('', this.msg('allScales'), this.scale)}
          ${SCALES.map((scale) => option(scale, this.msg('scale')(scale), this.scale))}
        </select>
      </div>
      <label class="check">
        <input type="checkbox" name="halal" .checked=${this.halal} @change=${this.onFilter} />
        ${this.msg('halalLabel')}
      </label>
    </form>`;
  }

  private renderBody() {
    this.padding = [0, 0];
    const busy = this.status === 'loading' || this.searchTimer !== undefined;
    if (this.status === 'error' && this.items.length === 0) {
      return html`<div class="message" part="status">
        <p class="error">${this.offline ? this.msg('offline') : this.failureText()}</p>
        <button part="button" type="button" @click=${this.retry}>${this.msg('retry')}</button>
      </div>`;
    }
    if (this.status === 'loading' && this.items.length === 0) {
      return html`<ul class="grid skeleton" role="list" aria-label=${this.msg('listLabel')} aria-busy="true">
        ${[0, 1, 2, 3, 4, 5].map(() => html`<li class="card" aria-hidden="true"></li>`)}
      </ul>`;
    }
    const shown = this.shown();
    if (shown.length === 0) {
      return html`<div class="message" part="status">
        <p>${busy ? this.msg('searching') : this.msg('empty')}</p>
        ${busy ? nothing : html`<button part="button" type="button" @click=${this.clearFilters}>${this.msg('clearFilters')}</button>`}
      </div>`;
    }
    const rows = Math.ceil(shown.length / this.columns);
    const firstRow = Math.min(this.firstRow, rows);
    const endRow = Math.min(rows, Math.max(this.endRow, firstRow + 1));
    const first = firstRow * this.columns;
    const window = shown.slice(first, endRow * this.columns);
    // Rows outside the window are padding; set through CSSOM in updated(), which a strict
    // Content-Security-Policy allows where a style attribute would be refused.
    this.padding = this.rowStride
      ? [firstRow * this.rowStride, (rows - endRow) * this.rowStride]
      : [0, 0];
    return html`<p class="count muted" part="status">
        ${busy ? this.msg('searching') : this.msg('results')(shown.length, this.nextCursor !== null)}
      </p>
      <ul class="grid" part="grid" role="list" aria-label=${this.msg('listLabel')} aria-busy=${busy ? 'true' : 'false'}>
        ${repeat(
          window,
          (item) => item.id,
          (item, i) => this.card(item, first + i, shown.length),
        )}
      </ul>
      ${
        this.failure && this.items.length > 0
          ? html`<div class="message" part="status">
              <p class="error">${this.offline ? this.msg('offline') : this.failureText()}</p>
              <button part="button" type="button" @click=${this.retry}>${this.msg('retry')}</button>
            </div>`
          : this.nextCursor && !busy
            ? html`<div class="more">
                <button part="button" type="button" aria-disabled=${this.loadingMore ? 'true' : 'false'}
                  aria-describedby=${this.loadingMore ? 'loading-more' : nothing}
                  @click=${() => this.loadMore()}>${this.msg('loadMore')}</button>
                ${this.loadingMore ? html`<span id="loading-more" class="muted">${this.msg('loadingMore')}</span>` : nothing}
              </div>`
            : nothing
      }`;
  }

  protected override render() {
    return html`${this.renderFilters()}
      ${this.offline && this.status !== 'error' ? html`<p class="offline" part="status">${this.msg('offline')}</p>` : nothing}
      <div class="body">${this.renderBody()}</div>
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }
}

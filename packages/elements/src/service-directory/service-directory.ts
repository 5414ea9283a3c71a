import { createClientFor } from '@cerdas/client';
import {
  acceptsRequests,
  formatServiceFee,
  SERVICE_CATEGORY_LABELS,
  type ServiceCategory,
  type ServiceChannel,
  type ServiceOpeningHours,
  type ServiceStandard,
  type ServiceWeekday,
  servicesListRoute,
} from '@cerdas/model';
import { html, nothing, type TemplateResult } from 'lit';
import { CerdasElement } from '../base/cerdas-element.js';
import { localeOf } from '../base/i18n.js';
import { safeHref } from '../base/safe-url.js';
import { baseStyles } from '../base/styles.js';
import {
  type ServiceDirectoryMessages,
  serviceDirectoryMessages,
} from './service-directory.messages.js';
import { serviceDirectoryStyles } from './service-directory.styles.js';

/** Only the routes this widget calls, so its bundle carries only their schemas. */
const ROUTES = { 'services.list': servicesListRoute } as const;

const WEEKDAYS: readonly ServiceWeekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const CATEGORIES = Object.keys(SERVICE_CATEGORY_LABELS) as ServiceCategory[];
const SEARCH_DELAY_MS = 300;

type Phase = 'loading' | 'ready' | 'error';

/**
 * The catalogue of a regency's service standards (standar pelayanan, UU 25/2009 Pasal 21):
 * search by words and category, and open a service to read its requirements, procedure,
 * completion time in working days, fee, product, where to go and the online application link.
 *
 * @tagname cerdas-service-directory
 * @summary Searchable directory of public service standards.
 *
 * @csspart search - The search form (words, category, button).
 * @csspart status - The line that reports loading, results, emptiness, errors and being offline.
 * @csspart list - The list of services.
 * @csspart card - One service.
 * @csspart toggle - The button that opens and closes a service's details.
 * @csspart details - The details of an open service.
 * @csspart link - The online application link.
 * @csspart button - The search, retry and load-more buttons.
 *
 * @cssprop --cerdas-color-primary - Buttons and links.
 * @cssprop --cerdas-color-surface-raised - Background of the cards.
 * @cssprop --cerdas-color-border - Borders of the cards and fields.
 * @cssprop --cerdas-radius - Corner radius.
 *
 * @fires cerdas-service-toggle - A service was opened or closed; `detail: { serviceId, expanded }`.
 */
export class CerdasServiceDirectory extends CerdasElement<ServiceDirectoryMessages> {
  static override styles = [baseStyles, serviceDirectoryStyles];

  static override properties = {
    ...CerdasElement.properties,
    opd: {},
    category: {},
    query: {},
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    items: { state: true, attribute: false },
    nextCursor: { state: true, attribute: false },
    phase: { state: true, attribute: false },
    loadingMore: { state: true, attribute: false },
    moreFailed: { state: true, attribute: false },
    offline: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
  };

  /** Only the services of this perangkat daerah (its id, e.g. `dispendukcapil`). */
  declare opd: string | undefined;
  /** The category chosen in the filter; set it to open the directory on one category. */
  declare category: ServiceCategory | '';
  /** The words searched for; set it to open the directory on a search. */
  declare query: string;
  /** Services fetched per page (1–100). */
  declare pageSize: number;
  /** Heading level of each service's name (2–6), to fit the page's outline. */
  declare headingLevel: number;
  declare private items: ServiceStandard[];
  declare private nextCursor: string | null;
  declare private phase: Phase;
  declare private loadingMore: boolean;
  declare private moreFailed: boolean;
  declare private offline: boolean;
  declare private expanded: ReadonlySet<string>;

  protected readonly messages = serviceDirectoryMessages;

  private controller: AbortController | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.opd = undefined;
    this.category = '';
    this.query = '';
    this.pageSize = 10;
    this.headingLevel = 3;
    this.items = [];
    this.nextCursor = null;
    this.phase = 'loading';
    this.loadingMore = false;
    this.moreFailed = false;
    this.offline = false;
    this.expanded = new Set();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.offline = !navigator.onLine;
    window.addEventListener('online', this.handleOnline);
    window.addEventListener('offline', this.handleOffline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.handleOnline);
    window.removeEventListener('offline', this.handleOffline);
    clearTimeout(this.searchTimer);
    this.controller?.abort();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (
      changed.has('apiBase') ||
      changed.has('opd') ||
      changed.has('category') ||
      changed.has('query') ||
      changed.has('pageSize')
    ) {
      void this.load(false);
    }
  }

  private readonly handleOnline = (): void => {
    this.offline = false;
    if (this.phase === 'error') void this.load(false);
  };

  private readonly handleOffline = (): void => {
    this.offline = true;
  };

  /** Fetches the first page (`more` false) or the next one, cancelling any request under way. */
  private async load(more: boolean): Promise<void> {
    if (!this.apiBase) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    if (more) {
      this.loadingMore = true;
      this.moreFailed = false;
    } else {
      this.phase = 'loading';
      this.expanded = new Set();
    }
    const api = createClientFor(ROUTES, { baseUrl: this.apiBase, language: this.language });
    const text = this.query.trim();
    const limit = Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 10));
    try {
      const page = await api.services.list(
        {
          ...(text ? { text } : {}),
          ...(this.category ? { category: this.category } : {}),
          ...(this.opd ? { opd: this.opd } : {}),
          limit,
          ...(more && this.nextCursor ? { cursor: this.nextCursor } : {}),
        },
        { signal: controller.signal },
      );
      if (controller.signal.aborted) return;
      const first = this.items.length;
      this.items = more ? [...this.items, ...page.items] : page.items;
      this.nextCursor = page.nextCursor;
      this.phase = 'ready';
      this.loadingMore = false;
      if (more) await this.focusItem(first);
    } catch {
      if (controller.signal.aborted) return;
      this.offline = !navigator.onLine;
      if (more) {
        this.loadingMore = false;
        this.moreFailed = true;
      } else {
        this.items = [];
        this.nextCursor = null;
        this.phase = 'error';
      }
    }
  }

  /** After "load more", focus moves to the first new service so reading continues there. */
  private async focusItem(index: number): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`#service-${index}-toggle`)?.focus();
  }

  private onSearchInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.query = value;
    }, SEARCH_DELAY_MS);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    clearTimeout(this.searchTimer);
    const input = this.renderRoot.querySelector<HTMLInputElement>('#search');
    const value = input?.value ?? '';
    if (value === this.query) void this.load(false);
    else this.query = value;
  }

  private onCategoryChange(event: Event): void {
    this.category = (event.target as HTMLSelectElement).value as ServiceCategory | '';
  }

  private toggle(service: ServiceStandard): void {
    const expanded = new Set(this.expanded);
    const open = !expanded.has(service.id);
    if (open) expanded.add(service.id);
    else expanded.delete(service.id);
    this.expanded = expanded;
    this.dispatchEvent(
      new CustomEvent('cerdas-service-toggle', {
        detail: { serviceId: service.id, expanded: open },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private get level(): number {
    const level = Math.trunc(this.headingLevel);
    return level >= 2 && level <= 6 ? level : 3;
  }

  private statusText(): string {
    if (this.offline && (this.phase === 'error' || this.moreFailed)) return this.msg('offline');
    if (this.phase === 'loading') return this.msg('loading');
    if (this.phase === 'error') return this.msg('error');
    if (this.moreFailed) return this.msg('error');
    if (this.loadingMore) return this.msg('loadingMore');
    if (this.items.length === 0) return this.msg('empty');
    return this.msg('results')(this.items.length, this.nextCursor !== null);
  }

  protected override render(): TemplateResult {
    const lang = this.language;
    const busy = this.phase === 'loading' || this.loadingMore;
    return html`
      <section aria-label=${this.msg('regionLabel')}>
        <form part="search" class="search" role="search" @submit=${this.onSubmit}>
          <div class="field">
            <label for="search">${this.msg('searchLabel')}</label>
            <span class="hint muted" id="search-hint">${this.msg('searchHint')}</span>
            <input
              id="search"
              type="search"
              autocomplete="off"
              enterkeyhint="search"
              maxlength="100"
              aria-describedby="search-hint"
              .value=${this.query}
              @input=${this.onSearchInput}
            />
          </div>
          <div class="field">
            <label for="category">${this.msg('categoryLabel')}</label>
            <select id="category" @change=${this.onCategoryChange}>
              <option value="">${this.msg('allCategories')}</option>
              ${CATEGORIES.map(
                (
                  category,
                ) => html`<option value=${category} ?selected=${category === this.category}>
                  ${SERVICE_CATEGORY_LABELS[category][lang]}
                </option>`,
              )}
            </select>
          </div>
          <button part="button" class="primary" type="submit">${this.msg('searchButton')}</button>
        </form>
        <p part="status" class="status ${this.phase === 'error' || this.moreFailed ? 'error' : ''}" role="status">
          ${this.statusText()}
        </p>
        ${
          this.phase === 'error'
            ? html`<button part="button" type="button" @click=${() => this.load(false)}>
                ${this.msg('retry')}
              </button>`
            : nothing
        }
        <ul part="list" class="list" aria-busy=${busy ? 'true' : 'false'}>
          ${
            this.phase === 'loading'
              ? [0, 1, 2].map(() => html`<li class="card skeleton" aria-hidden="true"></li>`)
              : this.items.map((service, index) => this.renderService(service, index))
          }
        </ul>
        ${
          this.phase === 'ready' && this.nextCursor
            ? html`<button
                part="button"
                class="more"
                type="button"
                aria-disabled=${this.loadingMore ? 'true' : 'false'}
                @click=${() => {
                  if (!this.loadingMore) void this.load(true);
                }}
              >
                ${this.moreFailed ? this.msg('retry') : this.msg('loadMore')}
              </button>`
            : nothing
        }
      </section>
    `;
  }

  private renderService(service: ServiceStandard, index: number): TemplateResult {
    const open = this.expanded.has(service.id);
    const lang = this.language;
    const fee = formatServiceFee(service.fee, lang);
    return html`
      <li part="card" class="card">
        <div role="heading" aria-level=${this.level} class="heading">
          <button
            part="toggle"
            class="toggle"
            type="button"
            id="service-${index}-toggle"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="service-${index}-details"
            @click=${() => this.toggle(service)}
          >
            <span class="name">${service.name}</span>
            <span class="facts muted">
              <span>${this.msg('workingDays')(service.completionDays)}</span>
              <span>${service.fee.kind === 'variable' ? this.msg('feeVaries') : fee}</span>
            </span>
          </button>
        </div>
        <div part="details" class="details" id="service-${index}-details" ?hidden=${!open}>
          ${open ? this.renderDetails(service) : nothing}
        </div>
      </li>
    `;
  }

  private renderDetails(service: ServiceStandard): TemplateResult {
    const sub = this.level + 1;
    const notice =
      service.status === 'inactive'
        ? this.msg('inactive')
        : service.status === 'temporarily-closed'
          ? this.msg('temporarilyClosed')
          : service.status === 'defunct'
            ? this.msg('defunct')
            : undefined;
    const online = acceptsRequests(service)
      ? service.channels.find((channel) => channel.kind === 'online')
      : undefined;
    const onlineHref = online ? safeHref(online.url) : undefined;
    return html`
      ${notice ? html`<p class="notice">${notice}</p>` : nothing}
      ${service.description ? html`<p>${service.description}</p>` : nothing}
      <div role="heading" aria-level=${sub} class="section">${this.msg('requirements')}</div>
      ${
        service.requirements.length === 0
          ? html`<p>${this.msg('noRequirements')}</p>`
          : html`<ul>
              ${service.requirements.map(
                (requirement) =>
                  html`<li>
                    ${
                      requirement.required
                        ? requirement.description
                        : this.msg('optionalRequirement')(requirement.description)
                    }
                  </li>`,
              )}
            </ul>`
      }
      <div role="heading" aria-level=${sub} class="section">${this.msg('procedure')}</div>
      <ol class="steps">
        ${service.procedure.map(
          (step) => html`<li>
            ${
              step.performer
                ? html`<span class="performer">${this.msg(step.performer)}</span>`
                : nothing
            }
            <span class="step-title">${step.title}</span>
            ${step.description ? html`<span class="muted">${step.description}</span>` : nothing}
          </li>`,
        )}
      </ol>
      <div role="heading" aria-level=${sub} class="section">${this.msg('completionTime')}</div>
      <p>${this.msg('workingDays')(service.completionDays)}</p>
      <div role="heading" aria-level=${sub} class="section">${this.msg('fee')}</div>
      <p>${formatServiceFee(service.fee, this.language)}</p>
      ${
        service.fee.kind === 'free'
          ? nothing
          : html`<p class="muted">${this.msg('legalBasis')(service.fee.legalBasis)}</p>`
      }
      <div role="heading" aria-level=${sub} class="section">${this.msg('product')}</div>
      <p>${service.product.name}</p>
      ${service.product.description ? html`<p class="muted">${service.product.description}</p>` : nothing}
      ${this.renderPlaces(service.channels, sub)}
      ${
        online && onlineHref
          ? html`<p>
              <a part="link" class="apply" href=${onlineHref}>${online.name ?? this.msg('applyOnline')}</a>
            </p>`
          : nothing
      }
    `;
  }

  private renderPlaces(
    channels: readonly ServiceChannel[],
    level: number,
  ): TemplateResult | typeof nothing {
    const places = channels.filter(
      (channel): channel is Exclude<ServiceChannel, { kind: 'online' }> =>
        channel.kind !== 'online',
    );
    if (places.length === 0) return nothing;
    return html`
      <div role="heading" aria-level=${level} class="section">${this.msg('whereToGo')}</div>
      <ul class="places">
        ${places.map(
          (place) => html`<li>
                <span class="place-name">${place.name}</span>
                ${place.kind === 'mpp' && place.counter ? html`<span>${place.counter}</span>` : nothing}
                ${place.street ? html`<span>${place.street}</span>` : nothing}
                ${place.hours.map((hours) => html`<span class="muted">${this.formatHours(hours)}</span>`)}
              </li>`,
        )}
      </ul>
    `;
  }

  /** `Senin sampai Kamis, pukul 08.00–15.00` from `{ days: [mon…thu], opens, closes }`. */
  private formatHours(hours: ServiceOpeningHours): string {
    const lang = this.language;
    const locale = localeOf(lang);
    // 1 January 2024 was a Monday: the weekday names come from Intl, in the page's language.
    const name = (day: ServiceWeekday) =>
      new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
        Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)),
      );
    const ordered = WEEKDAYS.filter((day) => hours.days.includes(day));
    const first = WEEKDAYS.indexOf(ordered[0] as ServiceWeekday);
    const consecutive = ordered.every((day, i) => WEEKDAYS.indexOf(day) === first + i);
    const days =
      ordered.length >= 3 && consecutive
        ? this.msg('dayRange')(
            name(ordered[0] as ServiceWeekday),
            name(ordered.at(-1) as ServiceWeekday),
          )
        : new Intl.ListFormat(locale, { type: 'conjunction' }).format(ordered.map(name));
    const clock = (time: string) => (lang === 'id' ? time.replace(':', '.') : time);
    return this.msg('hours')(days, clock(hours.opens), clock(hours.closes));
  }
}

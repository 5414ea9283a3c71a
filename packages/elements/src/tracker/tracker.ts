import { CerdasHttpError, createClientFor } from '@cerdas/client';
import {
  type ComplaintPublic,
  complaintsTrackRoute,
  type DueDate,
  formatTimestamp,
  parseTrackingNumber,
  type ServiceRequestPublic,
  serviceRequestsTrackRoute,
  timeZoneOf,
} from '@cerdas/model';
import { html, nothing, type TemplateResult } from 'lit';
import { CerdasElement } from '../base/cerdas-element.js';
import { localeOf } from '../base/i18n.js';
import { baseStyles } from '../base/styles.js';
import { type TrackerMessages, trackerMessages } from './tracker.messages.js';
import { trackerStyles } from './tracker.styles.js';

/** Only the routes this widget calls, so its bundle carries only their schemas. */
const COMPLAINT_ROUTES = { 'complaints.track': complaintsTrackRoute } as const;
const SERVICE_REQUEST_ROUTES = { 'serviceRequests.track': serviceRequestsTrackRoute } as const;

type Phase = 'idle' | 'loading' | 'found' | 'not-found' | 'error';
type Tracked =
  | { readonly kind: 'complaint'; readonly data: ComplaintPublic }
  | { readonly kind: 'service-request'; readonly data: ServiceRequestPublic };

interface TimelineStep {
  readonly statusLabel: string;
  readonly at: string;
  readonly note?: string | undefined;
  readonly opd?: { readonly name: string } | undefined;
}

/**
 * Follow a complaint (`ADU-…`) or a service request (`LYN-…`) by its tracking number: the
 * current status, the public timeline with dates in the region's time zone and public notes,
 * and the working-day due dates (or why one cannot be computed yet).
 *
 * @tagname cerdas-tracker
 * @summary Status and timeline of a complaint or service request by tracking number.
 *
 * @csspart form - The tracking-number form.
 * @csspart input - The tracking-number field.
 * @csspart button - The track and retry buttons.
 * @csspart status - The line that reports loading, not found, errors and being offline.
 * @csspart result - The tracked complaint or request.
 * @csspart timeline - The ordered list of status changes.
 * @csspart due-dates - The list of due dates.
 *
 * @cssprop --cerdas-color-primary - The track button and the timeline's markers.
 * @cssprop --cerdas-color-border - Borders and the timeline's line.
 * @cssprop --cerdas-color-danger - Messages about a wrong number or a failure.
 *
 * @fires cerdas-track - A number was found; `detail: { trackingNumber, kind, status }` with
 * `kind` `complaint` or `service-request`.
 */
export class CerdasTracker extends CerdasElement<TrackerMessages> {
  static override styles = [baseStyles, trackerStyles];

  static override properties = {
    ...CerdasElement.properties,
    trackingNumber: { attribute: 'tracking-number' },
    region: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    phase: { state: true, attribute: false },
    tracked: { state: true, attribute: false },
    inputError: { state: true, attribute: false },
    offline: { state: true, attribute: false },
  };

  /** A number to look up at once, e.g. from the page's URL. */
  declare trackingNumber: string;
  /** Kemendagri code of the regency, for its time zone (WIB, WITA or WIT). */
  declare region: string;
  /** Heading level of the result (2–6), to fit the page's outline; its sections go one deeper. */
  declare headingLevel: number;
  declare private phase: Phase;
  declare private tracked: Tracked | undefined;
  declare private inputError: string | undefined;
  declare private offline: boolean;

  protected readonly messages = trackerMessages;

  private controller: AbortController | undefined;
  /** The number last looked up, as printed (upper case). */
  private lookedUp = '';
  /** The language the shown answer was fetched in: its labels come from the server. */
  private answeredIn: string | undefined;

  constructor() {
    super();
    this.trackingNumber = '';
    this.region = '35.14';
    this.headingLevel = 3;
    this.phase = 'idle';
    this.tracked = undefined;
    this.inputError = undefined;
    this.offline = false;
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
    this.controller?.abort();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('trackingNumber') && this.trackingNumber.trim()) {
      void this.track(this.trackingNumber, false);
    } else if (changed.has('apiBase') && this.lookedUp) {
      void this.track(this.lookedUp, false);
    } else if (this.phase === 'found' && this.answeredIn !== this.language) {
      // Status labels and due-date reasons come from the server in the language asked for.
      void this.track(this.lookedUp, false);
    }
  }

  private readonly handleOnline = (): void => {
    this.offline = false;
    if (this.phase === 'error' && this.lookedUp) void this.track(this.lookedUp, false);
  };

  private readonly handleOffline = (): void => {
    this.offline = true;
  };

  private get timeZone(): string {
    const zone = timeZoneOf(this.region);
    return zone.ok ? zone.value.iana : 'Asia/Jakarta';
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#tracking-number');
    void this.track(input?.value ?? '', true);
  }

  /**
   * Checks the number with the model's rule, then asks the complaint or request endpoint. A
   * wrong number typed by the citizen takes focus back to the field, with the reason.
   */
  private async track(value: string, typed: boolean): Promise<void> {
    const parsed = parseTrackingNumber(value);
    if (!parsed.ok) {
      this.inputError = parsed.reason[this.language];
      this.phase = 'idle';
      this.tracked = undefined;
      if (typed) {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLInputElement>('#tracking-number')?.focus();
      }
      return;
    }
    this.inputError = undefined;
    const trackingNumber = value.trim().toUpperCase();
    this.lookedUp = trackingNumber;
    // Until the page sets `api-base`, the widget waits in its loading state.
    this.phase = 'loading';
    if (!this.apiBase) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const language = this.language;
    const options = { baseUrl: this.apiBase, language };
    try {
      const tracked: Tracked =
        parsed.value.prefix === 'ADU'
          ? {
              kind: 'complaint',
              data: await createClientFor(COMPLAINT_ROUTES, options).complaints.track(
                trackingNumber,
                { signal: controller.signal },
              ),
            }
          : {
              kind: 'service-request',
              data: await createClientFor(SERVICE_REQUEST_ROUTES, options).serviceRequests.track(
                trackingNumber,
                { signal: controller.signal },
              ),
            };
      if (controller.signal.aborted) return;
      this.tracked = tracked;
      this.answeredIn = language;
      this.phase = 'found';
      this.dispatchEvent(
        new CustomEvent('cerdas-track', {
          detail: { trackingNumber, kind: tracked.kind, status: tracked.data.status },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      if (controller.signal.aborted) return;
      this.tracked = undefined;
      this.offline = !navigator.onLine;
      this.phase = error instanceof CerdasHttpError && error.status === 404 ? 'not-found' : 'error';
    }
  }

  private statusText(): string {
    switch (this.phase) {
      case 'idle':
        return '';
      case 'loading':
        return this.msg('loading');
      case 'found':
        return this.tracked
          ? this.msg('found')(this.tracked.data.trackingNumber, this.tracked.data.statusLabel)
          : '';
      case 'not-found':
        return this.msg('notFound')(this.lookedUp);
      case 'error':
        return this.offline ? this.msg('offline') : this.msg('error');
    }
  }

  protected override render(): TemplateResult {
    const invalid = this.inputError !== undefined;
    const problem = this.phase === 'error' || this.phase === 'not-found';
    return html`
      <section aria-label=${this.msg('regionLabel')}>
        <form part="form" class="form" @submit=${this.onSubmit} novalidate>
          <label for="tracking-number">${this.msg('label')}</label>
          <span id="tracking-hint" class="hint muted">${this.msg('hint')}</span>
          ${invalid ? html`<span id="tracking-error" class="error">${this.inputError}</span>` : nothing}
          <div class="row">
            <input
              part="input"
              id="tracking-number"
              type="text"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck="false"
              enterkeyhint="search"
              maxlength="40"
              aria-describedby=${invalid ? 'tracking-hint tracking-error' : 'tracking-hint'}
              aria-invalid=${invalid ? 'true' : 'false'}
              .value=${this.trackingNumber}
            />
            <button part="button" class="primary" type="submit">${this.msg('submit')}</button>
          </div>
        </form>
        <p
          part="status"
          role="status"
          class="status ${problem ? 'error' : ''} ${this.phase === 'found' ? 'visually-hidden' : ''}"
        >
          ${this.statusText()}
        </p>
        ${
          this.phase === 'error'
            ? html`<button part="button" type="button" @click=${() => this.track(this.lookedUp, false)}>
                ${this.msg('retry')}
              </button>`
            : nothing
        }
        <div aria-busy=${this.phase === 'loading' ? 'true' : 'false'}>
          ${
            this.phase === 'loading'
              ? html`<div class="skeleton" aria-hidden="true"></div>`
              : this.phase === 'found' && this.tracked
                ? this.renderTracked(this.tracked)
                : nothing
          }
        </div>
      </section>
    `;
  }

  private renderTracked(tracked: Tracked): TemplateResult {
    const lang = this.language;
    const zone = this.timeZone;
    const { data } = tracked;
    const requested = Math.trunc(this.headingLevel);
    const level = requested >= 2 && requested <= 6 ? requested : 3;
    const timeline: readonly TimelineStep[] = data.timeline;
    return html`
      <article part="result" class="result" aria-labelledby="result-heading">
        <div role="heading" aria-level=${level} id="result-heading" class="heading">
          ${
            tracked.kind === 'complaint'
              ? this.msg('complaintHeading')(data.trackingNumber)
              : this.msg('requestHeading')(data.trackingNumber)
          }
        </div>
        <dl class="facts">
          <div>
            <dt>${this.msg('currentStatus')}</dt>
            <dd class="current">${data.statusLabel}</dd>
          </div>
          ${
            tracked.kind === 'complaint'
              ? html`<div>
                    <dt>${this.msg('category')}</dt>
                    <dd>${tracked.data.categoryLabel}</dd>
                  </div>
                  ${
                    tracked.data.opd
                      ? html`<div>
                          <dt>${this.msg('handledBy')}</dt>
                          <dd>${tracked.data.opd.name}</dd>
                        </div>`
                      : nothing
                  }`
              : html`<div>
                    <dt>${this.msg('service')}</dt>
                    <dd>${tracked.data.serviceName}</dd>
                  </div>
                  <div>
                    <dt>${this.msg('submittedAt')}</dt>
                    <dd>
                      <time datetime=${tracked.data.submittedAt}>
                        ${formatTimestamp(tracked.data.submittedAt, lang, zone)}
                      </time>
                    </dd>
                  </div>`
          }
        </dl>
        ${
          tracked.kind === 'complaint' && tracked.data.title
            ? html`<p class="title">${tracked.data.title}</p>`
            : nothing
        }
        ${
          tracked.kind === 'complaint' && tracked.data.description
            ? html`<p>${tracked.data.description}</p>`
            : nothing
        }
        <div role="heading" aria-level=${level + 1} class="subheading">${this.msg('dueDates')}</div>
        <dl part="due-dates" class="due">
          ${
            tracked.kind === 'complaint'
              ? html`${this.renderDue(this.msg('dueVerification'), tracked.data.dueDates.verification)}
                ${this.renderDue(this.msg('dueFollowUp'), tracked.data.dueDates.followUp)}
                ${this.renderDue(this.msg('dueConfirmation'), tracked.data.dueDates.confirmation)}`
              : this.renderDue(this.msg('dueCompletion'), tracked.data.dueDate)
          }
        </dl>
        <div role="heading" aria-level=${level + 1} class="subheading">${this.msg('timeline')}</div>
        <ol part="timeline" class="timeline">
          ${timeline.map(
            (
              step,
              index,
            ) => html`<li aria-current=${index === timeline.length - 1 ? 'step' : 'false'}>
              <span class="step-label">${step.statusLabel}</span>
              <time class="muted" datetime=${step.at}>${formatTimestamp(step.at, lang, zone)}</time>
              ${step.opd ? html`<span class="muted">${step.opd.name}</span>` : nothing}
              ${step.note ? html`<p class="note">${step.note}</p>` : nothing}
            </li>`,
          )}
        </ol>
      </article>
    `;
  }

  /** A due date as a date, "counted once this stage starts" (null), or the server's reason. */
  private renderDue(label: string, due: DueDate | null): TemplateResult {
    return html`<div>
      <dt>${label}</dt>
      <dd>
        ${
          due === null
            ? html`<span class="muted">${this.msg('dueNotStarted')}</span>`
            : due.kind === 'date'
              ? html`<time datetime=${due.date}>${this.formatDate(due.date)}</time>`
              : this.msg('dueUnavailable')(due.reason)
        }
      </dd>
    </div>`;
  }

  /** `Rabu, 7 Januari 2026` for `2026-01-07`: a calendar date, the same in every zone. */
  private formatDate(date: string): string {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat(localeOf(this.language), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.UTC(year, month - 1, day));
  }
}

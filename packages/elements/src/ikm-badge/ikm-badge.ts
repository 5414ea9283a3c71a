import { createClientFor } from '@cerdas/client';
import { IKM_KINERJA_LABELS, type IkmReport, ikmReportRoute } from '@cerdas/model';
import { html, nothing, type TemplateResult } from 'lit';
import { CerdasElement } from '../base/cerdas-element.js';
import { localeOf } from '../base/i18n.js';
import { baseStyles } from '../base/styles.js';
import { type IkmBadgeMessages, ikmBadgeMessages } from './ikm-badge.messages.js';
import { ikmBadgeStyles } from './ikm-badge.styles.js';

/** Only the routes this widget calls, so its bundle carries only their schemas. */
const ROUTES = { 'ikm.report': ikmReportRoute } as const;

type Phase = 'loading' | 'ready' | 'error';

/**
 * The Indeks Kepuasan Masyarakat of a service, an OPD, or (with neither) the whole regency:
 * the index with two decimals, its mutu A–D with the kinerja label (PermenPANRB 14/2017) and the
 * number of respondents; "belum ada penilaian" while nobody has answered.
 *
 * @tagname cerdas-ikm-badge
 * @summary A unit's satisfaction index (IKM) and mutu.
 *
 * @csspart badge - The badge.
 * @csspart mutu - The large mutu letter.
 * @csspart index - The index value.
 * @csspart button - The retry button.
 *
 * @cssprop --cerdas-color-primary - The mutu letter's background.
 * @cssprop --cerdas-color-on-primary - The mutu letter.
 * @cssprop --cerdas-color-border - The badge's border.
 */
export class CerdasIkmBadge extends CerdasElement<IkmBadgeMessages> {
  static override styles = [baseStyles, ikmBadgeStyles];

  static override properties = {
    ...CerdasElement.properties,
    serviceId: { attribute: 'service-id' },
    opd: {},
    report: { state: true, attribute: false },
    phase: { state: true, attribute: false },
    offline: { state: true, attribute: false },
  };

  /** The service standard whose index to show, e.g. `ktp-el-baru`. */
  declare serviceId: string | undefined;
  /** The perangkat daerah whose index to show, e.g. `dispendukcapil`. */
  declare opd: string | undefined;
  declare private report: IkmReport | undefined;
  declare private phase: Phase;
  declare private offline: boolean;

  protected readonly messages = ikmBadgeMessages;

  private controller: AbortController | undefined;

  constructor() {
    super();
    this.serviceId = undefined;
    this.opd = undefined;
    this.report = undefined;
    this.phase = 'loading';
    this.offline = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.handleOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.handleOnline);
    this.controller?.abort();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('apiBase') || changed.has('serviceId') || changed.has('opd')) void this.load();
  }

  private readonly handleOnline = (): void => {
    if (this.phase === 'error') void this.load();
  };

  private async load(): Promise<void> {
    if (!this.apiBase) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.phase = 'loading';
    const api = createClientFor(ROUTES, {
      baseUrl: this.apiBase,
      language: this.language,
    });
    try {
      const report = await api.ikm.report(
        {
          ...(this.serviceId ? { service: this.serviceId } : {}),
          ...(this.opd ? { opd: this.opd } : {}),
        },
        { signal: controller.signal },
      );
      if (controller.signal.aborted) return;
      this.report = report;
      this.phase = 'ready';
    } catch {
      if (controller.signal.aborted) return;
      this.offline = !navigator.onLine;
      this.phase = 'error';
    }
  }

  protected override render(): TemplateResult {
    const status =
      this.phase === 'loading'
        ? this.msg('loading')
        : this.phase === 'error'
          ? this.msg(this.offline ? 'offline' : 'error')
          : '';
    return html`
      <p role="status" class="status ${this.phase === 'error' ? 'error' : 'visually-hidden'}">${status}</p>
      ${
        this.phase === 'error'
          ? html`<button part="button" type="button" @click=${() => this.load()}>${this.msg('retry')}</button>`
          : this.renderBadge()
      }
    `;
  }

  private renderBadge(): TemplateResult {
    const result = this.report?.result;
    const loading = this.phase === 'loading';
    return html`<div
      part="badge"
      class="badge ${loading ? 'loading' : ''}"
      role="group"
      aria-label=${this.msg('label')}
      aria-busy=${loading ? 'true' : 'false'}
    >
      <span part="mutu" class="letter" aria-hidden="true">${result && !loading ? result.mutu : '–'}</span>
      <span class="body">
        <span class="title">${this.msg('label')}</span>
        ${
          loading
            ? nothing
            : result
              ? html`<span class="figure">
                    <span class="abbr">${this.msg('abbreviation')}</span>
                    <span part="index" class="index">${this.formatIndex(result.indexRounded)}</span>
                  </span>
                  <span class="mutu">
                    ${this.msg('mutu')(result.mutu, IKM_KINERJA_LABELS[result.kinerja][this.language])}
                  </span>
                  <span class="muted">${this.msg('respondents')(result.respondents)}</span>`
              : html`<span class="none">${this.msg('none')}</span>`
        }
      </span>
    </div>`;
  }

  /** `88,66` in Indonesian, `88.66` in English: always two decimals, as the index is published. */
  private formatIndex(value: number): string {
    return new Intl.NumberFormat(localeOf(this.language), {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(value);
  }
}

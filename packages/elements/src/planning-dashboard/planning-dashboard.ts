import { createClientFor } from '@cerdas/client';
import {
  formatRupiah,
  type PlanningSummary,
  type ProposalStatus,
  planningSummaryRoute,
  timeZoneOf,
} from '@cerdas/model';
import { getRegion } from '@cerdas/wilayah';
import { html, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { CerdasElement } from '../base/cerdas-element.js';
import { localeOf } from '../base/i18n.js';
import { baseStyles } from '../base/styles.js';
import {
  type PlanningDashboardMessages,
  planningDashboardMessages,
} from './planning-dashboard.messages.js';
import { planningDashboardStyles } from './planning-dashboard.styles.js';

/** Only the routes this widget calls, so its bundle carries only their schemas. */
const ROUTES = { 'planning.summary': planningSummaryRoute } as const;

type Section = 'urusan' | 'opd' | 'district' | 'funnel';

/** One bar of a chart and one row of its table. */
interface Row {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  /** Printed at the end of the bar. */
  readonly short: string;
  /** The bar's tooltip: the exact figure. */
  readonly full: string;
  /** Whether the bar stands for several rows (drawn in a muted colour). */
  readonly grouped?: boolean;
}

/** Average width of a character of chart text, in px, for wrapping labels. */
const CHAR_WIDTH = 7.4;
const LINE = 18;
const BAR = 16;
const GAP = 12;
/** Room kept right of the longest bar for its figure. */
const FIGURE_ROOM = 92;

/** Splits a label into lines of at most `chars` characters, at spaces where it can. */
function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.slice(0, 3);
}

/**
 * E-Planning at a glance for one fiscal year: pagu by urusan, by perangkat daerah (OPD) and
 * by kecamatan, and how far Musrenbang proposals got, from `GET /v1/planning/summary`.
 *
 * Every chart is an SVG bar chart drawn here (`role="img"` with a summary as its name, the
 * exact rupiah in each bar's tooltip), with a button beside it that swaps it for a table with
 * the same figures in full. Amounts print as compact rupiah (`Rp 1,3 T`, `Rp 781,5 M`,
 * `Rp 750 jt`; English `bn`/`mn`). District names come from `@cerdas/wilayah`, OPD names from
 * the summary.
 *
 * @tagname cerdas-planning-dashboard
 * @summary Planning dashboard: pagu by urusan, OPD and district; the Musrenbang funnel.
 *
 * @csspart header - Title and totals.
 * @csspart title - The dashboard's heading.
 * @csspart totals - The total pagu and counts.
 * @csspart section - One chart with its heading and toggle.
 * @csspart toggle - The button that swaps a chart for its table.
 * @csspart chart - An SVG chart.
 * @csspart bar - A bar of a chart.
 * @csspart table - A table alternative.
 * @csspart note - A remark under a chart.
 * @csspart message - Loading, empty, error and offline messages.
 * @csspart retry - The button that loads the data again.
 *
 * @cssprop --cerdas-chart-bar - Colour of the bars (default: the primary colour).
 * @cssprop --cerdas-chart-bar-muted - Colour of a bar that groups several rows.
 * @cssprop --cerdas-color-text - Text and figures.
 * @cssprop --cerdas-color-text-muted - Notes and full amounts.
 * @cssprop --cerdas-color-border - Table rules and section borders.
 * @cssprop --cerdas-color-surface-raised - Background of the sections.
 * @cssprop --cerdas-color-danger - Error message.
 * @cssprop --cerdas-space-4 - Space between sections.
 * @cssprop --cerdas-radius - Corner radius of the sections.
 */
export class CerdasPlanningDashboard extends CerdasElement<PlanningDashboardMessages> {
  static override properties = {
    ...CerdasElement.properties,
    year: { type: Number },
    region: {},
    top: { type: Number },
    summary: { state: true, attribute: false },
    status: { state: true, attribute: false },
    offline: { state: true, attribute: false },
    tables: { state: true, attribute: false },
    districtNames: { state: true, attribute: false },
    width: { state: true, attribute: false },
  };

  static override styles = [baseStyles, planningDashboardStyles];

  /** The fiscal year; default the current year in the region's time zone. */
  declare year: number | undefined;
  /** The regency's code, for its time zone; default `35.14`. */
  declare region: string;
  /** How many OPD get a bar of their own; the rest share one. Default 10. */
  declare top: number;
  /** @internal */
  declare protected summary: PlanningSummary | undefined;
  /** @internal */
  declare protected status: 'loading' | 'ready' | 'error';
  /** @internal */
  declare protected offline: boolean;
  /** @internal The sections shown as tables instead of charts. */
  declare protected tables: ReadonlySet<Section>;
  /** @internal */
  declare protected districtNames: ReadonlyMap<string, string>;
  /** @internal Drawing width of the charts, in px. */
  declare protected width: number;

  protected readonly messages = planningDashboardMessages;
  #request: AbortController | undefined;
  #pending: Promise<unknown> | undefined;
  #resize: ResizeObserver | undefined;

  constructor() {
    super();
    this.year = undefined;
    this.region = '35.14';
    this.top = 10;
    this.summary = undefined;
    this.status = 'loading';
    this.offline = false;
    this.tables = new Set();
    this.districtNames = new Map();
    this.width = 320;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.offline = navigator.onLine === false;
    window.addEventListener('online', this.#online);
    window.addEventListener('offline', this.#offline);
    this.#resize = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.contentRect.width ?? 0);
      // Next frame: redrawing inside the observer's callback would resize in the same frame.
      if (width > 0 && Math.abs(width - this.width) > 8) {
        requestAnimationFrame(() => {
          this.width = width;
        });
      }
    });
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#online);
    window.removeEventListener('offline', this.#offline);
    this.#resize?.disconnect();
    this.#request?.abort();
  }

  readonly #online = (): void => {
    this.offline = false;
    if (this.status !== 'ready') this.#load();
  };

  readonly #offline = (): void => {
    this.offline = true;
  };

  /** Resolves once rendered with the data (or the failure) of the current request. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#pending) {
      const pending = this.#pending;
      await pending.catch(() => {});
      if (this.#pending === pending) this.#pending = undefined;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase') || changed.has('year') || changed.has('region')) this.#load();
  }

  /** The year asked for, or the current one where the regency is. */
  get fiscalYear(): number {
    if (this.year) return this.year;
    const zone = timeZoneOf(this.region);
    const timeZone = zone.ok ? zone.value.iana : 'Asia/Jakarta';
    return Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(new Date()));
  }

  /** Loads the summary again (what the retry button does). */
  reload(): void {
    this.#load();
  }

  #load(): void {
    this.#request?.abort();
    this.status = 'loading';
    if (!this.apiBase || this.offline) {
      this.#pending = undefined;
      return;
    }
    const request = new AbortController();
    this.#request = request;
    const api = createClientFor(ROUTES, {
      baseUrl: this.apiBase,
      language: this.language,
    });
    this.#pending = api.planning
      .summary({ year: this.fiscalYear }, { signal: request.signal })
      .then(async (summary) => {
        if (request.signal.aborted) return;
        this.districtNames = await this.#namesOf(summary);
        this.summary = summary;
        this.status = 'ready';
      })
      .catch(() => {
        if (request.signal.aborted) return;
        this.offline = navigator.onLine === false;
        this.status = 'error';
      });
  }

  /** District names from @cerdas/wilayah; a code it does not know stays a code. */
  async #namesOf(summary: PlanningSummary): Promise<Map<string, string>> {
    const codes = summary.byDistrict.flatMap((row) => (row.districtCode ? [row.districtCode] : []));
    const regions = await Promise.all(codes.map((code) => getRegion(code).catch(() => undefined)));
    return new Map(codes.map((code, index) => [code, regions[index]?.name ?? code]));
  }

  #rupiah(value: number, compact: boolean): string {
    return formatRupiah(value, { lang: this.language, compact });
  }

  override render() {
    const busy = this.status === 'loading' && !this.offline;
    return html`
      <div class="dashboard" aria-busy=${busy ? 'true' : 'false'}>
        <p class="visually-hidden" role="status">${this.#announcement()}</p>
        ${this.#body()}
      </div>
    `;
  }

  #announcement(): string {
    if (this.offline) return this.summary ? this.msg('offlineStale') : this.msg('offline');
    if (this.status === 'loading') return this.msg('loading');
    if (this.status === 'error') return this.msg('error');
    return this.#isEmpty()
      ? this.msg('empty')(this.fiscalYear)
      : this.msg('loaded')(this.fiscalYear);
  }

  #isEmpty(): boolean {
    const summary = this.summary;
    return !summary || (summary.entries === 0 && summary.proposals.total.count === 0);
  }

  #body() {
    if (this.offline && this.status !== 'ready') {
      return html`<div class="message" part="message">
        <p>${this.msg('offline')}</p>
        <button type="button" part="retry" @click=${() => this.reload()}>${this.msg('retry')}</button>
      </div>`;
    }
    if (this.status === 'loading') return this.#skeleton();
    if (this.status === 'error') {
      return html`<div class="message error" part="message">
        <p>${this.msg('error')}</p>
        <button type="button" part="retry" @click=${() => this.reload()}>${this.msg('retry')}</button>
      </div>`;
    }
    const summary = this.summary as PlanningSummary;
    return html`
      ${this.offline ? html`<p class="message" part="message">${this.msg('offlineStale')}</p>` : nothing}
      ${this.#header(summary)}
      ${
        this.#isEmpty()
          ? html`<p class="message" part="message">${this.msg('empty')(summary.fiscalYear)}</p>`
          : html`
              ${this.#section('urusan', this.msg('byUrusan'), this.#urusanRows(summary), (rows) => {
                const largest = rows.reduce((a, b) => (b.value > a.value ? b : a));
                return this.msg('urusanSummary')(
                  rows.length,
                  largest.label,
                  largest.short,
                  this.#rupiah(summary.totalPagu, true),
                );
              })}
              ${this.#section('opd', this.msg('byOpd'), this.#opdRows(summary), () => {
                const largest = [...summary.byOpd].sort((a, b) => b.pagu - a.pagu)[0];
                return this.msg('opdSummary')(
                  Math.min(this.top, summary.byOpd.length),
                  summary.byOpd.length,
                  largest?.name ?? largest?.opdId ?? '',
                  largest ? this.#rupiah(largest.pagu, true) : '',
                );
              })}
              ${this.#districtSection(summary)}
              ${this.#funnelSection(summary)}
            `
      }
    `;
  }

  #skeleton() {
    return html`<div class="skeleton" aria-hidden="true">
      <div class="bone title"></div>
      <div class="bone"></div>
      <div class="bone"></div>
      <div class="bone"></div>
      <div class="bone"></div>
    </div>`;
  }

  #header(summary: PlanningSummary) {
    return html`
      <div class="header" part="header">
        <h2 part="title">${this.msg('title')(summary.fiscalYear)}</h2>
        <dl class="totals" part="totals">
          <div>
            <dt>${this.msg('totalPagu')}</dt>
            <dd>
              <span class="big">${this.#rupiah(summary.totalPagu, true)}</span>
              <span class="full">${this.#rupiah(summary.totalPagu, false)}</span>
            </dd>
          </div>
          <div>
            <dt>${this.msg('entries')}</dt>
            <dd class="big">${this.#count(summary.entries)}</dd>
          </div>
          <div>
            <dt>${this.msg('musrenbangProposals')}</dt>
            <dd class="big">${this.#count(summary.proposals.total.count)}</dd>
          </div>
        </dl>
      </div>
    `;
  }

  #paguRow(key: string, label: string, pagu: number, entries: number, grouped = false): Row {
    return {
      key,
      label,
      value: pagu,
      short: this.#rupiah(pagu, true),
      full: this.msg('paguBar')(label, this.#rupiah(pagu, false), entries),
      grouped,
    };
  }

  #urusanRows(summary: PlanningSummary): Row[] {
    return summary.byUrusan.map((row) =>
      this.#paguRow(
        row.code,
        row.name ? `${row.code} ${row.name}` : row.code,
        row.pagu,
        row.entries,
      ),
    );
  }

  /** The largest OPD, then one bar for the rest. */
  #opdRows(summary: PlanningSummary): Row[] {
    const sorted = [...summary.byOpd].sort((a, b) => b.pagu - a.pagu);
    const top = Math.max(1, this.top);
    const rows = sorted
      .slice(0, top)
      .map((row) => this.#paguRow(row.opdId, row.name ?? row.opdId, row.pagu, row.entries));
    const rest = sorted.slice(top);
    if (rest.length > 0) {
      const pagu = rest.reduce((sum, row) => sum + row.pagu, 0);
      const entries = rest.reduce((sum, row) => sum + row.entries, 0);
      rows.push(this.#paguRow('other', this.msg('otherOpds')(rest.length), pagu, entries, true));
    }
    return rows;
  }

  #districtSection(summary: PlanningSummary) {
    const located = summary.byDistrict
      .filter((row) => row.districtCode !== null)
      .sort((a, b) => b.pagu - a.pagu);
    const rows = located.map((row) => {
      const code = row.districtCode as string;
      return this.#paguRow(code, this.districtNames.get(code) ?? code, row.pagu, row.entries);
    });
    const wide = summary.byDistrict.find((row) => row.districtCode === null);
    const tableRows = wide
      ? [...rows, this.#paguRow('none', this.msg('regencyWide'), wide.pagu, wide.entries, true)]
      : rows;
    const note = wide
      ? html`<p class="note" part="note">${this.msg('regencyWideNote')(this.#rupiah(wide.pagu, true))}</p>`
      : nothing;
    return this.#section(
      'district',
      this.msg('byDistrict'),
      rows,
      () => this.msg('districtSummary')(rows.length, rows[0]?.label ?? '', rows[0]?.short ?? ''),
      { tableRows, note },
    );
  }

  #funnelSection(summary: PlanningSummary) {
    const { reached, current, total, accommodatedPagu } = summary.proposals;
    const stage = (status: ProposalStatus) => this.msg('status')(status);
    const rows: Row[] = reached.map((row) => ({
      key: row.status,
      label: stage(row.status),
      value: row.count,
      short: this.msg('proposalCount')(row.count),
      full: this.msg('funnelBar')(
        stage(row.status),
        row.count,
        this.#rupiah(row.estimatedCost, false),
      ),
    }));
    const countOf = (status: ProposalStatus) =>
      current.find((row) => row.status === status)?.count ?? 0;
    const submitted = reached[0]?.count ?? 0;
    const percent = new Intl.NumberFormat(localeOf(this.language), {
      style: 'percent',
      maximumFractionDigits: 0,
    });
    const table = html`
      <table part="table">
        <caption id="caption-funnel">${this.msg('caption')(this.msg('funnel'), summary.fiscalYear)}</caption>
        <thead>
          <tr>
            <th scope="col">${this.msg('stage')}</th>
            <th scope="col">${this.msg('count')}</th>
            <th scope="col">${this.msg('estimatedCost')}</th>
            <th scope="col">${this.msg('shareOfSubmitted')}</th>
          </tr>
        </thead>
        <tbody>
          ${reached.map(
            (row) => html`<tr>
              <th scope="row">${stage(row.status)}</th>
              <td>${this.#count(row.count)}</td>
              <td>${this.#rupiah(row.estimatedCost, false)}</td>
              <td>${submitted > 0 ? percent.format(row.count / submitted) : '–'}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    `;
    const note = html`
      <p class="note" part="note">
        ${this.msg('offPath')(countOf('rejected'), countOf('returned'))}
        ${this.msg('accommodatedPagu')(this.#rupiah(accommodatedPagu, true))}
      </p>
    `;
    return this.#section(
      'funnel',
      this.msg('funnel'),
      total.count > 0 ? rows : [],
      () => this.msg('funnelSummary')(submitted, countOf('accommodated')),
      { table, note },
    );
  }

  #count(value: number): string {
    return new Intl.NumberFormat(localeOf(this.language)).format(value);
  }

  #section(
    id: Section,
    title: string,
    rows: readonly Row[],
    summarize: (rows: readonly Row[]) => string,
    extra: { tableRows?: readonly Row[]; table?: TemplateResult; note?: unknown } = {},
  ) {
    const asTable = this.tables.has(id);
    const toggle = () => {
      const tables = new Set(this.tables);
      if (asTable) tables.delete(id);
      else tables.add(id);
      this.tables = tables;
    };
    const year = this.summary?.fiscalYear ?? this.fiscalYear;
    let view: unknown;
    if (rows.length === 0) {
      view = html`<p class="note">${this.msg('noRows')}</p>`;
    } else if (asTable) {
      view = extra.table ?? this.#paguTable(id, title, year, extra.tableRows ?? rows);
    } else {
      view = this.#chart(rows, summarize(rows));
    }
    return html`
      <section part="section" aria-labelledby="heading-${id}">
        <div class="section-head">
          <h3 id="heading-${id}">${title}</h3>
          ${
            rows.length > 0
              ? html`<button type="button" part="toggle" aria-controls="view-${id}" @click=${toggle}>
                  ${asTable ? this.msg('showChart') : this.msg('showTable')}
                </button>`
              : nothing
          }
        </div>
        ${
          asTable && rows.length > 0
            ? html`<div id="view-${id}" class="view" role="region" tabindex="0" aria-labelledby="caption-${id}">${view}</div>`
            : html`<div id="view-${id}" class="view">${view}</div>`
        }
        ${extra.note ?? nothing}
      </section>
    `;
  }

  #paguTable(id: Section, title: string, year: number, rows: readonly Row[]) {
    const header = { urusan: 'urusan', opd: 'opd', district: 'district', funnel: 'stage' }[id];
    const all = id === 'opd' ? this.#allOpdRows() : rows;
    const pagu = all.reduce((sum, row) => sum + row.value, 0);
    return html`
      <table part="table">
        <caption id="caption-${id}">${this.msg('caption')(title, year)}</caption>
        <thead>
          <tr>
            <th scope="col">${this.msg(header) as string}</th>
            <th scope="col">${this.msg('pagu')}</th>
          </tr>
        </thead>
        <tbody>
          ${all.map(
            (row) => html`<tr>
              <th scope="row">${row.label}</th>
              <td>${this.#rupiah(row.value, false)}</td>
            </tr>`,
          )}
        </tbody>
        ${
          id === 'district'
            ? nothing
            : html`<tfoot>
                <tr>
                  <th scope="row">${this.msg('total')}</th>
                  <td>${this.#rupiah(pagu, false)}</td>
                </tr>
              </tfoot>`
        }
      </table>
    `;
  }

  /** Every OPD, for the table: the chart groups the smaller ones. */
  #allOpdRows(): Row[] {
    return [...(this.summary?.byOpd ?? [])]
      .sort((a, b) => b.pagu - a.pagu)
      .map((row) => this.#paguRow(row.opdId, row.name ?? row.opdId, row.pagu, row.entries));
  }

  /** A horizontal bar chart: each label on its own line(s) above its bar, the figure after it. */
  #chart(rows: readonly Row[], label: string) {
    const width = Math.max(this.width, 240);
    const max = Math.max(...rows.map((row) => row.value), 1);
    const longest = Math.max(width - FIGURE_ROOM, 40);
    const chars = Math.floor(width / CHAR_WIDTH);
    let y = 0;
    const bars = rows.map((row) => {
      const lines = wrap(row.label, chars);
      const top = y;
      const barTop = top + lines.length * LINE + 2;
      const length = Math.max((row.value / max) * longest, row.value > 0 ? 2 : 0);
      y = barTop + BAR + GAP;
      return svg`<g>
        <title>${row.full}</title>
        ${lines.map((line, index) => svg`<text x="0" y=${top + (index + 1) * LINE - 5}>${line}</text>`)}
        <rect part="bar" class=${row.grouped ? 'bar grouped' : 'bar'} x="0" y=${barTop} width=${length} height=${BAR} rx="2"></rect>
        <text class="figure" x=${length + 6} y=${barTop + BAR - 3}>${row.short}</text>
      </g>`;
    });
    return html`<svg part="chart" role="img" aria-label=${label} width=${width} height=${y} viewBox="0 0 ${width} ${y}">${bars}</svg>`;
  }
}

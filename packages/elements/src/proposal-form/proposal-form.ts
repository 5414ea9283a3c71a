import { createClientFor } from '@cerdas/client';
import {
  BIDANG_URUSAN,
  checkSubmissionWindow,
  type FieldError,
  formatRupiah,
  formatTimestamp,
  PLANNING_STAGE_LABELS,
  type PlanningSchedule,
  PROPOSAL_STATUS_LABELS,
  type Proposal,
  ProposalCreate,
  parseRupiah,
  planningProposalsCreateRoute,
  planningProposalsTransitionRoute,
  planningSchedulesGetRoute,
  type RouteBody,
  timeZoneOf,
  tokensMeRoute,
  toLocalDate,
  validate,
} from '@cerdas/model';
import { getRegion } from '@cerdas/wilayah';
import { html, nothing, type PropertyValues } from 'lit';
import { CerdasElement } from '../base/cerdas-element.js';
import { localeOf } from '../base/i18n.js';
import {
  clearDraft,
  loadDraft,
  Outbox,
  type OutboxEvent,
  type OutboxItem,
  type OutboxProblem,
  type OutboxWatch,
  saveDraft,
} from '../base/outbox.js';
import { baseStyles } from '../base/styles.js';
import { messages, type ProposalFormMessages } from './proposal-form.messages.js';
import { styles } from './proposal-form.styles.js';

/** Only the routes this widget calls, so its bundle carries only their schemas. */
const ROUTES = {
  'planning.schedules.get': planningSchedulesGetRoute,
  'planning.proposals.create': planningProposalsCreateRoute,
  'planning.proposals.transition': planningProposalsTransitionRoute,
} as const;

type ProposalBody = RouteBody<typeof planningProposalsCreateRoute>;

/** What the operator has typed, as typed; kept as a draft across reloads. */
interface Draft {
  bidangUrusan: string;
  title: string;
  problem: string;
  volume: string;
  unit: string;
  estimatedCost: string;
  priority: string;
}

/** An outbox item: the proposal to create and submit, and the form as it was. */
interface Submission {
  proposal: ProposalBody;
  draft: Draft;
}

const EMPTY: Draft = {
  bidangUrusan: '',
  title: '',
  problem: '',
  volume: '',
  unit: '',
  estimatedCost: '',
  priority: '1',
};
const DRAFT = 'proposal-form';
const PROBLEM_MAX = 4000;
const FIELDS = ['bidangUrusan', 'title', 'problem', 'volume', 'unit', 'estimatedCost', 'priority'];
const ME = { 'tokens.me': tokensMeRoute } as const;
const VILLAGE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/** `1,5` → 1.5 and `1.500` → 1500 (Indonesian notation); `undefined` when empty. */
function readNumber(text: string): number | undefined {
  const value = text.trim();
  if (!value) return undefined;
  const grouped = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(value) ? value.replace(/\./g, '') : value;
  return Number(grouped.replace(',', '.'));
}

/**
 * A desa/kelurahan operator's Musrenbang proposal (usulan Musrenbang Desa/Kelurahan) for the
 * next RKPD: bidang urusan, title, problem, volume and unit, estimated cost in rupiah (typed as
 * people write it, `150 jt`), and priority. The form opens only while the village Musrenbang
 * phase of the schedule is open, and says when it is otherwise. A proposal is created as a draft
 * and then submitted, each call with its own idempotency key; made offline or on a dropped
 * connection, it waits in the outbox (IndexedDB) and is sent when the network returns, so
 * exactly one proposal arrives.
 *
 * The operator's bearer token is set as the `token` property by the page (never an attribute,
 * so it never shows in the DOM); the village comes from the token's scope unless `village`
 * names it.
 *
 * @tagname cerdas-proposal-form
 * @summary Musrenbang proposal form for village operators, with the phase check and offline outbox.
 *
 * @csspart form - The form.
 * @csspart field - Each field (label, control, hint, error).
 * @csspart input - Inputs, selects and the text area.
 * @csspart error - A field's error message.
 * @csspart button - Secondary buttons.
 * @csspart submit - The submit button.
 * @csspart status - The live region with the latest announcement.
 * @csspart notice - Notices: offline, phase closed, no schedule, load failure.
 * @csspart phase - The sentence that says until when the phase is open.
 * @csspart receipt - The confirmation after a successful submission.
 * @csspart outbox - The list of proposals waiting to be sent.
 *
 * @cssprop [--cerdas-color-primary=#0b6e4f] - Submit button.
 * @cssprop [--cerdas-color-danger=#b3261e] - Error messages and invalid fields.
 * @cssprop [--cerdas-color-border=#c4cdd5] - Borders of controls and panels.
 * @cssprop [--cerdas-color-surface-raised=#fff] - Background of controls and panels.
 * @cssprop [--cerdas-color-warning=#b45309] - Edge of notices.
 *
 * @fires cerdas-submitted - A proposal was submitted; `detail.id` is its id, `detail.status` its status.
 */
export class CerdasProposalForm extends CerdasElement<ProposalFormMessages> {
  static override properties = {
    ...CerdasElement.properties,
    region: {},
    fiscalYear: { attribute: 'fiscal-year', type: Number },
    village: {},
    token: { attribute: false },
    draft: { state: true },
    errors: { state: true },
    schedule: { state: true },
    loading: { state: true },
    villageCode: { state: true },
    villageName: { state: true },
    tokenRefused: { state: true },
    items: { state: true },
    result: { state: true },
    busy: { state: true },
    online: { state: true },
    announcement: { state: true },
  };
  static override styles = [baseStyles, styles];

  /** The regency (Kemendagri code); its time zone decides which day it is. Default `35.14`. */
  declare region: string;
  /** The RKPD year proposed for; default next year. */
  declare fiscalYear: number | undefined;
  /** The proposing village (`35.14.01.2001`); default the token's village. */
  declare village: string;
  /** The operator's bearer token. A property only, never an attribute. */
  declare token: string | undefined;
  declare draft: Draft;
  declare errors: Record<string, string>;
  declare schedule: PlanningSchedule | undefined;
  /** `loading`, then `ready`, `missing` (no schedule for the year) or `failed`. */
  declare loading: 'loading' | 'ready' | 'missing' | 'failed';
  declare villageCode: string;
  declare villageName: string;
  declare tokenRefused: boolean;
  declare items: OutboxItem<Submission>[];
  declare result: Proposal | undefined;
  declare busy: boolean;
  declare online: boolean;
  declare announcement: string;

  protected readonly messages = messages;
  private readonly outbox = new Outbox<Submission, Proposal>('planning.proposals.submit');
  private watcher: OutboxWatch | undefined;

  constructor() {
    super();
    this.region = '35.14';
    this.fiscalYear = undefined;
    this.village = '';
    this.token = undefined;
    this.draft = { ...EMPTY, ...loadDraft<Draft>(DRAFT) };
    this.errors = {};
    this.schedule = undefined;
    this.loading = 'loading';
    this.villageCode = '';
    this.villageName = '';
    this.tokenRefused = false;
    this.items = [];
    this.result = undefined;
    this.busy = false;
    this.online = typeof navigator === 'undefined' || navigator.onLine;
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.watcher = this.outbox.watch(this.send, this.onOutbox, this.onConnectivity);
    void this.refreshOutbox();
    if (loadDraft(DRAFT)) this.announcement = this.msg('restored');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watcher?.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase') || changed.has('fiscalYear') || changed.has('region')) {
      void this.loadSchedule();
    }
    if (changed.has('apiBase') || changed.has('village') || changed.has('token')) {
      void this.loadVillage();
    }
    // Proposals waiting for a token go out once the page gives one.
    if (changed.has('token') && this.token) void this.watcher?.flush();
  }

  private onConnectivity = () => {
    this.online = navigator.onLine;
    if (this.online && this.loading === 'failed') void this.loadSchedule();
  };

  private zone(): string {
    const zone = timeZoneOf(this.region);
    return zone.ok ? zone.value.iana : 'Asia/Jakarta';
  }

  /** The fiscal year proposed for: the attribute, or the year after today in the regency. */
  get year(): number {
    return this.fiscalYear || Number(toLocalDate(new Date(), this.zone()).slice(0, 4)) + 1;
  }

  private api() {
    return createClientFor(ROUTES, {
      baseUrl: this.apiBase,
      language: this.language,
      token: () => this.token,
      retry: 1,
    });
  }

  private async loadSchedule(): Promise<void> {
    if (!this.apiBase) return;
    this.loading = 'loading';
    try {
      this.schedule = await this.api().planning.schedules.get(this.year);
      this.loading = 'ready';
    } catch (error) {
      this.loading = (error as { status?: number }).status === 404 ? 'missing' : 'failed';
    }
  }

  private async loadVillage(): Promise<void> {
    let code = this.village;
    this.tokenRefused = false;
    if (!code && this.token && this.apiBase) {
      try {
        const me = createClientFor(ME, { baseUrl: this.apiBase, token: this.token, retry: 1 });
        code = (await me.tokens.me()).regionCode ?? '';
      } catch (error) {
        this.tokenRefused = [401, 403].includes((error as { status?: number }).status ?? 0);
      }
    }
    this.villageCode = VILLAGE.test(code) ? code : '';
    this.villageName = this.villageCode ? ((await getRegion(code))?.name ?? code) : '';
  }

  /** Creates the draft, then submits it: two calls, each with a key derived from the item's. */
  private send = async (item: OutboxItem<Submission>): Promise<Proposal> => {
    // Without a token the call would be refused for good; wait for the page to set one.
    if (!this.token) throw new Error('no token yet');
    const api = this.api();
    const draft = await api.planning.proposals.create(item.body.proposal, {
      idempotencyKey: item.idempotencyKey,
    });
    return api.planning.proposals.transition(
      draft.id,
      { action: 'submit' },
      { idempotencyKey: `${item.idempotencyKey}-submit` },
    );
  };

  private onOutbox = (event: OutboxEvent<Submission, Proposal>) => {
    if (event.type === 'sent') {
      this.result = event.result;
      this.announcement = this.msg('submitted');
      this.dispatchEvent(
        new CustomEvent('cerdas-submitted', {
          detail: { id: event.result.id, status: event.result.status },
          bubbles: true,
          composed: true,
        }),
      );
      if (this.busy) {
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLElement>('#receipt')?.focus(),
        );
      }
    }
    void this.refreshOutbox();
  };

  private async refreshOutbox(): Promise<void> {
    this.items = await this.outbox.list();
  }

  private onInput(event: Event): void {
    const { name, value } = event.target as HTMLInputElement;
    this.draft = { ...this.draft, [name]: value };
    if (this.errors[name]) {
      const { [name]: _, ...rest } = this.errors;
      this.errors = rest;
    }
    saveDraft(DRAFT, this.draft);
  }

  /** The request body from the form, and the reason the cost could not be read, if any. */
  private body(): { proposal: ProposalBody; costError?: string } {
    const d = this.draft;
    const cost = d.estimatedCost.trim() ? parseRupiah(d.estimatedCost) : undefined;
    const proposal = {
      source: 'musrenbang-desa',
      fiscalYear: this.year,
      regionCode: this.villageCode,
      bidangUrusan: d.bidangUrusan || undefined,
      title: d.title.trim() || undefined,
      problem: d.problem.trim() || undefined,
      volume: readNumber(d.volume),
      unit: d.unit.trim() || undefined,
      estimatedCost: cost?.ok ? cost.value : undefined,
      priority: readNumber(d.priority),
    } as ProposalBody;
    return cost && !cost.ok ? { proposal, costError: cost.reason[this.language] } : { proposal };
  }

  private async showErrors(
    errors: readonly Pick<FieldError, 'path' | 'message'>[],
    problem?: OutboxProblem,
  ): Promise<void> {
    const byField: Record<string, string> = {};
    for (const { path, message } of errors) {
      const field = FIELDS.includes(path) ? path : 'form';
      byField[field] ??= message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
    }
    if (!errors.length && problem) byField.form = problem.detail ?? problem.title;
    this.errors = byField;
    this.announcement = this.msg('invalid')(Object.keys(byField).length);
    await this.updateComplete;
    const first = FIELDS.find((field) => byField[field]) ?? 'form-error';
    this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    try {
      const { proposal, costError } = this.body();
      const checked = validate(ProposalCreate, proposal, this.language);
      const errors = checked.success
        ? []
        : checked.errors.filter((e) => !costError || e.path !== 'estimatedCost');
      if (costError) errors.push({ path: 'estimatedCost', message: costError, code: 'custom' });
      if (errors.length) {
        await this.showErrors(errors);
        return;
      }
      const item = await this.outbox.enqueue({ proposal, draft: this.draft });
      clearDraft(DRAFT);
      this.draft = { ...EMPTY };
      this.errors = {};
      await this.watcher?.flush();
      // Offline, the outbox sends nothing and fires no event: show the waiting proposal now.
      await this.refreshOutbox();
      const left = this.items.find((candidate) => candidate.id === item.id);
      if (left?.failed) await this.fix(left);
      else if (left) this.announcement = this.msg('waiting');
    } finally {
      this.busy = false;
    }
  }

  private async fix(item: OutboxItem<Submission>): Promise<void> {
    await this.outbox.discard(item.id);
    this.result = undefined;
    this.draft = item.body.draft;
    saveDraft(DRAFT, this.draft);
    void this.refreshOutbox();
    await this.showErrors(item.lastError?.errors ?? [], item.lastError);
    this.announcement = this.msg('refused');
  }

  private async act(item: OutboxItem<Submission>, action: 'retry' | 'discard'): Promise<void> {
    await this.outbox[action](item.id);
    if (action === 'retry') await this.watcher?.flush();
    await this.refreshOutbox();
  }

  private describedBy(field: string, hint?: boolean) {
    const ids = [hint ? `${field}-hint` : '', this.errors[field] ? `${field}-error` : ''];
    return ids.filter(Boolean).join(' ') || nothing;
  }

  private error(field: string) {
    const text = this.errors[field];
    return text ? html`<p id="${field}-error" class="error" part="error">${text}</p>` : nothing;
  }

  /** A labelled control with its hint and error message. */
  private field(id: keyof Draft, label: string, control: unknown, hint?: string) {
    return html`<div class="field" part="field">
      <label for=${id}>${label}</label> ${control}
      ${hint ? html`<p id="${id}-hint" class="hint muted">${hint}</p>` : nothing} ${this.error(id)}
    </div>`;
  }

  private input(id: keyof Draft, label: string, hint?: string, attributes = {}) {
    const { maxlength = 200, inputmode = 'text' } = attributes as {
      maxlength?: number;
      inputmode?: string;
    };
    return this.field(
      id,
      label,
      html`<input id=${id} name=${id} part="input" maxlength=${maxlength} inputmode=${inputmode}
        autocomplete="off" .value=${this.draft[id]} aria-invalid=${this.errors[id] ? 'true' : 'false'}
        aria-describedby=${this.describedBy(id, Boolean(hint))} @input=${this.onInput} />`,
      hint,
    );
  }

  override render() {
    return html`
      <p class="status" role="status" part="status">${this.announcement}</p>
      ${this.online ? nothing : html`<p class="notice" part="notice">${this.msg('offline')}</p>`}
      ${this.renderBody()} ${this.renderOutbox()}
    `;
  }

  private renderBody() {
    const lang = this.language;
    if (this.loading === 'loading') {
      return html`<p class="muted" aria-busy="true">${this.msg('loading')}</p>`;
    }
    if (this.loading === 'failed') {
      return html`<p class="notice" part="notice">${this.msg('loadFailed')}</p>
        <button type="button" part="button" @click=${this.loadSchedule}>${this.msg('retry')}</button>`;
    }
    const schedule = this.schedule;
    if (this.loading === 'missing' || !schedule) {
      return html`<p class="notice" part="notice">${this.msg('noSchedule')(this.year)}</p>`;
    }
    const opening = checkSubmissionWindow(
      schedule,
      'musrenbang-desa',
      toLocalDate(new Date(), this.zone()),
    );
    if (!opening.ok) return html`<p class="notice" part="notice">${opening.reason[lang]}</p>`;
    const closes = new Intl.DateTimeFormat(localeOf(lang), {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${opening.window.closesOn}T00:00:00Z`));
    return html`
      <p part="phase">
        ${this.msg('open')(PLANNING_STAGE_LABELS[opening.window.stage][lang], schedule.year, closes)}
      </p>
      ${
        !this.villageCode
          ? html`<p class="notice" part="notice">
              ${this.tokenRefused ? this.msg('tokenRefused') : this.msg('noVillage')}
            </p>`
          : this.result
            ? this.renderResult(this.result)
            : this.renderForm()
      }
    `;
  }

  private renderForm() {
    const d = this.draft;
    const lang = this.language;
    const count = new Intl.NumberFormat(localeOf(lang));
    const cost = d.estimatedCost.trim() ? parseRupiah(d.estimatedCost) : undefined;
    return html`
      <form part="form" aria-busy=${this.busy} novalidate @submit=${this.submit}>
        <p>${this.msg('village')(this.villageName, this.villageCode)}</p>
        ${
          this.errors.form
            ? html`<p id="form-error" class="error" part="error" tabindex="-1">${this.errors.form}</p>`
            : nothing
        }
        ${this.field(
          'bidangUrusan',
          this.msg('bidang'),
          html`<select id="bidangUrusan" name="bidangUrusan" part="input"
            aria-invalid=${this.errors.bidangUrusan ? 'true' : 'false'}
            aria-describedby=${this.describedBy('bidangUrusan')} @input=${this.onInput}>
            <option value="" ?selected=${!d.bidangUrusan}>${this.msg('chooseBidang')}</option>
            ${BIDANG_URUSAN.map(
              (b) =>
                html`<option value=${b.code} ?selected=${b.code === d.bidangUrusan}>
                  ${b.code} ${b.name}
                </option>`,
            )}
          </select>`,
        )}
        ${this.input('title', this.msg('title'))}
        ${this.field(
          'problem',
          this.msg('problem'),
          html`<textarea id="problem" name="problem" part="input" rows="6" maxlength=${PROBLEM_MAX}
            .value=${d.problem} aria-invalid=${this.errors.problem ? 'true' : 'false'}
            aria-describedby=${this.describedBy('problem', true)} @input=${this.onInput}></textarea>`,
          this.msg('problemHint')(count.format(d.problem.length), count.format(PROBLEM_MAX)),
        )}
        <div class="pair">
          ${this.input('volume', this.msg('volume'), this.msg('volumeHint'), {
            maxlength: 20,
            inputmode: 'decimal',
          })}
          ${this.input('unit', this.msg('unit'), this.msg('unitHint'), { maxlength: 40 })}
        </div>
        ${this.input(
          'estimatedCost',
          this.msg('cost'),
          cost?.ok
            ? this.msg('costRead')(formatRupiah(cost.value, { lang }))
            : this.msg('costHint'),
          { maxlength: 64 },
        )}
        ${this.input('priority', this.msg('priority'), this.msg('priorityHint'), {
          maxlength: 3,
          inputmode: 'numeric',
        })}
        <button class="primary" type="submit" part="submit">${this.msg('submit')}</button>
      </form>
    `;
  }

  private renderResult(proposal: Proposal) {
    const lang = this.language;
    const when = formatTimestamp(proposal.submittedAt ?? proposal.updatedAt, lang, this.zone());
    return html`
      <section class="receipt" part="receipt" aria-labelledby="receipt">
        <h2 id="receipt" tabindex="-1">${this.msg('submitted')}</h2>
        <p>
          ${this.msg('submittedDetail')(proposal.title, PROPOSAL_STATUS_LABELS[proposal.status][lang], when)}
        </p>
        <button type="button" part="button" @click=${this.another}>${this.msg('another')}</button>
      </section>
    `;
  }

  private another(): void {
    this.result = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#bidangUrusan')?.focus(),
    );
  }

  private renderOutbox() {
    if (!this.items.length) return nothing;
    return html`
      <section class="outbox" part="outbox" aria-labelledby="outbox-heading">
        <h2 id="outbox-heading">${this.msg('outbox')}</h2>
        <ul>
          ${this.items.map(
            (item) => html`
              <li>
                <strong>${item.body.proposal.title}</strong>
                ${
                  item.failed
                    ? html`<p class="error">${this.msg('refused')}</p>
                        <p>${item.lastError?.detail ?? item.lastError?.title}</p>
                        <button type="button" part="button" @click=${() => this.fix(item)}>
                          ${this.msg('fix')}
                        </button>
                        <button type="button" part="button" @click=${() => this.act(item, 'retry')}>
                          ${this.msg('retry')}
                        </button>
                        <button type="button" part="button" @click=${() => this.act(item, 'discard')}>
                          ${this.msg('discard')}
                        </button>`
                    : html`<p class="muted">${this.msg('waiting')}</p>
                        <button type="button" part="button" @click=${() => this.watcher?.flush()}>
                          ${this.msg('sendNow')}
                        </button>`
                }
              </li>
            `,
          )}
        </ul>
      </section>
    `;
  }
}

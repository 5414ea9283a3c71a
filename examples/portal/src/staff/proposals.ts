import {
  findBidangUrusan,
  formatRupiah,
  PROPOSAL_ACTION_LABELS,
  PROPOSAL_SOURCE_LABELS,
  PROPOSAL_STATUS_LABELS,
  type Proposal,
  ProposalStatus,
  ProposalTransitionRequest,
  type ProposalTransitionRule,
  parseRupiah,
  type TransitionRequirement,
  validate,
} from '@cerdas/model';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { language, messages } from '../browser/shell.js';
import {
  fieldMessages,
  isConflict,
  isTokenRefused,
  nextOpen,
  problemText,
  type StaffDesk,
} from './api.js';
import { loadPlaces, placeName } from './places.js';

const m = messages.staff;
const PAGE = 20;

/** The inline form of an action that needs input, open on one proposal. */
interface OpenForm {
  readonly id: string;
  readonly rule: ProposalTransitionRule;
  errors: Record<string, string>;
  pagu: string;
}

function label(field: string): string {
  const labels: Record<TransitionRequirement, string> = {
    reason: m.reason,
    note: m.note,
    subKegiatan: m.subKegiatan,
    pagu: m.pagu,
  };
  return labels[field as TransitionRequirement] ?? field;
}

/**
 * Proposals the caller can move. What they may do comes from the lifecycle rules the server
 * publishes (`planning.proposals.rules`, the model's `PROPOSAL_TRANSITIONS`): the statuses on
 * offer are those where the caller's role has a move, and each proposal shows the moves of its
 * source and status for that role, with the inputs each move `requires`.
 */
export class ProposalDesk {
  private rules: readonly ProposalTransitionRule[] = [];
  private statuses: ProposalStatus[] = [];
  private status: ProposalStatus | undefined;
  private items: Proposal[] = [];
  private cursor: string | null = null;
  private phase: 'loading' | 'ready' | 'failed' = 'loading';
  private rulesLoaded = false;
  private form: OpenForm | undefined;
  private busy: string | undefined;
  private readonly refusals = new Map<string, string>();
  /** Items moved out of the chosen status: they stay in place, as the sentence saying so. */
  private readonly done = new Map<string, string>();
  private request = 0;

  constructor(private readonly desk: StaffDesk) {}

  async start(): Promise<void> {
    this.phase = 'loading';
    this.desk.redraw();
    try {
      this.rules = await this.desk.api.planning.proposals.rules();
    } catch (error) {
      this.fail(error);
      return;
    }
    const role = this.desk.me.role;
    this.statuses = ProposalStatus.options.filter((status) =>
      this.rules.some((rule) => rule.from === status && rule.roles.includes(role)),
    );
    // Open on the first status the caller reviews (verifies, returns, rejects): that queue is
    // their work; a verifier's own drafts come after. A desa operator only submits.
    this.status =
      this.statuses.find((status) =>
        this.rules.some(
          (rule) => rule.from === status && rule.roles.includes(role) && rule.action !== 'submit',
        ),
      ) ?? this.statuses[0];
    this.rulesLoaded = true;
    if (this.status) await this.load(false);
    else {
      this.phase = 'ready';
      this.desk.redraw();
    }
  }

  private fail(error: unknown): void {
    if (isTokenRefused(error)) this.desk.tokenRefused();
    else {
      this.phase = 'failed';
      this.desk.redraw();
    }
  }

  private async load(more: boolean): Promise<void> {
    const status = this.status;
    if (!status) return;
    const mine = ++this.request;
    this.phase = 'loading';
    if (!more) {
      this.items = [];
      this.cursor = null;
      this.form = undefined;
      this.refusals.clear();
      this.done.clear();
    }
    this.desk.redraw();
    try {
      const page = await this.desk.api.planning.proposals.staff.list({
        status,
        limit: PAGE,
        ...(more && this.cursor ? { cursor: this.cursor } : {}),
      });
      await loadPlaces(page.items.map((p) => p.regionCode));
      if (mine !== this.request) return;
      this.items = [...this.items, ...page.items];
      this.cursor = page.nextCursor;
      this.phase = 'ready';
      this.desk.redraw();
    } catch (error) {
      if (mine === this.request) this.fail(error);
    }
  }

  /** The moves the caller may make on this proposal, from the published rules. */
  private movesOf(proposal: Proposal): ProposalTransitionRule[] {
    const role = this.desk.me.role;
    return this.rules.filter(
      (rule) =>
        rule.source === proposal.source &&
        rule.from === proposal.status &&
        rule.roles.includes(role),
    );
  }

  private choose(rule: ProposalTransitionRule, proposal: Proposal): void {
    if (this.busy) return;
    if (rule.requires.length === 0) {
      void this.send(proposal, { action: rule.action } as ProposalTransitionRequest);
      return;
    }
    this.form = { id: proposal.id, rule, errors: {}, pagu: '' };
    this.refusals.delete(proposal.id);
    this.desk.redraw();
    document.getElementById(`${rule.requires[0]}-${proposal.id}`)?.focus();
  }

  private cancel(proposal: Proposal): void {
    const action = this.form?.rule.action;
    this.form = undefined;
    this.desk.redraw();
    document.querySelector<HTMLElement>(`[data-action="${action}-${proposal.id}"]`)?.focus();
  }

  private submit(event: SubmitEvent, proposal: Proposal): void {
    event.preventDefault();
    const form = this.form;
    if (!form || this.busy) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const body: Record<string, unknown> = { action: form.rule.action };
    const parseErrors: Record<string, string> = {};
    for (const field of form.rule.requires) {
      const value = String(data.get(field) ?? '').trim();
      if (field === 'pagu') {
        const pagu = parseRupiah(value);
        if (pagu.ok) body.pagu = pagu.value;
        else parseErrors.pagu = `${m.pagu}: ${pagu.reason[language]}`;
      } else if (value) {
        body[field] = value;
      }
    }
    const checked = validate(ProposalTransitionRequest, body, language);
    const errors = {
      ...(checked.success ? {} : fieldMessages(checked.errors, label)),
      ...parseErrors,
    };
    const first = form.rule.requires.find((field) => errors[field]) ?? Object.keys(errors)[0];
    if (!checked.success || first) {
      form.errors = errors;
      this.desk.announce((first && errors[first]) || '');
      this.desk.redraw();
      document.getElementById(`${first}-${proposal.id}`)?.focus();
      return;
    }
    void this.send(proposal, checked.data);
  }

  private async send(proposal: Proposal, body: ProposalTransitionRequest): Promise<void> {
    this.busy = proposal.id;
    this.refusals.delete(proposal.id);
    this.desk.announce(m.sending);
    this.desk.redraw();
    try {
      const updated = await this.desk.api.planning.proposals.transition(proposal.id, body);
      this.busy = undefined;
      this.form = undefined;
      const index = this.items.findIndex((item) => item.id === updated.id);
      const text = m.proposalDone(updated.title, PROPOSAL_STATUS_LABELS[updated.status][language]);
      this.items[index] = updated;
      // Still in the chosen status (a response, a new dispatch): it stays and keeps focus.
      if (updated.status !== this.status) this.done.set(updated.id, text);
      const focus = this.done.has(updated.id) ? nextOpen(this.items, index, this.done) : updated.id;
      this.desk.announce(text);
      this.desk.redraw();
      const target = focus && document.getElementById(`p-${focus}`);
      if (target) target.focus();
      else this.desk.focusStatus();
    } catch (error) {
      this.busy = undefined;
      if (isTokenRefused(error)) {
        this.desk.tokenRefused();
        return;
      }
      const detail = problemText(error);
      const message = detail ? m.refused(detail) : m.networkFailed;
      if (isConflict(error)) {
        // Someone moved it meanwhile: show it as it is now, with the moves left.
        const fresh = await this.desk.api.planning.proposals.staff
          .get(proposal.id)
          .catch(() => undefined);
        const index = this.items.findIndex((item) => item.id === proposal.id);
        if (fresh && index >= 0) this.items[index] = fresh;
        this.form = undefined;
      }
      this.refusals.set(proposal.id, message);
      this.desk.announce(message);
      this.desk.redraw();
    }
  }

  view() {
    if (this.rulesLoaded && this.statuses.length === 0) return nothing;
    const count =
      this.phase === 'loading'
        ? m.loading
        : this.phase === 'failed'
          ? m.failed
          : m.shown(this.items.length - this.done.size);
    return html`<section class="staff-section" aria-labelledby="staff-proposals">
      <h2 id="staff-proposals">${m.proposalsHeading}</h2>
      ${
        this.statuses.length > 1
          ? html`<div class="field">
              <label for="proposal-status">${m.statusFilter}</label>
              <select
                id="proposal-status"
                @change=${(event: Event) => {
                  this.status = (event.target as HTMLSelectElement).value as ProposalStatus;
                  void this.load(false);
                }}
              >
                ${this.statuses.map(
                  (s) =>
                    html`<option value=${s} ?selected=${s === this.status}>
                      ${PROPOSAL_STATUS_LABELS[s][language]}
                    </option>`,
                )}
              </select>
            </div>`
          : this.status
            ? html`<p>${m.statusFilter}: ${PROPOSAL_STATUS_LABELS[this.status][language]}</p>`
            : nothing
      }
      <p class="meta" role="status" data-proposals-count>${count}</p>
      ${
        this.phase === 'failed'
          ? html`<button
              type="button"
              class="portal-button"
              @click=${() => (this.rulesLoaded ? this.load(this.items.length > 0) : this.start())}
            >
              ${m.retry}
            </button>`
          : nothing
      }
      ${this.phase === 'ready' && this.items.length === 0 ? html`<p>${m.proposalsEmpty}</p>` : nothing}
      <ul class="staff-list" role="list">
        ${repeat(
          this.items,
          (p) => p.id,
          (p) => this.item(p),
        )}
      </ul>
      ${
        this.phase === 'ready' && this.cursor
          ? html`<button type="button" class="portal-button secondary" @click=${() => this.load(true)}>
              ${m.loadMore}
            </button>`
          : nothing
      }
    </section>`;
  }

  private item(p: Proposal) {
    const done = this.done.get(p.id);
    if (done) {
      return html`<li class="staff-item staff-done" data-proposal=${p.id} data-done><p>${done}</p></li>`;
    }
    const moves = this.movesOf(p);
    const bidang = findBidangUrusan(p.bidangUrusan);
    const refusal = this.refusals.get(p.id);
    const form = this.form?.id === p.id ? this.form : undefined;
    return html`<li class="staff-item" data-proposal=${p.id} aria-busy=${this.busy === p.id ? 'true' : 'false'}>
      <h3 id=${`p-${p.id}`} tabindex="-1">${p.title}</h3>
      <dl class="staff-facts">
        <div><dt>${m.village}</dt><dd>${placeName(p.regionCode)}</dd></div>
        <div><dt>${m.bidang}</dt><dd>${p.bidangUrusan} ${bidang?.shortName ?? ''}</dd></div>
        <div><dt>${m.cost}</dt><dd>${formatRupiah(p.estimatedCost, { lang: language })}</dd></div>
        <div><dt>${m.source}</dt><dd>${PROPOSAL_SOURCE_LABELS[p.source][language]}</dd></div>
        <div><dt>${m.status}</dt><dd data-status>${PROPOSAL_STATUS_LABELS[p.status][language]}</dd></div>
      </dl>
      ${
        moves.length
          ? html`<div class="staff-actions">
              ${moves.map(
                (rule) => html`<button
                  type="button"
                  class=${rule.requires.length ? 'portal-button secondary' : 'portal-button'}
                  data-action=${`${rule.action}-${p.id}`}
                  aria-describedby=${`p-${p.id}`}
                  aria-expanded=${rule.requires.length ? String(form?.rule.action === rule.action) : nothing}
                  @click=${() => this.choose(rule, p)}
                >
                  ${PROPOSAL_ACTION_LABELS[rule.action][language]}
                </button>`,
              )}
            </div>`
          : html`<p class="meta">${m.noActions}</p>`
      }
      ${refusal ? html`<p class="field-error" data-refusal>${refusal}</p>` : nothing}
      ${form ? this.formView(p, form) : nothing}
    </li>`;
  }

  private formView(p: Proposal, form: OpenForm) {
    const errorOf = (field: string) =>
      form.errors[field]
        ? html`<p id=${`${field}-${p.id}-error`} class="field-error">${form.errors[field]}</p>`
        : nothing;
    const described = (field: string, hint: boolean) =>
      [hint ? `${field}-${p.id}-hint` : '', form.errors[field] ? `${field}-${p.id}-error` : '']
        .filter(Boolean)
        .join(' ') || nothing;
    const control = (field: TransitionRequirement) => {
      const id = `${field}-${p.id}`;
      const invalid = form.errors[field] ? 'true' : 'false';
      if (field === 'reason' || field === 'note') {
        return html`<div class="field">
          <label for=${id}>${label(field)}</label>
          <textarea id=${id} name=${field} rows="3" maxlength=${field === 'reason' ? 1000 : 2000}
            aria-required="true" aria-invalid=${invalid} aria-describedby=${described(field, false)}></textarea>
          ${errorOf(field)}
        </div>`;
      }
      const pagu = field === 'pagu' && form.pagu.trim() ? parseRupiah(form.pagu) : undefined;
      const hint =
        field === 'subKegiatan'
          ? m.subKegiatanHint
          : pagu?.ok
            ? m.paguRead(formatRupiah(pagu.value, { lang: language }))
            : m.paguHint;
      return html`<div class="field">
        <label for=${id}>${label(field)}</label>
        <input id=${id} name=${field} autocomplete="off" maxlength="64" aria-required="true"
          aria-invalid=${invalid} aria-describedby=${described(field, true)} />
        <p id=${`${id}-hint`} class="meta">${hint}</p>
        ${errorOf(field)}
      </div>`;
    };
    return html`<form
      class="staff-form"
      novalidate
      aria-label=${`${PROPOSAL_ACTION_LABELS[form.rule.action][language]}: ${p.title}`}
      @submit=${(event: SubmitEvent) => this.submit(event, p)}
      @input=${(event: Event) => {
        const { name, value } = event.target as HTMLInputElement;
        if (name === 'pagu') form.pagu = value;
        // A field's message goes once it is edited; the pagu's reading follows the typing.
        if (form.errors[name] || name === 'pagu') {
          delete form.errors[name];
          this.desk.redraw();
        }
      }}
    >
      ${form.rule.requires.map(control)}
      <div class="staff-actions">
        <button class="portal-button">${m.send}</button>
        <button type="button" class="portal-button secondary" @click=${() => this.cancel(p)}>
          ${m.cancel}
        </button>
      </div>
    </form>`;
  }
}

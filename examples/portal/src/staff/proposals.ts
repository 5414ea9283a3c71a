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
import { language, messages } from '../browser/shell.js';
import { fieldMessages, type StaffDesk } from './api.js';
import { placeName } from './places.js';
import { StaffQueue } from './queue.js';

const m = messages.staff;

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
export class ProposalDesk extends StaffQueue<
  ProposalStatus,
  Proposal,
  ProposalTransitionRequest,
  OpenForm
> {
  private rules: readonly ProposalTransitionRule[] = [];
  private rulesLoaded = false;
  protected readonly words = {
    heading: m.proposalsHeading,
    empty: m.proposalsEmpty,
    status: (status: ProposalStatus) => PROPOSAL_STATUS_LABELS[status][language],
  };

  constructor(desk: StaffDesk) {
    super(desk, 'proposal');
  }

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
    await this.load(false);
  }

  protected override retry(): Promise<void> {
    return this.rulesLoaded ? super.retry() : this.start();
  }

  protected listPage(query: { status: ProposalStatus; limit: number; cursor?: string }) {
    return this.desk.api.planning.proposals.staff.list(query);
  }

  protected fetchOne(id: string) {
    return this.desk.api.planning.proposals.staff.get(id);
  }

  protected transition(id: string, body: ProposalTransitionRequest) {
    return this.desk.api.planning.proposals.transition(id, body);
  }

  protected doneText(updated: Proposal): string {
    return m.proposalDone(updated.title, PROPOSAL_STATUS_LABELS[updated.status][language]);
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
    this.open({ id: proposal.id, rule, errors: {}, pagu: '' }, rule.requires[0]);
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
      this.refuseBody(proposal, errors, first ?? '');
      return;
    }
    void this.send(proposal, checked.data);
  }

  view() {
    if (this.rulesLoaded && this.statuses.length === 0) return nothing;
    return this.listView();
  }

  protected itemView(p: Proposal, headingId: string) {
    const moves = this.movesOf(p);
    const bidang = findBidangUrusan(p.bidangUrusan);
    const form = this.form?.id === p.id ? this.form : undefined;
    return html`<h3 id=${headingId} tabindex="-1">${p.title}</h3>
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
                  aria-describedby=${headingId}
                  aria-expanded=${rule.requires.length ? String(form?.rule.action === rule.action) : nothing}
                  @click=${() => this.choose(rule, p)}
                >
                  ${PROPOSAL_ACTION_LABELS[rule.action][language]}
                </button>`,
              )}
            </div>`
          : html`<p class="meta">${m.noActions}</p>`
      }`;
  }

  protected formView(p: Proposal, form: OpenForm) {
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
        <button
          type="button"
          class="portal-button secondary"
          @click=${() => this.cancel(p, form.rule.action)}
        >
          ${m.cancel}
        </button>
      </div>
    </form>`;
  }
}
